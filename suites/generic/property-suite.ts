import { join } from 'node:path';
import type { Family } from '../../src/harness/contracts';
import { contractsForCollection } from '../../src/harness/contracts/collection-contracts';
import { checkClause } from '../../src/harness/checks/clause-check';
import { TargetLease, userLeaseKey } from '../../src/harness/fixtures/target-lease';
import { formatFailure } from '../../src/harness/property/failure-report';
import { propertyConfig } from '../../src/harness/property/property-config';
import { PropertyRules } from '../../src/harness/property/property-rules';
import { prepareProperty } from '../../src/harness/property/prepare-property';
import { runProperty } from '../../src/harness/property/property-runner';
import { expect, test } from '../../src/harness/test';

const RULES = PropertyRules.load(join(__dirname, 'property-rules.yaml'));

/**
 * Property-based suites: for every operation of a family, requests generated from its contract,
 * valid (from permitted roles, without credentials, with wrong ones, from roles without
 * permission) and invalid (each breaking one constraint), every response judged by the named
 * checks of the catalogue under their clauses. Cases per operation and seed come from
 * CC_PROPERTY_RUNS and CC_PROPERTY_SEED (several seeds: a test per operation and seed); a failure names the smallest failing request, its check
 * and clause, the exchange, a curl command and the command that replays it.
 */
export function definePropertySuite(family: Family): void {
  const contracts = contractsForCollection(family);
  const config = propertyConfig();
  // The runner loads the suites before it starts the workers: print the run's seed once, there
  // (on stderr, so that a reporter writing JSON to stdout is not disturbed).
  if (process.env.TEST_WORKER_INDEX === undefined) {
    process.stderr.write(`${family} property suites: seed ${config.seeds.join(', ')}${config.seedConfigured ? '' : ' (drawn for this run)'}, ${config.runs} cases per operation${config.path ? `, replaying path ${config.path}` : ''}\n`);
  }

  test.describe(`${family} properties`, () => {
    for (const [operation, seed] of contracts.operations(family).flatMap((o) => config.seeds.map((s) => [o, s] as const))) {
      const title = `${operation.operationId}: ${operation.method.toUpperCase()} ${operation.path}${config.seeds.length > 1 ? ` (seed ${seed})` : ''}`;
      test(title, { tag: ['@property', `@${family}`] }, async ({ api, contracts, checks, readPathParameters, target, providerStates }) => {
        test.skip('unavailable' in readPathParameters, 'unavailable' in readPathParameters ? readPathParameters.unavailable : '');
        const prepared = prepareProperty(contracts, RULES, operation, target, readPathParameters);
        test.skip('skip' in prepared, 'skip' in prepared ? prepared.skip : '');
        if ('skip' in prepared) return;
        const { plan, cases } = prepared;

        test.info().annotations.push({ type: 'property', description: `seed ${seed}, ${config.runs} cases${config.path ? `, path ${config.path}` : ''}` });
        // Operations that change a user's state (rule exclusiveUser) hold the lease the scenario suites take on that user.
        const role = plan.rules.exclusiveUser;
        const lease = role ? await TargetLease.acquire(userLeaseKey(target, role), Math.floor(test.info().timeout * 0.75)) : undefined;
        let report;
        try {
          report = await runProperty(
            {
              contracts,
              catalogue: checks,
              checks: config.checks,
              send: (request) => api.send(request),
              providerState: (name, params) => providerStates.setUp(name, params),
            },
            plan,
            cases,
            { runs: config.runs, seed, ...(config.path ? { path: config.path } : {}) },
          );
        } finally {
          lease?.release();
        }
        if (report.setupError) throw report.setupError;

        const failure = report.failure;
        for (const clause of new Set(report.verdicts.values())) {
          if (clause !== failure?.clause) await checkClause(clause, () => undefined);
        }
        if (failure) {
          await test.info().attach('property-failure.json', { body: JSON.stringify(failure, null, 2), contentType: 'application/json' });
          await checkClause(failure.clause, () => expect(failure.reason, formatFailure(family, operation.operationId, failure)).toBe('no failure'));
        }
      });
    }
  });
}
