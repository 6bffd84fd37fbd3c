import * as fc from 'fast-check';
import { checkClause } from '../checks/clause-check';
import type { ClauseLedger } from './clause-ledger';
import { ClauseViolation } from './clause-violation';

/** How a model-based property is run; every field but the first three has a default. */
export interface ModelPropertyConstraints<Model extends object, Real, Given = undefined> {
  /** Shown in the report: what the property states. */
  readonly name: string;
  /** The command sequences to try (fc.commands over the commands of one state machine). */
  readonly commands: fc.Arbitrary<Iterable<fc.AsyncCommand<Model, Real, boolean>>>;
  /** Generated inputs of one run besides the commands, e.g. the size of the data set; none by default. */
  readonly given?: fc.Arbitrary<Given>;
  /** A fresh model and its real counterpart for one run (prepared through provider states). */
  readonly setup: (given: Given) => Promise<{ model: Model; real: Real }>;
  /** The ledger the commands check their clauses through. */
  readonly ledger: ClauseLedger;
  /** Runs to try; default 12 (each run is a few requests to the target). */
  readonly numRuns?: number;
  /** Run afterwards whatever the outcome, e.g. to restore shared settings. */
  readonly teardown?: (real: Real) => Promise<void>;
}

/** Replay parameters from the environment: CC_FC_SEED, CC_FC_PATH, CC_FC_REPLAY_PATH (see the failure report). */
export function replayParameters(): { seed?: number; path?: string; replayPath?: string } {
  const seed = process.env.CC_FC_SEED;
  return {
    ...(seed !== undefined && seed !== '' ? { seed: Number(seed) } : {}),
    ...(process.env.CC_FC_PATH ? { path: process.env.CC_FC_PATH } : {}),
    ...(process.env.CC_FC_REPLAY_PATH ? { replayPath: process.env.CC_FC_REPLAY_PATH } : {}),
  };
}

/** fc.commands with the replay path from the environment, so a reported failure can be replayed exactly. */
export function modelCommands<Model extends object, Real>(
  arbitraries: fc.Arbitrary<fc.AsyncCommand<Model, Real, boolean>>[],
  maxCommands: number,
): fc.Arbitrary<Iterable<fc.AsyncCommand<Model, Real, boolean>>> {
  const { replayPath } = replayParameters();
  return fc.commands(arbitraries, { maxCommands, ...(replayPath ? { replayPath } : {}) });
}

/**
 * Runs a model-based property (fc.asyncModelRun over fc.commands) against the target. When it
 * holds, the test is annotated with every clause the commands checked; when it fails, the
 * shrunk counterexample is reported under the clause it broke, with the command sequence, the
 * seed and the path that replay it.
 */
export async function checkModelProperty<Model extends object, Real, Given = undefined>(constraints: ModelPropertyConstraints<Model, Real, Given>): Promise<void> {
  const { seed, path } = replayParameters();
  const given = constraints.given ?? (fc.constant(undefined) as unknown as fc.Arbitrary<Given>);
  const property = fc.asyncProperty(given, constraints.commands, async (value, commands) => {
    const { model, real } = await constraints.setup(value);
    try {
      await fc.asyncModelRun(() => ({ model, real }), commands);
    } finally {
      await constraints.teardown?.(real);
    }
  });
  const details = await fc.check(property, { numRuns: constraints.numRuns ?? 12, ...(seed !== undefined ? { seed } : {}), ...(path !== undefined ? { path } : {}) });
  const violated = details.failed && details.errorInstance instanceof ClauseViolation ? details.errorInstance.clause : undefined;
  for (const clause of constraints.ledger.checked) if (clause !== violated) await checkClause(clause, () => undefined);
  if (!details.failed) return;
  const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  const report = [
    constraints.name,
    fc.defaultReportMessage(details) ?? '',
    `Failure of the counterexample: ${cause}`,
    `Replay: CC_FC_SEED=${details.seed} CC_FC_PATH=${details.counterexamplePath ?? ''} (and CC_FC_REPLAY_PATH from the replayPath comment, if any) with the same --grep`,
  ].join('\n');
  if (violated) {
    await checkClause(violated, () => {
      throw new Error(report);
    });
  }
  throw new Error(report);
}
