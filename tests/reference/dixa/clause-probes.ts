import { randomUUID } from 'node:crypto';
import type { DixaClient } from './dixa-client';
import { conversation, conversationIn, SEED, uniquePath, type FaultProbe, type ProbeContext } from './probe-context';

/**
 * Probes of the faults behind the generic checks, the envelopes and error bodies, required
 * request fields, resources read back, anonymization and webhook deliveries.
 */
const is2xx = (status: number) => status >= 200 && status < 300;
const isUrl = (value: unknown) => typeof value === 'string' && /^https?:\/\//.test(value);

async function noteAddedDelivery({ client, receiver }: ProbeContext, authorization: Record<string, unknown>) {
  const path = uniquePath();
  await client.call('POST', '/v1/webhooks', { body: { name: 'probe', url: receiver.url(path), authorization, events: ['ConversationNoteAdded'] } });
  const { conversationId } = await conversationIn(client);
  await client.call('POST', `/v1/conversations/${conversationId}/notes`, { body: { message: 'for the webhook' } });
  return receiver.waitFor(path);
}

/** Reads the anonymization request until it is processed (each read is a turn of the target's event loop). */
async function processed(client: DixaClient, requestId: string): Promise<{ processedAt: string; initiatedAt: string }> {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const data = (await client.call('GET', `/v1/anonymization/request/${requestId}`)).body.data as { processedAt?: string; initiatedAt: string };
    if (data.processedAt) return data as { processedAt: string; initiatedAt: string };
  }
  throw new Error(`anonymization request ${requestId} was not processed`);
}

const email = { requesterId: SEED.endUserId, emailIntegrationId: 'support@example.com', message: { content: { value: 'Where is my order?' } } };

export const CLAUSE_PROBES: readonly FaultProbe[] = [
  // generic checks
  { fault: 'dixa-team-read-not-found', observe: async ({ client }) => (await client.call('GET', `/v1/teams/${SEED.teamId}`)).status === 404 },
  { fault: 'dixa-tags-as-text', observe: async ({ client }) => String((await client.call('GET', '/v1/tags')).headers['content-type']).startsWith('text/plain') },
  { fault: 'dixa-agent-patch-invalid-ignored', observe: async ({ client }) => (await client.call('PATCH', `/v1/agents/${SEED.agentId}`, { body: { displayName: 42 } })).status === 200 },
  { fault: 'dixa-agent-presence-refused', observe: async ({ client }) => (await client.call('GET', `/v1/agents/${SEED.agentId}/presence`)).status === 400 },
  // envelopes and error bodies
  { fault: 'dixa-page-links-bare-keys', observe: async ({ client }) => !isUrl((await client.call('GET', '/v1/agents?pageLimit=2')).body.meta?.next) },
  { fault: 'dixa-tag-read-unwrapped', observe: async ({ client }) => {
    const tagId = ((await client.call('GET', '/v1/tags')).body.data as { id: string }[])[0]?.id ?? '';
    return (await client.call('GET', `/v1/tags/${tagId}`)).body.data === undefined;
  } },
  { fault: 'dixa-bulk-error-reason-field', observe: async ({ client }) => typeof (await client.call('PATCH', '/v1/agents', { body: [{ id: randomUUID(), displayName: 'x' }] })).body.data[0].error.message !== 'string' },
  { fault: 'dixa-bad-request-error-field', observe: async ({ client }) => (await client.call('POST', '/v1/tags', { body: {} })).body.message === undefined },
  { fault: 'dixa-unauthorized-error-field', observe: async ({ client }) => (await client.call('GET', '/v1/tags', { auth: false })).body.message === undefined },
  { fault: 'dixa-not-found-error-field', observe: async ({ client }) => (await client.call('GET', `/v1/tags/${randomUUID()}`)).body.message === undefined },
  { fault: 'dixa-conflict-error-field', observe: async ({ client }) => {
    const { conversationId, otherAgentId } = await client.state('an open conversation is assigned to an agent');
    return (await client.call('PUT', `/v1/conversations/${String(conversationId)}/claim`, { body: { agentId: otherAgentId, force: false } })).body.message === undefined;
  } },
  // required input
  { fault: 'dixa-agent-put-without-name-accepted', observe: async ({ client }) => is2xx((await client.call('PUT', `/v1/agents/${SEED.agentId}`, { body: { firstName: 'Ada' } })).status) },
  { fault: 'dixa-agent-bulk-patch-without-id-accepted', observe: async ({ client }) => 'data' in ((await client.call('PATCH', '/v1/agents', { body: [{ displayName: 'No id' }] })).body?.data?.[0] ?? {}) },
  { fault: 'dixa-enduser-put-without-name-accepted', observe: async ({ client }) => is2xx((await client.call('PUT', `/v1/endusers/${SEED.endUserId}`, { body: { firstName: 'Ada' } })).status) },
  { fault: 'dixa-email-conversation-without-subject-accepted', observe: async ({ client }) => is2xx((await client.call('POST', '/v1/conversations', { body: email })).status) },
  { fault: 'dixa-sms-endpoint-without-plus-accepted', observe: async ({ client }) => is2xx((await client.call('POST', '/v1/conversations', { body: { requesterId: SEED.endUserId, contactEndpointId: '4570000001', message: { content: { value: 'hi' } } } })).status) },
  { fault: 'dixa-claim-without-agent-accepted', observe: async ({ client }) => is2xx((await client.call('PUT', `/v1/conversations/${(await conversationIn(client)).conversationId}/claim`, { body: {} })).status) },
  { fault: 'dixa-transfer-without-queue-accepted', observe: async ({ client }) => is2xx((await client.call('PUT', `/v1/conversations/${(await conversationIn(client)).conversationId}/transfer/queue`, { body: {} })).status) },
  { fault: 'dixa-note-without-message-accepted', observe: async ({ client }) => is2xx((await client.call('POST', `/v1/conversations/${(await conversationIn(client)).conversationId}/notes`, { body: {} })).status) },
  { fault: 'dixa-queue-do-not-offer-defaulted', observe: async ({ client }) => is2xx((await client.call('POST', '/v1/queues', { body: { request: { name: `q-${randomUUID()}`, callFunctionality: false, isDefault: false } } })).status) },
  { fault: 'dixa-tag-without-name-accepted', observe: async ({ client }) => is2xx((await client.call('POST', '/v1/tags', { body: { color: '#fff' } })).status) },
  { fault: 'dixa-team-without-name-accepted', observe: async ({ client }) => is2xx((await client.call('POST', '/v1/teams', { body: {} })).status) },
  { fault: 'dixa-webhook-without-authorization-accepted', observe: async ({ client }) => is2xx((await client.call('POST', '/v1/webhooks', { body: { name: 'x', url: 'http://127.0.0.1:9/x' } })).status) },
  { fault: 'dixa-analytics-timezone-defaulted', observe: async ({ client }) => is2xx((await client.call('POST', '/v1/analytics/metrics', { body: { id: 'closed_conversations', periodFilter: { start: '2020-01-01T00:00:00Z', end: '2030-01-01T00:00:00Z' } } })).status) },
  // resources
  { fault: 'dixa-linked-lists-parent', observe: async ({ client }) => ((await client.call('GET', '/v1/conversations/10001/linked')).body.data as { id: number }[]).some((c) => c.id === 10001) },
  { fault: 'dixa-custom-attributes-answer-stale', observe: async ({ client }) => {
    const { conversationId } = await conversationIn(client);
    const answer = (await client.call('PATCH', `/v1/conversations/${conversationId}/custom-attributes`, { body: { 'ca000000-0000-4000-8000-000000000002': 'ORD-1' } })).body.data as { value: unknown }[];
    return !answer.some((a) => a.value === 'ORD-1');
  } },
  { fault: 'dixa-conversation-read-without-custom-attributes', observe: async ({ client }) => (await conversation(client, 10001)).customAttributes === undefined },
  { fault: 'dixa-contactform-generic-attributes', observe: async ({ client }) => {
    const id = (await client.call('POST', '/v1/conversations', { body: { ...email, _type: 'ContactForm', subject: 'Form' } })).body.data.id as number;
    return ((await client.call('GET', `/v1/conversations/${id}/messages`)).body.data as { attributes: { _type: string } }[])[0]?.attributes._type === 'GenericAttributes';
  } },
  { fault: 'dixa-activitylog-without-type', observe: async ({ client }) => ((await client.call('GET', '/v1/conversations/10001/activitylog')).body.data as Record<string, unknown>[]).some((e) => e._type === undefined) },
  { fault: 'dixa-queue-members-not-added', observe: async ({ client }) => {
    const { agentIds } = (await client.state('agents exist', { count: 1 })) as { agentIds: string[] };
    await client.call('PATCH', `/v1/queues/${SEED.otherQueueId}/members`, { body: { agentIds } });
    return !((await client.call('GET', `/v1/queues/${SEED.otherQueueId}/members`)).body.data as { agentId: string }[]).some((m) => m.agentId === agentIds[0]);
  } },
  { fault: 'dixa-tag-color-dropped', observe: async ({ client }) => (await client.call('POST', '/v1/tags', { body: { name: `t-${randomUUID()}`, color: '#0a5' } })).body.data.color !== '#0a5' },
  { fault: 'dixa-note-created-at-replaced', observe: async ({ client }) => {
    const { conversationId } = await conversationIn(client);
    return (await client.call('POST', `/v1/conversations/${conversationId}/notes`, { body: { message: 'x', createdAt: '2021-12-01T12:46:36.581Z' } })).body.data.createdAt !== '2021-12-01T12:46:36.581Z';
  } },
  { fault: 'dixa-notes-bulk-failures-dropped', observe: async ({ client }) => {
    const { conversationId } = await conversationIn(client);
    return (await client.call('POST', `/v1/conversations/${conversationId}/notes/bulk`, { body: { data: [{ message: 'a' }, { message: 'b', agentId: randomUUID() }] } })).body.data.length !== 2;
  } },
  // anonymization
  { fault: 'dixa-message-anonymization-targets-conversation', observe: async ({ client }) => {
    const { conversationId, messageId } = await conversationIn(client);
    return (await client.call('PATCH', `/v1/conversations/${conversationId}/messages/${messageId}/anonymize`)).body.data.targetEntityId !== messageId;
  } },
  { fault: 'dixa-enduser-anonymize-force-keeps-open', observe: async ({ client }) => {
    const { userId, conversationIds } = (await client.state('an end user requests conversations', { count: 1 })) as { userId: string; conversationIds: number[] };
    await client.call('PATCH', `/v1/endusers/${userId}/anonymize?force=true`);
    return (await conversation(client, conversationIds[0] ?? 0)).state !== 'Closed';
  } },
  { fault: 'dixa-anonymization-processed-before-initiated', observe: async ({ client }) => {
    const { conversationId, messageId } = await conversationIn(client);
    const filed = await client.call('PATCH', `/v1/conversations/${conversationId}/messages/${messageId}/anonymize`);
    const status = await processed(client, filed.body.data.id as string);
    return Date.parse(status.processedAt) < Date.parse(status.initiatedAt);
  } },
  { fault: 'dixa-anonymized-conversation-unmarked', observe: async ({ client }) => {
    const { conversationId } = await conversationIn(client, 'Closed');
    await processed(client, (await client.call('PATCH', `/v1/conversations/${conversationId}/anonymize`)).body.data.id as string);
    return (await conversation(client, conversationId)).anonymizedAt === undefined;
  } },
  // webhooks
  { fault: 'dixa-webhook-no-auth-sends-secret', observe: async (context) => (await noteAddedDelivery(context, { _type: 'NoAuth' })).headers.authorization !== undefined },
  { fault: 'dixa-delivery-status-omits-undelivered', observe: async ({ client }) => {
    const id = (await client.call('POST', '/v1/webhooks', { body: { name: 'x', url: 'http://127.0.0.1:9/x', authorization: { _type: 'NoAuth' }, events: ['ConversationRated'] } })).body.data.id as string;
    return (await client.call('GET', `/v1/webhooks/${id}/delivery-status`)).body.data.length === 0;
  } },
  { fault: 'dixa-delivery-logged-failed', observe: async (context) => {
    const path = uniquePath();
    const id = (await context.client.call('POST', '/v1/webhooks', { body: { name: 'x', url: context.receiver.url(path), authorization: { _type: 'NoAuth' }, events: ['ConversationNoteAdded'] } })).body.data.id as string;
    const { conversationId } = await conversationIn(context.client);
    await context.client.call('POST', `/v1/conversations/${conversationId}/notes`, { body: { message: 'x' } });
    await context.receiver.waitFor(path);
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const [latest] = (await context.client.call('GET', `/v1/webhooks/${id}/delivery-status/logs/ConversationNoteAdded`)).body.data as { deliveryDetail: { success: boolean; responseCode: number } }[];
      if (latest) return latest.deliveryDetail.responseCode === 200 && !latest.deliveryDetail.success;
    }
    throw new Error('the delivery was never logged');
  } },
];
