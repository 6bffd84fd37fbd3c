import type { ContractRegistry, OperationContract } from '../contracts';
import type { Exchange } from '../http/exchange';
import type { CheckOutcome } from './response-checks';

/** Who sent a request: a role the operation permits, nobody, wrong credentials, or a role it does not permit. */
export type CallerKind = 'permitted' | 'anonymous' | 'spoiled' | 'forbidden';

/** What the harness sent, as far as the checks need to know. */
export interface SentRequest {
  readonly kind: 'valid' | 'invalid';
  readonly caller: CallerKind;
  /** Path parameters with made-up values (404 is then a fine answer). */
  readonly invented: readonly string[];
  /**
   * Why a refusal of this valid request may be right after all: values whose validity the
   * contract cannot state (free-text ids, body references), or a state-dependent operation.
   */
  readonly unknowable: readonly string[];
  /** For an invalid request: the one constraint it breaks, in words. */
  readonly violation?: string;
}

/** Requests made after the main one, which lifecycle checks judge. */
export interface FollowUps {
  /** The id of the resource the main request created or deleted. */
  readonly resourceId?: string;
  /** GET of that resource. */
  readonly read?: Exchange;
  /** GET of the collection it belongs to. */
  readonly list?: Exchange;
}

/** Everything a check may look at; checks are pure functions of it. */
export interface CheckContext {
  readonly contracts: ContractRegistry;
  readonly operation: OperationContract;
  readonly exchange: Exchange;
  readonly sent: SentRequest;
  readonly followUps?: FollowUps;
}

/**
 * A named check: a verdict on one exchange, or undefined when it does not apply to it (a
 * lifecycle check on a failed request, an input check on an unauthenticated one).
 */
export type ExchangeCheck = (context: CheckContext) => CheckOutcome | undefined;

export const PASS: CheckOutcome = { ok: true };

export function fail(reason: string): CheckOutcome {
  return { ok: false, reason };
}

/** The body's top-level `statusCode` when it is a JSON object that has one. */
export function bodyStatusCode(exchange: Exchange): number | undefined {
  const json = exchange.response?.json;
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return undefined;
  const code = (json as Record<string, unknown>).statusCode;
  return typeof code === 'number' ? code : undefined;
}

/** A short view of a response for failure reasons. */
export function describeResponse(exchange: Exchange): string {
  const response = exchange.response;
  if (!response) return `no response (${exchange.error ?? 'unknown error'})`;
  const body = response.bodyText.length > 200 ? `${response.bodyText.slice(0, 200)}…` : response.bodyText;
  return `${response.status}${body ? ` ${body}` : ''}`;
}
