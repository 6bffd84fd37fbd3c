import { randomUUID } from 'node:crypto';
import { checkClause } from '../../src/harness/checks/clause-check';
import { expect, test } from '../../src/harness/test';
import { bodyOf, given, requireDestructive, statusOf, told } from '../generic/behaviour-support';
import { administrator, as, FAMILY, recordingWith, search, type MadeRecording } from './behaviour-recordings';

/**
 * Delete Recording by ID (002): what a delete removes, what it refuses, and its status codes.
 * Destructive: each test deletes only recordings it had made, and runs only where the profile
 * allows destructive operations. One after another (not in parallel, but a failure does not skip
 * the rest), because the read-only state holds for the whole target.
 */
const TAGS = { tag: ['@behaviour', '@genesys-interaction-recording'] };
const DELETE = 'deleteRecordingsByRecordingId';

test.describe.configure({ mode: 'default' });

test.describe('genesys-interaction-recording delete', () => {
  test.beforeEach(({ target, contracts }) => requireDestructive(target, contracts, [DELETE]));

  test('a deleted recording, its media and its search hits are gone, and a second delete answers 404', TAGS, async ({ api, contracts, target, providerStates }) => {
    const gir = administrator(api, contracts, target);
    const made = await recordingWith(providerStates);
    const { recordingId, mediaUUID, marker } = made;
    const before = await search(gir, { includeLabels: marker });

    const deleted = await gir.call({ operationId: DELETE, params: { recordingId } });
    await checkClause('gir.delete.success', () => expect(statusOf(deleted), told(deleted)).toBe(200));
    await checkClause('gir.envelope.delete-status-code-zero', () => expect(bodyOf(deleted).statusCode, told(deleted)).toBe(0));
    await checkClause('gir.delete.gone-from-get', async () => {
      const read = await gir.call({ operationId: 'getRecordingsByRecordingId', params: { recordingId } });
      expect(statusOf(read), told(read)).toBe(404);
    });
    await checkClause('gir.delete.gone-from-search', async () => {
      expect(before.ids, `before the delete: ${told(before.exchange)}`).toEqual([recordingId]);
      const after = await search(gir, { includeLabels: marker });
      expect(statusOf(after.exchange), told(after.exchange)).toBe(200);
      expect(after.ids, 'after the delete').toEqual([]);
      expect(bodyOf(after.exchange).totalCount, 'totalCount after the delete').toBe(Number(bodyOf(before.exchange).totalCount) - 1);
    });
    await checkClause('gir.delete.media-removed', async () => {
      const media = await gir.call({ operationId: 'getRecordingsByRecordingIdDecryptByMediaUUIDMp3', params: { recordingId, mediaUUID } });
      expect(statusOf(media), told(media)).toBe(404);
    });
    await checkClause('gir.delete.second-delete-404', async () => {
      const again = await gir.call({ operationId: DELETE, params: { recordingId } });
      expect(statusOf(again), told(again)).toBe(404);
    });
  });

  test('an Administrator may delete an unprotected recording', TAGS, async ({ api, contracts, target, providerStates }) => {
    const gir = as(api, contracts, target, 'Administrator');
    const { recordingId } = await recordingWith(providerStates);
    await checkClause('gir.authorization.delete-administrator', async () => {
      const deleted = await gir.call({ operationId: DELETE, params: { recordingId } });
      expect(statusOf(deleted), told(deleted)).toBe(200);
    });
  });

  for (const role of ['Supervisor', 'Agent']) {
    test(`a ${role} may not delete a recording, which remains`, TAGS, async ({ api, contracts, target, providerStates }) => {
      const gir = as(api, contracts, target, role);
      const admin = administrator(api, contracts, target);
      const { recordingId } = await recordingWith(providerStates);
      await checkClause(`gir.authorization.delete-${role.toLowerCase()}-forbidden`, async () => {
        const refused = await gir.call({ operationId: DELETE, params: { recordingId } });
        expect(statusOf(refused), told(refused)).toBe(403);
        const read = await admin.call({ operationId: 'getRecordingsByRecordingId', params: { recordingId } });
        expect(statusOf(read), `still there: ${told(read)}`).toBe(200);
      });
    });
  }

  test('deleting a recording id that never existed answers 404', TAGS, async ({ api, contracts, target }) => {
    const gir = administrator(api, contracts, target);
    await checkClause('gir.delete.unknown-404', async () => {
      const unknown = await gir.call({ operationId: DELETE, params: { recordingId: `NOSUCHRECORDING${randomUUID().replace(/-/g, '').toUpperCase()}` } });
      expect(statusOf(unknown), told(unknown)).toBe(404);
    });
  });

  test('a recording protected from deletion (nonDelete) is not deleted', TAGS, async ({ api, contracts, target, providerStates }) => {
    const gir = administrator(api, contracts, target);
    const { recordingId } = await given<MadeRecording>(providerStates, 'a recording protected from deletion exists');
    await checkClause('gir.delete.non-delete-protected', async () => {
      const refused = await gir.call({ operationId: DELETE, params: { recordingId } });
      expect(statusOf(refused), told(refused)).not.toBe(200);
      const read = await gir.call({ operationId: 'getRecordingsByRecordingId', params: { recordingId } });
      expect(statusOf(read), `still there: ${told(read)}`).toBe(200);
      expect(bodyOf(read).nonDelete, 'nonDelete').toBe(true);
    });
  });

  test('while the recording database is read-only, a delete answers 503 and the recording remains', TAGS, async ({ api, contracts, target, providerStates }) => {
    const gir = administrator(api, contracts, target);
    const { recordingId } = await given<MadeRecording>(providerStates, 'a recording exists');
    await given(providerStates, 'the recording database is read-only', { readOnly: true });
    try {
      await checkClause('gir.delete.read-only-503', async () => {
        const refused = await gir.call({ operationId: DELETE, params: { recordingId } });
        expect(statusOf(refused), told(refused)).toBe(503);
        const read = await gir.call({ operationId: 'getRecordingsByRecordingId', params: { recordingId } });
        expect(statusOf(read), `still there: ${told(read)}`).toBe(200);
      });
    } finally {
      const writable = await providerStates.setUp('the recording database is read-only', { readOnly: false });
      if (!writable.ok) test.info().annotations.push({ type: 'warning', description: `${FAMILY} could not be made writable again: ${writable.reason}` });
    }
  });
});
