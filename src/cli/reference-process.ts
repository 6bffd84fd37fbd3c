import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { Family } from '../harness/contracts';
import { repoRoot } from '../harness/repo-root';

/** The reference target in a process of its own, as a remote target would be. */
export interface ReferenceProcess {
  readonly urls: Readonly<Partial<Record<Family, string>>>;
  stop(): Promise<void>;
}

/**
 * Starts `src/cli/reference.ts` in a child process on 127.0.0.1 (ports from `portBase`) and
 * resolves when it says it is ready, with the URL of each family it listens for. Used where the
 * target must not share the harness's event loop (the benchmark: in one process, the target's
 * work and the harness's would take turns on one thread, and the comparison would be unfair).
 */
export function startReferenceProcess(options: { families: readonly Family[]; secret: string; portBase: number; timeoutMs?: number }): Promise<ReferenceProcess> {
  const root = repoRoot();
  const child = spawn(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'src', 'cli', 'reference.ts'), '--port-base', String(options.portBase), '--families', options.families.join(',')], {
    cwd: root,
    env: { ...process.env, CC_REFERENCE_SECRET: options.secret, CC_REFERENCE_FAULTS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    const urls: Partial<Record<Family, string>> = {};
    let output = '';
    const timer = setTimeout(() => fail(new Error(`the reference target did not say it was ready within ${options.timeoutMs ?? 30_000} ms:\n${output.slice(-2000)}`)), options.timeoutMs ?? 30_000);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill();
      reject(error);
    };
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      for (const match of output.matchAll(/reference (\S+) listening on (http:\/\/\S+)/g)) urls[match[1] as Family] = match[2]!;
      if (/reference target ready/.test(output)) {
        clearTimeout(timer);
        resolve({ urls, stop: () => stopChild(child) });
      }
    });
    child.once('exit', (code) => fail(new Error(`the reference target exited (code ${String(code)}) before it was ready:\n${output.slice(-2000)}`)));
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
