/**
 * The conformance reporter: turns the tests' clause annotations, skip reasons and evidence
 * attachments into the conformance record (reports/conformance.json) and its views
 * (conformance.html, conformance.md, the latter also printed at the end). It works the same
 * in a run and under `npx playwright merge-reports` (shards), since it reads only what a
 * blob report keeps: annotations and attachments.
 *
 * Options: `outputDir` (default `CC_REPORTS_DIR` or `reports`, relative to the config file),
 * `print` (default true), `waivers` (a waiver file, relative to the repository root).
 */
import { dirname, resolve } from 'node:path';
import type { FullConfig, FullResult, Reporter, Suite, TestCase, TestResult } from '@playwright/test/reporter';
import { isFamily, loadContracts, type Family } from '../contracts';
import { CheckCatalogue } from '../checks/check-catalogue';
import { repoRoot } from '../repo-root';
import { buildRecord } from './build-record';
import { loadWaivers, type Waiver } from './load-waivers';
import type { ConformanceRecord, TestOutcome } from './record-types';
import { testOutcome } from './test-outcome';
import { WaiverError } from './waiver-error';
import { waiverSource } from './waiver-source';
import { writeViews } from './write-views';

export interface ConformanceReporterOptions {
  /** Set by Playwright: `list` for `--list`, where nothing ran and nothing is written. */
  readonly _mode?: string;
  readonly outputDir?: string;
  readonly print?: boolean;
  /** A waiver file; by default WAIVERS, the profile's `waivers` field or waivers/<profile>.yaml. */
  readonly waivers?: string;
}

export default class ConformanceReporter implements Reporter {
  private readonly root = repoRoot();
  private readonly outcomes = new Map<string, TestOutcome>();
  private readonly projectFamily = new Map<string, Family>();
  private readonly problems: string[] = [];
  private waivers: Waiver[] = [];
  private waiverFailure = false;
  private waiverNote = 'Waivers: none.';
  private fallbackTarget = 'unknown';
  private startedAt = new Date().toISOString();
  private outputDir = '';

  constructor(private readonly options: ConformanceReporterOptions = {}) {}

  printsToStdio(): boolean {
    return this.options.print !== false && !this.listing();
  }

  /** `npx playwright test --list` runs no test: no record, which would call every clause unchecked. */
  private listing(): boolean {
    return this.options._mode === 'list';
  }

  onBegin(config: FullConfig, suite: Suite): void {
    if (this.listing()) return;
    this.startedAt = new Date().toISOString();
    const base = config.configFile ? dirname(config.configFile) : process.cwd();
    this.outputDir = resolve(base, this.options.outputDir ?? process.env.CC_REPORTS_DIR ?? 'reports');
    for (const projectSuite of suite.suites) {
      const project = projectSuite.project();
      if (!project) continue;
      const family = (project.use as { family?: unknown }).family;
      const chosen = typeof family === 'string' && isFamily(family) ? family : isFamily(project.name) ? project.name : undefined;
      if (chosen) this.projectFamily.set(project.name, chosen);
    }
    const source = waiverSource(this.root, this.options.waivers !== undefined ? { ...process.env, WAIVERS: this.options.waivers } : process.env);
    this.fallbackTarget = source.profileName ?? 'unknown';
    if (!source.file) return;
    this.waiverNote = `Waivers: ${source.file} (chosen by ${source.chosenBy}).`;
    try {
      this.waivers = loadWaivers(source.file);
    } catch (error) {
      if (!(error instanceof WaiverError)) throw error;
      this.waiverFailure = true;
      this.problems.push(error.message);
      console.error(`conformance: ${error.message}`);
    }
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    const outcome = testOutcome(test, result);
    const family = this.projectFamily.get(outcome.project) ?? outcome.family;
    this.outcomes.set(test.id, { ...outcome, ...(family ? { family } : {}) });
  }

  onEnd(result: FullResult): Promise<{ status: FullResult['status'] } | undefined> {
    if (this.listing()) return Promise.resolve(undefined);
    let record: ConformanceRecord;
    try {
      record = this.writeRecord();
    } catch (error) {
      // A report that cannot be built must not pass unnoticed, nor hide the run's own result.
      console.error(`conformance: no record written: ${(error as Error).stack ?? String(error)}`);
      return Promise.resolve({ status: 'failed' });
    }
    // A waiver file that does not load (expired, malformed) fails the run: nothing is waived by accident.
    if (this.waiverFailure) return Promise.resolve({ status: 'failed' });
    if (result.status === 'failed' && everyFailureWaived(record, [...this.outcomes.values()])) {
      if (this.printsToStdio()) console.log('conformance: every failure is on a waived clause; the run passes');
      return Promise.resolve({ status: 'passed' });
    }
    return Promise.resolve(undefined);
  }

  private writeRecord(): ConformanceRecord {
    const families = [...new Set(this.projectFamily.values())];
    const contracts = loadContracts({ root: this.root, families, checkStructure: false, examples: false });
    let catalogue: CheckCatalogue;
    try {
      catalogue = CheckCatalogue.load();
    } catch (error) {
      this.problems.push(`the check catalogue does not load, so no clause lists its checks: ${(error as Error).message.split('\n')[0] ?? ''}`);
      catalogue = new CheckCatalogue([]);
    }
    const record = buildRecord({
      contracts,
      catalogue,
      families,
      outcomes: [...this.outcomes.values()],
      waivers: this.waivers,
      fallbackTarget: this.fallbackTarget,
      startedAt: this.startedAt,
      finishedAt: new Date().toISOString(),
      problems: this.problems,
    });
    const views = writeViews(record, this.outputDir, this.root);
    if (this.printsToStdio()) console.log(`\n${views.markdownText}\n${this.waiverNote}\nConformance record: ${views.json}\nReport: ${views.html}\n`);
    return record;
  }
}

/**
 * True when the run failed only on waived clauses: every failed test blamed its failure on
 * clauses, all of them waived, and the run has no problem. An error blamed on no clause, or an
 * interrupted run, still fails.
 */
function everyFailureWaived(record: ConformanceRecord, outcomes: readonly TestOutcome[]): boolean {
  const failed = outcomes.filter((o) => o.status === 'failed' || o.status === 'timedOut' || o.status === 'interrupted');
  const verdict = new Map(record.clauses.map((c) => [c.id, c.verdict]));
  return record.problems.length === 0 && failed.length > 0 && failed.every((o) => o.clausesFailed.length > 0 && o.clausesFailed.every((id) => verdict.get(id) === 'waived'));
}
