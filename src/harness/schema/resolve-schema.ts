import type Ajv from 'ajv/dist/core';
import { isRecord, type JsonRecord } from '../contracts/is-record';

/**
 * Follows `$ref`s of a compiled contract schema through the Ajv instance that holds it, so that
 * code walking a schema (mutations, arbitraries) sees the referenced definition. Lookups only:
 * `getSchema` returns the validator Ajv already compiled.
 */
export function resolveSchema(ajv: Ajv, schema: unknown, depth = 0): JsonRecord | boolean {
  if (typeof schema === 'boolean') return schema;
  if (!isRecord(schema)) return {};
  if (typeof schema.$ref !== 'string' || depth > 32) return schema;
  const target = ajv.getSchema(schema.$ref)?.schema;
  const { $ref: _ignored, ...siblings } = schema;
  const resolved = resolveSchema(ajv, target, depth + 1);
  // 2020-12 allows keywords beside $ref; they apply too, so merge the annotations we walk.
  return typeof resolved === 'boolean' || Object.keys(siblings).length === 0 ? resolved : { ...resolved, ...siblings };
}
