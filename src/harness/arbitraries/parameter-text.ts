import type { ValidateFunction } from 'ajv';
import type { ParameterContract } from '../contracts';
import type { SchemaResolver } from '../contracts/schema-resolver';
import { parameterText } from '../schema/simplest-value';
import { admittedTypes, flattenSchema } from './flat-schema';

const NUMERIC = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$/;

/**
 * Reads a path or query parameter's text as the typed value its schema describes, the way a
 * server would: numbers and booleans where the schema admits them and the text is one, arrays
 * split on commas (OpenAPI's default style), text otherwise.
 */
export function readParameterText(resolver: SchemaResolver, schema: unknown, text: string): unknown {
  const flat = flattenSchema(resolver, schema);
  const types = admittedTypes(flat);
  if (types.includes('array') && !types.includes('string')) return text === '' ? [] : text.split(',').map((item) => readParameterText(resolver, flat.items ?? {}, item));
  if ((types.includes('integer') || types.includes('number')) && !types.includes('string') && NUMERIC.test(text)) return Number(text);
  if (types.includes('boolean') && !types.includes('string') && (text === 'true' || text === 'false')) return text === 'true';
  if (types.includes('null') && !types.includes('string') && text === 'null') return null;
  return text;
}

/**
 * A validator of a parameter's text: reads it (readParameterText) and runs the parameter's
 * compiled validator, whose errors it passes on.
 */
export function parameterTextValidator(resolver: SchemaResolver, parameter: ParameterContract): ValidateFunction {
  const validate = ((value: unknown) => parameter.validate(typeof value === 'string' ? readParameterText(resolver, parameter.schema, value) : value)) as ValidateFunction;
  Object.defineProperty(validate, 'errors', { get: () => parameter.validate.errors });
  return validate;
}

/** A parameter value as the text sent (arrays comma-separated). */
export function toParameterText(value: unknown): string {
  return parameterText(value);
}
