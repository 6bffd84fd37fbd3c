import { randomUUID } from 'node:crypto';
import type { ContractRegistry } from '../../src/harness/contracts';
import type { Exchange } from '../../src/harness/http/exchange';
import type { ProviderStates } from '../../src/harness/fixtures/provider-states';
import type { TargetApi } from '../../src/harness/fixtures/target-api';
import { isLoopback } from '../../src/harness/net/is-loopback';
import { WebhookReceiver, type WebhookDelivery } from '../../src/harness/notifications/webhook-receiver';
import type { FamilyTarget } from '../../src/harness/profile/target-profile';
import { test } from '../../src/harness/test';
import { given, is2xx, told, type Caller, type Json } from '../generic/behaviour-support';
import { conversationIn, dataOf, dixa } from './behaviour-dixa';

/** A url nothing listens on, for subscriptions whose deliveries a test does not look at. */
export const NOWHERE = 'http://127.0.0.1:9/never';

/** Whether a payload mentions the conversation: some value anywhere in it equals the id. */
function mentions(payload: unknown, id: number): boolean {
  if (payload === id || payload === String(id)) return true;
  if (payload === null || typeof payload !== 'object') return false;
  return Object.values(payload as Record<string, unknown>).some((value) => mentions(value, id));
}

/**
 * The webhook subscriptions one test makes, each delivering to its own path on a loopback
 * receiver (when the target runs on this machine), and their clean-up: deleted where the profile
 * allows destructive operations, else disabled.
 */
export class WebhookSession {
  private readonly made: string[] = [];
  readonly run = randomUUID().slice(0, 8);

  private constructor(
    private readonly d: Caller,
    private readonly target: FamilyTarget,
    private readonly providerStates: ProviderStates,
    readonly receiver: WebhookReceiver | undefined,
  ) {}

  /** A session; with `deliveries`, a test the target cannot reach a loopback receiver from is skipped. */
  static async open(d: Caller, target: FamilyTarget, providerStates: ProviderStates, deliveries: boolean): Promise<WebhookSession> {
    const local = isLoopback(new URL(target.baseUrl).hostname);
    if (deliveries) test.skip(!local, `${target.baseUrl} is not on this machine, so it cannot reach the loopback receiver that sees webhook deliveries`);
    return new WebhookSession(d, target, providerStates, deliveries && local ? await WebhookReceiver.start() : undefined);
  }

  /** Runs `body` with a session of its own and the caller it uses, and closes the session however `body` ends. */
  static async within(
    { api, contracts, target, providerStates }: { api: TargetApi; contracts: ContractRegistry; target: FamilyTarget; providerStates: ProviderStates },
    deliveries: boolean,
    body: (session: WebhookSession, d: Caller) => Promise<void>,
  ): Promise<void> {
    const d = dixa(api, contracts, target);
    const session = await WebhookSession.open(d, target, providerStates, deliveries);
    try {
      await body(session, d);
    } finally {
      await session.close(contracts);
    }
  }

  /** The url of a path of this session on the receiver (or NOWHERE without one). */
  url(name: string): string {
    return this.receiver ? this.receiver.url(`/${this.run}/${name}`) : NOWHERE;
  }

  /** POST /v1/webhooks; a subscription made is cleaned up at close. */
  async subscribe(body: Json): Promise<Exchange> {
    const made = await this.d.call({ operationId: 'postWebhooks', body: { name: `behaviour ${this.run}`, ...body } });
    this.remember(made);
    return made;
  }

  /** A subscription of `events` delivering to a path of this session (NoAuth unless `extra` says otherwise); the test is skipped if it cannot be made. Answers its id. */
  async subscribed(name: string, events: readonly string[], extra: Json = {}): Promise<string> {
    const made = await this.subscribe({ url: this.url(name), authorization: { _type: 'NoAuth' }, events, ...extra });
    test.skip(!is2xx(made), `subscribing failed: ${told(made)}`);
    return String(dataOf(made).id);
  }

  /** Remembers a subscription made some other way (a provider state, a request that should have been refused). */
  remember(made: Exchange | string): void {
    const id: unknown = typeof made === 'string' ? made : is2xx(made) ? dataOf(made).id : undefined;
    if (typeof id === 'string') this.made.push(id);
  }

  /** The provider state's subscription of `events` to `url`, with `extra` params (authorization, headers). */
  async given(url: string, events: readonly string[], extra: Json = {}): Promise<string> {
    const { webhookSubscriptionId } = await given<{ webhookSubscriptionId: unknown }>(this.providerStates, 'a webhook subscription for events delivers to a url', { url, events, ...extra });
    const id = String(webhookSubscriptionId);
    this.remember(id);
    return id;
  }

  /** Adds a note to a fresh conversation (a ConversationNoteAdded event); answers the conversation id. */
  async addNote(): Promise<number> {
    const { conversationId } = await conversationIn(this.providerStates);
    await this.d.call({ operationId: 'postConversationsByConversationIdNotes', params: { conversationId }, body: { message: `webhook ${this.run}` } });
    return conversationId;
  }

  /** The first delivery to a path of this session about the conversation. */
  delivery(name: string, conversationId: number, after = 0): Promise<WebhookDelivery> {
    const receiver = this.receiver;
    if (!receiver) throw new Error('this session has no receiver');
    const path = `/${this.run}/${name}`;
    return receiver.waitFor(`to ${path} about conversation ${conversationId}`, (d) => d.path === path && mentions(d.json, conversationId), { after });
  }

  /** Deliveries so far to a path of this session. */
  deliveries(name: string): WebhookDelivery[] {
    return this.receiver?.deliveries((d) => d.path === `/${this.run}/${name}`) ?? [];
  }

  async close(contracts: ContractRegistry): Promise<void> {
    const destructive = contracts.operation('dixa', 'deleteWebhooksByWebhookSubscriptionId').destructive;
    for (const webhookSubscriptionId of this.made) {
      if (!destructive || this.target.allowDestructive) await this.d.call({ operationId: 'deleteWebhooksByWebhookSubscriptionId', params: { webhookSubscriptionId } });
      else await this.d.call({ operationId: 'patchWebhooksByWebhookSubscriptionId', params: { webhookSubscriptionId }, body: { enabled: false } });
    }
    await this.receiver?.close();
  }
}
