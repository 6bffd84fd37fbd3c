import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { parse } from 'yaml';
import { profilePath } from '../profile/run-profile';

export interface WaiverSource {
  /** The waiver file to load; undefined when there is none. */
  readonly file?: string;
  /** How it was chosen, for the report. */
  readonly chosenBy: string;
  /** The name of the run's profile, when it could be read. */
  readonly profileName?: string;
}

/**
 * Which waiver file applies to this run: `WAIVERS` (a path, or empty for none), else the
 * profile's `waivers` field, else `waivers/<profile name>.yaml` when it exists. Paths are
 * relative to the repository root, like `TARGET`.
 */
export function waiverSource(root: string, env: NodeJS.ProcessEnv = process.env): WaiverSource {
  const { profileName, waivers } = readProfileFields(profilePath(root, env));
  const profile = profileName ? { profileName } : {};
  const resolve = (file: string) => (isAbsolute(file) ? file : join(root, file));
  if (env.WAIVERS !== undefined) return { ...(env.WAIVERS ? { file: resolve(env.WAIVERS) } : {}), chosenBy: 'WAIVERS', ...profile };
  if (waivers) return { file: resolve(waivers), chosenBy: `the profile's waivers field`, ...profile };
  if (profileName) {
    const conventional = join(root, 'waivers', `${profileName}.yaml`);
    if (existsSync(conventional)) return { file: conventional, chosenBy: 'the profile name', ...profile };
  }
  return { chosenBy: 'none found', ...profile };
}

function readProfileFields(file: string): { profileName?: string; waivers?: string } {
  try {
    const data = parse(readFileSync(file, 'utf8')) as { name?: unknown; waivers?: unknown } | null;
    return {
      ...(typeof data?.name === 'string' ? { profileName: data.name } : {}),
      ...(typeof data?.waivers === 'string' ? { waivers: data.waivers } : {}),
    };
  } catch {
    return {};
  }
}
