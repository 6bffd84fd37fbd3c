import fc from 'fast-check';
import type { RequestArbitraries } from '../arbitraries/request-arbitrary';
import type { Exchange } from '../http/exchange';
import { CaseSetupError, runCase, type CaseEnvironment, type CheckFailure, type PropertyCase } from './case-runner';
import type { OperationPlan } from './operation-plan';

export interface PropertyRunOptions {
  readonly runs: number;
  readonly seed: number;
  /** Replay one counterexample (fast-check path). */
  readonly path?: string;
  /** Most evaluations spent shrinking a failure (each one is a request). */
  readonly maxShrinkEvaluations?: number;
}

/** The smallest failing case found, and everything needed to understand and replay it. */
export interface PropertyFailure extends CheckFailure {
  readonly case: PropertyCase;
  /** Every exchange of the failing case (setup, main request, follow-up reads). */
  readonly exchanges: readonly Exchange[];
  readonly seed: number;
  readonly path: string;
  readonly numShrinks: number;
}

export interface PropertyReport {
  readonly seed: number;
  /** Cases run before the property ended (shrinking not counted). */
  readonly numRuns: number;
  /** Every request sent, shrinking included. */
  readonly requests: number;
  readonly failure?: PropertyFailure;
  /** Check id → clause, for every check that gave a verdict on some case. */
  readonly verdicts: ReadonlyMap<string, string>;
  /** An error of the harness or the target's set-up (not a conformance verdict) that stopped the run. */
  readonly setupError?: Error;
}

const STATE_CHANGING: ReadonlySet<string> = new Set(['post', 'put', 'patch', 'delete']);

/**
 * The cases of an operation: valid requests from a permitted role (most), from nobody, with wrong
 * credentials and from roles the operation does not permit; invalid requests from a permitted
 * role. Undefined with the reason when nothing can be generated.
 */
export function caseArbitrary(plan: OperationPlan, arbitraries: RequestArbitraries): fc.Arbitrary<PropertyCase> | string {
  const kinds: fc.WeightedArbitrary<PropertyCase>[] = [];
  const { permitted, forbidden, rules } = plan;
  const anyRole = permitted[0] ?? forbidden[0];
  if (!('unavailable' in arbitraries.valid) && !rules.skip.has('valid')) {
    const valid = arbitraries.valid;
    // Requests without valid credentials that change state name no existing resource: a target
    // that wrongly serves one changes nothing (authentication comes before any lookup, so the
    // verdict is the same). Reads keep existing resources, so that a leak shows.
    const unauthenticated = STATE_CHANGING.has(plan.operation.method) && !('unavailable' in arbitraries.unaddressed) ? arbitraries.unaddressed : valid;
    const callers: fc.WeightedArbitrary<PropertyCase>[] = [];
    const from = (request: fc.Arbitrary<PropertyCase['request']>, caller: fc.Arbitrary<PropertyCase['caller']>) => fc.record({ request, caller });
    if (permitted.length > 0) callers.push({ weight: 6, arbitrary: from(valid, fc.constantFrom(...permitted).map((role) => ({ kind: 'permitted' as const, role }))) });
    callers.push({ weight: 1, arbitrary: from(unauthenticated, fc.constant({ kind: 'anonymous' as const })) });
    if (anyRole) callers.push({ weight: 1, arbitrary: from(unauthenticated, fc.constant({ kind: 'spoiled' as const, role: anyRole })) });
    if (forbidden.length > 0) callers.push({ weight: 1, arbitrary: from(valid, fc.constantFrom(...forbidden).map((role) => ({ kind: 'forbidden' as const, role }))) });
    kinds.push({ weight: 1, arbitrary: fc.oneof(...callers) });
  }
  if (!('unavailable' in arbitraries.invalid) && !rules.skip.has('invalid') && permitted.length > 0) {
    kinds.push({ weight: 1, arbitrary: fc.record({ request: arbitraries.invalid, caller: fc.constantFrom(...permitted).map((role) => ({ kind: 'permitted' as const, role })) }) });
  }
  if (kinds.length === 0) {
    const reasons = [('unavailable' in arbitraries.valid ? arbitraries.valid.unavailable : ''), ('unavailable' in arbitraries.invalid ? arbitraries.invalid.unavailable : ''), ...rules.reasons].filter(Boolean);
    return reasons.join('; ') || `${plan.operation.operationId}: nothing to generate`;
  }
  return kinds.length === 1 ? kinds[0]!.arbitrary : fc.oneof(...kinds);
}

/**
 * Runs the property "every check holds for every case" for one operation. The first failing
 * check is pinned: while shrinking, a smaller case counts as failing only if that same check
 * fails (under the same clause), so the reported case is the smallest one breaking it. Errors
 * of set-up or infrastructure stop the run and are reported apart from conformance failures.
 */
export async function runProperty(env: CaseEnvironment, plan: OperationPlan, cases: fc.Arbitrary<PropertyCase>, options: PropertyRunOptions): Promise<PropertyReport> {
  let pinned: string | undefined;
  let last: { case: PropertyCase; failure: CheckFailure; exchanges: readonly Exchange[] } | undefined;
  let setupError: Error | undefined;
  let requests = 0;
  let shrinkEvaluations = 0;
  const verdicts = new Map<string, string>();
  const maxShrink = options.maxShrinkEvaluations ?? 200;
  // The state the cases start from (rule setUp), e.g. the Agent logged in with every channel ready.
  for (const { state, params } of plan.rules.setUp) {
    const result = await env.providerState(state, params);
    if (!result.ok) return { seed: options.seed, numRuns: 0, requests: 0, verdicts, setupError: new CaseSetupError(`provider state "${state}" before ${plan.operation.operationId}: ${result.reason}`) };
  }

  const property = fc.asyncProperty(cases, async (propertyCase) => {
    if (setupError) return true;
    if (pinned !== undefined && ++shrinkEvaluations > maxShrink) return true;
    let outcome;
    try {
      outcome = await runCase(env, plan, propertyCase);
    } catch (error) {
      setupError = error as Error;
      return true;
    }
    requests += outcome.exchanges.length;
    for (const [check, clause] of outcome.verdicts) verdicts.set(check, clause);
    const failure = pinned === undefined ? outcome.failures[0] : outcome.failures.find((f) => key(f) === pinned);
    if (!failure) return true;
    pinned ??= key(failure);
    last = { case: propertyCase, failure, exchanges: outcome.exchanges };
    return false;
  });
  const details = await fc.check(property, { seed: options.seed, numRuns: options.runs, ...(options.path ? { path: options.path } : {}) });
  const failure: PropertyFailure | undefined =
    details.failed && last ? { ...last.failure, case: last.case, exchanges: last.exchanges, seed: details.seed, path: details.counterexamplePath ?? '', numShrinks: details.numShrinks } : undefined;
  return { seed: details.seed, numRuns: details.numRuns, requests, verdicts, ...(failure ? { failure } : {}), ...(setupError ? { setupError } : {}) };
}

function key(failure: CheckFailure): string {
  return `${failure.checkId} ${failure.clause}`;
}
