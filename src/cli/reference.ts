/**
 * `npm run reference [-- --port-base 4410 --families a,b --faults f1,f2]`: starts the stateful
 * reference target on 127.0.0.1, one port per family. Credentials derive from
 * CC_REFERENCE_SECRET; when it is unset a random one is made and the credential variables are
 * written to .reference.env (mode 600) instead of the log, so that no secret is printed.
 */
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { isFamily, type Family } from '../harness/contracts';
import { repoRoot } from '../harness/repo-root';
import { faultIdsFromEnvironment } from '../reference/faults/fault-catalogue';
import { referenceCredentialEnvironment } from '../reference/reference-credentials';
import { DEFAULT_REFERENCE_PORT_BASE, referencePorts } from '../reference/reference-ports';
import { startReferenceTarget } from '../reference/reference-target';

async function main(): Promise<void> {
  const started = performance.now();
  const { values } = parseArgs({
    options: {
      'port-base': { type: 'string', default: process.env.CC_REFERENCE_PORT_BASE ?? String(DEFAULT_REFERENCE_PORT_BASE) },
      families: { type: 'string' },
      faults: { type: 'string', default: process.env.CC_REFERENCE_FAULTS ?? '' },
    },
  });
  const base = Number(values['port-base']);
  if (!Number.isInteger(base) || base < 1024 || base > 65000) throw new Error(`--port-base must be a port number between 1024 and 65000, got "${values['port-base']}"`);
  const families = values.families?.split(',').map((f) => f.trim());
  const unknown = families?.filter((f) => !isFamily(f)) ?? [];
  if (unknown.length > 0) throw new Error(`unknown family: ${unknown.join(', ')}`);

  let secret = process.env.CC_REFERENCE_SECRET;
  if (!secret) {
    secret = randomBytes(18).toString('base64url');
    const file = join(repoRoot(), '.reference.env');
    const lines = Object.entries({ CC_REFERENCE_SECRET: secret, ...referenceCredentialEnvironment(secret) }).map(([k, v]) => `${k}=${v}`);
    writeFileSync(file, `${lines.join('\n')}\n`, { mode: 0o600 });
    console.log(`credentials written to ${file} (source it, or set CC_REFERENCE_SECRET yourself)`);
  }
  const target = await startReferenceTarget({
    secret,
    ports: referencePorts(base),
    ...(families ? { families: families as Family[] } : {}),
    faults: faultIdsFromEnvironment(values.faults),
    log: (line) => console.log(line),
  });
  console.log(`reference target ready in ${(performance.now() - started).toFixed(0)} ms${target.faults.ids.length ? ` with faults: ${target.faults.ids.join(', ')}` : ''}`);
  const stop = () => void target.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exitCode = 1;
});
