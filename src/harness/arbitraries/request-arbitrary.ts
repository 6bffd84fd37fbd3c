import fc from 'fast-check';
import type { OperationContract, ParameterContract } from '../contracts';
import type { SchemaResolver } from '../contracts/schema-resolver';
import { withoutFullGroups } from './exclusive-members';
import { flattenSchema } from './flat-schema';
import { invalidValueArbitrary } from './invalid-value';
import { parameterTextValidator, toParameterText } from './parameter-text';
import type { ValueConstraints } from './scalar-arbitraries';
import { ValidValueBuilder, validValueArbitrary } from './valid-value';
import type { Violation } from './violation';

/** Where in a request the broken constraint is. */
export type RequestPart = 'path' | 'query' | 'body';

export interface RequestViolation extends Violation {
  readonly part: RequestPart;
  /** The parameter, for path and query. */
  readonly parameter?: string;
}

/** One generated request of an operation: valid, or breaking exactly one constraint. */
export interface RequestCase {
  readonly kind: 'valid' | 'invalid';
  readonly pathParameters: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, string>>;
  /** `undefined` = no body sent. */
  readonly body?: unknown;
  /** Path parameters whose value was made up, not one the target said exists. */
  readonly invented: readonly string[];
  /**
   * Made-up values whose validity the contract cannot state, so that a refusal of the request may
   * be right: path parameters with no format, pattern or enum (any text is "valid"), and body
   * properties naming other resources (`…Id`) that no existing value could replace.
   */
  readonly unknowable: readonly string[];
  readonly violation?: RequestViolation;
}

export interface RequestArbitraryOptions extends ValueConstraints {
  /** Existing values per path parameter name (the read provider state's, the profile's). */
  readonly existing: Readonly<Record<string, string>>;
  /** Query parameters never sent together (e.g. documented as mutually exclusive). */
  readonly exclusiveQuery?: readonly (readonly string[])[];
  /** Query parameters never generated (e.g. pagination keys that must come from the target). */
  readonly omitQuery?: readonly string[];
  /** Parameters whose invalid values a target may replace by a default: no invalid case breaks them. */
  readonly lenientParameters?: readonly string[];
  /** Narrower schemas for parameters, from prose the schema cannot state: valid values are drawn from them. */
  readonly parameterSchemas?: Readonly<Record<string, unknown>>;
  /** Body property → existing-value name, where the names differ (requesterId → userId). */
  readonly bodyAliases?: Readonly<Record<string, string>>;
  /** Schemas valid bodies must also meet (prose rules the contract's schema cannot hold). */
  readonly bodyConstraints?: readonly unknown[];
  /** Valid bodies never sent: a body holding every property value of an entry is left out. */
  readonly excludeBodies?: readonly Readonly<Record<string, unknown>>[];
  /** Body violations a target may let through: no invalid case is made of them. */
  readonly lenientBody?: readonly { readonly keyword: string; readonly property?: string }[];
}

/** Why an operation gets no arbitrary of a kind. */
export interface RequestArbitraries {
  readonly valid: fc.Arbitrary<RequestCase> | { readonly unavailable: string };
  /**
   * Valid requests that name no existing resource: every path parameter made up (where a value
   * can be made up) and no existing id put into the body. For callers a state-changing operation
   * must refuse: a target that wrongly serves them changes nothing other tests, or people on a
   * staging target, rely on. Available whenever `valid` is.
   */
  readonly unaddressed: fc.Arbitrary<RequestCase> | { readonly unavailable: string };
  readonly invalid: fc.Arbitrary<RequestCase> | { readonly unavailable: string };
}

const JSON_MEDIA = 'application/json';

/**
 * Arbitraries of requests for an operation, from its contract: path parameters (an existing id
 * mostly, now and then an invented one), query parameters (required ones always, optional ones
 * sometimes), the JSON body; and invalid requests, each breaking one constraint of one part.
 */
export function requestArbitraries(resolver: SchemaResolver, operation: OperationContract, options: RequestArbitraryOptions): RequestArbitraries {
  const unavailable = (reason: string) => ({ unavailable: `${operation.operationId}: ${reason}` });
  const pathParameters = operation.parameters.filter((p) => p.in === 'path');
  const queryParameters = operation.parameters.filter((p) => p.in === 'query' && !(options.omitQuery ?? []).includes(p.name));
  const media = operation.requestBody ? [...operation.requestBody.content.keys()] : [];
  const bodySchema = operation.requestBody?.content.get(JSON_MEDIA);
  if (operation.requestBody?.required && !bodySchema) {
    const reason = `the request body is ${media.join(', ')}, which the property suites do not generate`;
    return { valid: unavailable(reason), unaddressed: unavailable(reason), invalid: unavailable(reason) };
  }

  // ---- valid parts
  const validPath: Record<string, fc.Arbitrary<{ value: string; invented: boolean }>> = {};
  const inventedPath: Record<string, fc.Arbitrary<{ value: string; invented: boolean }>> = {};
  const unknowablePath = pathParameters.filter((p) => isFreeText(resolver, p)).map((p) => p.name);
  for (const parameter of pathParameters) {
    const invented = validText(resolver, parameter, options, true)?.map((value) => ({ value, invented: true }));
    const existing = options.existing[parameter.name];
    const choices: fc.WeightedArbitrary<{ value: string; invented: boolean }>[] = [];
    if (existing !== undefined) choices.push({ weight: 6, arbitrary: fc.constant({ value: existing, invented: false }) });
    if (invented) choices.push({ weight: 1, arbitrary: invented });
    if (choices.length === 0) return { valid: unavailable(`no value can be made for path parameter {${parameter.name}}`), unaddressed: unavailable(`no value can be made for path parameter {${parameter.name}}`), invalid: unavailable(`no value can be made for path parameter {${parameter.name}}`) };
    validPath[parameter.name] = choices.length === 1 ? choices[0]!.arbitrary : fc.oneof(...choices);
    inventedPath[parameter.name] = invented ?? choices[0]!.arbitrary;
  }
  const validQueryValues: Record<string, fc.Arbitrary<string>> = {};
  for (const parameter of queryParameters) {
    const arbitrary = validText(resolver, parameter, options, false);
    if (arbitrary) validQueryValues[parameter.name] = arbitrary;
    else if (parameter.required) return { valid: unavailable(`no valid value can be made for query parameter ${parameter.name}`), unaddressed: unavailable(`no valid value can be made for query parameter ${parameter.name}`), invalid: unavailable(`no valid value can be made for query parameter ${parameter.name}`) };
  }
  const requiredQuery = queryParameters.filter((p) => p.required).map((p) => p.name);
  const exclusive = options.exclusiveQuery ?? [];
  const queryOf = (omit: readonly string[] = []) =>
    fc.record(Object.fromEntries(Object.entries(validQueryValues).filter(([name]) => !omit.includes(name))), { requiredKeys: requiredQuery.filter((n) => !omit.includes(n)) }).map((query) => withoutFullGroups(query as Record<string, string>, exclusive, requiredQuery));
  const constraints = options.bodyConstraints ?? [];
  const validBody = !bodySchema
    ? undefined
    : constraints.length === 0
      ? validValueArbitrary(resolver, bodySchema.schema, bodySchema.validate, options)
      : new ValidValueBuilder(resolver, options).build({ allOf: [bodySchema.schema, ...constraints] })?.filter((value) => bodySchema.validate(value) === true);
  if (bodySchema && !validBody && operation.requestBody?.required) return { valid: unavailable('no valid request body can be made from its schema'), unaddressed: unavailable('no valid request body can be made from its schema'), invalid: unavailable('no valid request body can be made from its schema') };
  const excluded = options.excludeBodies ?? [];
  const allowedBody = excluded.length === 0 ? validBody : validBody?.filter((value) => !excluded.some((entry) => isObject(value) && Object.entries(entry).every(([k, v]) => value[k] === v)));
  const referring = allowedBody && bodySchema ? allowedBody.map((value) => withExistingIds(value, options.existing, options.bodyAliases ?? {}, (v) => bodySchema.validate(v) === true)) : undefined;
  // A body with prose constraints is always sent: the constraints say what it must hold.
  const bodyOf = (values: fc.Arbitrary<{ value: unknown; unknowable: string[] }> | undefined): fc.Arbitrary<{ value: unknown; unknowable: string[] }> =>
    !values
      ? fc.constant({ value: undefined, unknowable: [] })
      : operation.requestBody?.required || constraints.length > 0
        ? values
        : fc.option(values, { nil: undefined, freq: 4 }).map((b) => b ?? { value: undefined, unknowable: [] });
  const body = bodyOf(referring);
  const unreferringBody = bodyOf(allowedBody?.map((value) => ({ value, unknowable: referencePointers(value) })));
  const path = fc.record(validPath);

  const compose = (parts: { path: Record<string, { value: string; invented: boolean }>; query: Record<string, string>; body: { value: unknown; unknowable: string[] } }, violation?: RequestViolation): RequestCase => {
    const invented = Object.entries(parts.path).filter(([, v]) => v.invented).map(([k]) => k);
    return {
      kind: violation ? 'invalid' : 'valid',
      pathParameters: Object.fromEntries(Object.entries(parts.path).map(([k, v]) => [k, v.value])),
      query: parts.query,
      ...(parts.body.value !== undefined ? { body: parts.body.value } : {}),
      invented,
      unknowable: [...invented.filter((name) => unknowablePath.includes(name)).map((name) => `{${name}}`), ...parts.body.unknowable.map((pointer) => `body ${pointer}`)],
      ...(violation ? { violation } : {}),
    };
  };
  const bare = (value: unknown) => ({ value, unknowable: [] as string[] });
  const valid = fc.record({ path, query: queryOf(), body }).map((parts) => compose(parts));
  const unaddressed = fc.record({ path: fc.record(inventedPath), query: queryOf(), body: unreferringBody }).map((parts) => compose(parts));

  // ---- invalid sites: each breaks one constraint of one part, the other parts valid
  const sites: fc.WeightedArbitrary<RequestCase>[] = [];
  const lenient = options.lenientParameters ?? [];
  for (const parameter of queryParameters.filter((p) => !lenient.includes(p.name))) {
    const broken = invalidValueArbitrary(resolver, parameter.schema, parameterTextValidator(resolver, parameter), { ...options, mode: 'text' });
    if (broken) {
      sites.push({
        weight: 1,
        arbitrary: fc.record({ path, query: queryOf([parameter.name]), body, broken }).map(({ broken: b, ...parts }) =>
          compose({ ...parts, query: { ...parts.query, [parameter.name]: toParameterText(b.value) } }, { ...b.violation, part: 'query', parameter: parameter.name, description: `query parameter ${parameter.name}: ${b.violation.description}` }),
        ),
      });
    }
    if (parameter.required) {
      sites.push({
        weight: 1,
        arbitrary: fc.record({ path, query: queryOf([parameter.name]), body }).map((parts) => compose(parts, { keyword: 'required', instancePath: '', property: parameter.name, part: 'query', parameter: parameter.name, description: `required query parameter ${parameter.name} left out` })),
      });
    }
  }
  for (const parameter of pathParameters.filter((p) => !lenient.includes(p.name))) {
    const broken = invalidValueArbitrary(resolver, parameter.schema, parameterTextValidator(resolver, parameter), { ...options, mode: 'text', accept: (b) => usablePathText(toParameterText(b.value)) });
    if (!broken) continue;
    const others = fc.record(Object.fromEntries(Object.entries(validPath).filter(([name]) => name !== parameter.name)));
    sites.push({
      weight: 1,
      arbitrary: fc.record({ others, query: queryOf(), body, broken }).map(({ others: o, broken: b, ...parts }) =>
        compose({ ...parts, path: { ...o, [parameter.name]: { value: toParameterText(b.value), invented: true } } }, { ...b.violation, part: 'path', parameter: parameter.name, description: `path parameter {${parameter.name}}: ${b.violation.description}` }),
      ),
    });
  }
  if (bodySchema) {
    const lenientBody = options.lenientBody ?? [];
    const allBroken = invalidValueArbitrary(resolver, bodySchema.schema, bodySchema.validate, options);
    const broken = lenientBody.length === 0 ? allBroken : allBroken?.filter((b) => !lenientBody.some((l) => l.keyword === b.violation.keyword && (l.property === undefined || l.property === b.violation.property)));
    if (broken) sites.push({ weight: 3, arbitrary: fc.record({ path, query: queryOf(), broken }).map(({ broken: b, ...parts }) => compose({ ...parts, body: bare(b.value) }, { ...b.violation, part: 'body', description: `body: ${b.violation.description}` })) });
    if (operation.requestBody?.required) {
      sites.push({ weight: 1, arbitrary: fc.record({ path, query: queryOf() }).map((parts) => compose({ ...parts, body: bare(undefined) }, { keyword: 'required', instancePath: '', part: 'body', description: 'the required request body left out' })) });
    }
  }
  return {
    valid,
    unaddressed,
    invalid: sites.length > 0 ? fc.oneof(...sites) : unavailable('no constraint of its parameters or body can be broken on its own'),
  };
}

/** A string parameter whose schema says nothing of its text (no format, pattern, enum or const). */
function isFreeText(resolver: SchemaResolver, parameter: ParameterContract): boolean {
  const flat = flattenSchema(resolver, parameter.schema);
  const types = flat.types ?? ['string'];
  return types.includes('string') && !flat.format && flat.patterns.length === 0 && !flat.enum && !flat.const;
}

const REFERENCE_NAME = /(Id|Ids|_id)$/;

/**
 * Replaces the values of body properties that name other resources by existing ones: a property
 * named like an existing value (`agentId`, `queueId`; `agentIds` takes agentId for each item; an
 * alias maps `requesterId` to `userId`). Kept only if the body stays valid. Returns the pointers
 * of reference-like properties (`…Id`) left with made-up values.
 */
function withExistingIds(body: unknown, existing: Readonly<Record<string, string>>, aliases: Readonly<Record<string, string>>, isValid: (v: unknown) => boolean): { value: unknown; unknowable: string[] } {
  const left: string[] = [];
  let replacedAny = false;
  const replace = (value: unknown, pointer: string): unknown => {
    if (Array.isArray(value)) return value.map((item, i) => replace(item, `${pointer}/${i}`));
    if (value === null || typeof value !== 'object') return value;
    const result: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      const name = aliases[key] ?? key;
      const single = name.endsWith('Ids') ? name.slice(0, -1) : name;
      const found = existing[single];
      if (found !== undefined && (typeof child === 'string' || typeof child === 'number')) {
        result[key] = typeof child === 'number' && /^-?[0-9]+$/.test(found) ? Number(found) : found;
        replacedAny = true;
      } else if (found !== undefined && Array.isArray(child) && child.length > 0 && child.every((c) => typeof c === 'string')) {
        result[key] = child.map(() => found);
        replacedAny = true;
      } else {
        if (REFERENCE_NAME.test(key) && (typeof child === 'string' || typeof child === 'number' || Array.isArray(child))) left.push(`${pointer}/${key}`);
        result[key] = replace(child, `${pointer}/${key}`);
      }
    }
    return result;
  };
  const replaced = replace(body, '');
  if (!replacedAny || isValid(replaced)) return { value: replacedAny ? replaced : body, unknowable: left };
  return { value: body, unknowable: referencePointers(body) };
}

function referencePointers(value: unknown, pointer = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => referencePointers(item, `${pointer}/${i}`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => (REFERENCE_NAME.test(key) && typeof child !== 'object' ? [`${pointer}/${key}`] : referencePointers(child, `${pointer}/${key}`)));
}

/** Valid text for a parameter; a path parameter's text is never empty nor a dot segment. */
function validText(resolver: SchemaResolver, parameter: ParameterContract, options: RequestArbitraryOptions, inPath: boolean): fc.Arbitrary<string> | undefined {
  const validate = parameterTextValidator(resolver, parameter);
  const narrower = options.parameterSchemas?.[parameter.name];
  const values =
    narrower !== undefined
      ? new ValidValueBuilder(resolver, { ...options, hugeLength: 0 }).build(narrower)
      : validValueArbitrary(resolver, parameter.schema, parameter.validate, { ...options, hugeLength: 0 });
  // Text is read back as the server would; only values whose text reads differently (numbers,
  // booleans, arrays) need validating again.
  return values?.map((value) => ({ value, text: toParameterText(value) })).filter(({ value, text }) => (typeof value === 'string' || validate(text) === true) && (!inPath || usablePathText(text))).map(({ text }) => text);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function usablePathText(text: string): boolean {
  return text !== '' && text !== '.' && text !== '..';
}
