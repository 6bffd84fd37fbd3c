import type { ReferenceRequest } from '../http/reference-types';
import { badRequest } from './responses';

/**
 * The request body, validated against the operation's request schema in the contract, so that
 * required fields, enums, formats and limits are refused with 400 exactly as the contract says.
 * The caller names the type the schema guarantees.
 */
export function validBody<T>(request: ReferenceRequest, body: unknown = request.body): T {
  const contract = request.operation.requestBody;
  if (!contract) return body as T;
  if (body === undefined) {
    if (contract.required) throw badRequest('a JSON request body is required');
    return undefined as T;
  }
  const validate = contract.content.get('application/json')?.validate;
  if (validate && !validate(body)) {
    const first = validate.errors?.[0];
    throw badRequest(`invalid request body: ${first?.instancePath || '/'} ${first?.message ?? 'does not match the schema'}`);
  }
  return body as T;
}

/**
 * The body `validBody` is to check when `fault` lets required members go missing: an object body
 * gets the members of `defaults()` it lacks, as if they had been sent (`defaults()` undefined: none
 * to give). Every other body, and every body while the fault is off, is left as sent.
 */
export function filledUnder(request: ReferenceRequest, fault: string, defaults: () => Record<string, unknown> | undefined): unknown {
  const body = request.body;
  if (!request.faults.has(fault) || body === null || typeof body !== 'object' || Array.isArray(body)) return body;
  const filled = defaults();
  return filled ? { ...filled, ...body } : body;
}

/** A boolean query parameter (`true`/`false`), or undefined when absent; anything else is refused. */
export function booleanQuery(request: ReferenceRequest, name: string): boolean | undefined {
  const value = request.query.get(name);
  if (value === null) return undefined;
  if (value !== 'true' && value !== 'false') throw badRequest(`query parameter ${name} must be true or false`);
  return value === 'true';
}
