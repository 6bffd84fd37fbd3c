import { test } from '@playwright/test';

/** Annotation types the conformance report and the meta-tests read. */
export const CLAUSE_CHECKED = 'clause';
export const CLAUSE_FAILED = 'clause-failed';

/**
 * Runs the assertions that prove one clause, as a named step. The test is annotated with the
 * clause it checked and, when the assertions fail, with the clause that failed: that is how a
 * failure is traced to a clause, and how the meta-tests know which clause a fault broke.
 */
export async function checkClause(clauseId: string, assertions: () => void | Promise<void>): Promise<void> {
  const info = test.info();
  if (!info.annotations.some((a) => a.type === CLAUSE_CHECKED && a.description === clauseId)) {
    info.annotations.push({ type: CLAUSE_CHECKED, description: clauseId });
  }
  try {
    await test.step(clauseId, assertions, { box: true });
  } catch (error) {
    info.annotations.push({ type: CLAUSE_FAILED, description: clauseId });
    throw error;
  }
}
