import { isLegalTransition, type StateMachine } from '../../contracts';

/** The operations that change a call's recording (Agent Operations of the Call Recording API). */
export const RECORDING_OPERATIONS = ['StartCallRecording', 'PauseCallRecording', 'ResumeCallRecording', 'StopCallRecording'] as const;
export type RecordingOperation = (typeof RECORDING_OPERATIONS)[number];

/** States of gws.call-recording: NotRecording (never started), Recording, Paused, Stopped, CallReleased. */
export type RecordingState = 'NotRecording' | 'Recording' | 'Paused' | 'Stopped' | 'CallReleased';

/**
 * The model of one established call's recording: only what the clauses speak of, its state in
 * gws.call-recording. Everything else (capabilities, GSIP_RECORD, what a move does) is derived
 * from the state machine of the contract, which the model reads as data.
 */
export interface RecordingModel {
  state: RecordingState;
}

/** What an operation does in a state, as the transition table says: a move with its clause, or a refusal with its clause. */
export type RecordingMove = { readonly kind: 'legal'; readonly to: RecordingState; readonly clause: string } | { readonly kind: 'illegal'; readonly clause: string };

export function recordingMove(machine: StateMachine, from: RecordingState, operation: string): RecordingMove | undefined {
  const rows = machine.transitions.filter((t) => t.from === from && t.operation === `postMeCallsById:${operation}`);
  const legal = rows.find(isLegalTransition);
  if (legal) return { kind: 'legal', to: legal.to as RecordingState, clause: legal.clause };
  const illegal = rows.find((t) => !isLegalTransition(t) && t.guard === undefined);
  return illegal ? { kind: 'illegal', clause: illegal.clause } : undefined;
}

/** The recording operations a call offers in a state (the machine's capabilities, gws.call-recording.capabilities-per-state). */
export function recordingCapabilities(machine: StateMachine, state: RecordingState): string[] {
  return [...(machine.states.find((s) => s.name === state)?.capabilities ?? [])].sort();
}

/**
 * recordingState values a call may show in a state: none or Stopped before recording ever started
 * (gws.sm-recording-initial-state), otherwise the state's own name.
 */
export function shownRecordingStates(state: RecordingState): (string | undefined)[] {
  return state === 'NotRecording' ? [undefined, 'Stopped'] : [state];
}

/** GSIP_RECORD in the call's userData per state (the examples: ON, PAUSED, OFF; gws.notify-gsip-record-values). */
export function gsipRecord(state: RecordingState): string | undefined {
  return state === 'Recording' ? 'ON' : state === 'Paused' ? 'PAUSED' : state === 'Stopped' ? 'OFF' : undefined;
}
