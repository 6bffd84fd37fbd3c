import type { Dispatcher } from 'undici';
import type { Exchange } from './exchange';
import type { Redactor } from './redactor';
import { ResponseTooLargeError } from './target-errors';

/**
 * What a sender tells the recorder about a request, passed as the dispatch's `opaque`: who sent
 * it, for which operation, the body before serialisation, and where to hand the record.
 */
export interface ExchangeLabel {
  readonly role?: string;
  readonly operationId?: string;
  /** The request body as data (its text is what was sent). */
  readonly body?: unknown;
  /** Receives this request's record, once, before the response is passed on. */
  readonly onRecorded?: (exchange: Exchange) => void;
}

export interface ExchangeRecorderOptions {
  readonly redactor: Redactor;
  /** Every exchange recorded, already redacted (a run-level log, a report). */
  readonly onExchange?: (exchange: Exchange) => void;
  /** Larger response bodies abort the request with ResponseTooLargeError. */
  readonly maxResponseBytes?: number;
}

let nextExchangeId = 1;

/**
 * The one record of exchanges: an undici interceptor that sees every request a client sends and
 * every response, and makes of each one `Exchange`, redacted here and nowhere else (credentials
 * in headers, secret values in the URL and bodies). Checks and reports read these records.
 */
export function exchangeRecorder(options: ExchangeRecorderOptions): Dispatcher.DispatcherComposeInterceptor {
  return (dispatch) => (opts, handler) => dispatch(opts, new RecordingHandler(opts, handler, options));
}

class RecordingHandler implements Dispatcher.DispatchHandler {
  private readonly started = performance.now();
  private readonly startedAt = new Date().toISOString();
  private readonly chunks: Buffer[] = [];
  private size = 0;
  private status = 0;
  private headers: Record<string, string> = {};
  private recorded = false;

  constructor(
    private readonly opts: Dispatcher.DispatchOptions,
    private readonly next: Dispatcher.DispatchHandler,
    private readonly options: ExchangeRecorderOptions,
  ) {}

  onRequestStart(controller: Dispatcher.DispatchController, context: unknown): void {
    this.next.onRequestStart?.(controller, context);
  }

  onResponseStart(controller: Dispatcher.DispatchController, statusCode: number, headers: Record<string, string | string[] | undefined>, statusMessage?: string): void {
    this.status = statusCode;
    this.headers = this.options.redactor.headers(headers);
    this.next.onResponseStart?.(controller, statusCode, headers, statusMessage);
  }

  onResponseData(controller: Dispatcher.DispatchController, chunk: Buffer): void {
    this.size += chunk.length;
    const limit = this.options.maxResponseBytes ?? 10 * 1024 * 1024;
    if (this.size > limit) {
      controller.abort(new ResponseTooLargeError(this.url(), limit));
      return;
    }
    this.chunks.push(chunk);
    this.next.onResponseData?.(controller, chunk);
  }

  onResponseEnd(controller: Dispatcher.DispatchController, trailers: Record<string, string | string[] | undefined>): void {
    const bodyText = this.options.redactor.text(Buffer.concat(this.chunks).toString('utf8'));
    let json: unknown;
    if (bodyText !== '' && /json/i.test(this.headers['content-type'] ?? '')) {
      try {
        json = JSON.parse(bodyText);
      } catch {
        json = undefined;
      }
    }
    this.record({ status: this.status, headers: this.headers, bodyText, ...(json !== undefined ? { json } : {}) });
    this.next.onResponseEnd?.(controller, trailers);
  }

  onResponseError(controller: Dispatcher.DispatchController, error: Error): void {
    this.record(undefined, error.message);
    this.next.onResponseError?.(controller, error);
  }

  private url(): string {
    return this.options.redactor.text(`${String(this.opts.origin ?? '')}${this.opts.path}`);
  }

  private record(response: Exchange['response'], error?: string): void {
    if (this.recorded) return;
    this.recorded = true;
    const label = (this.opts as { opaque?: ExchangeLabel }).opaque ?? {};
    const redactor = this.options.redactor;
    const requestHeaders = redactor.headers((this.opts.headers ?? {}) as Record<string, string>);
    const bodyText = typeof this.opts.body === 'string' ? this.opts.body : undefined;
    let body: unknown;
    if (bodyText !== undefined) body = redactor.mentionsSecret(bodyText) ? safeParse(redactor.text(bodyText)) : label.body !== undefined ? label.body : safeParse(bodyText);
    const exchange: Exchange = {
      id: nextExchangeId++,
      startedAt: this.startedAt,
      durationMs: Math.round(performance.now() - this.started),
      ...(label.role !== undefined ? { role: label.role } : {}),
      ...(label.operationId !== undefined ? { operationId: label.operationId } : {}),
      request: { method: String(this.opts.method).toUpperCase(), url: this.url(), headers: requestHeaders, ...(bodyText !== undefined ? { body } : {}) },
      ...(response ? { response } : {}),
      ...(error !== undefined ? { error } : {}),
    };
    label.onRecorded?.(exchange);
    this.options.onExchange?.(exchange);
  }
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
