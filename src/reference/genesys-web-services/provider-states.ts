import type { ProviderStateDefinition } from '../http/reference-types';
import { inboundCall } from './call-factory';
import { presetRecording } from './call-recording';
import { announceCall } from './call-view';
import { announceDevice } from './device-view';
import { announceChannels } from './agent-state';
import { otherAgent } from './interaction-access';
import { interactionView } from './interaction-view';
import { routeChat, routeEmail } from './routing';
import { changeServiceState } from './services';
import { guid } from './ids';
import type { Call, Device, GwsState, RecordingState, Service, User } from './types';
import { uri } from './uris';
import { devicesOf } from './user-state';
import { ensureReadResources } from './read-resources';

type Params = Readonly<Record<string, unknown>>;

/** The user of the profile's Agent credentials (reference-credentials.ts names it agent1). */
export const AGENT_USER_NAME = 'agent1';

/** An agent other than the Agent (agent2 in the seed), whom no credential of the profile names. */
export function anotherAgent(state: GwsState): User {
  const other = otherAgent(state, [agent(state).id]);
  if (!other) throw new Error(`no agent other than ${AGENT_USER_NAME}`);
  return other;
}

export function agent(state: GwsState): User {
  const user = [...state.users.values()].find((u) => u.userName === AGENT_USER_NAME);
  if (!user) throw new Error(`user ${AGENT_USER_NAME} does not exist`);
  return user;
}

/** The Agent's voice device, Active. */
function voiceDevice(state: GwsState, user: User): Device {
  const device = devicesOf(state, user)[0];
  if (!device) throw new Error(`${user.userName} has no device`);
  if (device.deviceState !== 'Active') {
    device.deviceState = 'Active';
    announceDevice(state, device, state.services.faults);
  }
  return device;
}

/**
 * A device of a user other than the Agent, Active: of a user no credential of the profile names
 * (agent2 in the seed), so that the ownership checks act on nobody's session.
 */
function otherUsersDevice(state: GwsState): Device {
  const own = agent(state);
  const device = [...state.devices.values()].find((d) => d.userId !== own.id && state.users.get(d.userId)?.roles.includes('ROLE_AGENT'));
  if (!device) throw new Error(`no user other than ${own.userName} has a device`);
  device.deviceState = 'Active';
  return device;
}

function optionalString(params: Params, name: string): string | undefined {
  const value = params[name];
  if (value !== undefined && typeof value !== 'string') throw new Error(`params.${name} must be a string`);
  return value;
}

/** Makes one channel Ready without Do Not Disturb (an invitation needs it), announcing the change. */
function readyOn(state: GwsState, user: User, name: string): void {
  const channel = user.channels.find((c) => c.name === name);
  if (!channel) throw new Error(`${user.userName} has no ${name} channel`);
  if (channel.condition.state === 'Ready' && !channel.dnd) return;
  channel.condition = { state: 'Ready' };
  channel.dnd = false;
  announceChannels(state, user, [channel], state.services.faults);
}

function callAnswer(state: GwsState, call: Call, device: Device): Record<string, unknown> {
  return { callId: call.id, callUri: uri(state, `/me/calls/${call.id}`), deviceId: device.id, phoneNumber: device.phoneNumber };
}

const RECORDING_STATES: readonly RecordingState[] = ['NotRecording', 'Recording', 'Paused', 'Stopped'];

export const PROVIDER_STATES: Readonly<Record<string, ProviderStateDefinition<GwsState>>> = {
  'resources exist for every read operation': {
    description: 'One id names an existing resource of every GET with an {id}; answers a value for every path parameter of every GET.',
    setup: (_params, state) => ({ pathParameters: ensureReadResources(state, agent(state)) }),
  },
  'agent1 is logged in with channels ready': {
    description: 'Session started, devices Active, no DND, no forwarding, every channel NotReady, then readyChannels (default all) Ready.',
    setup: (params, state) => {
      const user = agent(state);
      const names = user.channels.map((c) => c.name);
      const ready = params.readyChannels ?? names;
      if (!Array.isArray(ready) || !ready.every((c): c is string => typeof c === 'string' && names.includes(c))) throw new Error(`params.readyChannels must list channels of ${user.userName}: ${names.join(', ')}`);
      for (const device of devicesOf(state, user)) {
        device.deviceState = 'Active';
        device.dnd = false;
        delete device.forwardTo;
      }
      for (const channel of user.channels) {
        channel.dnd = false;
        channel.condition = ready.includes(channel.name) ? { state: 'Ready' } : { state: 'NotReady' };
      }
      announceChannels(state, user, user.channels, state.services.faults);
      for (const device of devicesOf(state, user)) announceDevice(state, device, state.services.faults);
      const device = voiceDevice(state, user);
      return { userId: user.id, deviceId: device.id, phoneNumber: device.phoneNumber, channels: names, readyChannels: ready };
    },
  },
  'agent1 has an inbound e-mail invitation': {
    description: 'The email channel is made Ready (unless params.ready is false) and a new inbound e-mail is routed to the Agent.',
    setup: (params, state) => {
      const user = agent(state);
      if (params.ready !== false) readyOn(state, user, 'email');
      const n = state.sequence + 1;
      const email = {
        FromAddress: optionalString(params, 'fromAddress') ?? `customer${n}@example.com`,
        ReplyToAddress: optionalString(params, 'replyToAddress') ?? `replies${n}@example.com`,
        ToAddress: optionalString(params, 'toAddress') ?? 'support@example.com',
        CCAddresses: optionalString(params, 'ccAddresses') ?? 'team@example.com, billing@example.com',
        Subject: optionalString(params, 'subject') ?? `Invoice question ${n}`,
        Text: optionalString(params, 'text') ?? 'Hello,\nmy invoice is wrong.\nRegards, a customer',
      };
      const interaction = routeEmail(state, user, email, state.services.faults);
      // queueName: another e-mail queue, where PlaceInQueue may put the e-mail (SimpleEmailOutQueue in the seed).
      const other = [...state.queues.values()].find((q) => q.channel === 'email' && q.name !== interaction.queue);
      return { interactionId: interaction.id, interactionUri: uri(state, `/interactions/${interaction.id}`), email: { ...email }, invited: interaction.stage === 'Invited', ...(other ? { queueName: other.name } : {}) };
    },
  },
  'agent1 has an inbound chat invitation': {
    description: 'The chat channel is made Ready (unless params.ready is false) and a new chat from a customer is routed to the Agent.',
    setup: (params, state) => {
      const user = agent(state);
      if (params.ready !== false) readyOn(state, user, 'chat');
      const chat = routeChat(state, user, optionalString(params, 'customer') ?? 'Customer', optionalString(params, 'subject') ?? 'Customer support', state.services.faults);
      const other = [...state.users.values()].find((u) => u.id !== user.id && u.roles.includes('ROLE_AGENT'));
      return { interactionId: chat.id, interactionUri: uri(state, `/interactions/${chat.id}`), invited: chat.stage === 'Invited', ...(other ? { otherAgentId: other.id } : {}) };
    },
  },
  'an invitation of agent1 is revoked': {
    description: 'An invitation left unanswered is withdrawn after the inactivity period: state Revoked, empty capabilities, on /v2/me/interactions.',
    setup: (params, state) => {
      const user = agent(state);
      const id = optionalString(params, 'interactionId') ?? '';
      const interaction = state.interactions.get(id);
      if (!interaction || interaction.owner !== user.id || interaction.stage !== 'Invited') throw new Error(`params.interactionId must name an invitation of ${user.userName}`);
      interaction.stage = 'Revoked';
      delete interaction.owner;
      const view = interactionView(state, interaction, state.services.faults, 'Revoked');
      // Breaks gws.interaction.revoked-after-inactivity: the Revoked notification still offers Accept and Reject.
      if (state.services.faults.has('gws-revoked-offers-accept')) view.capabilities = ['Accept', 'Reject'];
      state.notifier.publish(user.id, '/v2/me/interactions', { messageType: 'InteractionStateMessage', interaction: view });
      return { interactionId: id, state: 'Revoked' };
    },
  },
  "a call is established on agent1's device": {
    description: 'A new inbound call, Established on the Agent’s voice device, its recording in params.recordingState (default NotRecording).',
    setup: (params, state) => {
      const recording = (params.recordingState ?? 'NotRecording') as RecordingState;
      if (!RECORDING_STATES.includes(recording)) throw new Error(`params.recordingState must be one of ${RECORDING_STATES.join(', ')}`);
      const device = voiceDevice(state, agent(state));
      const call = inboundCall(state, device, 'Established', optionalString(params, 'caller'));
      presetRecording(state, call, recording, state.services.faults);
      announceCall(state, call, 'StatusChange', state.services.faults);
      return { ...callAnswer(state, call, device), recordingState: recording };
    },
  },
  "a call is ringing on agent1's device": {
    description: 'A new inbound call, Ringing on the Agent’s voice device.',
    setup: (params, state) => {
      const device = voiceDevice(state, agent(state));
      const call = inboundCall(state, device, 'Ringing', optionalString(params, 'caller'));
      announceCall(state, call, 'StatusChange', state.services.faults);
      return callAnswer(state, call, device);
    },
  },
  "a call is established on another user's device": {
    description: 'A new inbound call, Established on the device of a user other than the Agent.',
    setup: (_params, state) => {
      const device = otherUsersDevice(state);
      const call = inboundCall(state, device, 'Established');
      announceCall(state, call, 'StatusChange', state.services.faults);
      return { callId: call.id, deviceId: device.id, userId: device.userId };
    },
  },
  'a place has a device assigned to another user': {
    description: 'Names a place whose device is assigned to a user other than the Agent (the reference names a place by its device’s phone number).',
    setup: (_params, state) => {
      const device = otherUsersDevice(state);
      return { place: device.phoneNumber, userId: device.userId };
    },
  },
  'queue call recording settings': {
    description: 'Sets the call-recording percentage of the voice queue (default 100).',
    setup: (params, state) => {
      const percentage = params.percentage ?? 100;
      if (typeof percentage !== 'number' || !Number.isInteger(percentage) || percentage < 0 || percentage > 100) throw new Error('params.percentage must be an integer from 0 to 100');
      const queue = [...state.queues.values()].find((q) => q.channel === 'voice');
      if (!queue) throw new Error('no voice queue');
      queue.callRecording = { percentage };
      return { queueId: queue.id, percentage };
    },
  },
  'call recording is disabled': {
    description: 'Turns the Call Recording feature off (params.disabled true, the default) or on again (false).',
    setup: (params, state) => {
      const disabled = params.disabled !== false;
      const id = 'api-call-recording';
      const feature = state.features.get(id) ?? state.parkedFeatures.get(id);
      if (!feature) throw new Error(`feature ${id} is unknown`);
      if (disabled) {
        state.features.delete(id);
        state.parkedFeatures.set(id, feature);
      } else {
        state.parkedFeatures.delete(id);
        state.features.set(id, feature);
      }
      return { disabled };
    },
  },
  'a custom agent state definition exists': {
    description: 'A fresh writable definition (NotReady, AuxWork, unique reason and operationName).',
    setup: (_params, state) => {
      state.sequence += 1;
      const n = state.sequence;
      const definition = { id: `C0570000-0000-4000-8000-${String(n).padStart(12, '0')}`, operationName: `CustomBreak${n}`, displayName: `Not Ready - custom break ${n}`, state: 'NotReady' as const, workMode: 'AuxWork' as const, reason: `CustomBreak${n}`, readOnly: false };
      state.agentStates.push(definition);
      return { id: definition.id, operationName: definition.operationName, reason: definition.reason, defaultIds: state.agentStates.filter((d) => d.readOnly).map((d) => d.id) };
    },
  },
  'a user exists': {
    description: 'A fresh ROLE_AGENT user with a unique userName and no device, for POST and DELETE on /users/{id}.',
    setup: (_params, state) => {
      state.sequence += 1;
      const user: User = { id: guid(), userName: `fresh-user-${state.sequence}`, firstName: 'Fresh', lastName: `User ${state.sequence}`, roles: ['ROLE_AGENT'], skills: [], changePasswordOnFirstLogin: false, channels: state.channelNames.map((name) => ({ name, condition: { state: 'NotReady' }, dnd: false })) };
      state.users.set(user.id, user);
      return { id: user.id, userName: user.userName };
    },
  },
  'a custom contact exists': {
    description: 'A fresh contact of type Custom, for PUT and DELETE on /contacts.',
    setup: (_params, state) => {
      state.sequence += 1;
      const contact = { id: guid(), type: 'Custom' as const, name: `Fresh contact ${state.sequence}`, phoneNumber: '+16505550177' };
      state.contacts.set(contact.id, contact);
      return { contactId: contact.id, name: contact.name };
    },
  },
  'a user-defined settings group has a setting': {
    description: 'A fresh settings group created as through POST /settings (key "name") with one setting, for POST, PUT and DELETE on /settings/{group-name}.',
    setup: (_params, state) => {
      state.sequence += 1;
      const name = `fresh-group-${state.sequence}`;
      const settingName = `fresh-setting-${state.sequence}`;
      state.settingsGroups.set(name, { name, displayName: `Fresh group ${state.sequence}`, key: 'name', settings: [{ name: settingName, displayName: 'Fresh setting' }], createdViaApi: true });
      return { groupName: name, key: 'name', settingName };
    },
  },
  'a settings group comes from configuration server': {
    description: 'A fresh settings group as imported from Configuration Server (not created through the API), for DELETE /settings.',
    setup: (_params, state) => {
      state.sequence += 1;
      const name = `imported-group-${state.sequence}`;
      state.settingsGroups.set(name, { name, displayName: `Imported group ${state.sequence}`, key: 'name', settings: [], createdViaApi: false });
      return { groupName: name };
    },
  },
  'an e-mail of agent1 has an attachment': {
    description: 'A fresh text attachment on the e-mail the Agent works on (the read resources’ e-mail).',
    setup: (_params, state) => {
      const id = ensureReadResources(state, agent(state)).id ?? '';
      const interaction = state.interactions.get(id);
      if (!interaction) throw new Error(`no e-mail ${id}`);
      state.sequence += 1;
      const attachmentId = `0000Dc${state.sequence.toString(36).toUpperCase().padStart(10, '0')}`;
      interaction.attachments.push({ id: attachmentId, mimeType: 'text/plain', fileName: 'fresh.txt', content: Buffer.from('A fresh attachment.\n') });
      return { interactionId: id, attachmentId };
    },
  },
  'a service changes state': {
    description: 'The Reporting service changes state (params.state, default: Inactive when Active, Active otherwise).',
    setup: (params, state) => {
      const service = [...state.serviceResources.values()].find((s) => s.type === 'Reporting');
      if (!service) throw new Error('no Reporting service');
      const to = (params.state ?? (service.state === 'Active' ? 'Inactive' : 'Active')) as Service['state'];
      if (!['Active', 'Inactive', 'ReadOnly'].includes(to)) throw new Error('params.state must be Active, Inactive or ReadOnly');
      changeServiceState(state, service, to, state.services.faults);
      return { serviceId: service.id, state: to };
    },
  },
};
