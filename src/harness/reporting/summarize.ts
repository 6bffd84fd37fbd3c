import type { ClauseLevel } from '../contracts';
import { LEVELS, TEST_STATUSES, VERDICTS, type ClauseResult, type LevelSummary, type RecordSummary, type TestRecord, type TestStatus, type Verdict, type VerdictCounts, type WaiverUse } from './record-types';

function countVerdicts(clauses: readonly ClauseResult[]): VerdictCounts {
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  for (const clause of clauses) counts[clause.verdict] += 1;
  return counts;
}

function levelSummary(clauses: readonly ClauseResult[]): LevelSummary {
  const verdicts = countVerdicts(clauses);
  return { total: clauses.length, verdicts, score: { passed: verdicts.pass, checked: verdicts.pass + verdicts.fail + verdicts.waived } };
}

/** Counts per verdict, per level (with the MUST/SHOULD/MAY scores) and per test status. */
export function summarize(clauses: readonly ClauseResult[], tests: readonly TestRecord[], waivers: readonly WaiverUse[]): RecordSummary {
  const testCounts = Object.fromEntries(TEST_STATUSES.map((s) => [s, 0])) as Record<TestStatus, number>;
  for (const test of tests) testCounts[test.status] += 1;
  return {
    clauses: clauses.length,
    verdicts: countVerdicts(clauses),
    levels: Object.fromEntries(LEVELS.map((level) => [level, levelSummary(clauses.filter((c) => c.level === level))])) as Record<ClauseLevel, LevelSummary>,
    tests: testCounts,
    waiversNoLongerNeeded: waivers.filter((w) => w.status === 'no-longer-needed').length,
  };
}

/** A score as text: `12/14 (86%)`, or `-` when nothing was checked. */
export function scoreText(score: LevelSummary['score']): string {
  return score.checked === 0 ? '-' : `${score.passed}/${score.checked} (${Math.floor((100 * score.passed) / score.checked)}%)`;
}
