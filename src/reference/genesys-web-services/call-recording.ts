import type { ReferenceRequest } from '../http/reference-types';
import { announceCall, recordingEnabled } from './call-view';
import { GwsFailure } from './envelope';
import { machine } from './machines';
import type { Call, GwsState, RecordingState } from './types';

/** GSIP_RECORD in the call's userData mirrors recordingState (gws.call-recording.gsip-record-mirrors-state). */
const GSIP_RECORD: Readonly<Record<RecordingState, string | undefined>> = { NotRecording: undefined, Recording: 'ON', Paused: 'PAUSED', Stopped: 'OFF' };

/**
 * Start/Pause/Resume/StopCallRecording on an established call, as the gws.call-recording
 * transition table allows; each change is announced by one CallRecordingStateChange.
 */
export function changeRecording(state: GwsState, request: ReferenceRequest, call: Call, operationName: string): void {
  if (!recordingEnabled(state)) throw new GwsFailure(2, 'invalid operation: call recording is not enabled for this contact center');
  if (call.state !== 'Established') throw new GwsFailure(2, `${operationName} needs an established call; the call is ${call.state}`);
  const move = machine('gws.call-recording').move(call.recording, `postMeCallsById:${operationName}`);
  // Breaks gws.call-recording.illegal-pause-not-recording: a stopped recording can be paused.
  const bent = operationName === 'PauseCallRecording' && call.recording === 'Stopped' && request.faults.has('gws-pause-accepted-when-stopped');
  const to = bent ? 'Paused' : move.kind === 'legal' ? (move.to as RecordingState) : undefined;
  if (!to) throw new GwsFailure(2, `${operationName} is not valid while the recording is ${call.recording === 'NotRecording' ? 'not started' : call.recording}`);
  if (call.recording === 'NotRecording' || call.recording === 'Stopped') startRecord(state, call);
  setRecording(state, call, to, request);
  // Breaks gws.notification.recording-state-change: the change is not announced.
  if (request.faults.has('gws-no-recording-notification')) return;
  announceCall(state, call, 'CallRecordingStateChange', request.faults);
  // Breaks gws.call-recording.one-notification-per-change: the change is announced twice.
  if (request.faults.has('gws-recording-notification-twice')) announceCall(state, call, 'CallRecordingStateChange', request.faults);
}

/** Recording ends with the call (gws.call-recording.ends-with-call). */
export function endRecording(state: GwsState, call: Call, request: ReferenceRequest): void {
  if (call.recording !== 'Recording' && call.recording !== 'Paused') return;
  // Breaks gws.call-recording.ends-with-call: the released call is still being recorded.
  if (request.faults.has('gws-recording-survives-hangup')) return;
  setRecording(state, call, 'Stopped', request);
}

function setRecording(state: GwsState, call: Call, to: RecordingState, request: ReferenceRequest): void {
  call.recording = to;
  // Breaks gws.call-recording.gsip-record-mirrors-state: GSIP_RECORD keeps its old value.
  if (request.faults.has('gws-gsip-record-not-updated') && call.userData.GSIP_RECORD !== undefined) return;
  call.userData.GSIP_RECORD = GSIP_RECORD[to];
  const record = state.recordings.find((r) => r.callUuid === call.callUuid && r.endTime === undefined);
  if (record && to === 'Stopped') record.endTime = Date.now();
}

function startRecord(state: GwsState, call: Call): void {
  const device = state.devices.get(call.deviceId);
  const user = device ? state.users.get(device.userId) : undefined;
  const started = Date.now();
  call.userData.GSIP_REC_FN = `${call.callUuid}_${call.dnis}_${call.ani}_${new Date(started).toISOString()}`;
  state.recordings.push({ id: `${call.callUuid}-${state.recordings.length + 1}`, callUuid: call.callUuid, callerPhoneNumber: call.ani, dialedPhoneNumber: call.dnis, userName: user?.userName ?? '', startTime: started });
}
