import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { baselineOf, type Baseline } from '../../src/harness/reporting/baseline';
import { compareWithBaseline } from '../../src/harness/reporting/compare-baseline';
import type { ConformanceRecord, Verdict } from '../../src/harness/reporting/record-types';
import { runGate } from './support/reporting-run';
import { outcome, record } from './support/synthetic-record';

const SEARCH = 'gir.authorization.search-agent-forbidden';
const ANONYMOUS = 'gir.authorization.unauthenticated-401';
const GET = 'gir.authorization.get-agent-forbidden';
const SETTINGS = 'gir.authorization.settings-administrator-only';

/** A baseline saying these clauses had these verdicts, everything else unchecked. */
function baselineWith(r: ConformanceRecord, verdicts: Record<string, Verdict>): Baseline {
  const base = baselineOf(r);
  return { ...base, clauses: { ...base.clauses, ...verdicts } };
}

const current = record([
  outcome({ title: 'search', status: 'failed', clausesChecked: [ANONYMOUS, SEARCH], clausesFailed: [SEARCH] }),
  outcome({ title: 'get', clausesChecked: [GET] }),
]);

test('no change passes; a clause that passed and now fails, or is no longer checked, is a regression', () => {
  expect(compareWithBaseline(baselineOf(current), current)).toEqual({ ok: true, changes: [], blockers: [], notes: [] });
  const outcome = compareWithBaseline(baselineWith(current, { [SEARCH]: 'pass', [SETTINGS]: 'pass' }), current);
  expect(outcome.ok).toBe(false);
  expect(outcome.changes).toEqual([
    { clause: SEARCH, level: 'MUST', before: 'pass', after: 'fail', kind: 'regression' },
    { clause: SETTINGS, level: 'MUST', before: 'pass', after: 'unchecked', kind: 'regression', detail: 'no test in this run checked it' },
  ]);
});

test('a clause that failed (or was waived) and now passes is an unexpected pass: the baseline must be updated on purpose', () => {
  const outcome = compareWithBaseline(baselineWith(current, { [GET]: 'fail', [ANONYMOUS]: 'waived' }), current);
  expect(outcome.ok).toBe(false);
  expect(outcome.changes.map((c) => [c.clause, c.kind])).toEqual([
    [GET, 'unexpected-pass'],
    [ANONYMOUS, 'unexpected-pass'],
  ]);
});

test('a new failure fails the gate; other moves are shown without failing it', () => {
  const { [SEARCH]: _dropped, ...rest } = baselineOf(current).clauses;
  const newClause = compareWithBaseline({ ...baselineOf(current), clauses: rest }, current);
  expect(newClause.changes).toEqual([{ clause: SEARCH, level: 'MUST', before: 'absent', after: 'fail', kind: 'regression' }]);
  const moved = compareWithBaseline(baselineWith(current, { [SEARCH]: 'inconclusive', [SETTINGS]: 'fail' }), current);
  expect(moved.changes.map((c) => [c.clause, c.kind])).toEqual([
    [SEARCH, 'regression'],
    [SETTINGS, 'changed'],
  ]);
  const onlyChanged = compareWithBaseline(baselineWith(current, { [SETTINGS]: 'fail' }), current);
  expect(onlyChanged.ok).toBe(true);
});

test('a baseline of another target, or a run with problems, blocks the gate', () => {
  expect(compareWithBaseline({ ...baselineOf(current), target: 'prod' }, current).blockers).toEqual(['the baseline is for target "prod", the record is of "vendor-staging"']);
  const troubled = { ...current, problems: ['waiver file w.yaml: waivers[0].expires: expired'] };
  expect(compareWithBaseline(baselineOf(current), troubled)).toMatchObject({ ok: false, blockers: ['problem in the run: waiver file w.yaml: waivers[0].expires: expired'] });
});

test('the gate command exits 2 on unreadable input and names the file', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'cc-gate-'));
  try {
    const old = join(folder, 'old.json');
    writeFileSync(old, JSON.stringify({ ...current, schemaVersion: 0 }));
    const result = await runGate(['--baseline', join(folder, 'missing.json'), '--record', old]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain(`the conformance record ${old} has schemaVersion 0; this gate reads version 1`);
    const usage = await runGate([]);
    expect(usage.exitCode).toBe(2);
    expect(usage.stderr).toContain('usage: npm run gate');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
