import type { FaultSet } from '../faults/fault-catalogue';
import type { ReferenceRequest } from '../http/reference-types';
import { appendEvent } from './chat-events';
import { GwsFailure } from './envelope';
import { agentNamed } from './interaction-access';
import { announceInteraction, interactionView } from './interaction-view';
import { text } from './request-body';
import type { ChatInteraction, GwsState, User } from './types';

type Json = Record<string, unknown>;

/** Everyone working on the chat: the owner and the agents invited into the conference. */
function participants(chat: ChatInteraction): string[] {
  return [...(chat.owner ? [chat.owner] : []), ...chat.conferenceWith];
}

/** A transcript change, announced to every participant as PropertiesChanged (gws.chat.transcript-change-notification). */
function transcriptChanged(state: GwsState, request: ReferenceRequest, chat: ChatInteraction): void {
  // Breaks gws.chat.transcript-change-notification: transcript changes are not announced.
  if (request.faults.has('gws-transcript-change-not-announced')) return;
  for (const userId of participants(chat)) announceInteraction(state, userId, chat, request.faults, 'PropertiesChanged');
}

/** Accept with a nickname: the agent joins the chat (the history goes out with the Accepted notification). */
export function acceptChat(chat: ChatInteraction, user: User, body: Json, faults: FaultSet): void {
  const nickname = text(body, 'nickname');
  if (!nickname) throw new GwsFailure(1, 'nickname is required to accept a chat');
  // Breaks gws.chat.accept: Accept answers success but the chat stays Invited.
  if (faults.has('gws-chat-accept-stays-invited')) return;
  chat.stage = 'Accepted';
  appendEvent(chat.events, { userId: `agent-${user.id}`, messageType: 'PARTY_JOINED', userType: 'Agent', visibility: 'All', nickName: nickname });
}

/** The Accepted notification of a chat: the complete history so far (gws.chat.accept-history). */
export function chatAcceptedView(state: GwsState, request: ReferenceRequest, chat: ChatInteraction): Json {
  const view = interactionView(state, chat, request.faults);
  // Breaks gws.chat.accept-history: the Accepted notification carries no chat history.
  if (request.faults.has('gws-chat-accept-without-history')) view.content = { interactionId: chat.id, sessionId: chat.sessionId, latestEventId: 0, events: [] };
  return view;
}

/** SendMessage, typing notices: an event in the transcript; the stage does not change. */
export function chatEvent(state: GwsState, request: ReferenceRequest, chat: ChatInteraction, user: User, name: string, body: Json): void {
  const userId = `agent-${user.id}`;
  if (name === 'SendMessage') {
    const message = text(body, 'text');
    if (message === undefined) throw new GwsFailure(1, 'text is required for SendMessage');
    // Breaks gws.chat.send-message: SendMessage answers success but the message is not added to the transcript.
    if (request.faults.has('gws-chat-message-dropped')) return;
    appendEvent(chat.events, { userId, messageType: 'MESSAGE', userType: 'Agent', visibility: 'All', nickName: user.userName, text: message });
  } else {
    appendEvent(chat.events, { userId, messageType: 'NOTICE', userType: 'Agent', visibility: 'All', noticeType: name === 'SendStartTypingNotification' ? 'TypingStarted' : 'TypingStopped' });
  }
  transcriptChanged(state, request, chat);
}

/** RequestChatHistory: the transcript (from eventId when given) as a notification (gws.chat.request-history). */
export function chatHistory(state: GwsState, request: ReferenceRequest, chat: ChatInteraction, user: User, body: Json): void {
  const from = Number(body.eventId ?? 0);
  if (!Number.isFinite(from)) throw new GwsFailure(2, 'eventId must be a number');
  // Breaks gws.chat.request-history: RequestChatHistory answers success but no history is sent.
  if (request.faults.has('gws-chat-history-not-sent')) return;
  const view = interactionView(state, chat, request.faults);
  view.content = { ...(view.content as Json), events: chat.events.filter((e) => e.id >= from).map((e) => ({ ...e })) };
  state.notifier.publish(user.id, '/v2/me/interactions', { messageType: 'InteractionStateMessage', interaction: view });
}

/** InviteUser: both agents work on the chat (gws.chat.invite-user). */
export function inviteUser(state: GwsState, request: ReferenceRequest, chat: ChatInteraction, user: User, body: Json): void {
  const agentId = text(body, 'agentId');
  if (!agentId) throw new GwsFailure(1, 'agentId is required for InviteUser');
  const invited = agentNamed(state, agentId);
  if (participants(chat).includes(invited.id)) throw new GwsFailure(2, `${invited.userName} already works on chat ${chat.id}`);
  chat.stage = 'Conference';
  // Breaks gws.chat.invite-user: InviteUser answers success but the invited agent does not join the chat.
  if (request.faults.has('gws-invited-agent-not-joined')) return;
  chat.conferenceWith.push(invited.id);
  appendEvent(chat.events, { userId: `agent-${invited.id}`, messageType: 'PARTY_JOINED', userType: 'Agent', visibility: 'All', nickName: invited.userName });
  void user;
  for (const userId of participants(chat)) announceInteraction(state, userId, chat, request.faults);
}

/** LeaveConference: the agent leaves; the last remaining agent keeps (or takes) ownership (gws.chat.leave-conference). */
export function leaveConference(state: GwsState, request: ReferenceRequest, chat: ChatInteraction, user: User, body: Json): void {
  const leaving = text(body, 'agentId') ? agentNamed(state, text(body, 'agentId') ?? '') : user;
  if (!participants(chat).includes(leaving.id)) throw new GwsFailure(2, `${leaving.userName} is not in the conference of chat ${chat.id}`);
  chat.conferenceWith = chat.conferenceWith.filter((id) => id !== leaving.id);
  if (chat.owner === leaving.id) chat.owner = chat.conferenceWith.shift();
  if (chat.conferenceWith.length === 0) chat.stage = 'Accepted';
  appendEvent(chat.events, { userId: `agent-${leaving.id}`, messageType: 'PARTY_LEFT', userType: 'Agent', visibility: 'All' });
  announceInteraction(state, leaving.id, chat, request.faults, 'Left');
  for (const userId of participants(chat)) announceInteraction(state, userId, chat, request.faults);
}

/** EndChatSession: the session ends, the interaction stays with the agent for after-call work. */
export function endChatSession(state: GwsState, request: ReferenceRequest, chat: ChatInteraction): void {
  chat.stage = 'SessionEnded';
  // Breaks gws.chat.end-session-keeps-interaction: ending the session also takes the interaction from the agent.
  if (request.faults.has('gws-end-session-releases-chat')) delete chat.owner;
  appendEvent(chat.events, { userId: `client-${chat.customer}`, messageType: 'PARTY_LEFT', userType: 'Client', visibility: 'All', nickName: chat.customer });
  transcriptChanged(state, request, chat);
}
