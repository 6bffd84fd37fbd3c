import type { FaultSet } from '../faults/fault-catalogue';
import { chatJoinEvents } from './chat-events';
import { interactionId } from './ids';
import { takesInvitations } from './interaction-access';
import { announceInteraction } from './interaction-view';
import type { ChatInteraction, EmailFields, EmailInteraction, GwsState, User } from './types';

/**
 * A new inbound e-mail arrives for an agent: it is an invitation (state Invited, announced on
 * /v2/me/interactions) while the agent is Ready on email without Do Not Disturb
 * (gws.interaction.ready-required, gws.interaction.invite), and waits in its queue otherwise.
 */
export function routeEmail(state: GwsState, user: User, email: EmailFields, faults: FaultSet): EmailInteraction {
  // Breaks gws.interaction.ready-required: e-mails are offered to agents who are not Ready on email.
  const invited = takesInvitations(user, 'email') || faults.has('gws-invites-when-not-ready');
  const interaction: EmailInteraction = {
    id: interactionId(state),
    channel: 'email',
    stage: invited ? 'Invited' : 'Queued',
    subType: 'InboundNew',
    queue: 'SimpleEmailInQueue',
    receivedAt: Date.now(),
    parentId: null,
    userData: { FromAddress: email.FromAddress, To: email.ToAddress, Subject: email.Subject, Origination_Source: 'Email' },
    attachments: [],
    email,
    ...(invited ? { owner: user.id } : {}),
  };
  state.interactions.set(interaction.id, interaction);
  if (invited) announceInteraction(state, user.id, interaction, faults);
  return interaction;
}

/** A new chat from a customer, routed like an e-mail on the chat channel. */
export function routeChat(state: GwsState, user: User, customer: string, subject: string, faults: FaultSet): ChatInteraction {
  const invited = takesInvitations(user, 'chat');
  const id = interactionId(state);
  const chat: ChatInteraction = {
    id,
    channel: 'chat',
    stage: invited ? 'Invited' : 'Queued',
    subType: 'InboundNew',
    queue: 'SimpleChatInQueue',
    receivedAt: Date.now(),
    parentId: null,
    userData: { Subject: subject },
    attachments: [],
    sessionId: id,
    customer,
    conferenceWith: [],
    events: chatJoinEvents(customer, undefined),
    ...(invited ? { owner: user.id } : {}),
  };
  state.interactions.set(chat.id, chat);
  if (invited) announceInteraction(state, user.id, chat, faults);
  return chat;
}
