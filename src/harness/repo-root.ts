import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The repository root: the nearest folder above this file that holds package.json and contracts/. */
export function repoRoot(start = __dirname): string {
  let dir = resolve(start);
  while (!(existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'contracts')))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the repository root above ${start}`);
    dir = parent;
  }
  return dir;
}
