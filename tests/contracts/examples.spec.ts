import { expect } from '@playwright/test';
import { contractsTest as test } from '../../src/harness/fixtures/contracts-fixture';
import { FAMILIES, type ExampleTarget } from '../../src/harness/contracts';
import { resolveExampleTarget } from '../../src/harness/contracts/example-target';
import { mutationsOf } from '../../src/harness/schema/schema-mutations';
import { validInstances } from '../support/valid-instances';

/** How many deliberately broken examples each family must reject, at the least. */
const MINIMUM_BROKEN_PER_FAMILY = 20;

for (const family of FAMILIES) {
  test.describe(`${family} examples`, () => {
    test('every document example validates against its contract after its recorded repair', ({ contracts }) => {
      const examples = contracts.family(family).examples;
      test.skip(examples.length === 0, `${family}: the documents contain no JSON examples`);
      for (const example of examples) {
        const target = resolveExampleTarget(contracts.family(family), example.against);
        expect(typeof target === 'string' ? target : 'found', example.file).toBe('found');
        if (typeof target === 'string') continue;
        expect(target.validate(example.value), `${example.file}: ${JSON.stringify(target.validate.errors)}`).toBe(true);
        if (example.repair !== null) expect(example.ambiguity, `${example.file} was repaired, so it names its ambiguity`).toBeTruthy();
      }
    });

    test('every hand-written valid instance validates', ({ contracts, repoRoot }) => {
      const instances = validInstances(repoRoot, family);
      test.skip(instances.length === 0, `${family} needs no hand-written instances: its document examples are enough`);
      for (const instance of instances) {
        const target = resolveExampleTarget(contracts.family(family), instance.against);
        expect(typeof target === 'string' ? target : 'found', instance.file).toBe('found');
        if (typeof target !== 'string') expect(target.validate(instance.value), `${instance.file}: ${JSON.stringify(target.validate.errors)}`).toBe(true);
      }
    });

    test(`at least ${MINIMUM_BROKEN_PER_FAMILY} broken examples are rejected with an error at the broken field`, ({ contracts, repoRoot }) => {
      const familyContracts = contracts.family(family);
      const sources: { file: string; against: ExampleTarget; value: unknown }[] = [...familyContracts.examples, ...validInstances(repoRoot, family)];
      let rejected = 0;
      for (const source of sources) {
        const target = resolveExampleTarget(familyContracts, source.against);
        if (typeof target === 'string') continue;
        for (const mutation of mutationsOf(contracts.resolver, target.schema, source.value)) {
          expect(target.validate(mutation.value), `${source.file}: ${mutation.description} must be rejected`).toBe(false);
          const errors = target.validate.errors ?? [];
          const pointsAtField = errors.some((e) =>
            mutation.constraint === 'required'
              ? e.keyword === 'required' && e.instancePath === mutation.instancePath && (e.params as { missingProperty?: string }).missingProperty === mutation.property
              : e.instancePath === mutation.instancePath,
          );
          expect(pointsAtField, `${source.file}: ${mutation.description}: errors at ${JSON.stringify(errors.map((e) => [e.instancePath, e.keyword]))}`).toBe(true);
          rejected += 1;
        }
      }
      expect(rejected, `${family}: broken examples rejected`).toBeGreaterThanOrEqual(MINIMUM_BROKEN_PER_FAMILY);
    });
  });
}
