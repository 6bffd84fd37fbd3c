import { checkClause } from '../../src/harness/checks/clause-check';
import type { Exchange } from '../../src/harness/http/exchange';
import { expect, test } from '../../src/harness/test';
import { given, is2xx, requireDestructive, statusOf, told, type Caller } from '../generic/behaviour-support';
import { at, conversationIn, dataOf, dixa, readUntil, TAGS } from './behaviour-dixa';

/**
 * Anonymization (003, AnonymizationRequestStatus): what a message's and an end user's request
 * name, and what a processed request shows (processedAt, the conversation's anonymizedAt).
 * Processing happens after the answer; the MAY clauses are judged only once a request is processed.
 */
function requestStatus(d: Caller, filed: Exchange): Promise<Exchange> {
  const requestId = String(dataOf(filed).id);
  return readUntil(() => d.call({ operationId: 'getAnonymizationRequestByRequestId', params: { requestId } }), (read) => dataOf(read).processedAt !== undefined);
}

test.describe('dixa anonymization', () => {
  test("a message's anonymization request has _type Message and the message as target", TAGS, async ({ api, contracts, target, providerStates }) => {
    requireDestructive(target, contracts, ['patchConversationsByConversationIdMessagesByMessageIdAnonymize']);
    const d = dixa(api, contracts, target);
    const { conversationId, messageId } = await conversationIn(providerStates);
    await checkClause('dixa.anonymization.message', async () => {
      const filed = await d.call({ operationId: 'patchConversationsByConversationIdMessagesByMessageIdAnonymize', params: { conversationId, messageId } });
      expect(is2xx(filed), told(filed)).toBe(true);
      expect({ _type: dataOf(filed)._type as unknown, targetEntityId: dataOf(filed).targetEntityId as unknown }, told(filed)).toEqual({ _type: 'Message', targetEntityId: messageId });
    });
  });

  test("an end user's anonymization with force=true has _type User and closes the end user's open conversations", TAGS, async ({ api, contracts, target, providerStates }) => {
    requireDestructive(target, contracts, ['patchEndusersByUserIdAnonymize']);
    const d = dixa(api, contracts, target);
    const { userId, conversationIds } = await given<{ userId: string; conversationIds: number[] }>(providerStates, 'an end user requests conversations', { count: 2 });
    await checkClause('dixa.anonymization.end-user', async () => {
      const filed = await d.call({ operationId: 'patchEndusersByUserIdAnonymize', params: { userId }, query: { force: true } });
      expect(is2xx(filed), told(filed)).toBe(true);
      expect(dataOf(filed)._type, told(filed)).toBe('User');
      for (const conversationId of conversationIds) {
        const read = await d.call({ operationId: 'getConversationsByConversationId', params: { conversationId } });
        expect(dataOf(read).state, `conversation ${conversationId} of the end user: ${told(read)}`).toBe('Closed');
      }
    });
  });

  test('a processed request has processedAt, not before initiatedAt (MAY)', TAGS, async ({ api, contracts, target, providerStates }) => {
    requireDestructive(target, contracts, ['patchConversationsByConversationIdMessagesByMessageIdAnonymize']);
    const d = dixa(api, contracts, target);
    const { conversationId, messageId } = await conversationIn(providerStates);
    const filed = await d.call({ operationId: 'patchConversationsByConversationIdMessagesByMessageIdAnonymize', params: { conversationId, messageId } });
    test.skip(!is2xx(filed), `the anonymization request was refused: ${told(filed)}`);
    const status = await requestStatus(d, filed);
    await checkClause('dixa.anonymization.processed-at', () => {
      expect(statusOf(status), told(status)).toBe(200);
      const { initiatedAt, requestedBy, processedAt } = dataOf(status) as { initiatedAt?: unknown; requestedBy?: unknown; processedAt?: unknown };
      expect(typeof initiatedAt, `initiatedAt: ${told(status)}`).toBe('string');
      expect(requestedBy, `requestedBy: ${told(status)}`).toBeDefined();
      if (typeof processedAt !== 'string') {
        test.info().annotations.push({ type: 'not-applicable', description: 'dixa.anonymization.processed-at: the request was not processed within the wait, so processedAt is not judged' });
        return;
      }
      expect(Date.parse(processedAt), `processedAt ${processedAt} is not before initiatedAt ${String(initiatedAt)}`).toBeGreaterThanOrEqual(Date.parse(String(initiatedAt)));
    });
  });

  test('once processed, an anonymized conversation reads with anonymizedAt (MAY)', TAGS, async ({ api, contracts, target, providerStates }) => {
    requireDestructive(target, contracts, ['patchConversationsByConversationIdAnonymize']);
    const d = dixa(api, contracts, target);
    const { conversationId } = await conversationIn(providerStates, 'Closed');
    const filed = await d.call({ operationId: 'patchConversationsByConversationIdAnonymize', params: { conversationId } });
    test.skip(!is2xx(filed), `anonymizing a Closed conversation was refused: ${told(filed)}`);
    const status = await requestStatus(d, filed);
    test.skip(at(dataOf(status), 'processedAt') === undefined, 'the request was not processed within the wait: whether the conversation reads anonymized is not judged');
    await checkClause('dixa.anonymization.anonymized-conversation', async () => {
      const read = await d.call({ operationId: 'getConversationsByConversationId', params: { conversationId } });
      expect(statusOf(read), told(read)).toBe(200);
      expect(typeof dataOf(read).anonymizedAt, `anonymizedAt of the processed conversation: ${told(read)}`).toBe('string');
    });
  });
});
