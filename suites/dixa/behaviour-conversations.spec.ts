import { randomUUID } from 'node:crypto';
import { checkClause } from '../../src/harness/checks/clause-check';
import { expect, test } from '../../src/harness/test';
import { given, is2xx, is4xx, requireDestructive, statusOf, told, type Json } from '../generic/behaviour-support';
import { agentsExist, conversationIn, dataOf, dixa, itemsOf, message, TAGS } from './behaviour-dixa';

/** The queue a conversation is in (queue.id), if any. */
const queueOf = (conversation: Json): unknown => (conversation.queue as { id?: unknown } | undefined)?.id;

/**
 * Conversations (003, /v1/conversations/...): who authors a message, which channels take
 * messages, integer ids, notes, the queue of a reopened conversation and a forced anonymization.
 */
test.describe('dixa conversations', () => {
  test('messages: Outbound needs agentId, Inbound is the requester\'s, only Email, WidgetChat and Messenger take messages', TAGS, async ({ api, contracts, target, providerStates }) => {
    const d = dixa(api, contracts, target);
    const { conversationId } = await conversationIn(providerStates);
    const [agentId = ''] = await agentsExist(providerStates, 1);
    const phone = await given<{ conversationId: number }>(providerStates, 'a conversation exists on a channel', { channel: 'PstnPhone' });
    const post = (id: number, body: unknown) => d.call({ operationId: 'postConversationsByConversationIdMessages', params: { conversationId: id }, body });

    await checkClause('dixa.conversations.outbound-author', async () => {
      const anonymous = await post(conversationId, message('Who wrote this?', { _type: 'Outbound' }));
      expect(statusOf(anonymous), `Outbound without agentId: ${told(anonymous)}`).toBe(400);
      const authored = await post(conversationId, message('Written by an agent', { _type: 'Outbound', agentId }));
      expect(is2xx(authored), `Outbound with agentId: ${told(authored)}`).toBe(true);
      expect(dataOf(authored).authorId, 'the author of an Outbound message').toBe(agentId);
      const read = await d.call({ operationId: 'getConversationsByConversationId', params: { conversationId } });
      const inbound = await post(conversationId, message('Written by the customer'));
      expect(is2xx(inbound), `Inbound: ${told(inbound)}`).toBe(true);
      expect(dataOf(inbound).authorId, 'the author of an Inbound message is the requester').toBe(dataOf(read).requesterId);
    });
    await checkClause('dixa.conversations.message-channels', async () => {
      const refused = await post(phone.conversationId, message('Hello on the phone'));
      expect(is4xx(refused), `a message on a PstnPhone conversation: ${told(refused)}`).toBe(true);
    });
  });

  test('a conversationId that is not an integer is never read as a conversation', TAGS, async ({ api, contracts, target, providerStates }) => {
    const d = dixa(api, contracts, target);
    const { conversationId } = await conversationIn(providerStates);
    await checkClause('dixa.conversations.non-integer-id', async () => {
      for (const id of [`${conversationId}abc`, `${conversationId}.5`]) {
        const read = await d.call({ operationId: 'getConversationsByConversationId', params: { conversationId: id } });
        expect([400, 404], `GET /v1/conversations/${id}: ${told(read)}`).toContain(statusOf(read));
      }
    });
  });

  test('a created note is listed with its message', TAGS, async ({ api, contracts, target, providerStates }) => {
    const d = dixa(api, contracts, target);
    const { conversationId } = await conversationIn(providerStates);
    const text = `Behaviour note ${randomUUID()}`;
    await checkClause('dixa.notes.create-round-trip', async () => {
      const created = await d.call({ operationId: 'postConversationsByConversationIdNotes', params: { conversationId }, body: { message: text } });
      expect(is2xx(created), told(created)).toBe(true);
      const note = dataOf(created);
      expect(note, 'the created note').toMatchObject({ id: expect.any(String), message: text });
      const listed = await d.call({ operationId: 'getConversationsByConversationIdNotes', params: { conversationId } });
      expect(statusOf(listed), told(listed)).toBe(200);
      expect(itemsOf(listed).filter((n) => n.id === note.id).map((n) => String(n.message)), 'the note as listed').toEqual([text]);
    });
  });

  test('a reopened conversation is offered in the queue it was in', TAGS, async ({ api, contracts, target, providerStates }) => {
    const d = dixa(api, contracts, target);
    const { conversationId } = await conversationIn(providerStates, 'Closed');
    const read = () => d.call({ operationId: 'getConversationsByConversationId', params: { conversationId } });
    await checkClause('dixa.conversations.reopen-same-queue', async () => {
      const before = await read();
      const queueId = queueOf(dataOf(before));
      expect(typeof queueId, `the closed conversation has a queue: ${told(before)}`).toBe('string');
      const reopened = await d.call({ operationId: 'putConversationsByConversationIdReopen', params: { conversationId } });
      expect(is2xx(reopened), told(reopened)).toBe(true);
      const after = await read();
      expect(queueOf(dataOf(after)), `queue after reopening: ${told(after)}`).toBe(queueId);
    });
  });

  test('anonymizing an open conversation with force=true closes it', TAGS, async ({ api, contracts, target, providerStates }) => {
    requireDestructive(target, contracts, ['patchConversationsByConversationIdAnonymize']);
    const d = dixa(api, contracts, target);
    const { conversationId } = await conversationIn(providerStates, 'Open');
    await checkClause('dixa.anonymization.force-closes-conversation', async () => {
      const anonymized = await d.call({ operationId: 'patchConversationsByConversationIdAnonymize', params: { conversationId }, query: { force: true } });
      expect(is2xx(anonymized), told(anonymized)).toBe(true);
      const after = await d.call({ operationId: 'getConversationsByConversationId', params: { conversationId } });
      expect(dataOf(after).state, told(after)).toBe('Closed');
    });
  });
});
