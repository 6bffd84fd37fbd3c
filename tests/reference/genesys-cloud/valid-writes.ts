import type { GcClient } from './gc-client';
import { communicationPath, draftPath, EMAIL_REPLY, EMAILS, emailState, externalEmailConversation, MESSAGES, messageState, messagingPath, openIntegrationId, participantPath, readState, recordingPath, recordingState } from './probe-context';

export interface WriteRequest {
  readonly method: string;
  readonly path: string;
  readonly body?: unknown;
  readonly query?: Record<string, string>;
}

const channel = { platform: 'Open', type: 'Private', from: { id: 'visitor-42', idType: 'Opaque' }, to: { id: 'support' }, time: '2024-05-01T10:00:00.000Z' };

/** A valid request for every operation that is not a GET, built on fresh provider states. */
export const VALID_WRITES: Readonly<Record<string, (c: GcClient) => Promise<WriteRequest>>> = {
  postConversationsEmails: () => Promise.resolve({ method: 'POST', path: EMAILS, body: { provider: 'PureCloud Email', direction: 'OUTBOUND', queueId: 'q1', toAddress: 'dan@example.org', subject: 'Hello', textBody: 'Hi Dan' } }),
  postConversationsEmailsAgentless: () => Promise.resolve({ method: 'POST', path: `${EMAILS}/agentless`, body: { fromAddress: { email: 'noreply@example.com' }, senderType: 'Outbound', toAddresses: [{ email: 'dan@example.org' }], subject: 'Receipt', textBody: 'Thanks' } }),
  patchConversationsEmail: async (c) => ({ method: 'PATCH', path: `${EMAILS}/${(await emailState(c)).conversationId}`, body: { state: 'disconnected', participants: [], startTime: '2024-05-01T10:00:00.000Z' } }),
  postConversationsEmailInboundmessages: async (c) => ({ method: 'POST', path: `${EMAILS}/${await externalEmailConversation(c)}/inboundmessages`, body: { provider: 'Partner Mail', queueId: 'q1', fromAddress: 'erin@partner.example', subject: 'More' } }),
  postConversationsEmailMessages: async (c) => ({ method: 'POST', path: `${EMAILS}/${(await emailState(c)).conversationId}/messages`, body: EMAIL_REPLY }),
  patchConversationsEmailMessagesDraft: async (c) => ({ method: 'PATCH', path: draftPath(await emailState(c)), query: { autoFill: 'true' }, body: { draftType: 'reply' } }),
  putConversationsEmailMessagesDraft: async (c) => ({ method: 'PUT', path: draftPath(await emailState(c)), body: EMAIL_REPLY }),
  postConversationsEmailMessagesDraftAttachmentsCopy: async (c) => {
    const ids = await emailState(c);
    return { method: 'POST', path: `${draftPath(ids)}/attachments/copy`, body: { sourceMessage: { id: ids.messageId }, attachments: [{ attachmentId: ids.attachmentIds[0] }] } };
  },
  deleteConversationsEmailMessagesDraftAttachment: async (c) => {
    const ids = await emailState(c);
    await c.call('POST', `${draftPath(ids)}/attachments/copy`, { body: { sourceMessage: { id: ids.messageId }, attachments: [{ attachmentId: ids.attachmentIds[0] }] } });
    return { method: 'DELETE', path: `${draftPath(ids)}/attachments/${ids.attachmentIds[0]}` };
  },
  patchConversationsEmailParticipant: async (c) => ({ method: 'PATCH', path: participantPath(EMAILS, await emailState(c)), body: { held: true, wrapupSkipped: false } }),
  patchConversationsEmailParticipantAttributes: async (c) => ({ method: 'PATCH', path: `${participantPath(EMAILS, await emailState(c))}/attributes`, body: { attributes: { tier: 'gold' } } }),
  patchConversationsEmailParticipantCommunication: async (c) => ({ method: 'PATCH', path: communicationPath(EMAILS, await emailState(c)), body: { state: 'disconnected' } }),
  postConversationsEmailParticipantCommunicationWrapup: async (c) => ({ method: 'POST', path: `${communicationPath(EMAILS, await emailState(c))}/wrapup`, body: { provisional: true, notes: 'pending' } }),
  patchConversationsEmailParticipantParkingstate: async (c) => ({ method: 'PATCH', path: `${participantPath(EMAILS, await emailState(c))}/parkingstate`, body: { state: 'Parked' } }),
  postConversationsEmailParticipantReplace: async (c) => ({ method: 'POST', path: `${participantPath(EMAILS, await emailState(c))}/replace`, body: { queueId: 'q1', transferType: 'Attended' } }),
  postConversationsEmailReconnect: async (c) => {
    const ids = await emailState(c);
    await c.call('PATCH', `${EMAILS}/${ids.conversationId}`, { body: { state: 'disconnected' } });
    return { method: 'POST', path: `${EMAILS}/${ids.conversationId}/reconnect` };
  },
  postConversationsFaxes: () => Promise.resolve({ method: 'POST', path: '/api/v2/conversations/faxes', body: { addresses: ['+13175555555'], documentId: null, name: 'contract.pdf' } }),
  postConversationsMessages: () => Promise.resolve({ method: 'POST', path: MESSAGES, body: { queueId: 'q1', toAddress: '+13175550777', toAddressMessengerType: 'sms' } }),
  postConversationsMessagesAgentless: () => Promise.resolve({ method: 'POST', path: `${MESSAGES}/agentless`, query: { useNormalizedMessage: 'true' }, body: { fromAddress: '+13175550199', toAddress: '+13175550778', toAddressMessengerType: 'sms', textBody: 'Your code is 1234' } }),
  patchConversationsMessage: async (c) => ({ method: 'PATCH', path: `${MESSAGES}/${(await messageState(c)).conversationId}`, body: { recordingState: 'paused' } }),
  postConversationsMessageCommunicationMessages: async (c) => ({ method: 'POST', path: `${messagingPath(await messageState(c))}/messages`, body: { textBody: 'Hello there' } }),
  postConversationsMessageCommunicationMessagesMediaUploads: async (c) => ({ method: 'POST', path: `${messagingPath(await messageState(c))}/messages/media/uploads`, body: { fileName: 'photo.png', contentLengthBytes: 2048 } }),
  postConversationsMessageCommunicationSocialmediaMessages: async (c) => {
    const ids = await messageState(c);
    return { method: 'POST', path: `${messagingPath(ids)}/socialmedia/messages`, body: { inReplyToMessageId: ids.messageId, textBody: 'Thanks for reaching out' } };
  },
  postConversationsMessageCommunicationTyping: async (c) => ({ method: 'POST', path: `${messagingPath(await messageState(c))}/typing`, body: { typing: { type: 'On' } } }),
  patchConversationsMessageParticipant: async (c) => ({ method: 'PATCH', path: participantPath(MESSAGES, await messageState(c)), body: { state: 'disconnected' } }),
  patchConversationsMessageParticipantAttributes: async (c) => ({ method: 'PATCH', path: `${participantPath(MESSAGES, await messageState(c))}/attributes`, body: { attributes: { topic: 'billing' } } }),
  patchConversationsMessageParticipantCommunication: async (c) => ({ method: 'PATCH', path: communicationPath(MESSAGES, await messageState(c)), body: { muted: true } }),
  postConversationsMessageParticipantCommunicationWrapup: async (c) => {
    const ids = await messageState(c);
    const code = String((await c.call('GET', `${participantPath(MESSAGES, ids)}/wrapupcodes`)).body[0].id);
    return { method: 'POST', path: `${communicationPath(MESSAGES, ids)}/wrapup`, body: { code } };
  },
  postConversationsMessageParticipantMonitor: async (c) => ({ method: 'POST', path: `${participantPath(MESSAGES, await messageState(c))}/monitor` }),
  postConversationsMessageParticipantReplace: async (c) => ({ method: 'POST', path: `${participantPath(MESSAGES, await messageState(c))}/replace`, body: { address: '+13175550999' } }),
  postConversationsMessageInboundOpenEvent: async (c) => ({ method: 'POST', path: `${MESSAGES}/${await openIntegrationId(c)}/inbound/open/event`, body: { channel, events: [{ eventType: 'Typing', typing: { type: 'On' } }] } }),
  postConversationsMessageInboundOpenMessage: async (c) => ({ method: 'POST', path: `${MESSAGES}/${await openIntegrationId(c)}/inbound/open/message`, query: { prefetchConversationId: 'true' }, body: { channel, text: 'Hello!' } }),
  postConversationsMessageInboundOpenReceipt: async (c) => ({ method: 'POST', path: `${MESSAGES}/${await openIntegrationId(c)}/inbound/open/receipt`, body: { channel, id: 'm-1', status: 'Delivered' } }),
  postConversationsMessageInboundOpenStructuredResponse: async (c) => ({ method: 'POST', path: `${MESSAGES}/${await openIntegrationId(c)}/inbound/open/structured/response`, body: { channel, buttonResponse: { type: 'QuickReply', text: 'Yes', payload: 'yes' }, originatingMessageId: 'm-1' } }),
  postConversationsSocialParticipantCommunicationWrapup: (c) => seededWrapup(c, 'socials'),
  postConversationsVideoParticipantCommunicationWrapup: (c) => seededWrapup(c, 'videos'),
  postConversationsVideosMeetings: () => Promise.resolve({ method: 'POST', path: '/api/v2/conversations/videos/meetings', body: { ephemeral: true, expireTimeDays: 1 } }),
  putConversationRecording: async (c) => ({ method: 'PUT', path: recordingPath(await recordingState(c, true)), query: { clearExport: 'true' }, body: { archiveDate: '2032-01-01T00:00:00.000Z', annotations: [{ type: 'bookmark', description: 'x'.repeat(500) }] } }),
};

/** Social and video wrap-ups on the seeded omnichannel conversation (the only one with those media). */
async function seededWrapup(c: GcClient, segment: string): Promise<WriteRequest> {
  const { pathParameters: ids } = await readState(c);
  return { method: 'POST', path: `/api/v2/conversations/${segment}/${ids.conversationId}/participants/${ids.participantId}/communications/${ids.communicationId}/wrapup`, body: { provisional: true } };
}
