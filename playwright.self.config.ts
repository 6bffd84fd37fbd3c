import { defineConfig } from '@playwright/test';
import { ensureSelfRunId } from './tests/support/once-per-run';

// An id for this run, inherited by the workers: meta-test results are stored under it (once-per-run.ts).
ensureSelfRunId();

/**
 * The project's own tests (`npm test`): unit tests, contract checks, fidelity to the documents,
 * Prism agreement and the meta-tests that prove each check can fail. The conformance run against
 * a target is `playwright.config.ts`.
 */
export default defineConfig({
  testDir: 'tests',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: 'reports/self/results.json' }]],
  outputDir: 'test-results/self',
  globalTeardown: './tests/support/self-teardown.ts',
});
