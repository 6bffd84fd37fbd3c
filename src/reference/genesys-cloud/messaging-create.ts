import { activeConversationWith, wantsNormalized } from './messaging-common';
import { addConversation, addMessage, newParticipant } from './factory';
import { userOf } from './lookups';
import { bodyOf, invalid, ok, type GcHandlerBody } from './request-error';
import type { JsonObject, Participant } from './state';
import { conversationView } from './views';

interface OutboundBody {
  queueId: string;
  toAddress: string;
  toAddressMessengerType: string;
  useExistingConversation: boolean;
  externalContactId: string;
}

/** Outbound messaging conversation; an existing one in the window is used or refused, never duplicated. */
const createOutbound: GcHandlerBody = (request, state) => {
  const body = bodyOf<OutboundBody>(request);
  const existing = activeConversationWith(state, body.toAddress, body.toAddressMessengerType);
  if (existing && body.useExistingConversation === true) return ok(conversationView(existing, 'message'));
  // Breaks gc.messaging.use-existing-conversation: a second conversation is opened in the window.
  if (existing && !request.faults.has('gc-existing-conversation-ignored')) {
    throw invalid(`a conversation with ${body.toAddress ?? ''} already exists within the conversation window (${existing.id})`);
  }
  const user = userOf(state, request.principal);
  const channel = { mediaType: 'message' as const, messengerType: body.toAddressMessengerType ?? '' };
  const participants: Participant[] = [newParticipant({ name: body.toAddress ?? '', purpose: 'customer', ...channel, ...(body.toAddress ? { address: body.toAddress } : {}) })];
  if (user) participants.push(newParticipant({ name: user.name, purpose: 'agent', ...channel, userId: user.id, ...(body.queueId ? { queueId: body.queueId } : {}) }));
  return ok(conversationView(addConversation(state.conversations, { name: `Outbound ${channel.messengerType}`, participants }), 'message'));
};

interface AgentlessBody {
  fromAddress: string;
  toAddress: string;
  toAddressMessengerType: string;
  textBody: string;
  messagingTemplate: JsonObject;
  useExistingActiveConversation: boolean;
}

const sendAgentless: GcHandlerBody = (request, state) => {
  const body = bodyOf<AgentlessBody>(request);
  // Breaks gc.messaging.agentless-existing-default-false: an absent flag reuses the active conversation.
  const useExisting = body.useExistingActiveConversation ?? request.faults.has('gc-agentless-reuses-existing');
  const existing = useExisting ? activeConversationWith(state, body.toAddress, body.toAddressMessengerType) : undefined;
  const conversation =
    existing ??
    addConversation(state.conversations, {
      name: `Agentless ${body.toAddressMessengerType ?? ''}`,
      participants: [newParticipant({ name: body.toAddress ?? '', purpose: 'customer', mediaType: 'message', messengerType: body.toAddressMessengerType ?? '', ...(body.toAddress ? { address: body.toAddress } : {}) })],
    });
  const message = addMessage(conversation, {
    direction: 'outbound',
    from: { address: body.fromAddress ?? '' },
    to: [{ address: body.toAddress ?? '' }],
    ...(body.textBody !== undefined ? { textBody: body.textBody } : {}),
    ...(body.messagingTemplate !== undefined ? { messagingTemplate: body.messagingTemplate } : {}),
    messengerType: body.toAddressMessengerType ?? '',
    status: 'sent',
  });
  const deprecated = wantsNormalized(request) ? {} : { ...(message.textBody !== undefined ? { textBody: message.textBody } : {}), ...(message.messagingTemplate ? { messagingTemplate: message.messagingTemplate } : {}) };
  return ok({
    id: message.id,
    conversationId: conversation.id,
    fromAddress: body.fromAddress,
    toAddress: body.toAddress,
    messengerType: body.toAddressMessengerType,
    timestamp: message.time,
    ...deprecated,
    selfUri: `/api/v2/conversations/messages/${conversation.id}/messages/${message.id}`,
  });
};

export const messagingCreateHandlers: Readonly<Record<string, GcHandlerBody>> = {
  postConversationsMessages: createOutbound,
  postConversationsMessagesAgentless: sendAgentless,
};
