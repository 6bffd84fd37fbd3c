/**
 * `npm run gate -- --baseline FILE [--record reports/conformance.json]`: compares a run's
 * conformance record with an accepted baseline and exits 1 on any regression (a clause that
 * passed and now fails or is no longer checked, or a new failure) and on any unexpected pass (a
 * clause that failed and now passes), printing the difference. So a baseline only changes on
 * purpose: `npm run gate -- --write-baseline FILE [--record …]` writes one from an accepted run.
 * Exit codes: 0 pass, 1 the gate fails, 2 bad arguments or unreadable input.
 */
import { parseArgs } from 'node:util';
import { baselineOf, GateInputError, readBaseline, readRecord, writeBaseline } from '../harness/reporting/baseline';
import { compareWithBaseline, type BaselineChange } from '../harness/reporting/compare-baseline';
import type { ConformanceRecord } from '../harness/reporting/record-types';

const USAGE = 'usage: npm run gate -- (--baseline FILE | --write-baseline FILE) [--record reports/conformance.json]';

function changeLine(change: BaselineChange): string {
  return `  ${change.clause}${change.level ? ` (${change.level})` : ''}: ${change.before} → ${change.after}${change.detail ? `  ${change.detail}` : ''}`;
}

function printGroup(title: string, changes: readonly BaselineChange[]): void {
  if (changes.length === 0) return;
  console.log(`${title} (${changes.length}):`);
  for (const change of changes) console.log(changeLine(change));
}

function counts(record: ConformanceRecord): string {
  return Object.entries(record.summary.verdicts)
    .filter(([, n]) => n > 0)
    .map(([v, n]) => `${n} ${v}`)
    .join(', ');
}

function main(): number {
  let values: { baseline?: string; 'write-baseline'?: string; record?: string };
  try {
    ({ values } = parseArgs({ options: { baseline: { type: 'string' }, 'write-baseline': { type: 'string' }, record: { type: 'string', default: 'reports/conformance.json' } } }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (!values.baseline === !values['write-baseline']) {
    console.error(USAGE);
    return 2;
  }
  const recordFile = values.record ?? 'reports/conformance.json';
  try {
    const record = readRecord(recordFile);
    if (values['write-baseline']) {
      if (record.problems.length > 0) {
        console.error(`not writing a baseline from a run with problems:\n${record.problems.map((p) => `  ${p}`).join('\n')}`);
        return 1;
      }
      writeBaseline(values['write-baseline'], baselineOf(record));
      console.log(`baseline ${values['write-baseline']} written from ${recordFile} (${record.target}, ${record.clauses.length} clauses: ${counts(record)})`);
      return 0;
    }
    const baselineFile = values.baseline!;
    const outcome = compareWithBaseline(readBaseline(baselineFile), record);
    console.log(`gate: ${recordFile} (${record.target}: ${counts(record)}) against ${baselineFile}`);
    printGroup('regressions', outcome.changes.filter((c) => c.kind === 'regression'));
    printGroup('unexpected passes (update the baseline on purpose if they are real)', outcome.changes.filter((c) => c.kind === 'unexpected-pass'));
    printGroup('other changes (not failing)', outcome.changes.filter((c) => c.kind === 'changed'));
    for (const blocker of outcome.blockers) console.log(`blocked: ${blocker}`);
    for (const note of outcome.notes) console.log(`note: ${note}`);
    if (outcome.changes.length === 0 && outcome.blockers.length === 0) console.log('no difference from the baseline');
    console.log(outcome.ok ? 'gate: PASS' : `gate: FAIL (to accept this run as the new baseline: npm run gate -- --write-baseline ${baselineFile} --record ${recordFile})`);
    return outcome.ok ? 0 : 1;
  } catch (error) {
    if (error instanceof GateInputError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
}

process.exitCode = main();
