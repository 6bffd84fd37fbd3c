import type { AgentRecord, EndUserRecord, Presence } from './state';
import type { DixaState } from './state';
import { customAttributeList } from './custom-attribute-values';

/** Fields agents and end users share, as the *Input schemas name them. */
export const PROFILE_FIELDS = ['email', 'displayName', 'firstName', 'lastName', 'middleNames', 'avatarUrl', 'phoneNumber', 'additionalEmails', 'additionalPhoneNumbers'] as const;
/** What an agent update may change: the email is the agent's login and is not in UpdateAgentInput. */
export const AGENT_UPDATE_FIELDS = PROFILE_FIELDS.filter((f) => f !== 'email');
export const END_USER_FIELDS = [...PROFILE_FIELDS, 'externalId'] as const;

type Editable = Record<string, unknown>;

/** Copies the listed fields that `input` sets; returns how many it set (0 is an empty patch). */
export function patchFields(target: object, input: Editable, fields: readonly string[]): number {
  let changed = 0;
  for (const field of fields) {
    if (input[field] === undefined) continue;
    (target as Editable)[field] = structuredClone(input[field]);
    changed += 1;
  }
  return changed;
}

/** Replaces the listed fields: those `input` leaves out are cleared (PUT semantics). */
export function replaceFields(target: object, input: Editable, fields: readonly string[]): void {
  for (const field of fields) delete (target as Editable)[field];
  patchFields(target, input, fields);
}

/** The Agent schema's view of an agent (presence is a resource of its own). */
export function agentView(agent: AgentRecord): Record<string, unknown> {
  const { presence: _presence, ...view } = agent;
  return structuredClone(view);
}

export function endUserView(user: EndUserRecord, state: DixaState): Record<string, unknown> {
  return { ...structuredClone(user), customAttributes: customAttributeList(user.customAttributes, state.catalogue) };
}

export function presenceView(userId: string, presence: Presence): Record<string, unknown> {
  return { userId, requestTime: new Date().toISOString(), ...structuredClone(presence) };
}

/** An agent downgraded to an end user keeps its id and profile (DELETE /v1/agents/{agentId}). */
export function asEndUser(agent: AgentRecord): EndUserRecord {
  const user: EndUserRecord = { id: agent.id, createdAt: agent.createdAt, customAttributes: {} };
  patchFields(user, agent as unknown as Editable, PROFILE_FIELDS);
  return user;
}
