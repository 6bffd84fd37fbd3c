import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { FullConfig, Suite, TestCase, TestResult } from '@playwright/test/reporter';
import ConformanceReporter from '../../src/harness/reporting/conformance-reporter';
import { EVIDENCE_ATTACHMENT } from '../../src/harness/reporting/evidence-attachment';
import { loadWaivers } from '../../src/harness/reporting/load-waivers';
import type { ConformanceRecord } from '../../src/harness/reporting/record-types';
import { WaiverError } from '../../src/harness/reporting/waiver-error';
import { waiverSource } from '../../src/harness/reporting/waiver-source';
import { repoRoot } from '../../src/harness/repo-root';
import { FAMILY, outcome, record, verdictOf } from './support/synthetic-record';

const SEARCH = 'gir.authorization.search-agent-forbidden';
const GET = 'gir.authorization.get-agent-forbidden';
const TODAY = '2026-03-01';

let folder: string;
test.beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'cc-waivers-'));
});
test.afterEach(() => rmSync(folder, { recursive: true, force: true }));

function waiverFile(name: string, waivers: readonly Record<string, unknown>[]): string {
  const file = join(folder, name);
  writeFileSync(file, `waivers:\n${waivers.map((w) => `  - ${JSON.stringify(w)}`).join('\n')}\n`);
  return file;
}

const base = { target: 'vendor-staging', reason: 'Vendor ticket open: Agents can search', link: 'https://tracker.example/VEND-12', expires: '2026-06-30' };

test('the example waiver file in waivers/ is valid', () => {
  const waivers = loadWaivers(join(repoRoot(), 'waivers', 'example.waivers.yaml'), { today: TODAY });
  expect(waivers.map((w) => w.clause ?? w.check)).toEqual([SEARCH, 'content_type_documented']);
});

test('an expired waiver fails the load, naming the file and the field', () => {
  const file = waiverFile('expired.yaml', [{ clause: SEARCH, ...base }, { clause: GET, ...base, expires: '2026-02-28' }]);
  let error: unknown;
  try {
    loadWaivers(file, { today: TODAY });
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(WaiverError);
  expect((error as WaiverError).message).toBe(`waiver file ${file}: waivers[1].expires: expired on 2026-02-28 (today is ${TODAY}); renew it with a new reason or remove it`);
});

test('a waiver without a reason, with both a clause and a check, or with an impossible date is refused with its field', () => {
  const file = waiverFile('bad.yaml', [{ clause: SEARCH, check: 'forbidden_role_rejected', ...base }, { clause: GET, ...base, reason: undefined }, { clause: GET, ...base, expires: '2026-02-30' }]);
  expect(() => loadWaivers(file, { today: TODAY })).toThrow(/waivers\[0\]: give exactly one of `clause` and `check`; waivers\[1\]: must have required property 'reason'/);
  const dates = waiverFile('dates.yaml', [{ clause: GET, ...base, expires: '2026-02-30' }]);
  expect(() => loadWaivers(dates, { today: TODAY })).toThrow('waivers[0].expires: "2026-02-30" is not a calendar date');
});

test('waivers turn a failure into waived, and say when they are no longer needed, not exercised or for another target', () => {
  const file = waiverFile('w.yaml', [
    { clause: SEARCH, ...base },
    { clause: GET, ...base },
    { clause: 'gir.authorization.settings-administrator-only', ...base },
    { check: 'forbidden_role_rejected', ...base, target: 'other-lab' },
    { clause: 'gir.no-such-clause', ...base },
  ]);
  const waivers = loadWaivers(file, { today: TODAY });
  const r = record([outcome({ title: 'search', status: 'failed', clausesChecked: [SEARCH, GET], clausesFailed: [SEARCH] })], waivers);
  expect(verdictOf(r, SEARCH)).toBe('waived');
  expect(r.clauses.find((c) => c.id === SEARCH)).toMatchObject({ waiver: { file, index: 0, link: base.link }, reason: expect.stringContaining('Vendor ticket open') });
  expect(verdictOf(r, GET)).toBe('pass');
  expect(r.waivers.map((w) => w.status)).toEqual(['applied', 'no-longer-needed', 'not-exercised', 'other-target', 'not-exercised']);
  expect(r.waivers[3]?.clauses).toEqual([SEARCH, GET]);
  expect(r.summary).toMatchObject({ waiversNoLongerNeeded: 1, verdicts: { waived: 1, fail: 0 } });
  expect(r.problems).toEqual([`${file}: waivers[4].clause: no contract defines clause "gir.no-such-clause"`]);
});

test('the waiver file comes from WAIVERS, else the profile field, else waivers/<profile name>.yaml', () => {
  mkdirSync(join(folder, 'waivers'));
  writeFileSync(join(folder, 'waivers', 'lab.yaml'), 'waivers: []\n');
  writeFileSync(join(folder, 'plain.yaml'), 'name: lab\nfamilies: {}\n');
  writeFileSync(join(folder, 'pointing.yaml'), 'name: lab\nwaivers: elsewhere/w.yaml\nfamilies: {}\n');
  expect(waiverSource(folder, { TARGET: 'plain.yaml' })).toEqual({ file: join(folder, 'waivers', 'lab.yaml'), chosenBy: 'the profile name', profileName: 'lab' });
  expect(waiverSource(folder, { TARGET: 'pointing.yaml' }).file).toBe(join(folder, 'elsewhere', 'w.yaml'));
  expect(waiverSource(folder, { TARGET: 'pointing.yaml', WAIVERS: '/x/w.yaml' }).file).toBe('/x/w.yaml');
  expect(waiverSource(folder, { TARGET: 'pointing.yaml', WAIVERS: '' }).file).toBeUndefined();
});

test('the reporter fails the run on an expired waiver and records why', async () => {
  const file = waiverFile('expired.yaml', [{ clause: SEARCH, ...base, expires: '2020-01-01' }]);
  const reporter = new ConformanceReporter({ outputDir: join(folder, 'out'), print: false, waivers: file });
  const errors: string[] = [];
  const original = console.error;
  console.error = (line: string) => errors.push(line);
  try {
    reporter.onBegin({ configFile: join(folder, 'playwright.config.ts') } as FullConfig, { suites: [] } as unknown as Suite);
  } finally {
    console.error = original;
  }
  expect(errors.join('\n')).toContain(`${file}: waivers[0].expires: expired on 2020-01-01`);
  expect(await reporter.onEnd({ status: 'passed' } as Parameters<ConformanceReporter['onEnd']>[0])).toEqual({ status: 'failed' });
  const written = JSON.parse(readFileSync(join(folder, 'out', 'conformance.json'), 'utf8')) as ConformanceRecord;
  expect(written.problems[0]).toContain('waivers[0].expires: expired on 2020-01-01');
});

test('a run whose every failure is on a waived clause passes; one failure not waived still fails it', async () => {
  const suite = { suites: [{ project: () => ({ name: FAMILY, use: { family: FAMILY } }) }] } as unknown as Suite;
  const failing = (title: string, clause: string) => ({
    test: { id: title, annotations: [], titlePath: () => ['', FAMILY, 'x.spec.ts', title], parent: { project: () => ({ name: FAMILY }) } } as unknown as TestCase,
    result: {
      status: 'failed',
      duration: 1,
      annotations: [
        { type: 'clause', description: clause },
        { type: 'clause-failed', description: clause },
      ],
      errors: [{ message: 'Error: expected 403' }],
      attachments: [{ name: EVIDENCE_ATTACHMENT, body: Buffer.from(JSON.stringify({ version: 1, target: 'vendor-staging', family: FAMILY, operations: [], exchanges: [] })) }],
    } as unknown as TestResult,
  });
  const file = waiverFile('w.yaml', [{ clause: SEARCH, ...base, expires: '2099-12-31' }]);
  const run = async (failures: { test: TestCase; result: TestResult }[]) => {
    const reporter = new ConformanceReporter({ outputDir: join(folder, 'out'), print: false, waivers: file });
    reporter.onBegin({ configFile: join(folder, 'playwright.config.ts') } as FullConfig, suite);
    for (const { test: t, result } of failures) reporter.onTestEnd(t, result);
    return reporter.onEnd({ status: 'failed' } as Parameters<ConformanceReporter['onEnd']>[0]);
  };
  expect(await run([failing('search', SEARCH)])).toEqual({ status: 'passed' });
  expect(JSON.parse(readFileSync(join(folder, 'out', 'conformance.json'), 'utf8'))).toMatchObject({ target: 'vendor-staging', summary: { verdicts: { waived: 1, fail: 0 } } });
  expect(await run([failing('search', SEARCH), failing('get', GET)])).toBeUndefined();
});
