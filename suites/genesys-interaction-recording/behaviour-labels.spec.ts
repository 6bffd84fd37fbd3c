import { randomUUID } from 'node:crypto';
import { checkClause } from '../../src/harness/checks/clause-check';
import { expect, test } from '../../src/harness/test';
import { bodyOf, told, type Json } from '../generic/behaviour-support';
import { administrator, recordingWith, search, sorted } from './behaviour-recordings';

/**
 * Labels in Search Recordings and Get Recording by ID (002, includeLabels, excludeLabels,
 * subresources, recording.labels): label filters, the __screenRecording pseudo-label, and labels
 * returned only when subresources asks for them.
 */
const TAGS = { tag: ['@behaviour', '@genesys-interaction-recording'] };
const SCREEN = '__screenRecording';

/** Label names unique to this run, so that no other recording on the target carries them. */
const fresh = (name: string) => `${name}-${randomUUID().slice(0, 8)}`;

test.describe('genesys-interaction-recording labels', () => {
  test('includeLabels needs every label named, excludeLabels drops any label named', TAGS, async ({ api, contracts, target, providerStates }) => {
    const gir = administrator(api, contracts, target);
    const [a, b] = [fresh('alpha'), fresh('beta')];
    const onlyA = await recordingWith(providerStates, { labels: [a] });
    const marker = onlyA.marker;
    const onlyB = await recordingWith(providerStates, { marker, labels: [b] });
    const both = await recordingWith(providerStates, { marker, labels: [a, b] });
    const neither = await recordingWith(providerStates, { marker });

    await checkClause('gir.search.include-labels-all', async () => {
      const { exchange, ids } = await search(gir, { includeLabels: `${a},${b}` });
      expect(exchange.response?.status, told(exchange)).toBe(200);
      expect(ids, `includeLabels=${a},${b}`).toEqual([both.recordingId]);
      expect((await search(gir, { includeLabels: `${marker},${a}` })).ids, `includeLabels=${marker},${a}`).toEqual(sorted(onlyA.recordingId, both.recordingId));
    });
    await checkClause('gir.search.exclude-labels-none', async () => {
      const { exchange, ids } = await search(gir, { includeLabels: marker, excludeLabels: `${a},${b}` });
      expect(exchange.response?.status, told(exchange)).toBe(200);
      expect(ids, `includeLabels=${marker}&excludeLabels=${a},${b}`).toEqual([neither.recordingId]);
      expect((await search(gir, { includeLabels: marker, excludeLabels: b })).ids, `excludeLabels=${b}`).toEqual(sorted(onlyA.recordingId, neither.recordingId));
      expect((await search(gir, { includeLabels: marker, excludeLabels: a })).ids, `excludeLabels=${a}`).toEqual(sorted(onlyB.recordingId, neither.recordingId));
    });
  });

  test('__screenRecording selects the call recordings with, or without, an associated screen recording', TAGS, async ({ api, contracts, target, providerStates }) => {
    const gir = administrator(api, contracts, target);
    const screen = await recordingWith(providerStates, { screenRecording: true });
    const plain = await recordingWith(providerStates, { marker: screen.marker, screenRecording: false });

    await checkClause('gir.search.include-screen-recording', async () => {
      const { exchange, ids, recordings } = await search(gir, { includeLabels: `${screen.marker},${SCREEN}` });
      expect(exchange.response?.status, told(exchange)).toBe(200);
      expect(ids, `includeLabels=${screen.marker},${SCREEN}`).toEqual([screen.recordingId]);
      expect(recordings.map((r) => r.screenRecording === true), 'screenRecording').toEqual([true]);
    });
    await checkClause('gir.search.exclude-screen-recording', async () => {
      const { exchange, ids, recordings } = await search(gir, { includeLabels: screen.marker, excludeLabels: SCREEN });
      expect(exchange.response?.status, told(exchange)).toBe(200);
      expect(ids, `includeLabels=${screen.marker}&excludeLabels=${SCREEN}`).toEqual([plain.recordingId]);
      expect(recordings.map((r) => r.screenRecording === true), 'screenRecording').toEqual([false]);
    });
  });

  test('labels come only when subresources is * or labels, in Search Recordings and Get Recording by ID', TAGS, async ({ api, contracts, target, providerStates }) => {
    const gir = administrator(api, contracts, target);
    const label = fresh('gamma');
    const { recordingId, marker } = await recordingWith(providerStates, { labels: [label] });
    const get = (subresources?: string) => gir.call({ operationId: 'getRecordingsByRecordingId', params: { recordingId }, ...(subresources ? { query: { subresources } } : {}) });
    const names = (recording: Json | undefined) => (Array.isArray(recording?.labels) ? (recording.labels as Json[]).map((l) => String(l.name)).sort() : undefined);

    await checkClause('gir.search.labels-only-with-subresources', async () => {
      const found = await search(gir, { includeLabels: marker });
      expect(found.ids, told(found.exchange)).toEqual([recordingId]);
      expect(found.recordings[0]?.labels, 'Search Recordings without subresources').toBeUndefined();
      const plain = await get();
      expect(plain.response?.status, told(plain)).toBe(200);
      expect(bodyOf(plain).labels, 'Get Recording by ID without subresources').toBeUndefined();
    });
    await checkClause('gir.search.labels-with-subresources', async () => {
      for (const subresources of ['labels', '*']) {
        const one = await get(subresources);
        expect(one.response?.status, told(one)).toBe(200);
        expect(names(bodyOf(one)), `Get Recording by ID with subresources=${subresources}`).toEqual(sorted(marker, label));
        const found = await search(gir, { includeLabels: marker, subresources });
        expect(names(found.recordings[0]), `Search Recordings with subresources=${subresources}`).toEqual(sorted(marker, label));
      }
    });
  });
});
