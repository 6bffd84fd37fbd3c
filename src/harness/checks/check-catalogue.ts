import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { ContractRegistry, Family } from '../contracts';

export type Severity = 'error' | 'warning';

export interface CheckDefinition {
  readonly id: string;
  readonly severity: Severity;
  readonly description: string;
  /** Family → clause id the check proves there. */
  readonly clauses: Readonly<Partial<Record<Family, string>>>;
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

  /** The clause a check proves in a family, or undefined when the family is not held to it. */
  clauseFor(id: string, family: Family): string | undefined {
    return this.get(id).clauses[family];
  }

  /** Problems: clauses the catalogue names that the contracts do not define. */
  problems(contracts: ContractRegistry): string[] {
    return this.all().flatMap((check) =>
      Object.entries(check.clauses)
        .filter(([, clause]) => !contracts.hasClause(clause))
        .map(([family, clause]) => `check ${check.id}: ${family} clause "${clause}" is not defined in contracts/${family}/clauses.yaml`),
    );
  }
}
