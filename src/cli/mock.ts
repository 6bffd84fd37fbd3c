/**
 * `npm run mock -- <family> [--port N]`: serves a family's OpenAPI contract with Prism on
 * 127.0.0.1, so that a client can be developed against the contract alone.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { FAMILIES, isFamily } from '../harness/contracts';
import { startPrism } from '../harness/prism/prism-process';
import { repoRoot } from '../harness/repo-root';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { port: { type: 'string', default: '4010' } } });
  const family = positionals[0];
  if (!family || !isFamily(family)) {
    console.error(`usage: npm run mock -- <family> [--port N]; family is one of ${FAMILIES.join(', ')}`);
    return 2;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    console.error(`--port must be a TCP port number, got "${values.port}"`);
    return 2;
  }
  const prism = await startPrism({ document: join(repoRoot(), 'contracts', family, 'openapi.yaml'), port, onLog: (line) => process.stdout.write(line) });
  console.log(`mock of ${family} listening on ${prism.url} (Ctrl-C stops it)`);
  const stop = () => void prism.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return 0;
}

main().then(
  (code) => {
    if (code !== 0) process.exitCode = code;
  },
  (error: unknown) => {
    console.error((error as Error).message);
    process.exitCode = 1;
  },
);
