import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Results of the meta-tests' child runs, computed once per `npm test` run. Playwright discards a
 * worker after a failing test and runs the file's beforeAll again in the next one; without this,
 * one failing fault verdict would repeat a fault matrix of many minutes. The first worker stores
 * the result as JSON under a folder named by the run (CC_SELF_RUN_ID, set by the runner in
 * playwright.self.config.ts and inherited by its workers); the folder is removed when the run ends.
 */
export const SELF_RUN_VARIABLE = 'CC_SELF_RUN_ID';

/** Gives this run an id (in the runner process: workers inherit it). */
export function ensureSelfRunId(env: NodeJS.ProcessEnv = process.env): string {
  env[SELF_RUN_VARIABLE] ??= randomUUID();
  return env[SELF_RUN_VARIABLE];
}

function runFolder(env: NodeJS.ProcessEnv): string | undefined {
  const id = env[SELF_RUN_VARIABLE];
  return id && /^[0-9a-f-]{36}$/.test(id) ? join(tmpdir(), `cc-self-run-${id}`) : undefined;
}

export async function oncePerRun<T>(name: string, compute: () => Promise<T>, env: NodeJS.ProcessEnv = process.env): Promise<T> {
  const folder = runFolder(env);
  if (!folder) return compute();
  const file = join(folder, `${name}.json`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as T;
  const result = await compute();
  mkdirSync(folder, { recursive: true });
  // Written whole, then renamed: a reader never sees half a file.
  writeFileSync(`${file}.partial`, JSON.stringify(result));
  renameSync(`${file}.partial`, file);
  return result;
}

/** Removes the run's stored results (the self config's global teardown). */
export function forgetRun(env: NodeJS.ProcessEnv = process.env): void {
  const folder = runFolder(env);
  if (folder) rmSync(folder, { recursive: true, force: true });
}
