import { randomUUID } from 'node:crypto';
import { conversationIn, SEED, type FaultProbe } from './probe-context';

const is2xx = (status: number) => status >= 200 && status < 300;

/** Probes of the faults that accept input the clauses refuse, or refuse input they accept. */
export const INPUT_PROBES: readonly FaultProbe[] = [
  { fault: 'dixa-agents-both-filters-accepted', observe: async ({ client }) => (await client.call('GET', '/v1/agents?email=agent01%40example.com&phone=%2B4520000001')).status === 200 },
  { fault: 'dixa-endusers-both-filters-accepted', observe: async ({ client }) => (await client.call('GET', '/v1/endusers?email=customer01%40example.org&phone=%2B4530000001')).status === 200 },
  { fault: 'dixa-agent-display-name-defaulted', observe: async ({ client }) => is2xx((await client.call('POST', '/v1/agents', { body: { email: `nameless-${randomUUID()}@example.com` } })).status) },
  {
    fault: 'dixa-bulk-item-error-fails-request',
    observe: async ({ client }) => (await client.call('PATCH', '/v1/agents', { body: [{ id: SEED.agentId, firstName: 'Ada' }, { id: randomUUID(), firstName: 'Nobody' }] })).status === 400,
  },
  {
    fault: 'dixa-outbound-without-agent-accepted',
    observe: async ({ client }) => {
      const { conversationId } = await conversationIn(client);
      return is2xx((await client.call('POST', `/v1/conversations/${conversationId}/messages`, { body: { _type: 'Outbound', content: { _type: 'Text', value: 'hi' } } })).status);
    },
  },
  {
    fault: 'dixa-message-on-unsupported-channel-accepted',
    observe: async ({ client }) => {
      const callback = { _type: 'Callback', requesterId: SEED.endUserId, direction: 'Outbound', contactEndpointId: '+4570000002', queueId: SEED.defaultQueueId };
      const created = await client.call('POST', '/v1/conversations', { body: callback });
      return is2xx((await client.call('POST', `/v1/conversations/${created.body.data.id}/messages`, { body: { content: { value: 'hi' } } })).status);
    },
  },
  { fault: 'dixa-non-integer-conversation-id-accepted', observe: async ({ client }) => (await client.call('GET', '/v1/conversations/10001abc')).status === 200 },
  { fault: 'dixa-search-without-query-accepted', observe: async ({ client }) => (await client.call('GET', '/v1/search/conversations')).status === 200 },
  {
    fault: 'dixa-queue-remove-over-ten-accepted',
    observe: async ({ client }) => (await client.call('DELETE', `/v1/queues/${SEED.otherQueueId}/members`, { body: { agentIds: Array.from({ length: 11 }, () => randomUUID()) } })).status !== 400,
  },
  {
    fault: 'dixa-webhook-unknown-event-accepted',
    observe: async ({ client }) => is2xx((await client.call('POST', '/v1/webhooks', { body: { name: 'x', url: 'http://127.0.0.1:9/x', authorization: { _type: 'NoAuth' }, events: ['ConversationCreated', 'NoSuchEvent'] } })).status),
  },
  {
    fault: 'dixa-analytics-irrelevant-filter-rejected',
    observe: async ({ client }) => {
      const body = { id: 'closed_conversations', timezone: 'UTC', periodFilter: { start: '2020-01-01T00:00:00Z', end: '2030-01-01T00:00:00Z' }, filters: [{ attribute: 'agent_id', values: [SEED.agentId] }] };
      return (await client.call('POST', '/v1/analytics/metrics', { body })).status === 400;
    },
  },
  { fault: 'dixa-unknown-conversation-action-accepted', observe: async ({ client }) => (await client.call('PUT', '/v1/conversations/99999999/close')).status !== 404 },
  { fault: 'dixa-auth-missing-token-accepted', observe: async ({ client }) => (await client.call('GET', '/v1/agents', { auth: false })).status !== 401 },
  { fault: 'dixa-auth-invalid-token-accepted', observe: async ({ client }) => (await client.call('GET', '/v1/agents', { auth: 'Bearer not-a-token' })).status !== 401 },
];
