import type { ProviderStateDefinition } from '../http/reference-types';
import { chatJoinEvents } from './chat-events';
import { guid, interactionId } from './ids';
import { anotherAgent } from './provider-states';
import type { ChatInteraction, Device, GwsState, User } from './types';

/**
 * Provider states that stand in for a second user of the Agent's or the Supervisor's role, whom
 * the profile need not have credentials for: another agent's chat, another supervisor's
 * monitoring (behaviour-participants.spec.ts).
 */

/** A fresh user of one role, with the seed's channels (NotReady), whom no credential names. */
function freshUser(state: GwsState, role: 'ROLE_AGENT' | 'ROLE_SUPERVISOR', kind: string): User {
  state.sequence += 1;
  const n = state.sequence;
  const user: User = { id: guid(), userName: `fresh-${kind}-${n}`, firstName: 'Fresh', lastName: `${kind} ${n}`, roles: [role], skills: [], changePasswordOnFirstLogin: false, channels: state.channelNames.map((name) => ({ name, condition: { state: 'NotReady' }, dnd: false })) };
  state.users.set(user.id, user);
  return user;
}

/** A fresh voice device, Active, assigned to `user`. */
function freshDevice(state: GwsState, user: User): Device {
  state.sequence += 1;
  const device: Device = { id: guid(), userId: user.id, phoneNumber: String(7000 + state.sequence), phoneNumberId: guid(), type: 'PSTNPhone', model: 'CloudDevice', vendor: 'Genesys', telephonyNetwork: 'Private', country: { name: '', code: '', callingCode: '' }, deviceState: 'Active', dnd: false };
  state.devices.set(device.id, device);
  return device;
}

export const PARTICIPANT_STATES: Readonly<Record<string, ProviderStateDefinition<GwsState>>> = {
  'a chat exists in which agent1 is not a participant': {
    description: 'A fresh chat Accepted by an agent other than the Agent (agent2 in the seed), whose conference the Agent was never invited to.',
    setup: (_params, state) => {
      const other = anotherAgent(state);
      const id = interactionId(state);
      const customer = `Customer ${state.sequence}`;
      const chat: ChatInteraction = { id, channel: 'chat', stage: 'Accepted', subType: 'InboundNew', queue: 'SimpleChatInQueue', receivedAt: Date.now(), parentId: null, userData: { Subject: 'Another agent’s chat' }, attachments: [], sessionId: id, customer, conferenceWith: [], events: chatJoinEvents(customer, other.userName), owner: other.id };
      state.interactions.set(id, chat);
      return { interactionId: id, userId: other.id };
    },
  },
  "another supervisor monitors an agent's device": {
    description: 'The voice device of a fresh agent, monitored (ListenIn) by a fresh supervisor; params.monitored false leaves it unmonitored.',
    setup: (params, state) => {
      if (params.monitored !== undefined && typeof params.monitored !== 'boolean') throw new Error('params.monitored must be a boolean');
      const agent = freshUser(state, 'ROLE_AGENT', 'agent');
      const device = freshDevice(state, agent);
      if (params.monitored === false) return { deviceId: device.id, monitored: false, userId: agent.id };
      const supervisor = freshUser(state, 'ROLE_SUPERVISOR', 'supervisor');
      device.monitoring = { supervisorId: supervisor.id, state: 'ListenIn' };
      return { deviceId: device.id, monitored: true, userId: agent.id, supervisorId: supervisor.id };
    },
  },
};
