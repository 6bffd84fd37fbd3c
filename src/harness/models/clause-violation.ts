/**
 * A failed assertion traced to the clause it proves. Model-based runs throw it instead of
 * annotating the test at once: fast-check replays and shrinks failing sequences many times, and
 * only the final counterexample's clause is reported (see model-property.ts).
 */
export class ClauseViolation extends Error {
  constructor(
    readonly clause: string,
    message: string,
  ) {
    super(`${clause}: ${message}`);
    this.name = 'ClauseViolation';
  }
}
