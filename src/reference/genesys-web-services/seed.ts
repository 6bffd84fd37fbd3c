import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../../harness/repo-root';
import type { ReferenceServices } from '../http/reference-types';
import { chatJoinEvents } from './chat-events';
import { Notifier, type SessionUser } from './notifier';
import type { AgentStateDefinition, Contact, Device, EmailFields, EmailStage, Feature, GwsState, Interaction, Queue, RoutingTemplate, Service, SettingsGroup, Skill, StatisticValue, User } from './types';

/** Where the seed lives: data, not code. */
export const SEED_FILE = join('fixtures', 'reference', 'genesys-web-services', 'seed.yaml');

interface SeedInteraction {
  readonly id: string;
  readonly channel: 'email' | 'chat';
  readonly state: string;
  readonly owner?: string;
  readonly queue: string;
  readonly workbin?: string;
  readonly email?: EmailFields;
  readonly chat?: { readonly customer: string; readonly subject: string };
}

interface SeedData {
  readonly users: (Omit<User, 'channels'> & { readonly skills: string[] })[];
  readonly channels: string[];
  readonly devices: Omit<Device, 'deviceState' | 'dnd'>[];
  readonly voiceEnvironmentId: string;
  readonly skills: Skill[];
  readonly queues: Queue[];
  readonly routingTemplates: RoutingTemplate[];
  readonly contacts: Contact[];
  readonly features: Feature[];
  readonly systemFeatures: Feature[];
  readonly services: Service[];
  readonly agentStates: AgentStateDefinition[];
  readonly general: GwsState['general'];
  readonly reporting: GwsState['reporting'];
  readonly settingsGroups: Omit<SettingsGroup, 'createdViaApi'>[];
  readonly statistics: Record<string, Record<string, StatisticValue[]>>;
  readonly workbins: { workbinId: string; userId: string; workbinName: string; viewName: string; workbinType: number; active: number }[];
  readonly interactions: SeedInteraction[];
}

let parsed: SeedData | undefined;

/** A fresh state from the seed: parsed once per process, deep-copied at every start. */
export function seededState(services: ReferenceServices): GwsState {
  parsed ??= parse(readFileSync(join(repoRoot(), SEED_FILE), 'utf8')) as SeedData;
  const seed = structuredClone(parsed);
  const users = new Map<string, User>(
    seed.users.map((user) => [user.id, { ...user, channels: seed.channels.map((name) => ({ name, condition: { state: 'NotReady' as const }, dnd: false })) }]),
  );
  const notifier = new Notifier((authorization) => authenticateHandshake(services, users, authorization), services.faults);
  const state: GwsState = {
    services,
    notifier,
    users,
    devices: new Map(seed.devices.map((device) => [device.id, { ...device, deviceState: 'Active', dnd: false }])),
    calls: new Map(),
    interactions: new Map(),
    skills: new Map(seed.skills.map((skill) => [skill.id, skill])),
    queues: new Map(seed.queues.map((queue) => [queue.id, queue])),
    routingTemplates: seed.routingTemplates,
    contacts: new Map(seed.contacts.map((contact) => [contact.id, contact])),
    features: new Map(seed.features.map((feature) => [feature.id, feature])),
    parkedFeatures: new Map(),
    systemFeatures: seed.systemFeatures,
    serviceResources: new Map(seed.services.map((service) => [service.id, service])),
    agentStates: seed.agentStates,
    general: seed.general,
    reporting: seed.reporting,
    settingsGroups: new Map(seed.settingsGroups.map((group) => [group.name, { ...group, createdViaApi: false }])),
    statistics: new Map(Object.entries(seed.statistics).map(([objectId, stats]) => [objectId, new Map(Object.entries(stats))])),
    workbins: new Map(seed.workbins.map((workbin) => [workbin.workbinId, { ...workbin, subscribed: false }])),
    recordings: [],
    voiceEnvironmentId: seed.voiceEnvironmentId,
    channelNames: seed.channels,
    sequence: 0,
  };
  for (const item of seed.interactions) state.interactions.set(item.id, seededInteraction(item, state));
  return state;
}

function seededInteraction(item: SeedInteraction, state: GwsState): Interaction {
  const base = { id: item.id, queue: item.queue, receivedAt: Date.now(), parentId: null, userData: {}, attachments: [], ...(item.owner ? { owner: item.owner } : {}), ...(item.workbin ? { workbin: item.workbin } : {}) };
  if (item.channel === 'email') {
    return { ...base, channel: 'email', stage: item.state as EmailStage, subType: 'InboundNew', email: item.email ?? { FromAddress: '', ToAddress: '', Subject: '', Text: '' } };
  }
  const owner = item.owner ? state.users.get(item.owner) : undefined;
  const customer = item.chat?.customer ?? 'Customer';
  return {
    ...base,
    userData: { Subject: item.chat?.subject ?? '' },
    channel: 'chat',
    stage: item.state === 'Accepted' ? 'Accepted' : 'Invited',
    subType: 'InboundNew',
    sessionId: item.id,
    customer,
    conferenceWith: [],
    events: chatJoinEvents(customer, item.state === 'Accepted' ? owner?.userName : undefined),
  };
}

/**
 * A CometD handshake carries the REST API's Basic credentials. They are checked by the family's
 * own REST authentication (a GET every role may make), so that the two can never disagree, and
 * the user is the one whose userName the credentials name.
 */
async function authenticateHandshake(services: ReferenceServices, users: Map<string, User>, authorization: string | undefined): Promise<SessionUser | undefined> {
  if (!authorization?.toLowerCase().startsWith('basic ')) return undefined;
  const response = await fetch(`${services.baseUrl()}/api/v2/settings/general-settings`, { headers: { authorization } });
  await response.arrayBuffer();
  if (response.status === 401) return undefined;
  const userName = Buffer.from(authorization.slice(6).trim(), 'base64').toString('utf8').split(':')[0] ?? '';
  const user = [...users.values()].find((u) => u.userName === userName);
  if (!user) return undefined;
  return { userId: user.id, privileged: user.roles.includes('ROLE_SUPERVISOR') || user.roles.includes('ROLE_ADMIN') };
}
