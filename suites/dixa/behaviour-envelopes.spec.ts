import { randomUUID } from 'node:crypto';
import { checkClause } from '../../src/harness/checks/clause-check';
import { expect, test } from '../../src/harness/test';
import { bodyOf, given, is2xx, statusOf, told, type Call, type Json } from '../generic/behaviour-support';
import { agentsExist, at, dixa, isUrl, itemsOf, TAGS } from './behaviour-dixa';

/**
 * The envelopes of 003: a single resource inside `data`, a list as `data` with optional
 * PaginationLinks in `meta`, bulk item errors with a message, and the {message} body of 404 and
 * 409 answers. (400 and 401 bodies are judged by the property suite on every refusal it provokes.)
 */
const READS: readonly [string, string][] = [
  ['getAgentsByAgentId', 'agentId'],
  ['getEndusersByUserId', 'userId'],
  ['getConversationsByConversationId', 'conversationId'],
  ['getTagsByTagId', 'tagId'],
  ['getTeamsByTeamId', 'teamId'],
  ['getQueuesByQueueId', 'queueId'],
  ['getWebhooksByWebhookSubscriptionId', 'webhookSubscriptionId'],
];

const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

test.describe('dixa envelopes', () => {
  test('single resources come wrapped in data', TAGS, async ({ api, contracts, target, readPathParameters }) => {
    if ('unavailable' in readPathParameters) return test.skip(true, readPathParameters.unavailable);
    const d = dixa(api, contracts, target);
    await checkClause('dixa.envelope.data-wrapper', async () => {
      for (const [operationId, name] of READS) {
        const read = await d.call({ operationId, params: readPathParameters });
        expect(statusOf(read), `${name} ${readPathParameters[name] ?? ''}: ${told(read)}`).toBe(200);
        expect(isObject(bodyOf(read).data), `${operationId}: the resource inside data: ${told(read)}`).toBe(true);
      }
    });
  });

  test('a paginated list is {data: [...], meta?: {next?, previous?}} with url links', TAGS, async ({ api, contracts, target, providerStates }) => {
    const d = dixa(api, contracts, target);
    await agentsExist(providerStates, 3);
    await checkClause('dixa.pagination.meta-shape', async () => {
      const pages: Json[] = [];
      const first = await d.call({ operationId: 'getAgents', query: { pageLimit: 2 } });
      expect(statusOf(first), told(first)).toBe(200);
      pages.push(bodyOf(first));
      const next = at(bodyOf(first), 'meta', 'next');
      expect(isUrl(next), `meta.next of the first of several pages is a url: ${told(first)}`).toBe(true);
      const link = new URL(String(next));
      const prefix = new URL(target.baseUrl).pathname.replace(/\/$/, '');
      const path = prefix !== '' && link.pathname.startsWith(prefix) ? link.pathname.slice(prefix.length) : link.pathname;
      const second = await d.call({ operationId: 'getAgents', path, query: Object.fromEntries(link.searchParams) });
      expect(statusOf(second), told(second)).toBe(200);
      pages.push(bodyOf(second));
      for (const page of pages) {
        expect(Array.isArray(page.data), `data is an array: ${JSON.stringify(page).slice(0, 200)}`).toBe(true);
        if (page.meta === undefined) continue;
        expect(isObject(page.meta), `meta is an object: ${JSON.stringify(page.meta)}`).toBe(true);
        for (const link of ['next', 'previous']) {
          const value = at(page, 'meta', link);
          if (value !== undefined) expect(isUrl(value), `meta.${link} is a url: ${JSON.stringify(value)}`).toBe(true);
        }
      }
    });
  });

  test('a bulk item error carries a message (and the id it concerns)', TAGS, async ({ api, contracts, target }) => {
    const d = dixa(api, contracts, target);
    const unknown = randomUUID();
    await checkClause('dixa.envelope.bulk-error-shapes', async () => {
      const bulk = await d.call({ operationId: 'patchAgents', body: [{ id: unknown, displayName: 'Nobody' }] });
      expect(is2xx(bulk), `PATCH /v1/agents with an unknown id: ${told(bulk)}`).toBe(true);
      const [outcome] = itemsOf(bulk);
      const error: unknown = outcome?.error;
      expect(isObject(error), `the item's outcome is an error: ${told(bulk)}`).toBe(true);
      expect(typeof (error as Json).message, `the error's message: ${JSON.stringify(error)}`).toBe('string');
      if ((error as Json).id !== undefined) expect(typeof (error as Json).id, `the error's id: ${JSON.stringify(error)}`).toBe('string');
    });
  });

  test('an unknown id answers 404 with {message}', TAGS, async ({ api, contracts, target }) => {
    const d = dixa(api, contracts, target);
    const unknown = randomUUID();
    const calls: Call[] = [
      ...READS.filter(([, name]) => name !== 'conversationId').map(([operationId, name]) => ({ operationId, params: { [name]: unknown } })),
      { operationId: 'getConversationsByConversationId', params: { conversationId: 987_654_321 } },
    ];
    await checkClause('dixa.errors.not-found-body', async () => {
      for (const call of calls) {
        const read = await d.call(call);
        expect(statusOf(read), `${call.operationId} of an unknown id: ${told(read)}`).toBe(404);
        expect(typeof bodyOf(read).message, `the 404 body: ${told(read)}`).toBe('string');
      }
    });
  });

  test('a 409 answer carries {message}', TAGS, async ({ api, contracts, target, providerStates }) => {
    const d = dixa(api, contracts, target);
    const { conversationId, otherAgentId } = await given<{ conversationId: number; otherAgentId: string }>(providerStates, 'an open conversation is assigned to an agent');
    // the conflict 003 names: claiming without force a conversation another agent holds
    const claimed = await d.call({ operationId: 'putConversationsByConversationIdClaim', params: { conversationId }, body: { agentId: otherAgentId, force: false } });
    test.skip(statusOf(claimed) !== 409, `a claim without force of a conversation assigned to another agent answered ${statusOf(claimed)}, not 409: no 409 body to judge`);
    await checkClause('dixa.errors.conflict-body', () => {
      expect(typeof bodyOf(claimed).message, `the 409 body: ${told(claimed)}`).toBe('string');
    });
  });
});
