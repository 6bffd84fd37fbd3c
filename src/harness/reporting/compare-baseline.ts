import type { ClauseLevel } from '../contracts';
import type { Baseline } from './baseline';
import type { ConformanceRecord, Verdict } from './record-types';

export type ChangeKind = 'regression' | 'unexpected-pass' | 'changed';

export interface BaselineChange {
  readonly clause: string;
  readonly level?: ClauseLevel;
  readonly before: Verdict | 'absent';
  readonly after: Verdict | 'absent';
  readonly kind: ChangeKind;
  /** For a regression or a new failure: the first line of the error. */
  readonly detail?: string;
}

export interface GateOutcome {
  readonly ok: boolean;
  readonly changes: readonly BaselineChange[];
  /** Reasons the gate fails that are not clause changes (wrong target, problems in the run). */
  readonly blockers: readonly string[];
  /** Worth reading, never failing: waivers to remove. */
  readonly notes: readonly string[];
}

const FAILING: readonly (Verdict | 'absent')[] = ['fail', 'waived'];

/**
 * How a clause moved since the baseline. A regression: it passed and now does not (fails, or is
 * no longer checked: unknown is not pass), or it is newly failing. An unexpected pass: it failed
 * (or was waived) and now passes, so the baseline must be updated on purpose. Anything else that
 * moved (a pass now waived, a failure no longer checked) is a change, shown but not failing.
 */
function classify(before: Verdict | 'absent', after: Verdict | 'absent'): ChangeKind | undefined {
  if (before === after) return undefined;
  if (before === 'pass') return after === 'waived' ? 'changed' : 'regression';
  if (FAILING.includes(before)) return after === 'pass' ? 'unexpected-pass' : 'changed';
  return after === 'fail' ? 'regression' : 'changed';
}

function firstLine(text: string | undefined): string | undefined {
  return text?.split('\n').find((l) => l.trim() !== '')?.trim();
}

export function compareWithBaseline(baseline: Baseline, record: ConformanceRecord): GateOutcome {
  const current = new Map(record.clauses.map((c) => [c.id, c]));
  const ids = [...new Set([...Object.keys(baseline.clauses), ...current.keys()])].sort();
  const changes: BaselineChange[] = [];
  for (const id of ids) {
    const clause = current.get(id);
    const before = baseline.clauses[id] ?? 'absent';
    const after = clause?.verdict ?? 'absent';
    const kind = classify(before, after);
    if (!kind) continue;
    const detail = kind === 'regression' ? firstLine(clause?.evidence.failures[0]?.error ?? clause?.reason) : undefined;
    changes.push({ clause: id, ...(clause ? { level: clause.level } : {}), before, after, kind, ...(detail ? { detail } : {}) });
  }
  const blockers = [
    ...(baseline.target !== record.target ? [`the baseline is for target "${baseline.target}", the record is of "${record.target}"`] : []),
    ...record.problems.map((p) => `problem in the run: ${p}`),
  ];
  const notes = record.waivers.filter((w) => w.status === 'no-longer-needed').map((w) => `waiver no longer needed (everything it covers passes; remove it): ${w.file} waivers[${w.index}] ${w.clause ?? w.check ?? ''}`);
  const ok = blockers.length === 0 && !changes.some((c) => c.kind !== 'changed');
  return { ok, changes, blockers, notes };
}
