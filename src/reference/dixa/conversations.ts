import { announce } from './conversation-events';
import { conversationView } from './conversation-view';
import { customAttributeList, patchCustomAttributes } from './custom-attribute-values';
import { conversationOf } from './lookups';
import { newMessage, type MessageInput } from './message-input';
import { validBody } from './request-body';
import { answering } from './answering';
import { badRequest, created, ok } from './responses';
import type { AttributeValue, Channel, ConversationRecord, DixaState } from './state';
import type { ReferenceRequest } from '../http/reference-types';

/** CreateConversationInput: one of Callback, Chat, ContactForm, Email, Sms (told apart by _type or by their fields). */
interface CreateConversationInput {
  readonly _type?: string;
  readonly requesterId: string;
  readonly message?: MessageInput;
  readonly subject?: string;
  readonly emailIntegrationId?: string;
  readonly widgetId?: string;
  readonly contactEndpointId?: string;
  readonly queueId?: string;
  readonly direction?: 'Inbound' | 'Outbound';
  readonly language?: string;
}

const CHANNEL_OF_TYPE: Readonly<Record<string, Channel>> = { Email: 'Email', ContactForm: 'ContactForm', Chat: 'WidgetChat', Callback: 'Callback', Sms: 'Sms' };
const E164 = /^\+[1-9][0-9]{1,14}$/;

function channelOf(input: CreateConversationInput): Channel {
  const named = input._type === undefined ? undefined : CHANNEL_OF_TYPE[input._type];
  if (named) return named;
  if (input.widgetId !== undefined) return 'WidgetChat';
  if (input.queueId !== undefined && input.direction !== undefined) return 'Callback';
  if (input.emailIntegrationId !== undefined) return 'Email';
  return 'Sms';
}

/** Checks what the schema cannot: the ids the input names exist, and the Sms number is SMS-enabled. */
function checkReferences(state: DixaState, channel: Channel, input: CreateConversationInput): void {
  if (!state.endUsers.has(input.requesterId) && !state.agents.has(input.requesterId)) throw badRequest(`requesterId ${input.requesterId} is not a user`);
  if (channel === 'Callback' && !state.queues.has(input.queueId ?? '')) throw badRequest(`queueId ${input.queueId ?? ''} is not a queue`);
  if (channel === 'Sms') {
    const number = input.contactEndpointId ?? '';
    const endpoint = state.catalogue.contactEndpoints.find((e) => e._type === 'TelephonyEndpoint' && e.number === number);
    if (!E164.test(number) || !endpoint || endpoint._type !== 'TelephonyEndpoint' || !endpoint.functionality?.includes('Sms')) throw badRequest(`contactEndpointId ${number} is not an SMS-enabled number in E.164 format`);
  }
}

function defaultQueueId(state: DixaState): string | undefined {
  return [...state.queues.values()].find((q) => q.isDefault)?.id;
}

function createConversation(request: ReferenceRequest, state: DixaState, input: CreateConversationInput): ConversationRecord {
  const channel = channelOf(input);
  checkReferences(state, channel, input);
  const now = new Date().toISOString();
  const message = input.message ? newMessage(state, request.faults, input.requesterId, input.message) : undefined;
  const queueId = channel === 'Callback' ? input.queueId : defaultQueueId(state);
  const requester = state.endUsers.get(input.requesterId) ?? state.agents.get(input.requesterId);
  const conversation: ConversationRecord = {
    id: state.nextConversationId++,
    channel,
    requesterId: input.requesterId,
    createdAt: now,
    state: request.faults.has('dixa-created-conversation-pending') ? 'Pending' : 'Open',
    stateUpdatedAt: now,
    direction: input.direction ?? message?.direction ?? 'Inbound',
    ...(queueId ? { queue: { id: queueId, queuedAt: now } } : {}),
    ...(input.subject !== undefined ? { subject: input.subject } : {}),
    ...(input.language ? { language: input.language } : {}),
    ...(input.emailIntegrationId ? { email: { fromEmail: requester?.email ?? input.requesterId, toEmail: input.emailIntegrationId, integrationEmail: input.emailIntegrationId } } : {}),
    customAttributes: {},
    tagIds: [],
    messages: message ? [message] : [],
    notes: [],
    ratings: [],
  };
  state.conversations.set(conversation.id, conversation);
  const byAgent = message?.direction === 'Outbound';
  announce(request, state, conversation, { activity: byAgent ? 'ConversationCreatedByAgent' : 'ConversationCreatedByCustomer', event: 'ConversationCreated', authorId: message?.authorId ?? input.requesterId, attributes: { subject: input.subject ?? '' } });
  return conversation;
}

/** The body as sent, or as one of the input faults bends it before validation. */
function bentInput(request: ReferenceRequest): unknown {
  const body = request.body;
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return body;
  const input = body as Record<string, unknown>;
  // Breaks dixa.conversations.create-required-fields: an Email conversation without subject gets an empty one.
  if (request.faults.has('dixa-email-conversation-without-subject-accepted') && input.emailIntegrationId !== undefined && input.subject === undefined) return { ...input, subject: '' };
  // Breaks dixa.conversations.sms-endpoint-e164: a number without its leading + is taken as the E.164 number.
  const endpoint = input.contactEndpointId;
  if (request.faults.has('dixa-sms-endpoint-without-plus-accepted') && typeof endpoint === 'string' && /^[1-9][0-9]{1,14}$/.test(endpoint)) return { ...input, contactEndpointId: `+${endpoint}` };
  return body;
}

export const conversationHandlers = {
  postConversations: answering((request, state) => created({ data: { id: createConversation(request, state, validBody<CreateConversationInput>(request, bentInput(request))).id } })),
  getConversationsByConversationId: answering((request, state) => {
    // Breaks dixa.endusers.conversations-no-custom-attributes: the conversation is read without its custom attributes.
    const withCustomAttributes = !request.faults.has('dixa-conversation-read-without-custom-attributes');
    return ok({ data: conversationView(conversationOf(request, state), state, { withCustomAttributes }) });
  }),
  getConversationsByConversationIdLinked: answering((request, state) => {
    const parent = conversationOf(request, state);
    const children = [...state.conversations.values()].filter((c) => c.link?.parentId === parent.id);
    // Breaks dixa.conversations.linked-children: the parent is listed among its children.
    const listed = request.faults.has('dixa-linked-lists-parent') ? [parent, ...children] : children;
    return ok({ data: listed.map((c) => conversationView(c, state)) });
  }),
  getConversationsByConversationIdRating: answering((request, state) => ok({ data: structuredClone(conversationOf(request, state).ratings) })),
  patchConversationsByConversationIdCustomAttributes: answering((request, state) => {
    const conversation = conversationOf(request, state);
    const before = customAttributeList(conversation.customAttributes, state.catalogue);
    patchCustomAttributes(conversation.customAttributes, validBody<Record<string, AttributeValue | null>>(request), 'Conversation', state.catalogue);
    // Breaks dixa.conversations.custom-attributes-patch: the answer lists the values as they were before the patch.
    return ok({ data: request.faults.has('dixa-custom-attributes-answer-stale') ? before : customAttributeList(conversation.customAttributes, state.catalogue) });
  }),
};

export { createConversation, type CreateConversationInput };
