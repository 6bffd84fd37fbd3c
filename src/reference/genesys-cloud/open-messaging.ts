import { firstString, stringOf } from './json-values';
import { randomUUID } from 'node:crypto';
import type { ReferenceRequest } from '../http/reference-types';
import { booleanQuery } from './email-draft';
import { addConversation, addMessage, newParticipant } from './factory';
import { activeConversationWith } from './messaging-common';
import { pageOf } from './pagination';
import { bodyOf, invalid, missingResource, ok, type GcHandlerBody } from './request-error';
import type { Conversation, GcState, Integration, JsonObject } from './state';

const OPEN = 'open';

const senderId = (channel: JsonObject | undefined) => stringOf((channel?.from as JsonObject | undefined)?.id);

function openIntegration(request: ReferenceRequest, state: GcState): Integration {
  const integration = state.integrations.find((i) => i.id === request.params.integrationId);
  if (!integration || integration.messengerType !== OPEN) throw missingResource(`open messaging integration ${request.params.integrationId ?? ''} not found`);
  return integration;
}

/** The sender's active open-messaging conversation, or a new one. */
function conversationFrom(state: GcState, channel: JsonObject | undefined): Conversation {
  const fromId = senderId(channel);
  return (
    activeConversationWith(state, fromId, OPEN) ??
    addConversation(state.conversations, { name: `Open messaging ${fromId}`, participants: [newParticipant({ name: fromId, purpose: 'customer', mediaType: 'message', messengerType: OPEN, address: fromId })] })
  );
}

const inboundMessage: GcHandlerBody = (request, state) => {
  openIntegration(request, state);
  const body = bodyOf<{ channel: JsonObject; text: string; content: unknown[]; metadata: JsonObject }>(request);
  const conversation = conversationFrom(state, body.channel);
  const message = addMessage(conversation, { direction: 'inbound', from: { address: senderId(body.channel) }, textBody: body.text ?? '', messengerType: OPEN, status: 'delivered' });
  return ok({
    id: message.id,
    channel: body.channel,
    type: 'Text',
    text: body.text ?? '',
    content: body.content ?? [],
    direction: 'Inbound',
    ...(booleanQuery(request, 'prefetchConversationId') ? { conversationId: conversation.id } : {}),
  });
};

const inboundEvent: GcHandlerBody = (request, state) => {
  openIntegration(request, state);
  const body = bodyOf<{ channel: JsonObject; events: unknown[] }>(request);
  conversationFrom(state, body.channel);
  return ok({ id: randomUUID(), channel: body.channel, events: body.events ?? [], direction: 'Inbound' });
};

const inboundReceipt: GcHandlerBody = (request, state) => {
  openIntegration(request, state);
  const body = bodyOf<{ channel: JsonObject; id: string; status: string; reasons: unknown[]; isFinalReceipt: boolean }>(request);
  const message = state.conversations.flatMap((c) => c.messages).find((m) => m.id === body.id);
  if (message && body.status) message.status = body.status;
  return ok({ id: body.id, channel: body.channel, status: body.status, reasons: body.reasons ?? [], isFinalReceipt: body.isFinalReceipt ?? false, direction: 'Outbound' });
};

const inboundStructuredResponse: GcHandlerBody = (request, state) => {
  openIntegration(request, state);
  const body = bodyOf<{ channel: JsonObject; buttonResponse: JsonObject; originatingMessageId: string }>(request);
  const conversation = conversationFrom(state, body.channel);
  const text = firstString(body.buttonResponse?.text, body.buttonResponse?.payload);
  const message = addMessage(conversation, { direction: 'inbound', from: { address: senderId(body.channel) }, textBody: text, messengerType: OPEN, status: 'delivered', inReplyToMessageId: body.originatingMessageId ?? '' });
  return ok({ id: message.id, channel: body.channel, type: 'Structured', buttonResponse: body.buttonResponse, originatingMessageId: body.originatingMessageId, direction: 'Inbound' });
};

const FILTERS = ['supportedContent.id', 'messagingSetting.id'] as const;

const listIntegrations: GcHandlerBody = (request, state) => {
  // Breaks gc.pagination.integrations: the documented filters are refused.
  if (request.faults.has('gc-integrations-rejects-filters') && FILTERS.some((f) => request.query.has(f))) throw invalid('filters are not supported');
  const supportedContent = request.query.get('supportedContent.id');
  const messagingSetting = request.query.get('messagingSetting.id');
  const expand = request.query.getAll('expand').flatMap((v) => v.split(','));
  const matching = state.integrations.filter((i) => (supportedContent === null || i.supportedContentId === supportedContent) && (messagingSetting === null || i.messagingSettingId === messagingSetting));
  const views = matching.map((i) => ({
    id: i.id,
    name: i.name,
    messengerType: i.messengerType,
    status: i.status,
    supportedContent: expand.includes('supportedContent') ? { id: i.supportedContentId, name: 'Supported content' } : { id: i.supportedContentId },
    messagingSetting: expand.includes('messagingSetting') ? { id: i.messagingSettingId, name: 'Messaging setting' } : { id: i.messagingSettingId },
    selfUri: `/api/v2/conversations/messaging/integrations/${i.id}`,
  }));
  return ok(pageOf(request, views));
};

export const openMessagingHandlers: Readonly<Record<string, GcHandlerBody>> = {
  postConversationsMessageInboundOpenMessage: inboundMessage,
  postConversationsMessageInboundOpenEvent: inboundEvent,
  postConversationsMessageInboundOpenReceipt: inboundReceipt,
  postConversationsMessageInboundOpenStructuredResponse: inboundStructuredResponse,
  getConversationsMessagingIntegrations: listIntegrations,
};
