import { expect, test } from '@playwright/test';
import type { Family } from '../../src/harness/contracts';
import { loadFaultCatalogue } from '../../src/reference/faults/fault-catalogue';
import { REFERENCE_IMPLEMENTATIONS } from '../../src/reference/implementations';
import type { ConformanceTestResult } from '../support/conformance-run';
import { runFaultMatrix, type FaultMatrixResult } from '../support/fault-matrix';

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
  test.setTimeout(15 * 60_000);
  matrix = await runFaultMatrix(families, faults);
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
    const results = verdict.results;
    expect(results.length, `the tests that checked ${fault.clause} in the clean run ran again`).toBeGreaterThan(0);
    const failedClauses = [...new Set(results.flatMap((r) => r.clausesFailed))];
    const unattributed = results.filter((r) => r.status !== 'passed' && r.status !== 'skipped' && r.clausesFailed.length === 0);
    expect(failedClauses, `${fault.id} must make ${fault.clause} fail, and only it`).toEqual([fault.clause]);
    expect(unattributed.map(describe), `${fault.id}: failures not traced to a clause`).toEqual([]);
  });
}

function describe(result: ConformanceTestResult): string {
  return `${result.project} › ${result.title}: ${result.error ?? result.status}`;
}
