import { loadContracts, type ContractRegistry } from '../../../src/harness/contracts';
import { CheckCatalogue } from '../../../src/harness/checks/check-catalogue';
import { buildRecord } from '../../../src/harness/reporting/build-record';
import type { Waiver } from '../../../src/harness/reporting/load-waivers';
import type { ConformanceRecord, TestOutcome } from '../../../src/harness/reporting/record-types';
import { repoRoot } from '../../../src/harness/repo-root';

export const FAMILY = 'genesys-interaction-recording';

let contracts: ContractRegistry | undefined;
/** The GIR contracts, loaded once per worker. */
export function girContracts(): ContractRegistry {
  contracts ??= loadContracts({ root: repoRoot(), families: [FAMILY], checkStructure: false, examples: false });
  return contracts;
}

/** A small catalogue, independent of check-catalogue.yaml: one check per clause, one per operation. */
export const CATALOGUE = new CheckCatalogue([
  { id: 'missing_credentials_rejected', severity: 'error', description: 'anonymous is refused', clauses: { [FAMILY]: 'gir.authorization.unauthenticated-401' } },
  { id: 'forbidden_role_rejected', severity: 'error', description: 'forbidden roles are refused', clauses: { [FAMILY]: { getRecordings: 'gir.authorization.search-agent-forbidden', default: 'gir.authorization.get-agent-forbidden' } } },
]);

/** A test outcome with defaults: passed, nothing checked. */
export function outcome(partial: Partial<TestOutcome> & Pick<TestOutcome, 'title'>): TestOutcome {
  return {
    id: partial.title,
    project: FAMILY,
    file: 'read-operations.spec.ts',
    status: 'passed',
    durationMs: 5,
    family: FAMILY,
    target: 'vendor-staging',
    clausesChecked: [],
    clausesFailed: [],
    clausesPlanned: [],
    notApplicable: [],
    operationsSeen: [],
    exchanges: [],
    ...partial,
  };
}

export function record(outcomes: readonly TestOutcome[], waivers: readonly Waiver[] = []): ConformanceRecord {
  return buildRecord({
    contracts: girContracts(),
    catalogue: CATALOGUE,
    families: [FAMILY],
    outcomes,
    waivers,
    fallbackTarget: 'vendor-staging',
    startedAt: '2026-01-01T00:00:00.000Z',
    finishedAt: '2026-01-01T00:01:00.000Z',
    problems: [],
  });
}

export function verdictOf(r: ConformanceRecord, id: string): string | undefined {
  return r.clauses.find((c) => c.id === id)?.verdict;
}
