import { draftOf, initialDraft, requireConnected } from './drafts';
import { addConversation, addMessage, newParticipant } from './factory';
import { requireConversation, requireMessage } from './lookups';
import { bodyOf, invalid, missingResource, ok, type GcHandlerBody } from './request-error';
import type { JsonObject } from './state';
import { conversationView, emailMessageView } from './views';

/** The provider of native e-mails; conversations with any other provider are external. */
export const NATIVE_EMAIL_PROVIDER = 'PureCloud Email';

interface EmailBody {
  to: JsonObject[];
  cc: JsonObject[];
  bcc: JsonObject[];
  from: JsonObject;
  subject: string;
  textBody: string;
  htmlBody: string;
}

const listMessages: GcHandlerBody = (request, state) => {
  const conversation = requireConversation(state, request.params.conversationId, 'email');
  return ok({ entities: conversation.messages.map((m) => emailMessageView(conversation, m)), total: conversation.messages.length });
};

const getMessage: GcHandlerBody = (request, state) => {
  const conversation = requireConversation(state, request.params.conversationId, 'email');
  const message = requireMessage(conversation, request.params.messageId);
  // Breaks gc.read.existing-resource-returned: an existing e-mail is reported missing.
  if (request.faults.has('gc-email-message-read-not-found')) throw missingResource(`message ${message.id} not found`);
  return ok(emailMessageView(conversation, message));
};

const sendReply: GcHandlerBody = (request, state) => {
  const conversation = requireConversation(state, request.params.conversationId, 'email');
  requireConnected(conversation);
  const body = bodyOf<EmailBody>(request);
  const reply = {
    direction: 'outbound' as const,
    from: body.from ?? {},
    to: body.to ?? [],
    cc: body.cc ?? [],
    bcc: body.bcc ?? [],
    subject: body.subject ?? '',
    textBody: body.textBody ?? '',
    ...(body.htmlBody !== undefined ? { htmlBody: body.htmlBody } : {}),
    attachments: draftOf(state, conversation).attachments,
    status: 'sent',
  };
  // Breaks gc.email-draft.send-reply: answered, but the reply never joins the conversation.
  if (request.faults.has('gc-reply-not-added')) return ok(emailMessageView(conversation, { ...reply, id: 'not-stored', time: new Date().toISOString(), mediaIds: [] }));
  const stored = addMessage(conversation, reply);
  conversation.draft = initialDraft(state, conversation);
  return ok(emailMessageView(conversation, stored));
};

interface InboundBody {
  provider: string;
  fromAddress: string;
  fromName: string;
  toAddress: string;
  toName: string;
  subject: string;
}

/** An inbound e-mail to an external conversation is chained to it (gc.email.inbound-chained). */
const inboundMessage: GcHandlerBody = (request, state) => {
  const conversation = requireConversation(state, request.params.conversationId, 'email');
  if (conversation.provider === NATIVE_EMAIL_PROVIDER) throw invalid(`conversation ${conversation.id} is not an external conversation`);
  const body = bodyOf<InboundBody>(request);
  const message = {
    direction: 'inbound' as const,
    from: { email: body.fromAddress ?? '', name: body.fromName ?? '' },
    to: [{ email: body.toAddress ?? '', name: body.toName ?? '' }],
    ...(body.subject !== undefined ? { subject: body.subject } : {}),
    status: 'delivered',
  };
  // Breaks gc.email.inbound-chained: the e-mail opens a new conversation instead.
  const target = request.faults.has('gc-inbound-email-new-conversation')
    ? addConversation(state.conversations, { name: body.subject ?? 'Inbound e-mail', provider: body.provider ?? '', participants: [newParticipant({ name: body.fromName ?? '', purpose: 'external', mediaType: 'email', address: body.fromAddress ?? '' })] })
    : conversation;
  addMessage(target, message);
  return ok(conversationView(target, 'email'));
};

export const emailMessageHandlers: Readonly<Record<string, GcHandlerBody>> = {
  getConversationsEmailMessages: listMessages,
  getConversationsEmailMessage: getMessage,
  postConversationsEmailMessages: sendReply,
  postConversationsEmailInboundmessages: inboundMessage,
};
