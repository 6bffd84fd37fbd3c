import { randomBytes } from 'node:crypto';
import { checkClause } from '../../src/harness/checks/clause-check';
import { expect, test } from '../../src/harness/test';
import type { Caller } from '../generic/behaviour-support';
import { is2xx, statusOf, told } from '../generic/behaviour-support';
import { conversationIn, dixa, itemsOf, message, TAGS } from './behaviour-dixa';

/**
 * Conversation search (003, /v1/search/conversations): query is required; exactMatch is false by
 * default and, when true, narrows the hits to the exact phrase, highlighted with <em>.
 */
async function hits(d: Caller, query: Record<string, string>): Promise<{ ids: number[]; texts: string[] }> {
  const found = await d.call({ operationId: 'getSearchConversations', query: { pageLimit: '100', ...query } });
  expect(statusOf(found), told(found)).toBe(200);
  const items = itemsOf(found);
  return { ids: items.map((h) => Number(h.id)), texts: items.map((h) => JSON.stringify(h)) };
}

test.describe('dixa conversation search', () => {
  test('GET /v1/search/conversations without query is refused', TAGS, async ({ api, contracts, target }) => {
    const d = dixa(api, contracts, target);
    await checkClause('dixa.search.query-required', async () => {
      const none = await d.call({ operationId: 'getSearchConversations' });
      expect(statusOf(none), told(none)).toBe(400);
    });
  });

  test('exactMatch: any word by default, the exact phrase when true, highlighted with <em>', TAGS, async ({ api, contracts, target, providerStates }) => {
    const d = dixa(api, contracts, target);
    const { conversationId } = await conversationIn(providerStates);
    // a word no other conversation holds, so that the hits are this conversation's or none
    const token = `zq${randomBytes(5).toString('hex')}`;
    const added = await d.call({ operationId: 'postConversationsByConversationIdMessages', params: { conversationId }, body: message(`Please refund invoice ${token} today`) });

    await checkClause('dixa.search.exact-match-default', async () => {
      expect(is2xx(added), `the message to search for: ${told(added)}`).toBe(true);
      const byDefault = await hits(d, { query: `${token} invoice` });
      expect(byDefault.ids, `"${token} invoice" without exactMatch (any word)`).toContain(conversationId);
      expect((await hits(d, { query: `${token} invoice`, exactMatch: 'false' })).ids, 'exactMatch=false').toContain(conversationId);
      const exact = await hits(d, { query: `invoice ${token}`, exactMatch: 'true' });
      expect(exact.ids, `"invoice ${token}" with exactMatch=true`).toEqual([conversationId]);
      expect(exact.texts.join(' '), 'the matched text is highlighted').toContain('<em>');
      expect((await hits(d, { query: `${token} invoice`, exactMatch: 'true' })).ids, `"${token} invoice" (words out of order) with exactMatch=true`).toEqual([]);
    });
  });
});
