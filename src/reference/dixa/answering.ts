import type { Handler, ReferenceRequest, ReferenceResponse } from '../http/reference-types';
import { badRequest, DixaError, errorBody } from './responses';
import type { DixaState } from './state';

export type DixaHandler = (request: ReferenceRequest, state: DixaState) => ReferenceResponse;

/** A query value as its schema types it (integer, number, boolean), for validation. */
function typed(value: string, schema: Record<string, unknown>): unknown {
  if ((schema.type === 'integer' || schema.type === 'number') && /^-?[0-9]+(\.[0-9]+)?$/.test(value)) return Number(value);
  if (schema.type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

/** Refuses query parameters that break their contract schema (an enum, a type) with 400. */
function checkQueryParameters(request: ReferenceRequest): void {
  for (const parameter of request.operation.parameters) {
    if (parameter.in !== 'query') continue;
    const value = request.query.get(parameter.name);
    if (value !== null && !parameter.validate(typed(value, parameter.schema))) throw badRequest(`query parameter ${parameter.name}: ${parameter.validate.errors?.[0]?.message ?? 'invalid'}`);
  }
}

/** Wraps a handler: checks the query, and turns a thrown DixaError into its documented error response. */
export function answering(handler: DixaHandler): Handler<DixaState> {
  return (request, state) => {
    try {
      checkQueryParameters(request);
      return handler(request, state);
    } catch (error) {
      if (error instanceof DixaError) return { status: error.status, body: errorBody(error.status, error.message, request.faults) };
      throw error;
    }
  };
}
