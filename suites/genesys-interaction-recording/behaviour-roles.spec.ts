import { checkClause } from '../../src/harness/checks/clause-check';
import { expect, test } from '../../src/harness/test';
import { bodyOf, statusOf, told } from '../generic/behaviour-support';
import { as, recordingWith } from './behaviour-recordings';

/**
 * The roles 002 permits for each read (Search Recordings and Get Recording by ID: Administrator
 * and Supervisor; Get Recording Media by ID: Administrator, Supervisor and Agent, given the
 * privilege to decrypt, which every profile user is taken to have): each is served. The refusals
 * of other roles are the read and property suites' (forbidden_role_rejected).
 */
const TAGS = { tag: ['@behaviour', '@genesys-interaction-recording'] };
const clauseOf = (operation: 'search' | 'get' | 'media', role: string) => `gir.authorization.${operation}-${role.toLowerCase()}`;

test.describe('genesys-interaction-recording permitted roles', () => {
  for (const role of ['Administrator', 'Supervisor']) {
    test(`a ${role} may search recordings`, TAGS, async ({ api, contracts, target, providerStates }) => {
      const gir = as(api, contracts, target, role);
      const { recordingId, marker } = await recordingWith(providerStates);
      await checkClause(clauseOf('search', role), async () => {
        const found = await gir.call({ operationId: 'getRecordings', query: { includeLabels: marker, limit: 10 } });
        expect(statusOf(found), told(found)).toBe(200);
        const recordings: unknown = bodyOf(found).recordings;
        expect(Array.isArray(recordings) ? recordings.map((r) => String((r as { id?: unknown }).id)) : recordings, `a recordings list: ${told(found)}`).toEqual([recordingId]);
      });
    });

    test(`a ${role} may get a recording by id`, TAGS, async ({ api, contracts, target, providerStates }) => {
      const gir = as(api, contracts, target, role);
      const { recordingId } = await recordingWith(providerStates);
      await checkClause(clauseOf('get', role), async () => {
        const read = await gir.call({ operationId: 'getRecordingsByRecordingId', params: { recordingId } });
        expect(statusOf(read), told(read)).toBe(200);
        expect(bodyOf(read).id, told(read)).toBe(recordingId);
      });
    });
  }

  for (const role of ['Administrator', 'Supervisor', 'Agent']) {
    test(`a ${role} may fetch recording media`, TAGS, async ({ api, contracts, target, providerStates }) => {
      const gir = as(api, contracts, target, role);
      const { recordingId, mediaUUID } = await recordingWith(providerStates);
      await checkClause(clauseOf('media', role), async () => {
        const media = await gir.call({ operationId: 'getRecordingsByRecordingIdDecryptByMediaUUIDMp3', params: { recordingId, mediaUUID } });
        expect(statusOf(media), told(media)).toBe(200);
        expect(media.response?.headers['content-type'] ?? '', `the media file: ${told(media)}`).toMatch(/^audio\//);
      });
    });
  }
});
