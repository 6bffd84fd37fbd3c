import type { Family } from '../contracts';
import type { CheckCatalogue } from '../checks/check-catalogue';
import { clausesOfCheck } from './check-results';
import type { ClauseFinding } from './clause-verdicts';
import type { Waiver } from './load-waivers';
import type { Verdict, WaiverRef, WaiverStatus, WaiverUse } from './record-types';

export interface WaivedFindings {
  /** Clause id → verdict after waivers, and the waiver that applies to it. */
  readonly verdicts: ReadonlyMap<string, { verdict: Verdict; reason?: string; waiver?: WaiverRef }>;
  readonly uses: readonly WaiverUse[];
  readonly problems: readonly string[];
}

function refOf(waiver: Waiver): WaiverRef {
  return { file: waiver.file, index: waiver.index, reason: waiver.reason, link: waiver.link, expires: waiver.expires };
}

/** The clauses a waiver covers among the run's families: its clause, or what its check proves there. */
function coveredClauses(waiver: Waiver, families: readonly Family[], catalogue: CheckCatalogue): string[] {
  if (waiver.clause) return [waiver.clause];
  return families.filter((family) => !waiver.family || waiver.family === family).flatMap((family) => clausesOfCheck(catalogue, waiver.check!, family));
}

/**
 * Turns failures into `waived` where a waiver for this target covers them, and says for each
 * waiver whether it was used, is no longer needed (everything it covers passes: remove it),
 * was not exercised, or is for another target.
 */
export function applyWaivers(options: {
  findings: ReadonlyMap<string, ClauseFinding>;
  waivers: readonly Waiver[];
  targets: readonly string[];
  families: readonly Family[];
  catalogue: CheckCatalogue;
  /** True when a clause id is defined by the loaded contracts or belongs to a family not loaded. */
  knownClause: (id: string) => boolean;
}): WaivedFindings {
  const verdicts = new Map<string, { verdict: Verdict; reason?: string; waiver?: WaiverRef }>();
  for (const [id, finding] of options.findings) verdicts.set(id, { verdict: finding.verdict, ...(finding.reason ? { reason: finding.reason } : {}) });
  const problems: string[] = [];
  const uses: WaiverUse[] = [];
  for (const waiver of options.waivers) {
    const at = `${waiver.file}: waivers[${waiver.index}]`;
    if (waiver.clause && !options.knownClause(waiver.clause)) problems.push(`${at}.clause: no contract defines clause "${waiver.clause}"`);
    let clauses: string[] = [];
    try {
      clauses = coveredClauses(waiver, options.families, options.catalogue).filter((c) => verdicts.has(c));
    } catch (error) {
      problems.push(`${at}.check: ${(error as Error).message}`);
    }
    let status: WaiverStatus;
    if (!options.targets.includes(waiver.target)) status = 'other-target';
    else {
      const failing = clauses.filter((c) => verdicts.get(c)?.verdict === 'fail');
      for (const clause of failing) verdicts.set(clause, { verdict: 'waived', reason: `waived until ${waiver.expires}: ${waiver.reason} (${waiver.link})`, waiver: refOf(waiver) });
      if (failing.length > 0) status = 'applied';
      else if (clauses.length > 0 && clauses.every((c) => verdicts.get(c)?.verdict === 'pass')) {
        status = 'no-longer-needed';
        for (const clause of clauses) {
          const current = verdicts.get(clause)!;
          if (!current.waiver) verdicts.set(clause, { ...current, waiver: refOf(waiver) });
        }
      } else status = 'not-exercised';
    }
    uses.push({ ...refOf(waiver), ...(waiver.clause ? { clause: waiver.clause } : {}), ...(waiver.check ? { check: waiver.check } : {}), target: waiver.target, status, clauses });
  }
  return { verdicts, uses, problems };
}
