import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { referenceCredentialEnvironment } from '../../reference/reference-credentials';
import { loadProfile } from './load-profile';
import type { TargetProfile } from './target-profile';

export const DEFAULT_PROFILE = 'targets/reference.yaml';

/** The profile of this run: `TARGET` or the reference profile, relative to the repository root. */
export function profilePath(root: string, env: NodeJS.ProcessEnv = process.env): string {
  const chosen = env.TARGET ?? DEFAULT_PROFILE;
  return isAbsolute(chosen) ? chosen : join(root, chosen);
}

/**
 * Loads the run's profile. For a profile that embeds the reference target, makes sure
 * CC_REFERENCE_SECRET is set (the one `npm run reference` wrote to .reference.env, so that a
 * reference started by hand is reused with the right credentials; else random) and exports the credential
 * variables derived from it, in `env` itself, so that Playwright workers and the webServer
 * inherit the same values.
 */
export function loadRunProfile(root: string, env: NodeJS.ProcessEnv = process.env): TargetProfile {
  const file = profilePath(root, env);
  const probe = loadProfile(file, new Proxy({}, { get: () => 'probe' }));
  if (probe.embeddedReference) {
    env.CC_REFERENCE_SECRET ??= secretOfStartedReference(root) ?? randomBytes(18).toString('base64url');
    for (const [name, value] of Object.entries(referenceCredentialEnvironment(env.CC_REFERENCE_SECRET))) env[name] ??= value;
  }
  return loadProfile(file, env);
}

/** CC_REFERENCE_SECRET from the .reference.env that `npm run reference` writes when it makes one up. */
function secretOfStartedReference(root: string): string | undefined {
  const file = join(root, '.reference.env');
  if (!existsSync(file)) return undefined;
  const line = readFileSync(file, 'utf8').split('\n').find((l) => l.startsWith('CC_REFERENCE_SECRET='));
  const secret = line?.slice('CC_REFERENCE_SECRET='.length).trim();
  return secret === '' ? undefined : secret;
}
