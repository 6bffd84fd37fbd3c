import type { Family } from '../contracts';
import type { CheckCatalogue } from '../checks/check-catalogue';
import type { CheckResult, Verdict } from './record-types';

/** Worst first: a check fails if any clause it proves fails. */
const PRECEDENCE: readonly Verdict[] = ['fail', 'inconclusive', 'waived', 'pass', 'skipped', 'unchecked'];

/** The clauses a catalogue check proves in a family (one, or one per operation). */
export function clausesOfCheck(catalogue: CheckCatalogue, checkId: string, family: Family): string[] {
  const entry = catalogue.get(checkId).clauses[family];
  return entry === undefined ? [] : [...new Set(typeof entry === 'string' ? [entry] : Object.values(entry))];
}

/** Each catalogue check in each family of the run, with the worst verdict of the clauses it proves there. */
export function checkResults(catalogue: CheckCatalogue, families: readonly Family[], verdictOf: (clause: string) => Verdict | undefined): CheckResult[] {
  return catalogue.all().flatMap((check) =>
    families
      .map((family) => ({ family, clauses: clausesOfCheck(catalogue, check.id, family) }))
      .filter(({ clauses }) => clauses.length > 0)
      .map(({ family, clauses }) => {
        const verdicts = clauses.map((c) => verdictOf(c) ?? 'unchecked');
        return { id: check.id, family, severity: check.severity, clauses, verdict: PRECEDENCE.find((p) => verdicts.includes(p)) ?? 'unchecked' };
      }),
  );
}
