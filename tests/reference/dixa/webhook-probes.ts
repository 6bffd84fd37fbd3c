import type { DixaClient } from './dixa-client';
import { conversationIn, uniquePath, type FaultProbe, type ProbeContext } from './probe-context';
import type { Delivery } from './webhook-receiver';

/** Subscribes `path` to ConversationNoteAdded (with `extra` params), adds a note, and waits for the delivery. */
async function noteDelivery({ client, receiver }: ProbeContext, extra: Record<string, unknown>): Promise<Delivery> {
  const path = uniquePath();
  await client.state('a webhook subscription for events delivers to a url', { url: receiver.url(path), events: ['ConversationNoteAdded'], ...extra });
  await addNote(client);
  return receiver.waitFor(path);
}

async function addNote(client: DixaClient): Promise<void> {
  const { conversationId } = await conversationIn(client);
  await client.call('POST', `/v1/conversations/${conversationId}/notes`, { body: { message: 'for the webhook' } });
}

const basic = (username: string, password: string) => `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;

/** Probes of the webhook faults: subscriptions as resources, and the deliveries a receiver sees. */
export const WEBHOOK_PROBES: readonly FaultProbe[] = [
  {
    fault: 'dixa-webhook-enabled-default-false',
    observe: async ({ client }) => (await client.call('POST', '/v1/webhooks', { body: { name: 'x', url: 'http://127.0.0.1:9/x', authorization: { _type: 'NoAuth' }, events: ['ConversationCreated'] } })).body.data.enabled !== true,
  },
  {
    fault: 'dixa-webhook-subscribed-events-incomplete',
    observe: async ({ client }) => {
      const events = ['ConversationCreated', 'ConversationClosed'];
      const id = (await client.call('POST', '/v1/webhooks', { body: { name: 'x', url: 'http://127.0.0.1:9/x', authorization: { _type: 'NoAuth' }, events } })).body.data.id as string;
      return ((await client.call('GET', `/v1/webhooks/${id}`)).body.data.subscribedEvents as string[]).length !== events.length;
    },
  },
  {
    fault: 'dixa-webhook-delete-ignored',
    observe: async ({ client }) => {
      const { webhookSubscriptionId } = await client.state('a webhook subscription for events delivers to a url', { url: 'http://127.0.0.1:9/x', events: ['ConversationCreated'] });
      await client.call('DELETE', `/v1/webhooks/${String(webhookSubscriptionId)}`);
      return (await client.call('GET', `/v1/webhooks/${String(webhookSubscriptionId)}`)).status === 200;
    },
  },
  {
    fault: 'dixa-webhook-basic-auth-without-password',
    observe: async (context) => (await noteDelivery(context, { authorization: { _type: 'BasicAuth', username: 'hook', password: 'pw' } })).headers.authorization !== basic('hook', 'pw'),
  },
  {
    fault: 'dixa-webhook-token-without-bearer',
    observe: async (context) => (await noteDelivery(context, { authorization: { _type: 'TokenAuth', value: 'tok' } })).headers.authorization !== 'Bearer tok',
  },
  {
    fault: 'dixa-webhook-custom-headers-dropped',
    observe: async (context) => (await noteDelivery(context, { headers: { 'x-tenant': 'acme' } })).headers['x-tenant'] !== 'acme',
  },
  {
    fault: 'dixa-webhook-disabled-still-delivers',
    observe: async ({ client, receiver }) => {
      const disabled = uniquePath();
      const control = uniquePath();
      const body = { name: 'disabled', url: receiver.url(disabled), authorization: { _type: 'NoAuth' }, events: ['ConversationNoteAdded'], enabled: false };
      await client.call('POST', '/v1/webhooks', { body });
      await client.state('a webhook subscription for events delivers to a url', { url: receiver.url(control), events: ['ConversationNoteAdded'] });
      // two rounds through the enabled control subscription: the disabled one, dispatched first, has had its chance
      await addNote(client);
      await receiver.waitFor(control, 1);
      await addNote(client);
      await receiver.waitFor(control, 2);
      return receiver.deliveries(disabled).length > 0;
    },
  },
];
