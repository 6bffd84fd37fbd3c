import { checkClause } from '../checks/clause-check';
import { ClauseLedger } from './clause-ledger';
import { ClauseViolation } from './clause-violation';

/**
 * Runs a written-out scenario whose steps check clauses through a ClauseLedger (the same checks
 * the model commands use), then annotates the test: every clause checked, and the one that failed.
 */
export async function runClauseScenario(steps: (ledger: ClauseLedger) => Promise<void>): Promise<void> {
  const ledger = new ClauseLedger();
  let violation: ClauseViolation | undefined;
  try {
    await steps(ledger);
  } catch (error) {
    if (!(error instanceof ClauseViolation)) throw error;
    violation = error;
  }
  for (const clause of ledger.checked) if (clause !== violation?.clause) await checkClause(clause, () => undefined);
  if (violation) {
    const failed = violation;
    await checkClause(failed.clause, () => {
      throw failed;
    });
  }
}
