import type { CometD as CometDClient, Message } from 'cometd' with { 'resolution-mode': 'import' };
import { COMETD_MOUNT } from '../../src/reference/genesys-web-services/notifier';
import { startReferenceTarget, type RunningReferenceTarget } from '../../src/reference/reference-target';
import { authorization, contracts, FAMILY, SECRET, type Role } from './genesys-web-services-client';

// The CometD client is written for browsers: adapt() gives it XMLHttpRequest and WebSocket in Node.
// eslint-disable-next-line @typescript-eslint/no-require-imports
(require('cometd-nodejs-client') as { adapt(): void }).adapt();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { CometD } = require('cometd') as { CometD: new () => CometDClient };

export type { Message };
export const WAIT_MS = 5_000;

/** Resolves with the first value `register` delivers, or rejects after `ms` with `what`. */
export function within<T>(ms: number, what: string, register: (deliver: (value: T) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${what} within ${ms} ms`)), ms);
    register((value) => {
      clearTimeout(timer);
      resolve(value);
    });
  });
}

/** A CometD session of one role, collecting the messages of its subscriptions in order. */
export class Session {
  readonly client = new CometD();
  readonly received: Message[] = [];
  private waiters: ((message: Message) => void)[] = [];
  private consumed = 0;

  constructor(url: string, authorizationValue?: string, transport: 'long-polling' | 'any' = 'long-polling') {
    // A WebSocket upgrade cannot carry the header: credentials then travel in the handshake's ext.
    if (transport === 'long-polling') this.client.unregisterTransport('websocket');
    this.client.configure({ url, logLevel: 'warn', ...(authorizationValue && transport === 'long-polling' ? { requestHeaders: { Authorization: authorizationValue } } : {}) });
  }

  handshake(ext?: Record<string, unknown>): Promise<Message> {
    return within(WAIT_MS, 'handshake reply', (deliver) => {
      this.client.handshake(ext ? { ext } : {}, deliver);
    });
  }

  subscribe(channel: string): Promise<Message> {
    return within(WAIT_MS, `reply to the subscription of ${channel}`, (deliver) => {
      this.client.subscribe(
        channel,
        (message) => {
          this.received.push(message);
          this.waiters.shift()?.(message);
        },
        deliver,
      );
    });
  }

  /** The next message of the subscriptions (already received ones first). */
  next(what: string, index = this.consumed): Promise<Message> {
    this.consumed = index + 1;
    const ready = this.received[index];
    if (ready) return Promise.resolve(ready);
    return within(WAIT_MS, what, (deliver) => {
      this.waiters.push(deliver);
    });
  }

  /** Waits until a message satisfying `last` has arrived; answers every message before it (the stream is ordered). */
  async until(what: string, last: (message: Message) => boolean): Promise<Message[]> {
    for (let i = 0; ; i += 1) {
      const message = await this.next(what, i);
      if (last(message)) return this.received.slice(0, i);
    }
  }

  close(): Promise<void> {
    if (this.client.getStatus() !== 'connected') {
      this.client.disconnect();
      return Promise.resolve();
    }
    return within(WAIT_MS, 'disconnect reply', (deliver: (value: void) => void) => {
      this.client.disconnect(() => deliver());
    });
  }
}

/** A GWS-only reference target, REST and provider-state helpers, and the CometD sessions opened on it. */
export class Bench {
  private readonly sessions: Session[] = [];

  private constructor(private readonly target: RunningReferenceTarget, readonly base: string) {}

  static async start(faults: readonly string[] = []): Promise<Bench> {
    const target = await startReferenceTarget({ secret: SECRET, families: [FAMILY], faults, contracts });
    return new Bench(target, target.urls[FAMILY] ?? '');
  }

  async rest(method: string, path: string, role: Role, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
    const response = await fetch(`${this.base}${path}`, { method, headers: { authorization: authorization(role), 'content-type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    const text = await response.text();
    return { status: response.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  }

  async state(name: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
    const response = await fetch(`${this.base}/__provider-states`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ state: name, params }) });
    if (response.status !== 200) throw new Error(`provider state "${name}": ${response.status} ${await response.text()}`);
    return (await response.json()) as Record<string, unknown>;
  }

  session(role?: Role, transport: 'long-polling' | 'any' = 'long-polling'): Session {
    const created = new Session(`${this.base}${COMETD_MOUNT}`, role ? authorization(role) : undefined, transport);
    this.sessions.push(created);
    return created;
  }

  /** An Agent session subscribed to `channels`, handshaken. */
  async subscribed(role: Role, channels: readonly string[]): Promise<Session> {
    const session = this.session(role);
    const reply = await session.handshake();
    if (!reply.successful) throw new Error(`handshake refused: ${String(reply.error)}`);
    for (const channel of channels) {
      const subscribed = await session.subscribe(channel);
      if (!subscribed.successful) throw new Error(`subscription to ${channel} refused: ${String(subscribed.error)}`);
    }
    return session;
  }

  async stop(): Promise<void> {
    await Promise.all(this.sessions.map((s) => s.close().catch(() => undefined)));
    await this.target.stop();
  }
}
