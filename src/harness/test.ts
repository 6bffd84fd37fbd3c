/**
 * The one place suites import `test` and `expect` from. Worker-scoped: the contracts (compiled
 * once), the run's profile, and one HTTP client per family. Test-scoped: the family's target
 * (or a skip saying why there is none), an API that records the test's exchanges, and provider
 * states. Every test gets its evidence attached for the conformance record (its exchanges in
 * full when it failed) and its clauses, severity and sources given to Allure.
 */
import { expect, test as base } from '@playwright/test';
import { loadContracts, type ContractRegistry, type Family } from './contracts';
import { TargetClient } from './http/target-client';
import { Redactor } from './http/redactor';
import { loadRunProfile } from './profile/run-profile';
import { loadProfile } from './profile/load-profile';
import { profileSecrets, type FamilyTarget, type TargetProfile } from './profile/target-profile';
import { repoRoot } from './repo-root';
import { TargetApi } from './fixtures/target-api';
import { ProviderStates } from './fixtures/provider-states';
import { CheckCatalogue } from './checks/check-catalogue';
import { describeForAllure } from './reporting/allure-metadata';
import { EVIDENCE_ATTACHMENT, EVIDENCE_CONTENT_TYPE, evidenceAttachment } from './reporting/evidence-attachment';

/** The provider state every target is asked for before the read suite. */
export const READ_STATE = 'resources exist for every read operation';

export interface HarnessWorkerFixtures {
  /** The API family of the Playwright project running the test. */
  family: Family;
  /**
   * A profile for this project alone (absolute path); undefined = the run's profile (`TARGET`).
   * Lets one run hold projects against different targets, e.g. the meta-tests' one target per fault.
   */
  profileFile: string | undefined;
  contracts: ContractRegistry;
  profile: TargetProfile;
  redactor: Redactor;
  /** The client for this project's family; undefined when the profile leaves the family out. */
  familyClient: TargetClient | undefined;
  checks: CheckCatalogue;
  /** Path parameter values for read operations: the profile's, then the read provider state's. */
  readPathParameters: Readonly<Record<string, string>> | { readonly unavailable: string };
}

export interface HarnessTestFixtures {
  /** The family's target; skips the test (with the reason) when the profile leaves it out. */
  target: FamilyTarget;
  api: TargetApi;
  providerStates: ProviderStates;
  /** Attaches the test's exchanges when it did not end as expected. */
  evidence: void;
}

export const test = base.extend<HarnessTestFixtures, HarnessWorkerFixtures>({
  family: ['genesys-web-services', { option: true, scope: 'worker' }],
  contracts: [
    async ({ family }, use) => {
      await use(loadContracts({ root: repoRoot(), families: [family], checkStructure: false, examples: false }));
    },
    { scope: 'worker' },
  ],
  profileFile: [undefined, { option: true, scope: 'worker' }],
  profile: [
    async ({ profileFile }, use) => {
      await use(profileFile ? loadProfile(profileFile) : loadRunProfile(repoRoot()));
    },
    { scope: 'worker' },
  ],
  redactor: [async ({ profile }, use) => use(new Redactor(profileSecrets(profile))), { scope: 'worker' }],
  familyClient: [
    async ({ profile, family, redactor }, use) => {
      const target = profile.families[family];
      const client = target ? new TargetClient(target, { timeoutMs: profile.requestTimeoutMs, redactor }) : undefined;
      await use(client);
      await client?.close();
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
  readPathParameters: [
    async ({ profile, family }, use) => {
      const target = profile.families[family];
      if (!target) return use({ unavailable: `profile "${profile.name}" leaves out ${family}` });
      const state = await new ProviderStates(target, profile.requestTimeoutMs).setUp(READ_STATE);
      const provided = state.ok && state.data.pathParameters && typeof state.data.pathParameters === 'object' ? (state.data.pathParameters as Record<string, unknown>) : {};
      const values = Object.fromEntries(Object.entries(provided).map(([k, v]) => [k, String(v)]));
      await use({ ...values, ...target.pathParameters });
    },
    { scope: 'worker' },
  ],
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
});

export { expect };
