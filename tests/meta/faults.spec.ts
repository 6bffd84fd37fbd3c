import { expect, test } from '@playwright/test';
import type { Family } from '../../src/harness/contracts';
import { loadFaultCatalogue } from '../../src/reference/faults/fault-catalogue';
import { REFERENCE_IMPLEMENTATIONS } from '../../src/reference/implementations';
import { CheckCatalogue } from '../../src/harness/checks/check-catalogue';
import type { ConformanceTestResult } from '../support/conformance-run';
import { runFaultMatrix, type FaultMatrixResult, type FaultVerdict } from '../support/fault-matrix';
import { oncePerRun } from '../support/once-per-run';

/**
 * Meta-tests: the conformance suites pass against the clean reference target, and each fault
 * makes the clause it names fail, and no other clause, in the tests that check that clause.
 * The whole matrix is two child runs (see fault-matrix.ts); each fault then gets its own verdict
 * here. A fault whose clause no suite checks yet is skipped with that reason: it is not proven.
 */
const families = Object.keys(REFERENCE_IMPLEMENTATIONS) as Family[];
const faults = loadFaultCatalogue().filter((f) => families.includes(f.family));

test.describe.configure({ mode: 'default' });

let matrix: FaultMatrixResult | undefined;

test.beforeAll(async () => {
  // Generous: the bound is for a hung run, not a speed target (the figures are in the closing notes).
  test.setTimeout(45 * 60_000);
  // Once per run: a worker started again after a failing verdict reads the stored matrix.
  const stored = await oncePerRun('fault-matrix', async () => {
    const result = await runFaultMatrix(families, faults);
    return { ...result, verdicts: [...result.verdicts] };
  });
  matrix = { ...stored, verdicts: new Map<string, FaultVerdict>(stored.verdicts) };
});

test('the conformance suites pass against the clean reference target', () => {
  const clean = matrix!.clean;
  const { cleanMs, faultsMs } = matrix!.timings;
  test.info().annotations.push({ type: 'meta-timings', description: `clean run ${(cleanMs / 1000).toFixed(1)} s (${clean.length} tests); fault runs ${(faultsMs / 1000).toFixed(1)} s` });
  const failed = clean.filter((r) => r.status !== 'passed' && r.status !== 'skipped');
  expect(failed.map(describe)).toEqual([]);
  expect(clean.filter((r) => r.status === 'passed').length).toBeGreaterThan(0);
  const skipped = clean.filter((r) => r.status === 'skipped');
  if (skipped.length > 0) test.info().annotations.push({ type: 'skipped-in-clean-run', description: skipped.map((r) => `${r.project} › ${r.title}: ${r.skipReason ?? ''}`).join('\n') });
});

for (const fault of faults) {
  test(`fault ${fault.id} makes ${fault.clause} fail, and nothing else`, () => {
    const verdict = matrix!.verdicts.get(fault.id);
    test.skip(!verdict || verdict.kind === 'uncovered', `no conformance test checks ${fault.clause}${fault.operations ? ` while calling ${fault.operations.join(' or ')}` : ''} yet, so fault ${fault.id} is not proven (${fault.description})`);
    if (verdict?.kind !== 'ran') return;
    const judged = judge(verdict.results);
    expect(verdict.results.length, `the tests that checked ${fault.clause} in the clean run ran again`).toBeGreaterThan(0);
    expect(judged.failedClauses, `${fault.id} must make ${fault.clause} fail, and only it`).toEqual([fault.clause]);
    expect(judged.unattributed.map(describe), `${fault.id}: failures not traced to a clause`).toEqual([]);
  });
}

/** The clauses a fault's reruns failed, and the failures traced to no clause. */
function judge(results: readonly ConformanceTestResult[]): { failedClauses: string[]; unattributed: ConformanceTestResult[] } {
  return {
    failedClauses: [...new Set(results.flatMap((r) => r.clausesFailed))],
    unattributed: results.filter((r) => r.status !== 'passed' && r.status !== 'skipped' && r.clausesFailed.length === 0),
  };
}

/** A fault is proven when it made its clause fail, and only it, with no unattributed failure. */
function proven(faultId: string): boolean {
  const verdict = matrix!.verdicts.get(faultId);
  if (verdict?.kind !== 'ran' || verdict.results.length === 0) return false;
  const { failedClauses, unattributed } = judge(verdict.results);
  return failedClauses.length === 1 && failedClauses[0] === verdict.fault.clause && unattributed.length === 0;
}

// Every named check can fail: some fault breaks a clause the check proves (in some family) and
// the fault matrix shows that clause failing.
for (const check of CheckCatalogue.load().all()) {
  test(`check ${check.id} catches at least one reference-target fault`, () => {
    const clauses = new Set(Object.values(check.clauses).flatMap((entry) => (typeof entry === 'string' ? [entry] : Object.values(entry ?? {}))));
    const candidates = faults.filter((f) => clauses.has(f.clause));
    expect(candidates.map((f) => f.id), `a fault breaks one of ${[...clauses].join(', ')}`).not.toEqual([]);
    expect(candidates.filter((f) => proven(f.id)).map((f) => f.id), `one of ${candidates.map((f) => f.id).join(', ')} is proven by the fault matrix`).not.toEqual([]);
  });
}

function describe(result: ConformanceTestResult): string {
  return `${result.project} › ${result.title}: ${result.error ?? result.status}`;
}
