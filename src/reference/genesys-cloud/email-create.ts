import { firstString } from './json-values';
import { randomUUID } from 'node:crypto';
import { addConversation, addMessage, newParticipant } from './factory';
import { NATIVE_EMAIL_PROVIDER } from './email-messages';
import { requireConversation, userOf } from './lookups';
import { bodyOf, invalid, ok, type GcHandlerBody } from './request-error';
import type { JsonObject, Participant } from './state';
import { conversationView } from './views';

interface CreateEmailBody {
  direction: 'OUTBOUND' | 'INBOUND';
  provider: string;
  queueId: string;
  flowId: string;
  fromAddress: string;
  fromName: string;
  toAddress: string;
  toName: string;
  subject: string;
  textBody: string;
  htmlBody: string;
  attributes: Record<string, string>;
}

const createEmail: GcHandlerBody = (request, state) => {
  const body = bodyOf<CreateEmailBody>(request);
  const inbound = body.direction === 'INBOUND';
  // Breaks gc.email.provider-reserved: an external conversation may claim the native provider.
  if (inbound && body.provider === NATIVE_EMAIL_PROVIDER && !request.faults.has('gc-reserved-provider-accepted')) {
    throw invalid(`the provider "${NATIVE_EMAIL_PROVIDER}" is reserved for native e-mails`);
  }
  const queue = state.queues.find((q) => q.id === body.queueId);
  const routing: Participant[] = [];
  if (body.queueId) routing.push(newParticipant({ name: queue?.name ?? 'queue', purpose: 'acd', mediaType: 'email', queueId: body.queueId, state: inbound ? 'connected' : 'disconnected' }));
  if (body.flowId) routing.push(newParticipant({ name: 'flow', purpose: 'workflow', mediaType: 'email', state: 'disconnected' }));
  const user = userOf(state, request.principal);
  const customer = inbound
    ? newParticipant({ name: body.fromName ?? body.fromAddress ?? '', purpose: 'customer', mediaType: 'email', ...(body.fromAddress ? { address: body.fromAddress } : {}) })
    : newParticipant({ name: body.toName ?? body.toAddress ?? '', purpose: 'external', mediaType: 'email', ...(body.toAddress ? { address: body.toAddress } : {}) });
  const agent = !inbound && user ? [newParticipant({ name: user.name, purpose: 'agent', mediaType: 'email', userId: user.id, ...(body.queueId ? { queueId: body.queueId } : {}) })] : [];
  const conversation = addConversation(state.conversations, { name: body.subject ?? 'E-mail', provider: body.provider ?? NATIVE_EMAIL_PROVIDER, participants: [customer, ...routing, ...agent] });
  if (body.attributes) customer.attributes = { ...body.attributes };
  const queueAddress: JsonObject = { email: queue?.emailAddress ?? body.fromAddress ?? '', name: queue?.name ?? body.fromName ?? '' };
  addMessage(conversation, {
    direction: inbound ? 'inbound' : 'outbound',
    from: inbound ? { email: body.fromAddress ?? '', name: body.fromName ?? '' } : queueAddress,
    to: [inbound ? queueAddress : { email: body.toAddress ?? '', name: body.toName ?? '' }],
    subject: body.subject ?? '',
    textBody: body.textBody ?? '',
    ...(body.htmlBody !== undefined ? { htmlBody: body.htmlBody } : {}),
    status: inbound ? 'delivered' : 'sent',
  });
  return ok(conversationView(conversation, 'email'));
};

interface AgentlessEmailBody {
  conversationId: string;
  fromAddress: JsonObject;
  replyToAddress: JsonObject;
  senderType: string;
  subject: string;
  textBody: string;
  htmlBody: string;
  toAddresses: JsonObject[];
}

const sendAgentlessEmail: GcHandlerBody = (request, state) => {
  const body = bodyOf<AgentlessEmailBody>(request);
  const recipients = body.toAddresses ?? [];
  const first = recipients[0];
  const conversation = body.conversationId
    ? requireConversation(state, body.conversationId, 'email')
    : addConversation(state.conversations, {
        name: body.subject ?? 'Agentless e-mail',
        provider: NATIVE_EMAIL_PROVIDER,
        participants: [newParticipant({ name: firstString(first?.name, first?.email), purpose: 'external', mediaType: 'email', ...(typeof first?.email === 'string' ? { address: first.email } : {}) })],
      });
  const message = addMessage(conversation, {
    direction: 'outbound',
    from: body.fromAddress ?? {},
    to: recipients,
    subject: body.subject ?? '',
    textBody: body.textBody ?? '',
    ...(body.htmlBody !== undefined ? { htmlBody: body.htmlBody } : {}),
    status: 'sent',
  });
  return ok({ conversationId: conversation.id, messageId: message.id, senderType: body.senderType, selfUri: `/api/v2/conversations/emails/${conversation.id}` });
};

const sendFax: GcHandlerBody = (request, state) => {
  const body = bodyOf<{ addresses: unknown[]; name: string; contentType: string }>(request);
  if (body.addresses?.length === 0) throw invalid('addresses must list at least one fax number');
  const fax = { id: randomUUID(), addresses: body.addresses ?? [], ...(body.name !== undefined ? { name: body.name } : {}), ...(body.contentType !== undefined ? { contentType: body.contentType } : {}) };
  state.faxes.push(fax);
  return ok({ id: fax.id, uploadDestinationUri: `${state.services.baseUrl()}/uploads/faxes/${fax.id}`, uploadMethodType: 'PUT', uploadHeaders: {} });
};

export const emailCreateHandlers: Readonly<Record<string, GcHandlerBody>> = {
  postConversationsEmails: createEmail,
  postConversationsEmailsAgentless: sendAgentlessEmail,
  postConversationsFaxes: sendFax,
};
