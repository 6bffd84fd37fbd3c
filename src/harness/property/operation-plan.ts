import type { ContractRegistry, OperationContract } from '../contracts';
import { isRecord } from '../contracts/is-record';
import type { OperationRules } from './property-rules';

/** Where a fresh resource for a destructive operation comes from. */
export type FreshSource =
  | {
      readonly kind: 'provider-state';
      readonly state: string;
      readonly parameters: readonly string[];
      /** Path parameter → the member of the state's answer that names it, where the names differ. */
      readonly members?: Readonly<Record<string, string>>;
      /** Body member of a valid request → the member of the state's answer that gives its value. */
      readonly body?: Readonly<Record<string, string>>;
    }
  | { readonly kind: 'create'; readonly operation: OperationContract; readonly parameter: string };

/** What the property suite knows about one operation before generating anything. */
export interface OperationPlan {
  readonly operation: OperationContract;
  readonly rules: OperationRules;
  /** Roles of the profile the operation permits, and those it does not. */
  readonly permitted: readonly string[];
  readonly forbidden: readonly string[];
  /** POST on a collection: the GET of one member, to read a created resource back. */
  readonly readBack?: OperationContract;
  /** DELETE: the GET of the same resource, and the list of its collection. */
  readonly readSame?: OperationContract;
  readonly list?: OperationContract;
  /** Destructive operations: how to get a resource of their own for each case. */
  readonly fresh?: FreshSource;
}

const PARAMETER = /\{([^}]+)\}/g;

/** Builds an operation's plan from the contracts and the profile's roles. */
export function planOperation(contracts: ContractRegistry, operation: OperationContract, roles: readonly string[], rules: OperationRules): OperationPlan {
  const family = contracts.family(operation.family);
  const gets = [...family.operations.values()].filter((o) => o.method === 'get');
  const allowed = roles.filter((role) => !operation.roles || operation.roles.includes(role));
  const permitted = rules.callers ? allowed.filter((role) => rules.callers!.includes(role)) : allowed;
  const forbidden = roles.filter((role) => !allowed.includes(role));
  const plan: { -readonly [K in keyof OperationPlan]: OperationPlan[K] } = { operation, rules, permitted, forbidden };

  if (operation.method === 'post') {
    const readBack = gets.find((g) => parentPath(g.path) === operation.path && lastParameter(g.path) !== undefined);
    if (readBack) plan.readBack = readBack;
  }
  if (operation.method === 'delete') {
    const same = gets.find((g) => g.path === operation.path);
    if (same) plan.readSame = same;
    const collection = parentPath(operation.path);
    const list = collection ? gets.find((g) => g.path === collection) : undefined;
    if (list && lastParameter(operation.path)) plan.list = list;
  }
  if (rules.fresh) {
    const members = rules.fresh.parameters ?? {};
    plan.fresh = { kind: 'provider-state', state: rules.fresh.state, parameters: Object.keys(members), members, ...(rules.fresh.body ? { body: rules.fresh.body } : {}) };
  } else if (operation.destructive) {
    const fresh = freshSource(contracts, operation);
    if (fresh) plan.fresh = fresh;
  }
  return plan;
}

/** Lower-case words of a path or a state name, plural `s` dropped, parameters left out. */
function words(text: string): string[] {
  return [...new Set(text.replace(/\{[^}]+\}/g, ' ').toLowerCase().split(/[^a-z]+/).filter((w) => w.length > 2).map((w) => w.replace(/s$/, '')))];
}

/** `/v1/tags/{tagId}` → `/v1/tags`; undefined when the path does not end with a parameter. */
export function parentPath(path: string): string | undefined {
  const match = /^(.*)\/\{[^}]+\}$/.exec(path);
  return match ? match[1] : undefined;
}

export function lastParameter(path: string): string | undefined {
  const all = [...path.matchAll(PARAMETER)].map((m) => m[1]!);
  return all[all.length - 1];
}

/**
 * A resource of its own for each case of a destructive operation, so that deleting or anonymising
 * never touches the resources other tests read: a provider state that needs no parameters and
 * returns the operation's last path parameter (the more of its parameters the better), else the
 * POST of the collection that parameter is a member of.
 */
function freshSource(contracts: ContractRegistry, operation: OperationContract): FreshSource | undefined {
  const last = lastParameter(operation.path);
  if (!last) return undefined;
  const pathParameters = [...operation.path.matchAll(PARAMETER)].map((m) => m[1]!);
  const family = contracts.family(operation.family);
  const pathWords = words(operation.path);
  let best: { state: string; parameters: string[]; returns: number; shared: number } | undefined;
  for (const state of family.providerStates.values()) {
    const params = state.params.schema;
    if (isRecord(params) && Array.isArray(params.required) && params.required.length > 0) continue;
    const returns = isRecord(state.returns.schema) && isRecord(state.returns.schema.properties) ? Object.keys(state.returns.schema.properties) : [];
    const covered = pathParameters.filter((p) => returns.includes(p) || returns.includes(`${p}s`));
    if (!covered.includes(last)) continue;
    // The most path parameters covered; then the state whose name shares the most words with the
    // path (a "message conversation" for /conversations/messages/...); then the most specific one.
    const shared = words(state.name).filter((w) => pathWords.includes(w)).length;
    // A bare `id` says nothing of what it names: the state must name the path's resource too (an
    // agent state definition's id is no user's).
    if (covered.every((p) => p === 'id') && shared === 0) continue;
    const better =
      !best ||
      covered.length > best.parameters.length ||
      (covered.length === best.parameters.length && (shared > best.shared || (shared === best.shared && returns.length < best.returns)));
    if (better) best = { state: state.name, parameters: covered, returns: returns.length, shared };
  }
  if (best) return { kind: 'provider-state', state: best.state, parameters: best.parameters };
  const collection = operation.path.slice(0, operation.path.lastIndexOf(`/{${last}}`));
  // The collection's create, when the harness can make its body (JSON, or none needed).
  const create = [...family.operations.values()].find((o) => o.method === 'post' && o.path === collection && !o.destructive && (!o.requestBody?.required || o.requestBody.content.has('application/json')));
  return create ? { kind: 'create', operation: create, parameter: last } : undefined;
}
