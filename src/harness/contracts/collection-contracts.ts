import { loadContracts } from './load-contracts';
import type { ContractRegistry } from './contract-registry';
import { repoRoot } from '../repo-root';

import type { Family } from './families';

const loaded = new Map<Family, ContractRegistry>();

/**
 * Contracts for defining tests at collection time (one test per operation). Loaded once per
 * process: the registry is immutable, so this is a cache, not configuration. Tests themselves
 * use the worker fixture.
 */
export function contractsForCollection(family: Family): ContractRegistry {
  let registry = loaded.get(family);
  if (!registry) {
    registry = loadContracts({ root: repoRoot(), families: [family], checkStructure: false, examples: false });
    loaded.set(family, registry);
  }
  return registry;
}
