import fc from 'fast-check';
import type { ValidateFunction } from 'ajv';
import type { SchemaResolver } from '../contracts/schema-resolver';
import { isRecord } from '../contracts/is-record';
import { withoutFullGroups } from './exclusive-members';
import { admittedTypes, flattenBranch, flattenSchema, jsonType, mergeFlat, type FlatSchema } from './flat-schema';
import { DEFAULT_VALUE_CONSTRAINTS, integerArbitrary, numberArbitrary, stringArbitrary, textOfLength, type ValueConstraints } from './scalar-arbitraries';

/**
 * Builds arbitraries of values a schema accepts, node by node: type, enum, const, format,
 * bounds, lengths, pattern, required and optional properties, additionalProperties maps,
 * oneOf/anyOf branches (each merged with the keywords beside it), allOf (merged), nullable.
 * What the walk cannot guarantee (`not`, `if`/`then`, oneOf exclusivity) the caller's filter on
 * the compiled validator settles: see `validValueArbitrary`.
 */
export class ValidValueBuilder {
  private readonly options: Required<ValueConstraints>;
  /** Arbitraries are immutable: one per schema node and depth, however often it is reached. */
  private readonly memo = new Map<unknown, (fc.Arbitrary<unknown> | undefined)[]>();

  constructor(private readonly resolver: SchemaResolver, constraints: ValueConstraints = {}) {
    this.options = { ...DEFAULT_VALUE_CONSTRAINTS, ...constraints };
  }

  /** An arbitrary of values for a schema node; undefined when the node admits nothing it can build. */
  build(schema: unknown, depth = 0): fc.Arbitrary<unknown> | undefined {
    if (schema === null || typeof schema !== 'object') return this.buildFlat(flattenSchema(this.resolver, schema), depth);
    let byDepth = this.memo.get(schema);
    if (!byDepth) this.memo.set(schema, (byDepth = []));
    if (!(depth in byDepth)) byDepth[depth] = this.buildFlat(flattenSchema(this.resolver, schema), depth);
    return byDepth[depth];
  }

  buildFlat(flat: FlatSchema, depth: number): fc.Arbitrary<unknown> | undefined {
    if (flat.never) return undefined;
    if (flat.conditionals.length > 0) return this.withConditionals(flat, depth);
    if (flat.const) return fc.constant(flat.const.value);
    if (flat.enum) {
      const types = flat.types;
      const values = types ? flat.enum.filter((v) => types.includes(jsonType(v)) || (jsonType(v) === 'integer' && types.includes('number'))) : flat.enum;
      return values.length > 0 ? fc.constantFrom(...values) : undefined;
    }
    const branches = flat.oneOf ?? flat.anyOf;
    if (branches) {
      const built = branches.map((branch) => this.buildFlat(flattenBranch(this.resolver, flat, branch), depth)).filter((a): a is fc.Arbitrary<unknown> => a !== undefined);
      return built.length > 0 ? fc.oneof(...built) : undefined;
    }
    const types = admittedTypes(flat);
    const byType = types.flatMap((type) => {
      const arbitrary = this.ofType(type, flat, depth);
      return arbitrary ? [{ weight: type === 'null' ? 1 : 6, arbitrary }] : [];
    });
    if (byType.length === 0) return undefined;
    return byType.length === 1 ? byType[0]!.arbitrary : fc.oneof(...byType);
  }

  /**
   * `if`/`then`: one branch per conditional with its `if` and `then` merged in (so that a value
   * meeting the condition also meets its consequence), plus the plain schema.
   */
  private withConditionals(flat: FlatSchema, depth: number): fc.Arbitrary<unknown> | undefined {
    const plain: FlatSchema = { ...flat, conditionals: [] };
    const branches = flat.conditionals.map((c) => {
      const withIf = c.if === true ? plain : mergeFlat(plain, flattenSchema(this.resolver, c.if));
      return this.buildFlat(c.then === undefined ? withIf : mergeFlat(withIf, flattenSchema(this.resolver, c.then)), depth);
    });
    const all = [this.buildFlat(plain, depth), ...branches].filter((a): a is fc.Arbitrary<unknown> => a !== undefined);
    return all.length === 0 ? undefined : all.length === 1 ? all[0] : fc.oneof(...all);
  }

  private ofType(type: string, flat: FlatSchema, depth: number): fc.Arbitrary<unknown> | undefined {
    switch (type) {
      case 'null':
        return fc.constant(null);
      case 'boolean':
        return fc.boolean();
      case 'integer':
        return integerArbitrary(flat);
      case 'number':
        return flat.types ? numberArbitrary(flat) : integerArbitrary(flat);
      case 'string':
        return stringArbitrary(flat, this.options);
      case 'array':
        return this.arrayOf(flat, depth);
      case 'object':
        return this.objectOf(flat, depth);
      default:
        return undefined;
    }
  }

  private arrayOf(flat: FlatSchema, depth: number): fc.Arbitrary<unknown[]> | undefined {
    const minLength = flat.minItems ?? 0;
    const deep = depth >= this.options.maxDepth;
    const maxLength = Math.max(minLength, Math.min(flat.maxItems ?? Infinity, deep ? minLength : minLength + this.options.defaultMaxItems));
    if (maxLength === 0) return fc.constant([]);
    const item = flat.items === undefined ? fc.oneof(fc.string({ maxLength: 8 }), fc.integer()) : this.build(flat.items, depth + 1);
    if (!item) return minLength === 0 ? fc.constant([]) : undefined;
    const array = flat.uniqueItems ? fc.uniqueArray(item, { minLength, maxLength, selector: (v) => JSON.stringify(v) }) : fc.array(item, { minLength, maxLength });
    // Boundaries: the fewest and the most items the schema allows.
    const choices: fc.WeightedArbitrary<unknown[]>[] = [{ weight: 6, arbitrary: array }];
    if (flat.maxItems !== undefined && flat.maxItems <= 50 && flat.maxItems > maxLength && !deep) choices.push({ weight: 1, arbitrary: fc.array(item, { minLength: flat.maxItems, maxLength: flat.maxItems }) });
    return choices.length === 1 ? array : fc.oneof(...choices);
  }

  private objectOf(flat: FlatSchema, depth: number): fc.Arbitrary<Record<string, unknown>> | undefined {
    const deep = depth >= this.options.maxDepth;
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    const required: string[] = [];
    for (const [name, schema] of Object.entries(flat.properties)) {
      const isRequired = flat.required.includes(name);
      if (deep && !isRequired) continue;
      const arbitrary = this.build(schema, depth + 1);
      if (!arbitrary) {
        if (isRequired) return undefined;
        continue;
      }
      model[name] = arbitrary;
      if (isRequired) required.push(name);
    }
    // Required properties the object declares nowhere: any small value.
    for (const name of flat.required) {
      if (model[name]) continue;
      const extra = flat.additionalProperties === undefined || flat.additionalProperties === true ? fc.oneof(fc.string({ maxLength: 8 }), fc.integer()) : this.build(flat.additionalProperties, depth + 1);
      if (!extra) return undefined;
      model[name] = extra;
      required.push(name);
    }
    const exclusive = exclusiveGroups(flat);
    const declaredRecord = fc.record(model, { requiredKeys: required });
    // `not: {required: [a, b]}`: never all of a group at once; the last optional one goes.
    const record = exclusive.length === 0 ? declaredRecord : declaredRecord.map((value) => withoutFullGroups(value, exclusive, required));
    const map = isRecord(flat.additionalProperties) && !deep ? this.additionalMap(flat, depth) : undefined;
    if (!map) return record;
    return fc.tuple(record, map).map(([declared, extra]) => ({ ...extra, ...declared }));
  }

  /** Extra properties of a map-like object (`additionalProperties: {schema}`), keyed per propertyNames. */
  private additionalMap(flat: FlatSchema, depth: number): fc.Arbitrary<Record<string, unknown>> | undefined {
    const value = this.build(flat.additionalProperties, depth + 1);
    if (!value) return undefined;
    const names = flat.propertyNames !== undefined ? (this.build(flat.propertyNames, depth + 1) as fc.Arbitrary<string> | undefined) : textOfLength(1, 12);
    if (!names) return undefined;
    const declared = Object.keys(flat.properties);
    return fc.dictionary(names.filter((n) => typeof n === 'string' && !declared.includes(n)), value, { maxKeys: this.options.defaultMaxItems });
  }
}

/** Property groups that `not: {required: [...]}` forbids together. */
function exclusiveGroups(flat: FlatSchema): string[][] {
  return flat.nots.flatMap((not) => (isRecord(not) && Array.isArray(not.required) && Object.keys(not).every((k) => k === 'required') ? [not.required.filter((r): r is string => typeof r === 'string')] : []));
}

/**
 * Values the schema accepts, proven by its compiled validator (the generator's guesses that the
 * validator rejects are dropped). Undefined when the schema admits nothing the builder can make.
 */
export function validValueArbitrary(resolver: SchemaResolver, schema: unknown, validate: ValidateFunction, constraints: ValueConstraints = {}): fc.Arbitrary<unknown> | undefined {
  const arbitrary = new ValidValueBuilder(resolver, constraints).build(schema);
  return arbitrary?.filter((value) => validate(value) === true);
}
