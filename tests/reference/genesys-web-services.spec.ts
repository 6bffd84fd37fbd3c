import { expect, test } from '@playwright/test';
import { REFERENCE_IMPLEMENTATIONS } from '../../src/reference/implementations';
import { quotedText, replyEmail } from '../../src/reference/genesys-web-services/email-reply';
import { contracts, FAMILY, GwsTarget, type Answer, type As, type Role } from './genesys-web-services-client';
import { NOTIFICATION_FAULT_PROBES } from './genesys-web-services-cometd-fault-probes';
import { REST_FAULT_PROBES } from './genesys-web-services-fault-probes';
import { loadFaultCatalogue } from '../../src/reference/faults/fault-catalogue';

/** The GWS family of the reference target against its contract: envelope, reads, roles and the state machines of clauses.yaml. */
const family = contracts.family(FAMILY);
const READ_STATE = 'resources exist for every read operation';
const ROLES: readonly Role[] = ['Agent', 'Supervisor', 'Contact Center Admin', 'Cloud Admin'];
const CALL = "a call is established on agent1's device";
const EMAIL = 'agent1 has an inbound e-mail invitation';
const CHAT = 'agent1 has an inbound chat invitation';
const LOGIN = 'agent1 is logged in with channels ready';
let target: GwsTarget;

test.beforeEach(async () => {
  target = await GwsTarget.start();
});
test.afterEach(async () => {
  await target.stop();
});

function expectValid(operationId: string, answer: Answer): void {
  const operation = family.operations.get(operationId);
  const media = answer.contentType.split(';')[0] ?? '';
  const documented = operation?.responses.get(String(answer.status));
  expect(documented, `${operationId} documents ${answer.status}`).toBeDefined();
  if (!media.includes('json') || !documented) return;
  const validate = documented.content.get(media)?.validate;
  expect(validate, `${operationId} ${answer.status} documents ${media}`).toBeDefined();
  expect(validate?.(answer.body), `${operationId} ${answer.status}: ${JSON.stringify(validate?.errors ?? [])}`).toBe(true);
}

/** The error envelope: statusCode and statusMessage, nothing else. */
function expectError(answer: Answer, statusCode: number): void {
  expect(answer.body, answer.text).toEqual({ statusCode, statusMessage: expect.any(String) });
}

test('every operation of the contract has a handler, and no handler is extra', () => {
  expect(Object.keys(REFERENCE_IMPLEMENTATIONS[FAMILY]?.handlers ?? {}).sort()).toEqual([...family.operations.keys()].sort());
});

test('every provider state of the catalogue is implemented, and answers what the catalogue says', async () => {
  expect(Object.keys(REFERENCE_IMPLEMENTATIONS[FAMILY]?.providerStates ?? {}).sort()).toEqual([...family.providerStates.keys()].sort());
  const invitation = await target.state(EMAIL);
  const call = await target.state(CALL);
  const params: Record<string, Record<string, unknown>> = {
    'an invitation of agent1 is revoked': { interactionId: invitation.interactionId },
    "the attached data of a call on agent1's device changes": { callId: call.callId },
  };
  for (const state of family.providerStates.values()) {
    const answer = await target.state(state.name, params[state.name] ?? {});
    expect(state.returns.validate(answer), `${state.name}: ${JSON.stringify(state.returns.validate.errors ?? [])}`).toBe(true);
  }
});

test('every GET answers its permitted roles with a valid body, 403 to others, 401 without or with wrong credentials', async () => {
  const { pathParameters } = await target.state<{ pathParameters: Record<string, string> }>(READ_STATE);
  for (const operation of [...family.operations.values()].filter((o) => o.method === 'get')) {
    const path = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(pathParameters[name] ?? ''));
    for (const role of ROLES) {
      const answer = await target.get(path, role);
      const permitted = !operation.roles || operation.roles.includes(role);
      expect(answer.status, `${role} ${operation.operationId}: ${answer.text.slice(0, 200)}`).toBe(permitted ? 200 : 403);
      expectValid(operation.operationId, answer);
      if (!permitted) expectError(answer, 5);
    }
    for (const as of ['anonymous', 'wrong-password'] as const) expect((await target.get(path, as)).status, `${as} ${operation.operationId}`).toBe(401);
  }
});

test.describe('envelope (Return Values)', () => {
  test('a success has statusCode 0 and no statusMessage; an error only statusCode and statusMessage', async () => {
    const ok = await target.get('/api/v2/me/devices');
    expect(ok.body.statusCode).toBe(0);
    expect(ok.body).not.toHaveProperty('statusMessage');
    const missing = await target.send('POST', '/api/v2/me', 'Agent', {});
    expect(missing.status).toBe(400);
    expectError(missing, 1);
    const unknown = await target.get('/api/v2/me/calls/no-such-call');
    expect(unknown.status).toBe(404);
    expectError(unknown, 6);
  });

  test('lists answer URIs without fields, objects with fields=*, the named fields only, filtered by field', async () => {
    const uris = await target.get('/api/v2/queues', 'Contact Center Admin');
    expect(uris.body.uris).toEqual(expect.arrayContaining([expect.stringMatching(/\/api\/v2\/queues\/q-voice-in$/)]));
    expect(uris.body).not.toHaveProperty('queues');
    const all = await target.get('/api/v2/queues?fields=*', 'Contact Center Admin');
    expect(all.body.queues.length).toBe(uris.body.uris.length);
    const voice = await target.get('/api/v2/queues?fields=id,name,channel&channel=voice', 'Contact Center Admin');
    for (const queue of voice.body.queues as Record<string, unknown>[]) {
      expect(Object.keys(queue).sort()).toEqual(['channel', 'id', 'name']);
      expect(queue.channel).toBe('voice');
    }
  });

  test('singular resources come in the singular attribute; subresources and resolveUri only when asked', async () => {
    const device = await target.get('/api/v2/devices/5aceae61-0b5c-4578-9477-cd352d43cb17', 'Contact Center Admin');
    expect(typeof device.body.device.phoneNumber).toBe('string');
    const resolved = await target.get('/api/v2/devices/5aceae61-0b5c-4578-9477-cd352d43cb17?resolveUri=*', 'Contact Center Admin');
    expect(resolved.body.device.phoneNumber).toMatchObject({ number: '5001' });
    const user = await target.get('/api/v2/users/u-agent1', 'Contact Center Admin');
    expect(user.body.user).not.toHaveProperty('skills');
    const withSkills = await target.get('/api/v2/users/u-agent1?subresources=skills', 'Contact Center Admin');
    expect(withSkills.body.user.skills.length).toBeGreaterThan(0);
    expect(withSkills.body.user).not.toHaveProperty('devices');
  });

  test('a create answers id and uri; a bulk create answers 7 with succeeded and failed, and an error when all fail', async () => {
    const created = await target.send('POST', '/api/v2/contacts', 'Contact Center Admin', { name: 'Some Contact', type: 'Custom', phoneNumber: '650-555-0100' });
    expect(created.body).toEqual({ statusCode: 0, id: expect.any(String), uri: expect.any(String) });
    const bulk = await target.send('POST', '/api/v2/users', 'Contact Center Admin', { users: [{ userName: 'u1', firstName: 'U', lastName: 'One' }, { userName: 'agent1' }] });
    expect(bulk.body).toEqual({ statusCode: 7, succeeded: [{ id: expect.any(String), uri: expect.any(String) }], failed: [{ userName: 'agent1', statusCode: 3, statusMessage: expect.any(String) }] });
    expectValid('postUsers', bulk);
    const none = await target.send('POST', '/api/v2/users', 'Contact Center Admin', { users: [{ userName: 'agent1' }] });
    expectError(none, 3);
  });

  test('the five default agent states are read only; a custom one can be changed and deleted', async () => {
    const before = await target.get('/api/v2/settings/agent-states', 'Contact Center Admin');
    expect((before.body.settings as { operationName: string }[]).map((s) => s.operationName)).toEqual(expect.arrayContaining(['AfterCallWork', 'AuxWork', 'NotReady', 'Offline', 'Ready']));
    const put = await target.send('PUT', '/api/v2/settings/agent-states', 'Contact Center Admin', { operationName: 'Ready', displayName: 'Go!' });
    expectError(put, 3);
    expectError(await target.send('DELETE', '/api/v2/settings/agent-states', 'Contact Center Admin', { operationName: 'AuxWork' }), 3);
    expect((await target.get('/api/v2/settings/agent-states', 'Contact Center Admin')).body).toEqual(before.body);
    const custom = await target.state('a custom agent state definition exists');
    expect((await target.send('PUT', '/api/v2/settings/agent-states', 'Contact Center Admin', { operationName: custom.operationName, displayName: 'Lunch!' })).body).toEqual({ statusCode: 0 });
    expectError(await target.send('POST', '/api/v2/settings/agent-states', 'Contact Center Admin', { operationName: 'Other', displayName: 'x', state: 'NotReady', reason: custom.reason }), 2);
    expectError(await target.send('POST', '/api/v2/settings/agent-states', 'Contact Center Admin', { operationName: 'Wrong', displayName: 'x', state: 'Ready', workMode: 'AuxWork' }), 2);
    expect((await target.send('DELETE', '/api/v2/settings/agent-states', 'Contact Center Admin', { operationName: custom.operationName })).body).toEqual({ statusCode: 0 });
  });
});

test('the reply of Reply and ReplyAll is derived from the original as the document says', () => {
  const original = { FromAddress: 'c@example.com', ReplyToAddress: 'r@example.com', ToAddress: 'support@example.com', CCAddresses: 'cc@example.com', Subject: 'Invoice', Text: 'line 1\nline 2' };
  expect(replyEmail(original, { subjectPrefix: 'Re: ' }, false)).toEqual({ ToAddress: 'r@example.com', FromAddress: 'support@example.com', Subject: 'Re: Invoice', Text: '' });
  expect(replyEmail(original, {}, true)).toEqual({ ToAddress: 'r@example.com', FromAddress: 'support@example.com', Subject: 'Invoice', Text: 'line 1\nline 2', CCAddresses: 'cc@example.com' });
  expect(replyEmail(original, { quoteOriginal: true, replyToStartLine: 'You wrote:', indentCharacter: '> ' }, false).Text).toBe('You wrote:\n> line 1\n> line 2');
  expect(replyEmail({ ...original, ReplyToAddress: undefined }, {}, false).ToAddress).toBe('c@example.com');
  expect(quotedText('a', {})).toBe('a');
});

/** A row of a state machine's transition table. */
interface Row {
  readonly from: string;
  readonly operation: string;
  readonly to?: string;
  readonly guard?: string;
  readonly error?: { readonly statusCode?: number };
  readonly clause: string;
}

function rows(machineId: string): Row[] {
  const machine = family.stateMachines.find((m) => m.id === machineId);
  if (!machine) throw new Error(`no state machine ${machineId}`);
  return machine.transitions as unknown as Row[];
}

const named = (row: Row) => row.operation.split(':')[1] ?? '';

test('call recording follows the gws.call-recording transition table, with GSIP_RECORD and capabilities per state', async () => {
  const capabilities = { Recording: ['PauseCallRecording', 'StopCallRecording'], Paused: ['ResumeCallRecording', 'StopCallRecording'], Stopped: ['StartCallRecording'], NotRecording: ['StartCallRecording'] } as const;
  const gsip = { Recording: 'ON', Paused: 'PAUSED', Stopped: 'OFF' } as const;
  for (const row of rows('gws.call-recording')) {
    const call = await target.state(CALL, { recordingState: row.from });
    const path = `/api/v2/me/calls/${String(call.callId)}`;
    const answer = await target.operation(path, named(row));
    const after = await target.get(path);
    if (row.to === 'CallReleased') {
      expect(answer.body, row.clause).toEqual({ statusCode: 0 });
      expect(after.status, `${row.clause}: the released call is gone`).toBe(404);
      const recordings = await target.get('/api/v2/recordings');
      expect((recordings.body.recordings as { endTime?: number }[]).every((r) => r.endTime !== undefined), `${row.clause}: every recording ended`).toBe(true);
      continue;
    }
    const shown = (after.body.call.recordingState as keyof typeof capabilities | undefined) ?? 'NotRecording';
    if (row.to) {
      expect(answer.body, `${row.clause}: ${row.from} --${named(row)}`).toEqual({ statusCode: 0 });
      expect(shown, row.clause).toBe(row.to);
      expect(after.body.call.state, `${row.clause}: the call stays Established`).toBe('Established');
    } else {
      expect(answer.status, `${row.clause}: ${row.from} --${named(row)}`).toBe(400);
      expectError(answer, row.error?.statusCode ?? 2);
      expect(shown, `${row.clause}: unchanged`).toBe(row.from);
    }
    const offered = (after.body.call.capabilities as string[]).filter((c) => c.endsWith('CallRecording'));
    expect(offered.sort(), `capabilities in ${shown}`).toEqual([...capabilities[shown]].sort());
    if (shown !== 'NotRecording') expect(after.body.call.userData.GSIP_RECORD).toBe(gsip[shown]);
    await target.operation(path, 'Hangup');
  }
});

test('without the Call Recording feature, recording operations are invalid and not offered', async () => {
  const call = await target.state(CALL);
  await target.state('call recording is disabled');
  const path = `/api/v2/me/calls/${String(call.callId)}`;
  expectError(await target.operation(path, 'StartCallRecording'), 2);
  expect((await target.get(path)).body.call.capabilities).not.toContain('StartCallRecording');
});

test('call control follows the gws.call transition table', async () => {
  const setUp = async (from: string): Promise<string> => {
    if (from === 'Ringing') return String((await target.state("a call is ringing on agent1's device")).callId);
    const established = String((await target.state(CALL)).callId);
    if (from === 'Held') await target.operation(`/api/v2/me/calls/${established}`, 'Hold');
    if (from !== 'Dialing') return established;
    await target.operation('/api/v2/devices/5aceae61-0b5c-4578-9477-cd352d43cb17/calls', 'Dial', { destination: '5002' });
    const calls = await target.get('/api/v2/me/calls?fields=*');
    return String((calls.body.calls as { id: string; state: string }[]).find((c) => c.state === 'Dialing')?.id);
  };
  const extra: Record<string, Record<string, unknown>> = { SendDtmf: { digits: '123' } };
  for (const row of rows('gws.call').filter((r) => r.from !== 'NoCall')) {
    const id = await setUp(row.from);
    const answer = await target.operation(`/api/v2/me/calls/${id}`, named(row), extra[named(row)] ?? {});
    const after = await target.get(`/api/v2/me/calls/${id}`);
    if (row.to === 'Released') {
      expect(answer.body, row.clause).toEqual({ statusCode: 0 });
      expect(after.status, row.clause).toBe(404);
    } else if (row.to) {
      expect(answer.body, row.clause).toEqual({ statusCode: 0 });
      expect(after.body.call.state, row.clause).toBe(row.to);
    } else {
      expectError(answer, row.error?.statusCode ?? 2);
      expect(after.body.call.state, `${row.clause}: unchanged`).toBe(row.from);
    }
    await target.operation(`/api/v2/me/calls/${id}`, 'Hangup');
  }
  const missing = await target.operation('/api/v2/devices/5aceae61-0b5c-4578-9477-cd352d43cb17/calls', 'Dial');
  expectError(missing, 1);
});

test('the agent state follows the gws.agent-state transition table on every channel, and DND is an overlay', async () => {
  const channels = async () => Object.fromEntries(((await target.get('/api/v2/me/channels')).body.channels as { channel: string; userState: { state: string }; dndState: string }[]).map((c) => [c.channel, `${c.userState.state}${c.dndState === 'On' ? 'DndOn' : ''}`]));
  for (const row of rows('gws.agent-state')) {
    const ready = row.from.startsWith('Ready');
    await target.state(LOGIN, { readyChannels: ready ? ['voice', 'email', 'chat'] : [] });
    if (row.from.endsWith('DndOn')) await target.operation('/api/v2/me', 'DoNotDisturbOn');
    const [resource, name] = row.operation.split(':') as [string, string];
    const channel = row.guard?.includes('not one of') ? 'fax' : 'email';
    const path = resource === 'postMe' ? '/api/v2/me' : `/api/v2/me/channels/${channel}`;
    const answer = await target.operation(path, name);
    const after = await channels();
    if (!row.to) {
      expect(answer.status, row.clause).toBe(404);
      expectError(answer, row.error?.statusCode ?? 6);
      expect(Object.values(after).every((s) => s === row.from), `${row.clause}: nothing changed`).toBe(true);
      continue;
    }
    expect(answer.body, row.clause).toEqual({ statusCode: 0 });
    expect(after.email, row.clause).toBe(row.to);
    if (resource === 'postMe') expect(Object.values(after).every((s) => s === row.to), `${row.clause}: every channel`).toBe(true);
    else expect([after.voice, after.chat], `${row.clause}: only the named channel`).toEqual([row.from, row.from]);
  }
  await target.state(LOGIN, { readyChannels: [] });
  await target.operation('/api/v2/me/channels/chat', 'OutToLunch');
  const chat = (await target.get('/api/v2/me/channels/chat')).body.channel;
  expect(chat.userState).toEqual({ id: '6F1C2B3A-4D5E-4F60-8A9B-0C1D2E3F4A5B', displayName: 'Not Ready - Out to lunch', state: 'NotReady', workMode: 'AuxWork', reason: 'OutToLunch' });
});

test('device Do Not Disturb and forwarding follow the gws.device-state transition table', async () => {
  const path = '/api/v2/devices/5aceae61-0b5c-4578-9477-cd352d43cb17';
  const stateOf = async () => {
    const device = (await target.get(path)).body.device;
    return { name: `Dnd${String(device.doNotDisturb)}Forward${device.forwardTo ? 'On' : 'Off'}`, capabilities: device.capabilities as string[] };
  };
  for (const row of rows('gws.device-state')) {
    await target.state(LOGIN);
    if (row.from.includes('DndOn')) await target.operation(path, 'DoNotDisturbOn');
    if (row.from.includes('ForwardOn')) await target.operation(path, 'ForwardCallsOn', { destination: '+16505550177' });
    const destination = row.guard === 'destination is missing' ? {} : { destination: '+16505550188' };
    const answer = await target.operation(path, named(row), named(row) === 'ForwardCallsOn' ? destination : {});
    const after = await stateOf();
    if (row.to) expect(answer.body, row.clause).toEqual({ statusCode: 0 });
    else expectError(answer, row.error?.statusCode ?? 2);
    expect(after.name, row.clause).toBe(row.to ?? row.from);
    expect(after.capabilities.sort(), `${row.clause}: capabilities`).toEqual([...(family.stateMachines.find((m) => m.id === 'gws.device-state')?.states.find((s) => s.name === after.name)?.capabilities ?? [])].sort());
  }
});

test('supervisor monitoring: a supervisor\'s, on another user\'s device, one supervisor at a time', async () => {
  const monitored = `/api/v2/devices/${String((await target.state("another supervisor monitors an agent's device")).deviceId)}`;
  const free = `/api/v2/devices/${String((await target.state("another supervisor monitors an agent's device", { monitored: false })).deviceId)}`;
  for (const name of ['ListenIn', 'Bargain', 'Coach', 'CancelSupervisorMonitoring']) expectError(await target.operation(monitored, name, {}, 'Supervisor'), 2);
  expectError(await target.operation(free, 'ListenIn', {}, 'Agent'), 5);
  expectError(await target.operation(free, 'CancelSupervisorMonitoring', {}, 'Supervisor'), 2);
  expect((await target.operation(free, 'ListenIn', {}, 'Supervisor')).body).toEqual({ statusCode: 0 });
  expect((await target.get(free, 'Contact Center Admin')).body.device.supervisorMonitoringState).toBe('ListenIn');
  expect((await target.operation(free, 'Coach', {}, 'Supervisor')).body).toEqual({ statusCode: 0 });
  expect((await target.operation(free, 'CancelSupervisorMonitoring', {}, 'Supervisor')).body).toEqual({ statusCode: 0 });
  expect((await target.get(free, 'Contact Center Admin')).body.device.supervisorMonitoringState).toBeUndefined();
  expectError(await target.operation('/api/v2/devices/1fd21300-303d-401f-9b4c-0d9c2801433e', 'ListenIn', {}, 'Supervisor'), 2);
});

/** Puts a fresh inbound interaction of the channel in `stage`; answers the id to post on (the reply's for ReplyCreated). */
async function interactionIn(channel: 'email' | 'chat', stage: string): Promise<string> {
  const { interactionId } = await target.state(channel === 'email' ? EMAIL : CHAT);
  const id = String(interactionId);
  const path = `/api/v2/me/interactions/${id}`;
  if (stage === 'Invited') return id;
  await target.operation(path, 'Accept', { nickname: 'Ada' });
  if (stage === 'ReplyCreated') return String((await target.operation(path, 'Reply')).body.replyInteractionId);
  if (stage === 'Conference') await target.operation(path, 'InviteUser', { agentId: 'u-agent2' });
  if (stage === 'SessionEnded') await target.operation(path, 'EndChatSession');
  return id;
}

for (const [machineId, channel] of [['gws.email-reply', 'email'], ['gws.chat', 'chat']] as const) {
  test(`${channel} interactions follow the ${machineId} transition table`, async () => {
    const extra: Record<string, Record<string, unknown>> = { Accept: { nickname: 'Ada' }, PlaceInQueue: { queueName: 'SimpleEmailInQueue' }, Transfer: { userId: 'u-agent2' }, SendMessage: { text: 'Hello' }, InviteUser: { agentId: 'u-agent2' } };
    const leaves = new Set(['Rejected', 'Completed', 'Queued', 'Transferred', 'Sent', 'ReplyCancelled', 'Left']);
    for (const row of rows(machineId)) {
      const id = await interactionIn(channel, row.from);
      const answer = await target.operation(`/api/v2/me/interactions/${id}`, named(row), extra[named(row)] ?? {});
      const mine = ((await target.get('/api/v2/me/interactions?fields=*')).body.interactions as { id: string; state: string }[]).find((i) => i.id === id);
      if (!row.to) {
        expectError(answer, row.error?.statusCode ?? 2);
        expect(mine?.state, `${row.clause}: unchanged`).toBe(row.from);
        continue;
      }
      expect(answer.body.statusCode, `${row.clause}: ${answer.text}`).toBe(0);
      if (named(row) === 'Reply' || named(row) === 'ReplyAll') {
        const reply = await target.get(`/api/v2/interactions/${String(answer.body.replyInteractionId)}`);
        expect(reply.body.interaction, row.clause).toMatchObject({ state: 'ReplyCreated', interactionSubType: 'OutboundReply', parentId: id });
      } else if (leaves.has(row.to)) {
        expect(mine, `${row.clause}: the interaction left the agent`).toBeUndefined();
      } else {
        expect(mine?.state, row.clause).toBe(row.to);
      }
    }
  });
}

test('an invitation arrives only while Ready on the channel', async () => {
  await target.state(LOGIN, { readyChannels: [] });
  expect((await target.state(EMAIL, { ready: false })).invited).toBe(false);
  expect((await target.state(EMAIL)).invited).toBe(true);
});

test('every GWS fault of the catalogue has a probe that shows it (here or in the CometD fault spec)', () => {
  const probed = new Set([...REST_FAULT_PROBES, ...NOTIFICATION_FAULT_PROBES].map((p) => p.fault));
  const catalogue = loadFaultCatalogue().filter((f) => f.family === FAMILY).map((f) => f.id);
  expect(catalogue.filter((id) => !probed.has(id)), 'faults without a probe').toEqual([]);
  expect([...probed].filter((id) => !catalogue.includes(id)), 'probes of unknown faults').toEqual([]);
});

for (const { fault, probe } of REST_FAULT_PROBES) {
  test(`fault ${fault} bends its clause and the clean target does not`, async () => {
    expect(await probe(target), 'the clean target keeps the clause').toBe(true);
    const faulty = await GwsTarget.start([fault]);
    try {
      expect(await probe(faulty), `${fault} breaks the clause`).toBe(false);
    } finally {
      await faulty.stop();
    }
  });
}

test('wrong credentials and no credentials are refused with 401 and a Basic challenge', async () => {
  for (const as of ['anonymous', 'wrong-password'] satisfies As[]) {
    const answer = await target.get('/api/v2/me', as);
    expect(answer.status).toBe(401);
  }
});
