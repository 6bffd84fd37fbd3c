import { FAMILY_INFO, type ContractRegistry, type Family } from '../contracts';
import type { CheckCatalogue } from '../checks/check-catalogue';
import { applyWaivers } from './apply-waivers';
import { checkResults, clausesOfCheck } from './check-results';
import { clauseFindings } from './clause-verdicts';
import { coverage } from './coverage';
import type { Waiver } from './load-waivers';
import { RECORD_SCHEMA_VERSION, type ClauseResult, type ConformanceRecord, type TestOutcome, type TestRecord } from './record-types';
import { summarize } from './summarize';

export interface RecordInput {
  /** Contracts of (at least) the run's families. */
  readonly contracts: ContractRegistry;
  readonly catalogue: CheckCatalogue;
  /** Families whose projects were part of the run. */
  readonly families: readonly Family[];
  readonly outcomes: readonly TestOutcome[];
  readonly waivers: readonly Waiver[];
  /** Profile name when no test's evidence names one. */
  readonly fallbackTarget: string;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly problems: readonly string[];
}

function testRecord(outcome: TestOutcome): TestRecord {
  return {
    title: outcome.title,
    project: outcome.project,
    file: outcome.file,
    status: outcome.status,
    durationMs: outcome.durationMs,
    clausesChecked: outcome.clausesChecked,
    clausesFailed: outcome.clausesFailed,
    ...(outcome.skipReason ? { skipReason: outcome.skipReason } : {}),
    ...(outcome.notApplicable.length > 0 ? { notApplicable: outcome.notApplicable } : {}),
    ...(outcome.error ? { error: outcome.error } : {}),
  };
}

/**
 * The record of a run: every clause of the run's families with its verdict (from the tests'
 * clause annotations, then waivers), level, source and evidence; per-check verdicts; coverage;
 * the tests; how each waiver was used; and the counts. Pure: the reporter and the tests call it.
 */
export function buildRecord(input: RecordInput): ConformanceRecord {
  const families = [...input.families].sort((a, b) => Object.keys(FAMILY_INFO).indexOf(a) - Object.keys(FAMILY_INFO).indexOf(b));
  const clauses = families.flatMap((family) => input.contracts.clauses(family));
  const findings = clauseFindings(clauses, input.outcomes);
  const targets = [...new Set(input.outcomes.map((o) => o.target).filter((t): t is string => !!t))].sort();
  const target = targets.length > 0 ? targets.join(', ') : input.fallbackTarget;
  const loadedPrefixes = families.map((f) => `${FAMILY_INFO[f].prefix}.`);
  const waived = applyWaivers({
    findings,
    waivers: input.waivers,
    targets: targets.length > 0 ? targets : [input.fallbackTarget],
    families,
    catalogue: input.catalogue,
    knownClause: (id) => input.contracts.hasClause(id) || !loadedPrefixes.some((p) => id.startsWith(p)),
  });
  const unknownAnnotated = [...new Set(input.outcomes.flatMap((o) => [...o.clausesChecked, ...o.clausesFailed]))].filter((id) => !input.contracts.hasClause(id));
  const results: ClauseResult[] = clauses.map((clause) => {
    const finding = findings.get(clause.id)!;
    const { verdict, reason, waiver } = waived.verdicts.get(clause.id)!;
    return {
      id: clause.id,
      family: clause.family,
      level: clause.level,
      kind: clause.kind,
      statement: clause.statement,
      source: clause.source,
      verdict,
      ...(reason ? { reason } : {}),
      checks: input.catalogue.all().filter((check) => clausesOfCheck(input.catalogue, check.id, clause.family).includes(clause.id)).map((check) => check.id),
      ...(waiver ? { waiver } : {}),
      evidence: { tests: finding.tests, failures: finding.failures },
    };
  });
  const tests = input.outcomes.map(testRecord);
  return {
    schemaVersion: RECORD_SCHEMA_VERSION,
    target,
    startedAt: input.startedAt,
    finishedAt: input.finishedAt,
    families,
    summary: summarize(results, tests, waived.uses),
    clauses: results,
    checks: checkResults(input.catalogue, families, (id) => waived.verdicts.get(id)?.verdict),
    coverage: coverage(input.contracts, families, input.outcomes),
    tests,
    waivers: waived.uses,
    problems: [...input.problems, ...waived.problems, ...unknownAnnotated.map((id) => `a test checked clause "${id}", which no loaded contract defines`)],
  };
}
