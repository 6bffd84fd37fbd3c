import { expect, test } from '@playwright/test';
import { propertyConfig } from '../../src/harness/property/property-config';

/** The property configuration read from the environment: runs, one or several seeds, a replay path. */
test('one seed, several seeds, or one drawn and written back for the workers', () => {
  expect(propertyConfig({ CC_PROPERTY_SEED: '42', CC_PROPERTY_RUNS: '25' })).toMatchObject({ runs: 25, seeds: [42], seedConfigured: true });
  expect(propertyConfig({ CC_PROPERTY_SEED: '1, 777,-3' }).seeds).toEqual([1, 777, -3]);
  const env: NodeJS.ProcessEnv = {};
  const drawn = propertyConfig(env);
  expect(drawn.seedConfigured).toBe(false);
  expect(env.CC_PROPERTY_SEED).toBe(String(drawn.seeds[0]));
  expect(propertyConfig({ CC_PROPERTY_SEED: '5', CC_PROPERTY_PATH: '3:0:1' }).path).toBe('3:0:1');
});

test('bad values are refused with the variable named', () => {
  expect(() => propertyConfig({ CC_PROPERTY_SEED: '12abc' })).toThrow(/CC_PROPERTY_SEED must be an integer \(or integers separated by commas\), got "12abc"/);
  expect(() => propertyConfig({ CC_PROPERTY_SEED: '1,,2' })).toThrow(/CC_PROPERTY_SEED must be an integer/);
  expect(() => propertyConfig({ CC_PROPERTY_SEED: '7,7' })).toThrow(/names a seed twice/);
  expect(() => propertyConfig({ CC_PROPERTY_SEED: '1,2', CC_PROPERTY_PATH: '3:0' })).toThrow(/CC_PROPERTY_PATH replays one failure/);
  expect(() => propertyConfig({ CC_PROPERTY_SEED: '1', CC_PROPERTY_RUNS: '0' })).toThrow(/CC_PROPERTY_RUNS must be at least 1/);
  expect(() => propertyConfig({ CC_PROPERTY_SEED: '1', CC_PROPERTY_PATH: 'x' })).toThrow(/CC_PROPERTY_PATH must look like/);
});
