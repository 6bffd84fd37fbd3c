import { expect, test } from '@playwright/test';
import type { Family } from '../../src/harness/contracts';
import { loadFaultCatalogue, type Fault } from '../../src/reference/faults/fault-catalogue';
import { REFERENCE_IMPLEMENTATIONS } from '../../src/reference/implementations';
import { runConformance, type ConformanceTestResult } from '../support/conformance-run';

/**
 * Meta-tests: the conformance suites pass against the clean reference target, and each fault
 * makes exactly the clause it names fail. Faults of different families do not interact (each
 * family is its own server and Playwright project), so one run carries one fault per family.
 */
const families = Object.keys(REFERENCE_IMPLEMENTATIONS) as Family[];
const faults = loadFaultCatalogue().filter((f) => families.includes(f.family));

test.describe.configure({ mode: 'parallel' });

test('the conformance suites pass against the clean reference target', async () => {
  test.setTimeout(300_000);
  test.skip(families.length === 0, 'the reference target implements no family yet');
  const results = await runConformance({ families, faults: [] });
  const failed = results.filter((r) => r.status !== 'passed' && r.status !== 'skipped');
  expect(failed.map((r) => `${r.project} › ${r.title}: ${r.error ?? r.status}`)).toEqual([]);
  expect(results.filter((r) => r.status === 'passed').length).toBeGreaterThan(0);
});

for (const [index, batch] of batches(faults).entries()) {
  test(`fault batch ${index + 1}: ${batch.map((f) => f.id).join(', ')}`, async () => {
    test.setTimeout(300_000);
    const results = await runConformance({ families: [...new Set(batch.map((f) => f.family))], faults: batch.map((f) => f.id) });
    const uncovered: string[] = [];
    const proven: string[] = [];
    for (const fault of batch) {
      const own = results.filter((r) => r.project === fault.family);
      if (!own.some((r) => r.clausesChecked.includes(fault.clause))) {
        uncovered.push(`${fault.id} (${fault.clause})`);
        continue;
      }
      const failedClauses = [...new Set(own.flatMap((r) => r.clausesFailed))];
      const unattributed = own.filter((r) => r.status !== 'passed' && r.status !== 'skipped' && r.clausesFailed.length === 0);
      expect(failedClauses, `${fault.id} must make ${fault.clause} fail, and only it`).toEqual([fault.clause]);
      expect(unattributed.map(describe), `${fault.id}: failures not traced to a clause`).toEqual([]);
      proven.push(`${fault.id} → ${fault.clause}`);
    }
    test.info().annotations.push({ type: 'proven-faults', description: proven.join('; ') || 'none' });
    if (uncovered.length > 0) {
      test.info().annotations.push({ type: 'uncovered-faults', description: `no suite checks these clauses yet: ${uncovered.join('; ')}` });
    }
  });
}

/** Batch k holds the k-th fault of each family. */
function batches(all: readonly Fault[]): Fault[][] {
  const byFamily = new Map<Family, Fault[]>();
  for (const fault of all) byFamily.set(fault.family, [...(byFamily.get(fault.family) ?? []), fault]);
  const size = Math.max(0, ...[...byFamily.values()].map((list) => list.length));
  return Array.from({ length: size }, (_, k) => [...byFamily.values()].flatMap((list) => (list[k] ? [list[k]] : [])));
}

function describe(result: ConformanceTestResult): string {
  return `${result.project} › ${result.title}: ${result.error ?? result.status}`;
}
