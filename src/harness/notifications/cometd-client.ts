import type { CometD, Message } from 'cometd' with { 'resolution-mode': 'import' };

/** One notification the subscriber received: the Bayeux message's channel and data member. */
export interface Notification {
  /** Arrival order across the whole session, from 1 (see `mark()`). */
  readonly sequence: number;
  readonly channel: string;
  /** The Bayeux `data` member: what the AsyncAPI message payloads describe (gws.notify-bayeux-envelope-forms). */
  readonly data: unknown;
}

export interface CometdSubscriberConstraints {
  /** The CometD (Bayeux) endpoint: the profile's notificationUrl. */
  readonly url: string;
  /** The Authorization header value of the handshake, e.g. "Basic ..." (the REST API's credentials). */
  readonly authorization: string;
  /** Bound on the handshake and on each subscription reply; default 5000 ms. */
  readonly timeoutMs?: number;
}

export interface WaitOptions {
  /** Only notifications that arrived after this sequence number (see `mark()`); default: all. */
  readonly after?: number;
  /** What is awaited, for the timeout message; default the predicate's name. */
  readonly awaited?: string;
}

/** The harness could not open a CometD session (handshake refused, endpoint down): "could not test", not a verdict. */
export class NotificationSessionError extends Error {
  readonly code = 'CC_NOTIFICATION_SESSION';

  constructor(
    readonly url: string,
    reason: string,
  ) {
    super(`CometD session at ${url}: ${reason}`);
    this.name = 'NotificationSessionError';
  }
}

/** No notification matching what was awaited arrived on the channel within the bound. */
export class NotificationTimeoutError extends Error {
  readonly code = 'CC_NOTIFICATION_TIMEOUT';

  constructor(
    readonly channel: string,
    readonly awaited: string,
    readonly timeoutMs: number,
    /** The notifications that did arrive on the channel in the window, for the message. */
    readonly others: readonly Notification[],
  ) {
    const seen = others.length === 0 ? 'nothing else arrived on it' : `${others.length} other notification(s) arrived on it: ${others.map((n) => summary(n.data)).join(' | ')}`;
    super(`no notification on ${channel} within ${timeoutMs} ms: awaited ${awaited}; ${seen}`);
    this.name = 'NotificationTimeoutError';
  }
}

const DEFAULT_TIMEOUT_MS = 5_000;

let adapted = false;

/** The `cometd` client is written for browsers: adapt() gives it XMLHttpRequest and WebSocket in Node (once per process). */
function cometdClass(): new () => CometD {
  if (!adapted) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    (require('cometd-nodejs-client') as { adapt(): void }).adapt();
    adapted = true;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('cometd') as { CometD: new () => CometD }).CometD;
}

/**
 * A CometD subscriber on the `cometd` JavaScript client (long-polling, so that the handshake
 * carries the REST API's Basic Authorization header, gws.notify-cometd-endpoint-unstated). It
 * keeps every notification of its subscriptions in arrival order; tests wait on them by event,
 * never by sleeping: `waitFor` resolves with the first matching notification (already received
 * or still to come) and rejects with a NotificationTimeoutError once the bound has passed.
 */
export class CometdSubscriber {
  private readonly received: Notification[] = [];
  private readonly waiters = new Set<() => void>();
  private readonly timeoutMs: number;

  private constructor(
    private readonly client: CometD,
    readonly url: string,
    timeoutMs: number,
  ) {
    this.timeoutMs = timeoutMs;
  }

  /** Handshakes with the endpoint; rejects with a NotificationSessionError when refused or unanswered. */
  static async connect(constraints: CometdSubscriberConstraints): Promise<CometdSubscriber> {
    const CometDClient = cometdClass();
    const client = new CometDClient();
    client.unregisterTransport('websocket');
    client.unregisterTransport('callback-polling');
    client.configure({ url: constraints.url, logLevel: 'warn', requestHeaders: { Authorization: constraints.authorization }, maxNetworkDelay: constraints.timeoutMs ?? DEFAULT_TIMEOUT_MS });
    const subscriber = new CometdSubscriber(client, constraints.url, constraints.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    const reply = await subscriber.reply('handshake reply', (deliver) => client.handshake(deliver));
    if (!reply.successful) {
      client.disconnect();
      throw new NotificationSessionError(constraints.url, `handshake refused: ${reply.error ?? 'no reason given'}`);
    }
    return subscriber;
  }

  /** Subscribes to each channel; rejects when a subscription is refused or unanswered. */
  async subscribe(channels: readonly string[]): Promise<void> {
    for (const channel of channels) {
      const reply = await this.reply(`reply to the subscription of ${channel}`, (deliver) => {
        this.client.subscribe(channel, (message) => this.record(message), deliver);
      });
      if (!reply.successful) throw new NotificationSessionError(this.url, `subscription to ${channel} refused: ${reply.error ?? 'no reason given'}`);
    }
  }

  /** The sequence number of the latest notification; pass it as `after` to wait only for later ones. */
  mark(): number {
    return this.received.length;
  }

  /** The notifications received on a channel (after a mark), in arrival order. */
  notifications(channel: string, after = 0): Notification[] {
    return this.received.filter((n) => n.channel === channel && n.sequence > after);
  }

  /**
   * The first notification on `channel` (after `options.after`) whose data satisfies `predicate`,
   * already received or arriving within `timeoutMs`; otherwise a NotificationTimeoutError naming
   * the channel and what was awaited.
   */
  waitFor(channel: string, predicate: (data: unknown) => boolean, timeoutMs: number, options: WaitOptions = {}): Promise<Notification> {
    const after = options.after ?? 0;
    const find = () => this.notifications(channel, after).find((n) => predicate(n.data));
    const found = find();
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const check = () => {
        const match = find();
        if (!match) return;
        this.waiters.delete(check);
        clearTimeout(timer);
        resolve(match);
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new NotificationTimeoutError(channel, options.awaited ?? (predicate.name || 'a matching notification'), timeoutMs, this.notifications(channel, after)));
      }, timeoutMs);
      this.waiters.add(check);
    });
  }

  /** Disconnects (bounded); never throws, so that clean-up cannot hide a test's verdict. */
  async close(): Promise<void> {
    for (const waiter of this.waiters) this.waiters.delete(waiter);
    if (this.client.getStatus() === 'disconnected') return;
    if (this.client.getStatus() !== 'connected') {
      this.client.disconnect();
      return;
    }
    await this.reply('disconnect reply', (deliver) => this.client.disconnect(deliver)).catch(() => undefined);
  }

  private record(message: Message): void {
    this.received.push({ sequence: this.received.length + 1, channel: message.channel, data: message.data as unknown });
    for (const waiter of [...this.waiters]) waiter();
  }

  /** The reply a meta operation delivers to its callback, bounded in time. */
  private reply(what: string, start: (deliver: (message: Message) => void) => void): Promise<Message> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new NotificationSessionError(this.url, `no ${what} within ${this.timeoutMs} ms`)), this.timeoutMs);
      start((message) => {
        clearTimeout(timer);
        resolve(message);
      });
    });
  }
}

/** A short one-line view of a notification's data, for messages. */
export function summary(data: unknown): string {
  const text = JSON.stringify(data) ?? String(data);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
