import { Pool, errors as undiciErrors, type Dispatcher } from 'undici';
import type { Credential, FamilyTarget } from '../profile/target-profile';
import type { Exchange } from './exchange';
import { exchangeRecorder, type ExchangeLabel } from './exchange-recorder';
import { RateLimiter } from './rate-limiter';
import type { Redactor } from './redactor';
import { ResponseTooLargeError, TargetTimeoutError, TargetUnreachableError } from './target-errors';

export type QueryValue = string | number | boolean | readonly (string | number | boolean)[];

export interface TargetRequest {
  readonly method: string;
  /** Path after the base URL, with path parameters already filled in. */
  readonly path: string;
  readonly query?: Readonly<Record<string, QueryValue | undefined>>;
  readonly body?: unknown;
  /**
   * A body sent as it is, instead of `body` serialised (content-type application/json unless
   * `headers` say otherwise): for requests whose body must not be valid JSON.
   */
  readonly rawBody?: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** Whose credentials to send: a role of the profile, or the word `anonymous` for none. */
  readonly as: string;
  /** Send the role's credentials spoiled (a wrong secret), to test rejection. */
  readonly spoilCredentials?: boolean;
  readonly operationId?: string;
}

export interface TargetClientOptions {
  readonly timeoutMs: number;
  readonly redactor: Redactor;
  /** Called with every exchange, already redacted. */
  readonly onExchange?: (exchange: Exchange) => void;
  readonly maxResponseBytes?: number;
}

/**
 * The one way suites talk to a target family: keep-alive pool, per-target rate limit, a time
 * bound on every request. Every exchange is recorded, redacted, by the exchange recorder
 * interceptor composed onto the pool (exchange-recorder.ts); `send` returns that record.
 */
export class TargetClient {
  private readonly pool: Pool;
  private readonly dispatcher: Dispatcher;
  private readonly limiter: RateLimiter;
  private readonly base: URL;
  private readonly basePath: string;

  constructor(readonly target: FamilyTarget, private readonly options: TargetClientOptions) {
    this.base = new URL(target.baseUrl);
    this.basePath = this.base.pathname.replace(/\/$/, '');
    this.pool = new Pool(this.base.origin, { connections: 8, keepAliveTimeout: 10_000, pipelining: 1 });
    this.dispatcher = this.pool.compose(exchangeRecorder({ redactor: options.redactor, ...(options.onExchange ? { onExchange: options.onExchange } : {}), ...(options.maxResponseBytes ? { maxResponseBytes: options.maxResponseBytes } : {}) }));
    this.limiter = new RateLimiter(target.requestsPerSecond);
  }

  roles(): string[] {
    return Object.keys(this.target.credentials);
  }

  url(request: Pick<TargetRequest, 'path' | 'query'>): URL {
    return new URL(this.pathAndQuery(request), this.base.origin);
  }

  /** The request target (path and query string) of a request, encoded as URLSearchParams does. */
  pathAndQuery(request: Pick<TargetRequest, 'path' | 'query'>): string {
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries(request.query ?? {})) {
      if (value === undefined) continue;
      for (const item of Array.isArray(value) ? value : [value]) query.append(name, String(item));
    }
    const search = query.size > 0 ? `?${query.toString()}` : '';
    return this.basePath + request.path + search;
  }

  async send(request: TargetRequest): Promise<Exchange> {
    const target = this.pathAndQuery(request);
    const headers: Record<string, string> = { accept: 'application/json', ...(request.headers ?? {}) };
    if (request.as !== 'anonymous') headers.authorization = authorization(this.credential(request.as), request.spoilCredentials === true);
    let body: string | undefined;
    if (request.rawBody !== undefined || request.body !== undefined) {
      body = request.rawBody ?? JSON.stringify(request.body);
      headers['content-type'] ??= 'application/json';
    }
    const turn = this.limiter.take();
    if (turn) await turn;
    let exchange: Exchange | undefined;
    const label: ExchangeLabel = {
      ...(request.as !== 'anonymous' ? { role: request.as } : {}),
      ...(request.operationId ? { operationId: request.operationId } : {}),
      ...(request.body !== undefined && request.rawBody === undefined ? { body: request.body } : {}),
      onRecorded: (recorded) => (exchange = recorded),
    };
    try {
      await dispatchAndWait(this.dispatcher, {
        origin: this.base.origin,
        path: target,
        method: request.method.toUpperCase(),
        headers,
        ...(body !== undefined ? { body } : {}),
        headersTimeout: this.options.timeoutMs,
        bodyTimeout: this.options.timeoutMs,
        opaque: label,
      } as Dispatcher.DispatchOptions);
      if (!exchange) throw new Error(`no exchange was recorded for ${request.method} ${request.path}`);
      return exchange;
    } catch (error) {
      const safeUrl = this.options.redactor.text(this.base.origin + target);
      if (error instanceof undiciErrors.HeadersTimeoutError || error instanceof undiciErrors.BodyTimeoutError) throw new TargetTimeoutError(safeUrl, this.options.timeoutMs);
      if (error instanceof ResponseTooLargeError) throw error;
      throw new TargetUnreachableError(safeUrl, (error as Error).message);
    }
  }

  async close(): Promise<void> {
    await this.pool.close();
  }

  private credential(role: string): Credential {
    const credential = this.target.credentials[role];
    if (!credential) throw new Error(`the profile gives no credentials for role "${role}" of ${this.target.family}`);
    return credential;
  }
}

/** Dispatches and resolves when the response has ended (its record made); the body is not kept twice. */
function dispatchAndWait(dispatcher: Dispatcher, options: Dispatcher.DispatchOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    // onRequestStart marks the handler as one of undici's current handler API.
    dispatcher.dispatch(options, {
      onRequestStart: () => undefined,
      onResponseEnd: () => resolve(),
      onResponseError: (_controller, error) => reject(error),
    });
  });
}

function authorization(credential: Credential, spoil: boolean): string {
  if (credential.kind === 'basic') {
    const password = spoil ? `${credential.password}-wrong` : credential.password;
    return `Basic ${Buffer.from(`${credential.username}:${password}`).toString('base64')}`;
  }
  return `Bearer ${spoil ? `${credential.token}-wrong` : credential.token}`;
}
