import { isRecord, type JsonRecord } from '../contracts/is-record';
import type { SchemaResolver } from '../contracts/schema-resolver';

/**
 * Follows `$ref`s of a compiled contract schema, so that code walking a schema (mutations,
 * arbitraries) sees the referenced definition. Lookups only, nothing is compiled.
 */
export function resolveSchema(resolver: SchemaResolver, schema: unknown, depth = 0): JsonRecord | boolean {
  if (typeof schema === 'boolean') return schema;
  if (!isRecord(schema)) return {};
  if (typeof schema.$ref !== 'string' || depth > 32) return schema;
  const target = resolver.resolve(schema.$ref);
  const { $ref: _ignored, ...siblings } = schema;
  const resolved = resolveSchema(resolver, target, depth + 1);
  // 2020-12 allows keywords beside $ref; they apply too, so merge the annotations we walk.
  return typeof resolved === 'boolean' || Object.keys(siblings).length === 0 ? resolved : { ...resolved, ...siblings };
}
