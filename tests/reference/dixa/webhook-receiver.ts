import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Delivery {
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: unknown;
}

/** A webhook receiver on 127.0.0.1 (port 0) that records every delivery and lets a test wait for one. */
export interface WebhookReceiver {
  /** A fresh URL on the receiver; deliveries to it are told apart by its path. */
  url(path: string): string;
  deliveries(path: string): Delivery[];
  /** Resolves with the `count`-th delivery to `path`, or rejects after `timeoutMs`. */
  waitFor(path: string, count?: number, timeoutMs?: number): Promise<Delivery>;
  close(): Promise<void>;
}

export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const received: Delivery[] = [];
  const waiters = new Set<() => void>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ path: req.url ?? '/', headers: req.headers, body: JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null') });
      res.writeHead(200).end('ok');
      for (const wake of waiters) wake();
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const deliveries = (path: string) => received.filter((d) => d.path === path);
  return {
    url: (path) => `${base}${path}`,
    deliveries,
    waitFor: (path, count = 1, timeoutMs = 5_000) =>
      new Promise<Delivery>((resolve, reject) => {
        const check = () => {
          const delivery = deliveries(path)[count - 1];
          if (!delivery) return;
          cleanup();
          resolve(delivery);
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`no delivery #${count} to ${path} within ${timeoutMs} ms`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      }),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
