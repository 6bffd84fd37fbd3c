import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where parsed contracts and generated validator code are cached between runs: a content-keyed
 * cache under node_modules/.cache, as Babel and ESLint do. Undefined when it cannot be created;
 * everything then works without a cache, only slower.
 */
export function contractCacheDirectory(root: string, part: string): string | undefined {
  const directory = join(root, 'node_modules', '.cache', 'cc-conformance', part);
  try {
    mkdirSync(directory, { recursive: true });
    return directory;
  } catch {
    return undefined;
  }
}
