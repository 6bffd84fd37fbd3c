import { customAttributeList } from './custom-attribute-values';
import type { Channel, ConversationRecord, DixaState, MessageRecord, NoteRecord } from './state';

/** The Conversation variant each channel is reported as (the variants' names are their _type). */
const VARIANT: Record<Channel, string> = {
  Email: 'EmailConversation',
  ContactForm: 'ContactFormConversation',
  WidgetChat: 'ChatConversation',
  Sms: 'SmsConversation',
  PstnPhone: 'PstnPhoneConversation',
  Callback: 'PstnPhoneConversation',
  Voicemail: 'PstnPhoneConversation',
  Messenger: 'MessengerConversation',
  FacebookMessenger: 'FacebookMessengerConversation',
  Twitter: 'TwitterConversation',
  WhatsApp: 'WhatsAppConversation',
};

/** A stored conversation as the contract's Conversation (one of its channel variants). */
export function conversationView(c: ConversationRecord, state: DixaState, options: { withCustomAttributes: boolean } = { withCustomAttributes: true }): Record<string, unknown> {
  return structuredClone({
    _type: c.anonymizedAt ? 'AnonymizedConversation' : VARIANT[c.channel],
    id: c.id,
    channel: c.channel,
    state: c.state,
    requesterId: c.requesterId,
    createdAt: c.createdAt,
    stateUpdatedAt: c.stateUpdatedAt,
    ...(c.direction ? { direction: c.direction } : {}),
    ...(c.queue ? { queue: c.queue } : {}),
    ...(c.assignment ? { assignment: c.assignment } : {}),
    ...(c.link ? { link: c.link } : {}),
    ...(c.language ? { language: c.language } : {}),
    ...(c.subject !== undefined ? { subject: c.subject } : {}),
    ...(c.email ?? {}),
    ...(c.twitter ?? {}),
    ...(c.anonymizedAt ? { anonymizedAt: c.anonymizedAt } : {}),
    ...(options.withCustomAttributes ? { customAttributes: customAttributeList(c.customAttributes, state.catalogue) } : {}),
  });
}

/** A message as the contract's Message; its attributes carry the direction and the content. */
export function messageView(m: MessageRecord, conversation: ConversationRecord): Record<string, unknown> {
  const email = conversation.email;
  const attributes = email
    ? { _type: 'EmailAttributes', direction: m.direction, isAutoReply: false, from: { email: m.direction === 'Inbound' ? email.fromEmail : email.integrationEmail }, emailContent: { _type: 'Regular', content: m.content } }
    : { _type: 'GenericAttributes', direction: m.direction, content: m.content };
  return structuredClone({ id: m.id, authorId: m.authorId, createdAt: m.createdAt, attributes, ...(m.externalId ? { externalId: m.externalId } : {}) });
}

/** An internal note as InternalNoteData: csid is the conversation id. */
export function noteView(n: NoteRecord, conversation: ConversationRecord): Record<string, unknown> {
  return { id: n.id, csid: conversation.id, message: n.message, authorId: n.authorId, createdAt: n.createdAt };
}
