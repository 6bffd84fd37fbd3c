import { expect } from '@playwright/test';
import { contractsTest as test } from '../../src/harness/fixtures/contracts-fixture';
import { FAMILIES, type DocumentExample } from '../../src/harness/contracts';
import { resolveExampleTarget } from '../../src/harness/contracts/example-target';
import { mutationsOf } from '../../src/harness/schema/schema-mutations';

/** How many deliberately broken examples each family must reject, at the least. */
const MINIMUM_BROKEN_PER_FAMILY = 20;

for (const family of FAMILIES) {
  test.describe(`${family} document examples`, () => {
    test('every example validates against its contract after its recorded repair', ({ contracts }) => {
      const examples = contracts.family(family).examples;
      test.skip(examples.length === 0, `${family}: the documents contain no JSON examples`);
      for (const example of examples) {
        const target = resolveExampleTarget(contracts.family(family), example.against);
        expect(typeof target === 'string' ? target : 'found', example.file).toBe('found');
        if (typeof target === 'string') continue;
        const valid = target.validate(example.value);
        expect(valid, `${example.file}: ${JSON.stringify(target.validate.errors)}`).toBe(true);
        if (example.repair !== null) expect(example.ambiguity, `${example.file} was repaired, so it names its ambiguity`).toBeTruthy();
      }
    });

    test(`at least ${MINIMUM_BROKEN_PER_FAMILY} broken examples are rejected with an error at the broken field`, ({ contracts }) => {
      const familyContracts = contracts.family(family);
      const sources: { name: string; example: DocumentExample | undefined; value: unknown; schema: unknown }[] = familyContracts.examples.map((example) => {
        const target = resolveExampleTarget(familyContracts, example.against);
        return { name: example.file, example, value: example.value, schema: typeof target === 'string' ? undefined : target.schema };
      });
      let rejected = 0;
      for (const source of sources) {
        if (source.schema === undefined) continue;
        const target = resolveExampleTarget(familyContracts, source.example!.against);
        if (typeof target === 'string') continue;
        for (const mutation of mutationsOf(contracts.ajv, source.schema, source.value)) {
          const valid = target.validate(mutation.value);
          expect(valid, `${source.name}: ${mutation.description} must be rejected`).toBe(false);
          const errors = target.validate.errors ?? [];
          const pointsAtField = errors.some((e) =>
            mutation.constraint === 'required'
              ? e.keyword === 'required' && e.instancePath === mutation.instancePath && (e.params as { missingProperty?: string }).missingProperty === mutation.property
              : e.instancePath === mutation.instancePath,
          );
          expect(pointsAtField, `${source.name}: ${mutation.description}: errors ${JSON.stringify(errors.map((e) => [e.instancePath, e.keyword]))}`).toBe(true);
          rejected += 1;
        }
      }
      expect(rejected, `${family}: broken examples rejected`).toBeGreaterThanOrEqual(MINIMUM_BROKEN_PER_FAMILY);
    });
  });
}
