import type { FaultSet } from '../faults/fault-catalogue';
import { machine } from './machines';
import type { Device, GwsState } from './types';
import { deviceCondition, userStateView } from './user-state';
import { uri } from './uris';
import { compact } from './views';

/** The gws.device-state state of a device: Do Not Disturb and forwarding. */
export function deviceStateName(device: Device): string {
  return `Dnd${device.dnd ? 'On' : 'Off'}Forward${device.forwardTo ? 'On' : 'Off'}`;
}

/** The operations a device offers now (gws.device-state.capabilities). */
export function deviceCapabilities(device: Device, faults?: FaultSet): string[] {
  // Breaks gws.device-state.capabilities: the capabilities always show the initial state's operations.
  if (faults?.has('gws-device-capabilities-stale')) return machine('gws.device-state').capabilities('DndOffForwardOff');
  return machine('gws.device-state').capabilities(deviceStateName(device));
}

/**
 * A device as GET and DeviceStateChangeMessage show it. `resolve` resolves phoneNumberUri into
 * the phoneNumber object (Resolving URIs); without it phoneNumber is the number string.
 */
export function deviceView(state: GwsState, device: Device, faults: FaultSet, resolve = false): Record<string, unknown> {
  const phoneNumberUri = uri(state, `/phone-numbers/${device.phoneNumberId}`);
  return compact({
    id: device.id,
    deviceState: device.deviceState,
    userState: userStateView(state, deviceCondition(state, device), faults),
    phoneNumberUri,
    phoneNumber: resolve ? { id: device.phoneNumberId, uri: phoneNumberUri, number: device.phoneNumber } : device.phoneNumber,
    type: device.type,
    model: device.model,
    vendor: device.vendor,
    telephonyNetwork: device.telephonyNetwork,
    country: device.country,
    location: device.location,
    e164Number: device.phoneNumber,
    voiceEnvironmentUri: uri(state, `/voice-environments/${state.voiceEnvironmentId}`),
    doNotDisturb: device.dnd ? 'On' : 'Off',
    // Breaks gws.device-state.forward-on: forwardTo is not shown while calls are forwarded.
    forwardTo: faults.has('gws-forward-to-not-shown') ? undefined : device.forwardTo,
    // Absent while nobody monitors the device (Devices API).
    supervisorMonitoringState: device.monitoring?.state,
    // Breaks gws.auth.supervisor-capabilities: an agent's device offers the supervisor monitoring operation ListenIn.
    capabilities: [...deviceCapabilities(device, faults), ...(faults.has('gws-agent-device-offers-listen-in') ? ['ListenIn'] : [])],
  });
}

/** DeviceStateChangeMessage on /v2/me/devices for the device's owner. */
export function announceDevice(state: GwsState, device: Device, faults: FaultSet): void {
  // Breaks gws.notification.device-state-change: device changes are not announced.
  if (faults.has('gws-device-change-not-announced')) return;
  const view = deviceView(state, device, faults);
  // Breaks gws.notification.device-state-attributes: the announced device leaves out forwardTo while calls are forwarded (GET still shows it).
  if (faults.has('gws-device-notification-without-forward-to')) delete view.forwardTo;
  state.notifier.publish(device.userId, '/v2/me/devices', { messageType: 'DeviceStateChangeMessage', devices: [view] });
}
