import { expect, test } from '@playwright/test';
import type { Family } from '../../src/harness/contracts';
import { REFERENCE_IMPLEMENTATIONS } from '../../src/reference/implementations';
import { runConformance, type ConformanceTestResult } from '../support/conformance-run';
import { oncePerRun } from '../support/once-per-run';

/**
 * The property suites give no false failures: against the clean reference target they pass with
 * five different seeds (other than the fault matrix's), every family at once. A failure here is
 * a harness or contract defect, or a reference defect, never a target's: it prints the replay.
 * One child run for all five (CC_PROPERTY_SEED takes a list, each seed a test per operation), so
 * the workers and their compiled contracts are shared. Cases per operation: CC_META_PROPERTY_RUNS
 * (25), as in the other meta runs.
 */
const SEEDS = [1, 777, 2002, 31337, 424242] as const;
const families = Object.keys(REFERENCE_IMPLEMENTATIONS) as Family[];

test.describe.configure({ mode: 'default' });

let results: readonly ConformanceTestResult[] = [];

test.beforeAll(async () => {
  // A bound for a hung run, not a speed target.
  test.setTimeout(20 * 60_000);
  // Once per run: a worker started again after a failing seed reads the stored results.
  results = await oncePerRun('property-seeds', () => runConformance({ families, faults: [], grep: '@property', env: { CC_PROPERTY_SEED: SEEDS.join(',') } }));
});

for (const seed of SEEDS) {
  test(`the property suites pass against the clean reference target with seed ${seed}`, () => {
    const ofSeed = results.filter((r) => r.title.endsWith(` (seed ${seed})`));
    expect(ofSeed.filter((r) => r.status === 'passed').length, 'property tests ran').toBeGreaterThan(100);
    expect(ofSeed.filter((r) => r.status !== 'passed' && r.status !== 'skipped').map(describe)).toEqual([]);
  });
}

test('every property test of the run belongs to one of the seeds', () => {
  expect(results.filter((r) => !SEEDS.some((seed) => r.title.endsWith(` (seed ${seed})`))).map(describe)).toEqual([]);
});

function describe(result: ConformanceTestResult): string {
  return `${result.project} › ${result.title}: ${result.error ?? result.status}`;
}
