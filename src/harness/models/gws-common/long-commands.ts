import * as fc from 'fast-check';
import { replayParameters } from '../model-property';

/**
 * fc.commands with longer sequences than the default size: most commands of the GWS models apply
 * only in some states, so a flow needs a few steps before it reaches the interesting ones. The
 * replay path comes from the environment, as in modelCommands.
 */
export function longCommands<Model extends object, Real>(arbitraries: fc.Arbitrary<fc.AsyncCommand<Model, Real, boolean>>[], maxCommands: number): fc.Arbitrary<Iterable<fc.AsyncCommand<Model, Real, boolean>>> {
  const { replayPath } = replayParameters();
  return fc.commands(arbitraries, { maxCommands, size: 'medium', ...(replayPath ? { replayPath } : {}) });
}
