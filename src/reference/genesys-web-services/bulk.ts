import type { ReferenceRequest, ReferenceResponse } from '../http/reference-types';
import { GwsFailure, gwsError, ok, type ErrorStatusCode } from './envelope';

type Json = Record<string, unknown>;

/** The outcome of one transaction of a bulk operation. */
export type BulkOutcome = { readonly ok: true; readonly id: string; readonly uri: string } | { readonly ok: false; readonly keys: Json; readonly statusCode: ErrorStatusCode; readonly statusMessage: string };

/** Runs one transaction, turning its GwsFailure into a failure descriptor keyed by `keys`. */
export function transaction(keys: Json, run: () => { id: string; uri: string }): BulkOutcome {
  try {
    return { ok: true, ...run() };
  } catch (error) {
    if (error instanceof GwsFailure) return { ok: false, keys, statusCode: error.statusCode, statusMessage: error.message };
    throw error;
  }
}

/**
 * The answer of a bulk operation (Return Values, Partial Success): statusCode 0 when every
 * transaction succeeded, 7 with succeeded and failed descriptors when some did
 * (gws.envelope.partial-success-shape), and an error when none did (gws.envelope.partial-success-at-least-one).
 */
export function bulkResponse(request: ReferenceRequest, outcomes: readonly BulkOutcome[], success: Json = {}): ReferenceResponse {
  const succeeded = outcomes.flatMap((o) => (o.ok ? [{ id: o.id, uri: o.uri }] : []));
  const failed = outcomes.flatMap((o) => (o.ok ? [] : [{ ...o.keys, statusCode: o.statusCode, statusMessage: o.statusMessage }]));
  const firstFailure = outcomes.find((o): o is Extract<BulkOutcome, { ok: false }> => !o.ok);
  // Breaks gws.envelope.partial-success-at-least-one: a bulk operation whose every transaction failed answers statusCode 7.
  if (succeeded.length === 0 && firstFailure && !request.faults.has('gws-all-failed-as-partial')) return gwsError(request, firstFailure.statusCode, firstFailure.statusMessage);
  // Breaks gws.envelope.assign-only-status: a successful assign answers the assigned resources besides statusCode 0.
  if (failed.length === 0) return ok(request, Object.keys(success).length === 0 && request.faults.has('gws-assign-answers-succeeded') ? { succeeded } : success);
  // Breaks gws.envelope.partial-success-shape: a partial success leaves out the failed descriptors.
  return { status: 200, body: request.faults.has('gws-partial-success-without-failed') ? { statusCode: 7, succeeded } : { statusCode: 7, succeeded, failed } };
}
