import type { ContractRegistry, Family } from '../contracts';
import type { FamilyCoverage, TestOutcome } from './record-types';

/** Which operations of each family the run called, and with which status codes back. */
export function coverage(contracts: ContractRegistry, families: readonly Family[], outcomes: readonly TestOutcome[]): FamilyCoverage[] {
  return families.map((family) => {
    const seen = new Map<string, Set<number | 'error'>>();
    for (const outcome of outcomes.filter((o) => o.family === family)) {
      for (const { operationId, status } of outcome.operationsSeen) seen.set(operationId, (seen.get(operationId) ?? new Set()).add(status));
    }
    const operations = contracts.operations(family).map((operation) => {
      const statuses = [...(seen.get(operation.operationId) ?? [])].sort((a, b) => (a === 'error' ? 1 : b === 'error' ? -1 : a - b));
      return { operationId: operation.operationId, method: operation.method.toUpperCase(), path: operation.path, exercised: statuses.length > 0, statuses, documented: [...operation.responses.keys()] };
    });
    return { family, operationsTotal: operations.length, operationsExercised: operations.filter((o) => o.exercised).length, operations };
  });
}
