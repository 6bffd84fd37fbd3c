import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';

export interface PrismOptions {
  /** OpenAPI document to serve. */
  readonly document: string;
  readonly port: number;
  /** Always loopback unless a caller says otherwise. */
  readonly host?: string;
  /** `mock` serves responses from the contract; `proxy` validates traffic to `upstream`. */
  readonly mode?: 'mock' | 'proxy';
  readonly upstream?: string;
  /** How long Prism may take to start, in ms. */
  readonly startTimeoutMs?: number;
  /** Where Prism's own log lines go; dropped by default. */
  readonly onLog?: (line: string) => void;
}

export interface RunningPrism {
  readonly url: string;
  stop(): Promise<void>;
}

/** The Prism CLI shipped in @stoplight/prism-cli (run with this Node, no global install). */
export function prismCliPath(): string {
  const manifest = require.resolve('@stoplight/prism-cli/package.json');
  return join(dirname(manifest), 'dist', 'index.js');
}

/** Starts Prism and resolves once it says it is listening; rejects with its output if it does not. */
export function startPrism(options: PrismOptions): Promise<RunningPrism> {
  const host = options.host ?? '127.0.0.1';
  const args = [prismCliPath(), options.mode ?? 'mock', options.document, ...(options.mode === 'proxy' && options.upstream ? [options.upstream] : []), '-h', host, '-p', String(options.port)];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = `http://${host}:${options.port}`;
  const output: string[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Prism did not start on ${url} within ${options.startTimeoutMs ?? 30_000} ms:\n${output.slice(-20).join('')}`));
    }, options.startTimeoutMs ?? 30_000);
    const onData = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      output.push(text);
      options.onLog?.(text);
      if (text.includes('Prism is listening')) {
        clearTimeout(timer);
        resolve({ url, stop: () => stopChild(child) });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Prism exited with code ${String(code)} before listening:\n${output.slice(-20).join('')}`));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
