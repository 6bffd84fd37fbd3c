import type { FaultSet } from '../faults/fault-catalogue';
import { machine } from './machines';
import type { Call, GwsState } from './types';
import { uri } from './uris';
import { compact } from './views';

/** Call recording operations exist only while the Call Recording feature is enabled (gws.envelope.disabled-feature). */
export function recordingEnabled(state: GwsState): boolean {
  return state.features.has('api-call-recording');
}

/** The other live calls of the same user (for SwapCalls and MergeWithOtherCall). */
export function otherCalls(state: GwsState, call: Call): Call[] {
  const owner = state.devices.get(call.deviceId)?.userId;
  return [...state.calls.values()].filter((c) => c.id !== call.id && state.devices.get(c.deviceId)?.userId === owner);
}

/** The call whose consultation this call is, if any. */
export function consultedFrom(state: GwsState, call: Call): Call | undefined {
  return [...state.calls.values()].find((c) => c.consultCallId === call.id);
}

/**
 * The operations a call offers now (gws.call.capabilities-per-state): the machine's list for its
 * state, the operations that depend on the call's situation (mute, conference, other calls,
 * consultation), and the recording operations of its recording state (gws.call-recording).
 */
export function callCapabilities(state: GwsState, call: Call, faults: FaultSet): string[] {
  const capabilities = machine('gws.call').capabilities(call.state);
  const consult = call.consultKind ?? consultedFrom(state, call)?.consultKind;
  if (call.state === 'Established') {
    capabilities.push(call.muted ? 'UnmuteCall' : 'MuteCall');
    if (call.participants.length > 1) capabilities.push('RemoveParticipantFromConference');
  }
  // Breaks gws.call.capabilities-per-state: a held call offers Hold again.
  if (call.state === 'Held' && faults.has('gws-held-call-offers-hold')) capabilities.push('Hold');
  if ((call.state === 'Established' || call.state === 'Held') && otherCalls(state, call).length > 0) capabilities.push('SwapCalls', 'MergeWithOtherCall');
  if (consult) capabilities.push(consult === 'transfer' ? 'CompleteTransfer' : 'CompleteConference');
  if (call.state === 'Established' && recordingEnabled(state)) {
    // Breaks gws.call-recording.capabilities-per-state: a recording call offers StartCallRecording.
    const recording = call.recording === 'Recording' && faults.has('gws-recording-capabilities-wrong') ? ['StartCallRecording'] : machine('gws.call-recording').capabilities(call.recording);
    capabilities.push(...recording);
  }
  return [...new Set(capabilities)];
}

function participantInfo(number: string): Record<string, unknown> {
  const us = number.startsWith('+1');
  return {
    country: us ? { name: 'United States', code: 'US', callingCode: '1' } : { name: '', code: '', callingCode: '' },
    formattedPhoneNumber: number,
    location: null,
    E164digits: number,
    isValidNumber: us,
  };
}

/** A call as GET /me/calls/{id} and the call notifications show it. */
export function callView(state: GwsState, call: Call, faults: FaultSet): Record<string, unknown> {
  return compact({
    id: call.id,
    uri: uri(state, `/me/calls/${call.id}`),
    state: call.state,
    callUuid: call.callUuid,
    connectionId: call.connectionId,
    deviceUri: uri(state, `/devices/${call.deviceId}`),
    participants: [...call.participants],
    participantsInfo: call.participants.map(participantInfo),
    ani: call.ani,
    dnis: call.dnis,
    callType: call.callType,
    capabilities: callCapabilities(state, call, faults),
    userData: { ...call.userData },
    duration: String(Math.floor((Date.now() - call.startedAt) / 1000)),
    mute: call.muted ? 'On' : 'Off',
    // Absent until recording was first started (gws.sm-recording-initial-state).
    recordingState: call.recording === 'NotRecording' ? undefined : call.recording,
  });
}

/** A call notification on /v2/me/calls for the owner of the call's device. */
export function announceCall(state: GwsState, call: Call, notificationType: string, faults: FaultSet, extra: Record<string, unknown> = {}): void {
  const device = state.devices.get(call.deviceId);
  if (!device) return;
  // Breaks gws.notification.call-attributes: call notifications leave out phoneNumber.
  const phoneNumber = faults.has('gws-call-notification-without-phone-number') ? {} : { phoneNumber: device.phoneNumber };
  state.notifier.publish(device.userId, '/v2/me/calls', { messageType: 'CallStateChangeMessage', call: callView(state, call, faults), ...phoneNumber, notificationType, ...extra });
}
