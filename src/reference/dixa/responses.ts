import type { FaultSet } from '../faults/fault-catalogue';
import type { ReferenceResponse } from '../http/reference-types';

/** The faults that bend the error body of one status: its text goes under `error` instead of `message`. */
const ERROR_BODY_FAULTS: Readonly<Record<number, string>> = {
  400: 'dixa-bad-request-error-field',
  401: 'dixa-unauthorized-error-field',
  404: 'dixa-not-found-error-field',
  409: 'dixa-conflict-error-field',
};

/** The family's error body (BadRequest, Unauthorized, NotFound, Conflict, ServerError all are {message}). */
export function errorBody(status: number, message: string, faults?: FaultSet): { message: string } | { error: string } {
  // Breaks dixa.errors.<status>-body: the error of that status names its text `error`.
  const fault = ERROR_BODY_FAULTS[status];
  if (fault !== undefined && faults?.has(fault)) return { error: message };
  return { message };
}

/**
 * A refusal with a documented status. Handlers throw it from deep inside a lookup or a
 * validation, so that the happy path reads straight through; `answering` turns it into a response.
 */
export class DixaError extends Error {
  constructor(readonly status: 400 | 404 | 409, message: string) {
    super(message);
  }
}

export const badRequest = (message: string) => new DixaError(400, message);
export const notFound = (message: string) => new DixaError(404, message);
export const conflict = (message: string) => new DixaError(409, message);

export const ok = (body: unknown): ReferenceResponse => ({ status: 200, body });
export const created = (body: unknown): ReferenceResponse => ({ status: 201, body });
export const accepted = (body: unknown): ReferenceResponse => ({ status: 202, body });
export const noContent = (): ReferenceResponse => ({ status: 204 });
