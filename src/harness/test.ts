/**
 * The one place suites import `test` and `expect` from. Worker-scoped: the contracts (compiled
 * once), the check catalogue, and a cache of profiles with their HTTP clients (one per profile
 * the worker's tests use: the run's, or those profile routing gives). Test-scoped: the test's
 * profile and client from that cache, the family's target (or a skip saying why there is none),
 * an API that records the test's exchanges, and provider states. Every test gets its evidence
 * attached for the conformance record (its exchanges in full when it failed) and its clauses,
 * severity and sources given to Allure.
 */
import { expect, test as base } from '@playwright/test';
import { loadContracts, type ContractRegistry, type Family } from './contracts';
import type { TargetClient } from './http/target-client';
import type { Redactor } from './http/redactor';
import type { FamilyTarget, TargetProfile } from './profile/target-profile';
import { profileRoute, ROUTED_PROFILE_ANNOTATION, withRoutedCopies } from './profile/profile-routing';
import { repoRoot } from './repo-root';
import { TargetApi } from './fixtures/target-api';
import { ProviderStates } from './fixtures/provider-states';
import { ProfileResourceCache, type ProfileResources, type ReadPathParameters } from './fixtures/profile-resources';
import { CheckCatalogue } from './checks/check-catalogue';
import { describeForAllure } from './reporting/allure-metadata';
import { EVIDENCE_ATTACHMENT, EVIDENCE_CONTENT_TYPE, evidenceAttachment } from './reporting/evidence-attachment';

export { READ_STATE } from './fixtures/profile-resources';

export interface HarnessWorkerFixtures {
  /** The API family of the Playwright project running the test. */
  family: Family;
  /**
   * A profile for this project alone (absolute path); undefined = the run's profile (`TARGET`).
   * Lets one run hold projects against different targets.
   */
  profileFile: string | undefined;
  contracts: ContractRegistry;
  /** The worker's profiles, clients and read parameters, one set per profile its tests use. */
  profileResources: ProfileResourceCache;
  checks: CheckCatalogue;
}

export interface HarnessTestFixtures {
  /** The worker's resources for the profile this test runs against: the project's, or the one profile routing gives it. */
  resources: ProfileResources;
  profile: TargetProfile;
  redactor: Redactor;
  /** The client for this project's family; undefined when the profile leaves the family out. */
  familyClient: TargetClient | undefined;
  /** Path parameter values for read operations: the profile's, then the read provider state's. */
  readPathParameters: ReadPathParameters;
  /** The family's target; skips the test (with the reason) when the profile leaves it out. */
  target: FamilyTarget;
  api: TargetApi;
  providerStates: ProviderStates;
  /** Attaches the test's exchanges when it did not end as expected. */
  evidence: void;
}

export const test = withRoutedCopies(base.extend<HarnessTestFixtures, HarnessWorkerFixtures>({
  family: ['genesys-web-services', { option: true, scope: 'worker' }],
  contracts: [
    async ({ family }, use) => {
      await use(loadContracts({ root: repoRoot(), families: [family], checkStructure: false, examples: false }));
    },
    { scope: 'worker' },
  ],
  profileFile: [undefined, { option: true, scope: 'worker' }],
  profileResources: [
    async ({ family }, use) => {
      const cache = new ProfileResourceCache(family);
      await use(cache);
      await cache.close();
    },
    { scope: 'worker' },
  ],
  checks: [
    async ({ contracts }, use) => {
      const catalogue = CheckCatalogue.load();
      const problems = catalogue.problems(contracts);
      if (problems.length > 0) throw new Error(`check catalogue: ${problems.join('; ')}`);
      await use(catalogue);
    },
    { scope: 'worker' },
  ],
  resources: async ({ profileFile, profileResources }, use, testInfo) => {
    const route = profileRoute(testInfo.project.name, testInfo.titlePath);
    test.skip(route.kind === 'not-routed', route.kind === 'not-routed' ? route.reason : '');
    if (route.kind === 'routed') testInfo.annotations.push({ type: ROUTED_PROFILE_ANNOTATION, description: route.profileFile });
    await use(profileResources.get(route.kind === 'routed' ? route.profileFile : profileFile));
    // A routed run is judged by whoever routed it (the meta-tests expect failures under faults):
    // its failures are marked expected, so that Playwright keeps the worker instead of starting a
    // new one after each (seconds per failing test). The result keeps its own status, 'failed'.
    if (route.kind === 'routed' && testInfo.status === 'failed') testInfo.fail(true, 'routed run: the router judges failures');
  },
  profile: async ({ resources }, use) => use(resources.profile),
  redactor: async ({ resources }, use) => use(resources.redactor),
  familyClient: async ({ resources }, use) => use(resources.familyClient),
  readPathParameters: async ({ resources }, use) => use(await resources.readPathParameters()),
  target: async ({ profile, family }, use) => {
    const target = profile.families[family];
    test.skip(!target, `profile "${profile.name}" (${profile.file}) leaves out ${family}, so its checks are skipped, not passed`);
    await use(target!);
  },
  api: async ({ familyClient, target }, use) => {
    void target; // depending on `target` makes the test skip when the family is absent
    await use(new TargetApi(familyClient!));
  },
  providerStates: async ({ target, profile }, use) => {
    await use(new ProviderStates(target, profile.requestTimeoutMs));
  },
  evidence: [
    async ({ api, profile, family, redactor, contracts }, use, testInfo) => {
      await use();
      const failed = testInfo.status !== testInfo.expectedStatus;
      if (failed && api.exchanges.length > 0) {
        await testInfo.attach('exchanges.json', { body: JSON.stringify(api.exchanges, null, 2), contentType: 'application/json' });
      }
      // For the conformance record: target, operations and statuses (coverage), exchanges on failure.
      const record = evidenceAttachment({ target: profile.name, family, exchanges: api.exchanges, failed, redactor });
      await testInfo.attach(EVIDENCE_ATTACHMENT, { body: JSON.stringify(record), contentType: EVIDENCE_CONTENT_TYPE });
      await describeForAllure(contracts, testInfo.annotations, repoRoot());
    },
    { auto: true },
  ],
}));

export { expect };
