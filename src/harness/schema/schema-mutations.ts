import type { SchemaResolver } from '../contracts/schema-resolver';
import { appendPointer } from '../contracts/json-pointer';
import { isRecord } from '../contracts/is-record';
import { resolveSchema } from './resolve-schema';

/** The one constraint a mutation breaks. */
export type BrokenConstraint = 'required' | 'enum' | 'type' | 'maxLength' | 'minLength' | 'maximum' | 'minimum' | 'maxItems' | 'const';

export interface Mutation {
  readonly constraint: BrokenConstraint;
  /** Instance pointer of the value the error must name (for `required`, the object missing it). */
  readonly instancePath: string;
  /** For `required`: the property removed. */
  readonly property?: string;
  readonly value: unknown;
  readonly description: string;
}

/**
 * Derives invalid variants of a valid value, each breaking exactly one constraint that the
 * schema states (a required property removed, an enum or const replaced, a type changed, a
 * length or bound exceeded). Descends through properties, items, allOf and refs; never into
 * oneOf/anyOf, where a changed value might match another branch and so not be invalid.
 */
export function mutationsOf(resolver: SchemaResolver, schema: unknown, value: unknown): Mutation[] {
  const mutations: Mutation[] = [];
  const walk = (node: unknown, current: unknown, path: string, replace: (v: unknown) => unknown): void => {
    const resolved = resolveSchema(resolver, node);
    if (typeof resolved === 'boolean') return;
    for (const part of Array.isArray(resolved.allOf) ? resolved.allOf : []) walk(part, current, path, replace);
    const types = typeList(resolved.type);

    if (Array.isArray(resolved.enum) && typeof current !== 'object') {
      mutations.push({ constraint: 'enum', instancePath: path, value: replace(unusedValue(resolved.enum, current)), description: `${path || '/'} not one of the enum values` });
    }
    if ('const' in resolved && typeof current !== 'object') {
      mutations.push({ constraint: 'const', instancePath: path, value: replace(`${JSON.stringify(current)}-changed`), description: `${path || '/'} differs from its const` });
    }
    if (types.length > 0 && !types.includes('null')) {
      const wrong = types.includes('string') ? 12345 : 'wrong-type';
      if (!(types.includes('number') && typeof wrong === 'number') && !(types.includes('integer') && typeof wrong === 'number')) {
        mutations.push({ constraint: 'type', instancePath: path, value: replace(wrong), description: `${path || '/'} of the wrong type (${typeof wrong})` });
      }
    }
    if (typeof current === 'string' && typeof resolved.maxLength === 'number' && resolved.maxLength < 100_000) {
      mutations.push({ constraint: 'maxLength', instancePath: path, value: replace('x'.repeat(resolved.maxLength + 1)), description: `${path || '/'} one character over maxLength ${resolved.maxLength}` });
    }
    if (typeof current === 'string' && typeof resolved.minLength === 'number' && resolved.minLength > 0) {
      mutations.push({ constraint: 'minLength', instancePath: path, value: replace('x'.repeat(resolved.minLength - 1)), description: `${path || '/'} one character under minLength ${resolved.minLength}` });
    }
    if (typeof current === 'number' && typeof resolved.maximum === 'number') {
      mutations.push({ constraint: 'maximum', instancePath: path, value: replace(resolved.maximum + 1), description: `${path || '/'} above maximum ${resolved.maximum}` });
    }
    if (typeof current === 'number' && typeof resolved.minimum === 'number') {
      mutations.push({ constraint: 'minimum', instancePath: path, value: replace(resolved.minimum - 1), description: `${path || '/'} below minimum ${resolved.minimum}` });
    }

    if (isRecord(current)) {
      const properties = isRecord(resolved.properties) ? resolved.properties : {};
      const required = Array.isArray(resolved.required) ? resolved.required.filter((r): r is string => typeof r === 'string') : [];
      for (const name of required) {
        if (!(name in current)) continue;
        const { [name]: _removed, ...rest } = current;
        mutations.push({ constraint: 'required', instancePath: path, property: name, value: replace(rest), description: `${path || '/'} without required "${name}"` });
      }
      for (const [name, child] of Object.entries(current)) {
        if (!(name in properties)) continue;
        walk(properties[name], child, appendPointer(path, name), (v) => replace({ ...current, [name]: v }));
      }
    }
    if (Array.isArray(current)) {
      const list = current as unknown[];
      if (typeof resolved.maxItems === 'number' && list.length > 0 && resolved.maxItems < 1000) {
        const padded = [...list, ...Array.from({ length: resolved.maxItems + 1 - list.length }, () => list[0])];
        mutations.push({ constraint: 'maxItems', instancePath: path, value: replace(padded), description: `${path || '/'} with ${padded.length} items, over maxItems ${resolved.maxItems}` });
      }
      if (resolved.items !== undefined) {
        list.forEach((item, i) => walk(resolved.items, item, appendPointer(path, i), (v) => replace(list.map((old, j) => (j === i ? v : old)))));
      }
    }
  };
  walk(schema, value, '', (v) => v);
  return mutations;
}

function typeList(type: unknown): string[] {
  if (typeof type === 'string') return [type];
  return Array.isArray(type) ? type.filter((t): t is string => typeof t === 'string') : [];
}

function unusedValue(values: unknown[], current: unknown): unknown {
  let candidate = `${JSON.stringify(current)}-not-in-enum`;
  while (values.includes(candidate)) candidate += '-x';
  return candidate;
}

