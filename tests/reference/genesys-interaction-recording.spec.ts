import { expect, test } from '@playwright/test';
import { REFERENCE_IMPLEMENTATIONS } from '../../src/reference/implementations';
import { MASK } from '../../src/reference/genesys-interaction-recording/masking';
import type { Recording } from '../../src/reference/genesys-interaction-recording/types';
import { contracts, FAMILY, GirTarget, type Answer, type As } from './gir-client';

/** The GIR family of the reference target against its contract: reads, states, masking, pagination, deletes. */
const family = contracts.family(FAMILY);
const READ_STATE = 'resources exist for every read operation';
let target: GirTarget;

test.beforeEach(async () => {
  target = await GirTarget.start();
});
test.afterEach(async () => {
  await target.stop();
});

function expectValid(operationId: string, answer: Answer): void {
  const validate = contracts.responseValidator(FAMILY, operationId, answer.status, answer.contentType);
  expect(validate, `${operationId} documents ${answer.status} ${answer.contentType}`).toBeDefined();
  const body = answer.contentType.includes('json') ? answer.body : answer.text;
  expect(validate!(body), JSON.stringify(validate!.errors)).toBe(true);
}

test('every operation of the contract has a handler, and no handler is extra', () => {
  expect(Object.keys(REFERENCE_IMPLEMENTATIONS[FAMILY]?.handlers ?? {}).sort()).toEqual([...family.operations.keys()].sort());
});

test('every GET answers its permitted roles with a valid body, 403 to others, 401 without or with wrong credentials', async () => {
  const { pathParameters } = await target.state<{ pathParameters: Record<string, string> }>(READ_STATE);
  for (const operation of [...family.operations.values()].filter((o) => o.method === 'get')) {
    const path = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
      expect(pathParameters[name], `the read state gives {${name}}`).toBeDefined();
      return encodeURIComponent(pathParameters[name] ?? '');
    });
    for (const role of ['Administrator', 'Supervisor', 'Agent'] as const) {
      const answer = await target.get(path, role);
      const permitted = !operation.roles || operation.roles.includes(role);
      expect(answer.status, `${role} ${operation.operationId}`).toBe(permitted ? 200 : 403);
      expectValid(operation.operationId, answer);
    }
    for (const as of ['anonymous', 'wrong-password'] as const) {
      const answer = await target.get(path, as);
      expect(answer.status, `${as} ${operation.operationId}`).toBe(401);
      expectValid(operation.operationId, answer);
    }
  }
});

test('each provider state answers what its returns schema says', async () => {
  const params: Record<string, Record<string, unknown>> = {
    'n recordings exist between t1 and t2': { count: 3, startTime: 1_600_000_000_000, endTime: 1_600_000_600_000 },
    'recording settings mask fields for supervisors': { agentFields: ['callerPhoneNumber'], customerFields: ['userName'] },
    'the recording database is read-only': { readOnly: false },
  };
  const implemented = Object.keys(REFERENCE_IMPLEMENTATIONS[FAMILY]?.providerStates ?? {}).sort();
  expect(implemented).toEqual([...family.providerStates.keys()].sort());
  for (const [name, contract] of family.providerStates) {
    expect(contract.params.validate(params[name] ?? {}), name).toBe(true);
    const returned = await target.state(name, params[name] ?? {});
    expect(contract.returns.validate(returned), `${name}: ${JSON.stringify(contract.returns.validate.errors)}`).toBe(true);
  }
});

test('a Supervisor sees the mask exactly in the listed fields, an Administrator everything, and nothing leaks', async () => {
  const { recordingId } = await target.recordingExists();
  const path = `/api/v2/recordings/${recordingId}`;
  const clear = (await target.get(path)).body as Recording;
  await target.mask(['callerPhoneNumber', 'GSIP_RECORD'], ['userName']);
  const admin = await target.get(path);
  const supervisor = await target.get(path, 'Supervisor');
  expect(admin.body).toEqual(clear);
  expectValid('getRecordingsByRecordingId', supervisor);
  const seen = supervisor.body as Recording;
  const [file, original] = [seen.mediaFiles[0]!, clear.mediaFiles[0]!];
  expect([seen.callerPhoneNumber, file.parameters.ani, file.parameters.username]).toEqual([MASK, MASK, MASK]);
  expect([seen.dialedPhoneNumber, file.parameters.dnis, file.playPath]).toEqual([clear.dialedPhoneNumber, original.parameters.dnis, original.playPath]);
  clear.eventHistory.forEach(({ contact, data }, i) => {
    const entry = seen.eventHistory[i]!;
    if (contact) expect(entry.contact).toEqual({ ...contact, firstName: MASK, lastName: MASK, ...(contact.userName ? { userName: MASK } : {}) });
    const expected = Object.entries(data ?? {}).map(([section, values]: [string, Record<string, unknown>]) => [section, { ...values, ...('GSIP_RECORD' in values ? { GSIP_RECORD: MASK } : {}) }]);
    expect(entry.data ?? {}).toEqual(Object.fromEntries(expected));
  });
  expect(supervisor.text).not.toContain(clear.callerPhoneNumber.replace(/^\+/, ''));
  const searched = await target.search({ startTime: Date.parse(clear.startTime.replace('+0000', 'Z')) }, 'Supervisor');
  expect((searched.body.recordings as Recording[]).find((r) => r.id === recordingId)).toEqual(seen);
});

test('a Supervisor searching on a listed field gets 403 whether or not anything matches; unlisted ones and Administrators do not', async () => {
  await target.mask(['callerPhoneNumber', 'dialedPhoneNumber'], ['userName', 'userData']);
  for (const name of ['callerPhoneNumber', 'dialedPhoneNumber', 'userName', 'userData']) {
    for (const value of ['8522001', 'nothing-matches-this']) {
      const refused = await target.search({ [name]: value }, 'Supervisor');
      expect(refused.status, `${name}=${value}`).toBe(403);
      expect(refused.text).not.toContain(value);
      expectValid('getRecordings', refused);
    }
    expect((await target.search({ [name]: '8522001' })).status).toBe(200);
  }
  await target.mask(['callerPhoneNumber']);
  expect((await target.search({ dialedPhoneNumber: '+14160000001', limit: 5 }, 'Supervisor')).status).toBe(200);
});

test('pagination partitions the result set, and nextPath / prevPath are followed verbatim', async () => {
  const { recordingIds, query } = await target.recordingsBetween(25, 1_700_000_000_000, 1_700_000_250_000);
  let answer = await target.search({ ...query, limit: 10 });
  expect(answer.body.prevPath).toBeUndefined();
  const pages: { recordings: { id: string }[]; totalCount: number; prevPath?: string }[] = [];
  type Page = (typeof pages)[number];
  for (;;) {
    expectValid('getRecordings', answer);
    pages.push(answer.body as Page);
    if (!answer.body.nextPath) break;
    answer = await target.get(`/api/v2${answer.body.nextPath as string}`);
  }
  expect(pages.map((p) => p.recordings.length)).toEqual([10, 10, 5]);
  expect(pages.map((p) => p.totalCount)).toEqual([25, 25, 25]);
  expect(pages.flatMap((p) => p.recordings.map((r) => r.id)).sort()).toEqual([...recordingIds].sort());
  const back = await target.get(`/api/v2${pages[2]!.prevPath as string}`);
  expect(back.body.recordings).toEqual(pages[1]!.recordings);
  const beyond = await target.search({ ...query, offset: 30, limit: 10 });
  expect([beyond.status, beyond.body.recordings, beyond.body.totalCount, beyond.body.nextPath]).toEqual([200, [], 25, undefined]);
});

test('delete: Administrator only, gone from get, search and media, 404 the second time; nonDelete and read-only protect', async () => {
  const { recordingId, mediaUUID } = await target.recordingExists();
  const path = `/api/v2/recordings/${recordingId}`;
  const media = `${path}/decrypt/${mediaUUID}.mp3`;
  const byPhone = { callerPhoneNumber: (await target.get(path)).body.callerPhoneNumber as string };
  expect((await target.search(byPhone)).body.totalCount).toBe(1);
  for (const role of ['Supervisor', 'Agent'] as As[]) expect((await target.send('DELETE', path, role)).status).toBe(403);
  const deleted = await target.send('DELETE', path);
  expect([deleted.status, deleted.body]).toEqual([200, { statusCode: 0 }]);
  expect((await target.get(path)).status).toBe(404);
  expect((await target.get(media)).status).toBe(404);
  expect((await target.search(byPhone)).body).toMatchObject({ statusCode: 0, recordings: [], totalCount: 0 });
  const again = await target.send('DELETE', path);
  expect(again.status).toBe(404);
  expect(again.body.statusMessage).toEqual(expect.any(String));

  const protectedOne = await target.recordingExists(true);
  expect((await target.send('DELETE', `/api/v2/recordings/${protectedOne.recordingId}`)).status).toBe(403);
  expect((await target.get(`/api/v2/recordings/${protectedOne.recordingId}`)).status).toBe(200);
  const other = await target.recordingExists();
  await target.state('the recording database is read-only', { readOnly: true });
  expect((await target.send('DELETE', `/api/v2/recordings/${other.recordingId}`)).status).toBe(503);
  expect((await target.get(`/api/v2/recordings/${other.recordingId}`)).status).toBe(200);
});

test('the settings API reads, writes and deletes the privacy settings, and masking follows it', async () => {
  const { recordingId } = await target.recordingExists();
  const path = `/api/v2/recordings/${recordingId}`;
  const write = await target.send('PUT', '/api/v2/settings/recording', 'Administrator', { name: 'metadata.privacy.agent_fields', value: 'callerPhoneNumber' });
  expect([write.status, write.body]).toEqual([200, { statusCode: 0 }]);
  expect((await target.get(path, 'Supervisor')).body.callerPhoneNumber).toBe(MASK);
  await target.send('POST', '/api/v2/settings/recording', 'Administrator', { 'metadata.privacy.customer_fields': 'dialedPhoneNumber' });
  const read = await target.get('/api/v2/settings/recording');
  expectValid('getSettingsRecording', read);
  expect(read.body.settings).toEqual([
    { name: 'metadata.privacy.agent_fields', value: 'callerPhoneNumber' },
    { name: 'metadata.privacy.customer_fields', value: 'dialedPhoneNumber' },
  ]);
  expect((await target.send('PUT', '/api/v2/settings/recording', 'Administrator', { name: 'nope', value: 'x' })).status).toBe(400);
  expect((await target.send('DELETE', '/api/v2/settings/recording', 'Administrator', { name: 'nope' })).status).toBe(404);
  expect((await target.send('PUT', '/api/v2/settings/recording', 'Supervisor', { name: 'metadata.privacy.agent_fields', value: '' })).status).toBe(403);
  expect((await target.send('DELETE', '/api/v2/settings/recording')).status).toBe(200);
  const unmasked = (await target.get(path, 'Supervisor')).body;
  expect([unmasked.callerPhoneNumber, unmasked.dialedPhoneNumber]).not.toContain(MASK);
});
