import type { SchemaResolver } from '../contracts/schema-resolver';
import { isRecord } from '../contracts/is-record';
import { resolveSchema } from '../schema/resolve-schema';

/**
 * One schema node with its `$ref` followed and its `allOf` parts merged in: the view the
 * arbitraries walk. Children (properties, items, branches) stay as written and are flattened
 * when they are walked. What cannot be merged exactly (a second pattern, `not`, `if`) is kept
 * as a list; the arbitraries filter on the compiled validator, so a loose merge costs only
 * rejected samples, never an invalid value.
 */
export interface FlatSchema {
  /** `false` schema: nothing is valid. */
  readonly never?: true;
  /** JSON types allowed; undefined = any. */
  types?: string[];
  enum?: unknown[];
  const?: { readonly value: unknown };
  properties: Record<string, unknown>;
  required: string[];
  /** undefined = any extra property allowed. */
  additionalProperties?: unknown;
  propertyNames?: unknown;
  items?: unknown;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  minLength?: number;
  maxLength?: number;
  patterns: string[];
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
  oneOf?: unknown[];
  anyOf?: unknown[];
  nots: unknown[];
  conditionals: { readonly if: unknown; readonly then?: unknown; readonly else?: unknown }[];
}

const JSON_TYPES = ['null', 'boolean', 'object', 'array', 'number', 'integer', 'string'];

export function emptyFlatSchema(): FlatSchema {
  return { properties: {}, required: [], patterns: [], nots: [], conditionals: [] };
}

/** Flattens a schema node: follows refs, merges allOf. */
export function flattenSchema(resolver: SchemaResolver, schema: unknown, depth = 0): FlatSchema {
  const resolved = resolveSchema(resolver, schema);
  if (resolved === false) return { ...emptyFlatSchema(), never: true };
  if (resolved === true) return emptyFlatSchema();
  const own = fromRecord(resolved);
  if (!Array.isArray(resolved.allOf) || depth > 16) return own;
  return resolved.allOf.reduce<FlatSchema>((merged, part) => mergeFlat(merged, flattenSchema(resolver, part, depth + 1)), own);
}

/** Flattens a oneOf/anyOf branch together with the keywords beside the oneOf/anyOf. */
export function flattenBranch(resolver: SchemaResolver, base: FlatSchema, branch: unknown): FlatSchema {
  const { oneOf: _oneOf, anyOf: _anyOf, ...rest } = base;
  return mergeFlat({ ...rest, properties: { ...rest.properties }, required: [...rest.required] }, flattenSchema(resolver, branch));
}

function fromRecord(node: Record<string, unknown>): FlatSchema {
  const flat = emptyFlatSchema();
  const type = node.type;
  if (typeof type === 'string') flat.types = [type];
  else if (Array.isArray(type)) flat.types = type.filter((t): t is string => typeof t === 'string');
  if (Array.isArray(node.enum)) flat.enum = [...(node.enum as unknown[])];
  if ('const' in node) flat.const = { value: node.const };
  if (isRecord(node.properties)) flat.properties = { ...node.properties };
  if (Array.isArray(node.required)) flat.required = node.required.filter((r): r is string => typeof r === 'string');
  if ('additionalProperties' in node) flat.additionalProperties = node.additionalProperties;
  if ('propertyNames' in node) flat.propertyNames = node.propertyNames;
  if ('items' in node) flat.items = node.items;
  for (const key of ['minItems', 'maxItems', 'minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'] as const) {
    if (typeof node[key] === 'number') flat[key] = node[key];
  }
  if (node.uniqueItems === true) flat.uniqueItems = true;
  if (typeof node.pattern === 'string') flat.patterns = [node.pattern];
  if (typeof node.format === 'string') flat.format = node.format;
  if (Array.isArray(node.oneOf)) flat.oneOf = [...(node.oneOf as unknown[])];
  if (Array.isArray(node.anyOf)) flat.anyOf = [...(node.anyOf as unknown[])];
  if ('not' in node) flat.nots = [node.not];
  if ('if' in node) flat.conditionals = [{ if: node.if, ...('then' in node ? { then: node.then } : {}), ...('else' in node ? { else: node.else } : {}) }];
  // Without a type, the keywords present say what the value must be when it is anything at all.
  if (!flat.types && (isRecord(node.properties) || Array.isArray(node.required))) flat.types = ['object'];
  return flat;
}

/** Merges two flattened schemas as allOf would (loosely where exact merging is not possible). */
export function mergeFlat(a: FlatSchema, b: FlatSchema): FlatSchema {
  if (a.never || b.never) return { ...emptyFlatSchema(), never: true };
  const merged: FlatSchema = { ...a, properties: { ...a.properties }, required: [...new Set([...a.required, ...b.required])], patterns: [...a.patterns, ...b.patterns], nots: [...a.nots, ...b.nots], conditionals: [...a.conditionals, ...b.conditionals] };
  if (b.types) merged.types = a.types ? intersectTypes(a.types, b.types) : [...b.types];
  if (b.enum) merged.enum = a.enum ? a.enum.filter((v) => b.enum!.some((w) => JSON.stringify(w) === JSON.stringify(v))) : [...b.enum];
  if (b.const) merged.const = b.const;
  for (const [name, schema] of Object.entries(b.properties)) {
    merged.properties[name] = name in a.properties ? { allOf: [a.properties[name], schema] } : schema;
  }
  if (b.additionalProperties !== undefined) {
    merged.additionalProperties =
      a.additionalProperties === undefined ? b.additionalProperties : a.additionalProperties === false || b.additionalProperties === false ? false : { allOf: [a.additionalProperties, b.additionalProperties] };
  }
  if (b.propertyNames !== undefined) merged.propertyNames = a.propertyNames === undefined ? b.propertyNames : { allOf: [a.propertyNames, b.propertyNames] };
  if (b.items !== undefined) merged.items = a.items === undefined ? b.items : { allOf: [a.items, b.items] };
  for (const key of ['minItems', 'minLength', 'minimum', 'exclusiveMinimum'] as const) if (b[key] !== undefined) merged[key] = Math.max(a[key] ?? -Infinity, b[key]);
  for (const key of ['maxItems', 'maxLength', 'maximum', 'exclusiveMaximum'] as const) if (b[key] !== undefined) merged[key] = Math.min(a[key] ?? Infinity, b[key]);
  if (b.multipleOf !== undefined) merged.multipleOf = b.multipleOf;
  if (b.uniqueItems) merged.uniqueItems = true;
  if (b.format !== undefined && a.format === undefined) merged.format = b.format;
  if (b.oneOf) merged.oneOf = a.oneOf ? a.oneOf : b.oneOf;
  if (b.oneOf && a.oneOf) merged.conditionals.push({ if: true, then: { oneOf: b.oneOf } });
  if (b.anyOf) merged.anyOf = a.anyOf ? a.anyOf : b.anyOf;
  if (b.anyOf && a.anyOf) merged.conditionals.push({ if: true, then: { anyOf: b.anyOf } });
  return merged;
}

function intersectTypes(a: readonly string[], b: readonly string[]): string[] {
  const result = new Set<string>();
  for (const t of a) {
    if (b.includes(t)) result.add(t);
    else if (t === 'number' && b.includes('integer')) result.add('integer');
    else if (t === 'integer' && b.includes('number')) result.add('integer');
  }
  return [...result];
}

/** The JSON types a flattened schema admits (every type when it says none). */
export function admittedTypes(flat: FlatSchema): string[] {
  if (flat.const) return [jsonType(flat.const.value)];
  if (flat.enum) return [...new Set(flat.enum.map(jsonType))];
  return flat.types ?? JSON_TYPES;
}

export function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}
