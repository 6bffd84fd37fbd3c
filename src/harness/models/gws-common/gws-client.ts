import type { ContractRegistry, OperationContract } from '../../contracts';
import type { TargetApi } from '../../fixtures/target-api';
import type { Exchange } from '../../http/exchange';
import type { QueryValue } from '../../http/target-client';

/** A JSON body read loosely: checks look at the members their clause names. */
export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- bodies are probed member by member

const FAMILY = 'genesys-web-services';

/** One GWS answer: HTTP status, the JSON body (empty object when none) and the exchange it came from. */
export interface GwsAnswer {
  readonly status: number;
  readonly body: Json;
  readonly exchange: Exchange;
}

export interface GwsCall {
  /** Path parameter values, filled into the operation's path. */
  readonly params?: Readonly<Record<string, string>>;
  readonly query?: Readonly<Record<string, QueryValue | undefined>>;
  readonly body?: unknown;
  /** A body sent as it is instead of `body` (for a body that must not be valid JSON). */
  readonly rawBody?: string;
}

/** Calls GWS operations by operationId as one role of the profile; every exchange is kept by the test's TargetApi. */
export class GwsClient {
  constructor(
    private readonly api: TargetApi,
    private readonly contracts: ContractRegistry,
    readonly role: string,
  ) {}

  async call(operationId: string, request: GwsCall = {}, as: string = this.role): Promise<GwsAnswer> {
    const operation = this.contracts.operation(FAMILY, operationId);
    return this.send(operation.method, pathOf(operation, request), request, as, operationId);
  }

  /**
   * Sends `method` on the path of `operationId` where the contract has no operation with that
   * method (POST on a resource that is only read, say), to see the target refuse it. The exchange
   * is recorded and redacted like every other, and names no operation, so that no operation's
   * checks or coverage count it. A method the contract has on that path is an error: `call` it.
   */
  async callUndocumented(method: string, operationId: string, request: GwsCall = {}, as: string = this.role): Promise<GwsAnswer> {
    const operation = this.contracts.operation(FAMILY, operationId);
    const verb = method.toUpperCase();
    const documented = this.contracts.operations(FAMILY).find((o) => o.path === operation.path && o.method.toUpperCase() === verb);
    if (documented) throw new Error(`${verb} ${operation.path} is operation ${documented.operationId} of the contract: call it by its operationId`);
    return this.send(verb, pathOf(operation, request), request, as);
  }

  private async send(method: string, path: string, request: GwsCall, as: string, operationId?: string): Promise<GwsAnswer> {
    const exchange = await this.api.send({ method, path, as, ...(operationId ? { operationId } : {}), ...(request.query ? { query: request.query } : {}), ...(request.body !== undefined ? { body: request.body } : {}), ...(request.rawBody !== undefined ? { rawBody: request.rawBody } : {}) });
    const json = exchange.response?.json;
    return { status: exchange.response?.status ?? 0, body: json !== null && typeof json === 'object' && !Array.isArray(json) ? (json) : {}, exchange };
  }
}

/** The operation's path with the call's path parameters filled in. */
function pathOf(operation: OperationContract, request: GwsCall): string {
  return operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = request.params?.[name];
    if (value === undefined) throw new Error(`${operation.operationId}: no value for path parameter {${name}}`);
    return encodeURIComponent(value);
  });
}

/**
 * Whether an answer reports success: HTTP 2xx with statusCode 0, or an empty body (Accept and
 * Reject, gws.sm-accept-empty-response), or the {"status": "ok"} / {"status": 0} variants of the
 * examples (gws.sm-status-ok-envelope, accepted as the same outcome).
 */
export function succeeded(answer: GwsAnswer): boolean {
  if (answer.status < 200 || answer.status >= 300) return false;
  const { statusCode, status } = answer.body;
  if (statusCode !== undefined) return statusCode === 0;
  if (status !== undefined) return status === 'ok' || status === 0;
  return (answer.exchange.response?.bodyText ?? '').trim() === '';
}

/** Whether an answer refuses the operation: a non-zero statusCode (with any HTTP status), or an error status. */
export function refused(answer: GwsAnswer): boolean {
  const { statusCode, status } = answer.body;
  if (typeof statusCode === 'number') return statusCode !== 0 && statusCode !== 7;
  if (status === 'error' || (typeof status === 'number' && status > 0)) return true;
  return answer.status >= 400;
}

/** "<METHOD> <url> answered <status>: <body start>", for assertion messages. */
export function told(answer: GwsAnswer): string {
  const { exchange } = answer;
  const body = exchange.response?.bodyText.slice(0, 300) ?? exchange.error ?? '';
  const sent = exchange.request.body !== undefined ? ` ${JSON.stringify(exchange.request.body)}` : '';
  return `${exchange.request.method} ${exchange.request.url}${sent} answered ${answer.status}: ${body}`;
}
