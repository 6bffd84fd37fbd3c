import { announce } from './conversation-events';
import { messageView } from './conversation-view';
import { conversationOf } from './lookups';
import { newMessage, type MessageInput } from './message-input';
import { requireState } from './require-state';
import { validBody } from './request-body';
import { answering } from './answering';
import { badRequest, created, ok } from './responses';
import type { Channel } from './state';

/** "Currently Email, WidgetChat and Messenger channels are supported." */
const MESSAGE_CHANNELS: readonly Channel[] = ['Email', 'WidgetChat', 'Messenger'];

export const messageHandlers = {
  getConversationsByConversationIdMessages: answering((request, state) => {
    const conversation = conversationOf(request, state);
    // Breaks dixa.messages.contactform-attributes: a ContactForm conversation's messages carry GenericAttributes.
    const { email: _email, ...withoutEmail } = conversation;
    const seen = conversation.channel === 'ContactForm' && request.faults.has('dixa-contactform-generic-attributes') ? withoutEmail : conversation;
    return ok({ data: conversation.messages.map((m) => messageView(m, seen)) });
  }),
  postConversationsByConversationIdMessages: answering((request, state) => {
    const conversation = conversationOf(request, state);
    const input = validBody<MessageInput>(request);
    if (!MESSAGE_CHANNELS.includes(conversation.channel) && !request.faults.has('dixa-message-on-unsupported-channel-accepted')) {
      throw badRequest(`messages can be added to ${MESSAGE_CHANNELS.join(', ')} conversations, not ${conversation.channel}`);
    }
    requireState(conversation, ['Open'], 'add a message to');
    const message = newMessage(state, request.faults, conversation.requesterId, input);
    conversation.messages.push(message);
    const activity = message.direction === 'Outbound' ? 'MessageAddedByAgent' : 'MessageAddedByCustomer';
    announce(request, state, conversation, { activity, event: 'ConversationMessageAdded', authorId: message.authorId, attributes: { messageId: message.id }, detail: { messageId: message.id } });
    const data = { messageId: message.id, authorId: message.authorId, content: message.content, direction: message.direction, createdAt: message.createdAt, ...(message.externalId ? { externalId: message.externalId } : {}) };
    return created({ data });
  }),
};
