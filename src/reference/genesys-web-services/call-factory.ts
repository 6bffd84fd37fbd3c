import { callId, guid } from './ids';
import type { Call, CallState, Device, GwsState } from './types';

/** A new call on a device, registered in the state. */
export function newCall(state: GwsState, device: Device, options: { state: CallState; callType: Call['callType']; ani: string; dnis: string; participant: string; id?: string }): Call {
  const call: Call = {
    id: options.id ?? callId(state),
    deviceId: device.id,
    callUuid: guid().replace(/-/g, '').slice(0, 32).toUpperCase(),
    connectionId: callId(state),
    ani: options.ani,
    dnis: options.dnis,
    callType: options.callType,
    startedAt: Date.now(),
    state: options.state,
    participants: [options.participant],
    muted: false,
    recording: 'NotRecording',
    userData: {},
  };
  state.calls.set(call.id, call);
  return call;
}

/** An inbound call from `caller` to the device, ringing or already answered. */
export function inboundCall(state: GwsState, device: Device, callState: 'Ringing' | 'Established', caller = '+16505550123', id?: string): Call {
  return newCall(state, device, { state: callState, callType: 'Inbound', ani: caller, dnis: device.phoneNumber, participant: caller, ...(id ? { id } : {}) });
}
