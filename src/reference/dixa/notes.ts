import { randomUUID } from 'node:crypto';
import type { ReferenceRequest } from '../http/reference-types';
import { bulkOutcomes } from './bulk';
import { announce } from './conversation-events';
import { noteView } from './conversation-view';
import { actorId, bodyAgent, conversationOf } from './lookups';
import { filledUnder, validBody } from './request-body';
import { answering } from './answering';
import { created, ok } from './responses';
import type { ConversationRecord, DixaState } from './state';

/** CreateInternalNoteInput: agentId and createdAt are optional (dixa.notes.optional-agent-and-created-at). */
interface NoteInput {
  readonly message: string;
  readonly agentId?: string;
  readonly createdAt?: string;
}

/** Notes may be added in every state of the conversation (each state lists the capability). */
function addNote(request: ReferenceRequest, state: DixaState, conversation: ConversationRecord, input: NoteInput): Record<string, unknown> {
  const authorId = input.agentId === undefined ? actorId(request, state) : bodyAgent(state, input.agentId).id;
  // Breaks dixa.notes.optional-agent-and-created-at: a given createdAt is replaced by the time of the request.
  const createdAt = request.faults.has('dixa-note-created-at-replaced') ? undefined : input.createdAt;
  const note = { id: randomUUID(), authorId, createdAt: createdAt ?? new Date().toISOString(), message: input.message };
  if (!request.faults.has('dixa-note-not-listed')) conversation.notes.push(note);
  // Breaks dixa.notes.note-added-webhook: the note is logged without its webhook event.
  const event = request.faults.has('dixa-note-added-not-emitted') ? undefined : ('ConversationNoteAdded' as const);
  announce(request, state, conversation, { activity: 'NoteAdded', ...(event ? { event } : {}), authorId, attributes: { message: note.message }, detail: { note: noteView(note, conversation) } });
  return noteView(note, conversation);
}

export const noteHandlers = {
  getConversationsByConversationIdNotes: answering((request, state) => {
    const conversation = conversationOf(request, state);
    return ok({ data: conversation.notes.map((n) => noteView(n, conversation)) });
  }),
  postConversationsByConversationIdNotes: answering((request, state) => {
    const conversation = conversationOf(request, state);
    // Breaks dixa.notes.create-requires-message: a note without message is created empty.
    const body = filledUnder(request, 'dixa-note-without-message-accepted', () => ({ message: '' }));
    return created({ data: addNote(request, state, conversation, validBody<NoteInput>(request, body)) });
  }),
  postConversationsByConversationIdNotesBulk: answering((request, state) => {
    const conversation = conversationOf(request, state);
    const { data = [] } = validBody<{ data?: NoteInput[] }>(request);
    const outcomes = bulkOutcomes(request, data, () => undefined, (input) => addNote(request, state, conversation, input));
    // Breaks dixa.notes.bulk-per-item: the outcomes of failing notes are left out.
    return ok({ data: request.faults.has('dixa-notes-bulk-failures-dropped') ? outcomes.filter((o) => 'data' in o) : outcomes });
  }),
};
