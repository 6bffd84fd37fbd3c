import type { StateMachine } from '../../contracts';
import type { ClauseLedger } from '../clause-ledger';
import type { GwsAnswer, GwsClient, Json } from '../gws-common/gws-client';
import { arrived, type NotificationProbe } from '../gws-common/notification-probe';
import { isCallNotification } from '../gws-common/notification-views';

/** The call notifications topic; the Call Recording prose also names /notifications/me/calls (gws.notify-recording-topic-name). */
export const CALLS = '/v2/me/calls';
export const CALLS_ALTERNATIVE = '/notifications/me/calls';

/** The target side of the call recording model: one established call of the agent. */
export interface RecordingReal {
  readonly ledger: ClauseLedger;
  readonly machine: StateMachine;
  readonly client: GwsClient;
  readonly probe: NotificationProbe;
  readonly callId: string;
}

/** POST /me/calls/{id} with an operationName (and more members). */
export function operate(real: RecordingReal, operationName: string, extra: Json = {}): Promise<GwsAnswer> {
  return real.client.call('postMeCallsById', { params: { id: real.callId }, body: { operationName, ...extra } });
}

/** GET /me/calls/{id}: the call as the target shows it now (undefined when it is not readable). */
export async function readCall(real: RecordingReal): Promise<{ answer: GwsAnswer; call: Json | undefined }> {
  const answer = await real.client.call('getMeCallsById', { params: { id: real.callId } });
  const call: unknown = answer.body.call;
  return { answer, call: call !== null && typeof call === 'object' ? (call) : undefined };
}

/**
 * A barrier on the call notifications: SendDtmf on the call, whose DtmfSent notification
 * ("digits have been successfully sent for this call") comes after every notification the
 * operations before it caused. Answers its sequence number, so that "exactly one" and "none"
 * can be counted without waiting for a silence. A target that does not announce DtmfSent makes
 * the count impossible: that is an error blamed on no clause (inconclusive), not a pass.
 */
export async function barrier(real: RecordingReal, after: number): Promise<number> {
  const answer = await operate(real, 'SendDtmf', { digits: '1' });
  const sent = await real.probe.next(CALLS, isCallNotification(real.callId, 'DtmfSent'), `DtmfSent of call ${real.callId} (barrier after the recording operation)`, after);
  if (!arrived(sent)) throw new Error(`cannot count the recording notifications: the barrier SendDtmf (${answer.status}) was not announced with DtmfSent: ${sent?.message ?? 'no session'}`);
  return sent.sequence;
}
