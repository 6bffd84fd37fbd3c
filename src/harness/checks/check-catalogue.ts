import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { ContractRegistry, Family } from '../contracts';

export type Severity = 'error' | 'warning';

/** What besides the operation selects a check's clause. */
export interface ClauseContext {
  readonly status?: number;
  readonly violation?: string;
}

export interface CheckDefinition {
  readonly id: string;
  readonly severity: Severity;
  readonly description: string;
  /**
   * Family → the clause the check proves there: one id, or a map whose keys are operationIds,
   * `status:<code>` (the response status), `violation:<keyword>` (the broken JSON Schema
   * keyword of an invalid request) and `default`, tried in that order.
   */
  readonly clauses: Readonly<Partial<Record<Family, string | Readonly<Record<string, string>>>>>;
}

/** The registry of named checks (check-catalogue.yaml), with their clause in each family. */
export class CheckCatalogue {
  private readonly byId: ReadonlyMap<string, CheckDefinition>;

  constructor(definitions: readonly CheckDefinition[]) {
    this.byId = new Map(definitions.map((d) => [d.id, d]));
  }

  static load(file = join(__dirname, 'check-catalogue.yaml')): CheckCatalogue {
    const data = parse(readFileSync(file, 'utf8')) as { checks: CheckDefinition[] };
    return new CheckCatalogue(data.checks);
  }

  get(id: string): CheckDefinition {
    const check = this.byId.get(id);
    if (!check) throw new Error(`unknown check "${id}"; known checks: ${[...this.byId.keys()].join(', ')}`);
    return check;
  }

  all(): CheckDefinition[] {
    return [...this.byId.values()];
  }

  /** The clause a check proves for an operation of a family; undefined when the family is not held to it. */
  clauseFor(id: string, family: Family, operationId?: string, context: ClauseContext = {}): string | undefined {
    const entry = this.get(id).clauses[family];
    if (entry === undefined || typeof entry === 'string') return entry;
    return (
      (operationId !== undefined ? entry[operationId] : undefined) ??
      (context.status !== undefined ? entry[`status:${context.status}`] : undefined) ??
      (context.violation !== undefined ? entry[`violation:${context.violation}`] : undefined) ??
      entry.default
    );
  }

  /** Every clause a check may prove in a family (for annotating a test with what it checks). */
  clausesOf(id: string, family: Family, operationId?: string): string[] {
    const entry = this.get(id).clauses[family];
    if (entry === undefined) return [];
    if (typeof entry === 'string') return [entry];
    if (operationId !== undefined && entry[operationId]) return [entry[operationId]];
    return [...new Set(Object.entries(entry).filter(([key]) => key === 'default' || key.startsWith('status:') || key.startsWith('violation:')).map(([, clause]) => clause))];
  }

  /** Problems: clauses the catalogue names that the contracts do not define. */
  problems(contracts: ContractRegistry): string[] {
    return this.all().flatMap((check) =>
      Object.entries(check.clauses)
        .filter(([family]) => contracts.families.has(family as Family))
        .flatMap(([family, entry]) => (typeof entry === 'string' ? [entry] : Object.values(entry)).map((clause) => [family, clause] as const))
        .filter(([, clause]) => !contracts.hasClause(clause))
        .map(([family, clause]) => `check ${check.id}: ${family} clause "${clause}" is not defined in contracts/${family}/clauses.yaml`),
    );
  }
}
