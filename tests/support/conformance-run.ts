import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { Family } from '../../src/harness/contracts';
import { CLAUSE_CHECKED, CLAUSE_FAILED } from '../../src/harness/checks/clause-check';
import { ROUTED_PROFILE_ANNOTATION } from '../../src/harness/profile/profile-routing';
import { EVIDENCE_ATTACHMENT, type EvidenceAttachment } from '../../src/harness/reporting/evidence-attachment';
import { repoRoot } from '../../src/harness/repo-root';
import { referenceCredentialEnvironment, referenceCredentialStem, REFERENCE_ROLES } from '../../src/reference/reference-credentials';
import { startReferenceTarget } from '../../src/reference/reference-target';

export interface ConformanceTestResult {
  readonly project: string;
  readonly title: string;
  /** File (relative to the suites folder), describe titles and title, joined by spaces: unique per project. */
  readonly titlePath: string;
  readonly status: 'passed' | 'failed' | 'skipped' | 'timedOut' | 'interrupted';
  readonly clausesChecked: readonly string[];
  readonly clausesFailed: readonly string[];
  readonly error?: string;
  /** Why the test was skipped, from its skip annotation. */
  readonly skipReason?: string;
  /** The profile the test ran against, when profile routing chose it (profile-routing.ts). */
  readonly routedProfile?: string;
  readonly durationMs: number;
  /** The operations the test called (from its evidence attachment). */
  readonly operations: readonly string[];
}

/** The secret the meta-tests' reference servers derive their credentials from. */
export const META_SECRET = 'meta-test-secret';
/** One property seed for every child run, so that a fault run replays the cases of the clean run. */
const META_PROPERTY_SEED = '20261123';
/** Likewise one seed for the model-based scenario properties (CC_FC_SEED). */
const META_MODEL_SEED = '20261123';
/**
 * Cases per operation in meta runs (CC_META_PROPERTY_RUNS to change): the meta-tests rerun the
 * suites under every fault, so they use fewer cases than a conformance run (100); with the fixed
 * seed the cases are the same in the clean and the fault runs, so verdicts do not drift.
 */
const META_PROPERTY_RUNS = '25';

/**
 * Runs the conformance suites (the main Playwright config) as a child process against a
 * reference target started here with the given faults, on free ports, through a generated
 * profile; returns each test's verdict and the clauses it checked and failed.
 */
export interface ConformanceRunOptions {
  /** Families the reference target serves and the profile describes. */
  readonly families: readonly Family[];
  readonly faults: readonly string[];
  /** Playwright projects to run; the families by default (more shows how absent families are treated). */
  readonly projects?: readonly Family[];
  readonly grep?: string;
  /** Replace a family's base URL in the profile (e.g. with a dead port). */
  readonly baseUrlOverride?: Partial<Record<Family, string>>;
  /** More environment for the child run (e.g. another CC_PROPERTY_SEED). */
  readonly env?: NodeJS.ProcessEnv;
}

export async function runConformance(options: ConformanceRunOptions): Promise<ConformanceTestResult[]> {
  const reference = await startReferenceTarget({ secret: META_SECRET, families: options.families, faults: options.faults });
  const folder = mkdtempSync(join(tmpdir(), 'cc-meta-'));
  try {
    const urls = { ...reference.urls, ...options.baseUrlOverride };
    const profileFile = writeMetaProfile(join(folder, 'profile.yaml'), options.families, urls);
    const args = [
      '--config',
      join(repoRoot(), 'playwright.config.ts'),
      `--output=${join(folder, 'results')}`,
      ...(options.projects ?? options.families).flatMap((f) => ['--project', f]),
      ...(options.grep ? ['--grep', options.grep] : []),
    ];
    return await runPlaywrightJson(args, { ...options.env, TARGET: profileFile });
  } finally {
    await reference.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

/** A profile for reference servers started by a meta-test, credentials as ${ENV} references. */
export function writeMetaProfile(file: string, families: readonly Family[], urls: Readonly<Partial<Record<Family, string>>>): string {
  const profile = {
    name: 'meta-test',
    requestTimeoutMs: 10_000,
    families: Object.fromEntries(
      families.map((family) => {
        const url = urls[family] ?? '';
        const credentials = Object.fromEntries(
          REFERENCE_ROLES[family].map((role) => {
            const stem = referenceCredentialStem(family, role);
            const secretField = family === 'genesys-cloud' || family === 'dixa' ? { token: `\${${stem}_TOKEN}` } : { password: `\${${stem}_PASSWORD}` };
            return [role, { username: `\${${stem}_USERNAME}`, ...secretField }];
          }),
        );
        // The GWS reference serves its CometD notifications beside the API (as targets/reference.yaml says).
        const notifications = family === 'genesys-web-services' ? { notificationUrl: `${url}/api/v2/notifications` } : {};
        return [family, { baseUrl: url, stateSetupUrl: `${url}/__provider-states`, ...notifications, rateLimit: { requestsPerSecond: 5000 }, credentials }];
      }),
    ),
  };
  writeFileSync(file, stringify(profile));
  return file;
}

/** Runs `playwright test` with the given arguments in a child process; returns its JSON report as results. */
export async function runPlaywrightJson(args: readonly string[], extraEnv: NodeJS.ProcessEnv): Promise<ConformanceTestResult[]> {
  const env = { ...process.env, ...referenceCredentialEnvironment(META_SECRET), CC_REFERENCE_SECRET: META_SECRET, CI: '', CC_PROPERTY_SEED: process.env.CC_PROPERTY_SEED ?? META_PROPERTY_SEED, CC_FC_SEED: process.env.CC_FC_SEED ?? META_MODEL_SEED, CC_PROPERTY_RUNS: process.env.CC_META_PROPERTY_RUNS ?? META_PROPERTY_RUNS, ...extraEnv };
  const stdout = await runChild([require.resolve('@playwright/test/cli'), 'test', '--reporter=json', ...args], env);
  // CC_META_REPORT_DIR keeps each child run's JSON report (worker indexes, start times) for a
  // closer look at a slow or failing meta-test.
  const keep = process.env.CC_META_REPORT_DIR;
  if (keep) writeFileSync(join(keep, `child-${Date.now()}-${process.pid}.json`), stdout);
  return parseJsonReport(stdout);
}

function runChild(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: repoRoot(), env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.once('error', reject);
    child.once('exit', () => {
      const text = Buffer.concat(out).toString('utf8');
      // The JSON report is the last thing on stdout; anything a suite printed before it is not ours to parse.
      const start = text.startsWith('{') ? 0 : text.indexOf('\n{') + 1;
      if (start <= 0 && !text.startsWith('{')) reject(new Error(`the conformance run printed no JSON report:\n${Buffer.concat(err).toString('utf8').slice(-3000)}\n${text.slice(-2000)}`));
      else resolve(text.slice(start));
    });
  });
}

interface JsonSuite {
  title: string;
  suites?: JsonSuite[];
  specs?: { title: string; tests: { projectName: string; status: string; annotations: { type: string; description?: string }[]; results: { status: ConformanceTestResult['status']; duration?: number; attachments?: { name: string; body?: string }[]; annotations?: { type: string; description?: string }[]; error?: { message?: string } }[] }[] }[];
}

function parseJsonReport(text: string): ConformanceTestResult[] {
  const report = JSON.parse(text) as { suites: JsonSuite[]; errors?: { message?: string }[] };
  if (report.errors && report.errors.length > 0) throw new Error(`the conformance run reported errors: ${report.errors.map((e) => e.message ?? '').join('\n').slice(0, 3000)}`);
  const results: ConformanceTestResult[] = [];
  const visit = (suite: JsonSuite, path: readonly string[]) => {
    const here = [...path, suite.title];
    suite.suites?.forEach((child) => visit(child, here));
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        const last = test.results[test.results.length - 1];
        const annotations = [...test.annotations, ...(last?.annotations ?? [])];
        const of = (type: string) => [...new Set(annotations.filter((a) => a.type === type).map((a) => a.description ?? ''))];
        results.push({
          project: test.projectName,
          title: spec.title,
          titlePath: [...here, spec.title].join(' '),
          status: last?.status ?? 'skipped',
          clausesChecked: of(CLAUSE_CHECKED),
          clausesFailed: of(CLAUSE_FAILED),
          ...(last?.error?.message ? { error: last.error.message.slice(0, 500) } : {}),
          ...(annotations.find((a) => a.type === 'skip')?.description ? { skipReason: annotations.find((a) => a.type === 'skip')?.description } : {}),
          ...(of(ROUTED_PROFILE_ANNOTATION)[0] ? { routedProfile: of(ROUTED_PROFILE_ANNOTATION)[0] } : {}),
          durationMs: last?.duration ?? 0,
          operations: operationsCalled(last?.attachments ?? []),
        });
      }
    }
  };
  report.suites.forEach((suite) => visit(suite, []));
  return results;
}

/** The operationIds a test called, from the evidence it attached (the JSON report embeds it, base64). */
function operationsCalled(attachments: readonly { name: string; body?: string }[]): string[] {
  const evidence = attachments.find((a) => a.name === EVIDENCE_ATTACHMENT && a.body !== undefined);
  if (!evidence?.body) return [];
  const parsed = JSON.parse(Buffer.from(evidence.body, 'base64').toString('utf8')) as EvidenceAttachment;
  return [...new Set(parsed.operations.map((o) => o.operationId))];
}
