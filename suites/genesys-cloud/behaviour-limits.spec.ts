import { checkClause } from '../../src/harness/checks/clause-check';
import { expect, test } from '../../src/harness/test';
import { given, is2xx, requireDestructive, told } from '../generic/behaviour-support';
import { agent, long, messageConversation, rejects, TAGS } from './behaviour-gc';

/**
 * Limits and formats stated in prose (001 tool parameters, 000 annotation description): 2000
 * characters of message text, 765 on SMS, E.164 SMS addresses, media file names, one agentless
 * e-mail recipient, 500 characters of annotation description. Each limit is probed on both sides.
 */
const E164 = '+13175550123';

test.describe('genesys-cloud limits', () => {
  test('message text: 2000 characters on every channel, 765 on SMS; social messages 2000', TAGS, async ({ api, contracts, target, providerStates }) => {
    const gc = agent(api, contracts, target);
    const open = await messageConversation(providerStates);
    const sms = await messageConversation(providerStates, 'sms');
    const send = (ids: typeof open, textBody: string) => gc.call({ operationId: 'postConversationsMessageCommunicationMessages', params: { conversationId: ids.conversationId, communicationId: ids.communicationId }, body: { textBody } });

    await checkClause('gc.limits.message-text-2000', async () => {
      await rejects(gc, {
        '2001 characters on an open messaging conversation': { operationId: 'postConversationsMessageCommunicationMessages', params: { conversationId: open.conversationId, communicationId: open.communicationId }, body: { textBody: long(2001) } },
        '2001 characters in an agentless open message': { operationId: 'postConversationsMessagesAgentless', body: { fromAddress: 'support', toAddress: 'visitor-1', toAddressMessengerType: 'open', textBody: long(2001) } },
      });
      const atLimit = await send(open, long(2000));
      expect(is2xx(atLimit), `2000 characters: ${told(atLimit)}`).toBe(true);
    });
    await checkClause('gc.limits.message-sms-765', async () => {
      await rejects(gc, { '766 characters on an SMS conversation': { operationId: 'postConversationsMessageCommunicationMessages', params: { conversationId: sms.conversationId, communicationId: sms.communicationId }, body: { textBody: long(766) } } });
      const atLimit = await send(sms, long(765));
      expect(is2xx(atLimit), `765 characters on SMS: ${told(atLimit)}`).toBe(true);
    });
    await checkClause('gc.limits.social-text-2000', () =>
      rejects(gc, { '2001 characters in a social media message': { operationId: 'postConversationsMessageCommunicationSocialmediaMessages', params: { conversationId: open.conversationId, communicationId: open.communicationId }, body: { inReplyToMessageId: open.messageId, textBody: long(2001) } } }),
    );
  });

  test('SMS: E.164 addresses only, and an agentless SMS needs text', TAGS, async ({ api, contracts, target, providerStates }) => {
    const gc = agent(api, contracts, target);
    const { queueId = '' } = await messageConversation(providerStates, 'sms');
    await checkClause('gc.limits.sms-address-e164', () =>
      rejects(gc, {
        'an SMS conversation to 3175555555 (no +)': { operationId: 'postConversationsMessages', body: { queueId, toAddress: '3175555555', toAddressMessengerType: 'sms' } },
        'an agentless SMS to 3175555555 (no +)': { operationId: 'postConversationsMessagesAgentless', body: { fromAddress: '+13175550199', toAddress: '3175555555', toAddressMessengerType: 'sms', textBody: 'Your code is 1234' } },
      }),
    );
    await checkClause('gc.limits.agentless-sms-text-required', () =>
      rejects(gc, { 'an agentless SMS without textBody': { operationId: 'postConversationsMessagesAgentless', body: { fromAddress: '+13175550199', toAddress: E164, toAddressMessengerType: 'sms' } } }),
    );
  });

  test('media upload file names: no leading dot, trailing slash, white space or reserved characters', TAGS, async ({ api, contracts, target, providerStates }) => {
    const gc = agent(api, contracts, target);
    const { conversationId, communicationId } = await messageConversation(providerStates);
    const upload = (fileName: string) => ({ operationId: 'postConversationsMessageCommunicationMessagesMediaUploads', params: { conversationId, communicationId }, body: { fileName, contentLengthBytes: 10 } });
    await checkClause('gc.limits.media-file-name', async () => {
      await rejects(gc, Object.fromEntries(['.hidden.png', 'folder/', 'a b.png', 'a{b.png', 'a^b.png', 'a"b.png', 'a|b.png', 'a<b>.png'].map((name) => [`fileName ${JSON.stringify(name)}`, upload(name)])));
      const plain = await gc.call(upload('photo-1.png'));
      expect(is2xx(plain), `fileName "photo-1.png": ${told(plain)}`).toBe(true);
    });
  });

  test('an agentless e-mail has one recipient', TAGS, async ({ api, contracts, target }) => {
    const gc = agent(api, contracts, target);
    await checkClause('gc.limits.agentless-email-one-recipient', () =>
      rejects(gc, {
        'two toAddresses': { operationId: 'postConversationsEmailsAgentless', body: { fromAddress: { email: 'noreply@example.com' }, senderType: 'Outbound', toAddresses: [{ email: 'b@example.org' }, { email: 'c@example.org' }], subject: 'Receipt', textBody: 'Thanks' } },
      }),
    );
  });

  test('a recording annotation description holds at most 500 characters', TAGS, async ({ api, contracts, target, providerStates }) => {
    requireDestructive(target, contracts, ['putConversationRecording']);
    const gc = agent(api, contracts, target);
    const { conversationId, recordingId } = await given<{ conversationId: string; recordingId: string }>(providerStates, 'a recording exists for a conversation');
    const update = (description: string) => ({ operationId: 'putConversationRecording', params: { conversationId, recordingId }, body: { annotations: [{ type: 'bookmark', description }] } });
    await checkClause('gc.limits.annotation-description-500', async () => {
      await rejects(gc, { '501 characters': update(long(501)) });
      const atLimit = await gc.call(update(long(500)));
      expect(is2xx(atLimit), `500 characters: ${told(atLimit)}`).toBe(true);
    });
  });
});
