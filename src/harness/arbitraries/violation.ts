import type { ErrorObject, ValidateFunction } from 'ajv';

/** The JSON Schema keywords an invalid value may break (the Ajv error keyword that names it). */
export type ViolatedKeyword =
  | 'type'
  | 'enum'
  | 'const'
  | 'format'
  | 'pattern'
  | 'minLength'
  | 'maxLength'
  | 'minimum'
  | 'maximum'
  | 'exclusiveMinimum'
  | 'exclusiveMaximum'
  | 'minItems'
  | 'maxItems'
  | 'required'
  | 'additionalProperties'
  | 'not';

/** The one constraint an invalid value breaks, and where. */
export interface Violation {
  readonly keyword: ViolatedKeyword;
  /** JSON pointer of the value the error is about (for `required`, the object missing the property). */
  readonly instancePath: string;
  /** For `required` and `additionalProperties`: the property missing or extra. */
  readonly property?: string;
  /** Plain words: "/textBody longer than maxLength 2000". */
  readonly description: string;
}

/** An invalid value together with the constraint it breaks. */
export interface InvalidValue {
  readonly value: unknown;
  readonly violation: Violation;
  /** The same value with the broken spot mended: valid, and different from `value` only there. */
  readonly repaired: unknown;
}

/**
 * True when the value breaks exactly the violation: the validator rejects it with that error
 * (keyword at the instance path), and accepts the repaired value, which differs only at the
 * violated spot. That proof holds inside oneOf/anyOf too, where the errors of the other
 * branches would otherwise cloud which constraint was broken.
 */
export function confirmsViolation(validate: ValidateFunction, invalid: InvalidValue): boolean {
  if (validate(invalid.value) === true) return false;
  if (!(validate.errors ?? []).some((error) => matches(error, invalid.violation))) return false;
  return validate(invalid.repaired) === true;
}

function matches(error: ErrorObject, violation: Violation): boolean {
  if (error.keyword !== violation.keyword || error.instancePath !== violation.instancePath) return false;
  if (violation.keyword === 'required') return (error.params as { missingProperty?: string }).missingProperty === violation.property;
  if (violation.keyword === 'additionalProperties') return (error.params as { additionalProperty?: string }).additionalProperty === violation.property;
  return true;
}
