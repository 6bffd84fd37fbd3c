/**
 * A problem found while loading contracts: always names the file and the JSON pointer in it,
 * so that a malformed contract is fixed where it is, not hunted for.
 */
export interface ContractProblem {
  /** Path relative to the repository root, e.g. `contracts/dixa/openapi.yaml`. */
  readonly file: string;
  /** JSON pointer inside the file ('' for the whole file). */
  readonly pointer: string;
  readonly message: string;
}

export function formatProblem(problem: ContractProblem): string {
  const where = problem.pointer === '' ? problem.file : `${problem.file}#${problem.pointer}`;
  return `${where}: ${problem.message}`;
}

/** Thrown when one or more contract files are invalid; carries every problem found, not only the first. */
export class ContractLoadError extends Error {
  readonly code = 'CC_CONTRACT_INVALID';

  constructor(readonly problems: readonly ContractProblem[]) {
    const shown = problems.slice(0, 50).map((p) => `  - ${formatProblem(p)}`);
    const more = problems.length > 50 ? [`  … and ${problems.length - 50} more`] : [];
    super([`${problems.length} contract problem(s):`, ...shown, ...more].join('\n'));
    this.name = 'ContractLoadError';
  }
}
