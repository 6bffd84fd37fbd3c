import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { loadContracts } from '../../src/harness/contracts';
import { requestArbitraries } from '../../src/harness/arbitraries/request-arbitrary';
import { CALLER_CHECKS, CHECK_FUNCTIONS } from '../../src/harness/checks/check-registry';
import { planOperation } from '../../src/harness/property/operation-plan';
import { PropertyRules } from '../../src/harness/property/property-rules';
import { caseArbitrary } from '../../src/harness/property/property-runner';
import { repoRoot } from '../../src/harness/repo-root';

/**
 * Requests sent without valid credentials to an operation that changes state name no existing
 * resource, so that a target that wrongly serves them changes nothing other tests read (or people
 * use, on staging). The fault matrix found the need: with wrong tokens accepted, a probe of
 * "deactivate tag" deactivated the tag the next valid request used.
 */
const contracts = loadContracts({ root: repoRoot(), checkStructure: false, examples: false });
const rules = PropertyRules.load(join(repoRoot(), 'suites', 'generic', 'property-rules.yaml'));
const EXISTING_ID = 'existing-0000';
const SAMPLES = 60;

test('no request without valid credentials to a state-changing operation names an existing resource', () => {
  test.setTimeout(120_000);
  let probes = 0;
  const leaks: string[] = [];
  for (const operation of contracts.operations()) {
    if (operation.method === 'get' || operation.method === 'head') continue;
    const existing = Object.fromEntries(operation.parameters.filter((p) => p.in === 'path').map((p) => [p.name, EXISTING_ID]));
    const arbitraries = requestArbitraries(contracts.resolver, operation, { existing });
    const plan = planOperation(contracts, operation, ['Administrator', 'Agent'], rules.for(operation.family, operation.operationId));
    const cases = caseArbitrary(plan, arbitraries);
    if (typeof cases === 'string') continue;
    for (const sample of fc.sample(cases, { numRuns: SAMPLES, seed: 7 })) {
      if (sample.caller.kind !== 'anonymous' && sample.caller.kind !== 'spoiled') continue;
      probes++;
      const named = Object.entries(sample.request.pathParameters).filter(([name, value]) => value === EXISTING_ID && !sample.request.invented.includes(name));
      if (named.length > 0) leaks.push(`${operation.family} ${operation.operationId}: ${named.map(([n]) => `{${n}}`).join(', ')}`);
    }
  }
  expect(probes, 'unauthenticated cases were generated').toBeGreaterThan(100);
  expect([...new Set(leaks)]).toEqual([]);
});

test('reads without valid credentials still name existing resources, so that a leak shows', () => {
  const operation = contracts.operations().find((o) => o.method === 'get' && o.parameters.some((p) => p.in === 'path'))!;
  const existing = Object.fromEntries(operation.parameters.filter((p) => p.in === 'path').map((p) => [p.name, EXISTING_ID]));
  const plan = planOperation(contracts, operation, ['Administrator'], rules.for(operation.family, operation.operationId));
  const cases = caseArbitrary(plan, requestArbitraries(contracts.resolver, operation, { existing }));
  expect(typeof cases).not.toBe('string');
  const unauthenticated = fc.sample(cases as Exclude<typeof cases, string>, { numRuns: 300, seed: 7 }).filter((c) => c.caller.kind === 'anonymous' || c.caller.kind === 'spoiled');
  expect(unauthenticated.some((c) => Object.values(c.request.pathParameters).includes(EXISTING_ID))).toBe(true);
});

test('the checks of who may call come first, so that a case served to the wrong caller is judged by them alone', () => {
  const order = Object.keys(CHECK_FUNCTIONS);
  expect(order.slice(0, CALLER_CHECKS.size).sort()).toEqual([...CALLER_CHECKS].sort());
});
