import type { Principal } from '../http/reference-types';
import { missingResource } from './request-error';
import type { Communication, Conversation, GcState, MediaType, Participant, StoredMessage, User } from './state';

/** A conversation by id that carries the media type of the route (404 otherwise). */
export function requireConversation(state: GcState, conversationId: string | undefined, mediaType?: MediaType): Conversation {
  const conversation = state.conversations.find((c) => c.id === conversationId);
  if (!conversation || (mediaType && !hasMedia(conversation, mediaType))) {
    throw missingResource(`${mediaType ?? ''} conversation ${conversationId ?? ''} not found`.trim());
  }
  return conversation;
}

export function hasMedia(conversation: Conversation, mediaType: MediaType): boolean {
  return conversation.participants.some((p) => p.communications.some((c) => c.mediaType === mediaType));
}

export function requireParticipant(conversation: Conversation, participantId: string | undefined): Participant {
  const participant = conversation.participants.find((p) => p.id === participantId);
  if (!participant) throw missingResource(`participant ${participantId ?? ''} not found in conversation ${conversation.id}`);
  return participant;
}

/** Communications are found by id within their participant, whatever their media type. */
export function requireCommunication(participant: Participant, communicationId: string | undefined): Communication {
  const communication = participant.communications.find((c) => c.id === communicationId);
  if (!communication) throw missingResource(`communication ${communicationId ?? ''} not found for participant ${participant.id}`);
  return communication;
}

/** A communication by id anywhere in the conversation (routes without a participant id). */
export function requireConversationCommunication(conversation: Conversation, communicationId: string | undefined): { participant: Participant; communication: Communication } {
  for (const participant of conversation.participants) {
    const communication = participant.communications.find((c) => c.id === communicationId);
    if (communication) return { participant, communication };
  }
  throw missingResource(`communication ${communicationId ?? ''} not found in conversation ${conversation.id}`);
}

export function requireMessage(conversation: Conversation, messageId: string | undefined): StoredMessage {
  const message = conversation.messages.find((m) => m.id === messageId);
  if (!message) throw missingResource(`message ${messageId ?? ''} not found in conversation ${conversation.id}`);
  return message;
}

/** The user behind the credentials (agent1, supervisor1, administrator1 are seeded users). */
export function userOf(state: GcState, principal: Principal): User | undefined {
  return state.users.find((u) => u.username === principal.username);
}

/** The customer side of a conversation: the first customer or external participant. */
export function customerOf(conversation: Conversation): Participant | undefined {
  return conversation.participants.find((p) => p.purpose === 'customer' || p.purpose === 'external');
}

/** The messaging channel of a conversation, from its customer's message communication. */
export function messengerTypeOf(conversation: Conversation): string | undefined {
  return customerOf(conversation)?.communications.find((c) => c.mediaType === 'message')?.messengerType;
}

export const isSms = (messengerType: string | undefined) => messengerType?.toLowerCase() === 'sms';
