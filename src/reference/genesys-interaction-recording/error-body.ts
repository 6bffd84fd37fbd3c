import type { ReferenceRequest, ReferenceResponse } from '../http/reference-types';

/**
 * statusCode per HTTP status. The GIR document refers to "Return Values" it does not include
 * (gir.error-body-unstated); these are the Web Services Return Values of the sibling document
 * 004 (1 missing parameter, 2 invalid parameter, 3 forbidden, 4 internal error, 5 no permission,
 * 6 not found). Success is 0 and never appears here.
 */
const STATUS_CODES: Readonly<Record<number, number>> = { 400: 2, 401: 5, 403: 3, 404: 6, 405: 3, 413: 2, 500: 4, 501: 4, 503: 4 };

/** The statusCode / statusMessage envelope of a failed request. */
export function errorBody(status: number, message: string): { statusCode: number; statusMessage?: string } {
  return { statusCode: STATUS_CODES[status] ?? 4, statusMessage: message };
}

/** An error response from a handler. */
export function girError(request: ReferenceRequest, status: number, message: string): ReferenceResponse {
  const body = errorBody(status, message);
  // Breaks gir.envelope.status-message-on-failure: a non-zero statusCode without its reason.
  if (request.faults.has('gir-error-without-status-message')) delete body.statusMessage;
  return { status, body };
}

/** The success envelope. */
export const STATUS_OK = { statusCode: 0 } as const;
