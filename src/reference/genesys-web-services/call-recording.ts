import type { FaultSet } from '../faults/fault-catalogue';
import type { ReferenceRequest } from '../http/reference-types';
import { announceCall, recordingEnabled } from './call-view';
import { GwsFailure } from './envelope';
import { machine } from './machines';
import type { Call, GwsState, RecordingState } from './types';

/** GSIP_RECORD in the call's userData mirrors recordingState (gws.call-recording.gsip-record-mirrors-state). */
const GSIP_RECORD: Readonly<Record<RecordingState, string | undefined>> = { NotRecording: undefined, Recording: 'ON', Paused: 'PAUSED', Stopped: 'OFF' };

/**
 * Start/Pause/Resume/StopCallRecording on an established call, exactly as the gws.call-recording
 * transition table allows; each change is announced by one CallRecordingStateChange
 * (gws.notification.recording-state-change) and an illegal move is statusCode 2 with no notification.
 */
export function changeRecording(state: GwsState, request: ReferenceRequest, call: Call, operationName: string): void {
  // gws.envelope.disabled-feature: without the Call Recording feature its operations are invalid.
  // Breaks gws.envelope.disabled-feature: the recording operations are still performed while the feature is disabled.
  if (!recordingEnabled(state) && !request.faults.has('gws-disabled-recording-accepted')) throw new GwsFailure(2, 'invalid operation: call recording is not enabled for this contact center');
  if (call.state !== 'Established') throw new GwsFailure(2, `${operationName} needs an established call; the call is ${call.state}`);
  const move = machine('gws.call-recording').move(call.recording, `postMeCallsById:${operationName}`);
  const to = move.kind === 'legal' ? bentTarget(call, operationName, move.to as RecordingState, request.faults) : bentIllegal(call, operationName, request.faults);
  if (!to) throw new GwsFailure(2, `${operationName} is not valid while the recording is ${call.recording === 'NotRecording' ? 'not started' : call.recording}`);
  if (to === 'Recording' && (call.recording === 'NotRecording' || call.recording === 'Stopped')) startRecord(state, call);
  setRecording(state, call, to, request.faults);
  // Breaks gws.notification.recording-state-change: the change is not announced.
  if (request.faults.has('gws-no-recording-notification')) return;
  announceCall(state, call, 'CallRecordingStateChange', request.faults);
  // Breaks gws.call-recording.one-notification-per-change: the change is announced twice.
  if (request.faults.has('gws-recording-notification-twice')) announceCall(state, call, 'CallRecordingStateChange', request.faults);
}

/** Legal moves a fault sends to the wrong state (one clause each). */
function bentTarget(call: Call, operationName: string, to: RecordingState, faults: FaultSet): RecordingState | undefined {
  // Breaks gws.call-recording.start: StartCallRecording on a call never recorded answers success, but nothing is recorded.
  if (operationName === 'StartCallRecording' && call.recording === 'NotRecording' && faults.has('gws-start-records-nothing')) return 'NotRecording';
  // Breaks gws.call-recording.pause: PauseCallRecording answers success but the call keeps recording.
  if (operationName === 'PauseCallRecording' && faults.has('gws-pause-keeps-recording')) return 'Recording';
  // Breaks gws.call-recording.resume: ResumeCallRecording answers success but the recording stays paused.
  if (operationName === 'ResumeCallRecording' && faults.has('gws-resume-stays-paused')) return 'Paused';
  // Breaks gws.call-recording.stop: StopCallRecording answers success but the call keeps recording.
  if (operationName === 'StopCallRecording' && call.recording === 'Recording' && faults.has('gws-stop-keeps-recording')) return 'Recording';
  // Breaks gws.call-recording.restart: a stopped recording cannot be started again.
  if (operationName === 'StartCallRecording' && call.recording === 'Stopped' && faults.has('gws-restart-refused')) return undefined;
  return to;
}

/** Illegal moves a fault lets through (one row of the table each). */
function bentIllegal(call: Call, operationName: string, faults: FaultSet): RecordingState | undefined {
  const row = `${call.recording}:${operationName}`;
  // Breaks gws.call-recording.illegal-pause-not-recording: a stopped recording can be paused.
  if (row === 'Stopped:PauseCallRecording' && faults.has('gws-pause-accepted-when-stopped')) return 'Paused';
  // Breaks gws.call-recording.illegal-pause-paused: pausing a paused recording succeeds.
  if (row === 'Paused:PauseCallRecording' && faults.has('gws-pause-accepted-when-paused')) return 'Paused';
  // Breaks gws.call-recording.illegal-resume-recording: resuming a running recording succeeds.
  if (row === 'Recording:ResumeCallRecording' && faults.has('gws-resume-accepted-when-recording')) return 'Recording';
  // Breaks gws.call-recording.illegal-resume-not-recording: resuming a recording never started starts it.
  if (row === 'NotRecording:ResumeCallRecording' && faults.has('gws-resume-accepted-when-not-recording')) return 'Recording';
  // Breaks gws.call-recording.illegal-start-recording: starting a running recording succeeds.
  if (row === 'Recording:StartCallRecording' && faults.has('gws-start-accepted-when-recording')) return 'Recording';
  // Breaks gws.call-recording.illegal-stop-not-recording: stopping a recording never started succeeds.
  if (row === 'NotRecording:StopCallRecording' && faults.has('gws-stop-accepted-when-not-recording')) return 'Stopped';
  return undefined;
}

/** Recording ends with the call (gws.call-recording.ends-with-call). */
export function endRecording(state: GwsState, call: Call, faults: FaultSet): void {
  if (call.recording !== 'Recording' && call.recording !== 'Paused') return;
  // Breaks gws.call-recording.ends-with-call: the released call is still being recorded.
  if (faults.has('gws-recording-survives-hangup')) return;
  setRecording(state, call, 'Stopped', faults);
}

/** Puts a new call's recording in a state directly (provider states), as the operations would. */
export function presetRecording(state: GwsState, call: Call, to: RecordingState, faults: FaultSet): void {
  if (to === 'NotRecording') return;
  startRecord(state, call);
  setRecording(state, call, to, faults);
}

function setRecording(state: GwsState, call: Call, to: RecordingState, faults: FaultSet): void {
  call.recording = to;
  const record = state.recordings.find((r) => r.callUuid === call.callUuid && r.endTime === undefined);
  if (record && to === 'Stopped') record.endTime = Date.now();
  // Breaks gws.call-recording.gsip-record-mirrors-state: GSIP_RECORD keeps its first value.
  if (faults.has('gws-gsip-record-not-updated') && call.userData.GSIP_RECORD !== undefined) return;
  call.userData.GSIP_RECORD = GSIP_RECORD[to];
}

function startRecord(state: GwsState, call: Call): void {
  const device = state.devices.get(call.deviceId);
  const user = device ? state.users.get(device.userId) : undefined;
  const started = Date.now();
  call.userData.GSIP_REC_FN = `${call.callUuid}_${call.dnis}_${call.ani}_${new Date(started).toISOString().slice(0, 19).replace(/[:T]/g, '-')}`;
  state.recordings.push({ id: `${call.callUuid}-${state.recordings.length + 1}`, callUuid: call.callUuid, callerPhoneNumber: call.ani, dialedPhoneNumber: call.dnis, userName: user?.userName ?? '', startTime: started });
}
