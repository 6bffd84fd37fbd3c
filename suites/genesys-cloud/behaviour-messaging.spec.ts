import { randomUUID } from 'node:crypto';
import { checkClause } from '../../src/harness/checks/clause-check';
import { expect, test } from '../../src/harness/test';
import { bodyOf, is2xx, is4xx, statusOf, told } from '../generic/behaviour-support';
import { agent, messageConversation, TAGS } from './behaviour-gc';

/**
 * Messaging (001, genesys_conversations_create_message, _send_agentless_message and the message
 * reads): existing conversations are reused only when asked, and normalized messages leave out
 * the deprecated fields. Error bodies (001 / platform ErrorBody) close the file.
 */
test.describe('genesys-cloud messaging', () => {
  test('useExistingConversation: false fails while a conversation with the recipient exists, true reuses it', TAGS, async ({ api, contracts, target, providerStates }) => {
    const gc = agent(api, contracts, target);
    const ids = await messageConversation(providerStates, 'sms');
    const create = (useExistingConversation: boolean) =>
      gc.call({ operationId: 'postConversationsMessages', body: { queueId: ids.queueId ?? '', toAddress: ids.customerAddress, toAddressMessengerType: 'sms', useExistingConversation } });
    await checkClause('gc.messaging.use-existing-conversation', async () => {
      const refused = await create(false);
      expect(is4xx(refused), `useExistingConversation false: ${told(refused)}`).toBe(true);
      const reused = await create(true);
      expect(is2xx(reused), `useExistingConversation true: ${told(reused)}`).toBe(true);
      expect(bodyOf(reused).id, 'the conversation used').toBe(ids.conversationId);
    });
  });

  test('an agentless message does not join the active conversation unless asked', TAGS, async ({ api, contracts, target, providerStates }) => {
    const gc = agent(api, contracts, target);
    const ids = await messageConversation(providerStates, 'sms');
    await checkClause('gc.messaging.agentless-existing-default-false', async () => {
      const sent = await gc.call({ operationId: 'postConversationsMessagesAgentless', body: { fromAddress: '+13175550199', toAddress: ids.customerAddress, toAddressMessengerType: 'sms', textBody: 'Your parcel is on its way.' } });
      expect(is2xx(sent), told(sent)).toBe(true);
      expect(bodyOf(sent).conversationId, 'the conversation of the agentless message').not.toBe(ids.conversationId);
    });
  });

  test('useNormalizedMessage=true leaves out textBody and media', TAGS, async ({ api, contracts, target, providerStates }) => {
    const gc = agent(api, contracts, target);
    const { conversationId, messageId } = await messageConversation(providerStates);
    await checkClause('gc.messaging.normalized-message', async () => {
      const read = await gc.call({ operationId: 'getConversationsMessageMessage', params: { conversationId, messageId }, query: { useNormalizedMessage: true } });
      expect(statusOf(read), told(read)).toBe(200);
      expect({ textBody: bodyOf(read).textBody as unknown, media: bodyOf(read).media as unknown }, 'deprecated fields of a normalized message').toEqual({ textBody: undefined, media: undefined });
    });
  });
});

test.describe('genesys-cloud errors', () => {
  test('400, 401 and 404 answers carry an error body whose status is the HTTP status', TAGS, async ({ api, contracts, target, providerStates }) => {
    const gc = agent(api, contracts, target);
    const { conversationId, communicationId } = await messageConversation(providerStates);
    const answers = [
      await gc.call({ operationId: 'getConversationsEmail', params: { conversationId: `no-such-conversation-${randomUUID()}` } }),
      await gc.call({ operationId: 'postConversationsMessageCommunicationMessages', params: { conversationId, communicationId }, body: {} }),
      await gc.call({ operationId: 'getConversationsEmails' }, 'anonymous'),
    ];
    await checkClause('gc.errors.error-body', () => {
      expect(answers.map(statusOf), answers.map(told).join('\n')).toEqual([404, 400, 401]);
      for (const answer of answers) {
        const body = bodyOf(answer);
        expect({ message: typeof body.message, code: typeof body.code, status: body.status as unknown }, `error body of ${told(answer)}`).toEqual({ message: 'string', code: 'string', status: statusOf(answer) });
      }
    });
  });
});
