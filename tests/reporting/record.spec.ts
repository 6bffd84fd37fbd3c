import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { Redactor } from '../../src/harness/http/redactor';
import type { Exchange } from '../../src/harness/http/exchange';
import { readRecord } from '../../src/harness/reporting/baseline';
import { curlCommand } from '../../src/harness/reporting/curl';
import type { TestCase, TestResult } from '@playwright/test/reporter';
import { EVIDENCE_ATTACHMENT, evidenceAttachment } from '../../src/harness/reporting/evidence-attachment';
import { testOutcome } from '../../src/harness/reporting/test-outcome';
import { writeViews } from '../../src/harness/reporting/write-views';
import { repoRoot } from '../../src/harness/repo-root';
import { FAMILY, outcome, record, verdictOf } from './support/synthetic-record';

const SEARCH = 'gir.authorization.search-agent-forbidden';
const ANONYMOUS = 'gir.authorization.unauthenticated-401';
const GET = 'gir.authorization.get-agent-forbidden';

const exchange = (status: number, body = '{}'): Exchange => ({
  id: 1,
  startedAt: '2026-01-01T00:00:00.000Z',
  durationMs: 1,
  role: 'Agent',
  operationId: 'getRecordings',
  request: { method: 'GET', url: 'http://127.0.0.1:1/api/v2/recordings?q=it\'s', headers: { authorization: 'Basic <redacted>', accept: 'application/json' } },
  response: { status, headers: { 'content-type': 'application/json' }, bodyText: body },
});

test('a clause is failed, passed, inconclusive, skipped or unchecked from what the tests say, never passed by default', () => {
  const r = record([
    outcome({ title: 'search', status: 'failed', clausesChecked: [ANONYMOUS, SEARCH], clausesFailed: [SEARCH], error: 'Error: Agent is not among Administrator, Supervisor\nExpected: 403' }),
    outcome({ title: 'get, target down', status: 'failed', clausesChecked: [GET], error: 'TargetUnreachableError: http://127.0.0.1:1 did not answer' }),
    outcome({ title: 'settings', status: 'skipped', clausesPlanned: ['gir.authorization.settings-administrator-only'], skipReason: 'no value for path parameter {id}' }),
  ]);
  expect(verdictOf(r, SEARCH)).toBe('fail');
  expect(verdictOf(r, ANONYMOUS), 'its assertions held before another clause failed the test').toBe('pass');
  const get = r.clauses.find((c) => c.id === GET)!;
  expect(get.verdict).toBe('inconclusive');
  expect(get.reason).toContain('did not answer');
  const settings = r.clauses.find((c) => c.id === 'gir.authorization.settings-administrator-only')!;
  expect(settings).toMatchObject({ verdict: 'skipped', reason: 'no value for path parameter {id}' });
  const untouched = r.clauses.filter((c) => ![SEARCH, ANONYMOUS, GET, settings.id].includes(c.id));
  expect(untouched.length).toBeGreaterThan(10);
  for (const clause of untouched) {
    expect(clause.verdict).toBe('unchecked');
    expect(clause.reason).toMatch(/^no test in this run checked it; 1 test\(s\) of the family ended in errors/);
  }
  expect(r.summary.verdicts).toMatchObject({ fail: 1, pass: 1, inconclusive: 1, skipped: 1, unchecked: untouched.length });
  expect(r.summary.levels.MUST.score).toEqual({ passed: 1, checked: 2 });
  expect(r.checks.find((c) => c.id === 'forbidden_role_rejected')).toMatchObject({ verdict: 'fail', clauses: [SEARCH, GET] });
  expect(r.clauses.find((c) => c.id === SEARCH)?.checks).toEqual(['forbidden_role_rejected']);
});

test('when every test of a family was skipped, its clauses are skipped with the reasons', () => {
  const r = record([outcome({ title: 'a', status: 'skipped', skipReason: `profile "x" leaves out ${FAMILY}` })]);
  expect(new Set(r.clauses.map((c) => c.verdict))).toEqual(new Set(['skipped']));
  expect(r.clauses[0]?.reason).toContain('leaves out genesys-interaction-recording');
});

test('a failure carries its evidence: error, exchanges with a curl, and the fast-check seed and path', () => {
  const failing = outcome({
    title: 'search model',
    status: 'failed',
    clausesChecked: [SEARCH],
    clausesFailed: [SEARCH],
    error: 'Property failed after 3 tests\n{ seed: -1240153311, path: "2:0:1", endOnFailure: true }',
    seed: '-1240153311',
    path: '2:0:1',
    exchanges: evidenceAttachment({ target: 't', family: FAMILY, exchanges: [exchange(200)], failed: true, redactor: new Redactor([]) }).exchanges,
  });
  const evidence = record([failing]).clauses.find((c) => c.id === SEARCH)!.evidence;
  expect(evidence.tests).toEqual([`${FAMILY} › search model`]);
  expect(evidence.failures[0]).toMatchObject({ seed: '-1240153311', path: '2:0:1' });
  expect(evidence.failures[0]?.exchanges[0]?.curl).toBe("curl -sS -X GET 'http://127.0.0.1:1/api/v2/recordings?q=it'\\''s' -H 'authorization: Basic <redacted>' -H 'accept: application/json'");
});

test('evidence is redacted once more: a secret in a body never reaches the record, and passing tests keep only coverage', () => {
  const secret = 's3cr3t-token-value';
  const leaky = { ...exchange(200, `{"token":"${secret}"}`), request: { ...exchange(200).request, body: { password: secret } } };
  const failed = evidenceAttachment({ target: 't', family: FAMILY, exchanges: [leaky], failed: true, redactor: new Redactor([secret]) });
  expect(JSON.stringify(failed)).not.toContain(secret);
  expect(failed.exchanges[0]?.curl).toContain(`--data-raw '{"password":"<redacted>"}'`);
  const passed = evidenceAttachment({ target: 't', family: FAMILY, exchanges: [leaky], failed: false, redactor: new Redactor([secret]) });
  expect(passed.exchanges).toEqual([]);
  expect(passed.operations).toEqual([{ operationId: 'getRecordings', status: 200 }]);
  expect(curlCommand({ method: 'POST', url: 'http://h/x', headers: { host: 'h', 'content-length': '2' }, body: '{}' })).toBe("curl -sS -X POST http://h/x --data-raw '{}'");
});

test('the views are written, the JSON matches its schema, and the HTML escapes what targets sent', () => {
  const folder = mkdtempSync(join(tmpdir(), 'cc-views-'));
  try {
    const hostile = '</pre><script>alert(1)</script>';
    const r = record([
      outcome({
        title: 'search',
        status: 'failed',
        clausesChecked: [SEARCH],
        clausesFailed: [SEARCH],
        error: hostile,
        operationsSeen: [{ operationId: 'getRecordings', status: 200 }],
        exchanges: evidenceAttachment({ target: 't', family: FAMILY, exchanges: [exchange(200, hostile)], failed: true, redactor: new Redactor([]) }).exchanges,
      }),
    ]);
    const views = writeViews(r, folder, repoRoot());
    expect(readRecord(views.json).clauses).toHaveLength(r.clauses.length);
    const html = readFileSync(views.html, 'utf8');
    expect(html).not.toContain(hostile);
    expect(html).toContain('&lt;/pre&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<(link|img|iframe)\b|src=|https?:\/\/(?!127\.0\.0\.1)/);
    expect(readFileSync(views.markdown, 'utf8')).toContain(`**${SEARCH}** (MUST`);
    expect(html).toMatch(/Coverage: 1 of \d+ operations exercised; 1 of \d+ documented status codes seen/);
    expect(r.coverage[0]?.operations.find((o) => o.operationId === 'getRecordings')).toMatchObject({ exercised: true, statuses: [200] });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('a Playwright result becomes an outcome: clause annotations, skip reason, evidence attachment, fast-check seed and path', () => {
  const evidence = evidenceAttachment({ target: 'lab', family: FAMILY, exchanges: [exchange(200)], failed: true, redactor: new Redactor([]) });
  const fakeTest = {
    id: 't1',
    annotations: [{ type: 'clause-planned', description: SEARCH }],
    titlePath: () => ['', FAMILY, 'genesys-interaction-recording/search.spec.ts', 'search', 'model'],
    parent: { project: () => ({ name: FAMILY }) },
  } as unknown as TestCase;
  const result = {
    status: 'failed',
    duration: 12,
    annotations: [
      { type: 'clause', description: SEARCH },
      { type: 'clause-failed', description: SEARCH },
    ],
    errors: [{ message: '\u001b[31mError: Property failed after 2 tests\n{ seed: 42, path: "1:0", endOnFailure: true }\u001b[39m' }],
    attachments: [
      { name: 'Allure Metadata (metadata)', contentType: 'application/vnd.allure.metadata+json', body: Buffer.from('{}') },
      { name: EVIDENCE_ATTACHMENT, contentType: 'application/json', body: Buffer.from(JSON.stringify(evidence)) },
    ],
  } as unknown as TestResult;
  expect(testOutcome(fakeTest, result)).toMatchObject({
    project: FAMILY,
    file: 'genesys-interaction-recording/search.spec.ts',
    title: 'search › model',
    status: 'failed',
    target: 'lab',
    family: FAMILY,
    clausesChecked: [SEARCH],
    clausesFailed: [SEARCH],
    clausesPlanned: [SEARCH],
    seed: '42',
    path: '1:0',
    operationsSeen: [{ operationId: 'getRecordings', status: 200 }],
  });
  expect(testOutcome(fakeTest, result).error).toMatch(/^Error: Property failed/);
  const skipped = { ...result, status: 'skipped', errors: [], annotations: [{ type: 'skip', description: 'no recording to read' }], attachments: [] } as unknown as TestResult;
  expect(testOutcome(fakeTest, skipped)).toMatchObject({ status: 'skipped', skipReason: 'no recording to read', exchanges: [] });
});
