import type { Clause, Family } from '../contracts';
import type { FailureEvidence, TestOutcome, Verdict } from './record-types';

/** What one test says about one clause. */
type Observation = 'pass' | 'fail' | 'inconclusive' | 'skipped';

/** A clause's verdict before waivers, with why and what shows it. */
export interface ClauseFinding {
  readonly verdict: Exclude<Verdict, 'waived'>;
  readonly reason?: string;
  readonly tests: readonly string[];
  readonly failures: readonly FailureEvidence[];
}

const PRECEDENCE: readonly Observation[] = ['fail', 'inconclusive', 'pass', 'skipped'];

export function testLabel(outcome: Pick<TestOutcome, 'project' | 'title'>): string {
  return `${outcome.project} › ${outcome.title}`;
}

/**
 * What one test says about a clause it checked: `fail` when the clause's own assertions failed;
 * `pass` when they held (even if another clause then failed the test); `inconclusive` when the
 * test ended in an error no clause was blamed for (target down, timeout), since the clause's
 * later checks never ran; `skipped` when the test was skipped.
 */
function observe(outcome: TestOutcome, clause: string): Observation | undefined {
  const checked = outcome.clausesChecked.includes(clause) || outcome.clausesFailed.includes(clause);
  if (outcome.clausesFailed.includes(clause)) return 'fail';
  if (outcome.status === 'skipped') return checked || outcome.clausesPlanned.includes(clause) ? 'skipped' : undefined;
  if (!checked) return outcome.status === 'passed' || outcome.clausesFailed.length > 0 || !outcome.clausesPlanned.includes(clause) ? undefined : 'inconclusive';
  if (outcome.status === 'passed' || outcome.clausesFailed.length > 0) return 'pass';
  return 'inconclusive';
}

function evidenceOf(outcome: TestOutcome): FailureEvidence {
  return {
    test: outcome.title,
    project: outcome.project,
    ...(outcome.error ? { error: outcome.error } : {}),
    ...(outcome.seed ? { seed: outcome.seed } : {}),
    ...(outcome.path !== undefined ? { path: outcome.path } : {}),
    exchanges: outcome.exchanges,
  };
}

function distinct(values: readonly string[], limit = 3): string {
  const unique = [...new Set(values)];
  return unique.slice(0, limit).join('; ') + (unique.length > limit ? `; and ${unique.length - limit} more` : '');
}

function firstLine(text: string | undefined): string {
  return (text ?? 'no error text').split('\n').find((l) => l.trim() !== '')?.trim() ?? '';
}

/**
 * Every clause's verdict from the tests' annotations. A clause no test observed is `skipped`
 * when every test of its family was skipped (with their reasons), and `unchecked` otherwise:
 * never a pass.
 */
export function clauseFindings(clauses: readonly Clause[], outcomes: readonly TestOutcome[]): Map<string, ClauseFinding> {
  const byClause = new Map<string, { outcome: TestOutcome; observation: Observation }[]>();
  const wanted = new Set(clauses.map((c) => c.id));
  for (const outcome of outcomes) {
    for (const clause of new Set([...outcome.clausesChecked, ...outcome.clausesFailed, ...outcome.clausesPlanned])) {
      if (!wanted.has(clause)) continue;
      const observation = observe(outcome, clause);
      if (!observation) continue;
      const list = byClause.get(clause) ?? [];
      list.push({ outcome, observation });
      byClause.set(clause, list);
    }
  }
  const byFamily = new Map<Family | undefined, TestOutcome[]>();
  for (const outcome of outcomes) byFamily.set(outcome.family, [...(byFamily.get(outcome.family) ?? []), outcome]);

  const findings = new Map<string, ClauseFinding>();
  for (const clause of clauses) {
    const seen = byClause.get(clause.id) ?? [];
    const tests = [...new Set(seen.filter((s) => s.observation !== 'skipped').map((s) => testLabel(s.outcome)))];
    const verdict = PRECEDENCE.find((p) => seen.some((s) => s.observation === p));
    const observedIn = (o: Observation) => seen.filter((s) => s.observation === o).map((s) => s.outcome);
    if (verdict === 'fail') findings.set(clause.id, { verdict, tests, failures: observedIn('fail').map(evidenceOf) });
    else if (verdict === 'inconclusive') {
      const broken = observedIn('inconclusive');
      findings.set(clause.id, { verdict, reason: `test(s) ended in an error blamed on no clause: ${distinct(broken.map((o) => firstLine(o.error)))}`, tests, failures: broken.map(evidenceOf) });
    } else if (verdict === 'pass') findings.set(clause.id, { verdict, tests, failures: [] });
    else if (verdict === 'skipped') findings.set(clause.id, { verdict, reason: distinct(observedIn('skipped').map((o) => o.skipReason ?? 'skipped')), tests, failures: [] });
    else findings.set(clause.id, unobserved(byFamily.get(clause.family) ?? []));
  }
  return findings;
}

function unobserved(familyTests: readonly TestOutcome[]): ClauseFinding {
  if (familyTests.length > 0 && familyTests.every((t) => t.status === 'skipped')) {
    return { verdict: 'skipped', reason: `every test of the family was skipped: ${distinct(familyTests.map((t) => t.skipReason ?? 'skipped'))}`, tests: [], failures: [] };
  }
  const broken = familyTests.filter((t) => t.status !== 'passed' && t.status !== 'skipped' && t.clausesFailed.length === 0);
  const reason =
    familyTests.length === 0
      ? 'no test of this family ran'
      : `no test in this run checked it${broken.length > 0 ? `; ${broken.length} test(s) of the family ended in errors before any verdict: ${distinct(broken.map((t) => firstLine(t.error)), 1)}` : ''}`;
  return { verdict: 'unchecked', reason, tests: [], failures: [] };
}
