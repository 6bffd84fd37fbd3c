import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { forgetRun, oncePerRun, SELF_RUN_VARIABLE } from '../support/once-per-run';

/** The meta-tests' child runs are computed once per run, even when Playwright restarts a worker. */
test('a result is computed once per run id, read back after, and forgotten when the run ends', async () => {
  const env = { [SELF_RUN_VARIABLE]: randomUUID() };
  let computed = 0;
  const compute = () => Promise.resolve({ run: ++computed, items: ['a', 'b'] });
  expect(await oncePerRun('matrix', compute, env)).toEqual({ run: 1, items: ['a', 'b'] });
  expect(await oncePerRun('matrix', compute, env)).toEqual({ run: 1, items: ['a', 'b'] });
  expect(await oncePerRun('other', compute, env)).toEqual({ run: 2, items: ['a', 'b'] });
  forgetRun(env);
  expect(await oncePerRun('matrix', compute, env)).toEqual({ run: 3, items: ['a', 'b'] });
  forgetRun(env);
});

test('without a valid run id nothing is stored', async () => {
  let computed = 0;
  const compute = () => Promise.resolve(++computed);
  await oncePerRun('matrix', compute, {});
  await oncePerRun('matrix', compute, { [SELF_RUN_VARIABLE]: '../../etc' });
  expect(computed).toBe(2);
});
