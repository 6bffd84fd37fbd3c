import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { ExampleTarget, Family } from '../../src/harness/contracts';

export interface ValidInstance {
  readonly file: string;
  readonly against: ExampleTarget;
  readonly value: unknown;
}

/**
 * Valid instances written for the project's tests (`fixtures/<family>/instances/`), for families
 * whose documents have few or no JSON examples to break.
 */
export function validInstances(root: string, family: Family): ValidInstance[] {
  const folder = join(root, 'fixtures', family, 'instances');
  if (!existsSync(join(folder, 'index.yaml'))) return [];
  const index = parse(readFileSync(join(folder, 'index.yaml'), 'utf8')) as { instances: { file: string; against: ExampleTarget }[] };
  return index.instances.map((entry) => ({
    file: join('fixtures', family, 'instances', entry.file),
    against: entry.against,
    value: JSON.parse(readFileSync(join(folder, entry.file), 'utf8')) as unknown,
  }));
}
