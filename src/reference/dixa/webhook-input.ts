import type { ReferenceRequest } from '../http/reference-types';
import { validBody } from './request-body';
import { badRequest } from './responses';
import { WEBHOOK_EVENTS, type WebhookAuthorization, type WebhookEvent } from './state';

/** CreateWebhookSubscriptionInput / PatchWebhookSubscriptionInput, plus the subscription headers. */
export interface SubscriptionInput {
  readonly name?: string;
  readonly url?: string;
  readonly events?: WebhookEvent[];
  readonly enabled?: boolean;
  readonly authorization?: Record<string, unknown>;
  /**
   * WebhookSubscription.headers ("the headers that will be added to the webhook request") has no
   * field in either input schema; the reference accepts it here so that the header clause can be tested.
   */
  readonly headers?: Record<string, string>;
}

/** The validated input; under its fault, unknown event names are dropped instead of refused. */
export function subscriptionInput(request: ReferenceRequest): SubscriptionInput {
  const body = request.body as { events?: unknown; authorization?: unknown } | undefined;
  // Breaks dixa.webhooks.create-required-fields: a new subscription without authorization is taken as NoAuth.
  if (request.faults.has('dixa-webhook-without-authorization-accepted') && request.operation.operationId === 'postWebhooks' && body && typeof body === 'object' && body.authorization === undefined) {
    return checkHeaders(validBody<SubscriptionInput>(request, { ...body, authorization: { _type: 'NoAuth' } }));
  }
  if (request.faults.has('dixa-webhook-unknown-event-accepted') && Array.isArray(body?.events)) {
    const known = body.events.filter((e): e is WebhookEvent => (WEBHOOK_EVENTS as readonly unknown[]).includes(e));
    return checkHeaders(validBody<SubscriptionInput>(request, { ...body, events: known }));
  }
  return checkHeaders(validBody<SubscriptionInput>(request));
}

function checkHeaders(input: SubscriptionInput): SubscriptionInput {
  const headers = input.headers;
  if (headers !== undefined && (typeof headers !== 'object' || headers === null || Object.values(headers).some((v) => typeof v !== 'string'))) throw badRequest('headers must map header names to strings');
  return input;
}

/** WebhookAuthorization: BasicAuth, TokenAuth or NoAuth, by _type or else by the fields present. */
export function authorizationOf(input: Record<string, unknown>): WebhookAuthorization {
  const { _type: type, username, password, value } = input;
  if (type === 'BasicAuth' || (type === undefined && typeof username === 'string' && typeof password === 'string')) {
    if (typeof username !== 'string' || typeof password !== 'string') throw badRequest('BasicAuth needs username and password');
    return { _type: 'BasicAuth', username, password };
  }
  if (type === 'TokenAuth' || (type === undefined && typeof value === 'string')) {
    if (typeof value !== 'string') throw badRequest('TokenAuth needs value');
    return { _type: 'TokenAuth', value };
  }
  return { _type: 'NoAuth' };
}
