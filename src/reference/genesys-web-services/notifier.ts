import type { IncomingMessage, Server } from 'node:http';
import { NodeAdapter, type BayeuxMessage, type Client } from 'faye';
import type { FaultSet } from '../faults/fault-catalogue';

/**
 * Where the Bayeux endpoint is mounted. The document never names the CometD URL
 * (gws.notify-cometd-endpoint-unstated); this one sits next to the REST API
 * ("/api/v2/notifications"), so the target profile's notificationUrl is the REST base plus this path.
 */
export const COMETD_MOUNT = '/api/v2/notifications';

/** Channels a user may subscribe to but sees only their own events on (how GWS scopes /v2/me/*). */
const PER_USER_PREFIXES = ['/v2/me', '/notifications/me'];
/** Topics for supervisors and administrators only (gws.auth.users-topic-supervisor-admin). */
const PRIVILEGED_CHANNELS = ['/v2/users'];
/** Internal prefix of the per-user copy of a channel; never visible to clients. */
const PRIVATE = '/gws-private';

/** Who a CometD session belongs to. */
export interface SessionUser {
  readonly userId: string;
  readonly privileged: boolean;
}

/**
 * Authenticates a handshake from a Basic Authorization value ("Basic base64(user:password)"):
 * resolves the user it names, or undefined when the credentials are wrong.
 */
export type HandshakeAuthenticator = (authorization: string | undefined) => Promise<SessionUser | undefined>;

/**
 * The CometD (Bayeux) server of the family, on faye.
 *
 * Authentication: the /meta/handshake must carry the REST API's Basic credentials, either as the
 * Authorization header of the HTTP request (long-polling) or of the WebSocket upgrade, or, for
 * clients that cannot set headers, as `ext.authorization` ("Basic ...") in the handshake message.
 * A handshake without valid credentials fails with "401::...". The session (clientId) is then
 * bound to that user: a subscription to a /v2/me/* topic is served from the user's private copy
 * of the topic, so every user receives only their own events; /v2/users is for supervisors and
 * administrators; clients may not publish.
 */
export class Notifier {
  private adapter?: NodeAdapter;
  private client?: Client;
  private closed = false;
  private readonly sessions = new Map<string, SessionUser>();
  /** The user authenticated by the handshake a request carried, until the reply binds it. */
  private readonly pending = new WeakMap<object, SessionUser>();

  constructor(
    private readonly authenticate: HandshakeAuthenticator,
    private readonly faults: FaultSet,
  ) {}

  attach(server: Server): void {
    const adapter = new NodeAdapter({ mount: COMETD_MOUNT, timeout: 25 });
    adapter.addExtension({
      incoming: (message, request, callback) => {
        this.incoming(message, request).then(callback, (error: unknown) => callback({ ...message, error: `500::${String(error)}` }));
      },
      outgoing: (message, request, callback) => callback(this.outgoing(message, request)),
    });
    adapter.on('disconnect', (clientId) => this.sessions.delete(clientId));
    adapter.attach(server);
    this.adapter = adapter;
  }

  /** Sends `data` on `channel` to the sessions of one user, after the current HTTP response. */
  publish(userId: string, channel: string, data: unknown): void {
    this.send(PER_USER_PREFIXES.some((prefix) => channel.startsWith(prefix)) ? `${PRIVATE}/${userId}${channel}` : channel, data);
  }

  /** Sends `data` on a channel shared by every (permitted) subscriber, e.g. /notifications/services. */
  broadcast(channel: string, data: unknown): void {
    this.send(channel, data);
  }

  /** Stops the Bayeux server: the in-process publisher disconnects, every session is flushed and its timers cleared. */
  close(): Promise<void> {
    this.closed = true;
    this.client?.disconnect();
    this.adapter?.close();
    this.sessions.clear();
    return Promise.resolve();
  }

  private send(channel: string, data: unknown): void {
    const adapter = this.adapter;
    if (!adapter || this.closed) return;
    // The HTTP response of the operation goes first (gws.notification.async-result-via-cometd).
    setImmediate(() => {
      if (this.closed) return;
      this.client ??= adapter.getClient();
      void this.client.publish(channel, data);
    });
  }

  private async incoming(message: BayeuxMessage, request: IncomingMessage | null): Promise<BayeuxMessage> {
    if (request === null) return message; // the server's own publishing client
    if (message.channel === '/meta/handshake') {
      const fromExt = typeof message.ext?.authorization === 'string' ? message.ext.authorization : undefined;
      const user = await this.authenticate(request.headers.authorization ?? fromExt);
      if (!user) return { ...message, error: '401::Basic authentication failed' };
      this.pending.set(request, user);
      return message;
    }
    if (message.channel === '/meta/disconnect' && message.clientId) this.sessions.delete(message.clientId);
    if (!message.channel.startsWith('/meta/')) return { ...message, error: '403::clients may not publish notifications' };
    if (message.channel !== '/meta/subscribe' && message.channel !== '/meta/unsubscribe') return message;
    const user = message.clientId ? this.sessions.get(message.clientId) : undefined;
    if (!user) return { ...message, error: '401::unknown session' };
    const channels = [message.subscription ?? []].flat();
    for (const channel of channels) {
      if (channel.startsWith(PRIVATE) || channel === '/*' || channel === '/**') return { ...message, error: `403:${channel}:forbidden channel` };
      // Breaks gws.auth.users-topic-supervisor-admin: an agent may subscribe to /v2/users.
      if (PRIVILEGED_CHANNELS.includes(channel) && !user.privileged && !this.faults.has('gws-users-topic-open-to-agents')) return { ...message, error: `403:${channel}:for supervisors and administrators only` };
    }
    const scoped = channels.map((channel) => (PER_USER_PREFIXES.some((prefix) => channel.startsWith(prefix)) ? `${PRIVATE}/${user.userId}${channel}` : channel));
    return { ...message, subscription: Array.isArray(message.subscription) ? scoped : scoped[0] };
  }

  private outgoing(message: BayeuxMessage, request: IncomingMessage | null): BayeuxMessage {
    if (message.channel === '/meta/handshake' && message.successful && message.clientId && request) {
      const user = this.pending.get(request);
      if (user) this.sessions.set(message.clientId, user);
      this.pending.delete(request);
    }
    // A refused handshake still names the transports, and tells the client not to retry as it is.
    if (message.channel === '/meta/handshake' && !message.successful) {
      return { ...message, supportedConnectionTypes: ['long-polling', 'callback-polling', 'websocket'], advice: { reconnect: 'none', interval: 0 } };
    }
    const reveal = (channel: string) => (channel.startsWith(`${PRIVATE}/`) ? channel.replace(/^\/gws-private\/[^/]+/, '') : channel);
    if (message.subscription !== undefined) {
      const subscription = message.subscription;
      return { ...message, subscription: Array.isArray(subscription) ? subscription.map(reveal) : reveal(subscription) };
    }
    return message.channel.startsWith(`${PRIVATE}/`) ? { ...message, channel: reveal(message.channel) } : message;
  }
}
