import { createHmac, randomUUID } from 'node:crypto';
import type { FaultSet } from '../faults/fault-catalogue';
import type { DeliveryDetail, DixaState, WebhookEvent, WebhookRecord } from './state';

/** Deliveries kept per subscription and event for the delivery-status logs. */
const LOGS_KEPT = 50;
/** Header carrying the HMAC-SHA256 of the body under secretKey (dixa.webhook-signature-unspecified). */
export const SIGNATURE_HEADER = 'x-dixa-signature';

/**
 * The body of every delivery (the document defines none, dixa.webhook-payloads-undefined):
 * the event name, a unique id, when it happened, the conversation it concerns, and the data.
 */
export interface WebhookPayload {
  readonly eventId: string;
  readonly event: WebhookEvent;
  readonly timestamp: string;
  readonly conversationId: number;
  readonly data: Record<string, unknown>;
}

export function webhookPayload(event: WebhookEvent, conversationId: number, data: Record<string, unknown>): WebhookPayload {
  return { eventId: randomUUID(), event, timestamp: new Date().toISOString(), conversationId, data };
}

/** The subscription's authorization header, its custom headers, and the signature. */
function deliveryHeaders(faults: FaultSet, hook: WebhookRecord, body: string): Record<string, string> {
  const headers: Record<string, string> = faults.has('dixa-webhook-custom-headers-dropped') ? {} : { ...hook.headers };
  const auth = hook.authorization;
  if (auth._type === 'BasicAuth') {
    const credentials = faults.has('dixa-webhook-basic-auth-without-password') ? auth.username : `${auth.username}:${auth.password}`;
    headers.authorization = `Basic ${Buffer.from(credentials).toString('base64')}`;
  } else if (auth._type === 'TokenAuth') {
    headers.authorization = `${faults.has('dixa-webhook-token-without-bearer') ? 'Token' : 'Bearer'} ${auth.value}`;
  } else if (faults.has('dixa-webhook-no-auth-sends-secret')) {
    // Breaks dixa.webhooks.no-auth: a NoAuth subscription's requests carry its secretKey as a bearer token.
    headers.authorization = `Bearer ${hook.secretKey}`;
  }
  headers[SIGNATURE_HEADER] = `sha256=${createHmac('sha256', hook.secretKey).update(body).digest('hex')}`;
  return headers;
}

async function deliver(faults: FaultSet, state: DixaState, hook: WebhookRecord, event: WebhookEvent, headers: Record<string, string>, payload: WebhookPayload, body: string): Promise<void> {
  const result = await state.services.deliverWebhook(hook.url, headers, payload);
  // Breaks dixa.webhooks.delivery-logs: every delivery is logged as failed, whatever the receiver answered.
  const succeeded = (status: number) => status >= 200 && status < 300 && !faults.has('dixa-delivery-logged-failed');
  const detail: DeliveryDetail =
    'status' in result
      ? { deliveryTimestamp: new Date().toISOString(), success: succeeded(result.status), responseCode: result.status, responseText: `HTTP ${result.status}` }
      : { deliveryTimestamp: new Date().toISOString(), success: false, responseCode: 0, responseText: result.error };
  const logs = [...(hook.deliveries[event] ?? []), { payload: body, deliveryDetail: detail }];
  hook.deliveries[event] = logs.slice(-LOGS_KEPT);
}

/**
 * Sends `payload` to every enabled subscription of its event, after the current HTTP response
 * has been sent (setImmediate), so that a slow receiver never delays the API.
 */
export function dispatchWebhooks(faults: FaultSet, state: DixaState, payload: WebhookPayload): void {
  for (const hook of state.webhooks.values()) {
    if (!hook.events.includes(payload.event)) continue;
    if (!hook.enabled && !faults.has('dixa-webhook-disabled-still-delivers')) continue;
    const body = JSON.stringify(payload);
    const headers = deliveryHeaders(faults, hook, body);
    setImmediate(() => void deliver(faults, state, hook, payload.event, headers, payload, body));
  }
}
