import { forgetRun } from './once-per-run';

/** Global teardown of `npm test`: the meta-tests' stored child-run results go with the run. */
export default function selfTeardown(): void {
  forgetRun();
}
