import { expect, test } from '@playwright/test';
import { freePort } from '../../src/harness/net/free-port';
import { runConformance } from '../support/conformance-run';

test.describe.configure({ mode: 'parallel' });

test('a family the profile leaves out is skipped with that reason, never passed', async () => {
  test.setTimeout(180_000);
  const results = await runConformance({ families: ['dixa'], projects: ['dixa', 'genesys-cloud'], faults: [], grep: 'getAgents:|getConversationsEmails:' });
  const cloud = results.filter((r) => r.project === 'genesys-cloud');
  expect(cloud.length).toBeGreaterThan(0);
  for (const result of cloud) {
    expect(result.status).toBe('skipped');
    expect(result.skipReason).toContain('leaves out genesys-cloud');
  }
  expect(results.filter((r) => r.project === 'dixa').every((r) => r.status === 'passed')).toBe(true);
});

test('a dead target is reported as unreachable, naming its URL, not as a conformance verdict', async () => {
  test.setTimeout(180_000);
  const deadUrl = `http://127.0.0.1:${await freePort()}`;
  const results = await runConformance({ families: ['dixa'], faults: [], grep: 'getAgents:', baseUrlOverride: { dixa: deadUrl } });
  expect(results.length).toBeGreaterThan(0);
  for (const result of results) {
    expect(result.status).toBe('failed');
    expect(result.clausesFailed, 'no clause is blamed for a target that did not answer').toEqual([]);
    expect(result.error ?? '').toContain(deadUrl);
  }
});
