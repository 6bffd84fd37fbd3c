import type { ReferenceRequest } from '../http/reference-types';
import { autoFilledDraft, draftOf, initialDraft, requireConnected } from './drafts';
import { requireConversation } from './lookups';
import { bodyOf, invalid, missingResource, noContent, ok, type GcHandlerBody } from './request-error';
import type { Attachment, Draft, JsonObject } from './state';
import { draftView } from './views';

type DraftBody = Partial<Pick<Draft, 'to' | 'cc' | 'bcc' | 'from' | 'replyTo' | 'subject' | 'textBody' | 'htmlBody' | 'draftType' | 'historyIncluded'>>;

const getDraft: GcHandlerBody = (request, state) => {
  const conversation = requireConversation(state, request.params.conversationId, 'email');
  const view = draftView(conversation, draftOf(state, conversation));
  // Breaks gc.email-draft.get: reading the draft resets it.
  if (request.faults.has('gc-draft-get-consumes')) conversation.draft = initialDraft(state, conversation);
  return ok(view);
};

const putDraft: GcHandlerBody = (request, state) => {
  const conversation = requireConversation(state, request.params.conversationId, 'email');
  requireConnected(conversation);
  const body = bodyOf<DraftBody>(request);
  const current = draftOf(state, conversation);
  const updated: Draft = {
    ...current,
    to: body.to ?? [],
    cc: body.cc ?? [],
    bcc: body.bcc ?? [],
    from: body.from ?? {},
    subject: body.subject ?? '',
    textBody: body.textBody ?? '',
    historyIncluded: body.historyIncluded ?? current.historyIncluded,
    edited: true,
    ...(body.replyTo !== undefined ? { replyTo: body.replyTo } : {}),
    ...(body.htmlBody !== undefined ? { htmlBody: body.htmlBody } : {}),
    ...(body.draftType !== undefined ? { draftType: body.draftType } : {}),
  };
  // Breaks gc.email-draft.put: the update is answered but not stored.
  if (!request.faults.has('gc-draft-put-not-stored')) conversation.draft = updated;
  return ok(draftView(conversation, updated));
};

const patchDraft: GcHandlerBody = (request, state) => {
  const conversation = requireConversation(state, request.params.conversationId, 'email');
  requireConnected(conversation);
  let draft = draftOf(state, conversation);
  // Breaks gc.email-draft.discard: the stored content survives a discard.
  if (booleanQuery(request, 'discard') && !request.faults.has('gc-draft-discard-keeps-content')) draft = initialDraft(state, conversation);
  // Breaks gc.email-draft.auto-fill: auto-fill leaves the draft as it was.
  if (booleanQuery(request, 'autoFill') && !request.faults.has('gc-draft-autofill-noop')) draft = autoFilledDraft(state, conversation, draft);
  const draftType = bodyOf<{ draftType: string }>(request).draftType;
  if (draftType !== undefined) draft = { ...draft, draftType };
  conversation.draft = draft;
  return ok(draftView(conversation, draft));
};

const copyAttachments: GcHandlerBody = (request, state) => {
  const conversation = requireConversation(state, request.params.conversationId, 'email');
  requireConnected(conversation);
  const body = bodyOf<{ sourceMessage: JsonObject; attachments: unknown[] }>(request);
  const draft = draftOf(state, conversation);
  // Only reachable when the schema check is waived (gc-copy-accepts-missing-source): nothing to copy.
  if (body.sourceMessage === undefined) return ok(draftView(conversation, draft));
  const sourceId = body.sourceMessage.id;
  if (typeof sourceId !== 'string') throw invalid('sourceMessage.id is required');
  const source = conversation.messages.find((m) => m.id === sourceId);
  if (!source) throw invalid(`sourceMessage ${sourceId} is not a message of conversation ${conversation.id}`);
  const copies = (body.attachments ?? []).map((item) => attachmentOf(source.attachments, item));
  const fresh = copies.filter((a) => !draft.attachments.some((d) => d.attachmentId === a.attachmentId));
  // Breaks gc.email-draft.copy-attachments: the copies never reach the draft.
  if (!request.faults.has('gc-draft-copy-attachments-ignored') && fresh.length > 0) {
    draft.attachments.push(...fresh);
    draft.edited = true;
  }
  return ok(draftView(conversation, draft));
};

const deleteAttachment: GcHandlerBody = (request, state) => {
  const conversation = requireConversation(state, request.params.conversationId, 'email');
  const draft = draftOf(state, conversation);
  const index = draft.attachments.findIndex((a) => a.attachmentId === request.params.attachmentId);
  if (index < 0) throw missingResource(`attachment ${request.params.attachmentId ?? ''} is not on the draft`);
  // Breaks gc.email-draft.delete-attachment: answered 204, attachment kept.
  if (!request.faults.has('gc-draft-attachment-not-deleted')) draft.attachments.splice(index, 1);
  return noContent();
};

/** An attachment of the source message named by id (a string or an object with attachmentId). */
function attachmentOf(attachments: readonly Attachment[], item: unknown): Attachment {
  const id = typeof item === 'string' ? item : (item as { attachmentId?: unknown } | null)?.attachmentId;
  const found = attachments.find((a) => a.attachmentId === id);
  if (!found) throw invalid(`attachment ${String(id)} is not on the source message`);
  return { ...found };
}

export function booleanQuery(request: ReferenceRequest, name: string): boolean {
  const raw = request.query.get(name);
  if (raw === null || raw === '') return false;
  if (raw !== 'true' && raw !== 'false') throw invalid(`${name} must be true or false`);
  return raw === 'true';
}

export const emailDraftHandlers: Readonly<Record<string, GcHandlerBody>> = {
  getConversationsEmailMessagesDraft: getDraft,
  putConversationsEmailMessagesDraft: putDraft,
  patchConversationsEmailMessagesDraft: patchDraft,
  postConversationsEmailMessagesDraftAttachmentsCopy: copyAttachments,
  deleteConversationsEmailMessagesDraftAttachment: deleteAttachment,
};
