import { expect, test } from '@playwright/test';
import { loadFaultCatalogue } from '../../src/reference/faults/fault-catalogue';
import { MASK } from '../../src/reference/genesys-interaction-recording/masking';
import { contracts, FAMILY, GirTarget } from './gir-client';

/**
 * Each GIR fault against a probe that answers "does the defect show?": false on a clean target,
 * true with the fault switched on. A probe sets up its own data through provider states.
 */
type Probe = (t: GirTarget) => Promise<boolean>;
type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const RECORDINGS = '/api/v2/recordings';
const total = async (t: GirTarget, query: Record<string, string | number>) => (await t.search(query)).body.totalCount as number;
const fresh = (t: GirTarget) => t.recordingExists();
const one = async (t: GirTarget, at: number) => (await t.recordingsBetween(1, at, at + 60_000)).marker;
const getAs = async (t: GirTarget, as: 'Administrator' | 'Supervisor' = 'Administrator') => (await t.get(`${RECORDINGS}/${(await fresh(t)).recordingId}`, as)).body;
const masked = async (t: GirTarget, agent: string[], customer: string[] = []) => {
  const { recordingId } = await fresh(t);
  await t.mask(agent, customer);
  return (await t.get(`${RECORDINGS}/${recordingId}`, 'Supervisor')).body;
};
const events = (recording: Body) => recording.eventHistory as Body[];
const deletedOne = async (t: GirTarget) => {
  const created = await fresh(t);
  await t.send('DELETE', `${RECORDINGS}/${created.recordingId}`);
  return created;
};
const page = async (t: GirTarget, offset: number) => {
  const { query } = await t.recordingsBetween(25, 1_700_000_000_000, 1_700_000_250_000);
  return { query, body: (await t.search({ ...query, offset, limit: 10 })).body };
};
const supervisorSearch = async (t: GirTarget, listed: string, query: Record<string, string>) => {
  await t.mask([listed]);
  return (await t.search(query, 'Supervisor')).status;
};
const firstIdAfterFollowing = async (t: GirTarget, offset: number, link: 'nextPath' | 'prevPath', expectedOffset: number) => {
  const { query, body } = await page(t, offset);
  const followed = await t.get(`/api/v2${body[link] as string}`);
  const expected = await t.search({ ...query, offset: expectedOffset, limit: 10 });
  return followed.body.recordings[0]?.id !== expected.body.recordings[0]?.id;
};

const PROBES: Record<string, Probe> = {
  'gir-anonymous-accepted': async (t) => (await t.get(RECORDINGS, 'anonymous')).status !== 401,
  'gir-invalid-credentials-accepted': async (t) => (await t.get(RECORDINGS, 'wrong-password')).status !== 401,
  'gir-agent-may-search': async (t) => (await t.get(RECORDINGS, 'Agent')).status !== 403,
  'gir-agent-may-get': async (t) => (await t.get(`${RECORDINGS}/${(await fresh(t)).recordingId}`, 'Agent')).status !== 403,
  'gir-settings-open-to-all-roles': async (t) => (await t.get('/api/v2/settings/recording', 'Supervisor')).status !== 403,
  'gir-search-null-internal-uris': async (t) => {
    const answer = await t.search({ limit: 5 });
    return !contracts.responseValidator(FAMILY, 'getRecordings', 200)!(answer.body);
  },
  'gir-get-undocumented-status': async (t) => (await t.get(`${RECORDINGS}/${(await fresh(t)).recordingId}`)).status !== 200,
  'gir-search-vendor-content-type': async (t) => (await t.search({ limit: 1 })).contentType !== 'application/json',
  'gir-error-without-status-message': async (t) => (await t.get(`${RECORDINGS}/NOPE`)).body.statusMessage === undefined,
  'gir-search-without-status-code': async (t) => (await t.search({ limit: 1 })).body.statusCode !== 0,
  'gir-delete-without-status-code': async (t) => (await t.send('DELETE', `${RECORDINGS}/${(await fresh(t)).recordingId}`)).body.statusCode !== 0,
  'gir-get-unknown-200': async (t) => (await t.get(`${RECORDINGS}/NOPE`)).status !== 404,
  'gir-search-no-match-without-recordings': async (t) => !Array.isArray((await t.search({ includeLabels: 'no-such-label' })).body.recordings),
  'gir-search-region-differs': async (t) => {
    const marker = await one(t, 1_650_000_000_000);
    const [found] = (await t.search({ includeLabels: marker })).body.recordings as Body[];
    return found?.region !== (await t.get(`${RECORDINGS}/${found?.id as string}`)).body.region;
  },
  'gir-left-event-without-contact': async (t) => events(await getAs(t)).some((e) => e.event === 'Left' && !e.contact),
  'gir-data-event-without-event-id': async (t) => events(await getAs(t)).some((e) => e.event === 'Data' && !e.eventId),
  'gir-event-attached-data': async (t) => events(await getAs(t)).some((e) => !['Joined', 'Left', 'Data'].includes(e.event as string)),
  'gir-contact-type-agent': async (t) => events(await getAs(t)).some((e) => e.contact && !['User', 'External'].includes(e.contact.type as string)),
  'gir-search-returns-deleted': async (t) => {
    const marker = await one(t, 1_650_000_000_000);
    const [found] = (await t.search({ includeLabels: marker })).body.recordings as Body[];
    await t.send('DELETE', `${RECORDINGS}/${found?.id as string}`);
    return (await total(t, { includeLabels: marker })) !== 0;
  },
  'gir-deleted-still-gettable': async (t) => (await t.get(`${RECORDINGS}/${(await deletedOne(t)).recordingId}`)).status !== 404,
  'gir-deleted-media-playable': async (t) => {
    const { recordingId, mediaUUID } = await deletedOne(t);
    return (await t.get(`${RECORDINGS}/${recordingId}/decrypt/${mediaUUID}.mp3`)).status !== 404;
  },
  'gir-second-delete-200': async (t) => (await t.send('DELETE', `${RECORDINGS}/${(await deletedOne(t)).recordingId}`)).status !== 404,
  'gir-delete-unknown-200': async (t) => (await t.send('DELETE', `${RECORDINGS}/NOPE`)).status !== 404,
  'gir-non-delete-ignored': async (t) => (await t.send('DELETE', `${RECORDINGS}/${(await t.recordingExists(true)).recordingId}`)).status === 200,
  'gir-read-only-ignored': async (t) => {
    const { recordingId } = await fresh(t);
    await t.state('the recording database is read-only', { readOnly: true });
    return (await t.send('DELETE', `${RECORDINGS}/${recordingId}`)).status !== 503;
  },
  'gir-play-path-unfollowable': async (t) => (await t.get(`/api/v2${(await getAs(t)).mediaFiles[0].playPath as string}`)).status !== 200,
  'gir-media-encrypted-bytes': async (t) => {
    const { recordingId, mediaUUID } = await fresh(t);
    return !(await t.get(`${RECORDINGS}/${recordingId}/decrypt/${mediaUUID}.mp3`)).text.startsWith('ID3');
  },
  'gir-media-unknown-recording-200': async (t) => (await t.get(`${RECORDINGS}/NOPE/decrypt/${(await fresh(t)).mediaUUID}.mp3`)).status !== 404,
  'gir-media-unknown-uuid-200': async (t) => (await t.get(`${RECORDINGS}/${(await fresh(t)).recordingId}/decrypt/00000000-0000-4000-8000-000000000000.mp3`)).status !== 404,
  'gir-mask-leaks-ani': async (t) => (await masked(t, ['callerPhoneNumber'])).mediaFiles[0].parameters.ani !== MASK,
  'gir-mask-contact-skipped': async (t) => events(await masked(t, ['userName'])).some((e) => e.contact && e.contact.firstName !== MASK),
  'gir-mask-attached-data-added-only': async (t) => events(await masked(t, ['GSIP_RECORD'])).some((e) => e.data?.deleted && e.data.deleted.GSIP_RECORD !== MASK),
  'gir-mask-length-of-value': async (t) => (await masked(t, ['callerPhoneNumber'])).callerPhoneNumber !== MASK,
  'gir-mask-administrator': async (t) => {
    await t.mask(['callerPhoneNumber']);
    return (await getAs(t)).callerPhoneNumber === MASK;
  },
  'gir-mask-caller-by-default': async (t) => (await getAs(t, 'Supervisor')).callerPhoneNumber === MASK,
  'gir-mask-unlisted-region': async (t) => (await masked(t, ['callerPhoneNumber'])).region === MASK,
  'gir-mask-customer-fields-ignored': async (t) => (await masked(t, [], ['dialedPhoneNumber'])).dialedPhoneNumber !== MASK,
  'gir-mask-first-name-only': async (t) => (await masked(t, ['callerPhoneNumber', 'dialedPhoneNumber'])).dialedPhoneNumber !== MASK,
  'gir-settings-change-ignored': async (t) => {
    await t.send('PUT', '/api/v2/settings/recording', 'Administrator', { name: 'metadata.privacy.agent_fields', value: 'callerPhoneNumber' });
    return (await getAs(t, 'Supervisor')).callerPhoneNumber !== MASK;
  },
  'gir-supervisor-may-search-by-caller': async (t) => (await supervisorSearch(t, 'callerPhoneNumber', { callerPhoneNumber: '8522001' })) !== 403,
  'gir-supervisor-may-search-by-dialed': async (t) => (await supervisorSearch(t, 'dialedPhoneNumber', { dialedPhoneNumber: '+14160000001' })) !== 403,
  'gir-supervisor-may-search-by-user-name': async (t) => (await supervisorSearch(t, 'userName', { userName: 'Agent1' })) !== 403,
  'gir-supervisor-may-search-by-user-data': async (t) => (await supervisorSearch(t, 'userData', { userData: 'Gold' })) !== 403,
  'gir-mask-query-oracle': async (t) => (await supervisorSearch(t, 'callerPhoneNumber', { callerPhoneNumber: '0000000' })) !== 403,
  'gir-mask-refuses-every-search-parameter': async (t) => (await supervisorSearch(t, 'callerPhoneNumber', { dialedPhoneNumber: '+14160000001' })) === 403,
  'gir-next-path-on-last-page': async (t) => (await page(t, 20)).body.nextPath !== undefined,
  'gir-prev-path-on-first-page': async (t) => (await page(t, 0)).body.prevPath !== undefined,
  'gir-total-count-remaining': async (t) => (await page(t, 10)).body.totalCount !== 25,
  'gir-next-path-missing-middle': async (t) => (await page(t, 10)).body.nextPath === undefined,
  'gir-prev-path-missing-last': async (t) => (await page(t, 20)).body.prevPath === undefined,
  'gir-next-path-skips-one': (t) => firstIdAfterFollowing(t, 0, 'nextPath', 10),
  'gir-prev-path-same-page': (t) => firstIdAfterFollowing(t, 10, 'prevPath', 0),
  'gir-offset-beyond-total-400': async (t) => (await t.search({ offset: 1000 })).status !== 200,
  'gir-caller-substring': async (t) => (await total(t, { callerPhoneNumber: '4165550102' })) > 0,
  'gir-caller-no-strip': async (t) => (await total(t, { callerPhoneNumber: '+1 (416) 555-0101' })) === 0,
  'gir-caller-wildcard-ignored': async (t) => (await total(t, { callerPhoneNumber: '1416*' })) === 0,
  'gir-caller-case-insensitive': async (t) => ((await t.search({ callerPhoneNumber: 'AB12345' })).body.recordings as Body[]).some((r) => r.callerPhoneNumber === 'ab12345'),
  'gir-dialed-substring': async (t) => (await total(t, { dialedPhoneNumber: '8005550100' })) > 0,
  'gir-dialed-no-strip': async (t) => (await total(t, { dialedPhoneNumber: '+1 (416) 000-0001' })) === 0,
  'gir-dialed-wildcard-ignored': async (t) => (await total(t, { dialedPhoneNumber: '1416*' })) === 0,
  'gir-dialed-case-insensitive': async (t) => (await total(t, { dialedPhoneNumber: 'sup77x' })) > 0,
  'gir-start-time-exclusive': async (t) => (await total(t, { startTime: 1_650_000_000_000, includeLabels: await one(t, 1_650_000_000_000) })) === 0,
  'gir-end-time-uses-start-time': async (t) => (await total(t, { endTime: 1_650_000_000_000, includeLabels: await one(t, 1_650_000_000_000) })) > 0,
  'gir-time-range-overlap': async (t) => (await total(t, { startTime: 1_650_000_000_001, endTime: 1_650_000_060_000, includeLabels: await one(t, 1_650_000_000_000) })) > 0,
  'gir-user-name-ignores-last-name': async (t) => (await total(t, { userName: 'Genesys' })) === 0,
  'gir-user-name-prefix': async (t) => (await total(t, { userName: 'Agen' })) > 0,
  'gir-user-data-matches-names': async (t) => (await total(t, { userData: 'CustomerSegment' })) > 0,
  'gir-include-labels-any': async (t) => (await total(t, { includeLabels: 'escalation,training' })) > 0,
  'gir-exclude-labels-first-only': async (t) =>
    ((await t.search({ excludeLabels: 'comment,training', subresources: 'labels' })).body.recordings as Body[]).some((r) => (r.labels as Body[]).some((l) => l.name === 'training')),
  'gir-include-screen-recording-ignored': async (t) => (await total(t, { includeLabels: '__screenRecording' })) === 0,
  'gir-exclude-screen-recording-ignored': async (t) => ((await t.search({ excludeLabels: '__screenRecording' })).body.recordings as Body[]).some((r) => r.screenRecording),
  'gir-labels-always': async (t) => ((await t.search({ limit: 50 })).body.recordings as Body[]).some((r) => r.labels !== undefined),
  'gir-get-ignores-subresources': async (t) => {
    const marker = await one(t, 1_650_000_000_000);
    const [found] = (await t.search({ includeLabels: marker })).body.recordings as Body[];
    return (await t.get(`${RECORDINGS}/${found?.id as string}?subresources=labels`)).body.labels === undefined;
  },
  // Pagination and masking faults of the @pagination and @masking suites.
  'gir-page-over-limit': async (t) => ((await page(t, 0)).body.recordings as Body[]).length > 10,
  'gir-page-short': async (t) => ((await page(t, 0)).body.recordings as Body[]).length < 10,
  'gir-offset-skips-one': async (t) => {
    const { page: second, whole } = await pageAgainstWhole(t, 10);
    return second[0]?.id !== whole[10]?.id;
  },
  'gir-page-repeats-first': async (t) => {
    const { page: second, whole } = await pageAgainstWhole(t, 10);
    return second.some((r) => r.id === whole[0]?.id);
  },
  'gir-paths-drop-query': async (t) => {
    const { query } = await t.recordingsBetween(25, 1_700_000_000_000, 1_700_000_250_000);
    return !String((await t.search({ ...query, startTime: 1_700_000_000_000, endTime: 1_700_000_250_000, limit: 10 })).body.nextPath).includes('endTime=');
  },
  'gir-limit-zero-server-error': async (t) => (await t.search({ limit: 0 })).status >= 500,
  'gir-search-requires-paging': async (t) => (await t.get(RECORDINGS)).status !== 200,
  'gir-mask-search-top-level-skipped': async (t) => {
    await t.mask(['callerPhoneNumber']);
    return ((await t.search({ limit: 50 }, 'Supervisor')).body.recordings as Body[]).some((r) => r.callerPhoneNumber !== MASK);
  },
  'gir-mask-get-top-level-skipped': async (t) => (await masked(t, ['callerPhoneNumber'])).callerPhoneNumber !== MASK,
  'gir-mask-removes-property': async (t) => !('callerPhoneNumber' in (await masked(t, ['callerPhoneNumber']))),
  'gir-mask-empty-string': async (t) => (await masked(t, ['callerPhoneNumber'])).callerPhoneNumber === '',
  'gir-mask-leak-in-next-uri': async (t) => {
    await t.mask(['callerPhoneNumber']);
    return String((await t.search({ limit: 1 }, 'Supervisor')).body.nextUri).includes('caller=');
  },
  'gir-mask-play-path': async (t) => (await masked(t, ['callerPhoneNumber'])).mediaFiles[0].playPath === MASK,
  'gir-mask-search-matches-hidden': async (t) => {
    await t.mask(['firstName']);
    return ((await t.search({ userName: 'Agent1' }, 'Supervisor')).body.totalCount as number) > 0;
  },
  // generic checks
  'gir-get-existing-404': async (t) => (await t.get(`${RECORDINGS}/${(await fresh(t)).recordingId}`)).status === 404,
  'gir-settings-post-invalid-ignored': async (t) => (await t.send('POST', '/api/v2/settings/recording', 'Administrator', { name: 'no.such.setting', value: 'x' })).status === 200,
  'gir-settings-read-refused': async (t) => (await t.get('/api/v2/settings/recording')).status === 403,
  // permitted roles
  'gir-search-administrator-forbidden': async (t) => (await t.search({ limit: 1 }, 'Administrator')).status === 403,
  'gir-search-supervisor-forbidden': async (t) => (await t.search({ limit: 1 }, 'Supervisor')).status === 403,
  'gir-get-administrator-forbidden': async (t) => (await t.get(`${RECORDINGS}/${(await fresh(t)).recordingId}`, 'Administrator')).status === 403,
  'gir-get-supervisor-forbidden': async (t) => (await t.get(`${RECORDINGS}/${(await fresh(t)).recordingId}`, 'Supervisor')).status === 403,
  'gir-media-administrator-forbidden': async (t) => (await media(t, 'Administrator')) === 403,
  'gir-media-supervisor-forbidden': async (t) => (await media(t, 'Supervisor')) === 403,
  'gir-media-agent-forbidden': async (t) => (await media(t, 'Agent')) === 403,
  'gir-delete-administrator-forbidden': async (t) => (await t.send('DELETE', `${RECORDINGS}/${(await fresh(t)).recordingId}`, 'Administrator')).status === 403,
  'gir-supervisor-may-delete': async (t) => (await t.send('DELETE', `${RECORDINGS}/${(await fresh(t)).recordingId}`, 'Supervisor')).status === 200,
  'gir-agent-may-delete': async (t) => (await t.send('DELETE', `${RECORDINGS}/${(await fresh(t)).recordingId}`, 'Agent')).status === 200,
  // masking, pagination, search, envelopes, delete, schema
  'gir-get-contacts-unmasked': async (t) => {
    const marker = await one(t, 1_660_000_000_000);
    await t.mask(['userName']);
    const [found] = (await t.search({ includeLabels: marker }, 'Supervisor')).body.recordings as Body[];
    const read = (await t.get(`${RECORDINGS}/${found?.id as string}`, 'Supervisor')).body;
    return JSON.stringify(read.eventHistory) !== JSON.stringify(found?.eventHistory);
  },
  'gir-administrator-listed-query-400': async (t) => {
    await t.mask(['callerPhoneNumber']);
    return (await t.search({ callerPhoneNumber: '8522001' }, 'Administrator')).status === 400;
  },
  'gir-next-uri-without-next-path': async (t) => {
    const { query } = await t.recordingsBetween(2, 1_670_000_000_000, 1_670_000_060_000);
    const last = (await t.search({ ...query, offset: 1, limit: 1 })).body;
    return last.nextUri !== undefined && last.nextPath === undefined;
  },
  'gir-user-data-substring': async (t) => {
    const { marker } = await t.state<{ marker: string }>('a recording with given attributes exists', { attachedData: { Topic: 'refund-4711' } });
    return ((await t.search({ includeLabels: marker, userData: 'refund' })).body.totalCount as number) > 0;
  },
  'gir-get-returns-media-id': async (t) => {
    const { recordingId } = await fresh(t);
    return (await t.get(`${RECORDINGS}/${recordingId}`)).body.id !== recordingId;
  },
  'gir-delete-answers-202': async (t) => (await t.send('DELETE', `${RECORDINGS}/${(await fresh(t)).recordingId}`)).status === 202,
  'gir-mask-type-pause': async (t) => ((await t.search({ startTime: Date.UTC(2015, 0, 1), endTime: Date.UTC(2016, 0, 1), limit: 100 })).body.recordings as Body[]).some((r) => (r.mediaFiles as Body[]).some((f) => (f.masks as Body[] | undefined)?.some((m) => m.type === 'pause'))),
  'gir-screen-recording-always-false': async (t) => {
    const { recordingId } = await t.state<{ recordingId: string }>('a recording with given attributes exists', { screenRecording: true });
    return (await t.get(`${RECORDINGS}/${recordingId}`)).body.screenRecording !== true;
  },
};

/** The status of fetching a fresh recording's media as a role. */
async function media(t: GirTarget, as: 'Administrator' | 'Supervisor' | 'Agent'): Promise<number> {
  const { recordingId, mediaUUID } = await fresh(t);
  return (await t.get(`${RECORDINGS}/${recordingId}/decrypt/${mediaUUID}.mp3`, as)).status;
}

/** 25 fresh recordings: the page at `offset` (limit 10) and the whole result set in one page. */
async function pageAgainstWhole(t: GirTarget, offset: number): Promise<{ page: Body[]; whole: Body[] }> {
  const { query } = await t.recordingsBetween(25, 1_700_000_000_000, 1_700_000_250_000);
  const whole = (await t.search({ ...query, limit: 25 })).body.recordings as Body[];
  return { page: (await t.search({ ...query, offset, limit: 10 })).body.recordings as Body[], whole };
}

const faults = loadFaultCatalogue().filter((f) => f.family === FAMILY);

test('every GIR fault has a probe, and every probe a fault', () => {
  expect(Object.keys(PROBES).sort()).toEqual(faults.map((f) => f.id).sort());
});

for (const fault of faults) {
  test(`${fault.id} breaks ${fault.clause}`, async () => {
    const probe = PROBES[fault.id];
    test.skip(!probe, 'no probe (reported by the test above)');
    for (const [on, expected] of [[[], false], [[fault.id], true]] as const) {
      const target = await GirTarget.start(on);
      try {
        expect(await probe!(target), `${fault.id} ${on.length ? 'on: the defect shows' : 'off: no defect'}`).toBe(expected);
      } finally {
        await target.stop();
      }
    }
  });
}
