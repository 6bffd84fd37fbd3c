import type { ReferenceRequest } from '../http/reference-types';
import { acceptChat, chatAcceptedView, chatEvent, chatHistory, endChatSession, inviteUser, leaveConference } from './chat-operations';
import { appendEvent } from './chat-events';
import { createReply, sendEmail } from './email-operations';
import { GwsFailure, notFound } from './envelope';
import { agentNamed, otherAgent } from './interaction-access';
import { checkMove } from './interaction-moves';
import { announceInteraction, interactionView } from './interaction-view';
import { text } from './request-body';
import type { GwsState, Interaction, User } from './types';
import { placeInWorkbin } from './workbin-content';

type Json = Record<string, unknown>;

/**
 * One operation of POST /me/interactions/{id} on an interaction the agent handles: checked against
 * the transition table of its machine, performed, and its result announced on /v2/me/interactions
 * (gws.notification.async-result-via-cometd). Answers extra attributes of the success body.
 */
export function performInteraction(state: GwsState, request: ReferenceRequest, interaction: Interaction, user: User, name: string, body: Json): Json {
  checkMove(interaction, name, request.faults);
  const faults = request.faults;
  const announce = (shown?: string) => announceInteraction(state, user.id, interaction, faults, shown);
  switch (name) {
    case 'Accept': {
      if (interaction.channel === 'chat') acceptChat(interaction, user, body, faults);
      // Breaks gws.email-reply.accept: Accept answers success but the e-mail stays Invited.
      else if (!faults.has('gws-accept-stays-invited')) interaction.stage = 'Accepted';
      // Breaks gws.interaction.accept-result-via-cometd: the Accepted state is not announced.
      if (faults.has('gws-accept-not-announced')) return {};
      const view = interaction.channel === 'chat' ? chatAcceptedView(state, request, interaction) : interactionView(state, interaction, faults);
      state.notifier.publish(user.id, '/v2/me/interactions', { messageType: 'InteractionStateMessage', interaction: view });
      return {};
    }
    case 'Reject':
      // Breaks gws.email-reply.reject: the rejected invitation stays with the agent.
      if (faults.has('gws-reject-keeps-interaction')) return {};
      // Breaks gws.chat.reject: a rejected chat invitation stays with the agent.
      if (interaction.channel === 'chat' && faults.has('gws-chat-reject-keeps-chat')) return {};
      represent(state, request, interaction, user);
      return {};
    case 'Complete':
      // Breaks gws.email-reply.complete: Complete answers success but the agent keeps the interaction.
      if (faults.has('gws-complete-keeps-ownership')) return {};
      // Breaks gws.chat.complete-after-end: Complete after EndChatSession answers success but the chat stays with the agent.
      if (interaction.channel === 'chat' && interaction.stage === 'SessionEnded' && faults.has('gws-chat-complete-after-end-kept')) return {};
      // Breaks gws.chat.complete-ends-session: Complete on an accepted chat completes it but leaves the chat session open.
      if (interaction.channel === 'chat' && (interaction.stage === 'Accepted' || interaction.stage === 'Conference') && !faults.has('gws-chat-complete-keeps-session')) {
        appendEvent(interaction.events, { userId: `client-${interaction.customer}`, messageType: 'PARTY_LEFT', userType: 'Client', visibility: 'All', nickName: interaction.customer });
      }
      interaction.stage = 'Completed';
      release(interaction);
      announce('Completed');
      return {};
    case 'PlaceInQueue': {
      const queueName = text(body, 'queueName');
      if (!queueName) throw new GwsFailure(1, 'queueName is required for PlaceInQueue');
      if (![...state.queues.values()].some((q) => q.name === queueName)) throw notFound(`queue ${queueName}`);
      interaction.stage = 'Queued';
      // Breaks gws.email-reply.place-in-queue: the interaction stays in its previous queue.
      if (!faults.has('gws-place-in-queue-ignores-queue')) interaction.queue = queueName;
      release(interaction);
      announce('Queued');
      return {};
    }
    case 'Transfer':
    case 'SingleStepTransfer':
      transfer(state, request, interaction, user, body);
      return {};
    case 'UpdateUserData':
    case 'AttachUserData':
    case 'DeleteUserData':
      changeUserData(interaction, name, body);
      // Breaks gws.interaction.ownership: changing the user data takes the interaction from the agent.
      if (faults.has('gws-user-data-releases-interaction')) release(interaction);
      announce('PropertiesChanged');
      return {};
    case 'PlaceInWorkbin':
      placeInWorkbin(state, request, interaction, user, body.workbin);
      return {};
    case 'Reply':
    case 'ReplyAll': {
      if (interaction.channel !== 'email') throw new GwsFailure(2, `${name} is for e-mail interactions`);
      const reply = createReply(state, request, interaction, user, name, body);
      return { replyInteractionId: reply.id };
    }
    case 'Send':
      if (interaction.channel !== 'email') throw new GwsFailure(2, 'Send is for e-mail interactions; chats use SendMessage');
      // Breaks gws.email-reply.send: Send answers success but the reply is not sent.
      if (faults.has('gws-send-keeps-reply')) return {};
      sendEmail(state, request, interaction, user, body);
      return {};
    case 'Cancel':
      // Breaks gws.email-reply.cancel: Cancel answers success but the reply stays with the agent.
      if (faults.has('gws-cancel-keeps-reply')) return {};
      interaction.stage = 'ReplyCancelled';
      release(interaction);
      announce('ReplyCancelled');
      return {};
    default:
      return chatOperation(state, request, interaction, user, name, body);
  }
}

function chatOperation(state: GwsState, request: ReferenceRequest, interaction: Interaction, user: User, name: string, body: Json): Json {
  if (interaction.channel !== 'chat') throw new GwsFailure(2, `${name} is for chat interactions`);
  switch (name) {
    case 'SendMessage':
    case 'SendStartTypingNotification':
    case 'SendStopTypingNotification':
      // Breaks gws.chat.typing-notifications: typing notices on an accepted chat are refused.
      if (name !== 'SendMessage' && request.faults.has('gws-typing-refused')) throw new GwsFailure(2, `${name} is not valid for the chat`);
      chatEvent(state, request, interaction, user, name, body);
      return {};
    case 'RequestChatHistory':
      chatHistory(state, request, interaction, user, body);
      return {};
    case 'InviteUser':
      inviteUser(state, request, interaction, user, body);
      return {};
    case 'LeaveConference':
      // Breaks gws.chat.leave-conference: LeaveConference answers success but the agent stays in the conference.
      if (request.faults.has('gws-leave-conference-ignored')) return {};
      leaveConference(state, request, interaction, user, body);
      return {};
    case 'EndChatSession':
      endChatSession(state, request, interaction);
      return {};
    default:
      throw new GwsFailure(2, `invalid operation ${name}`);
  }
}

/** The interaction leaves the agent (and any conference). */
function release(interaction: Interaction): void {
  delete interaction.owner;
  if (interaction.channel === 'chat') interaction.conferenceWith = [];
}

/** Reject: the system presents the interaction to another agent (gws.interaction.reject-presents-other-agent). */
function represent(state: GwsState, request: ReferenceRequest, interaction: Interaction, user: User): void {
  announceInteraction(state, user.id, interaction, request.faults, 'Rejected');
  // Breaks gws.interaction.reject-presents-other-agent: the rejected interaction goes back to its queue and is presented to nobody.
  const next = request.faults.has('gws-reject-leaves-queued') ? undefined : otherAgent(state, [user.id], interaction.channel);
  if (!next) {
    interaction.stage = 'Queued';
    release(interaction);
    return;
  }
  interaction.owner = next.id;
  interaction.stage = 'Invited';
  announceInteraction(state, next.id, interaction, request.faults);
}

/** Transfer / SingleStepTransfer: ownership goes to the named agent, who is invited (gws.email-reply.transfer). */
function transfer(state: GwsState, request: ReferenceRequest, interaction: Interaction, user: User, body: Json): void {
  const userId = text(body, 'userId');
  if (!userId) throw new GwsFailure(1, 'userId is required to transfer an interaction');
  const target = agentNamed(state, userId);
  if (target.id === user.id) throw new GwsFailure(2, 'an interaction cannot be transferred to its own agent');
  // Breaks gws.email-reply.transfer: Transfer answers success but the agent keeps the interaction.
  if (request.faults.has('gws-transfer-keeps-owner')) return;
  announceInteraction(state, user.id, interaction, request.faults, 'Transferred');
  release(interaction);
  interaction.owner = target.id;
  interaction.stage = 'Invited';
  announceInteraction(state, target.id, interaction, request.faults);
}

/** UpdateUserData / AttachUserData set keys; DeleteUserData removes the keys it names. */
function changeUserData(interaction: Interaction, name: string, body: Json): void {
  const data = body.userData;
  if (data === undefined) throw new GwsFailure(1, `userData is required for ${name}`);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new GwsFailure(2, 'userData must be an object of key/value pairs');
  if (name === 'DeleteUserData') {
    for (const key of Object.keys(data)) delete interaction.userData[key];
    return;
  }
  Object.assign(interaction.userData, data);
}
