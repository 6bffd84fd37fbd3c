import { randomUUID } from 'node:crypto';
import type { ProviderStateDefinition } from '../http/reference-types';
import { createAgent } from './agents';
import { contactEndpointId } from './catalogue';
import { createEndUser } from './endusers';
import { CHANNELS, WEBHOOK_EVENTS, type Channel, type ConversationRecord, type ConversationState, type DixaState, type WebhookEvent } from './state';
import { createWebhook } from './webhooks';

/**
 * Pact-style provider states (contracts/dixa/provider-states.yaml). They write the store
 * directly, never through the handlers, so a fault under test cannot spoil its own set-up.
 */
type Params = Readonly<Record<string, unknown>>;

const STATES: readonly ConversationState[] = ['Open', 'Closed', 'Pending', 'AwaitingPending'];

/** The first item, else `orElse()`; without `orElse`, the store lacking one is an error. */
function first<T>(items: Iterable<T>, what: string, orElse?: () => T): T {
  for (const item of items) return item;
  if (orElse) return orElse();
  throw new Error(`the store holds no ${what}`);
}

function count(params: Params): number {
  const n = params.count ?? 1;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > 200) throw new Error('count must be an integer from 1 to 200');
  return n;
}

/** An Email conversation with one inbound message, in the given state. */
function conversationIn(state: DixaState, conversationState: ConversationState): ConversationRecord {
  const requester = first(state.endUsers.values(), 'end user');
  const queue = [...state.queues.values()].find((q) => !q.isDefault) ?? first(state.queues.values(), 'queue');
  const now = new Date().toISOString();
  const integration = state.catalogue.emailIntegrations[0] ?? 'support@example.com';
  const conversation: ConversationRecord = {
    id: state.nextConversationId++,
    channel: 'Email',
    requesterId: requester.id,
    createdAt: now,
    state: conversationState,
    stateUpdatedAt: now,
    direction: 'Inbound',
    queue: { id: queue.id, queuedAt: now },
    subject: 'Provider state conversation',
    email: { fromEmail: requester.email ?? 'customer@example.org', toEmail: integration, integrationEmail: integration },
    customAttributes: {},
    tagIds: [],
    messages: [{ id: randomUUID(), authorId: requester.id, createdAt: now, direction: 'Inbound', content: { _type: 'Text', value: 'Hello, I need help with my order.' } }],
    notes: [],
    ratings: [],
  };
  state.conversations.set(conversation.id, conversation);
  return conversation;
}

/** A path value for every path parameter of every GET operation of the contract. */
function readPathParameters(state: DixaState): Record<string, string> {
  // teams and subscriptions can be deleted through the API; the read state brings one back
  const hook = first(state.webhooks.values(), '', () => createWebhook(state, { name: 'read state', url: 'http://127.0.0.1:9/read-state', events: ['ConversationCreated'], enabled: false }, first(state.agents.keys(), 'agent')));
  const teamId = first(state.teams.keys(), '', () => {
    const id = randomUUID();
    state.teams.set(id, { id, name: 'Read state team', agentIds: [] });
    return id;
  });
  const conversation = state.conversations.get(10001) ?? first(state.conversations.values(), 'conversation');
  return {
    agentId: first(state.agents.keys(), 'agent'),
    userId: conversation.requesterId,
    conversationId: String(conversation.id),
    contactEndpointId: contactEndpointId(first(state.catalogue.contactEndpoints, 'contact endpoint')),
    filterAttribute: 'channel',
    metricId: first(state.catalogue.metrics, 'metric').id,
    recordId: first(state.catalogue.records, 'record').id,
    requestId: first(state.anonymizationRequests.keys(), 'anonymization request'),
    queueId: first(state.queues.keys(), 'queue'),
    tagId: first(state.tags.keys(), 'tag'),
    teamId,
    webhookSubscriptionId: hook.id,
    event: hook.events[0] ?? 'ConversationCreated',
  };
}

export const dixaProviderStates: Readonly<Record<string, ProviderStateDefinition<DixaState>>> = {
  'resources exist for every read operation': {
    description: 'Existing ids for every path parameter of every GET operation.',
    setup: (_params, state) => ({ pathParameters: readPathParameters(state) }),
  },
  'a conversation exists in state': {
    description: 'An Email conversation with one inbound message, in the state given (Open by default).',
    setup: (params, state) => {
      const wanted = (params.state ?? 'Open') as ConversationState;
      if (!STATES.includes(wanted)) throw new Error(`state must be one of ${STATES.join(', ')}`);
      const conversation = conversationIn(state, wanted);
      return { conversationId: conversation.id, messageId: conversation.messages[0]?.id };
    },
  },
  'an open conversation is assigned to an agent': {
    description: 'An Open conversation assigned to an agent, and another agent who could claim it.',
    setup: (_params, state) => {
      const [agent, other] = [...state.agents.values()].slice(2, 4);
      if (!agent || !other) throw new Error('the store holds fewer than four agents');
      const conversation = conversationIn(state, 'Open');
      conversation.assignment = { agentId: agent.id, assignedAt: conversation.createdAt };
      return { conversationId: conversation.id, agentId: agent.id, otherAgentId: other.id };
    },
  },
  'end users exist': {
    description: 'count new end users (1 by default).',
    setup: (params, state) => ({ userIds: Array.from({ length: count(params) }, (_, i) => createEndUser(state, { displayName: `State user ${i + 1}`, email: `state-${randomUUID().slice(0, 8)}@example.org` }).id) }),
  },
  'agents exist': {
    description: 'count new agents (1 by default).',
    setup: (params, state) => ({ agentIds: Array.from({ length: count(params) }, (_, i) => createAgent(state, { displayName: `State agent ${i + 1}`, email: `agent-${randomUUID().slice(0, 8)}@example.com` }).id) }),
  },
  'a webhook subscription for events delivers to a url': {
    description: 'An enabled subscription of the events to the url, with the authorization and headers given (NoAuth by default).',
    setup: (params, state) => {
      const events = params.events;
      if (typeof params.url !== 'string' || !Array.isArray(events) || !events.every((e) => (WEBHOOK_EVENTS as readonly unknown[]).includes(e))) throw new Error('url (string) and events (webhook event names) are required');
      const authorization = (params.authorization ?? { _type: 'NoAuth' }) as Record<string, unknown>;
      const headers = (params.headers ?? {}) as Record<string, string>;
      const hook = createWebhook(state, { name: 'provider state', url: params.url, events: events as WebhookEvent[], authorization, headers }, first(state.agents.keys(), 'agent'));
      return { webhookSubscriptionId: hook.id, secretKey: hook.secretKey };
    },
  },
  'a conversation exists on a channel': {
    description: 'An Open conversation of the channel given (PstnPhone by default), with one inbound message.',
    setup: (params, state) => {
      const channel = (params.channel ?? 'PstnPhone') as Channel;
      if (!CHANNELS.includes(channel)) throw new Error(`channel must be one of ${CHANNELS.join(', ')}`);
      const { email: _email, ...base } = conversationIn(state, 'Open');
      state.conversations.set(base.id, { ...base, channel });
      return { conversationId: base.id };
    },
  },
  'an end user requests conversations': {
    description: 'count Open conversations requested by one end user: a new one, or params.userId to add to an earlier set.',
    setup: (params, state) => {
      const known = typeof params.userId === 'string' ? state.endUsers.get(params.userId) : undefined;
      if (typeof params.userId === 'string' && !known) throw new Error(`userId ${params.userId} is not an end user`);
      const user = known ?? createEndUser(state, { displayName: 'Paged requester', email: `paged-${randomUUID().slice(0, 8)}@example.org` });
      const conversationIds = Array.from({ length: count(params) }, () => {
        const conversation = conversationIn(state, 'Open');
        conversation.requesterId = user.id;
        return conversation.id;
      });
      return { userId: user.id, conversationIds };
    },
  },
  'a tag exists in state': {
    description: 'A new tag in the state given (Active or Inactive; Active by default).',
    setup: (params, state) => {
      const wanted = params.state ?? 'Active';
      if (wanted !== 'Active' && wanted !== 'Inactive') throw new Error('state must be Active or Inactive');
      const id = randomUUID();
      state.tags.set(id, { id, name: `state-tag-${id.slice(0, 8)}`, color: '#123456', state: wanted });
      return { tagId: id };
    },
  },
};
