import type { ContractRegistry, Family } from '../../src/harness/contracts';
import type { Exchange } from '../../src/harness/http/exchange';
import type { QueryValue } from '../../src/harness/http/target-client';
import type { ProviderStates } from '../../src/harness/fixtures/provider-states';
import type { TargetApi } from '../../src/harness/fixtures/target-api';
import type { FamilyTarget } from '../../src/harness/profile/target-profile';
import { test } from '../../src/harness/test';

/**
 * Small helpers shared by the example-based behaviour suites (suites/<family>/behaviour-*.spec.ts):
 * provider states that skip with the target's reason, destructive operations only where the
 * profile allows them, one role per family, and requests named by their operation.
 */

/** A JSON body read loosely: suites look at the fields their clause names. */
export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- bodies are probed field by field

/** Sets up a provider state; a target that cannot provide it skips the test with its reason (unknown is not pass). */
export async function given<T = Json>(providerStates: ProviderStates, state: string, params: Readonly<Record<string, unknown>> = {}): Promise<T> {
  const result = await providerStates.setUp(state, params);
  if (!result.ok) test.skip(true, result.reason);
  return (result.ok ? result.data : {}) as T;
}

/** Skips the test unless the profile allows destructive operations, naming the ones it would call. */
export function requireDestructive(target: FamilyTarget, contracts: ContractRegistry, operationIds: readonly string[]): void {
  const destructive = operationIds.filter((id) => contracts.operation(target.family, id).destructive);
  test.skip(destructive.length > 0 && !target.allowDestructive, `the profile does not allow destructive operations (${destructive.join(', ')}) on ${target.family}`);
}

/** The first of the preferred roles the profile has credentials for; otherwise its first role. */
export function roleOf(target: FamilyTarget, preferred: readonly string[]): string {
  const roles = Object.keys(target.credentials);
  const role = preferred.find((r) => roles.includes(r)) ?? roles[0];
  if (role === undefined) test.skip(true, `the profile gives ${target.family} no credentials`);
  return role ?? '';
}

export interface Call {
  readonly operationId: string;
  /** Path parameter values by name (an object holding at least the path's parameters), filled into the operation's path. */
  readonly params?: object;
  readonly query?: Readonly<Record<string, QueryValue | undefined>>;
  readonly body?: unknown;
  /** Path used verbatim instead of the operation's (links the target handed out). */
  readonly path?: string;
}

/** Calls operations of one family as one role. */
export class Caller {
  constructor(
    private readonly api: TargetApi,
    private readonly contracts: ContractRegistry,
    private readonly family: Family,
    readonly role: string,
  ) {}

  async call(request: Call, as: string = this.role): Promise<Exchange> {
    const operation = this.contracts.operation(this.family, request.operationId);
    const path = request.path ?? operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
      const value: unknown = request.params === undefined ? undefined : (request.params as Record<string, unknown>)[name];
      if (typeof value !== 'string' && typeof value !== 'number') throw new Error(`${request.operationId}: no value for path parameter {${name}}`);
      return encodeURIComponent(String(value));
    });
    return this.api.send({ method: operation.method, path, as, operationId: operation.operationId, ...(request.query ? { query: request.query } : {}), ...(request.body !== undefined ? { body: request.body } : {}) });
  }
}

/** The HTTP status of an exchange (0 when no response came). */
export const statusOf = (exchange: Exchange): number => exchange.response?.status ?? 0;

/** The parsed JSON body (an empty object when there is none). */
export const bodyOf = (exchange: Exchange): Json => {
  const json = exchange.response?.json;
  return json !== null && typeof json === 'object' ? json : {};
};

/** "<METHOD> <url> answered <status>: <body start>", for assertion messages. */
export function told(exchange: Exchange): string {
  return `${exchange.request.method} ${exchange.request.url} answered ${exchange.response?.status ?? exchange.error ?? '?'}: ${exchange.response?.bodyText.slice(0, 300) ?? ''}`;
}

export const is2xx = (exchange: Exchange): boolean => statusOf(exchange) >= 200 && statusOf(exchange) < 300;
export const is4xx = (exchange: Exchange): boolean => statusOf(exchange) >= 400 && statusOf(exchange) < 500;
