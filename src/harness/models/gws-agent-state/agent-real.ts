import type { StateMachine } from '../../contracts';
import type { ClauseLedger } from '../clause-ledger';
import type { GwsAnswer, GwsClient, Json } from '../gws-common/gws-client';
import type { NotificationProbe } from '../gws-common/notification-probe';
import type { CustomState } from './agent-model';

export const CHANNELS = '/v2/me/channels';
export const DEVICES = '/v2/me/devices';

/** The target side of the agent model: the agent's channels and voice device, as the Agent role. */
export interface AgentReal {
  readonly ledger: ClauseLedger;
  readonly deviceMachine: StateMachine;
  readonly client: GwsClient;
  readonly probe: NotificationProbe;
  /** The agent's channels (voice, email, chat...), as the login state named them. */
  readonly channels: readonly string[];
  readonly deviceId: string;
  /** A configured agent state the channels may be put in; undefined when the target prepared none. */
  readonly custom?: CustomState;
  /** The agent state definitions (GET /settings/agent-states), for gws.notification.user-state-definition-match. */
  readonly definitions: readonly Json[];
}

const asObject = (value: unknown): Json | undefined => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value) : undefined);

/** GET /me/channels: each channel's entry by name. */
export async function readChannels(real: AgentReal): Promise<{ answer: GwsAnswer; byName: Map<string, Json> }> {
  const answer = await real.client.call('getMeChannels');
  const list: unknown = answer.body.channels;
  const entries = Array.isArray(list) ? list.map(asObject).filter((e): e is Json => e !== undefined) : [];
  return { answer, byName: new Map(entries.map((e) => [String(e.channel), e])) };
}

/** GET /me/devices/{id}: the agent's voice device. */
export async function readDevice(real: AgentReal): Promise<{ answer: GwsAnswer; device: Json | undefined }> {
  const answer = await real.client.call('getMeDevicesById', { params: { id: real.deviceId } });
  return { answer, device: asObject(answer.body.device) };
}

/** The reason of a userState: "reason", or "reasonCode" as one example writes it (gws.notify-reason-vs-reason-code). */
export function reasonOf(userState: Json | undefined): unknown {
  return userState?.reason ?? userState?.reasonCode;
}
