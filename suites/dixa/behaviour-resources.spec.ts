import { randomUUID } from 'node:crypto';
import { checkClause } from '../../src/harness/checks/clause-check';
import { expect, test } from '../../src/harness/test';
import { is2xx, requireDestructive, statusOf, told, type Json } from '../generic/behaviour-support';
import { agentsExist, at, conversationIn, dataOf, dixa, emailIntegration, endUsersExist, itemsOf, message, TAGS } from './behaviour-dixa';

/**
 * Resources of 003 read back: linked conversations, custom attributes, ContactForm message
 * attributes, activity log entries, queue members, created tags, and notes (single and bulk).
 */
const outcome = (item: Json) => ('data' in item ? 'data' : 'error' in item ? 'error' : `neither: ${JSON.stringify(item).slice(0, 120)}`);

test.describe('dixa resources', () => {
  test('GET /v1/conversations/{conversationId}/linked lists the children of the conversation', TAGS, async ({ api, contracts, target, readPathParameters }) => {
    if ('unavailable' in readPathParameters) return test.skip(true, readPathParameters.unavailable);
    const d = dixa(api, contracts, target);
    const conversationId = Number(readPathParameters.conversationId);
    const linked = await d.call({ operationId: 'getConversationsByConversationIdLinked', params: { conversationId } });
    test.skip(statusOf(linked) === 200 && itemsOf(linked).length === 0, `conversation ${conversationId} of the read state has no linked conversation, so which conversations are listed cannot be judged`);
    await checkClause('dixa.conversations.linked-children', () => {
      expect(statusOf(linked), told(linked)).toBe(200);
      for (const child of itemsOf(linked)) {
        expect(child.id, `the conversation is not its own child: ${told(linked)}`).not.toBe(conversationId);
        expect(at(child, 'link', 'parentId'), `child ${String(child.id)} links to ${conversationId}: ${told(linked)}`).toBe(conversationId);
      }
    });
  });

  test('PATCH custom-attributes sets a Text and a Select attribute; GET /v1/conversations/{conversationId} carries them', TAGS, async ({ api, contracts, target, providerStates }) => {
    const d = dixa(api, contracts, target);
    const definitions = itemsOf(await d.call({ operationId: 'getCustomAttributes' })).filter((a) => a.entityType === 'Conversation' && a.isArchived !== true && a.isDeactivated !== true);
    const text = definitions.find((a) => at(a, 'inputDefinition', '_type') === 'Text');
    const select = definitions.find((a) => at(a, 'inputDefinition', '_type') === 'Select' && at(a, 'inputDefinition', 'options', 0, 'value') !== undefined);
    test.skip(!text || !select, 'GET /v1/custom-attributes lists no active Text and Select attribute of conversations');
    const option = String(at(select, 'inputDefinition', 'options', 0, 'value'));
    const { conversationId } = await conversationIn(providerStates);
    const reference = `ORD-${randomUUID().slice(0, 6)}`;
    const valueOf = (list: Json[], id: unknown): unknown => at(list.find((a) => a.id === id), 'value');

    await checkClause('dixa.conversations.custom-attributes-patch', async () => {
      const patched = await d.call({ operationId: 'patchConversationsByConversationIdCustomAttributes', params: { conversationId }, body: { [String(text?.id)]: reference, [String(select?.id)]: [option] } });
      expect(statusOf(patched), told(patched)).toBe(200);
      expect(valueOf(itemsOf(patched), text?.id), `the Text attribute in the answer: ${told(patched)}`).toBe(reference);
      expect(valueOf(itemsOf(patched), select?.id), `the Select attribute in the answer: ${told(patched)}`).toEqual([option]);
    });
    // MAY: the end user's conversation list may leave custom attributes out; the conversation itself carries them.
    await checkClause('dixa.endusers.conversations-no-custom-attributes', async () => {
      const read = await d.call({ operationId: 'getConversationsByConversationId', params: { conversationId } });
      const attributes: unknown = dataOf(read).customAttributes;
      expect(Array.isArray(attributes), `GET /v1/conversations/${conversationId} carries customAttributes: ${told(read)}`).toBe(true);
      expect(valueOf(attributes as Json[], text?.id), told(read)).toBe(reference);
    });
  });

  test('messages of a ContactForm conversation carry EmailAttributes or ContactFormAttributes', TAGS, async ({ api, contracts, target, providerStates }) => {
    const d = dixa(api, contracts, target);
    const [requesterId = ''] = await endUsersExist(providerStates, 1);
    const emailIntegrationId = await emailIntegration(d);
    test.skip(emailIntegrationId === undefined, 'GET /v1/contact-endpoints lists no EmailEndpoint to create a ContactForm conversation on');
    const created = await d.call({ operationId: 'postConversations', body: { _type: 'ContactForm', requesterId, emailIntegrationId, subject: 'Web form', message: message('Sent from the contact form') } });
    test.skip(!is2xx(created), `creating a ContactForm conversation failed: ${told(created)}`);
    const conversationId = Number(dataOf(created).id);
    // MAY: a message may carry no attributes; those it carries are of the two ContactForm shapes.
    await checkClause('dixa.messages.contactform-attributes', async () => {
      const messages = await d.call({ operationId: 'getConversationsByConversationIdMessages', params: { conversationId } });
      expect(statusOf(messages), told(messages)).toBe(200);
      for (const m of itemsOf(messages)) {
        if (m.attributes === undefined) continue;
        expect(['EmailAttributes', 'ContactFormAttributes'], `attributes of message ${String(m.id)}: ${told(messages)}`).toContain(at(m, 'attributes', '_type'));
      }
    });
  });

  test('activity log entries have _type besides the deprecated activityType', TAGS, async ({ api, contracts, target, providerStates }) => {
    const d = dixa(api, contracts, target);
    const { conversationId } = await conversationIn(providerStates);
    await d.call({ operationId: 'postConversationsByConversationIdNotes', params: { conversationId }, body: { message: 'for the activity log' } });
    const log = await d.call({ operationId: 'getConversationsByConversationIdActivitylog', params: { conversationId } });
    test.skip(statusOf(log) === 200 && itemsOf(log).length === 0, `the activity log of conversation ${conversationId} is empty after a note was added: no entry to judge`);
    await checkClause('dixa.activitylog.type-replaces-activity-type', () => {
      expect(statusOf(log), told(log)).toBe(200);
      for (const entry of itemsOf(log)) {
        expect(typeof entry._type, `_type of entry ${String(entry.id)}: ${JSON.stringify(entry).slice(0, 300)}`).toBe('string');
        expect(entry.activityType, `the deprecated activityType of entry ${String(entry.id)}`).toBeDefined();
      }
    });
  });

  test('agents added to a queue are listed as its members until removed', TAGS, async ({ api, contracts, target, providerStates, readPathParameters }) => {
    requireDestructive(target, contracts, ['deleteQueuesByQueueIdMembers']);
    const queueId = 'unavailable' in readPathParameters ? undefined : readPathParameters.queueId;
    test.skip(queueId === undefined, 'unavailable' in readPathParameters ? readPathParameters.unavailable : 'the read provider state gives no queueId');
    const d = dixa(api, contracts, target);
    const agentIds = await agentsExist(providerStates, 2);
    const params = { queueId: queueId ?? '' };
    const members = async () => {
      const listed = await d.call({ operationId: 'getQueuesByQueueIdMembers', params });
      expect(statusOf(listed), told(listed)).toBe(200);
      return itemsOf(listed).map((m) => String(at(m, 'agentId')));
    };
    await checkClause('dixa.queues.membership-round-trip', async () => {
      const added = await d.call({ operationId: 'patchQueuesByQueueIdMembers', params, body: { agentIds } });
      expect(is2xx(added), told(added)).toBe(true);
      expect(await members(), 'members after adding').toEqual(expect.arrayContaining(agentIds));
      const removed = await d.call({ operationId: 'deleteQueuesByQueueIdMembers', params, body: { agentIds } });
      expect(is2xx(removed), told(removed)).toBe(true);
      expect((await members()).filter((id) => agentIds.includes(id)), 'members after removing').toEqual([]);
    });
  });

  test('a tag created with POST /v1/tags comes back with its id, name, color and state, and is listed', TAGS, async ({ api, contracts, target }) => {
    const d = dixa(api, contracts, target);
    const input = { name: `behaviour-${randomUUID().slice(0, 8)}`, color: '#00aa55' };
    await checkClause('dixa.tags.create-round-trip', async () => {
      const created = await d.call({ operationId: 'postTags', body: input });
      expect(is2xx(created), told(created)).toBe(true);
      const tag = dataOf(created);
      expect(String(tag.id), `a uuid id: ${told(created)}`).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
      expect({ name: at(tag, 'name'), color: at(tag, 'color') }, told(created)).toEqual(input);
      expect(['Active', 'Inactive'], told(created)).toContain(tag.state);
      const listed = await d.call({ operationId: 'getTags' });
      expect(itemsOf(listed).map((t): unknown => t.id), `GET /v1/tags: ${told(listed)}`).toContain(tag.id);
    });
  });

  test('a note needs only a message; a given createdAt is kept', TAGS, async ({ api, contracts, target, providerStates }) => {
    const d = dixa(api, contracts, target);
    const { conversationId } = await conversationIn(providerStates);
    const createdAt = '2021-12-01T12:46:36.581Z';
    await checkClause('dixa.notes.optional-agent-and-created-at', async () => {
      const bare = await d.call({ operationId: 'postConversationsByConversationIdNotes', params: { conversationId }, body: { message: 'only a message' } });
      expect(is2xx(bare), `a note with only message: ${told(bare)}`).toBe(true);
      const dated = await d.call({ operationId: 'postConversationsByConversationIdNotes', params: { conversationId }, body: { message: 'dated', createdAt } });
      expect(is2xx(dated), told(dated)).toBe(true);
      expect(Date.parse(String(dataOf(dated).createdAt)), `createdAt kept: ${told(dated)}`).toBe(Date.parse(createdAt));
    });
  });

  test('POST notes/bulk answers one outcome per note, in order', TAGS, async ({ api, contracts, target, providerStates }) => {
    const d = dixa(api, contracts, target);
    const { conversationId } = await conversationIn(providerStates);
    await checkClause('dixa.notes.bulk-per-item', async () => {
      const bulk = await d.call({ operationId: 'postConversationsByConversationIdNotesBulk', params: { conversationId }, body: { data: [{ message: 'first' }, { message: 'by nobody', agentId: randomUUID() }, { message: 'third' }] } });
      expect(is2xx(bulk), told(bulk)).toBe(true);
      const outcomes = itemsOf(bulk);
      expect(outcomes.map(outcome), `outcomes in input order (the second names an unknown agent): ${told(bulk)}`).toEqual(['data', 'error', 'data']);
      expect(outcomes.map((o) => at(o, 'data', 'message')), told(bulk)).toEqual(['first', undefined, 'third']);
    });
  });
});
