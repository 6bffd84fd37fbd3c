import type { ValidateFunction } from 'ajv';
import type { Clause, FamilyContracts, MessageContract, OperationContract, ResponseContract, StateMachine, Ambiguity } from './contract-model';
import type { Family } from './families';
import type { SchemaResolver } from './schema-resolver';

/**
 * Every loaded contract, compiled once. Everything here is a lookup: no method compiles a schema.
 */
export class ContractRegistry {
  private readonly clauseById = new Map<string, Clause>();
  private readonly ambiguityById = new Map<string, Ambiguity>();
  private readonly machineById = new Map<string, StateMachine>();

  constructor(
    readonly families: ReadonlyMap<Family, FamilyContracts>,
    /** Milliseconds spent loading and compiling. */
    readonly loadMillis: number,
    /** Resolves the `$ref`s of compiled schemas, for code that walks schemas (mutations, values). */
    readonly resolver: SchemaResolver,
  ) {
    for (const contracts of families.values()) {
      for (const clause of contracts.clauses) this.clauseById.set(clause.id, clause);
      for (const ambiguity of contracts.ambiguities) this.ambiguityById.set(ambiguity.id, ambiguity);
      for (const machine of contracts.stateMachines) this.machineById.set(machine.id, machine);
    }
  }

  family(family: Family): FamilyContracts {
    const contracts = this.families.get(family);
    if (!contracts) throw new Error(`contracts of family "${family}" are not loaded`);
    return contracts;
  }

  operation(family: Family, operationId: string): OperationContract {
    const operation = this.family(family).operations.get(operationId);
    if (!operation) throw new Error(`${family} has no operation "${operationId}"`);
    return operation;
  }

  operations(family?: Family): OperationContract[] {
    const families = family ? [this.family(family)] : [...this.families.values()];
    return families.flatMap((f) => [...f.operations.values()]);
  }

  /**
   * The documented response for a status: the exact code first, then its class (`4XX`), then
   * `default`; undefined when the operation does not document it.
   */
  response(family: Family, operationId: string, status: number): ResponseContract | undefined {
    const responses = this.operation(family, operationId).responses;
    return responses.get(String(status)) ?? responses.get(`${String(status)[0]}XX`) ?? responses.get('default');
  }

  /** The body validator for a status and media type (parameters such as charset ignored). */
  responseValidator(family: Family, operationId: string, status: number, mediaType = 'application/json'): ValidateFunction | undefined {
    const content = this.response(family, operationId, status)?.content;
    if (!content) return undefined;
    const bare = mediaType.split(';')[0]?.trim().toLowerCase() ?? mediaType;
    return content.get(bare)?.validate;
  }

  message(family: Family, name: string): MessageContract {
    const message = this.family(family).messages.get(name);
    if (!message) throw new Error(`${family} has no message "${name}"`);
    return message;
  }

  clause(id: string): Clause {
    const clause = this.clauseById.get(id);
    if (!clause) throw new Error(`unknown clause "${id}"`);
    return clause;
  }

  hasClause(id: string): boolean {
    return this.clauseById.has(id);
  }

  clauses(family?: Family): Clause[] {
    const families = family ? [this.family(family)] : [...this.families.values()];
    return families.flatMap((f) => f.clauses);
  }

  stateMachine(id: string): StateMachine {
    const machine = this.machineById.get(id);
    if (!machine) throw new Error(`unknown state machine "${id}"`);
    return machine;
  }

  ambiguity(id: string): Ambiguity {
    const ambiguity = this.ambiguityById.get(id);
    if (!ambiguity) throw new Error(`unknown ambiguity "${id}"`);
    return ambiguity;
  }
}
