import { checkClause } from '../../src/harness/checks/clause-check';
import { expect, test } from '../../src/harness/test';
import { is2xx, statusOf, told, type Json } from '../generic/behaviour-support';
import { at, dataOf, itemsOf, readUntil, TAGS } from './behaviour-dixa';
import { NOWHERE, WebhookSession } from './webhook-session';

/**
 * Webhook subscriptions (003, /v1/webhooks and WebhookSubscription): event names, defaults and
 * round trips of the subscription itself, then what a loopback receiver sees of its deliveries
 * (authorization and custom headers, only subscribed events of enabled subscriptions), and the
 * delivery status and logs the target keeps. Deliveries are caused by adding a note
 * (ConversationNoteAdded) to a fresh conversation and told apart by path and conversation id.
 */
const NOTE = 'ConversationNoteAdded';
const basic = (username: string, password: string) => `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;

test.describe('dixa webhooks', () => {
  test('a subscription takes only documented event names', TAGS, ({ api, contracts, target, providerStates }) =>
    WebhookSession.within({ api, contracts, target, providerStates }, false, async (session) => {
      await checkClause('dixa.webhooks.event-names', async () => {
        const unknown = await session.subscribe({ url: NOWHERE, authorization: { _type: 'NoAuth' }, events: ['ConversationCreated', 'NoSuchEvent'] });
        expect(statusOf(unknown), `an unknown event name: ${told(unknown)}`).toBe(400);
        const known = await session.subscribe({ url: NOWHERE, authorization: { _type: 'NoAuth' }, events: ['ConversationCreated'] });
        expect(is2xx(known), `a documented event name: ${told(known)}`).toBe(true);
      });
    }),
  );

  test('a subscription created without enabled is enabled', TAGS, ({ api, contracts, target, providerStates }) =>
    WebhookSession.within({ api, contracts, target, providerStates }, false, async (session, d) => {
      await checkClause('dixa.webhooks.enabled-default', async () => {
        const made = await session.subscribe({ url: NOWHERE, authorization: { _type: 'NoAuth' }, events: [] });
        expect(is2xx(made), told(made)).toBe(true);
        const read = await d.call({ operationId: 'getWebhooksByWebhookSubscriptionId', params: { webhookSubscriptionId: String(dataOf(made).id) } });
        expect(dataOf(read).enabled, told(read)).toBe(true);
      });
    }),
  );

  test('a subscription reports the events it was created and patched with, its secretKey and metadata', TAGS, ({ api, contracts, target, providerStates }) =>
    WebhookSession.within({ api, contracts, target, providerStates }, false, async (session, d) => {
      const events = ['ConversationCreated', 'ConversationClosed'];
      const subscribed = (read: Json) => [...((read.subscribedEvents as unknown[] | undefined) ?? [])].map(String).sort();
      await checkClause('dixa.webhooks.events-round-trip', async () => {
        const made = await session.subscribe({ url: NOWHERE, authorization: { _type: 'NoAuth' }, events, enabled: false });
        expect(is2xx(made), told(made)).toBe(true);
        const webhookSubscriptionId = String(dataOf(made).id);
        const read = dataOf(await d.call({ operationId: 'getWebhooksByWebhookSubscriptionId', params: { webhookSubscriptionId } }));
        if (read.subscribedEvents !== undefined) expect(subscribed(read), `subscribedEvents: ${JSON.stringify(read)}`).toEqual([...events].sort());
        expect(typeof read.secretKey, `a generated secretKey: ${JSON.stringify(read)}`).toBe('string');
        for (const field of ['createdAt', 'createdBy']) expect(read[field], `${field}: ${JSON.stringify(read)}`).toBeDefined();
        const patched = await d.call({ operationId: 'patchWebhooksByWebhookSubscriptionId', params: { webhookSubscriptionId }, body: { events: [NOTE] } });
        expect(is2xx(patched), told(patched)).toBe(true);
        const reread = dataOf(await d.call({ operationId: 'getWebhooksByWebhookSubscriptionId', params: { webhookSubscriptionId } }));
        if (reread.subscribedEvents !== undefined) expect(subscribed(reread), `subscribedEvents after PATCH: ${JSON.stringify(reread)}`).toEqual([NOTE]);
      });
    }),
  );

  const AUTHORIZATIONS = [
    { clause: 'dixa.webhooks.basic-auth-header', authorization: { _type: 'BasicAuth', username: 'receiver', password: 's3cret' }, expected: basic('receiver', 's3cret') },
    { clause: 'dixa.webhooks.token-auth-header', authorization: { _type: 'TokenAuth', value: 'receiver-token' }, expected: 'Bearer receiver-token' },
    { clause: 'dixa.webhooks.no-auth', authorization: { _type: 'NoAuth' }, expected: undefined },
  ] as const;
  for (const { clause, authorization, expected } of AUTHORIZATIONS) {
    test(`with ${authorization._type}, deliveries carry ${expected === undefined ? 'no Authorization header' : 'its Authorization header'}`, TAGS, ({ api, contracts, target, providerStates }) =>
      WebhookSession.within({ api, contracts, target, providerStates }, true, async (session) => {
        await session.subscribed('auth', [NOTE], { authorization });
        await checkClause(clause, async () => {
          const delivery = await session.delivery('auth', await session.addNote());
          expect(delivery.headers.authorization, 'the Authorization header of the delivery').toBe(expected);
        });
      }),
    );
  }

  test("a subscription's headers are added to its deliveries", TAGS, ({ api, contracts, target, providerStates }) =>
    WebhookSession.within({ api, contracts, target, providerStates }, true, async (session) => {
      // the input schemas have no headers field: the provider state makes a subscription with them
      await session.given(session.url('headers'), [NOTE], { headers: { 'x-behaviour-tenant': 'acme' } });
      await checkClause('dixa.webhooks.custom-headers', async () => {
        const delivery = await session.delivery('headers', await session.addNote());
        expect(delivery.headers['x-behaviour-tenant'], 'the subscription header on the delivery').toBe('acme');
      });
    }),
  );

  test('only subscribed events of enabled subscriptions are delivered', TAGS, ({ api, contracts, target, providerStates }) =>
    WebhookSession.within({ api, contracts, target, providerStates }, true, async (session) => {
      await session.subscribed('enabled', [NOTE]);
      await session.subscribed('disabled', [NOTE], { enabled: false });
      await session.subscribed('other-event', ['ConversationRated']);
      await checkClause('dixa.webhooks.subscribed-events-only', async () => {
        // two notes, each awaited on the enabled subscription: what the others would get has had time to come
        await session.delivery('enabled', await session.addNote());
        await session.delivery('enabled', await session.addNote());
        expect(session.deliveries('disabled').length, 'deliveries to the disabled subscription').toBe(0);
        expect(session.deliveries('other-event').length, 'deliveries to the subscription of another event').toBe(0);
      });
    }),
  );

  test('delivery-status lists every subscribed event, with its latest delivery or NoRecentDelivery', TAGS, ({ api, contracts, target, providerStates }) =>
    WebhookSession.within({ api, contracts, target, providerStates }, true, async (session, d) => {
      const events = [NOTE, 'ConversationRated'];
      const webhookSubscriptionId = await session.subscribed('status', events);
      const noteStatus = (read: Json[]) => at(read.find((s) => s.event === NOTE), 'deliveryStatus', '_type');
      await checkClause('dixa.webhooks.delivery-status', async () => {
        await session.delivery('status', await session.addNote());
        const status = await readUntil(() => d.call({ operationId: 'getWebhooksByWebhookSubscriptionIdDeliveryStatus', params: { webhookSubscriptionId } }), (read) => noteStatus(itemsOf(read)) === 'DeliveryDetail');
        expect(statusOf(status), told(status)).toBe(200);
        const entries = itemsOf(status);
        expect(entries.map((e) => String(e.event)).sort(), `one entry per subscribed event: ${told(status)}`).toEqual([...events].sort());
        for (const entry of entries) {
          const kind = at(entry, 'deliveryStatus', '_type');
          expect(['DeliveryDetail', 'NoRecentDelivery'], `${String(entry.event)}: ${told(status)}`).toContain(kind);
          if (kind !== 'DeliveryDetail') continue;
          for (const field of ['deliveryTimestamp', 'success', 'responseCode']) expect(at(entry, 'deliveryStatus', field), `${String(entry.event)} ${field}: ${told(status)}`).toBeDefined();
        }
        expect(noteStatus(entries), `${NOTE} was delivered: ${told(status)}`).toBe('DeliveryDetail');
      });
    }),
  );

  test('delivery logs hold each payload as a string, success matching a 2xx responseCode', TAGS, ({ api, contracts, target, providerStates }) =>
    WebhookSession.within({ api, contracts, target, providerStates }, true, async (session, d) => {
      const webhookSubscriptionId = await session.subscribed('logs', [NOTE]);
      await checkClause('dixa.webhooks.delivery-logs', async () => {
        await session.delivery('logs', await session.addNote());
        const logs = await readUntil(() => d.call({ operationId: 'getWebhooksByWebhookSubscriptionIdDeliveryStatusLogsByEvent', params: { webhookSubscriptionId, event: NOTE } }), (read) => itemsOf(read).length > 0);
        expect(statusOf(logs), told(logs)).toBe(200);
        const entries = itemsOf(logs);
        expect(entries.length, `the delivery the receiver got is logged: ${told(logs)}`).toBeGreaterThan(0);
        for (const entry of entries) {
          expect(typeof entry.payload, `the payload sent, as a string: ${told(logs)}`).toBe('string');
          const code = Number(at(entry, 'deliveryDetail', 'responseCode'));
          expect(at(entry, 'deliveryDetail', 'success'), `success against responseCode ${code}: ${told(logs)}`).toBe(code >= 200 && code < 300);
        }
        // the receiver answered 200
        expect(entries.some((e) => at(e, 'deliveryDetail', 'responseCode') === 200), `a delivery answered 200 is logged so: ${told(logs)}`).toBe(true);
      });
    }),
  );
});
