import { randomBytes, randomUUID } from 'node:crypto';
import { actorId, webhookOf } from './lookups';
import { answering } from './answering';
import { badRequest, created, noContent, ok } from './responses';
import { WEBHOOK_EVENTS, type DixaState, type WebhookEvent, type WebhookRecord } from './state';
import { authorizationOf, subscriptionInput, type SubscriptionInput } from './webhook-input';

/** WebhookSubscription; the authorization is write-only (it holds the receiver's secrets). */
function webhookView(hook: WebhookRecord, faults: { has(id: string): boolean }): Record<string, unknown> {
  const events = faults.has('dixa-webhook-subscribed-events-incomplete') ? hook.events.slice(0, -1) : hook.events;
  const { id, name, url, enabled, headers, createdAt, createdBy, updatedAt, updatedBy, secretKey } = hook;
  return structuredClone({ id, name, url, enabled, headers, createdAt, createdBy, updatedAt, updatedBy, secretKey, subscribedEvents: events });
}

/** A new subscription; the input is valid (the create schema requires name, url and authorization). */
export function createWebhook(state: DixaState, input: SubscriptionInput, actor: string, enabledByDefault = true): WebhookRecord {
  const now = new Date().toISOString();
  const hook: WebhookRecord = {
    id: randomUUID(),
    name: input.name ?? '',
    url: input.url ?? '',
    enabled: input.enabled ?? enabledByDefault,
    headers: { ...input.headers },
    authorization: authorizationOf(input.authorization ?? {}),
    events: [...new Set(input.events ?? [])],
    secretKey: randomBytes(24).toString('base64url'),
    createdAt: now,
    createdBy: actor,
    updatedAt: now,
    updatedBy: actor,
    deliveries: {},
  };
  state.webhooks.set(hook.id, hook);
  return hook;
}

export const webhookHandlers = {
  getWebhooks: answering((request, state) => ok({ data: [...state.webhooks.values()].map((h) => webhookView(h, request.faults)) })),
  postWebhooks: answering((request, state) => {
    // enabled: "Default is `true`"
    const enabledByDefault = !request.faults.has('dixa-webhook-enabled-default-false');
    const hook = createWebhook(state, subscriptionInput(request), actorId(request, state), enabledByDefault);
    return created({ data: webhookView(hook, request.faults) });
  }),
  getWebhooksByWebhookSubscriptionId: answering((request, state) => ok({ data: webhookView(webhookOf(request, state), request.faults) })),
  patchWebhooksByWebhookSubscriptionId: answering((request, state) => {
    const hook = webhookOf(request, state);
    const input = subscriptionInput(request);
    if (input.name !== undefined) hook.name = input.name;
    if (input.url !== undefined) hook.url = input.url;
    if (input.enabled !== undefined) hook.enabled = input.enabled;
    if (input.events !== undefined) hook.events = [...new Set(input.events)];
    if (input.headers !== undefined) hook.headers = { ...input.headers };
    if (input.authorization !== undefined) hook.authorization = authorizationOf(input.authorization);
    hook.updatedAt = new Date().toISOString();
    hook.updatedBy = actorId(request, state);
    return ok({ data: webhookView(hook, request.faults) });
  }),
  deleteWebhooksByWebhookSubscriptionId: answering((request, state) => {
    const hook = webhookOf(request, state);
    if (!request.faults.has('dixa-webhook-delete-ignored')) state.webhooks.delete(hook.id);
    return noContent();
  }),
  /** Per subscribed event, the latest DeliveryDetail or NoRecentDelivery. */
  getWebhooksByWebhookSubscriptionIdDeliveryStatus: answering((request, state) => {
    const hook = webhookOf(request, state);
    // Breaks dixa.webhooks.delivery-status: events without a recent delivery are left out.
    const events = request.faults.has('dixa-delivery-status-omits-undelivered') ? hook.events.filter((e) => hook.deliveries[e]?.length) : hook.events;
    const data = events.map((event) => {
      const latest = hook.deliveries[event]?.at(-1);
      return { event, deliveryStatus: latest ? { _type: 'DeliveryDetail', ...latest.deliveryDetail } : { _type: 'NoRecentDelivery' } };
    });
    return ok({ data });
  }),
  getWebhooksByWebhookSubscriptionIdDeliveryStatusLogsByEvent: answering((request, state) => {
    const hook = webhookOf(request, state);
    const event = request.params.event ?? '';
    if (!(WEBHOOK_EVENTS as readonly string[]).includes(event)) throw badRequest(`${event} is not a webhook event`);
    const logs = [...(hook.deliveries[event as WebhookEvent] ?? [])].reverse();
    return ok({ data: structuredClone(logs) });
  }),
};
