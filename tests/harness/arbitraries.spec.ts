import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { loadContracts, type CompiledSchema } from '../../src/harness/contracts';
import { invalidValueArbitrary, InvalidValueBuilder } from '../../src/harness/arbitraries/invalid-value';
import { parameterTextValidator } from '../../src/harness/arbitraries/parameter-text';
import { ValidValueBuilder, validValueArbitrary } from '../../src/harness/arbitraries/valid-value';
import { confirmsViolation } from '../../src/harness/arbitraries/violation';
import { repoRoot } from '../../src/harness/repo-root';

/**
 * The arbitraries against every request schema of every family: valid values validate against
 * the schema's compiled validator, invalid values break exactly the constraint they name, and
 * shrinking keeps that constraint broken.
 */
const contracts = loadContracts({ root: repoRoot(), checkStructure: false, examples: false });
const SAMPLES = 50;

interface RequestSchema {
  readonly label: string;
  readonly compiled: CompiledSchema;
  readonly text: boolean;
  readonly validate: CompiledSchema['validate'];
}

function requestSchemas(): RequestSchema[] {
  return contracts.operations().flatMap((operation) => [
    ...operation.parameters.map((p) => ({ label: `${operation.family} ${operation.operationId} ${p.in} ${p.name}`, compiled: p, text: true, validate: parameterTextValidator(contracts.resolver, p) })),
    ...[...(operation.requestBody?.content ?? new Map<string, CompiledSchema>())].filter(([media]) => media === 'application/json').map(([, c]) => ({ label: `${operation.family} ${operation.operationId} body`, compiled: c, text: false, validate: c.validate })),
  ]);
}

test.describe('arbitraries from the contract schemas', () => {
  test(`every request schema of every family: ${SAMPLES} generated valid values each validate`, () => {
    test.setTimeout(180_000);
    const schemas = requestSchemas();
    expect(schemas.length).toBeGreaterThan(400);
    const builder = new ValidValueBuilder(contracts.resolver);
    const failures: string[] = [];
    const weak: string[] = [];
    for (const { label, compiled } of schemas) {
      const arbitrary = validValueArbitrary(contracts.resolver, compiled.schema, compiled.validate);
      if (!arbitrary) {
        failures.push(`${label}: no arbitrary`);
        continue;
      }
      const values = fc.sample(arbitrary, { numRuns: SAMPLES, seed: 7 });
      const invalid = values.filter((v) => compiled.validate(v) !== true);
      if (invalid.length > 0) failures.push(`${label}: ${invalid.length} invalid, e.g. ${JSON.stringify(invalid[0]).slice(0, 200)}`);
      // The generator itself (before the validator's filter) must understand the schema: most
      // of what it makes is valid, so the filter only trims.
      const raw = fc.sample(builder.build(compiled.schema)!, { numRuns: SAMPLES, seed: 7 });
      const accepted = raw.filter((v) => compiled.validate(v) === true).length;
      if (accepted < SAMPLES * 0.5) weak.push(`${label}: only ${accepted}/${SAMPLES} unfiltered values valid`);
    }
    expect(failures).toEqual([]);
    expect(weak).toEqual([]);
  });

  test(`every request schema that has a breakable constraint: ${SAMPLES} invalid values each break exactly the one they name`, () => {
    test.setTimeout(180_000);
    const failures: string[] = [];
    let withSites = 0;
    for (const { label, compiled, text, validate } of requestSchemas()) {
      const arbitrary = invalidValueArbitrary(contracts.resolver, compiled.schema, validate, text ? { mode: 'text' } : {});
      if (!arbitrary) continue;
      withSites += 1;
      for (const invalid of fc.sample(arbitrary, { numRuns: SAMPLES, seed: 11 })) {
        if (!confirmsViolation(validate, invalid)) failures.push(`${label}: ${invalid.violation.description} not confirmed for ${JSON.stringify(invalid.value).slice(0, 200)}`);
        if (validate(invalid.value) === true) failures.push(`${label}: ${JSON.stringify(invalid.value).slice(0, 200)} is valid`);
      }
    }
    expect(withSites).toBeGreaterThan(150);
    expect(failures.slice(0, 20)).toEqual([]);
  });

  test('boundaries: maxLength, maxLength + 1, empty and huge strings are generated', () => {
    const schema = { type: 'string', maxLength: 765 };
    const builder = new ValidValueBuilder(contracts.resolver);
    const codePoints = (s: unknown) => [...(s as string)].length; // Ajv counts code points, as maxLength does
    const lengths = new Set(fc.sample(builder.build(schema)!, { numRuns: 300, seed: 3 }).map(codePoints));
    expect(lengths.has(765)).toBe(true);
    expect(lengths.has(0)).toBe(true);
    const unbounded = fc.sample(builder.build({ type: 'string' })!, { numRuns: 300, seed: 3 }).map(codePoints);
    expect(Math.max(...unbounded)).toBeGreaterThanOrEqual(2048);
    const sites = new InvalidValueBuilder(contracts.resolver).sites(schema);
    const over = sites.flatMap((site) => fc.sample(site, { numRuns: 5, seed: 1 })).filter((v) => v.violation.keyword === 'maxLength');
    expect(over.map((v) => codePoints(v.value))).toContain(766);
    const numbers = fc.sample(builder.build({ type: 'integer', minimum: 0, maximum: 100 })!, { numRuns: 300, seed: 5 });
    expect(numbers).toContain(0);
    expect(numbers).toContain(100);
  });

  test('shrinking keeps the violation: the smallest failing value still breaks the constraint it names', () => {
    const operation = contracts.operation('genesys-cloud', 'postConversationsMessageCommunicationMessages');
    const body = operation.requestBody!.content.get('application/json')!;
    const arbitrary = invalidValueArbitrary(contracts.resolver, body.schema, body.validate)!;
    for (const keyword of ['maxLength', 'required', 'type']) {
      const details = fc.check(
        fc.property(arbitrary, (invalid) => invalid.violation.keyword !== keyword),
        { seed: 21, numRuns: 500 },
      );
      expect(details.failed, `some invalid value breaks ${keyword}`).toBe(true);
      const smallest = details.counterexample![0];
      expect(smallest.violation.keyword).toBe(keyword);
      expect(confirmsViolation(body.validate, smallest)).toBe(true);
      if (keyword === 'maxLength') expect(((smallest.value as Record<string, unknown>).textBody as string).length).toBe(2001);
    }
  });

  test('an invalid value names what it breaks, in words a failure message can use', () => {
    const schema = { type: 'object', required: ['name'], properties: { name: { type: 'string', minLength: 1 }, color: { enum: ['red', 'blue'] } }, additionalProperties: false };
    const descriptions = new InvalidValueBuilder(contracts.resolver).sites(schema).flatMap((site) => fc.sample(site, { numRuns: 30, seed: 2 }).map((v) => v.violation.description));
    expect([...new Set(descriptions)]).toEqual(
      expect.arrayContaining(['/ lacks required property "name"', '/name shorter than minLength 1', '/color is not one of ["red","blue"]', '/ has property "unexpectedProperty", which additionalProperties: false forbids']),
    );
  });
});
