import { checkClause } from '../../src/harness/checks/clause-check';
import { expect, test } from '../../src/harness/test';
import type { Caller } from '../generic/behaviour-support';
import { told } from '../generic/behaviour-support';
import { administrator, recordingWith, search, sorted } from './behaviour-recordings';

/**
 * The matching rules of Search Recordings (002, Search Recordings API and its parameter table):
 * phone numbers, time bounds, user names and user data, each on recordings made for the test and
 * isolated by their run marker label, so that other data on the target cannot change the answer.
 */
const TAGS = { tag: ['@behaviour', '@genesys-interaction-recording'] };

/** The clauses of each phone-number parameter, which share their rules. */
const PHONE_CLAUSES = {
  callerPhoneNumber: { exact: 'gir.search.caller-exact-alphanumeric', strip: 'gir.search.caller-strip-non-alphanumeric', wildcard: 'gir.search.caller-wildcard', caseSensitive: 'gir.search.caller-case-sensitive' },
  dialedPhoneNumber: { exact: 'gir.search.dialed-exact-alphanumeric', strip: 'gir.search.dialed-strip-non-alphanumeric', wildcard: 'gir.search.dialed-wildcard', caseSensitive: 'gir.search.dialed-case-sensitive' },
} as const;

/** Expects the search, restricted to the marker, to find exactly `expected` (ids). */
async function finds(gir: Caller, marker: string, query: Record<string, string | number>, expected: string[]): Promise<void> {
  const { exchange, ids } = await search(gir, { includeLabels: marker, ...query });
  expect(exchange.response?.status, told(exchange)).toBe(200);
  expect(ids, `${JSON.stringify(query)} within includeLabels=${marker}`).toEqual(sorted(...expected));
}

test.describe('genesys-interaction-recording search matching', () => {
  for (const [parameter, clause] of Object.entries(PHONE_CLAUSES)) {
    test(`${parameter}: exact alphanumeric match, punctuation stripped, * wildcard, case sensitive`, TAGS, async ({ api, contracts, target, providerStates }) => {
      const gir = administrator(api, contracts, target);
      const numeric = await recordingWith(providerStates, { [parameter]: '+1 (416) 555-0199' });
      const lettered = await recordingWith(providerStates, { marker: numeric.marker, [parameter]: 'CD5550199' });
      const find = (value: string, expected: string[]) => finds(gir, numeric.marker, { [parameter]: value }, expected);

      await checkClause(clause.exact, async () => {
        await find('14165550199', [numeric.recordingId]);
        await find('4165550199', []);
        await find('1416555019', []);
      });
      await checkClause(clause.strip, async () => {
        await find('+1 (416) 555-0199', [numeric.recordingId]);
        await find('1-416-555-0199', [numeric.recordingId]);
      });
      await checkClause(clause.wildcard, async () => {
        await find('1416*', [numeric.recordingId]);
        await find('*0199', [numeric.recordingId, lettered.recordingId]);
        await find('14*0199', [numeric.recordingId]);
      });
      await checkClause(clause.caseSensitive, async () => {
        await find('CD5550199', [lettered.recordingId]);
        await find('cd5550199', []);
      });
    });
  }

  test('startTime and endTime: at or after the start, at or before the stop, inside the range', TAGS, async ({ api, contracts, target, providerStates }) => {
    const gir = administrator(api, contracts, target);
    const start = Date.UTC(2017, 5, 1, 12, 0, 0);
    const stop = start + 30_000;
    const { recordingId, marker } = await recordingWith(providerStates, { startTime: start, stopTime: stop });
    const find = (query: Record<string, number>, expected: string[]) => finds(gir, marker, query, expected);

    await checkClause('gir.search.start-time-at-or-after', async () => {
      await find({ startTime: start }, [recordingId]);
      await find({ startTime: start - 60_000 }, [recordingId]);
      await find({ startTime: start + 1 }, []);
    });
    await checkClause('gir.search.end-time-at-or-before', async () => {
      await find({ endTime: stop }, [recordingId]);
      await find({ endTime: stop + 60_000 }, [recordingId]);
      await find({ endTime: stop - 1 }, []);
    });
    await checkClause('gir.search.time-range', async () => {
      await find({ startTime: start, endTime: stop }, [recordingId]);
      await find({ startTime: start + 1, endTime: stop + 60_000 }, []);
      await find({ startTime: start - 60_000, endTime: stop - 1 }, []);
    });
  });

  test('userName: first, last or user name of a contact, matched exactly', TAGS, async ({ api, contracts, target, providerStates }) => {
    const gir = administrator(api, contracts, target);
    const agent = { userName: 'quinn.vasquez@example.com', firstName: 'Quinn', lastName: 'Vasquez' };
    const { recordingId, marker } = await recordingWith(providerStates, { agent });
    const find = (userName: string, expected: string[]) => finds(gir, marker, { userName }, expected);

    await checkClause('gir.search.user-name-contact', async () => {
      await find(agent.firstName, [recordingId]);
      await find(agent.lastName, [recordingId]);
      await find(agent.userName, [recordingId]);
      await find('Nobody-Of-This-Name', []);
    });
    await checkClause('gir.search.user-name-exact', async () => {
      await find('Quin', []);
      await find('Vasq', []);
      await find('quinn.vasquez', []);
    });
  });

  test('userData: attached-data values match exactly, key names do not', TAGS, async ({ api, contracts, target, providerStates }) => {
    const gir = administrator(api, contracts, target);
    const { recordingId, marker } = await recordingWith(providerStates, { attachedData: { TicketTopic: 'refund-4711' } });
    const find = (userData: string, expected: string[]) => finds(gir, marker, { userData }, expected);

    await checkClause('gir.search.user-data-value', async () => {
      await find('refund-4711', [recordingId]);
      await find('refund', []);
    });
    await checkClause('gir.search.user-data-not-name', async () => {
      await find('TicketTopic', []);
    });
  });
});
