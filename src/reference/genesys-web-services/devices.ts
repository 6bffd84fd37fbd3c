import type { Handler, ReferenceRequest } from '../http/reference-types';
import { currentUser, isAdmin, userById } from './current-user';
import { announceDevice, deviceCapabilities, deviceView } from './device-view';
import { GwsFailure, guarded, notFound, ok } from './envelope';
import { destination, operationBody } from './request-body';
import type { Device, GwsState } from './types';
import { isMonitoringOperation, superviseDevice } from './supervisor-monitoring';
import { devicesOf } from './user-state';
import { uri } from './uris';
import { listBody, resolvedUris } from './views';

const deviceUri = (state: GwsState) => (device: Record<string, unknown>) => uri(state, `/devices/${String(device.id)}`);

/** Resolving URIs: resolveUri=* or a list naming phoneNumberUri resolves the phone number. */
function resolvesPhoneNumber(request: ReferenceRequest): boolean {
  return resolvedUris(request, ['phoneNumberUri']).includes('phoneNumberUri');
}

function devicesBody(request: ReferenceRequest, state: GwsState, devices: readonly Device[]): Record<string, unknown> {
  return listBody(request, 'devices', devices.map((d) => deviceView(state, d, request.faults)), deviceUri(state));
}

export const getMeDevices: Handler<GwsState> = (request, state) => guarded(request, () => ok(request, devicesBody(request, state, devicesOf(state, currentUser(state, request)))));

export const getMeDevicesById: Handler<GwsState> = (request, state) =>
  guarded(request, () => {
    const device = ownDevice(state, request, request.params.id ?? '');
    return ok(request, { device: deviceView(state, device, request.faults) });
  });

/** GET /devices: all devices for a Contact Center Admin, an Agent's own otherwise (gws.auth.devices-owned). */
export const getDevices: Handler<GwsState> = (request, state) =>
  guarded(request, () => {
    const devices = isAdmin(request) ? [...state.devices.values()] : devicesOf(state, currentUser(state, request));
    return ok(request, devicesBody(request, state, devices));
  });

export const getDevicesById: Handler<GwsState> = (request, state) =>
  guarded(request, () => {
    // Breaks gws.auth.devices-owned: an Agent may read any device.
    const anyDevice = isAdmin(request) || request.faults.has('gws-agent-reads-any-device');
    const device = anyDevice ? state.devices.get(request.params.id ?? '') : ownDevice(state, request, request.params.id ?? '');
    if (!device) throw notFound(`device ${request.params.id ?? ''}`);
    // Breaks gws.envelope.singular-resource-attribute: the device comes in "result", not "device".
    const attribute = request.faults.has('gws-singular-wrong-attribute') ? 'result' : 'device';
    return ok(request, { [attribute]: deviceView(state, device, request.faults, resolvesPhoneNumber(request)) });
  });

export const getUsersByIdDevices: Handler<GwsState> = (request, state) =>
  guarded(request, () => ok(request, devicesBody(request, state, devicesOf(state, userById(state, request.params.id ?? '')))));

/**
 * Device management (gws.device-state): DoNotDisturbOn/Off and ForwardCallsOn/Off, each only
 * while the device offers it as a capability; announced on /v2/me/devices. The supervisor
 * monitoring functions are a supervisor's, on another user's device (supervisor-monitoring.ts).
 */
export const postDevicesById: Handler<GwsState> = (request, state) =>
  guarded(request, () => {
    const { name, body } = operationBody(request);
    if (isMonitoringOperation(name)) {
      superviseDevice(state, request, name);
      return ok(request);
    }
    const device = isAdmin(request) ? state.devices.get(request.params.id ?? '') : ownDevice(state, request, request.params.id ?? '');
    if (!device) throw notFound(`device ${request.params.id ?? ''}`);
    if (!deviceCapabilities(device).includes(name) && !bentIllegal(request, name)) throw new GwsFailure(2, `${name} is not valid for the device in its current state`);
    if (name === 'DoNotDisturbOn' || name === 'DoNotDisturbOff') {
      // Breaks gws.device-state.dnd-on and gws.device-state.dnd-off: the device's Do Not Disturb does not change.
      if (!request.faults.has(name === 'DoNotDisturbOn' ? 'gws-device-dnd-on-ignored' : 'gws-device-dnd-off-ignored')) device.dnd = name === 'DoNotDisturbOn';
    } else if (name === 'ForwardCallsOn') device.forwardTo = destination(body);
    // Breaks gws.device-state.forward-off: ForwardCallsOff answers success but forwarding goes on.
    else if (!request.faults.has('gws-forward-off-ignored')) delete device.forwardTo;
    announceDevice(state, device, request.faults);
    return ok(request);
  });

/** Illegal rows of the gws.device-state table a fault lets through. */
function bentIllegal(request: ReferenceRequest, name: string): boolean {
  // Breaks gws.device-state.illegal-forward-off: ForwardCallsOff is accepted while not forwarding.
  if (name === 'ForwardCallsOff') return request.faults.has('gws-forward-off-when-not-forwarding');
  // Breaks gws.device-state.illegal-dnd-repeat: DoNotDisturbOn/Off is accepted again in the same state.
  if (name === 'DoNotDisturbOn' || name === 'DoNotDisturbOff') return request.faults.has('gws-device-dnd-repeat-accepted');
  return false;
}

/** One of the caller's own devices: another's is statusCode 5 (gws.auth.devices-owned). */
export function ownDevice(state: GwsState, request: ReferenceRequest, id: string): Device {
  const device = state.devices.get(id);
  if (!device) throw notFound(`device ${id}`);
  if (device.userId !== currentUser(state, request).id) throw new GwsFailure(5, `device ${id} is not assigned to ${request.principal.username}`);
  return device;
}
