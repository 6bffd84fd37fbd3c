import { randomUUID } from 'node:crypto';
import type { ReferenceRequest, ReferenceResponse } from '../http/reference-types';

/** Genesys Cloud error codes per status, as the platform names them. */
const ERROR_CODES: Readonly<Record<number, string>> = {
  400: 'bad.request',
  401: 'bad.credentials',
  403: 'missing.permissions',
  404: 'not.found',
  405: 'method.not.allowed',
  413: 'request.entity.too.large',
  500: 'internal.server.error',
  501: 'not.implemented',
};

/** The platform ErrorBody: message, code and status (equal to the HTTP status), plus a context id. */
export function errorBody(status: number, message: string): Record<string, unknown> {
  return { message, code: ERROR_CODES[status] ?? 'error', status, messageParams: {}, contextId: randomUUID(), details: [], errors: [] };
}

/** An error response from a handler. */
export function gcError(request: ReferenceRequest, status: number, message: string): ReferenceResponse {
  const body = errorBody(status, message);
  // Breaks gc.errors.error-body: the body's status no longer equals the HTTP status.
  if (request.faults.has('gc-error-status-mismatch')) body.status = 200;
  return { status, body };
}

export const badRequest = (request: ReferenceRequest, message: string) => gcError(request, 400, message);
export const notFound = (request: ReferenceRequest, message: string) => gcError(request, 404, message);
