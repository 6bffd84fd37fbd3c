import { defineConfig } from '@playwright/test';
import { FAMILIES, type Family } from './src/harness/contracts/families';
import { loadRunProfile } from './src/harness/profile/run-profile';
import { repoRoot } from './src/harness/repo-root';

/**
 * The conformance run: `npx playwright test` against the embedded reference target, or
 * `TARGET=targets/x.yaml npx playwright test` against any other. One project per API family;
 * a family the profile leaves out is skipped with that reason.
 */
const profile = loadRunProfile(repoRoot());
const reference = profile.embeddedReference;

export default defineConfig<object, { family: Family }>({
  testDir: 'suites',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  timeout: 60_000,
  globalTimeout: 30 * 60_000,
  outputDir: 'test-results/conformance',
  reporter: [
    ['list'],
    ['html', { open: 'never', outputFolder: 'reports/html' }],
    ['junit', { outputFile: 'reports/junit.xml' }],
    ['json', { outputFile: 'reports/results.json' }],
    ['allure-playwright', { resultsDir: 'reports/allure-results', detail: false }],
    ['./src/harness/reporting/conformance-reporter.ts', { outputDir: 'reports' }],
  ],
  // Each family's project runs that family's suites only: suites/<family>/**.
  projects: FAMILIES.map((family) => ({ name: family, testMatch: `${family}/**/*.spec.ts`, use: { family } })),
  ...(reference
    ? {
        webServer: {
          command: `npx tsx src/cli/reference.ts --port-base ${reference.portBase}`,
          // Ready when the target says so (every family listening); the URL detects a reused one.
          url: `http://127.0.0.1:${reference.portBase}/__provider-states`,
          wait: { stdout: /reference target ready/ },
          reuseExistingServer: !process.env.CI,
          timeout: 30_000,
          stdout: 'pipe',
          stderr: 'pipe',
          env: {
            CC_REFERENCE_SECRET: process.env.CC_REFERENCE_SECRET ?? '',
            CC_REFERENCE_FAULTS: [...reference.faults, ...(process.env.CC_REFERENCE_FAULTS ?? '').split(',')].filter(Boolean).join(','),
          },
        },
      }
    : {}),
});
