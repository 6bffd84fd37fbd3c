/**
 * Prints one closing line, `N passed, N failed, N skipped`, from a Playwright JSON report, so
 * that a CI log reader sees how many tests ran. Exits non-zero when the report shows failures
 * or when no test ran at all.
 */
import { readFileSync } from 'node:fs';

interface JsonReport {
  stats: { expected: number; unexpected: number; skipped: number; flaky: number };
}

const file = process.argv[2] ?? 'reports/self/results.json';
const report = JSON.parse(readFileSync(file, 'utf8')) as JsonReport;
const { expected, unexpected, skipped, flaky } = report.stats;
console.log(`tests: ${expected + flaky} passed, ${unexpected} failed, ${skipped} skipped`);
if (unexpected > 0 || expected + flaky === 0) process.exitCode = 1;
