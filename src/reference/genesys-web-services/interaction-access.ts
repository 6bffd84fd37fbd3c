import type { ReferenceRequest } from '../http/reference-types';
import { currentUser } from './current-user';
import { GwsFailure, notFound } from './envelope';
import type { GwsState, Interaction, User } from './types';

/** Whether the user works on the interaction: its owner, or an agent in its chat conference. */
export function participates(interaction: Interaction, user: User): boolean {
  return interaction.owner === user.id || (interaction.channel === 'chat' && interaction.conferenceWith.includes(user.id));
}

/** The interactions the agent is handling (invited to or working on): GET /me/interactions. */
export function handledBy(state: GwsState, user: User): Interaction[] {
  return [...state.interactions.values()].filter((i) => participates(i, user) && !i.workbin && isLive(i));
}

/** Stages in which an interaction is still with an agent. */
export function isLive(interaction: Interaction): boolean {
  return ['Invited', 'Accepted', 'ReplyCreated', 'Conference', 'SessionEnded'].includes(interaction.stage);
}

/** Active interactions of the contact center: GET /interactions. */
export function activeInteractions(state: GwsState): Interaction[] {
  return [...state.interactions.values()].filter((i) => isLive(i) || i.stage === 'Queued' || i.stage === 'InWorkbin');
}

/** An interaction by id, or statusCode 6. */
export function interactionById(state: GwsState, id: string): Interaction {
  const interaction = state.interactions.get(id);
  if (!interaction) throw notFound(`interaction ${id}`);
  return interaction;
}

/** The caller's own interaction: another agent's is statusCode 5 (Permissions: Agent, on its own; a chat's history only for its participants, gws.auth.request-chat-history-participants). */
export function ownInteraction(state: GwsState, request: ReferenceRequest, id: string): { interaction: Interaction; user: User } {
  const interaction = interactionById(state, id);
  const user = currentUser(state, request);
  if (!participates(interaction, user)) throw new GwsFailure(5, `interaction ${id} is not handled by ${request.principal.username}`);
  return { interaction, user };
}

/**
 * Whether an agent is offered invitations of a channel now: Ready on it and not Do Not Disturb
 * (gws.interaction.ready-required, gws.agent-state.dnd-on).
 */
export function takesInvitations(user: User, channel: string): boolean {
  const state = user.channels.find((c) => c.name === channel);
  return !!state && state.condition.state === 'Ready' && !state.dnd;
}

/** Another agent than `except` who takes invitations of the channel, if any (Reject, Transfer). */
export function otherAgent(state: GwsState, except: readonly string[], channel?: string): User | undefined {
  const agents = [...state.users.values()].filter((u) => u.roles.includes('ROLE_AGENT') && !except.includes(u.id));
  return (channel ? agents.find((u) => takesInvitations(u, channel)) : undefined) ?? agents[0];
}

/** A user named by id or userName (agentId, userId of the interaction operations), or statusCode 6. */
export function agentNamed(state: GwsState, value: string): User {
  const user = state.users.get(value) ?? [...state.users.values()].find((u) => u.userName === value);
  if (!user) throw notFound(`agent ${value}`);
  return user;
}
