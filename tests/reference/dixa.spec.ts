import { expect, test } from '@playwright/test';
import { loadContracts } from '../../src/harness/contracts';
import { repoRoot } from '../../src/harness/repo-root';
import { loadFaultCatalogue } from '../../src/reference/faults/fault-catalogue';
import { dixaImplementation } from '../../src/reference/dixa';
import { FAMILY, walkPages, withDixa, type DixaClient } from './dixa/dixa-client';
import { CLAUSE_PROBES } from './dixa/clause-probes';
import { INPUT_PROBES } from './dixa/input-probes';
import { LIFECYCLE_PROBES } from './dixa/lifecycle-probes';
import { conversation, conversationIn, SEED, uniquePath } from './dixa/probe-context';
import { READ_PROBES } from './dixa/read-probes';
import { RESOURCE_PROBES } from './dixa/resource-probes';
import { WEBHOOK_PROBES } from './dixa/webhook-probes';
import { startWebhookReceiver, type WebhookReceiver } from './dixa/webhook-receiver';

const contracts = loadContracts({ root: repoRoot(), families: [FAMILY], checkStructure: false, examples: false });
const family = contracts.family(FAMILY);
const PROBES = [...INPUT_PROBES, ...READ_PROBES, ...LIFECYCLE_PROBES, ...WEBHOOK_PROBES, ...RESOURCE_PROBES, ...CLAUSE_PROBES];
const FAULTS = loadFaultCatalogue().filter((f) => f.family === FAMILY);

test('every operation of the contract has a handler, and no handler is left over', () => {
  const operations = [...family.operations.keys()].sort();
  expect(operations).toHaveLength(83);
  expect(Object.keys(dixaImplementation.handlers).sort()).toEqual(operations);
});

test('the read state gives every GET path parameter, and every GET answers 2xx as the contract says', async () => {
  await withDixa(contracts, [], async (client) => {
    const { pathParameters } = (await client.state('resources exist for every read operation')) as { pathParameters: Record<string, string> };
    for (const operation of [...family.operations.values()].filter((o) => o.method === 'get')) {
      const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => {
        expect(pathParameters[name], `${operation.operationId}: ${name}`).toEqual(expect.any(String));
        return encodeURIComponent(pathParameters[name] ?? '');
      });
      const query = operation.parameters.some((p) => p.in === 'query' && p.required) ? '?query=refund' : '';
      const response = await client.call('GET', `${path}${query}`);
      expect(response.status, `${operation.operationId} ${JSON.stringify(response.body)}`).toBe(200);
      const validate = contracts.responseValidator(FAMILY, operation.operationId, response.status);
      expect(validate?.(response.body), `${operation.operationId}: ${JSON.stringify(validate?.errors)}`).toBe(true);
    }
  });
});

test('each provider state returns what its contract says', async () => {
  await withDixa(contracts, [], async (client) => {
    const listed = ((await client.call('GET', '/__provider-states', { auth: false })).body.states as { name: string }[]).map((s) => s.name).sort();
    expect(listed).toEqual([...family.providerStates.keys()].sort());
    const params: Record<string, Record<string, unknown>[]> = {
      'a conversation exists in state': [{}, { state: 'Closed' }, { state: 'Pending' }],
      'end users exist': [{ count: 3 }],
      'agents exist': [{ count: 2 }],
      'a webhook subscription for events delivers to a url': [{ url: 'http://127.0.0.1:9/x', events: ['ConversationCreated'], authorization: { _type: 'TokenAuth', value: 't' } }],
      'a tag exists in state': [{ state: 'Inactive' }],
    };
    for (const [name, state] of family.providerStates) {
      for (const given of params[name] ?? [{}]) {
        expect(state.params.validate(given), `${name} params`).toBe(true);
        expect(state.returns.validate(await client.state(name, given)), `${name}: ${JSON.stringify(state.returns.validate.errors)}`).toBe(true);
      }
    }
  });
});

test('following meta.next verbatim through /v1/agents and /v1/endusers reaches every item exactly once', async () => {
  await withDixa(contracts, [], async (client) => {
    for (const list of ['/v1/agents', '/v1/endusers']) {
      const everything = ((await client.call('GET', `${list}?pageLimit=500`)).body.data as { id: string }[]).map((i) => i.id);
      const pages = await walkPages(client, `${list}?pageLimit=10`);
      expect(pages.length, list).toBeGreaterThanOrEqual(3);
      expect(pages.every((p) => p.length <= 10), list).toBe(true);
      expect(pages.flat().map((i) => (i as { id: string }).id), list).toEqual(everything);
    }
  });
});

test('a webhook receives a delivery for a created conversation, with its Authorization header, as the AsyncAPI says', async () => {
  const receiver = await startWebhookReceiver();
  try {
    await withDixa(contracts, [], async (client) => {
      const path = uniquePath();
      const authorization = { _type: 'BasicAuth', username: 'receiver', password: 's3cret' };
      const { webhookSubscriptionId } = await client.state('a webhook subscription for events delivers to a url', { url: receiver.url(path), events: ['ConversationCreated'], authorization, headers: { 'x-tenant': 'acme' } });
      const body = { _type: 'Email', requesterId: SEED.endUserId, emailIntegrationId: 'support@example.com', subject: 'Order', message: { content: { value: 'Where is my order?' } } };
      const created = await client.call('POST', '/v1/conversations', { body });
      expect(created.status).toBe(201);
      const delivery = await receiver.waitFor(path);
      expect(delivery.headers.authorization).toBe(`Basic ${Buffer.from('receiver:s3cret').toString('base64')}`);
      expect(delivery.headers['x-tenant']).toBe('acme');
      expect(delivery.body).toMatchObject({ event: 'ConversationCreated', conversationId: created.body.data.id, timestamp: expect.any(String) });
      const message = contracts.message(FAMILY, 'ConversationCreated');
      expect(message.validate(delivery.body), JSON.stringify(message.validate.errors)).toBe(true);
      const logs = await client.call('GET', `/v1/webhooks/${String(webhookSubscriptionId)}/delivery-status/logs/ConversationCreated`);
      expect(logs.body.data[0].deliveryDetail).toMatchObject({ success: true, responseCode: 200 });
      const status = await client.call('GET', `/v1/webhooks/${String(webhookSubscriptionId)}/delivery-status`);
      expect(contracts.responseValidator(FAMILY, 'getWebhooksByWebhookSubscriptionIdDeliveryStatus', 200)?.(status.body)).toBe(true);
    });
  } finally {
    await receiver.close();
  }
});

test('the conversation lifecycle: create, claim, refused claim, forced claim, transfer, close, reopen, and the illegal moves', async () => {
  await withDixa(contracts, [], async (client) => {
    const put = (id: number, action: string, body?: unknown) => client.call('PUT', `/v1/conversations/${id}/${action}`, body === undefined ? {} : { body });
    const chat = { _type: 'Chat', requesterId: SEED.endUserId, widgetId: '80000000-0000-4000-8000-000000000001', message: { content: { value: 'Hi' } } };
    const id = (await client.call('POST', '/v1/conversations', { body: chat })).body.data.id as number;
    expect(await conversation(client, id)).toMatchObject({ state: 'Open', channel: 'WidgetChat' });
    const [first, second] = ['a0000000-0000-4000-8000-000000000003', 'a0000000-0000-4000-8000-000000000004'];
    expect((await put(id, 'claim', { agentId: first, force: false })).status).toBe(204);
    expect((await put(id, 'claim', { agentId: second, force: false })).status).toBe(409);
    expect((await conversation(client, id)).assignment?.agentId).toBe(first);
    expect((await put(id, 'claim', { agentId: second, force: true })).status).toBe(204);
    expect((await conversation(client, id)).assignment?.agentId).toBe(second);
    expect((await put(id, 'claim', {})).status).toBe(400);
    expect((await put(id, 'transfer/queue', { queueId: SEED.otherQueueId })).status).toBe(204);
    expect(await conversation(client, id)).toMatchObject({ state: 'Open', queue: { id: SEED.otherQueueId } });
    expect((await put(id, 'reopen')).status).toBe(400);
    expect((await put(id, 'close', {})).status).toBe(204);
    expect((await conversation(client, id)).state).toBe('Closed');
    expect((await put(id, 'claim', { agentId: first })).status).toBe(400);
    expect((await put(id, 'transfer/queue', { queueId: SEED.defaultQueueId })).status).toBe(400);
    expect((await put(id, 'reopen')).status).toBe(204);
    expect(await conversation(client, id)).toMatchObject({ state: 'Open', queue: { id: SEED.otherQueueId } });
    expect((await put(99_999_999, 'close')).status).toBe(404);
    const types = ((await client.call('GET', `/v1/conversations/${id}/activitylog`)).body.data as { _type: string }[]).map((e) => e._type);
    expect(types).toEqual(['ConversationCreatedByCustomer', 'ConversationClaimed', 'ConversationClaimed', 'TransferSuccessful', 'ConversationClosed', 'ConversationReopened']);
  });
});

test('tags: only active tags are added, tags of either state are removed; notes round-trip', async () => {
  await withDixa(contracts, [], async (client) => {
    const { conversationId } = await conversationIn(client);
    const tag = (await client.call('POST', '/v1/tags', { body: { name: 'urgent', color: '#f00' } })).body.data as { id: string; state: string };
    expect(tag.state).toBe('Active');
    expect((await client.call('PUT', `/v1/conversations/${conversationId}/tags/${tag.id}`)).status).toBe(204);
    expect((await client.call('PATCH', `/v1/tags/${tag.id}/deactivate`)).status).toBe(204);
    expect((await client.call('GET', `/v1/tags/${tag.id}`)).body.data.state).toBe('Inactive');
    const other = (await client.state('a tag exists in state', { state: 'Inactive' })).tagId as string;
    expect((await client.call('PUT', `/v1/conversations/${conversationId}/tags/${other}`)).status).toBe(400);
    expect((await client.call('DELETE', `/v1/conversations/${conversationId}/tags/${tag.id}`)).status).toBe(204);
    expect((await client.call('GET', `/v1/conversations/${conversationId}/tags`)).body.data).toEqual([]);
    const note = await client.call('POST', `/v1/conversations/${conversationId}/notes`, { body: { message: 'call back tomorrow', createdAt: '2021-12-01T12:46:36.581Z' } });
    expect(note.status).toBe(201);
    expect(note.body.data).toMatchObject({ csid: conversationId, message: 'call back tomorrow', createdAt: '2021-12-01T12:46:36.581Z' });
    expect((await client.call('POST', `/v1/conversations/${conversationId}/notes`, { body: {} })).status).toBe(400);
    const notes = (await client.call('GET', `/v1/conversations/${conversationId}/notes`)).body.data as { id: string }[];
    expect(notes.map((n) => n.id)).toEqual([note.body.data.id]);
  });
});

test('anonymization: requests with a status resource; force closes an open conversation, no force is refused', async () => {
  await withDixa(contracts, [], async (client) => {
    const { conversationId, messageId } = await conversationIn(client);
    expect((await client.call('PATCH', `/v1/conversations/${conversationId}/anonymize`)).status).toBe(400);
    const message = await client.call('PATCH', `/v1/conversations/${conversationId}/messages/${messageId}/anonymize`);
    expect(message.status).toBe(202);
    expect(message.body.data).toMatchObject({ _type: 'Message', targetEntityId: messageId });
    const filed = await client.call('PATCH', `/v1/conversations/${conversationId}/anonymize?force=true`);
    expect(filed.body.data).toMatchObject({ _type: 'Conversation', targetEntityId: String(conversationId) });
    expect((await conversation(client, conversationId)).state).toBe('Closed');
    const status = await waitForProcessed(client, filed.body.data.id as string);
    expect(Date.parse(status.processedAt)).toBeGreaterThanOrEqual(Date.parse(status.initiatedAt));
    expect((await conversation(client, conversationId)).anonymizedAt).toEqual(expect.any(String));
  });
});

/** The request is processed after its response; each GET is a turn of the target's event loop. */
async function waitForProcessed(client: DixaClient, requestId: string): Promise<{ processedAt: string; initiatedAt: string }> {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const data = (await client.call('GET', `/v1/anonymization/request/${requestId}`)).body.data as { processedAt?: string; initiatedAt: string };
    if (data.processedAt) return data as { processedAt: string; initiatedAt: string };
  }
  throw new Error(`anonymization request ${requestId} was not processed`);
}

test.describe('faults', () => {
  let receiver: WebhookReceiver;
  test.beforeAll(async () => {
    receiver = await startWebhookReceiver();
  });
  test.afterAll(async () => {
    await receiver.close();
  });

  test('every Dixa fault has exactly one probe', () => {
    expect(PROBES.map((p) => p.fault).sort()).toEqual(FAULTS.map((f) => f.id).sort());
  });

  for (const fault of FAULTS) {
    test(`${fault.id} breaks ${fault.clause}`, async () => {
      const probe = PROBES.find((p) => p.fault === fault.id);
      test.skip(!probe, 'no probe (the probe test above fails)');
      const clean = await withDixa(contracts, [], (client) => probe!.observe({ client, receiver }));
      expect(clean, `${fault.id}: the defect must not show without the fault`).toBe(false);
      const faulty = await withDixa(contracts, [fault.id], (client) => probe!.observe({ client, receiver }));
      expect(faulty, `${fault.id}: the defect must show with the fault`).toBe(true);
    });
  }
});
