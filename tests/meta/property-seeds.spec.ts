import { expect, test } from '@playwright/test';
import type { Family } from '../../src/harness/contracts';
import { REFERENCE_IMPLEMENTATIONS } from '../../src/reference/implementations';
import { runConformance, type ConformanceTestResult } from '../support/conformance-run';

/**
 * The property suites give no false failures: against the clean reference target they pass with
 * five different seeds (other than the fault matrix's), every family at once. A failure here is
 * a harness or contract defect, or a reference defect, never a target's: it prints the replay.
 * Cases per operation: CC_META_PROPERTY_RUNS (25), as in the other meta runs.
 */
const SEEDS = [1, 777, 2002, 31337, 424242] as const;
const families = Object.keys(REFERENCE_IMPLEMENTATIONS) as Family[];

for (const seed of SEEDS) {
  test(`the property suites pass against the clean reference target with seed ${seed}`, async () => {
    test.setTimeout(6 * 60_000);
    const results = await runConformance({ families, faults: [], grep: '@property', env: { CC_PROPERTY_SEED: String(seed) } });
    expect(results.filter((r) => r.status === 'passed').length, 'property tests ran').toBeGreaterThan(100);
    expect(results.filter((r) => r.status !== 'passed' && r.status !== 'skipped').map(describe)).toEqual([]);
  });
}

function describe(result: ConformanceTestResult): string {
  return `${result.project} › ${result.title}: ${result.error ?? result.status}`;
}
