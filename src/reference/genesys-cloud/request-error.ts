import type { Handler, ReferenceRequest, ReferenceResponse } from '../http/reference-types';
import { gcError } from './error-body';
import { rejectInvalidBody } from './request-validation';
import type { GcState } from './state';

/** A 4xx decided deep inside a handler (an unknown id, an illegal move); `gcHandler` answers it. */
export class GcRequestError extends Error {
  constructor(
    readonly status: 400 | 404,
    message: string,
  ) {
    super(message);
  }
}

export const invalid = (message: string) => new GcRequestError(400, message);
export const missingResource = (message: string) => new GcRequestError(404, message);

export type GcHandlerBody = (request: ReferenceRequest, state: GcState) => ReferenceResponse;

/** Every handler: the body is checked against the contract first; request errors become error bodies. */
export function gcHandler(body: GcHandlerBody): Handler<GcState> {
  return (request, state) => {
    const rejected = rejectInvalidBody(request);
    // Breaks gc.input.invalid-request-rejected: the message participant attributes update takes a body that breaks the schema as an empty one (200, nothing changed).
    const ignored = rejected !== undefined && request.operation.operationId === 'patchConversationsMessageParticipantAttributes' && request.faults.has('gc-message-attributes-invalid-ignored');
    if (rejected && !ignored) return rejected;
    try {
      return body(ignored ? { ...request, body: {} } : request, state);
    } catch (error) {
      if (error instanceof GcRequestError) return gcError(request, error.status, error.message);
      throw error;
    }
  };
}

export const ok = (body: unknown): ReferenceResponse => ({ status: 200, body });
export const accepted = (): ReferenceResponse => ({ status: 202 });
export const noContent = (): ReferenceResponse => ({ status: 204 });

/** The request body as an object (the contract schema has already checked its shape). */
export function bodyOf<T>(request: ReferenceRequest): Partial<T> {
  const body: unknown = request.body ?? {};
  return body as Partial<T>;
}
