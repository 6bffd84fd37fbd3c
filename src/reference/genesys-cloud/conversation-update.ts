import { connect, disconnect, lastDisconnected, settleEndTime } from './connection';
import { initialDraft, isFullyDisconnected } from './drafts';
import { requireConversation, userOf } from './lookups';
import { gcError } from './error-body';
import { accepted, bodyOf, invalid, ok, type GcHandlerBody } from './request-error';
import type { MediaType } from './state';
import { conversationView } from './views';

/** PATCH of a conversation: only `disconnected` is a valid state; recordingState pauses or resumes. */
function updateConversation(mediaType: MediaType): GcHandlerBody {
  return (request, state) => {
    const conversation = requireConversation(state, request.params.conversationId, mediaType);
    const body = bodyOf<{ state: string; recordingState: string; participants: unknown; startTime: unknown }>(request);
    // Breaks gc.input.conversation-update-required: an update without participants and startTime is refused with 403 (neither served nor 400).
    if (body.participants === undefined && body.startTime === undefined && request.faults.has('gc-conversation-update-partial-403')) return gcError(request, 403, 'the whole conversation must be sent to update it');
    if (body.state === 'disconnected') {
      for (const participant of conversation.participants) {
        // Breaks gc.email-draft.disconnect-all: the customer side stays connected.
        if (request.faults.has('gc-conversation-disconnect-partial') && participant.purpose === 'customer') continue;
        participant.communications.forEach(disconnect);
      }
      settleEndTime(conversation);
    }
    // Breaks gc.state.recording-pause-resume: the recording state never changes.
    if ((body.recordingState === 'paused' || body.recordingState === 'active') && !request.faults.has('gc-recording-pause-ignored')) {
      conversation.recordingState = body.recordingState;
      conversation.securePause = body.recordingState === 'paused';
    }
    // Breaks gc.limits.recent-transfers-20: the update lists every transfer, not the 20 most recent.
    const view = conversationView(conversation, mediaType, request.faults.has('gc-recent-transfers-uncapped') ? Infinity : 20);
    // Breaks gc.state.conversation-state-absent-on-read: the read model carries a state.
    if (request.faults.has('gc-conversation-state-echoed')) view.state = 'disconnected';
    return ok(view);
  };
}

/** Reconnects the user to the most recently disconnected customer of a fully disconnected e-mail. */
const reconnect: GcHandlerBody = (request, state) => {
  const conversation = requireConversation(state, request.params.conversationId, 'email');
  if (!isFullyDisconnected(conversation)) {
    // Breaks gc.email-draft.reconnect-requires-disconnected: accepted on a live conversation.
    if (request.faults.has('gc-reconnect-while-connected')) return accepted();
    throw invalid(`reconnect needs a fully disconnected conversation; ${conversation.id} is still connected`);
  }
  // Breaks gc.email-draft.reconnect: answered 202, nobody is reconnected.
  if (request.faults.has('gc-reconnect-noop')) return accepted();
  const userId = userOf(state, request.principal)?.id;
  const agent = conversation.participants.find((p) => p.userId === userId && p.purpose === 'agent') ?? lastDisconnected(conversation, ['agent'], 'email');
  const customer = lastDisconnected(conversation, ['customer', 'external'], 'email');
  if (!agent && !customer) throw invalid(`conversation ${conversation.id} has nobody to reconnect`);
  for (const participant of [agent, customer]) participant?.communications.filter((c) => c.mediaType === 'email').forEach(connect);
  conversation.draft = initialDraft(state, conversation);
  settleEndTime(conversation);
  return accepted();
};

export const conversationUpdateHandlers: Readonly<Record<string, GcHandlerBody>> = {
  patchConversationsEmail: updateConversation('email'),
  patchConversationsMessage: updateConversation('message'),
  postConversationsEmailReconnect: reconnect,
};
