import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Family } from '../../src/harness/contracts';
import { loadContracts } from '../../src/harness/contracts';
import { repoRoot } from '../../src/harness/repo-root';
import type { Fault } from '../../src/reference/faults/fault-catalogue';
import { startReferenceTarget, type RunningReferenceTarget } from '../../src/reference/reference-target';
import { META_SECRET, runConformance, runPlaywrightJson, writeMetaProfile, type ConformanceTestResult } from './conformance-run';

/** One row of the fault matrix: a Playwright project running, against a target with one fault, the tests that check its clause. */
export interface FaultMatrixProject {
  readonly name: string;
  readonly family: Family;
  readonly profileFile: string;
  /** Source of a RegExp matching the titles of the tests to run. */
  readonly grep: string;
}

export type FaultVerdict =
  | { readonly kind: 'uncovered'; readonly fault: Fault }
  | { readonly kind: 'ran'; readonly fault: Fault; readonly results: readonly ConformanceTestResult[] };

export interface FaultMatrixResult {
  readonly clean: readonly ConformanceTestResult[];
  readonly verdicts: ReadonlyMap<string, FaultVerdict>;
}

/**
 * The meta-tests' run: the conformance suites once against a clean reference target, which tells
 * which tests check which clause; then, in one more Playwright run, one project per fault, each
 * against a reference server of its own with only that fault on, running only the tests that
 * checked the fault's clause in the clean run. Two child runs in all, however many faults.
 */
export async function runFaultMatrix(families: readonly Family[], faults: readonly Fault[]): Promise<FaultMatrixResult> {
  const clean = await runConformance({ families, faults: [] });
  const testsByClause = new Map<string, Set<string>>();
  for (const result of clean) {
    for (const clause of result.clausesChecked) {
      const titles = testsByClause.get(`${result.project} ${clause}`) ?? new Set<string>();
      titles.add(result.title);
      testsByClause.set(`${result.project} ${clause}`, titles);
    }
  }

  const verdicts = new Map<string, FaultVerdict>();
  const covered = faults.filter((fault) => {
    const has = testsByClause.has(`${fault.family} ${fault.clause}`);
    if (!has) verdicts.set(fault.id, { kind: 'uncovered', fault });
    return has;
  });
  if (covered.length === 0) return { clean, verdicts };

  const folder = mkdtempSync(join(tmpdir(), 'cc-fault-matrix-'));
  const contracts = loadContracts({ root: repoRoot(), families, checkStructure: false, examples: false });
  const references: RunningReferenceTarget[] = [];
  try {
    const projects: FaultMatrixProject[] = [];
    for (const fault of covered) {
      const reference = await startReferenceTarget({ secret: META_SECRET, families: [fault.family], faults: [fault.id], contracts });
      references.push(reference);
      const titles = [...(testsByClause.get(`${fault.family} ${fault.clause}`) ?? [])];
      projects.push({
        name: projectName(fault),
        family: fault.family,
        profileFile: writeMetaProfile(join(folder, `${fault.id}.yaml`), [fault.family], reference.urls),
        grep: titles.map(escapeRegExp).join('|'),
      });
    }
    const matrixFile = join(folder, 'matrix.json');
    writeFileSync(matrixFile, JSON.stringify(projects));
    const results = await runPlaywrightJson(['--config', join(repoRoot(), 'tests/support/fault-matrix.config.ts'), `--output=${join(folder, 'results')}`], { CC_FAULT_MATRIX: matrixFile });
    for (const fault of covered) verdicts.set(fault.id, { kind: 'ran', fault, results: results.filter((r) => r.project === projectName(fault)) });
    return { clean, verdicts };
  } finally {
    await Promise.all(references.map((r) => r.stop()));
    rmSync(folder, { recursive: true, force: true });
  }
}

function projectName(fault: Fault): string {
  return `fault:${fault.id}`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
