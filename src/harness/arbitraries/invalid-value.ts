import fc from 'fast-check';
import type { ValidateFunction } from 'ajv';
import type { SchemaResolver } from '../contracts/schema-resolver';
import { appendPointer } from '../contracts/json-pointer';
import { isRecord } from '../contracts/is-record';
import { admittedTypes, flattenBranch, flattenSchema, jsonType, type FlatSchema } from './flat-schema';
import { FORMAT_INTEGER_BOUNDS, INVALID_FORMAT_VALUES } from './format-arbitraries';
import { integerBounds, textOfLength, type ValueConstraints } from './scalar-arbitraries';
import { ValidValueBuilder } from './valid-value';
import { confirmsViolation, type InvalidValue, type Violation } from './violation';

export interface InvalidValueConstraints extends ValueConstraints {
  /** A further condition every invalid value must meet (e.g. usable as a path segment). */
  readonly accept?: (invalid: InvalidValue) => boolean;
  /**
   * `text`: the value travels as text (a path or query parameter), so only violations that
   * survive being written as text are made (no `12345` standing in for a string).
   */
  readonly mode?: 'json' | 'text';
}

/** Wrong-type stand-ins, one per JSON type, the plainest first. */
const WRONG_TYPE_VALUES: Readonly<Record<string, unknown>> = { string: 'wrong-type', integer: 7, number: 1.5, boolean: true, null: null, object: {}, array: [] };
const TEXT_WRONG_TYPE_VALUES: Readonly<Record<string, string>> = { string: 'wrong-type', number: 'not-a-number', boolean: 'maybe' };

type Site = fc.Arbitrary<InvalidValue>;
type Broken = Omit<Violation, 'instancePath'>;

/**
 * Builds arbitraries of values that break exactly one constraint of a schema, each carrying the
 * constraint it breaks and its repaired twin (see `InvalidValue`). Sites: the node's own keywords
 * (type, enum, const, format, pattern, lengths, bounds, item counts), a required property left
 * out, an extra property where additionalProperties is false, a `not: {required}` group sent
 * whole, and recursively each property, array item and oneOf/anyOf branch. The site is chosen
 * once and shrinking stays inside it (fc.oneof without cross-shrink), so a shrunk value breaks
 * the same constraint.
 */
export class InvalidValueBuilder {
  private readonly valid: ValidValueBuilder;
  private readonly mode: 'json' | 'text';

  constructor(private readonly resolver: SchemaResolver, constraints: InvalidValueConstraints = {}) {
    this.valid = new ValidValueBuilder(resolver, constraints);
    this.mode = constraints.mode ?? 'json';
  }

  /** Every invalid-value site of a schema node; empty when none can be built. */
  sites(schema: unknown, path = '', depth = 0): Site[] {
    return this.sitesOf(flattenSchema(this.resolver, schema), path, depth);
  }

  private sitesOf(flat: FlatSchema, path: string, depth: number, fixed: ReadonlySet<string> = new Set()): Site[] {
    if (flat.never || depth > 6) return [];
    const branches = flat.oneOf ?? flat.anyOf;
    if (branches) {
      // Each branch, merged with the keywords beside it, broken in one place. A broken value may
      // still match another branch: the filter on the compiled validator drops those. A property
      // a branch fixes (a const) tells branches apart; breaking it would only pick another
      // branch, so it is left alone.
      return branches.flatMap((branch, i) => {
        const flatBranch = flattenBranch(this.resolver, flat, branch);
        const label = branches.length > 1 ? ` (variant ${i + 1} of ${branches.length})` : '';
        return this.sitesOf(flatBranch, path, depth + 1, constProperties(this.resolver, flatBranch)).map((site) => site.map((v) => ({ ...v, violation: { ...v.violation, description: v.violation.description + label } })));
      });
    }
    const sites: Site[] = [...this.ownSites(flat, path, depth)];
    if (admittedTypes(flat).includes('object') && (!flat.types || flat.types.includes('object'))) sites.push(...this.objectSites(flat, path, depth, fixed));
    if (flat.types?.includes('array')) sites.push(...this.arraySites(flat, path, depth));
    return sites;
  }

  /** A site replacing the whole node by one of `values`, its twin a valid value of the node. */
  private replace(flat: FlatSchema, depth: number, path: string, values: fc.Arbitrary<unknown>, broken: Broken): Site | undefined {
    const repaired = this.valid.buildFlat(flat, depth);
    if (!repaired) return undefined;
    const text = this.mode === 'text';
    return fc.tuple(values, repaired).map(([value, mended]) => ({ value, repaired: text ? textOf(mended) : mended, violation: { ...broken, instancePath: path } }));
  }

  /** Violations of the node's own keywords. */
  private ownSites(flat: FlatSchema, path: string, depth: number): Site[] {
    const at = path || '/';
    const sites: (Site | undefined)[] = [];
    const constant = (values: readonly unknown[], broken: Broken) => {
      if (values.length > 0) sites.push(this.replace(flat, depth, path, fc.constantFrom(...values), broken));
    };
    const types = admittedTypes(flat);
    if (flat.const) {
      constant([this.mode === 'text' ? `${String(flat.const.value)}-changed` : otherThan([flat.const.value])], { keyword: 'const', description: `${at} differs from its const ${JSON.stringify(flat.const.value)}` });
      return compact(sites);
    }
    if (flat.enum) {
      constant([otherThan(flat.enum, this.mode)], { keyword: 'enum', description: `${at} is not one of ${JSON.stringify(flat.enum).slice(0, 120)}` });
      return compact(sites);
    }
    if (flat.types) {
      const table: Readonly<Record<string, unknown>> = this.mode === 'text' ? TEXT_WRONG_TYPE_VALUES : WRONG_TYPE_VALUES;
      const wrong = Object.entries(table)
        .filter(([type]) => !types.includes(type) && !(type === 'integer' && types.includes('number')) && !(this.mode === 'text' && types.includes('string')))
        .map(([, value]) => value);
      if (this.mode === 'text' && types.includes('integer') && !types.includes('number') && !types.includes('string')) wrong.push('1.5');
      constant(wrong, { keyword: 'type', description: `${at} is not of type ${types.join(' or ')}` });
    }
    if (types.includes('string') && (!flat.types || flat.types.includes('string'))) sites.push(...this.stringSites(flat, path, depth));
    if (types.includes('integer') || types.includes('number')) sites.push(...this.numberSites(flat, path, depth));
    return compact(sites);
  }

  private stringSites(flat: FlatSchema, path: string, depth: number): (Site | undefined)[] {
    const at = path || '/';
    const sites: (Site | undefined)[] = [];
    const make = (values: fc.Arbitrary<string>, broken: Broken) => sites.push(this.replace(flat, depth, path, values, broken));
    if (flat.minLength !== undefined && flat.minLength > 0) make(textOfLength(flat.minLength - 1, flat.minLength - 1), { keyword: 'minLength', description: `${at} shorter than minLength ${flat.minLength}` });
    if (flat.maxLength !== undefined && flat.maxLength < 100_000) make(textOfLength(flat.maxLength + 1, flat.maxLength + 1), { keyword: 'maxLength', description: `${at} longer than maxLength ${flat.maxLength}` });
    const pattern = flat.patterns[0];
    const regex = pattern === undefined ? undefined : safeRegExp(pattern);
    if (regex) {
      const min = flat.minLength ?? 0;
      const max = Math.max(min, Math.min(flat.maxLength ?? 16, 16));
      make(textOfLength(min, max).filter((s) => !regex.test(s)), { keyword: 'pattern', description: `${at} does not match ${pattern ?? ''}` });
    }
    const invalidFormats = flat.format ? INVALID_FORMAT_VALUES[flat.format] : undefined;
    if (invalidFormats) make(fc.constantFrom(...invalidFormats), { keyword: 'format', description: `${at} is not a valid ${flat.format ?? ''}` });
    return sites;
  }

  private numberSites(flat: FlatSchema, path: string, depth: number): (Site | undefined)[] {
    const at = path || '/';
    const sites: (Site | undefined)[] = [];
    const text = this.mode === 'text';
    const make = (values: number[], broken: Broken) => {
      const usable = values.filter((n) => Number.isFinite(n));
      if (usable.length > 0) sites.push(this.replace(flat, depth, path, fc.constantFrom(...usable).map((n) => (text ? String(n) : n)), broken));
    };
    const step = admittedTypes(flat).includes('number') ? 0.5 : 1;
    // The first value is the nearest outside the bound (what shrinking ends on); then far ones.
    if (flat.minimum !== undefined) make([flat.minimum - step, flat.minimum - 1000, -Number.MAX_SAFE_INTEGER], { keyword: 'minimum', description: `${at} below minimum ${flat.minimum}` });
    if (flat.maximum !== undefined) make([flat.maximum + step, flat.maximum + 1000, Number.MAX_SAFE_INTEGER], { keyword: 'maximum', description: `${at} above maximum ${flat.maximum}` });
    if (flat.exclusiveMinimum !== undefined) make([flat.exclusiveMinimum], { keyword: 'exclusiveMinimum', description: `${at} not above exclusiveMinimum ${flat.exclusiveMinimum}` });
    if (flat.exclusiveMaximum !== undefined) make([flat.exclusiveMaximum], { keyword: 'exclusiveMaximum', description: `${at} not below exclusiveMaximum ${flat.exclusiveMaximum}` });
    if (flat.format === 'int32') {
      const { min, max } = integerBounds({ ...flat, format: undefined });
      const int32 = FORMAT_INTEGER_BOUNDS.int32!;
      make([int32.max + 1, int32.min - 1].filter((n) => n >= min && n <= max), { keyword: 'format', description: `${at} outside the int32 range` });
    }
    return sites;
  }

  /** Properties: one left out, one extra, one exclusive group sent whole, or one property invalid. */
  private objectSites(flat: FlatSchema, path: string, depth: number, fixed: ReadonlySet<string>): Site[] {
    if (this.mode === 'text') return [];
    const at = path || '/';
    const sites: Site[] = [];
    for (const name of flat.required) {
      if (fixed.has(name)) continue;
      const object = this.objectArbitrary(flat, depth, [], [name]);
      if (object) {
        sites.push(object.map((whole) => ({ value: without(whole, name), repaired: whole, violation: { keyword: 'required', instancePath: path, property: name, description: `${at} lacks required property "${name}"` } })));
      }
    }
    const extra = 'unexpectedProperty';
    if (flat.additionalProperties === false && !(extra in flat.properties)) {
      const object = this.objectArbitrary(flat, depth, [], []);
      if (object) {
        sites.push(object.map((value) => ({ value: { ...value, [extra]: 'x' }, repaired: value, violation: { keyword: 'additionalProperties', instancePath: path, property: extra, description: `${at} has property "${extra}", which additionalProperties: false forbids` } })));
      }
    }
    for (const group of exclusiveGroups(flat)) {
      const object = this.objectArbitrary(flat, depth, [], group, true);
      const last = group[group.length - 1]!;
      if (object && !flat.required.includes(last)) {
        sites.push(object.map((value) => ({ value, repaired: without(value, last), violation: { keyword: 'not', instancePath: path, description: `${at} has ${group.map((g) => `"${g}"`).join(' and ')} together, which are mutually exclusive` } })));
      }
    }
    for (const [name, schema] of Object.entries(flat.properties)) {
      if (fixed.has(name)) continue;
      const children = this.sites(schema, appendPointer(path, name), depth + 1);
      // Leave out the optional partners of an exclusive group, so that the group stays legal.
      const partners = exclusiveGroups(flat).filter((g) => g.includes(name)).flat().filter((p) => p !== name && !flat.required.includes(p));
      const object = children.length > 0 ? this.objectArbitrary(flat, depth, [name, ...partners], []) : undefined;
      if (!object) continue;
      sites.push(
        fc.tuple(object, fc.oneof(...children)).map(([value, child]) => ({ value: { ...value, [name]: child.value }, repaired: { ...value, [name]: child.repaired }, violation: child.violation })),
      );
    }
    return sites;
  }

  private arraySites(flat: FlatSchema, path: string, depth: number): Site[] {
    if (this.mode === 'text' || flat.items === undefined) return [];
    const at = path || '/';
    const sites: Site[] = [];
    const item = this.valid.build(flat.items, depth + 1);
    if (!item) return sites;
    const min = flat.minItems ?? 0;
    if (flat.maxItems !== undefined && flat.maxItems < 1000) {
      const max = flat.maxItems;
      sites.push(fc.array(item, { minLength: max + 1, maxLength: max + 1 }).map((value) => ({ value, repaired: value.slice(0, max), violation: { keyword: 'maxItems', instancePath: path, description: `${at} has ${max + 1} items, more than maxItems ${max}` } })));
    }
    if (min > 0) {
      sites.push(fc.array(item, { minLength: min, maxLength: min }).map((value) => ({ value: value.slice(1), repaired: value, violation: { keyword: 'minItems', instancePath: path, description: `${at} has fewer than minItems ${min}` } })));
    }
    if (flat.maxItems === undefined || flat.maxItems >= 1) {
      const children = this.sites(flat.items, appendPointer(path, 0), depth + 1);
      const restMax = Math.max(min - 1, Math.min((flat.maxItems ?? 3) - 1, 2));
      if (children.length > 0) {
        sites.push(
          fc.tuple(fc.oneof(...children), fc.array(item, { minLength: Math.max(0, min - 1), maxLength: restMax })).map(([child, rest]) => ({ value: [child.value, ...rest], repaired: [child.repaired, ...rest], violation: child.violation })),
        );
      }
    }
    return sites;
  }

  /**
   * A valid object of the schema without the `omit` properties and with every `force` one
   * (`keepGroups`: exclusive groups are not thinned, since the site sends one whole).
   */
  private objectArbitrary(flat: FlatSchema, depth: number, omit: readonly string[], force: readonly string[], keepGroups = false): fc.Arbitrary<Record<string, unknown>> | undefined {
    const required = [...new Set([...flat.required.filter((r) => !omit.includes(r)), ...force])];
    const properties = Object.fromEntries(Object.entries(flat.properties).filter(([name]) => !omit.includes(name)));
    for (const name of force) properties[name] ??= {};
    const object: FlatSchema = { ...flat, types: ['object'], properties, required, nots: keepGroups ? [] : flat.nots, oneOf: undefined, anyOf: undefined };
    return this.valid.buildFlat(object, depth) as fc.Arbitrary<Record<string, unknown>> | undefined;
  }
}

function compact(sites: readonly (Site | undefined)[]): Site[] {
  return sites.filter((s): s is Site => s !== undefined);
}

function without(value: Record<string, unknown>, name: string): Record<string, unknown> {
  const { [name]: _removed, ...rest } = value;
  return rest;
}

/** Property groups that `not: {required: [...]}` forbids together. */
function exclusiveGroups(flat: FlatSchema): string[][] {
  return flat.nots.flatMap((not) => (isRecord(not) && Array.isArray(not.required) && Object.keys(not).every((k) => k === 'required') ? [not.required.filter((r): r is string => typeof r === 'string')] : []));
}

/** Properties whose value a schema fixes (const or a single enum value). */
function constProperties(resolver: SchemaResolver, flat: FlatSchema): Set<string> {
  return new Set(Object.entries(flat.properties).filter(([, schema]) => constOf(resolver, schema) !== undefined).map(([name]) => name));
}

function constOf(resolver: SchemaResolver, schema: unknown): unknown {
  const flat = flattenSchema(resolver, schema);
  if (flat.const) return flat.const.value;
  return flat.enum?.length === 1 ? flat.enum[0] : undefined;
}

/** A value of the same JSON type as the first one, equal to none of them. */
function otherThan(values: readonly unknown[], mode: 'json' | 'text' = 'json'): unknown {
  const first = values[0];
  const type = jsonType(first);
  if (type === 'integer' || type === 'number') {
    const next = Math.max(...values.filter((v): v is number => typeof v === 'number')) + 1;
    return mode === 'text' ? String(next) : next;
  }
  if (type === 'boolean' && mode === 'json') return values.includes(true) ? (values.includes(false) ? 'neither' : false) : true;
  let candidate = typeof first === 'string' ? `${first}-not-listed` : 'not-listed';
  while (values.includes(candidate)) candidate += '-x';
  return candidate;
}

function textOf(value: unknown): unknown {
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : value;
}

function safeRegExp(pattern: string): RegExp | undefined {
  try {
    return new RegExp(pattern, 'u');
  } catch {
    return undefined;
  }
}

/**
 * Values breaking exactly one constraint of the schema, each proven by the compiled validator
 * (see confirmsViolation). Undefined when no constraint of the schema can be broken on its own.
 * `validate` sees the values as they travel: for text mode, a validator that reads text.
 */
export function invalidValueArbitrary(resolver: SchemaResolver, schema: unknown, validate: ValidateFunction, constraints: InvalidValueConstraints = {}): fc.Arbitrary<InvalidValue> | undefined {
  const accept = constraints.accept ?? (() => true);
  const confirmed = (invalid: InvalidValue) => accept(invalid) && confirmsViolation(validate, invalid);
  // A site whose values are never confirmed (another constraint always breaks too) would only
  // cost rejected samples: keep the sites that can stand alone.
  const sites = new InvalidValueBuilder(resolver, constraints).sites(schema).filter((site) => fc.sample(site, { numRuns: 12, seed: 1 }).some(confirmed));
  if (sites.length === 0) return undefined;
  return fc.oneof(...sites).filter(confirmed);
}
