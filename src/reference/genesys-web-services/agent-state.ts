import type { FaultSet } from '../faults/fault-catalogue';
import type { Handler } from '../http/reference-types';
import { currentUser } from './current-user';
import { announceDevice, deviceView } from './device-view';
import { GwsFailure, guarded, ok } from './envelope';
import { changeOwnPassword } from './passwords';
import { endSession, startSession } from './presence';
import { operationBody } from './request-body';
import type { AgentCondition, ChannelState, GwsState, User } from './types';
import { channelView, devicesOf } from './user-state';
import { subresources, userView } from './user-view';

/** GET /me: the user; with subresources also all of its device and channel states. */
export const getMe: Handler<GwsState> = (request, state) =>
  guarded(request, () => {
    const user = currentUser(state, request);
    const include = subresources(request.query.get('subresources'), ['devices', 'channels']);
    const devices = include.includes('devices') ? { devices: devicesOf(state, user).map((d) => deviceView(state, d, request.faults)) } : {};
    const channels = include.includes('channels') ? { channels: user.channels.map((c) => channelView(state, c, request.faults)) } : {};
    return ok(request, { user: userView(state, user, request.faults), ...devices, ...channels });
  });

export const getMeChannels: Handler<GwsState> = (request, state) =>
  guarded(request, () => ok(request, { channels: currentUser(state, request).channels.map((c) => channelView(state, c, request.faults)) }));

export const getMeChannelsByChannelId: Handler<GwsState> = (request, state) =>
  guarded(request, () => ok(request, { channel: channelView(state, channelOf(currentUser(state, request), request.params.channelId ?? ''), request.faults) }));

/** POST /me: agent state on all channels, Do Not Disturb, password and contact center session. */
export const postMe: Handler<GwsState> = (request, state) =>
  guarded(request, () => {
    const { name, body } = operationBody(request);
    const user = currentUser(state, request);
    switch (name) {
      case 'Ready':
      case 'NotReady': {
        // Breaks gws.agent-state.ready-all and gws.agent-state.not-ready-all: the chat channel is left out.
        const skip = request.faults.has(name === 'Ready' ? 'gws-ready-all-skips-chat' : 'gws-not-ready-all-skips-chat') ? 'chat' : undefined;
        setCondition(state, user, user.channels.filter((c) => c.name !== skip), { state: name }, request.faults);
        return ok(request);
      }
      case 'DoNotDisturbOn':
      case 'DoNotDisturbOff':
        setDoNotDisturb(state, user, name === 'DoNotDisturbOn', request.faults);
        return ok(request);
      case 'ChangePassword':
        changeOwnPassword(state, request, user, body);
        return ok(request);
      case 'StartContactCenterSession':
        startSession(state, request, user, body);
        return ok(request);
      default:
        endSession(state, request, user);
        return ok(request);
    }
  });

/** POST /me/channels: Ready / NotReady as the operations table lists them, for every channel. */
export const postMeChannels: Handler<GwsState> = (request, state) =>
  guarded(request, () => {
    const { name } = operationBody(request);
    const user = currentUser(state, request);
    setCondition(state, user, user.channels, { state: name === 'Ready' ? 'Ready' : 'NotReady' }, request.faults);
    return ok(request);
  });

/** POST /me/channels/{channelId}: Ready, NotReady or any configured agent state, on one channel. */
export const postMeChannelsByChannelId: Handler<GwsState> = (request, state) =>
  guarded(request, () => {
    const { name } = operationBody(request, true);
    const user = currentUser(state, request);
    // Breaks gws.agent-state.unknown-channel: an unknown channelId is answered with success and ignored.
    if (request.faults.has('gws-unknown-channel-accepted') && !user.channels.some((c) => c.name === request.params.channelId)) return ok(request);
    const channel = channelOf(user, request.params.channelId ?? '');
    const condition = conditionFor(state, name, request.faults);
    // Breaks gws.agent-state.ready-channel: Ready on one channel makes every channel Ready.
    // Breaks gws.agent-state.not-ready-channel: NotReady on one channel makes every channel NotReady.
    const spread = (name === 'Ready' && request.faults.has('gws-ready-one-channel-sets-all')) || (name === 'NotReady' && request.faults.has('gws-not-ready-one-channel-sets-all'));
    const targets = spread ? user.channels : [channel];
    setCondition(state, user, targets, condition, request.faults);
    return ok(request);
  });

/** POST /channels/{id}: Do Not Disturb on one channel of the caller. */
export const postChannelsById: Handler<GwsState> = (request, state) =>
  guarded(request, () => {
    const { name } = operationBody(request);
    const user = currentUser(state, request);
    const channel = channelOf(user, request.params.id ?? '');
    channel.dnd = name === 'DoNotDisturbOn';
    announceChannels(state, user, [channel], request.faults);
    // Breaks gws.envelope.status-code-range: the success comes as the document's {"status":"ok"} variant with statusCode 8, outside 0 to 7.
    if (request.faults.has('gws-channel-dnd-status-code-8')) return { status: 200, body: { status: 'ok', statusCode: 8, statusMessage: 'Done' } };
    return ok(request);
  });

/**
 * Moves channels to a condition (gws.agent-state). A channel that is Offline (Logout) comes back
 * NotReady first, so Ready is not valid for it (gws.agent-state.default-not-ready).
 */
export function setCondition(state: GwsState, user: User, channels: readonly ChannelState[], condition: AgentCondition, faults: FaultSet): void {
  if (condition.state === 'Ready' && channels.some((c) => c.condition.state === 'Logout')) {
    throw new GwsFailure(2, 'a channel that is Offline must be made NotReady before Ready');
  }
  for (const channel of channels) channel.condition = condition;
  announceChannels(state, user, channels, faults);
}

/** DoNotDisturbOn/Off on /me: every channel and device; Ready/NotReady is kept underneath. */
export function setDoNotDisturb(state: GwsState, user: User, on: boolean, faults: FaultSet): void {
  for (const channel of user.channels) {
    // Breaks gws.agent-state.dnd-on: DoNotDisturbOn reaches the devices but not the channels.
    if (on && faults.has('gws-dnd-on-skips-channels')) continue;
    channel.dnd = on;
    // Breaks gws.agent-state.dnd-off-restores: the channel falls back to NotReady after DND.
    if (!on && faults.has('gws-dnd-off-forgets-state')) channel.condition = { state: 'NotReady' };
  }
  for (const device of devicesOf(state, user)) {
    device.dnd = on;
    announceDevice(state, device, faults);
  }
  announceChannels(state, user, user.channels, faults);
}

/** ChannelStateChanged on /v2/me/channels, and the voice device's new userState on /v2/me/devices. */
export function announceChannels(state: GwsState, user: User, channels: readonly ChannelState[], faults: FaultSet): void {
  // Breaks gws.notification.channel-state-change: agent state changes are not announced.
  if (!faults.has('gws-channel-change-not-announced')) {
    const views = channels.map((c) => channelView(state, c, faults));
    // Breaks gws.notification.dnd-channels: the announced channels do not show dndState.
    if (faults.has('gws-dnd-state-not-announced')) for (const view of views) delete view.dndState;
    state.notifier.publish(user.id, '/v2/me/channels', { channels: views });
  }
  if (channels.some((c) => c.name === 'voice')) for (const device of devicesOf(state, user)) announceDevice(state, device, faults);
}

function channelOf(user: User, name: string): ChannelState {
  const channel = user.channels.find((c) => c.name === name);
  if (!channel) throw new GwsFailure(6, `channel ${name} is not one of the agent's channels`);
  return channel;
}

/** Ready and NotReady, or the condition of the agent state definition with that operationName. */
function conditionFor(state: GwsState, operationName: string, faults: FaultSet): AgentCondition {
  if (operationName === 'Ready' || operationName === 'NotReady') return { state: operationName };
  const definition = state.agentStates.find((d) => d.operationName === operationName);
  if (!definition) throw new GwsFailure(2, `invalid operation: no agent state ${operationName} is defined`);
  if (definition.state === 'Logout') return { state: 'Logout' };
  // Breaks gws.agent-state.custom-operation-name: the definition's reason and workMode are dropped.
  if (faults.has('gws-custom-state-without-reason')) return { state: definition.state };
  const { id: _id, operationName: _name, displayName: _display, readOnly: _readOnly, ...condition } = definition;
  return condition;
}
