import { expect, test } from '@playwright/test';
import { checkErrorEnvelope } from '../gws-common/error-envelope';
import { refused, succeeded, told, type GwsAnswer, type Json } from '../gws-common/gws-client';
import { arrived, type Awaited } from '../gws-common/notification-probe';
import { callOf, capabilitiesOf, isCallNotification } from '../gws-common/notification-views';
import { gsipRecord, RECORDING_OPERATIONS, recordingCapabilities, shownRecordingStates, type RecordingModel, type RecordingState } from './recording-model';
import { barrier, CALLS, CALLS_ALTERNATIVE, readCall, type RecordingReal } from './recording-real';

const RECORDING_OPS: readonly string[] = RECORDING_OPERATIONS;
const recordingOps = (call: Json | undefined) => capabilitiesOf(call).filter((c) => RECORDING_OPS.includes(c)).sort();

/** The CallRecordingStateChange of the call after `mark`: on /v2/me/calls, or (with a warning) on the prose's topic. */
export async function recordingNotification(real: RecordingReal, mark: number, operation: string): Promise<Awaited | undefined> {
  const predicate = isCallNotification(real.callId, 'CallRecordingStateChange');
  const result = await real.probe.next(CALLS, predicate, `CallRecordingStateChange of call ${real.callId} after ${operation}`, mark);
  if (arrived(result) || result === undefined) return result;
  const elsewhere = real.probe.between(CALLS_ALTERNATIVE, mark, Number.MAX_SAFE_INTEGER, predicate)[0];
  if (!elsewhere) return result;
  test.info().annotations.push({ type: 'warning', description: `gws.notify-recording-topic-name: the CallRecordingStateChange after ${operation} came on ${CALLS_ALTERNATIVE} only` });
  return elsewhere;
}

/**
 * A legal recording operation (a `to` row of gws.call-recording), checked specific before
 * general: the transition's clause (success, recordingState of the call, still Established),
 * the capabilities and GSIP_RECORD of the new state, the notification that announces it, and
 * that exactly one CallRecordingStateChange announced it.
 */
export async function checkLegalMove(real: RecordingReal, operation: string, to: RecordingState, clause: string, answer: GwsAnswer, mark: number): Promise<void> {
  const { ledger } = real;
  const notification = await recordingNotification(real, mark, operation);
  await ledger.check(clause, () => expect(succeeded(answer), `${operation} is accepted: ${told(answer)}`).toBe(true));
  const { answer: read, call } = await readCall(real);
  await ledger.check(clause, () => {
    expect(call, `the call is readable after ${operation}: ${told(read)}`).toBeDefined();
    expect(shownRecordingStates(to), `recordingState after ${operation}: ${told(read)}`).toContain(call?.recordingState);
    expect(call?.state, `${operation} leaves the call Established`).toBe('Established');
  });
  await ledger.check('gws.call-recording.capabilities-per-state', () => expect(recordingOps(call), `the recording operations offered while ${to}: ${told(read)}`).toEqual(recordingCapabilities(real.machine, to)));
  const gsip = gsipRecord(to);
  if (gsip) await ledger.check('gws.call-recording.gsip-record-mirrors-state', () => expect((call?.userData as Json | undefined)?.GSIP_RECORD, `GSIP_RECORD while ${to}: ${told(read)}`).toBe(gsip));
  if (!real.probe.available) {
    real.probe.notChecked('gws.notification.recording-state-change');
    real.probe.notChecked('gws.call-recording.one-notification-per-change');
    return;
  }
  await ledger.check('gws.notification.recording-state-change', () => {
    if (!arrived(notification)) throw notification ?? new Error('no session');
    expect(real.probe.violations('CallRecordingStateChange', notification.data), 'the notification conforms to the AsyncAPI message CallRecordingStateChange').toBeUndefined();
    expect(callOf(notification.data)?.recordingState, `the announced recordingState after ${operation}`).toBe(to);
  });
  if (arrived(notification)) {
    await ledger.check('gws.call-recording.capabilities-per-state', () => expect(recordingOps(callOf(notification.data)), `the recording operations the notification offers while ${to}`).toEqual(recordingCapabilities(real.machine, to)));
  }
  const end = await barrier(real, mark);
  const announced = real.probe.between(CALLS, mark, end, isCallNotification(real.callId, 'CallRecordingStateChange'));
  await ledger.check('gws.call-recording.one-notification-per-change', () => {
    expect(announced.length, `CallRecordingStateChange notifications of call ${real.callId} between ${operation} and the barrier`).toBe(1);
    expect(announced.map((n): unknown => callOf(n.data)?.state), 'the call itself stays Established').toEqual(['Established']);
  });
}

/**
 * An illegal recording operation (an `error` row): refused (a non-zero statusCode, or success
 * followed by an error notification, gws.sm-illegal-transition-error), the recording unchanged,
 * and no CallRecordingStateChange before the barrier; then the error envelope.
 */
export async function checkRefusedMove(real: RecordingReal, model: RecordingModel, operation: string, clause: string, answer: GwsAnswer, mark: number): Promise<void> {
  const { ledger } = real;
  let refusal = refused(answer);
  if (!refusal && succeeded(answer) && real.probe.available) {
    const failure = await real.probe.next(CALLS, (data) => callOf(data)?.id === real.callId && typeof (data as Json).errorMessage === 'string', `an error notification of call ${real.callId} after ${operation}`, mark);
    refusal = arrived(failure);
  }
  await ledger.check(clause, () => expect(refusal, `${operation} while ${model.state} is refused: ${told(answer)}`).toBe(true));
  const { answer: read, call } = await readCall(real);
  await ledger.check(clause, () => expect(shownRecordingStates(model.state), `recordingState is unchanged after the refused ${operation}: ${told(read)}`).toContain(call?.recordingState));
  if (real.probe.available) {
    const end = await barrier(real, mark);
    const announced = real.probe.between(CALLS, mark, end, isCallNotification(real.callId, 'CallRecordingStateChange'));
    await ledger.check(clause, () => expect(announced.map((n): unknown => callOf(n.data)?.recordingState), `no CallRecordingStateChange follows the refused ${operation}`).toEqual([]));
  }
  await checkErrorEnvelope(ledger, answer);
}
