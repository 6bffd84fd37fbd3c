import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { Family } from '../../../src/harness/contracts';
import { repoRoot } from '../../../src/harness/repo-root';
import { referenceCredentialEnvironment, referenceCredentials, referenceCredentialStem, REFERENCE_ROLES } from '../../../src/reference/reference-credentials';
import { startReferenceTarget, type RunningReferenceTarget } from '../../../src/reference/reference-target';

/** A fresh secret per test process: the redaction checks look for values nobody could guess. */
export const REPORTING_SECRET = randomBytes(18).toString('base64url');
export const PROFILE_NAME = 'reporting-test';

export interface ChildResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Every secret of the reference credentials, in the forms a leak could take. */
export function referenceSecrets(): string[] {
  return referenceCredentials(REPORTING_SECRET)
    .flatMap((c) => (c.kind === 'basic' ? [c.password, Buffer.from(`${c.username}:${c.password}`).toString('base64')] : [c.token]));
}

/** A profile for a reference target started by the test, credentials as ${ENV} references. */
export function writeProfile(file: string, urls: Readonly<Partial<Record<Family, string>>>, extra: Record<string, unknown> = {}): string {
  const families = Object.fromEntries(
    (Object.entries(urls) as [Family, string][]).map(([family, url]) => {
      const credentials = Object.fromEntries(
        REFERENCE_ROLES[family].map((role) => {
          const stem = referenceCredentialStem(family, role);
          return [role, family === 'genesys-cloud' || family === 'dixa' ? { username: `\${${stem}_USERNAME}`, token: `\${${stem}_TOKEN}` } : { username: `\${${stem}_USERNAME}`, password: `\${${stem}_PASSWORD}` }];
        }),
      );
      return [family, { baseUrl: url, stateSetupUrl: `${url}/__provider-states`, rateLimit: { requestsPerSecond: 5000 }, credentials }];
    }),
  );
  writeFileSync(file, stringify({ name: PROFILE_NAME, ...extra, requestTimeoutMs: 10_000, families }));
  return file;
}

export function runChild(args: readonly string[], env: NodeJS.ProcessEnv): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: repoRoot(), env: { ...process.env, CI: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ exitCode: code ?? -1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

export interface ReportingRunOptions {
  /** The families to run (one Playwright project each); the reference target must serve them. */
  readonly families: readonly Family[];
  /** The reference target to run against (started by the caller, so that shards share it). */
  readonly reference: RunningReferenceTarget;
  /** Folder for the profile, the reports and the blob. */
  readonly folder: string;
  readonly grep?: string;
  /** `1/2`: run one shard, writing a blob report to `<folder>/blob` instead of the views. */
  readonly shard?: string;
  /** WAIVERS for the run; empty (no waivers) by default, so the repository's waiver files never apply. */
  readonly waivers?: string;
}

/** Runs the conformance suites of some families in a child `playwright test`, with every view written under `<folder>/reports`. */
export function runWithReports(options: ReportingRunOptions): Promise<ChildResult> {
  const profile = writeProfile(join(options.folder, 'profile.yaml'), options.reference.urls);
  const args = [
    require.resolve('@playwright/test/cli'),
    'test',
    '--config',
    join(repoRoot(), 'tests/reporting/support/reporting.config.ts'),
    ...options.families.flatMap((family) => ['--project', family]),
    '--workers=1',
    ...(options.grep ? ['--grep', options.grep] : []),
    ...(options.shard ? [`--shard=${options.shard}`] : []),
  ];
  return runChild(args, {
    ...referenceCredentialEnvironment(REPORTING_SECRET),
    TARGET: profile,
    WAIVERS: options.waivers ?? '',
    CC_REPORTS_DIR: join(options.folder, 'reports'),
    ...(options.shard ? { CC_BLOB_DIR: join(options.folder, 'blob') } : {}),
  });
}

/** Merges blob reports with the repository's merge config into `<reportsDir>`. */
export function mergeReports(blobDir: string, reportsDir: string): Promise<ChildResult> {
  const args = [require.resolve('@playwright/test/cli'), 'merge-reports', '--config', join(repoRoot(), 'playwright.merge.config.ts'), blobDir];
  return runChild(args, { CC_REPORTS_DIR: reportsDir, WAIVERS: '' });
}

/** `npm run gate` as a child process. */
export function runGate(args: readonly string[]): Promise<ChildResult> {
  return runChild([require.resolve('tsx/cli'), join(repoRoot(), 'src/cli/gate.ts'), ...args], {});
}

export function startReference(families: readonly Family[], faults: readonly string[]): Promise<RunningReferenceTarget> {
  return startReferenceTarget({ secret: REPORTING_SECRET, families, faults });
}
