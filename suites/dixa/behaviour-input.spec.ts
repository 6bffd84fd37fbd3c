import { randomUUID } from 'node:crypto';
import { checkClause } from '../../src/harness/checks/clause-check';
import { expect, test } from '../../src/harness/test';
import { is2xx, is4xx, statusOf, told, type Call, type Caller, type Json } from '../generic/behaviour-support';
import { agentsExist, conversationIn, dixa, emailIntegration, endUsersExist, itemsOf, message, smsNumber, TAGS } from './behaviour-dixa';
import { NOWHERE } from './webhook-session';

/**
 * Required request fields (003, the *Input schemas and their operations): a request missing the
 * field a clause names is refused with 400, and the same request with the field is served, so
 * that a target refusing everything does not pass.
 */
async function refusedThenServed(d: Caller, what: string, without: Call, withField?: Call): Promise<void> {
  const refused = await d.call(without);
  expect(statusOf(refused), `${what}: ${told(refused)}`).toBe(400);
  if (!withField) return;
  const served = await d.call(withField);
  expect(is2xx(served), `the same request with the field: ${told(served)}`).toBe(true);
}

/** `complete` with each of its fields left out in turn: every such request is refused with 400. */
async function refusedWithoutEach(d: Caller, what: string, complete: Json, call: (partial: Json) => Call): Promise<void> {
  for (const field of Object.keys(complete)) {
    const { [field]: _left, ...partial } = complete;
    await refusedThenServed(d, `${what} without ${field}`, call(partial));
  }
}

test.describe('dixa required request fields', () => {
  test('PUT /v1/agents/{agentId} needs displayName', TAGS, async ({ api, contracts, target, providerStates }) => {
    const d = dixa(api, contracts, target);
    const [agentId = ''] = await agentsExist(providerStates, 1);
    await checkClause('dixa.agents.update-requires-display-name', () =>
      refusedThenServed(d, 'without displayName', { operationId: 'putAgentsByAgentId', params: { agentId }, body: { firstName: 'Nameless' } }, { operationId: 'putAgentsByAgentId', params: { agentId }, body: { displayName: 'Renamed Agent' } }),
    );
  });

  test('PATCH /v1/agents: an item without id is refused, for the request or as its own error outcome', TAGS, async ({ api, contracts, target }) => {
    const d = dixa(api, contracts, target);
    await checkClause('dixa.agents.bulk-patch-requires-id', async () => {
      const bulk = await d.call({ operationId: 'patchAgents', body: [{ displayName: 'Whose name is this' }] });
      if (is4xx(bulk)) return;
      expect(is2xx(bulk), told(bulk)).toBe(true);
      expect(itemsOf(bulk).map((o) => ('error' in o ? 'error' : 'data' in o ? 'data' : 'neither')), `the item without id: ${told(bulk)}`).toEqual(['error']);
    });
  });

  test('PUT /v1/endusers/{userId} needs displayName', TAGS, async ({ api, contracts, target, providerStates }) => {
    const d = dixa(api, contracts, target);
    const [userId = ''] = await endUsersExist(providerStates, 1);
    await checkClause('dixa.endusers.update-requires-display-name', () =>
      refusedThenServed(d, 'without displayName', { operationId: 'putEndusersByUserId', params: { userId }, body: { firstName: 'Nameless' } }, { operationId: 'putEndusersByUserId', params: { userId }, body: { displayName: 'Renamed Customer' } }),
    );
  });

  test('POST /v1/conversations: an Email conversation needs a subject', TAGS, async ({ api, contracts, target, providerStates }) => {
    const d = dixa(api, contracts, target);
    const [requesterId = ''] = await endUsersExist(providerStates, 1);
    const emailIntegrationId = await emailIntegration(d);
    test.skip(emailIntegrationId === undefined, 'GET /v1/contact-endpoints lists no EmailEndpoint to create an Email conversation on');
    const email = { _type: 'Email', requesterId, emailIntegrationId, message: message('Where is my parcel?') };
    await checkClause('dixa.conversations.create-required-fields', () =>
      refusedThenServed(d, 'an Email conversation without subject', { operationId: 'postConversations', body: email }, { operationId: 'postConversations', body: { ...email, subject: 'Parcel' } }),
    );
  });

  test('POST /v1/conversations: an Sms conversation names its number in E.164', TAGS, async ({ api, contracts, target, providerStates }) => {
    const d = dixa(api, contracts, target);
    const [requesterId = ''] = await endUsersExist(providerStates, 1);
    const number = await smsNumber(d);
    test.skip(number === undefined, 'GET /v1/contact-endpoints lists no SMS-enabled TelephonyEndpoint');
    const sms = (contactEndpointId: string) => ({ operationId: 'postConversations', body: { _type: 'Sms', requesterId, contactEndpointId, message: message('Text me back') } });
    await checkClause('dixa.conversations.sms-endpoint-e164', () => refusedThenServed(d, `${number ?? ''} without its leading +`, sms((number ?? '').replace(/^\+/, '')), sms(number ?? '')));
  });

  test('PUT /v1/conversations/{conversationId}/claim needs agentId', TAGS, async ({ api, contracts, target, providerStates }) => {
    const d = dixa(api, contracts, target);
    const { conversationId } = await conversationIn(providerStates);
    const [agentId = ''] = await agentsExist(providerStates, 1);
    await checkClause('dixa.conversations.claim-requires-agent-id', () =>
      refusedThenServed(d, 'a claim without agentId', { operationId: 'putConversationsByConversationIdClaim', params: { conversationId }, body: {} }, { operationId: 'putConversationsByConversationIdClaim', params: { conversationId }, body: { agentId } }),
    );
  });

  test('PUT /v1/conversations/{conversationId}/transfer/queue needs queueId', TAGS, async ({ api, contracts, target, providerStates }) => {
    const d = dixa(api, contracts, target);
    const { conversationId } = await conversationIn(providerStates);
    const queueId = itemsOf(await d.call({ operationId: 'getQueues' })).map((q): unknown => q.id).find((id): id is string => typeof id === 'string');
    test.skip(queueId === undefined, 'GET /v1/queues lists no queue to transfer to');
    await checkClause('dixa.conversations.transfer-requires-queue-id', () =>
      refusedThenServed(d, 'a transfer without queueId', { operationId: 'putConversationsByConversationIdTransferQueue', params: { conversationId }, body: {} }, { operationId: 'putConversationsByConversationIdTransferQueue', params: { conversationId }, body: { queueId } }),
    );
  });

  test('POST /v1/conversations/{conversationId}/notes needs message', TAGS, async ({ api, contracts, target, providerStates }) => {
    const d = dixa(api, contracts, target);
    const { conversationId } = await conversationIn(providerStates);
    await checkClause('dixa.notes.create-requires-message', () =>
      refusedThenServed(d, 'a note without message', { operationId: 'postConversationsByConversationIdNotes', params: { conversationId }, body: {} }, { operationId: 'postConversationsByConversationIdNotes', params: { conversationId }, body: { message: 'Call back tomorrow' } }),
    );
  });

  test('POST /v1/queues needs name, callFunctionality, isDefault and isDoNotOfferEnabled', TAGS, async ({ api, contracts, target }) => {
    const d = dixa(api, contracts, target);
    const complete = { name: `Behaviour queue ${randomUUID().slice(0, 8)}`, callFunctionality: false, isDefault: false, isDoNotOfferEnabled: false };
    await checkClause('dixa.queues.create-required-fields', () =>
      refusedWithoutEach(d, 'a queue', complete, (partial) => ({ operationId: 'postQueues', body: { request: partial } })),
    );
  });

  test('POST /v1/tags needs name', TAGS, async ({ api, contracts, target }) => {
    const d = dixa(api, contracts, target);
    await checkClause('dixa.tags.create-requires-name', () => refusedThenServed(d, 'a tag without name', { operationId: 'postTags', body: { color: '#ff0000' } }));
  });

  test('POST /v1/teams needs name', TAGS, async ({ api, contracts, target }) => {
    const d = dixa(api, contracts, target);
    await checkClause('dixa.teams.create-requires-name', () => refusedThenServed(d, 'a team without name', { operationId: 'postTeams', body: {} }));
  });

  test('POST /v1/webhooks needs name, url and authorization', TAGS, async ({ api, contracts, target }) => {
    const d = dixa(api, contracts, target);
    // no events: a subscription wrongly made delivers nothing
    const complete = { name: `behaviour ${randomUUID().slice(0, 8)}`, url: NOWHERE, authorization: { _type: 'NoAuth' } };
    await checkClause('dixa.webhooks.create-required-fields', () =>
      refusedWithoutEach(d, 'a subscription', complete, (partial) => ({ operationId: 'postWebhooks', body: partial })),
    );
  });

  test('POST /v1/analytics/metrics needs id, periodFilter and timezone', TAGS, async ({ api, contracts, target, readPathParameters }) => {
    const metricId = 'unavailable' in readPathParameters ? undefined : readPathParameters.metricId;
    test.skip(metricId === undefined, 'unavailable' in readPathParameters ? readPathParameters.unavailable : 'the read provider state gives no metricId');
    const d = dixa(api, contracts, target);
    const complete = { id: metricId, periodFilter: { start: '2024-01-01T00:00:00Z', end: '2024-02-01T00:00:00Z' }, timezone: 'Europe/Copenhagen' };
    await checkClause('dixa.analytics.metric-data-required-fields', async () => {
      await refusedWithoutEach(d, 'metric data', complete, (partial) => ({ operationId: 'postAnalyticsMetrics', body: partial }));
      const served = await d.call({ operationId: 'postAnalyticsMetrics', body: complete });
      expect(is2xx(served), `with all three: ${told(served)}`).toBe(true);
    });
  });
});
