import { defineConfig } from '@playwright/test';

/**
 * Merging a sharded conformance run into one set of reports:
 *
 *   npx playwright test --shard=1/2 --reporter=blob     # on machine 1 (blob-report/)
 *   npx playwright test --shard=2/2 --reporter=blob     # on machine 2
 *   npx playwright merge-reports --config playwright.merge.config.ts blob-report/
 *
 * The conformance reporter reads only what blob reports keep (annotations, attachments), so the
 * merged record has the same verdicts as an unsharded run. CC_REPORTS_DIR moves the output.
 */
const reports = process.env.CC_REPORTS_DIR ?? 'reports';

export default defineConfig({
  testDir: 'suites',
  reporter: [
    ['html', { open: 'never', outputFolder: `${reports}/html` }],
    ['junit', { outputFile: `${reports}/junit.xml` }],
    ['json', { outputFile: `${reports}/results.json` }],
    ['allure-playwright', { resultsDir: `${reports}/allure-results`, detail: false }],
    ['./src/harness/reporting/conformance-reporter.ts', { outputDir: reports }],
  ],
});
