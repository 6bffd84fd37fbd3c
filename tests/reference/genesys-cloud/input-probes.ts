import type { GcClient } from './gc-client';
import { communicationPath, draftPath, EMAILS, emailState, externalEmailConversation, MESSAGES, messageState, messagingPath, openIntegrationId, participantPath, recordingPath, recordingState, type FaultProbe } from './probe-context';

/** One invalid request that the clause says is rejected with 400. */
interface Rejection {
  readonly fault: string;
  readonly request: (c: GcClient) => Promise<{ method: string; path: string; body: unknown }>;
}

const long = (n: number) => 'x'.repeat(n);
const E164 = '+13175550123';

const REJECTIONS: readonly Rejection[] = [
  { fault: 'gc-draft-accepts-missing-text', request: async (c) => ({ method: 'PUT', path: draftPath(await emailState(c)), body: { to: [], from: {} } }) },
  { fault: 'gc-copy-accepts-missing-source', request: async (c) => ({ method: 'POST', path: `${draftPath(await emailState(c))}/attachments/copy`, body: { attachments: [] } }) },
  { fault: 'gc-parking-accepts-missing-state', request: async (c) => ({ method: 'PATCH', path: `${participantPath(EMAILS, await emailState(c))}/parkingstate`, body: {} }) },
  { fault: 'gc-email-accepts-missing-provider', request: () => Promise.resolve({ method: 'POST', path: EMAILS, body: { direction: 'INBOUND', fromAddress: 'a@example.org' } }) },
  { fault: 'gc-agentless-email-accepts-missing-sender', request: () => Promise.resolve({ method: 'POST', path: `${EMAILS}/agentless`, body: { fromAddress: { email: 'a@example.com' }, toAddresses: [{ email: 'b@example.org' }] } }) },
  { fault: 'gc-agentless-email-accepts-two-recipients', request: () => Promise.resolve({ method: 'POST', path: `${EMAILS}/agentless`, body: { fromAddress: { email: 'a@example.com' }, senderType: 'Outbound', toAddresses: [{ email: 'b@example.org' }, { email: 'c@example.org' }] } }) },
  { fault: 'gc-fax-accepts-missing-addresses', request: () => Promise.resolve({ method: 'POST', path: '/api/v2/conversations/faxes', body: { name: 'contract.pdf' } }) },
  { fault: 'gc-message-accepts-missing-text', request: async (c) => ({ method: 'POST', path: `${messagingPath(await messageState(c))}/messages`, body: {} }) },
  { fault: 'gc-message-text-over-2000-accepted', request: async (c) => ({ method: 'POST', path: `${messagingPath(await messageState(c))}/messages`, body: { textBody: long(2001) } }) },
  { fault: 'gc-media-upload-accepts-missing-length', request: async (c) => ({ method: 'POST', path: `${messagingPath(await messageState(c))}/messages/media/uploads`, body: { fileName: 'photo.png' } }) },
  { fault: 'gc-media-file-name-unchecked', request: async (c) => ({ method: 'POST', path: `${messagingPath(await messageState(c))}/messages/media/uploads`, body: { fileName: 'a{b.png', contentLengthBytes: 10 } }) },
  { fault: 'gc-social-accepts-missing-reply-to', request: async (c) => ({ method: 'POST', path: `${messagingPath(await messageState(c))}/socialmedia/messages`, body: { textBody: 'hi' } }) },
  { fault: 'gc-social-text-over-2000-accepted', request: async (c) => ({ method: 'POST', path: `${messagingPath(await messageState(c))}/socialmedia/messages`, body: { inReplyToMessageId: 'm1', textBody: long(2001) } }) },
  { fault: 'gc-typing-accepts-missing-typing', request: async (c) => ({ method: 'POST', path: `${messagingPath(await messageState(c))}/typing`, body: { dateSent: '2024-01-01T00:00:00Z' } }) },
  { fault: 'gc-open-inbound-accepts-missing-channel', request: async (c) => ({ method: 'POST', path: `${MESSAGES}/${await openIntegrationId(c)}/inbound/open/message`, body: { text: 'hi' } }) },
  { fault: 'gc-outbound-messaging-accepts-missing-queue', request: () => Promise.resolve({ method: 'POST', path: MESSAGES, body: { toAddress: E164, toAddressMessengerType: 'sms' } }) },
  { fault: 'gc-sms-address-not-e164-accepted', request: () => Promise.resolve({ method: 'POST', path: MESSAGES, body: { queueId: 'q1', toAddress: '3175555555', toAddressMessengerType: 'sms' } }) },
  { fault: 'gc-agentless-message-accepts-missing-to', request: () => Promise.resolve({ method: 'POST', path: `${MESSAGES}/agentless`, body: { fromAddress: 'support', toAddressMessengerType: 'open', textBody: 'hi' } }) },
  { fault: 'gc-agentless-sms-without-text-accepted', request: () => Promise.resolve({ method: 'POST', path: `${MESSAGES}/agentless`, body: { fromAddress: '+13175550199', toAddress: E164, toAddressMessengerType: 'sms' } }) },
  { fault: 'gc-meeting-accepts-missing-ephemeral', request: () => Promise.resolve({ method: 'POST', path: '/api/v2/conversations/videos/meetings', body: { conferenceId: 'c1' } }) },
  { fault: 'gc-flow-and-queue-accepted-on-create', request: () => Promise.resolve({ method: 'POST', path: EMAILS, body: { provider: 'Partner Mail', flowId: 'f1', queueId: 'q1' } }) },
  { fault: 'gc-flow-and-queue-accepted-inbound', request: async (c) => ({ method: 'POST', path: `${EMAILS}/${await externalEmailConversation(c)}/inboundmessages`, body: { provider: 'Partner Mail', flowId: 'f1', queueId: 'q1' } }) },
  { fault: 'gc-email-direction-unchecked', request: () => Promise.resolve({ method: 'POST', path: EMAILS, body: { provider: 'Partner Mail', direction: 'SIDEWAYS' } }) },
  { fault: 'gc-external-contact-inbound-accepted', request: () => Promise.resolve({ method: 'POST', path: EMAILS, body: { provider: 'Partner Mail', direction: 'INBOUND', externalContactId: 'x1' } }) },
  { fault: 'gc-conversation-update-accepts-connected', request: async (c) => ({ method: 'PATCH', path: `${EMAILS}/${(await emailState(c)).conversationId}`, body: { state: 'connected' } }) },
  { fault: 'gc-participant-state-unchecked', request: async (c) => ({ method: 'PATCH', path: communicationPath(EMAILS, await emailState(c)), body: { state: 'held' } }) },
  { fault: 'gc-transfer-type-unchecked', request: async (c) => ({ method: 'POST', path: `${participantPath(EMAILS, await emailState(c))}/replace`, body: { queueId: 'q1', transferType: 'Blind' } }) },
  { fault: 'gc-recording-user-without-version-accepted', request: async (c) => ({ method: 'PUT', path: recordingPath(await recordingState(c)), body: { users: [{ id: 'u1', name: 'No Version' }] } }) },
  { fault: 'gc-proficiency-over-5-accepted', request: async (c) => ({ method: 'PUT', path: recordingPath(await recordingState(c)), body: { users: [{ id: 'u1', version: 1, skills: [{ id: 's1', proficiency: 5.5 }] }] } }) },
  { fault: 'gc-contact-address-and-extension-accepted', request: async (c) => ({ method: 'PUT', path: recordingPath(await recordingState(c)), body: { users: [{ id: 'u1', version: 1, addresses: [{ address: E164, extension: '4711' }] }] } }) },
];

export const INPUT_PROBES: readonly FaultProbe[] = REJECTIONS.map(({ fault, request }) => ({
  fault,
  holds: async ({ c }) => {
    const { method, path, body } = await request(c);
    const response = await c.call(method, path, { body });
    return response.status === 400;
  },
}));
