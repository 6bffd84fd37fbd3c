import { randomInt, randomUUID } from 'node:crypto';
import type { ProviderStateDefinition } from '../http/reference-types';
import { addConversation, addMessage, newParticipant } from './factory';
import { initialDraft } from './drafts';
import type { Conversation, GcState, MediaType, Participant } from './state';

const EVERY_MEDIA: readonly MediaType[] = ['email', 'message', 'cobrowse', 'video', 'social', 'internalmessage'];

/** The seeded agent the states hand conversations to (the `agent1` credentials). */
function agentUser(state: GcState) {
  const user = state.users.find((u) => u.username === 'agent1');
  if (!user) throw new Error('the seed has no agent1 user');
  return user;
}

function agentWithCodes(state: GcState, mediaType: MediaType, messengerType?: string): Participant {
  const user = agentUser(state);
  const queueId = state.queues[0]?.id;
  return newParticipant({ name: user.name, purpose: 'agent', mediaType, userId: user.id, wrapupCodeIds: state.wrapupCodes.map((c) => c.id), ...(queueId ? { queueId } : {}), ...(messengerType ? { messengerType } : {}) });
}

const first = <T>(items: readonly T[], what: string): T => {
  const item = items[0];
  if (item === undefined) throw new Error(`the seed has no ${what}`);
  return item;
};

/** An e-mail conversation: customer, queue and agent1, one inbound e-mail with two attachments, an initial draft. */
function emailConversation(state: GcState): { conversation: Conversation; agent: Participant; customer: Participant } {
  const customer = newParticipant({ name: 'Pat Customer', purpose: 'customer', mediaType: 'email', address: `pat.${randomUUID().slice(0, 8)}@example.org` });
  const agent = agentWithCodes(state, 'email');
  const conversation = addConversation(state.conversations, { name: 'Provider-state e-mail', provider: 'PureCloud Email', participants: [customer, agent] });
  addMessage(conversation, {
    direction: 'inbound',
    from: { email: customer.address, name: customer.name },
    to: [{ email: 'support@example.com', name: 'Support' }],
    subject: 'Question about my account',
    textBody: 'Hello, I cannot log in since yesterday.',
    status: 'delivered',
    attachments: [
      { attachmentId: randomUUID(), name: 'error.png', contentType: 'image/png', contentLength: 2048 },
      { attachmentId: randomUUID(), name: 'log.txt', contentType: 'text/plain', contentLength: 512 },
    ],
  });
  conversation.draft = initialDraft(state, conversation);
  return { conversation, agent, customer };
}

const ids = (conversation: Conversation, participant: Participant) => ({ conversationId: conversation.id, participantId: participant.id, communicationId: first(participant.communications, 'communication').id });

export const providerStates: Readonly<Record<string, ProviderStateDefinition<GcState>>> = {
  'resources exist for every read operation': {
    description: 'One seeded conversation carries every media type, so one set of ids answers every GET.',
    setup: (_params, state) => {
      const conversation = state.conversations.find((c) => EVERY_MEDIA.every((m) => c.participants.some((p) => p.communications.some((x) => x.mediaType === m))));
      if (!conversation) throw new Error('the seed has no omnichannel conversation');
      const media = first(conversation.media, 'media');
      const participant = conversation.participants.find((p) => p.communications.some((c) => c.id === media.communicationId));
      if (!participant) throw new Error('the seeded media belongs to no participant');
      return {
        pathParameters: {
          conversationId: conversation.id,
          participantId: participant.id,
          communicationId: media.communicationId,
          messageId: first(conversation.messages, 'message').id,
          mediaId: media.id,
          meetingId: first(state.meetings, 'meeting').meetingId,
        },
      };
    },
  },
  'an e-mail conversation with a draft exists': {
    description: 'A connected e-mail conversation handled by agent1, with an inbound e-mail (two attachments) and a draft in its initial state.',
    setup: (_params, state) => {
      const { conversation, agent, customer } = emailConversation(state);
      const inbound = first(conversation.messages, 'message');
      return { ...ids(conversation, agent), customerParticipantId: customer.id, messageId: inbound.id, attachmentIds: inbound.attachments.map((a) => a.attachmentId), customerAddress: customer.address };
    },
  },
  'a message conversation exists': {
    description: 'A connected messaging conversation (open by default, or the messengerType asked for) between agent1 and a customer, with one inbound message.',
    setup: (params, state) => {
      const messengerType = typeof params.messengerType === 'string' ? params.messengerType : 'open';
      const address = messengerType.toLowerCase() === 'sms' ? `+1555${String(randomInt(0, 10_000_000)).padStart(7, '0')}` : `open-${randomUUID()}`;
      const customer = newParticipant({ name: 'Morgan Messenger', purpose: 'customer', mediaType: 'message', messengerType, address });
      const agent = agentWithCodes(state, 'message', messengerType);
      const conversation = addConversation(state.conversations, { name: `Provider-state ${messengerType}`, participants: [customer, agent] });
      const message = addMessage(conversation, { direction: 'inbound', from: { address }, to: [{ address: 'support' }], textBody: 'Hi, is anyone there?', messengerType, status: 'delivered' });
      return { ...ids(conversation, agent), customerParticipantId: customer.id, messageId: message.id, messengerType, customerAddress: address, queueId: agent.queueId };
    },
  },
  'a recording exists for a conversation': {
    description: 'An e-mail conversation with one recording that has a pending export, a pause and a bookmark annotation; without playable media unless playableMedia is true.',
    setup: (params, state) => {
      const { conversation } = emailConversation(state);
      const playable = params.playableMedia === true;
      const recordingId = randomUUID();
      conversation.recordings.push({
        id: recordingId,
        name: conversation.name,
        media: 'email',
        fileState: 'AVAILABLE',
        creationTime: conversation.startTime,
        exportDate: '2030-01-01T00:00:00.000Z',
        recordingFileRole: 'CUSTOMER_EXPERIENCE',
        annotations: [
          { id: randomUUID(), name: 'Pause', type: 'pause', reason: 'SecurePause', location: 1000, durationMs: 2000 },
          { id: randomUUID(), name: 'Bookmark', type: 'bookmark', description: 'Customer cannot log in', location: 500, durationMs: 0 },
        ],
        users: [],
        ...(playable
          ? { startTime: conversation.startTime, endTime: conversation.startTime, originalRecordingStartTime: conversation.startTime, mediaUris: { S: { mediaUri: 'https://media.example.invalid/r.json' } }, outputSizeInBytes: 4096, outputDurationMs: 60000 }
          : { startTime: null, endTime: null, originalRecordingStartTime: null, mediaUris: null, outputSizeInBytes: 0 }),
      });
      return { conversationId: conversation.id, recordingId };
    },
  },
  'an external e-mail conversation exists': {
    description: 'An inbound e-mail conversation of the external provider "Partner Mail", with one inbound e-mail from a customer.',
    setup: (_params, state) => {
      const provider = 'Partner Mail';
      const customer = newParticipant({ name: 'Erin External', purpose: 'customer', mediaType: 'email', address: `erin.${randomUUID().slice(0, 8)}@partner.example` });
      const conversation = addConversation(state.conversations, { name: 'Provider-state external e-mail', provider, participants: [customer] });
      addMessage(conversation, { direction: 'inbound', from: { email: customer.address, name: customer.name }, to: [{ email: 'support@example.com', name: 'Support' }], subject: 'Hello from a partner', textBody: 'First', status: 'delivered' });
      return { conversationId: conversation.id, provider, customerAddress: customer.address };
    },
  },
  'a participant has wrap-up codes': {
    description: 'An e-mail conversation whose agent1 participant may use every seeded wrap-up code.',
    setup: (_params, state) => {
      const { conversation, agent } = emailConversation(state);
      return { ...ids(conversation, agent), wrapupCodeIds: [...agent.wrapupCodeIds] };
    },
  },
};
