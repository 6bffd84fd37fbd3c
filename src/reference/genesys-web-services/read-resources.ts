import { inboundCall } from './call-factory';
import type { Device, EmailInteraction, GwsState, User } from './types';
import { devicesOf } from './user-state';

/** The document's example attachment id format; the bytes are a short text file. */
const READ_ATTACHMENT = { mimeType: 'text/plain', fileName: 'invoice.txt', content: Buffer.from('Invoice 42: 10.00 EUR\n') };

/**
 * Makes sure a resource of every GET exists, and answers the value of every path parameter.
 * Many operations share the parameter name {id}, so one id (the Agent's voice device's) names a
 * resource of each of them: the device, a call on it, an e-mail the Agent works on (with an
 * attachment), a user, a skill of the Agent and of the Contact Center Admin, a feature, a Voice
 * service and a queue. Resources a scenario removed are made again.
 */
export function ensureReadResources(state: GwsState, agent: User): Record<string, string> {
  const device = readDevice(state, agent);
  const id = device.id;
  state.readId = id;
  if (!state.calls.has(id)) inboundCall(state, device, 'Established', '+16505550142', id);
  const interaction = readInteraction(state, agent, id);
  const attachmentId = `${id.slice(0, 8)}-attachment`;
  if (!interaction.attachments.some((a) => a.id === attachmentId)) interaction.attachments.push({ id: attachmentId, ...READ_ATTACHMENT });
  if (!state.users.has(id)) {
    state.users.set(id, { id, userName: 'reader1', firstName: 'Rea', lastName: 'Der', roles: ['ROLE_AGENT'], skills: [id], changePasswordOnFirstLogin: false, channels: state.channelNames.map((name) => ({ name, condition: { state: 'NotReady' }, dnd: false })) });
  }
  if (!state.skills.has(id)) state.skills.set(id, { id, name: 'Reading', description: 'Reads resources for the conformance run.', level: '0' });
  for (const user of state.users.values()) {
    if ((user.id === agent.id || user.roles.includes('ROLE_ADMIN')) && !user.skills.includes(id)) user.skills.push(id);
  }
  if (!state.features.has(id)) state.features.set(id, { id, displayName: 'Read resources', description: 'A feature that exists so that GET /features/{id} has an id to read.' });
  if (!state.serviceResources.has(id)) state.serviceResources.set(id, { id, name: 'SIPS-read', type: 'Voice', state: 'Active' });
  if (!state.queues.has(id)) state.queues.set(id, { id, name: 'ReadQueue', description: 'Inbound voice (read)', channel: 'voice', internal: false, phoneNumber: '+16505550101', phoneNumberId: 'a8b1c2d3-0000-4000-8000-000000000101', routingTemplateId: '00_RouteToSpecDestination', callRecording: { percentage: 50 } });
  const group = state.settingsGroups.get('dispositions') ?? state.settingsGroups.values().next().value;
  if (!group) state.settingsGroups.set('dispositions', { name: 'dispositions', displayName: 'Dispositions', key: 'name', settings: [], createdViaApi: false });
  const [objectId, stats] = [...state.statistics.entries()][0] ?? ['', new Map<string, unknown>()];
  const workbin = [...state.workbins.values()].find((w) => w.userId === agent.id);
  if (!workbin) throw new Error(`${agent.userName} has no workbin`);
  return {
    id,
    channelId: agent.channels[0]?.name ?? 'voice',
    skill_id: id,
    user_id: agent.id,
    attachmentId,
    'group-name': group?.name ?? 'dispositions',
    objectId,
    statisticName: [...stats.keys()][0] ?? '',
    workbinId: workbin.workbinId,
  };
}

function readDevice(state: GwsState, agent: User): Device {
  const device = devicesOf(state, agent)[0];
  if (!device) throw new Error(`${agent.userName} has no device`);
  return device;
}

/** The Agent's accepted e-mail with the read id (made again when a scenario completed it). */
function readInteraction(state: GwsState, agent: User, id: string): EmailInteraction {
  const existing = state.interactions.get(id);
  if (existing?.channel === 'email' && existing.owner === agent.id && existing.stage === 'Accepted') return existing;
  const email: EmailInteraction = {
    id,
    channel: 'email',
    stage: 'Accepted',
    subType: 'InboundNew',
    owner: agent.id,
    queue: 'SimpleEmailInQueue',
    receivedAt: Date.now(),
    parentId: null,
    userData: { Subject: 'Read me' },
    attachments: [],
    email: { FromAddress: 'reader@example.com', ReplyToAddress: 'reader-replies@example.com', ToAddress: 'support@example.com', Subject: 'Read me', Text: 'Please read.' },
  };
  state.interactions.set(id, email);
  return email;
}
