import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { baselineOf, readRecord, writeBaseline } from '../../src/harness/reporting/baseline';
import type { ConformanceRecord } from '../../src/harness/reporting/record-types';
import type { RunningReferenceTarget } from '../../src/reference/reference-target';
import { chromiumPath, openOffline } from './support/offline-browser';
import { mergeReports, referenceSecrets, runGate, runWithReports, startReference, type ChildResult } from './support/reporting-run';

/**
 * End to end: the GIR suites against a reference target with one fault, through every view, the
 * gate and a sharded run. Narrow on purpose (one family, two tests) to keep CI fast.
 */
const FAMILY = 'genesys-interaction-recording';
/** A second family, one test, so that the family filter and the per-family sections have something to tell apart. */
const FAMILIES = [FAMILY, 'dixa'] as const;
const FAULT = 'gir-agent-may-search';
const CLAUSE = 'gir.authorization.search-agent-forbidden';
/** Three tests of the read suite only (other suites name operations in their titles too). */
const GREP = String.raw`(getRecordings|getSettingsRecording|getAgents): GET \S+ @read`;

test.describe.configure({ mode: 'serial' });

let folder: string;
let faulty: RunningReferenceTarget;
let run: ChildResult;
let record: ConformanceRecord;
const reports = () => join(folder, 'faulty', 'reports');
const verdicts = (r: ConformanceRecord) => Object.fromEntries(r.clauses.map((c) => [c.id, c.verdict]));

test.beforeAll(async () => {
  test.setTimeout(120_000);
  folder = mkdtempSync(join(tmpdir(), 'cc-reporting-'));
  faulty = await startReference(FAMILIES, [FAULT]);
  mkdirSync(join(folder, 'faulty'));
  run = await runWithReports({ families: FAMILIES, reference: faulty, folder: join(folder, 'faulty'), grep: GREP });
  record = readRecord(join(reports(), 'conformance.json'));
});

test.afterAll(async () => {
  await faulty?.stop();
  rmSync(folder, { recursive: true, force: true });
});

test('the record shows the fault clause failed with its evidence, and no unchecked clause as a pass', () => {
  expect(run.exitCode, run.stderr.slice(-2000)).toBe(1);
  expect(record.schemaVersion).toBe(1);
  expect(record.target).toBe('reporting-test');
  expect(record.families).toEqual(FAMILIES);
  const failed = record.clauses.filter((c) => c.verdict === 'fail');
  expect(failed.map((c) => c.id)).toEqual([CLAUSE]);
  const clause = failed[0]!;
  expect(clause.level).toBe('MUST');
  expect(clause.source.section).toBe('Search Recordings API');
  const evidence = clause.evidence.failures[0]!;
  expect(evidence.error).toContain('403');
  const agent = evidence.exchanges.find((x) => x.role === 'Agent');
  expect(agent?.response?.status, 'the Agent got in: that is the fault').toBe(200);
  expect(agent?.curl).toContain("authorization: Basic <redacted>");
  // Every clause is listed; a clause no test checked is unchecked, with why, never a pass.
  const checked = new Set(record.tests.flatMap((t) => t.clausesChecked));
  for (const c of record.clauses.filter((c) => !checked.has(c.id))) {
    expect(c.verdict, c.id).toBe('unchecked');
    expect(c.reason).toContain('no test in this run checked it');
  }
  expect(record.summary.levels.MUST.verdicts.fail).toBe(1);
  expect(record.summary.clauses).toBe(record.clauses.length);
  const operations = record.coverage.find((c) => c.family === FAMILY)!.operations;
  expect(operations.find((o) => o.operationId === 'getSettingsRecording')?.statuses).toEqual([200, 401, 403]);
  expect(operations.find((o) => o.operationId === 'getRecordings')?.statuses, 'the failing test stopped at the Agent').toEqual([200]);
  expect(operations.find((o) => o.operationId === 'getRecordingsByRecordingId')?.exercised).toBe(false);
  expect(record.checks.find((c) => c.id === 'forbidden_role_rejected')?.verdict).toBe('fail');
});

test('the Markdown summary, JUnit and Allure results show the fault clause failed', () => {
  const markdown = readFileSync(join(reports(), 'conformance.md'), 'utf8');
  expect(markdown).toMatch(new RegExp(`### Failed clauses \\(1\\)\\n\\n- \\*\\*${CLAUSE.replace(/\./g, '\\.')}\\*\\* \\(MUST`));
  expect(markdown).toContain('reproduce: `curl');
  expect(run.stdout, 'the summary is printed at the end of the run').toContain(`**${CLAUSE}**`);

  const junit = readFileSync(join(reports(), 'junit.xml'), 'utf8');
  expect(junit).toMatch(/<testcase name="[^"]*getRecordings: GET[^"]*"[^>]*>[\s\S]*?<failure/);
  expect(junit).toContain(`value="${CLAUSE}"`);

  const allure = readdirSync(join(reports(), 'allure-results'))
    .filter((f) => f.endsWith('-result.json'))
    .map((f) => JSON.parse(readFileSync(join(reports(), 'allure-results', f), 'utf8')) as { status: string; labels: { name: string; value: string }[]; links: { url: string; name: string }[]; steps: unknown[] });
  const failing = allure.find((r) => r.labels.some((l) => l.name === 'clause-failed' && l.value === CLAUSE));
  expect(failing?.status).toBe('failed');
  expect(failing?.labels).toEqual(expect.arrayContaining([{ name: 'clause', value: CLAUSE }, { name: 'severity', value: 'critical' }]));
  expect(failing?.links.map((l) => l.name)).toContain('002_bb9e960612c5fef2.txt § Search Recordings API');
  expect(JSON.stringify(failing?.steps)).toContain('conformance-evidence.json');
  for (const secret of referenceSecrets()) {
    expect(markdown).not.toContain(secret);
    expect(junit).not.toContain(secret);
  }
});

test('the HTML report opens offline, filters by verdict, family and level, shows the evidence and no secret', async () => {
  const executablePath = chromiumPath();
  test.skip(!executablePath && !process.env.CI, 'Chromium is not installed (apt-get install -y chromium); CI installs it');
  expect(executablePath, 'CI installs Chromium (.ci/run)').toBeTruthy();
  const { page, external, close } = await openOffline(executablePath!, join(reports(), 'conformance.html'));
  try {
    const rows = page.locator('tr.clause');
    await expect(rows).toHaveCount(record.clauses.length);
    await page.selectOption('#filter-verdict', 'fail');
    await expect(page.locator('tr.clause:visible')).toHaveCount(1);
    await expect(page.locator('#shown-count')).toHaveText('1');
    const row = page.locator(`tr.clause[data-clause="${CLAUSE}"]`);
    await expect(row).toBeVisible();
    await expect(row.locator('details.evidence')).toHaveAttribute('open', '');
    await expect(row.locator('pre.curl').first()).toContainText('authorization: Basic <redacted>');
    await expect(row.locator('.exchange', { hasText: 'as Agent' })).toContainText('→ 200');
    await page.selectOption('#filter-verdict', { label: 'all' });
    await page.selectOption('#filter-level', 'SHOULD');
    const should = record.clauses.filter((c) => c.level === 'SHOULD').length;
    await expect(page.locator('tr.clause:visible')).toHaveCount(should);
    await expect(page.locator('tr.clause:visible:not([data-level="SHOULD"])')).toHaveCount(0);
    await page.selectOption('#filter-level', { label: 'all' });
    const count = (family: string) => record.clauses.filter((c) => c.family === family).length;
    await page.selectOption('#filter-family', 'dixa');
    await expect(page.locator('tr.clause:visible')).toHaveCount(count('dixa'));
    await expect(page.locator(`section.family[data-family="${FAMILY}"]`)).toBeHidden();
    await page.selectOption('#filter-verdict', 'fail');
    await expect(page.locator('#shown-count')).toHaveText('0');
    await page.selectOption('#filter-family', FAMILY);
    await expect(page.locator('tr.clause:visible')).toHaveCount(1);
    await page.selectOption('#filter-verdict', { label: 'all' });
    await expect(page.locator('tr.clause:visible')).toHaveCount(count(FAMILY));
    await expect(page.locator('#score-must')).toContainText(`${record.summary.levels.MUST.score.passed}/${record.summary.levels.MUST.score.checked}`);
    const text = await page.content();
    for (const secret of referenceSecrets()) expect(text).not.toContain(secret);
    expect(external(), 'the page loads nothing from outside').toEqual([]);
  } finally {
    await close();
  }
});

test('the Playwright HTML report shows the failed clause and the evidence attachments', async () => {
  const executablePath = chromiumPath();
  test.skip(!executablePath && !process.env.CI, 'Chromium is not installed (apt-get install -y chromium); CI installs it');
  const { page, external, close } = await openOffline(executablePath!, join(reports(), 'html', 'index.html'));
  try {
    await page.getByText('getRecordings: GET /api/v2/recordings').first().click();
    await expect(page.getByText(`clause-failed: ${CLAUSE}`)).toBeVisible();
    await expect(page.getByText('conformance-evidence.json')).toBeVisible();
    await expect(page.getByText('exchanges.json')).toBeVisible();
    expect(external()).toEqual([]);
  } finally {
    await close();
  }
});

test('the gate passes against its own baseline, fails on a newly injected fault and on an unexpected pass', async () => {
  test.setTimeout(120_000);
  const faultyBaseline = join(folder, 'faulty-baseline.json');
  expect((await runGate(['--write-baseline', faultyBaseline, '--record', join(reports(), 'conformance.json')])).exitCode).toBe(0);
  const same = await runGate(['--baseline', faultyBaseline, '--record', join(reports(), 'conformance.json')]);
  expect(same.exitCode, same.stdout + same.stderr).toBe(0);
  expect(same.stdout).toContain('no difference from the baseline');

  const clean = await startReference(FAMILIES, []);
  try {
    mkdirSync(join(folder, 'clean'));
    const cleanRun = await runWithReports({ families: FAMILIES, reference: clean, folder: join(folder, 'clean'), grep: GREP });
    expect(cleanRun.exitCode, cleanRun.stderr.slice(-2000)).toBe(0);
  } finally {
    await clean.stop();
  }
  const cleanRecord = join(folder, 'clean', 'reports', 'conformance.json');
  const unexpectedPass = await runGate(['--baseline', faultyBaseline, '--record', cleanRecord]);
  expect(unexpectedPass.exitCode, unexpectedPass.stdout).toBe(1);
  expect(unexpectedPass.stdout).toContain(`unexpected passes`);
  expect(unexpectedPass.stdout).toContain(`${CLAUSE} (MUST): fail → pass`);

  const cleanBaseline = join(folder, 'clean-baseline.json');
  writeBaseline(cleanBaseline, baselineOf(readRecord(cleanRecord)));
  const regression = await runGate(['--baseline', cleanBaseline, '--record', join(reports(), 'conformance.json')]);
  expect(regression.exitCode, regression.stdout).toBe(1);
  expect(regression.stdout).toContain('regressions (1):');
  expect(regression.stdout).toContain(`${CLAUSE} (MUST): pass → fail`);
});

test('a two-shard run merged with merge-reports gives the same verdicts as the unsharded run', async () => {
  test.setTimeout(120_000);
  const blobs = join(folder, 'blobs');
  mkdirSync(blobs);
  for (const shard of ['1/2', '2/2']) {
    const shardFolder = join(folder, `shard-${shard[0]}`);
    mkdirSync(shardFolder);
    const result = await runWithReports({ families: FAMILIES, reference: faulty, folder: shardFolder, grep: GREP, shard });
    expect([0, 1], result.stderr.slice(-2000)).toContain(result.exitCode);
    for (const file of readdirSync(join(shardFolder, 'blob'))) copyFileSync(join(shardFolder, 'blob', file), join(blobs, `${shard[0]}-${file}`));
  }
  expect(readdirSync(blobs)).toHaveLength(2);
  const merged = await mergeReports(blobs, join(folder, 'merged'));
  expect(merged.stderr).not.toContain('Error');
  const mergedRecord = readRecord(join(folder, 'merged', 'conformance.json'));
  expect(verdicts(mergedRecord)).toEqual(verdicts(record));
  expect(mergedRecord.summary.tests).toEqual(record.summary.tests);
  expect(mergedRecord.clauses.find((c) => c.id === CLAUSE)?.evidence.failures[0]?.exchanges.length).toBeGreaterThan(0);
});
