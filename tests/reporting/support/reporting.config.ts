import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import base from '../../../playwright.config';
import { repoRoot } from '../../../src/harness/repo-root';

/**
 * The conformance config (same projects and options) with every report written under
 * CC_REPORTS_DIR, so that the reporting tests never touch reports/; CC_BLOB_DIR switches to the
 * blob reporter alone, as a shard of a sharded run would.
 */
const root = repoRoot();
const reports = process.env.CC_REPORTS_DIR ?? join(root, 'reports');
const blob = process.env.CC_BLOB_DIR;

export default defineConfig({
  ...base,
  testDir: join(root, 'suites'),
  outputDir: join(reports, 'test-results'),
  reporter: blob
    ? [['blob', { outputDir: blob }]]
    : [
        ['html', { open: 'never', outputFolder: join(reports, 'html') }],
        ['junit', { outputFile: join(reports, 'junit.xml') }],
        ['allure-playwright', { resultsDir: join(reports, 'allure-results'), detail: false }],
        [join(root, 'src/harness/reporting/conformance-reporter.ts'), { outputDir: reports }],
      ],
});
