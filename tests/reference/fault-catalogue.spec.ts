import { expect, test } from '@playwright/test';
import { loadContracts } from '../../src/harness/contracts';
import { repoRoot } from '../../src/harness/repo-root';
import { loadFaultCatalogue } from '../../src/reference/faults/fault-catalogue';

test('every fault names a clause of its own family, and fault ids are unique', () => {
  const contracts = loadContracts({ root: repoRoot(), checkStructure: false, examples: false });
  const faults = loadFaultCatalogue();
  const ids = faults.map((f) => f.id);
  expect(ids.filter((id, i) => ids.indexOf(id) !== i), 'duplicate fault ids').toEqual([]);
  for (const fault of faults) {
    expect(contracts.hasClause(fault.clause), `${fault.id}: clause ${fault.clause} exists`).toBe(true);
    expect(contracts.clause(fault.clause).family, `${fault.id}: the clause is of ${fault.family}`).toBe(fault.family);
    const known = new Set(contracts.operations(fault.family).map((o) => o.operationId));
    expect((fault.operations ?? []).filter((id) => !known.has(id)), `${fault.id}: operations it bends exist in ${fault.family}`).toEqual([]);
  }
});
