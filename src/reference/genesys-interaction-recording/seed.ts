import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../../harness/repo-root';
import type { ReferenceServices } from '../http/reference-types';
import type { GirState, SeedData } from './types';

/** Where the seed lives: data, not code. */
export const SEED_FILE = join('fixtures', 'reference', 'genesys-interaction-recording', 'seed.yaml');

let parsed: SeedData | undefined;

/** A fresh state from the seed: parsed once per process, deep-copied at every start. */
export function seededState(services: ReferenceServices): GirState {
  parsed ??= parse(readFileSync(join(repoRoot(), SEED_FILE), 'utf8')) as SeedData;
  const seed = structuredClone(parsed);
  return {
    services,
    recordings: new Map(seed.recordings.map((recording) => [recording.id, recording])),
    deleted: new Map(),
    settings: seed.settings,
    settingScopes: new Map(),
    readOnly: false,
    sequence: 0,
  };
}
