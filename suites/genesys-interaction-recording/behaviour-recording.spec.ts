import { randomUUID } from 'node:crypto';
import { checkClause } from '../../src/harness/checks/clause-check';
import type { Exchange } from '../../src/harness/http/exchange';
import { expect, test } from '../../src/harness/test';
import { bodyOf, statusOf, told, type Json } from '../generic/behaviour-support';
import { administrator, pathPrefix, recordingWith, search } from './behaviour-recordings';

/**
 * The recording resource and its envelopes (002, Get Recording by ID, Search Recordings,
 * Get Recording Media by ID, recording.eventHistory[]): status codes and statusCode/statusMessage,
 * the same recording through both reads, the event history's shape, and the media behind playPath.
 */
const TAGS = { tag: ['@behaviour', '@genesys-interaction-recording'] };
const GET = 'getRecordingsByRecordingId';
const MEDIA = 'getRecordingsByRecordingIdDecryptByMediaUUIDMp3';
const unknownId = () => `NOSUCHRECORDING${randomUUID().replace(/-/g, '').toUpperCase()}`;

/** An MP3 body: an ID3v2 tag or an MPEG frame sync (read as text, 0xFF is the replacement character). */
const isMp3 = (exchange: Exchange) => {
  const text = exchange.response?.bodyText ?? '';
  return text.startsWith('ID3') || text.startsWith('\uFFFD');
};

test.describe('genesys-interaction-recording recording resource', () => {
  test('envelopes: statusCode 0 on success, 404 for an unknown id, a statusMessage with every failure, an empty result set', TAGS, async ({ api, contracts, target, providerStates }) => {
    const gir = administrator(api, contracts, target);
    const { recordingId, marker } = await recordingWith(providerStates);

    await checkClause('gir.envelope.search-status-code-zero', async () => {
      const found = await search(gir, { includeLabels: marker });
      expect(statusOf(found.exchange), told(found.exchange)).toBe(200);
      expect(bodyOf(found.exchange), told(found.exchange)).toMatchObject({ statusCode: 0, totalCount: 1 });
      expect(found.ids).toEqual([recordingId]);
    });
    await checkClause('gir.envelope.get-returns-requested', async () => {
      const read = await gir.call({ operationId: GET, params: { recordingId } });
      expect(statusOf(read), told(read)).toBe(200);
      expect(bodyOf(read).id, told(read)).toBe(recordingId);
    });
    const unknown = await gir.call({ operationId: GET, params: { recordingId: unknownId() } });
    await checkClause('gir.envelope.get-unknown-404', () => expect(statusOf(unknown), told(unknown)).toBe(404));
    await checkClause('gir.envelope.status-message-on-failure', () => {
      const body = bodyOf(unknown);
      if (body.statusCode === undefined || body.statusCode === 0) {
        test.info().annotations.push({ type: 'not-applicable', description: `gir.envelope.status-message-on-failure: the 404 carries no non-zero statusCode (${told(unknown)})` });
        return;
      }
      expect(typeof body.statusMessage === 'string' && body.statusMessage.trim() !== '', `statusCode ${String(body.statusCode)} without a statusMessage: ${told(unknown)}`).toBe(true);
    });
    await checkClause('gir.envelope.search-no-match-empty', async () => {
      const none = await search(gir, { includeLabels: `no-such-label-${randomUUID()}` });
      expect(statusOf(none.exchange), told(none.exchange)).toBe(200);
      const body = bodyOf(none.exchange);
      expect(body.recordings, told(none.exchange)).toEqual([]);
      expect(body.totalCount, 'totalCount').toBe(0);
      expect([body.nextPath, body.prevPath], 'nextPath and prevPath').toEqual([undefined, undefined]);
    });
  });

  test('Get Recording by ID shows the recording as Search Recordings does', TAGS, async ({ api, contracts, target, providerStates }) => {
    const gir = administrator(api, contracts, target);
    const { recordingId, marker } = await recordingWith(providerStates, { attachedData: { Segment: 'Gold' } });
    await checkClause('gir.envelope.get-matches-search', async () => {
      const found = await search(gir, { includeLabels: marker });
      expect(found.ids, told(found.exchange)).toEqual([recordingId]);
      const read = await gir.call({ operationId: GET, params: { recordingId } });
      expect(statusOf(read), told(read)).toBe(200);
      const withoutLabels = ({ labels: _labels, ...rest }: Json) => rest;
      expect(withoutLabels(bodyOf(read)), 'Get Recording by ID against the Search Recordings hit').toEqual(withoutLabels(found.recordings[0] ?? {}));
    });
  });

  test('eventHistory: Joined, Left and Data events, contacts on Joined/Left, eventId and data on Data', TAGS, async ({ api, contracts, target, providerStates }) => {
    const gir = administrator(api, contracts, target);
    const agent = { userName: 'rowan.event@example.com', firstName: 'Rowan', lastName: 'Event' };
    const { recordingId, marker } = await recordingWith(providerStates, { agent, attachedData: { Topic: 'billing' } });
    const read = await gir.call({ operationId: GET, params: { recordingId } });
    const found = await search(gir, { includeLabels: marker });
    const histories = () => {
      expect(statusOf(read), told(read)).toBe(200);
      expect(found.ids, told(found.exchange)).toEqual([recordingId]);
      return [bodyOf(read), found.recordings[0] ?? {}].map((r): Json[] => (Array.isArray(r.eventHistory) ? (r.eventHistory as Json[]) : []));
    };

    await checkClause('gir.schema.event-values', () => {
      for (const events of histories()) {
        expect(events.length, 'eventHistory items').toBeGreaterThan(0);
        expect(events.filter((e) => !['Joined', 'Left', 'Data'].includes(String(e.event))).map((e) => String(e.event)), 'events other than Joined, Left, Data').toEqual([]);
      }
    });
    await checkClause('gir.schema.contact-on-joined-left', () => {
      for (const events of histories()) {
        const joinedOrLeft = events.filter((e) => e.event === 'Joined' || e.event === 'Left');
        expect(joinedOrLeft.length, 'the agent joined and left').toBeGreaterThanOrEqual(2);
        expect(joinedOrLeft.filter((e) => e.contact === null || typeof e.contact !== 'object'), 'Joined/Left items without a contact').toEqual([]);
      }
    });
    await checkClause('gir.schema.data-on-data-event', () => {
      for (const events of histories()) {
        const data = events.filter((e) => e.event === 'Data');
        expect(data.length, 'a Data event carries the attached data').toBeGreaterThan(0);
        for (const item of data) {
          expect(typeof item.eventId === 'string' && item.eventId !== '', `eventId of ${JSON.stringify(item).slice(0, 200)}`).toBe(true);
          const data: Json = item.data !== null && typeof item.data === 'object' ? (item.data as Json) : {};
          expect(['added', 'updated', 'deleted'].some((k) => data[k] !== null && typeof data[k] === 'object'), `data of ${JSON.stringify(item).slice(0, 200)}`).toBe(true);
        }
      }
    });
    await checkClause('gir.schema.contact-type-values', () => {
      for (const events of histories()) {
        const types = events.map((e): unknown => e.contact).filter((c): c is Json => c !== null && typeof c === 'object').map((c) => String(c.type));
        expect(types, 'contact.type values').toContain('User');
        expect(types.filter((t) => t !== 'User' && t !== 'External'), 'contact.type other than User, External').toEqual([]);
      }
    });
  });

  test('media: the decrypted MP3 behind playPath, 404 for an unknown recording or media file', TAGS, async ({ api, contracts, target, providerStates }) => {
    const gir = administrator(api, contracts, target);
    const { recordingId, mediaUUID } = await recordingWith(providerStates);

    await checkClause('gir.media.decrypted-body', async () => {
      const media = await gir.call({ operationId: MEDIA, params: { recordingId, mediaUUID } });
      expect(statusOf(media), told(media)).toBe(200);
      expect(media.response?.headers['content-type'] ?? '', 'content type').toMatch(/^audio\/(mpeg|mp3)\b/);
      expect(isMp3(media), `an MP3 body (ID3 tag or frame sync), got ${JSON.stringify(media.response?.bodyText.slice(0, 40))}`).toBe(true);
    });
    await checkClause('gir.media.play-path-retrieves', async () => {
      const read = await gir.call({ operationId: GET, params: { recordingId } });
      const files = Array.isArray(bodyOf(read).mediaFiles) ? (bodyOf(read).mediaFiles as Json[]) : [];
      expect(files.length, told(read)).toBeGreaterThan(0);
      for (const file of files) {
        const played = await gir.call({ operationId: MEDIA, path: `${pathPrefix(contracts)}${String(file.playPath)}` });
        expect(statusOf(played), told(played)).toBe(200);
        expect(isMp3(played), `playPath ${String(file.playPath)} plays audio`).toBe(true);
      }
    });
    await checkClause('gir.media.unknown-recording-404', async () => {
      const media = await gir.call({ operationId: MEDIA, params: { recordingId: unknownId(), mediaUUID } });
      expect(statusOf(media), told(media)).toBe(404);
    });
    await checkClause('gir.media.unknown-media-404', async () => {
      const media = await gir.call({ operationId: MEDIA, params: { recordingId, mediaUUID: randomUUID() } });
      expect(statusOf(media), told(media)).toBe(404);
    });
  });
});
