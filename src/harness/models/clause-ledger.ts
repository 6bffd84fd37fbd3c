import { ClauseViolation } from './clause-violation';

/**
 * The clauses a model-based run has checked. `check` runs assertions under a clause: a failure
 * becomes a ClauseViolation naming it, and a passing check is remembered so that the test can
 * be annotated with every clause it exercised once the property holds.
 */
export class ClauseLedger {
  readonly checked = new Set<string>();

  async check(clause: string, assertions: () => void | Promise<void>): Promise<void> {
    this.checked.add(clause);
    try {
      await assertions();
    } catch (error) {
      if (error instanceof ClauseViolation) throw error;
      throw new ClauseViolation(clause, error instanceof Error ? error.message : String(error));
    }
  }
}
