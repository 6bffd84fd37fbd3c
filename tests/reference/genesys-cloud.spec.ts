import { expect, test } from '@playwright/test';
import { loadContracts } from '../../src/harness/contracts';
import { repoRoot } from '../../src/harness/repo-root';
import { loadFaultCatalogue } from '../../src/reference/faults/fault-catalogue';
import { genesysCloudImplementation } from '../../src/reference/genesys-cloud';
import { RouteTable } from '../../src/reference/http/route-table';
import { BEHAVIOUR_PROBES } from './genesys-cloud/behaviour-probes';
import { CLAUSE_PROBES } from './genesys-cloud/clause-probes';
import { DRAFT_PROBES } from './genesys-cloud/draft-probes';
import { FAMILY, withTarget, type GcResponse } from './genesys-cloud/gc-client';
import { INPUT_PROBES } from './genesys-cloud/input-probes';
import { communicationPath, draftPath, EMAIL_REPLY, EMAILS, emailState, MESSAGES, messageState, messagingPath, participantPath, readState } from './genesys-cloud/probe-context';
import { RECORDING_PROBES } from './genesys-cloud/recording-probes';
import { VALID_WRITES } from './genesys-cloud/valid-writes';

const contracts = loadContracts({ root: repoRoot(), checkStructure: false, examples: false });
const family = contracts.family(FAMILY);
const PROBES = [...INPUT_PROBES, ...DRAFT_PROBES, ...RECORDING_PROBES, ...BEHAVIOUR_PROBES, ...CLAUSE_PROBES];
const FAULTS = loadFaultCatalogue().filter((f) => f.family === FAMILY);

/** Whether a response validates against the contract for its operation and status. */
function matchesContract(operationId: string, response: GcResponse): boolean {
  const validate = contracts.responseValidator(FAMILY, operationId, response.status, response.contentType || 'application/json');
  if (!validate) return response.body === '' && contracts.response(FAMILY, operationId, response.status) !== undefined;
  return validate(response.body) === true;
}

test('every operation of the contract has a handler, and no handler is left over', () => {
  const operations = [...family.operations.keys()].sort();
  expect(operations).toHaveLength(64);
  expect(Object.keys(genesysCloudImplementation.handlers).sort()).toEqual(operations);
});

test('the read state gives every GET path parameter, and every GET answers 2xx as the contract says', async () => {
  await withTarget(contracts, [], async (c) => {
    const { pathParameters } = await readState(c);
    for (const operation of [...family.operations.values()].filter((o) => o.method === 'get')) {
      const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => {
        expect(pathParameters[name], `${operation.operationId}: ${name}`).toEqual(expect.any(String));
        return encodeURIComponent(String(pathParameters[name]));
      });
      const response = await c.call('GET', path);
      expect(response.status, `${operation.operationId} ${JSON.stringify(response.body)}`).toBe(200);
      expect(matchesContract(operation.operationId, response), operation.operationId).toBe(true);
    }
  });
});

test('each provider state returns what its contract says', async () => {
  await withTarget(contracts, [], async (c) => {
    const listed = (await c.call('GET', '/__provider-states', { auth: false })).body.states.map((s: { name: string }) => s.name).sort();
    expect(listed).toEqual([...family.providerStates.keys()].sort());
    for (const [name, state] of family.providerStates) {
      for (const params of name === 'a message conversation exists' ? [{}, { messengerType: 'sms' }] : [{}]) {
        expect(state.returns.validate(await c.state(name, params)), `${name}: ${JSON.stringify(state.returns.validate.errors)}`).toBe(true);
      }
    }
  });
});

test('every write operation answers a valid request with 2xx and a body the contract documents', async () => {
  const writes = [...family.operations.values()].filter((o) => o.method !== 'get');
  expect(Object.keys(VALID_WRITES).sort()).toEqual(writes.map((o) => o.operationId).sort());
  await withTarget(contracts, [], async (c) => {
    for (const operation of writes) {
      const { method, path, body, query } = await (VALID_WRITES[operation.operationId] ?? (() => Promise.reject(new Error(operation.operationId))))(c);
      const response = await c.call(method, path, { body, ...(query ? { query } : {}) });
      expect(response.status, `${operation.operationId}: ${JSON.stringify(response.body)}`).toBeLessThan(300);
      expect(matchesContract(operation.operationId, response), operation.operationId).toBe(true);
    }
  });
});

test('the e-mail draft flow walks gc.email-draft: draft, reply, wrap-up, disconnect, reconnect', async () => {
  await withTarget(contracts, [], async (c) => {
    const ids = await emailState(c);
    const step = async (operationId: string, method: string, path: string, options: Parameters<typeof c.call>[2] = {}, status = 200): Promise<GcResponse['body']> => {
      const response = await c.call(method, path, options);
      expect(response.status, `${operationId}: ${JSON.stringify(response.body)}`).toBe(status);
      expect(matchesContract(operationId, response), operationId).toBe(true);
      return response.body;
    };
    expect((await step('getConversationsEmailMessagesDraft', 'GET', draftPath(ids))).textBody).toBe('');
    await step('putConversationsEmailMessagesDraft', 'PUT', draftPath(ids), { body: { to: [] } }, 400);
    expect((await step('patchConversationsEmailMessagesDraft', 'PATCH', draftPath(ids), { query: { autoFill: 'true' } })).subject).toBe('RE: Question about my account');
    await step('putConversationsEmailMessagesDraft', 'PUT', draftPath(ids), { body: EMAIL_REPLY });
    const copied = await step('postConversationsEmailMessagesDraftAttachmentsCopy', 'POST', `${draftPath(ids)}/attachments/copy`, { body: { sourceMessage: { id: ids.messageId }, attachments: ids.attachmentIds.map((attachmentId: string) => ({ attachmentId })) } });
    expect(copied.attachments).toHaveLength(2);
    await step('deleteConversationsEmailMessagesDraftAttachment', 'DELETE', `${draftPath(ids)}/attachments/${ids.attachmentIds[1]}`, {}, 204);
    await step('deleteConversationsEmailMessagesDraftAttachment', 'DELETE', `${draftPath(ids)}/attachments/${ids.attachmentIds[1]}`, {}, 404);
    await step('postConversationsEmailMessages', 'POST', `${EMAILS}/${ids.conversationId}/messages`, { body: { ...EMAIL_REPLY, to: undefined } }, 400);
    const reply = await step('postConversationsEmailMessages', 'POST', `${EMAILS}/${ids.conversationId}/messages`, { body: EMAIL_REPLY });
    expect(reply.attachments.map((a: { attachmentId: string }) => a.attachmentId)).toEqual([ids.attachmentIds[0]]);
    expect((await step('getConversationsEmailMessagesDraft', 'GET', draftPath(ids))).attachments).toEqual([]);
    await step('patchConversationsEmail', 'PATCH', `${EMAILS}/${ids.conversationId}`, { body: { state: 'connected' } }, 400);
    const code = (await step('getConversationsEmailParticipantWrapupcodes', 'GET', `${participantPath(EMAILS, ids)}/wrapupcodes`))[0].id;
    await step('postConversationsEmailParticipantCommunicationWrapup', 'POST', `${communicationPath(EMAILS, ids)}/wrapup`, { body: { code: 'unknown-code' } }, 400);
    await step('postConversationsEmailParticipantCommunicationWrapup', 'POST', `${communicationPath(EMAILS, ids)}/wrapup`, { body: { code } }, 202);
    expect((await step('getConversationsEmailParticipantWrapup', 'GET', `${participantPath(EMAILS, ids)}/wrapup`)).code).toBe(code);
    await step('postConversationsEmailReconnect', 'POST', `${EMAILS}/${ids.conversationId}/reconnect`, {}, 400);
    await step('patchConversationsEmailParticipantCommunication', 'PATCH', communicationPath(EMAILS, ids), { body: { state: 'disconnected' } });
    const ended = await step('patchConversationsEmail', 'PATCH', `${EMAILS}/${ids.conversationId}`, { body: { state: 'disconnected' } });
    expect(ended.endTime).toEqual(expect.any(String));
    await step('putConversationsEmailMessagesDraft', 'PUT', draftPath(ids), { body: EMAIL_REPLY }, 400);
    await step('postConversationsEmailReconnect', 'POST', `${EMAILS}/${ids.conversationId}/reconnect`, {}, 202);
    expect((await step('getConversationsEmail', 'GET', `${EMAILS}/${ids.conversationId}`)).endTime).toBeNull();
  });
});

test('limits and formats: media file names, E.164 only for SMS, 2000 characters elsewhere, error bodies', async () => {
  await withTarget(contracts, [], async (c) => {
    const uploads = `${messagingPath(await messageState(c))}/messages/media/uploads`;
    for (const fileName of ['.hidden.png', 'folder/', 'a b.png', 'a^b.png', 'a"b.png', 'a|b.png']) {
      expect((await c.call('POST', uploads, { body: { fileName, contentLengthBytes: 10 } })).status, fileName).toBe(400);
    }
    const upload = await c.call('POST', uploads, { body: { fileName: 'a&b.png', contentLengthBytes: 10 } });
    expect(upload.status).toBe(200);
    expect((await c.call('GET', `${uploads.replace(/\/uploads$/, '')}/${upload.body.id}`)).body.status).toBe('uploading');
    const whatsapp = await c.call('POST', MESSAGES, { body: { queueId: 'q1', toAddress: '13175555555', toAddressMessengerType: 'whatsapp' } });
    expect(whatsapp.status).toBe(200);
    const agentless = (textBody: string, type = 'open') => c.call('POST', `${MESSAGES}/agentless`, { body: { fromAddress: 'support', toAddress: type === 'sms' ? '+13175550142' : 'visitor-1', toAddressMessengerType: type, textBody } });
    expect((await agentless('a'.repeat(2000))).status).toBe(200);
    expect((await agentless('a'.repeat(2001))).status).toBe(400);
    expect((await agentless('a'.repeat(765), 'sms')).status).toBe(200);
    expect((await agentless('a'.repeat(766), 'sms')).status).toBe(400);
    const missing = await c.call('GET', `${EMAILS}/does-not-exist/messages/draft`);
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ status: 404, code: 'not.found', message: expect.any(String) });
    const anonymous = await c.call('GET', EMAILS, { auth: false });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toMatchObject({ status: 401, code: 'bad.credentials' });
  });
});

test('every fault has a focused probe', () => {
  expect(FAULTS.length).toBeGreaterThanOrEqual(15);
  expect(PROBES.map((p) => p.fault).sort()).toEqual(FAULTS.map((f) => f.id).sort());
});

test('every probe holds on the clean reference target, and every response on the way matches the contract', async () => {
  await withTarget(contracts, [], async (c) => {
    for (const probe of PROBES) expect(await probe.holds({ c, contracts }), probe.fault).toBe(true);
    const routes = new RouteTable(family.operations.values());
    for (const { method, pathname, response } of c.exchanges.filter((e) => e.pathname !== '/__provider-states')) {
      const route = routes.match(method, pathname);
      if (route === undefined || route === 'method-not-allowed') throw new Error(`no operation for ${method} ${pathname}`);
      const where = `${route.operation.operationId} ${response.status}`;
      expect(contracts.response(FAMILY, route.operation.operationId, response.status), `${where} is documented`).toBeDefined();
      expect(matchesContract(route.operation.operationId, response), `${where} ${JSON.stringify(response.body).slice(0, 300)}`).toBe(true);
    }
  });
});

test('each fault breaks the behaviour its probe checks', async () => {
  for (const probe of PROBES) {
    const holds = await withTarget(contracts, [probe.fault], (c) => probe.holds({ c, contracts }));
    expect(holds, `${probe.fault} should break its clause`).toBe(false);
  }
});
