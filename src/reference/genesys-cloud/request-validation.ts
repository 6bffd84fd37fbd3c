import type { ErrorObject } from 'ajv';
import type { ReferenceRequest, ReferenceResponse } from '../http/reference-types';
import { badRequest } from './error-body';
import { VALIDATION_WAIVERS } from './validation-waivers';

/**
 * Validates the request body against the contract's own request schema, so that every required
 * field, limit, enum and exclusion the contract captured answers 400 with the error body.
 * Returns the 400 response, or undefined when the body is acceptable.
 */
export function rejectInvalidBody(request: ReferenceRequest): ReferenceResponse | undefined {
  const requestBody = request.operation.requestBody;
  if (!requestBody) return undefined;
  if (request.body === undefined) return requestBody.required ? badRequest(request, 'a request body is required') : undefined;
  const schema = requestBody.content.get('application/json');
  if (!schema || schema.validate(request.body)) return undefined;
  const errors = (schema.validate.errors ?? []).filter((error) => !waived(request, error));
  // An `if` error only says that its `then` failed; it stands alone when that failure is waived.
  const real = errors.filter((error) => error.keyword !== 'if');
  if (real.length === 0) return undefined;
  return badRequest(request, real.map(describe).join('; '));
}

function waived(request: ReferenceRequest, error: ErrorObject): boolean {
  const operationId = request.operation.operationId;
  return VALIDATION_WAIVERS.some((w) => w.operations.includes(operationId) && (w.fault === undefined || request.faults.has(w.fault)) && w.matches(error));
}

function describe(error: ErrorObject): string {
  return `${error.instancePath || 'body'} ${error.message ?? error.keyword}`;
}
