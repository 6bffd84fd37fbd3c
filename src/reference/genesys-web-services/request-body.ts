import type { ReferenceRequest } from '../http/reference-types';
import { contractData } from './contract-data';
import { GwsFailure } from './envelope';

type Json = Record<string, unknown>;

/** operationId → operationName → the members that branch of the request body requires. */
let branches: Map<string, Map<string, readonly string[]>> | undefined;

/** Reads the oneOf branches of every operation with x-operation-names from the contract: data, not code. */
function operationBranches(): Map<string, Map<string, readonly string[]>> {
  if (branches) return branches;
  const document = contractData('openapi.yaml');
  const schemas = ((document.components as Json).schemas ?? {}) as Record<string, Json>;
  branches = new Map();
  for (const item of Object.values(document.paths as Record<string, Json>)) {
    for (const operation of Object.values(item) as Json[]) {
      if (!operation || typeof operation !== 'object' || !Array.isArray(operation['x-operation-names'])) continue;
      const schema = (((operation.requestBody as Json | undefined)?.content as Json | undefined)?.['application/json'] as Json | undefined)?.schema as Json | undefined;
      const rules = new Map<string, readonly string[]>();
      for (const ref of (schema?.oneOf ?? []) as Json[]) {
        const branch = schemas[String(ref.$ref).split('/').pop() ?? ''];
        const name = ((branch?.properties as Json | undefined)?.operationName as Json | undefined)?.const;
        if (typeof name === 'string') rules.set(name, ((branch?.required ?? []) as string[]).filter((member) => member !== 'operationName'));
      }
      branches.set(String(operation.operationId), rules);
    }
  }
  return branches;
}

/** The request body as an object, or statusCode 1 when it is missing. */
export function bodyObject(request: ReferenceRequest): Json {
  const body = request.body;
  if (body === undefined || body === null) throw new GwsFailure(1, 'the request body is required');
  if (typeof body !== 'object' || Array.isArray(body)) throw new GwsFailure(2, 'the request body must be a JSON object');
  return body as Json;
}

/** Required members a fault lets go missing: operationNames, member, fault (the operation is then performed without it). */
const UNCHECKED_MEMBERS: readonly (readonly [readonly string[], string, string])[] = [
  // Breaks gws.negative.forward-calls-destination: ForwardCallsOn without destination is accepted (and forwards nowhere).
  [['ForwardCallsOn'], 'destination', 'gws-forward-without-destination'],
  // Breaks gws.negative.dial-destination-required: Dial without destination is accepted (and dials nobody).
  [['Dial'], 'destination', 'gws-dial-without-destination'],
  // Breaks gws.negative.call-destination-required: SingleStepTransfer without destination is accepted (and releases the call).
  [['SingleStepTransfer'], 'destination', 'gws-transfer-without-destination'],
  // Breaks gws.negative.other-call-uri-required: SwapCalls and MergeWithOtherCall without otherCallUri are not refused as missing a parameter.
  [['SwapCalls', 'MergeWithOtherCall'], 'otherCallUri', 'gws-other-call-uri-unchecked'],
];

/**
 * The operation object of a POST with operationName: missing operationName or a missing required
 * member is statusCode 1 (gws.negative.missing-parameter), an unknown operationName or an invalid
 * member statusCode 2. `customNames` lets a handler accept names it resolves itself (agent states).
 */
export function operationBody(request: ReferenceRequest, customNames = false): { name: string; body: Json } {
  const body = bodyObject(request);
  // Breaks gws.negative.missing-parameter: a missing required parameter is reported as statusCode 2.
  const missingCode = request.faults.has('gws-missing-parameter-as-invalid') ? 2 : 1;
  const name = body.operationName;
  // Breaks gws.negative.channel-operation-name: a channel operation without operationName is refused with statusCode 2, not 1.
  const noNameCode = request.operation.operationId === 'postMeChannelsByChannelId' && request.faults.has('gws-channel-no-operation-name-code-2') ? 2 : missingCode;
  if (typeof name !== 'string' || name === '') throw new GwsFailure(noNameCode, 'operationName is required');
  const required = operationBranches().get(request.operation.operationId)?.get(name);
  if (!required && !customNames) throw new GwsFailure(2, `invalid operation: ${name} is not supported on ${request.operation.path}`);
  const missing = (required ?? []).find((member) => body[member] === undefined || body[member] === null);
  const unchecked = missing !== undefined && UNCHECKED_MEMBERS.some(([names, member, fault]) => names.includes(name) && member === missing && request.faults.has(fault));
  if (unchecked) return { name, body };
  if (missing) throw new GwsFailure(missingCode, `${missing} is required for ${name}`);
  // Breaks gws.negative.send-dtmf-digits: SendDtmf digits are not checked against 0-9.
  if (name === 'SendDtmf' && request.faults.has('gws-dtmf-digits-unchecked')) return { name, body };
  validate(request, body);
  return { name, body };
}

/** A body without operationName, checked against the contract's request schema. */
export function plainBody(request: ReferenceRequest): Json {
  const body = bodyObject(request);
  validate(request, body);
  return body;
}

function validate(request: ReferenceRequest, body: Json): void {
  const validator = request.operation.requestBody?.content.get('application/json')?.validate;
  if (!validator || validator(body)) return;
  const errors = validator.errors ?? [];
  const missing = errors.find((error) => error.keyword === 'required');
  if (missing && errors.length === 1) throw new GwsFailure(1, `${String(missing.params.missingProperty)} is required`);
  const first = errors[0];
  throw new GwsFailure(2, `invalid parameter ${first?.instancePath || '/'}: ${first?.message ?? 'does not match the contract'}`);
}

/** A string member, or undefined. */
export function text(body: Json, member: string): string | undefined {
  const value = body[member];
  return typeof value === 'string' ? value : undefined;
}

/** A destination as a string: the phone number string or {phoneNumber} (gws.call-destination-shape). */
export function destination(body: Json): string | undefined {
  const value = body.destination;
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && typeof (value as Json).phoneNumber === 'string') return (value as Json).phoneNumber as string;
  return undefined;
}
