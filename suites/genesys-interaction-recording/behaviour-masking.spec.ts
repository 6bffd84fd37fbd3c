import { checkClause } from '../../src/harness/checks/clause-check';
import { expect, test } from '../../src/harness/test';
import { bodyOf, statusOf, told, type Json } from '../generic/behaviour-support';
import { privacySession, recordingWith } from './behaviour-recordings';

/**
 * Masking across the two reads and the Administrator's searches (002, "Recording privacy
 * settings", "Mask settings and query parameters"), under privacy settings of the test's own.
 * The masking model suite (masking.spec.ts) judges each field; these judge how the reads agree
 * and what an Administrator's search by a listed field may answer.
 */
const TAGS = { tag: ['@behaviour', '@masking', '@genesys-interaction-recording'] };
const MASK = '*******';
const AGENT = { userName: 'morgan.masked@example.com', firstName: 'Morgan', lastName: 'Masked' };
const CALLER = '+15550107788';

/** Every leaf of a recording (labels aside) by its path, and whether it holds the mask. */
function maskedLeaves(value: unknown, path = ''): Record<string, boolean> {
  if (value === null || typeof value !== 'object') return { [path]: value === MASK };
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value as Json).filter(([key]) => path !== '' || key !== 'labels');
  return Object.assign({}, ...entries.map(([key, v]) => maskedLeaves(v, path === '' ? key : `${path}.${key}`))) as Record<string, boolean>;
}

test.describe('genesys-interaction-recording masking across operations', () => {
  test('a Supervisor sees the same fields masked through Search Recordings and Get Recording by ID', TAGS, async ({ api, providerStates, target }) => {
    test.skip(!Object.keys(target.credentials).includes('Supervisor'), 'masking is judged on what a Supervisor sees; the profile has no Supervisor');
    const session = await privacySession(api, providerStates, target);
    try {
      const { recordingId, marker } = await recordingWith(providerStates, { agent: AGENT, callerPhoneNumber: CALLER, attachedData: { Segment: 'Gold' } });
      const written = await session.write({ agent: ['userName', 'firstName', 'lastName', 'agentId'], customer: ['callerPhoneNumber', 'Segment'] });
      test.skip(statusOf(written) >= 300, `the privacy settings could not be written: ${told(written)}`);
      await checkClause('gir.masking.consistent-across-operations', async () => {
        const found = await session.send('Supervisor', 'getRecordings', '/api/v2/recordings', { includeLabels: marker, limit: 10 });
        const read = await session.send('Supervisor', 'getRecordingsByRecordingId', `/api/v2/recordings/${encodeURIComponent(recordingId)}`);
        expect(statusOf(found), told(found)).toBe(200);
        expect(statusOf(read), told(read)).toBe(200);
        const hit = (bodyOf(found).recordings as Json[] | undefined)?.find((r) => r.id === recordingId);
        expect(hit, `the recording among the search results: ${told(found)}`).toBeDefined();
        const inSearch = maskedLeaves(hit);
        expect(Object.values(inSearch).some(Boolean), `the settings mask something in the search result: ${told(found)}`).toBe(true);
        expect(maskedLeaves(bodyOf(read)), 'Get Recording by ID: masked (true) and unmasked (false) fields, against Search Recordings').toEqual(inSearch);
      });
    } finally {
      await session.restore();
    }
  });

  test("an Administrator's search by a listed field is answered 200 or refused with 403 (MAY)", TAGS, async ({ api, providerStates, target }) => {
    const session = await privacySession(api, providerStates, target);
    try {
      const { recordingId, marker } = await recordingWith(providerStates, { callerPhoneNumber: CALLER });
      const written = await session.write({ agent: [], customer: ['callerPhoneNumber'] });
      test.skip(statusOf(written) >= 300, `the privacy settings could not be written: ${told(written)}`);
      await checkClause('gir.masking.query-administrator', async () => {
        const found = await session.send('Administrator', 'getRecordings', '/api/v2/recordings', { includeLabels: marker, callerPhoneNumber: CALLER, limit: 10 });
        expect([200, 403], `callerPhoneNumber is listed: ${told(found)}`).toContain(statusOf(found));
        if (statusOf(found) === 200) expect((bodyOf(found).recordings as Json[] | undefined)?.map((r): unknown => r.id), `an answered search finds the recording: ${told(found)}`).toEqual([recordingId]);
      });
    } finally {
      await session.restore();
    }
  });
});
