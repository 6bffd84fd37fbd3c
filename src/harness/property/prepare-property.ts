import type fc from 'fast-check';
import type { ContractRegistry, OperationContract } from '../contracts';
import { requestArbitraries } from '../arbitraries/request-arbitrary';
import type { FamilyTarget } from '../profile/target-profile';
import type { PropertyCase } from './case-runner';
import { planOperation, type OperationPlan } from './operation-plan';
import type { PropertyRules } from './property-rules';
import { caseArbitrary } from './property-runner';

export interface PreparedProperty {
  readonly plan: OperationPlan;
  readonly cases: fc.Arbitrary<PropertyCase>;
}

/**
 * Everything an operation's property needs before it runs, or the reason it cannot run (the
 * operation excepted by a rule, destructive on a profile that forbids it, nothing to generate).
 * Shared by the Playwright suites and `npm run bench`.
 */
export function prepareProperty(contracts: ContractRegistry, rules: PropertyRules, operation: OperationContract, target: FamilyTarget, existing: Readonly<Record<string, string>>): PreparedProperty | { readonly skip: string } {
  const operationRules = rules.for(operation.family, operation.operationId);
  if (operationRules.skip.has('all')) return { skip: `excepted from property tests: ${operationRules.reasons.join('; ')}` };
  if (operation.destructive && !target.allowDestructive) return { skip: `${operation.operationId} is destructive (x-destructive) and the profile does not allow destructive operations on ${operation.family}` };
  const plan = planOperation(contracts, operation, Object.keys(target.credentials), operationRules);
  // A destructive operation acts on a resource of its own (plan.fresh); without one, a valid
  // request would destroy what other tests read, so only invalid requests are sent.
  if (operation.destructive && !plan.fresh && !operationRules.skip.has('valid')) {
    operationRules.skip.add('valid');
    operationRules.reasons.push(`${operation.operationId} is destructive and no provider state or create operation gives it a resource of its own, so valid requests are not sent`);
  }
  const arbitraries = requestArbitraries(contracts.resolver, operation, {
    existing,
    exclusiveQuery: operationRules.exclusiveQuery,
    omitQuery: operationRules.omitQuery,
    lenientParameters: operationRules.lenientParameters,
    parameterSchemas: operationRules.parameterSchemas,
    bodyAliases: operationRules.bodyAliases,
    bodyConstraints: operationRules.bodyConstraints,
    excludeBodies: operationRules.excludeBodies,
    lenientBody: operationRules.lenientBody,
  });
  const cases = caseArbitrary(plan, arbitraries);
  return typeof cases === 'string' ? { skip: `nothing to generate: ${cases}` } : { plan, cases };
}
