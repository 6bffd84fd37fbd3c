import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One webhook request the receiver got. */
export interface WebhookDelivery {
  /** Arrival order across the whole receiver, from 1. */
  readonly sequence: number;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly bodyText: string;
  /** The parsed body, or undefined when it is not JSON. */
  readonly json: unknown;
}

export interface WaitConstraints {
  /** Bound on the wait; default 5000 ms. */
  readonly timeoutMs?: number;
  /** Only deliveries that arrived after this sequence number (see `mark()`). */
  readonly after?: number;
}

const DEFAULT_TIMEOUT_MS = 5_000;

/**
 * A loopback HTTP receiver for webhooks (Dixa): listens on 127.0.0.1 on a free port, answers
 * every POST with 200 and records it; tests wait on deliveries by event (no sleeps), with a
 * bounded timeout. Each subscription gets its own path, so a delivery is told apart by where it
 * was sent, whatever its payload says.
 */
export class WebhookReceiver {
  private readonly received: WebhookDelivery[] = [];
  private readonly waiters = new Set<() => void>();

  private readonly server: Server;
  private base = '';

  private constructor() {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
        this.record(request.url ?? '/', request.headers, Buffer.concat(chunks).toString('utf8'));
      });
    });
  }

  static async start(): Promise<WebhookReceiver> {
    const receiver = new WebhookReceiver();
    receiver.server.listen(0, '127.0.0.1');
    await once(receiver.server, 'listening');
    receiver.base = `http://127.0.0.1:${(receiver.server.address() as AddressInfo).port}`;
    return receiver;
  }

  /** The receiver's origin, http://127.0.0.1:<port>. */
  get baseUrl(): string {
    return this.base;
  }

  /** The URL of a path on this receiver. */
  url(path: string): string {
    return `${this.baseUrl}${path.startsWith('/') ? path : `/${path}`}`;
  }

  /** The sequence number of the latest delivery so far: wait with `{after: mark()}` for later ones. */
  mark(): number {
    return this.received.length;
  }

  /** Deliveries so far that satisfy `predicate`, in arrival order. */
  deliveries(predicate: (delivery: WebhookDelivery) => boolean = () => true, after = 0): WebhookDelivery[] {
    return this.received.filter((d) => d.sequence > after && predicate(d));
  }

  /** Resolves with the first delivery satisfying `predicate`; rejects after the timeout saying what was awaited. */
  waitFor(description: string, predicate: (delivery: WebhookDelivery) => boolean, constraints: WaitConstraints = {}): Promise<WebhookDelivery> {
    const timeoutMs = constraints.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.deliveries(predicate, constraints.after ?? 0)[0];
        if (!found) return;
        cleanup();
        resolve(found);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`no webhook delivery ${description} within ${timeoutMs} ms (${this.received.length} received in all)`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.waiters.delete(check);
      };
      this.waiters.add(check);
      check();
    });
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private record(path: string, headers: IncomingHttpHeaders, bodyText: string): void {
    let json: unknown;
    try {
      json = bodyText === '' ? undefined : JSON.parse(bodyText);
    } catch {
      json = undefined;
    }
    this.received.push({ sequence: this.received.length + 1, path, headers, bodyText, json });
    for (const wake of [...this.waiters]) wake();
  }
}
