import { checkClause } from '../../src/harness/checks/clause-check';
import { expect, test } from '../../src/harness/test';
import { bodyOf, given, statusOf, told, type Json } from '../generic/behaviour-support';
import { administrator, pathPrefix, recordingWith } from './behaviour-recordings';

/**
 * What the recording resource and a search page promise beyond their schemas (002, "recording",
 * "mediaFiles", "Search Recordings"): the screenRecording flag, the pause/resume masks, and
 * nextUri/prevUri only alongside nextPath/prevPath.
 */
const TAGS = { tag: ['@behaviour', '@genesys-interaction-recording'] };
/** The seed's year: Sample 1's recordings, among them paused ones (any target's recordings of 2015 will do). */
const YEAR_2015 = { startTime: Date.UTC(2015, 0, 1), endTime: Date.UTC(2016, 0, 1) };

const recordingsOf = (body: Json): Json[] => (Array.isArray(body.recordings) ? (body.recordings as Json[]) : []);
const filesOf = (recording: Json): Json[] => (Array.isArray(recording.mediaFiles) ? (recording.mediaFiles as Json[]) : []);

test.describe('genesys-interaction-recording resource promises', () => {
  test('screenRecording is true exactly for a recording with a screen recording', TAGS, async ({ api, contracts, target, providerStates }) => {
    const gir = administrator(api, contracts, target);
    const withScreen = await recordingWith(providerStates, { screenRecording: true });
    const without = await recordingWith(providerStates, { screenRecording: false });
    await checkClause('gir.schema.screen-recording-flag', async () => {
      for (const [made, expected] of [[withScreen, true], [without, false]] as const) {
        const read = await gir.call({ operationId: 'getRecordingsByRecordingId', params: { recordingId: made.recordingId } });
        expect(statusOf(read), told(read)).toBe(200);
        expect(bodyOf(read).screenRecording, `a recording ${expected ? 'with' : 'without'} a screen recording: ${told(read)}`).toBe(expected);
      }
    });
  });

  test('mediaFiles[].masks, where present, are pause and resume events with a time (MAY)', TAGS, async ({ api, contracts, target }) => {
    const gir = administrator(api, contracts, target);
    const found = await gir.call({ operationId: 'getRecordings', query: { ...YEAR_2015, limit: 100 } });
    const masked = recordingsOf(bodyOf(found)).flatMap(filesOf).filter((file) => file.masks !== undefined);
    test.skip(statusOf(found) === 200 && masked.length === 0, 'no media file of the recordings of 2015 carries masks: nothing to judge (a recording never paused has none)');
    await checkClause('gir.schema.masks-pause-resume', () => {
      expect(statusOf(found), told(found)).toBe(200);
      for (const file of masked) {
        const masks: unknown = file.masks;
        expect(Array.isArray(masks), `masks of ${String(file.mediaId)} is a list: ${JSON.stringify(masks)}`).toBe(true);
        for (const mask of masks as Json[]) {
          expect(typeof mask.time, `a time: ${JSON.stringify(mask)}`).toBe('string');
          expect(['paused', 'resume'], `the type of ${JSON.stringify(mask)}`).toContain(mask.type);
        }
      }
    });
  });

  test('nextUri and prevUri only accompany nextPath and prevPath (MAY)', TAGS, async ({ api, contracts, target, providerStates }) => {
    const gir = administrator(api, contracts, target);
    const start = Date.UTC(2032, 5, 1);
    const { query } = await given<{ query: Record<string, string> }>(providerStates, 'n recordings exist between t1 and t2', { count: 3, startTime: start, endTime: start + 3_600_000 });
    const pages: Json[] = [];
    let page = await gir.call({ operationId: 'getRecordings', query: { ...query, limit: 1 } });
    for (let n = 0; n < 5 && statusOf(page) === 200; n += 1) {
      pages.push(bodyOf(page));
      const next: unknown = bodyOf(page).nextPath;
      if (typeof next !== 'string') break;
      page = await gir.call({ operationId: 'getRecordings', path: `${pathPrefix(contracts)}${next}` });
    }
    await checkClause('gir.pagination.internal-uris', () => {
      expect(pages.length, `the three recordings took several pages: ${told(page)}`).toBeGreaterThan(1);
      for (const [i, body] of pages.entries()) {
        if (body.nextUri !== undefined && body.nextUri !== null) expect(body.nextPath, `page ${i + 1} has a nextUri, so a nextPath: ${JSON.stringify(body).slice(0, 300)}`).toEqual(expect.any(String));
        if (body.prevUri !== undefined && body.prevUri !== null) expect(body.prevPath, `page ${i + 1} has a prevUri, so a prevPath: ${JSON.stringify(body).slice(0, 300)}`).toEqual(expect.any(String));
      }
    });
  });
});
