import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { ContractRegistry, Family } from '../contracts';

/**
 * What the property suites do differently for an operation, and why: data, one entry per reason
 * (suites/generic/property-rules.yaml). Every rule names its reason, and the clause or ambiguity
 * behind it where there is one; the README lists them.
 */
export interface PropertyRule {
  readonly family: Family;
  readonly operations: readonly string[];
  readonly reason: string;
  /** The clause or ambiguity that makes the rule necessary. */
  readonly source?: string;
  /** Cases not generated at all: `all` skips the operation's property test. */
  readonly skip?: 'all' | 'valid' | 'invalid';
  /** Query parameters never sent together in a valid request. */
  readonly exclusiveQuery?: readonly (readonly string[])[];
  /** Query parameters never generated (values that must come from the target, such as page keys). */
  readonly omitQuery?: readonly string[];
  /** Parameters whose invalid values the target may replace by a default: no invalid case breaks them. */
  readonly lenientParameters?: readonly string[];
  /**
   * Narrower schemas for parameters, stated only in prose (an ISO 8601 date-time, a positive page
   * size): valid values are drawn from them (and must still pass the contract); invalid values
   * still break only the contract's own schema.
   */
  readonly parameterSchemas?: Readonly<Record<string, unknown>>;
  /**
   * A schema the valid bodies must also meet: a rule stated in prose that the contract's schema
   * cannot hold (one of several fields needed, a list that must not be empty). Valid bodies are
   * drawn from the contract's schema and this one together, and still validated by the contract.
   */
  readonly bodyConstraints?: unknown;
  /**
   * Body violations the target may let through (an ambiguity decided lenient): invalid cases
   * breaking them are not made. Each names a keyword and, for `required`, the property.
   */
  readonly lenientBody?: readonly { readonly keyword: string; readonly property?: string }[];
  /**
   * Valid bodies never sent: each entry lists top-level property values, and a body holding all
   * of them is left out (GWS ChangePassword would change the profile's own credentials).
   */
  readonly excludeBodies?: readonly Readonly<Record<string, unknown>>[];
  /** Body property → name of the existing value it refers to (requesterId → userId). */
  readonly bodyAliases?: Readonly<Record<string, string>>;
  /**
   * Why a refusal of a valid request cannot be judged for this operation: it depends on the
   * state of the data (a state machine refuses moves illegal in the current state), or the body
   * names resources the harness cannot know. A 400/404/409/422 then gets no verdict.
   */
  readonly unknowable?: string;
  /**
   * The role whose user the operation changes (GWS: the Agent's agent state, calls and
   * interactions): the test holds the lease the scenario suites take with `exclusiveUser` on
   * that user while its cases run, so that neither disturbs the other's model.
   */
  readonly exclusiveUser?: string;
  /**
   * The permitted roles that send the requests (of those the contract permits): the resources the
   * ids name belong to a user of these roles (the Agent's own device), so another permitted role
   * may rightly be refused. The roles the contract does not permit still get their own cases.
   */
  readonly callers?: readonly string[];
  /** A provider state set up once before the operation's cases run, so that they start from a known state. */
  readonly setUp?: ProviderStateRef;
  /**
   * A resource of its own for every case, from a provider state: path parameter → the member of
   * the state's answer that names it (`{id: callId}`), and for valid requests body member → the
   * member naming it there (`{operationName: operationName}`). For operations that change or end
   * the resources other tests read (a call hung up, an e-mail completed), destructive or not.
   */
  readonly fresh?: FreshRule;
}

export interface FreshRule {
  readonly state: string;
  readonly parameters?: Readonly<Record<string, string>>;
  readonly body?: Readonly<Record<string, string>>;
}

export interface ProviderStateRef {
  readonly state: string;
  readonly params?: Readonly<Record<string, unknown>>;
}

/** The rules that apply to one operation, merged. */
export interface OperationRules {
  readonly reasons: string[];
  readonly skip: Set<'all' | 'valid' | 'invalid'>;
  readonly exclusiveQuery: readonly (readonly string[])[];
  readonly omitQuery: readonly string[];
  readonly lenientParameters: readonly string[];
  readonly parameterSchemas: Readonly<Record<string, unknown>>;
  readonly bodyAliases: Readonly<Record<string, string>>;
  readonly bodyConstraints: readonly unknown[];
  readonly excludeBodies: readonly Readonly<Record<string, unknown>>[];
  readonly lenientBody: readonly { readonly keyword: string; readonly property?: string }[];
  readonly unknowable: readonly string[];
  readonly exclusiveUser?: string;
  readonly callers?: readonly string[];
  readonly setUp: readonly ProviderStateRef[];
  readonly fresh?: FreshRule;
}

export class PropertyRules {
  constructor(readonly rules: readonly PropertyRule[]) {}

  static load(file: string): PropertyRules {
    const data = parse(readFileSync(file, 'utf8')) as { rules?: PropertyRule[] } | null;
    return new PropertyRules(data?.rules ?? []);
  }

  for(family: Family, operationId: string): OperationRules {
    const matching = this.rules.filter((r) => r.family === family && r.operations.includes(operationId));
    return {
      reasons: matching.map((r) => r.reason + (r.source ? ` (${r.source})` : '')),
      skip: new Set(matching.flatMap((r) => (r.skip ? [r.skip] : []))),
      exclusiveQuery: matching.flatMap((r) => r.exclusiveQuery ?? []),
      omitQuery: matching.flatMap((r) => r.omitQuery ?? []),
      lenientParameters: matching.flatMap((r) => r.lenientParameters ?? []),
      parameterSchemas: Object.assign({}, ...matching.map((r) => r.parameterSchemas ?? {})) as Record<string, unknown>,
      bodyAliases: Object.assign({}, ...matching.map((r) => r.bodyAliases ?? {})) as Record<string, string>,
      bodyConstraints: matching.flatMap((r) => (r.bodyConstraints !== undefined ? [r.bodyConstraints] : [])),
      excludeBodies: matching.flatMap((r) => r.excludeBodies ?? []),
      lenientBody: matching.flatMap((r) => r.lenientBody ?? []),
      unknowable: matching.flatMap((r) => (r.unknowable ? [r.unknowable] : [])),
      ...firstOf(matching, 'exclusiveUser'),
      ...firstOf(matching, 'callers'),
      setUp: matching.flatMap((r) => (r.setUp ? [r.setUp] : [])),
      ...firstOf(matching, 'fresh'),
    };
  }

  /** Problems: rules naming operations, parameters, clauses or ambiguities the contracts do not have. */
  problems(contracts: ContractRegistry): string[] {
    return this.rules.flatMap((rule, i) => {
      if (!contracts.families.has(rule.family)) return [];
      const where = `rule ${i + 1} (${rule.family})`;
      const out: string[] = [];
      if (!rule.reason) out.push(`${where} has no reason`);
      for (const id of rule.operations) {
        const operation = contracts.family(rule.family).operations.get(id);
        if (!operation) {
          out.push(`${where}: no operation ${id}`);
          continue;
        }
        const names = operation.parameters.map((p) => p.name);
        for (const name of [...(rule.exclusiveQuery ?? []).flat(), ...(rule.omitQuery ?? []), ...(rule.lenientParameters ?? []), ...Object.keys(rule.parameterSchemas ?? {})]) {
          if (!names.includes(name)) out.push(`${where}: ${id} has no parameter ${name}`);
        }
      }
      const states = contracts.family(rule.family).providerStates;
      for (const state of [rule.setUp?.state, rule.fresh?.state]) if (state !== undefined && !states.has(state)) out.push(`${where}: no provider state "${state}"`);
      for (const id of rule.fresh ? rule.operations : []) {
        const path = contracts.family(rule.family).operations.get(id)?.path ?? '';
        for (const name of Object.keys(rule.fresh!.parameters ?? {})) if (!path.includes(`{${name}}`)) out.push(`${where}: ${id} has no path parameter ${name}`);
      }
      if (rule.source && !contracts.hasClause(rule.source) && !contracts.family(rule.family).ambiguities.some((a) => a.id === rule.source)) out.push(`${where}: no clause or ambiguity ${rule.source}`);
      return out;
    });
  }
}

function firstOf<K extends 'exclusiveUser' | 'callers' | 'fresh'>(rules: readonly PropertyRule[], key: K): Partial<Pick<PropertyRule, K>> {
  const found = rules.find((r) => r[key] !== undefined);
  return found ? ({ [key]: found[key] } as Partial<Pick<PropertyRule, K>>) : {};
}
