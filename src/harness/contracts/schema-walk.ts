import { appendPointer } from './json-pointer';
import { isRecord, type JsonRecord } from './is-record';

/** Keywords whose value is a map of name → subschema. */
const SUBSCHEMA_MAPS = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'] as const;
/** Keywords whose value is an array of subschemas. */
const SUBSCHEMA_ARRAYS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'] as const;
/** Keywords whose value is one subschema. */
const SUBSCHEMA_SINGLES = [
  'items',
  'additionalItems',
  'additionalProperties',
  'unevaluatedItems',
  'unevaluatedProperties',
  'not',
  'if',
  'then',
  'else',
  'contains',
  'propertyNames',
] as const;

export type SchemaVisitor = (schema: JsonRecord, pointer: string) => void;

/**
 * Visits a JSON Schema and every subschema in it, depth first, with each node's JSON pointer.
 * Values of annotation keywords (`example`, `enum`, `const`, `default`) are never walked into:
 * they are data, not schemas.
 */
export function walkSchema(schema: unknown, pointer: string, visit: SchemaVisitor): void {
  if (!isRecord(schema)) return;
  visit(schema, pointer);
  for (const keyword of SUBSCHEMA_MAPS) {
    const map = schema[keyword];
    if (isRecord(map)) for (const [name, sub] of Object.entries(map)) walkSchema(sub, appendPointer(pointer, keyword, name), visit);
  }
  for (const keyword of SUBSCHEMA_ARRAYS) {
    const list = schema[keyword];
    if (Array.isArray(list)) list.forEach((sub, i) => walkSchema(sub, appendPointer(pointer, keyword, i), visit));
  }
  for (const keyword of SUBSCHEMA_SINGLES) {
    if (keyword in schema) walkSchema(schema[keyword], appendPointer(pointer, keyword), visit);
  }
}

/** Returns a deep copy of a schema with every `$ref` string passed through `rewrite`. */
export function mapSchemaRefs(schema: unknown, rewrite: (ref: string) => string): unknown {
  if (Array.isArray(schema)) return schema.map((item) => mapSchemaRefs(item, rewrite));
  if (!isRecord(schema)) return schema;
  const copy: JsonRecord = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === '$ref' && typeof value === 'string') copy[key] = rewrite(value);
    else if (key === 'example' || key === 'examples' || key === 'enum' || key === 'const' || key === 'default') copy[key] = value;
    else copy[key] = mapSchemaRefs(value, rewrite);
  }
  return copy;
}
