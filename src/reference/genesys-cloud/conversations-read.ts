import type { GcHandlerBody } from './request-error';
import { invalid, ok } from './request-error';
import { requireConversation, userOf } from './lookups';
import type { GcState, MediaType } from './state';
import type { Principal } from '../http/reference-types';
import { conversationView } from './views';

/** Active conversations of one media type for the logged-in user (a connected communication of theirs). */
function activeConversationsOf(mediaType: MediaType): GcHandlerBody {
  return (request, state) => ok({ entities: activeFor(state, request.principal, mediaType).map((c) => conversationView(c, mediaType)) });
}

function activeFor(state: GcState, principal: Principal, mediaType: MediaType) {
  const userId = userOf(state, principal)?.id;
  return state.conversations.filter((c) => c.participants.some((p) => p.userId === userId && p.communications.some((m) => m.mediaType === mediaType && m.state !== 'disconnected')));
}

function conversationOf(mediaType: MediaType): GcHandlerBody {
  return (request, state) => ok(conversationView(requireConversation(state, request.params.conversationId, mediaType), mediaType));
}

export const conversationReadHandlers: Readonly<Record<string, GcHandlerBody>> = {
  getConversationsEmails: activeConversationsOf('email'),
  getConversationsMessages: activeConversationsOf('message'),
  getConversationsCobrowsesessions: (request, state) => {
    // Breaks gc.input.valid-request-accepted: a valid list request is refused as malformed.
    if (request.faults.has('gc-cobrowse-list-refused')) throw invalid('the cobrowse session list cannot be read');
    return activeConversationsOf('cobrowse')(request, state);
  },
  getConversationsInternalmessages: activeConversationsOf('internalmessage'),
  getConversationsEmail: conversationOf('email'),
  getConversationsMessage: conversationOf('message'),
  getConversationsCobrowsesession: conversationOf('cobrowse'),
  getConversationsInternalmessage: conversationOf('internalmessage'),
  getConversationsEmailSettings: (request, state) => {
    const conversation = requireConversation(state, request.params.conversationId, 'email');
    // Breaks gc.schema.status-documented: 203 is not a status the contract documents here.
    if (request.faults.has('gc-undocumented-status')) return { status: 203, body: conversation.settings };
    // Breaks gc.schema.content-type-documented: the JSON is labelled as plain text.
    if (request.faults.has('gc-settings-as-text')) return { status: 200, body: JSON.stringify(conversation.settings), headers: { 'content-type': 'text/plain' } };
    return ok(conversation.settings);
  },
};
