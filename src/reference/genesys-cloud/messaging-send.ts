import type { ReferenceRequest } from '../http/reference-types';
import { addMessage } from './factory';
import { customerOf, isSms, messengerTypeOf, requireConversation, requireConversationCommunication, requireMessage } from './lookups';
import { wantsNormalized } from './messaging-common';
import { accepted, bodyOf, invalid, missingResource, ok, type GcHandlerBody } from './request-error';
import type { Conversation, GcState, JsonObject, StoredMessage } from './state';
import { messageDataView } from './views';

/** SMS allows 765 characters where other channels allow the 2000 the schema enforces. */
const SMS_TEXT_LIMIT = 765;

function messagingCommunication(request: ReferenceRequest, state: GcState) {
  const conversation = requireConversation(state, request.params.conversationId, 'message');
  const { participant, communication } = requireConversationCommunication(conversation, request.params.communicationId);
  if (communication.mediaType !== 'message') throw missingResource(`communication ${communication.id} is not a messaging communication`);
  return { conversation, participant, communication };
}

interface SendBody {
  textBody: string;
  mediaIds: unknown[];
  messagingTemplate: JsonObject;
  inReplyToMessageId: string;
}

/** Stores an outbound message from the communication to the conversation's customer. */
function send(request: ReferenceRequest, state: GcState, extra: Partial<StoredMessage>): { conversation: Conversation; message: StoredMessage } {
  const { conversation, participant, communication } = messagingCommunication(request, state);
  const body = bodyOf<SendBody>(request);
  const mediaIds = (body.mediaIds ?? []).map(String);
  const unknown = mediaIds.filter((id) => !conversation.media.some((m) => m.id === id));
  if (unknown.length > 0) throw invalid(`unknown mediaIds: ${unknown.join(', ')}`);
  const message = addMessage(conversation, {
    direction: 'outbound',
    from: { address: participant.address ?? participant.name },
    to: [{ address: customerOf(conversation)?.address ?? '' }],
    ...(body.textBody !== undefined ? { textBody: body.textBody } : {}),
    ...(body.messagingTemplate !== undefined ? { messagingTemplate: body.messagingTemplate } : {}),
    ...(communication.messengerType !== undefined ? { messengerType: communication.messengerType } : {}),
    mediaIds,
    communicationId: communication.id,
    status: 'sent',
    ...extra,
  });
  return { conversation, message };
}

const sendMessage: GcHandlerBody = (request, state) => {
  const { conversation } = messagingCommunication(request, state);
  const text = bodyOf<SendBody>(request).textBody ?? '';
  // Breaks gc.limits.message-sms-765: SMS gets the 2000-character limit of other channels.
  if (isSms(messengerTypeOf(conversation)) && text.length > SMS_TEXT_LIMIT && !request.faults.has('gc-sms-text-over-765-accepted')) {
    throw invalid(`textBody exceeds ${SMS_TEXT_LIMIT} characters, the SMS limit`);
  }
  const sent = send(request, state, {});
  return ok(messageDataView(sent.conversation, sent.message, wantsNormalized(request)));
};

const sendSocialMessage: GcHandlerBody = (request, state) => {
  const inReplyToMessageId = bodyOf<SendBody>(request).inReplyToMessageId ?? '';
  const sent = send(request, state, { inReplyToMessageId });
  return ok(messageDataView(sent.conversation, sent.message, false));
};

const sendTyping: GcHandlerBody = (request, state) => {
  messagingCommunication(request, state);
  return accepted();
};

const getMessage: GcHandlerBody = (request, state) => {
  const conversation = requireConversation(state, request.params.conversationId, 'message');
  return ok(messageDataView(conversation, requireMessage(conversation, request.params.messageId), wantsNormalized(request)));
};

const getMessageDetails: GcHandlerBody = (request, state) => {
  for (const conversation of state.conversations) {
    const message = conversation.messages.find((m) => m.id === request.params.messageId);
    if (message) return ok(messageDataView(conversation, message, wantsNormalized(request)));
  }
  throw missingResource(`message ${request.params.messageId ?? ''} not found`);
};

export const messagingSendHandlers: Readonly<Record<string, GcHandlerBody>> = {
  postConversationsMessageCommunicationMessages: sendMessage,
  postConversationsMessageCommunicationSocialmediaMessages: sendSocialMessage,
  postConversationsMessageCommunicationTyping: sendTyping,
  getConversationsMessageMessage: getMessage,
  getConversationsMessageDetails: getMessageDetails,
};

export { messagingCommunication };
