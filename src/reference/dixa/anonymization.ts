import { randomUUID } from 'node:crypto';
import type { ReferenceRequest } from '../http/reference-types';
import { announce } from './conversation-events';
import { actorId, conversationOf, endUserOf } from './lookups';
import { booleanQuery } from './request-body';
import { answering } from './answering';
import { accepted, badRequest, notFound, ok } from './responses';
import type { AnonymizationRequest, AnonymizationTarget, ConversationRecord, DixaState, MessageRecord } from './state';

const REDACTED = '[anonymized]';

function requestView(r: AnonymizationRequest): Record<string, unknown> {
  return { id: r.id, _type: r.type, entityType: { _type: r.type }, initiatedAt: r.initiatedAt, requestedBy: r.requestedBy, targetEntityId: r.targetEntityId, ...(r.processedAt ? { processedAt: r.processedAt } : {}) };
}

/**
 * Files an anonymization request and processes it after the response (the API answers with a
 * pending request status; processedAt appears once done, dixa.anonymization.processed-at).
 */
function submit(request: ReferenceRequest, state: DixaState, type: AnonymizationTarget, targetEntityId: string, process: (at: string) => void) {
  const filed: AnonymizationRequest = { id: randomUUID(), type, targetEntityId, initiatedAt: new Date().toISOString(), requestedBy: actorId(request, state) };
  // Breaks dixa.anonymization.conversation-request: a conversation's request is answered but never filed, so GET by its id is 404.
  if (!(type === 'Conversation' && request.faults.has('dixa-anonymization-request-not-filed'))) state.anonymizationRequests.set(filed.id, filed);
  setImmediate(() => {
    const at = new Date().toISOString();
    process(at);
    // Breaks dixa.anonymization.processed-at: processedAt is a second before initiatedAt.
    filed.processedAt = request.faults.has('dixa-anonymization-processed-before-initiated') ? new Date(Date.parse(filed.initiatedAt) - 1000).toISOString() : at;
  });
  return accepted({ data: requestView(filed) });
}

function scrubMessage(message: MessageRecord, at: string): void {
  message.content = { ...message.content, value: REDACTED };
  message.anonymizedAt = at;
}

/** Closes a conversation so that it can be anonymized (force=true). */
function forceClose(request: ReferenceRequest, state: DixaState, conversation: ConversationRecord): void {
  conversation.state = 'Closed';
  conversation.stateUpdatedAt = new Date().toISOString();
  announce(request, state, conversation, { activity: 'ConversationClosed', event: 'ConversationClosed' });
}

export const anonymizationHandlers = {
  getAnonymizationRequestByRequestId: answering((request, state) => {
    const filed = state.anonymizationRequests.get(request.params.requestId ?? '');
    if (!filed) throw notFound(`anonymization request ${request.params.requestId ?? ''} not found`);
    return ok({ data: requestView(filed) });
  }),
  patchConversationsByConversationIdAnonymize: answering((request, state) => {
    const conversation = conversationOf(request, state);
    if (conversation.state !== 'Closed') {
      const force = booleanQuery(request, 'force') === true;
      // Breaks dixa.anonymization.without-force-non-closed: without force the conversation is closed anyway.
      if (!force && !request.faults.has('dixa-anonymize-without-force-closes')) throw badRequest(`conversation ${conversation.id} is ${conversation.state}; anonymize with force=true to close it first`);
      if (!(force && request.faults.has('dixa-anonymize-force-keeps-open'))) forceClose(request, state, conversation);
    }
    return submit(request, state, 'Conversation', String(conversation.id), (at) => {
      // Breaks dixa.anonymization.anonymized-conversation: the processed conversation is never marked anonymized.
      if (!request.faults.has('dixa-anonymized-conversation-unmarked')) conversation.anonymizedAt = at;
      for (const message of conversation.messages) scrubMessage(message, at);
      for (const note of conversation.notes) note.message = REDACTED;
    });
  }),
  patchConversationsByConversationIdMessagesByMessageIdAnonymize: answering((request, state) => {
    const conversation = conversationOf(request, state);
    const message = conversation.messages.find((m) => m.id === request.params.messageId);
    if (!message) throw notFound(`message ${request.params.messageId ?? ''} not found in conversation ${conversation.id}`);
    // Breaks dixa.anonymization.message: the request status names the conversation as its target.
    const target = request.faults.has('dixa-message-anonymization-targets-conversation') ? String(conversation.id) : message.id;
    return submit(request, state, 'Message', target, (at) => scrubMessage(message, at));
  }),
  patchEndusersByUserIdAnonymize: answering((request, state) => {
    const user = endUserOf(request, state);
    const force = booleanQuery(request, 'force') ?? false;
    const conversations = [...state.conversations.values()].filter((c) => c.requesterId === user.id);
    const open = conversations.filter((c) => c.state !== 'Closed');
    if (open.length > 0 && !force) throw badRequest(`end user ${user.id} has ${open.length} conversation(s) not closed; anonymize with force=true to close them`);
    // Breaks dixa.anonymization.end-user: with force=true the end user's open conversations stay open.
    if (!request.faults.has('dixa-enduser-anonymize-force-keeps-open')) for (const conversation of open) forceClose(request, state, conversation);
    return submit(request, state, 'User', user.id, () => {
      for (const field of ['email', 'firstName', 'lastName', 'middleNames', 'avatarUrl', 'phoneNumber', 'additionalEmails', 'additionalPhoneNumbers', 'externalId'] as const) delete user[field];
      user.displayName = REDACTED;
    });
  }),
};
