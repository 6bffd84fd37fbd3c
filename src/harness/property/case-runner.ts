import fc from 'fast-check';
import type { ContractRegistry, OperationContract } from '../contracts';
import type { RequestCase } from '../arbitraries/request-arbitrary';
import { validValueArbitrary } from '../arbitraries/valid-value';
import type { CheckCatalogue } from '../checks/check-catalogue';
import { CALLER_CHECKS, CHECK_FUNCTIONS } from '../checks/check-registry';
import type { CallerKind, CheckContext, FollowUps, SentRequest } from '../checks/exchange-check';
import type { Exchange } from '../http/exchange';
import type { TargetRequest } from '../http/target-client';
import { parameterText, simplestValue } from '../schema/simplest-value';
import type { OperationPlan } from './operation-plan';

/** One generated case: a request and who sends it. */
export interface PropertyCase {
  readonly request: RequestCase;
  readonly caller: { readonly kind: CallerKind; readonly role?: string };
}

/** What a case needs from the outside world. */
export interface CaseEnvironment {
  readonly contracts: ContractRegistry;
  readonly catalogue: CheckCatalogue;
  /** Check ids in use, in the order they are evaluated. */
  readonly checks: readonly string[];
  send(request: TargetRequest): Promise<Exchange>;
  /** Sets up a provider state; the data it answers, or a reason it could not. */
  providerState(name: string, params?: Readonly<Record<string, unknown>>): Promise<{ ok: true; data: Readonly<Record<string, unknown>> } | { ok: false; reason: string }>;
}

export interface CheckFailure {
  readonly checkId: string;
  readonly clause: string;
  readonly reason: string;
  /** The exchange the check judged (the main request's). */
  readonly exchange: Exchange;
}

export interface CaseOutcome {
  readonly exchanges: readonly Exchange[];
  readonly failures: readonly CheckFailure[];
  /** Check id → clause, for every check that gave a verdict on this case. */
  readonly verdicts: ReadonlyMap<string, string>;
}

/** Thrown when a case cannot be set up (a provider state refused, a create failed): not a conformance verdict. */
export class CaseSetupError extends Error {
  readonly code = 'CC_CASE_SETUP';

  constructor(message: string) {
    super(message);
    this.name = 'CaseSetupError';
  }
}

/**
 * Runs one case: gets the destructive operation a resource of its own, sends the request, makes
 * the follow-up reads a lifecycle check needs, and judges the exchange with every check in use
 * that has a clause for this operation.
 */
export async function runCase(env: CaseEnvironment, plan: OperationPlan, propertyCase: PropertyCase): Promise<CaseOutcome> {
  const { operation } = plan;
  const { request, caller } = propertyCase;
  const exchanges: Exchange[] = [];
  const send = async (r: TargetRequest) => {
    const exchange = await env.send(r);
    exchanges.push(exchange);
    return exchange;
  };
  const pathParameters = { ...request.pathParameters };
  let body = request.body;
  if (plan.fresh) {
    const fresh = await freshResource(env, plan, request, send);
    Object.assign(pathParameters, fresh.pathParameters);
    body = fresh.body;
  }

  const role = caller.kind === 'anonymous' ? 'anonymous' : (caller.role ?? 'anonymous');
  const exchange = await send({
    method: operation.method.toUpperCase(),
    path: fillPath(operation.path, pathParameters),
    query: request.query,
    ...(body !== undefined ? { body } : {}),
    as: role,
    ...(caller.kind === 'spoiled' ? { spoilCredentials: true } : {}),
    operationId: operation.operationId,
  });
  const sent: SentRequest = {
    kind: request.kind,
    caller: caller.kind,
    invented: request.invented,
    unknowable: [...request.unknowable, ...plan.rules.unknowable],
    ...(request.violation ? { violation: request.violation.description } : {}),
  };
  const clauseOf = (checkId: string) => cachedClause(env.catalogue, operation, checkId, exchange.response?.status, request.violation?.keyword);
  const followUps = await followUpReads(env, plan, request, caller.kind, role, pathParameters, exchange, clauseOf, send);

  const context: CheckContext = { contracts: env.contracts, operation, exchange, sent, ...(followUps ? { followUps } : {}) };
  const failures: CheckFailure[] = [];
  const verdicts = new Map<string, string>();
  let errorBodyJudged = false;
  for (const checkId of env.checks) {
    const clause = clauseOf(checkId);
    if (!clause) continue;
    // One defect, one clause: an error body the family's error-body rule judged is not judged
    // again by the schema of its status.
    if (checkId === 'response_schema_conformance' && errorBodyJudged) continue;
    const outcome = CHECK_FUNCTIONS[checkId]!(context);
    if (!outcome) continue;
    if (checkId === 'error_body_shape') errorBodyJudged = true;
    verdicts.set(checkId, clause);
    if (!outcome.ok) failures.push({ checkId, clause, reason: outcome.reason, exchange });
    // One defect, one clause: a request served to a caller it should have been refused to is not
    // judged further (what the target did with it, a 404 say, follows from serving it at all).
    if (!outcome.ok && CALLER_CHECKS.has(checkId)) break;
  }
  return { exchanges, failures, verdicts };
}

const clauseCache = new WeakMap<OperationContract, Map<string, string | undefined>>();

/** The clause of a check for an operation, status and violated keyword (looked up once per combination). */
function cachedClause(catalogue: CheckCatalogue, operation: OperationContract, checkId: string, status: number | undefined, violation: string | undefined): string | undefined {
  let cache = clauseCache.get(operation);
  if (!cache) clauseCache.set(operation, (cache = new Map<string, string | undefined>()));
  const key = `${checkId} ${status ?? ''} ${violation ?? ''}`;
  if (!cache.has(key)) cache.set(key, catalogue.clauseFor(checkId, operation.family, operation.operationId, { ...(status !== undefined ? { status } : {}), ...(violation !== undefined ? { violation } : {}) }));
  return cache.get(key);
}

export function fillPath(path: string, parameters: Readonly<Record<string, string>>): string {
  return path.replace(/\{([^}]+)\}/g, (whole, name: string) => (parameters[name] !== undefined ? encodeURIComponent(parameters[name]) : whole));
}

/**
 * Values for the operation's own resource (never one other tests read): its path parameters, and
 * the request body with the members a fresh rule names taken from the provider state's answer
 * (valid requests only: an invalid one keeps the member it breaks).
 */
async function freshResource(env: CaseEnvironment, plan: OperationPlan, request: RequestCase, send: (r: TargetRequest) => Promise<Exchange>): Promise<{ pathParameters: Record<string, string>; body: unknown }> {
  const fresh = plan.fresh!;
  if (fresh.kind === 'provider-state') {
    // A request naming no existing resource (see RequestArbitraries.unaddressed) needs none.
    if (fresh.parameters.length > 0 && fresh.parameters.every((name) => request.invented.includes(name))) return { pathParameters: {}, body: request.body };
    const result = await env.providerState(fresh.state);
    if (!result.ok) throw new CaseSetupError(`a fresh resource for ${plan.operation.operationId}: ${result.reason}`);
    const values: Record<string, string> = {};
    for (const name of fresh.parameters) {
      if (request.invented.includes(name)) continue;
      const value = answered(result.data, fresh.members?.[name] ?? name);
      if (typeof value === 'string' || typeof value === 'number') values[name] = String(value);
    }
    return { pathParameters: values, body: freshBodyMembers(plan, request, fresh.body, result.data) };
  }
  // A made-up parent (an interaction that does not exist) gets no child: the request names nothing anyway.
  const parents = [...fresh.operation.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
  if ([fresh.parameter, ...parents].some((name) => request.invented.includes(name))) return { pathParameters: {}, body: request.body };
  const created = freshBody(env, fresh.operation);
  const role = plan.permitted[0];
  if (!role) throw new CaseSetupError(`no role of the profile may call ${fresh.operation.operationId} to create a resource for ${plan.operation.operationId}`);
  const exchange = await send({ method: 'POST', path: fillPath(fresh.operation.path, { ...request.pathParameters }), ...(created !== undefined ? { body: created } : {}), as: role, operationId: fresh.operation.operationId });
  const id = resourceId(exchange);
  if (id === undefined) throw new CaseSetupError(`${fresh.operation.operationId} created no resource for ${plan.operation.operationId}: ${exchange.response?.status ?? exchange.error ?? ''} ${exchange.response?.bodyText.slice(0, 200) ?? ''}`);
  return { pathParameters: { [fresh.parameter]: id }, body: request.body };
}

/**
 * The request body with the members a fresh rule names set from the provider state's answer. An
 * invalid request keeps the member its violation is about, and keeps its body as it was if the
 * values would make it valid again: it still breaks exactly one constraint, now of a resource
 * that exists.
 */
function freshBodyMembers(plan: OperationPlan, request: RequestCase, members: Readonly<Record<string, string>> | undefined, data: Readonly<Record<string, unknown>>): unknown {
  const body = request.body;
  if (!members || body === null || typeof body !== 'object' || Array.isArray(body)) return body;
  const violation = request.violation?.part === 'body' ? request.violation : undefined;
  const broken = (member: string) =>
    violation !== undefined && (violation.instancePath === `/${member}` || violation.instancePath.startsWith(`/${member}/`) || (violation.instancePath === '' && violation.property === member));
  const patched: Record<string, unknown> = { ...(body as Record<string, unknown>) };
  for (const [member, from] of Object.entries(members)) {
    const value = answered(data, from);
    if (value !== undefined && !broken(member)) patched[member] = value;
  }
  if (request.kind === 'invalid' && plan.operation.requestBody?.content.get('application/json')?.validate(patched) === true) return body;
  return patched;
}

/** A member of a provider state's answer: a value, the first of a list (`channels`), or the first of its plural (`…s`). */
function answered(data: Readonly<Record<string, unknown>>, member: string): unknown {
  const value = data[member];
  if (Array.isArray(value)) return value[0];
  if (value !== undefined) return value;
  const plural = data[`${member}s`];
  return Array.isArray(plural) ? plural[0] : undefined;
}

const freshBodies = new WeakMap<OperationContract, fc.Arbitrary<unknown> | null>();

function freshBody(env: CaseEnvironment, create: OperationContract): unknown {
  let arbitrary = freshBodies.get(create);
  if (arbitrary === undefined) {
    const schema = create.requestBody?.content.get('application/json');
    arbitrary = (schema && validValueArbitrary(env.contracts.resolver, schema.schema, schema.validate, { hugeLength: 0 })) || null;
    freshBodies.set(create, arbitrary);
  }
  return arbitrary ? fc.sample(arbitrary, 1)[0] : undefined;
}

/** The id a create answered: `id`, or `data.id` (Dixa). */
export function resourceId(exchange: Exchange): string | undefined {
  const json = exchange.response?.json as { id?: unknown; data?: { id?: unknown } } | undefined;
  const status = exchange.response?.status ?? 0;
  if (status < 200 || status >= 300 || !json || typeof json !== 'object') return undefined;
  const id = json.id ?? (json.data && typeof json.data === 'object' ? json.data.id : undefined);
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

/** The reads a lifecycle check needs after a successful valid request, when the check has a clause here. */
async function followUpReads(
  env: CaseEnvironment,
  plan: OperationPlan,
  request: RequestCase,
  caller: CallerKind,
  role: string,
  pathParameters: Readonly<Record<string, string>>,
  exchange: Exchange,
  clauseOf: (checkId: string) => string | undefined,
  send: (r: TargetRequest) => Promise<Exchange>,
): Promise<FollowUps | undefined> {
  const status = exchange.response?.status ?? 0;
  if (request.kind !== 'valid' || caller !== 'permitted' || status < 200 || status >= 300) return undefined;
  const read = (operation: OperationContract, parameters: Readonly<Record<string, string>>) =>
    send({ method: 'GET', path: fillPath(operation.path, parameters), query: requiredQuery(env, operation), as: role, operationId: operation.operationId });
  if (plan.readBack && env.checks.includes('created_resource_readable') && clauseOf('created_resource_readable')) {
    const id = resourceId(exchange);
    const name = /\{([^}]+)\}$/.exec(plan.readBack.path)?.[1];
    if (id === undefined || !name) return undefined;
    return { resourceId: id, read: await read(plan.readBack, { ...pathParameters, [name]: id }) };
  }
  const wantsGone = env.checks.includes('deleted_resource_gone') && clauseOf('deleted_resource_gone');
  const wantsUnlisted = env.checks.includes('deleted_resource_unlisted') && clauseOf('deleted_resource_unlisted');
  if (!wantsGone && !wantsUnlisted) return undefined;
  const id = pathParameters[/\{([^}]+)\}$/.exec(plan.operation.path)?.[1] ?? ''];
  return {
    ...(id !== undefined ? { resourceId: id } : {}),
    ...(wantsGone && plan.readSame ? { read: await read(plan.readSame, pathParameters) } : {}),
    ...(wantsUnlisted && plan.list ? { list: await read(plan.list, pathParameters) } : {}),
  };
}

/** Plain values for a read's required query parameters (a list that needs a filter). */
function requiredQuery(env: CaseEnvironment, operation: OperationContract): Record<string, string> {
  const query: Record<string, string> = {};
  for (const parameter of operation.parameters) {
    if (parameter.in !== 'query' || !parameter.required) continue;
    const value = simplestValue(env.contracts.resolver, parameter.schema, (v) => parameter.validate(v) === true);
    if (value !== undefined) query[parameter.name] = parameterText(value);
  }
  return query;
}
