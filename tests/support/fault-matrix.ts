import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Family } from '../../src/harness/contracts';
import { loadContracts } from '../../src/harness/contracts';
import { repoRoot } from '../../src/harness/repo-root';
import type { Fault } from '../../src/reference/faults/fault-catalogue';
import { startReferenceTarget, type RunningReferenceTarget } from '../../src/reference/reference-target';
import { PROFILE_ROUTING_VARIABLE } from '../../src/harness/profile/profile-routing';
import { META_SECRET, runConformance, runPlaywrightJson, writeMetaProfile, type ConformanceTestResult } from './conformance-run';

/**
 * One project of the fault matrix's run: the tests of one family that check the clause of at
 * least one fault, each declared once per such fault (profile routing sends copy i to the
 * reference server of the i-th fault).
 */
export interface FaultMatrixProject {
  /** Also the project's name (the routing table is keyed by it). */
  readonly family: Family;
  /** Source of a RegExp matching the titles of the tests to run. */
  readonly grep: string;
}

export type FaultVerdict =
  | { readonly kind: 'uncovered'; readonly fault: Fault }
  | { readonly kind: 'ran'; readonly fault: Fault; readonly results: readonly ConformanceTestResult[] };

export interface FaultMatrixResult {
  readonly clean: readonly ConformanceTestResult[];
  readonly verdicts: ReadonlyMap<string, FaultVerdict>;
  /** Wall time of the two child runs (ms), for the meta-test's report. */
  readonly timings: { readonly cleanMs: number; readonly faultsMs: number };
}

/**
 * The meta-tests' run: the conformance suites once against a clean reference target, which tells
 * which tests check which clause; then, in one more Playwright run, every fault's tests, each
 * against a reference server of its own with only that fault on, running only the tests that
 * checked the fault's clause in the clean run. Two child runs and a handful of workers in all,
 * however many faults: the servers share one process and one set of compiled contracts, and the
 * workers keep one client per server (see src/harness/profile/profile-routing.ts).
 */
export async function runFaultMatrix(families: readonly Family[], faults: readonly Fault[]): Promise<FaultMatrixResult> {
  const cleanStarted = performance.now();
  const clean = await runConformance({ families, faults: [] });
  const cleanMs = performance.now() - cleanStarted;
  // project + clause → the tests that checked it, with the operations each called
  const testsByClause = new Map<string, ConformanceTestResult[]>();
  for (const result of clean) for (const clause of result.clausesChecked) append(testsByClause, `${result.project} ${clause}`, result);
  // The tests a fault reruns (title paths): those that checked its clause and, for a fault that
  // bends only some operations, called one of them.
  const reruns = new Map(
    faults.map((fault) => [fault.id, (testsByClause.get(`${fault.family} ${fault.clause}`) ?? []).filter((t) => !fault.operations || t.operations.some((o) => fault.operations!.includes(o))).map((t) => t.titlePath)]),
  );

  const verdicts = new Map<string, FaultVerdict>();
  const covered = faults.filter((fault) => {
    const has = reruns.get(fault.id)!.length > 0;
    if (!has) verdicts.set(fault.id, { kind: 'uncovered', fault });
    return has;
  });
  if (covered.length === 0) return { clean, verdicts, timings: { cleanMs, faultsMs: 0 } };

  const faultsStarted = performance.now();
  const folder = mkdtempSync(join(tmpdir(), 'cc-fault-matrix-'));
  const contracts = loadContracts({ root: repoRoot(), families, checkStructure: false, examples: false });
  const references: RunningReferenceTarget[] = [];
  try {
    const faultOfProfile = new Map<string, Fault>();
    // family → test title → the profiles (one per fault) it runs against
    const routes = new Map<Family, Map<string, string[]>>();
    for (const fault of covered) {
      const reference = await startReferenceTarget({ secret: META_SECRET, families: [fault.family], faults: [fault.id], contracts });
      references.push(reference);
      const profileFile = writeMetaProfile(join(folder, `${fault.id}.yaml`), [fault.family], reference.urls);
      faultOfProfile.set(profileFile, fault);
      const byTitle = routes.get(fault.family) ?? new Map<string, string[]>();
      routes.set(fault.family, byTitle);
      for (const title of reruns.get(fault.id)!) append(byTitle, title, profileFile);
    }
    const { projects, table } = matrixProjects(routes);
    const routingFile = join(folder, 'routing.json');
    writeFileSync(routingFile, JSON.stringify(table));
    const matrixFile = join(folder, 'matrix.json');
    writeFileSync(matrixFile, JSON.stringify(projects));
    const results = await runPlaywrightJson(['--config', join(repoRoot(), 'tests/support/fault-matrix.config.ts'), `--output=${join(folder, 'results')}`], { CC_FAULT_MATRIX: matrixFile, [PROFILE_ROUTING_VARIABLE]: routingFile });
    const resultsByFault = new Map<string, ConformanceTestResult[]>();
    for (const result of results) {
      const fault = result.routedProfile ? faultOfProfile.get(result.routedProfile) : undefined;
      if (fault) append(resultsByFault, fault.id, result);
    }
    for (const fault of covered) verdicts.set(fault.id, { kind: 'ran', fault, results: resultsByFault.get(fault.id) ?? [] });
    return { clean, verdicts, timings: { cleanMs, faultsMs: performance.now() - faultsStarted } };
  } finally {
    await Promise.all(references.map((r) => r.stop()));
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Projects for the routed run, one per family, and the routing table keyed by their names. */
function matrixProjects(routes: ReadonlyMap<Family, ReadonlyMap<string, readonly string[]>>): { projects: FaultMatrixProject[]; table: Record<string, Record<string, readonly string[]>> } {
  const projects: FaultMatrixProject[] = [];
  const table: Record<string, Record<string, readonly string[]>> = {};
  for (const [family, byTitle] of routes) {
    projects.push({ family, grep: [...byTitle.keys()].map(escapeRegExp).join('|') });
    table[family] = Object.fromEntries(byTitle);
  }
  return { projects, table };
}

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
