import { join } from 'node:path';
import { contractCacheDirectory } from '../../harness/contracts/cache-directory';
import { readDataFile } from '../../harness/contracts/read-data-file';
import { repoRoot } from '../../harness/repo-root';

/**
 * A GWS contract file as data (openapi.yaml, clauses.yaml), read through the contract loader's
 * content-keyed parse cache, so that the reference target does not parse the large YAML again.
 */
export function contractData(file: 'openapi.yaml' | 'clauses.yaml'): Record<string, unknown> {
  const relative = join('contracts', 'genesys-web-services', file);
  const root = repoRoot();
  const result = readDataFile(join(root, relative), relative, contractCacheDirectory(root, 'parsed'));
  if (!result.ok) throw new Error(`${relative}: ${result.problem.message}`);
  return result.data as Record<string, unknown>;
}
