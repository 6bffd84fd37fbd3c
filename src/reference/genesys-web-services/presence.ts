import type { ReferenceRequest } from '../http/reference-types';
import { announceChannels } from './agent-state';
import { announceDevice } from './device-view';
import { GwsFailure } from './envelope';
import { text } from './request-body';
import type { AgentCondition, GwsState, User } from './types';
import { devicesOf } from './user-state';

type Json = Record<string, unknown>;

/**
 * StartContactCenterSession: the place's device (named by id or phone number) becomes the
 * user's and Active, and the channels come Online NotReady (gws.agent-state.default-not-ready).
 * A device assigned to another user is an error (gws.negative.start-session-device-assigned).
 */
export function startSession(state: GwsState, request: ReferenceRequest, user: User, body: Json): void {
  const place = text(body, 'place');
  if (place) {
    const device = [...state.devices.values()].find((d) => d.id === place || d.phoneNumber === place);
    if (!device) throw new GwsFailure(6, `place ${place} not found`);
    // Breaks gws.negative.start-session-device-assigned: another user's device is taken over.
    if (device.userId !== user.id && !request.faults.has('gws-start-session-takes-assigned-device')) throw new GwsFailure(2, `a device of place ${place} is assigned to another user`);
    device.userId = user.id;
  }
  const wanted = Array.isArray(body.channels) ? (body.channels as unknown[]).map(String) : user.channels.map((c) => c.name);
  const channels = user.channels.filter((c) => wanted.includes(c.name));
  // Breaks gws.agent-state.default-not-ready: channels come back Online Ready instead of NotReady.
  const online: AgentCondition = request.faults.has('gws-session-starts-ready') ? { state: 'Ready' } : { state: 'NotReady' };
  for (const channel of channels) if (channel.condition.state === 'Logout') channel.condition = online;
  for (const device of devicesOf(state, user)) {
    device.deviceState = 'Active';
    announceDevice(state, device, request.faults);
  }
  announceChannels(state, user, channels, request.faults);
}

/** EndContactCenterSession: every channel Offline (Logout) and the devices Inactive. */
export function endSession(state: GwsState, request: ReferenceRequest, user: User): void {
  for (const channel of user.channels) channel.condition = { state: 'Logout' };
  for (const device of devicesOf(state, user)) device.deviceState = 'Inactive';
  announceChannels(state, user, user.channels, request.faults);
}
