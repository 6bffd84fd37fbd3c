import type { ReferenceRequest, ReferenceResponse } from '../http/reference-types';

/**
 * statusCode → HTTP status. The document names no HTTP statuses (gws.http-status-unstated); the
 * lenient reading maps 1 and 2 to 400, 3 and 5 to 403, 6 to 404 and 4 to 500.
 */
const HTTP_STATUS: Readonly<Record<ErrorStatusCode, number>> = { 1: 400, 2: 400, 3: 403, 4: 500, 5: 403, 6: 404 };

/** Error statusCodes of Return Values: 1 missing parameter, 2 invalid for the state, 3 forbidden, 4 internal, 5 no permission, 6 not found. */
export type ErrorStatusCode = 1 | 2 | 3 | 4 | 5 | 6;

/** The statusCode the family server's own refusals carry, per HTTP status. */
const SERVER_STATUS_CODES: Readonly<Record<number, ErrorStatusCode>> = { 400: 2, 403: 5, 404: 6, 405: 3, 413: 1, 500: 4, 501: 4 };

/** The error body of the family server's refusals; 401 is documented without a body. */
export function errorBody(status: number, message: string): unknown {
  if (status === 401) return undefined;
  return { statusCode: SERVER_STATUS_CODES[status] ?? 4, statusMessage: message };
}

/** A failed operation: statusCode and statusMessage, nothing else (gws.envelope.error-only-code-and-message). */
export function gwsError(request: ReferenceRequest, statusCode: ErrorStatusCode, message: string): ReferenceResponse {
  const body: { statusCode: ErrorStatusCode; statusMessage?: string; status?: number } = { statusCode, statusMessage: message };
  // Breaks gws.envelope.error-has-status-message: the reason of the failure is left out.
  if (request.faults.has('gws-error-without-status-message')) delete body.statusMessage;
  // Breaks gws.envelope.error-only-code-and-message: the error carries one more attribute (the document's "status" variant).
  if (request.faults.has('gws-error-extra-attribute')) body.status = statusCode;
  return { status: HTTP_STATUS[statusCode], body };
}

/** A success: statusCode 0 and any extra attributes (id and uri of a created object, a list...). */
export function ok(request: ReferenceRequest, extra: Record<string, unknown> = {}): ReferenceResponse {
  const body: Record<string, unknown> = { statusCode: 0, ...extra };
  // Breaks gws.envelope.success-no-status-message: a successful GET carries a statusMessage.
  if (request.method === 'GET' && request.faults.has('gws-success-with-status-message')) body.statusMessage = 'OK';
  return { status: 200, body };
}

/** Thrown by helpers deep in a handler; turned into the error envelope at the handler's edge. */
export class GwsFailure extends Error {
  constructor(
    readonly statusCode: ErrorStatusCode,
    message: string,
  ) {
    super(message);
  }
}

/** Runs a handler body, answering a GwsFailure with its error envelope. */
export function guarded(request: ReferenceRequest, run: () => ReferenceResponse): ReferenceResponse {
  try {
    return run();
  } catch (error) {
    // Breaks gws.negative.not-found: a missing resource is reported as statusCode 2, not 6.
    if (error instanceof GwsFailure) return gwsError(request, error.statusCode === 6 && request.faults.has('gws-not-found-as-invalid') ? 2 : error.statusCode, error.message);
    throw error;
  }
}

/** A GwsFailure for a missing or unknown resource. */
export function notFound(what: string): GwsFailure {
  return new GwsFailure(6, `${what} not found`);
}
