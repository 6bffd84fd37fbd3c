import type { ReferenceRequest } from '../http/reference-types';
import { badRequest, notFound } from './responses';
import type { AgentRecord, ConversationRecord, DixaState, EndUserRecord, QueueRecord, TagRecord, TeamRecord, WebhookRecord } from './state';

/** Finds what a path parameter names, or throws the contract's 404 (NotFound {message}). */
function found<K, T>(map: ReadonlyMap<K, T>, id: K, what: string): T {
  const item = map.get(id);
  if (item === undefined) throw notFound(`${what} ${String(id)} not found`);
  return item;
}

const param = (request: ReferenceRequest, name: string) => request.params[name] ?? '';

export const agentOf = (request: ReferenceRequest, state: DixaState): AgentRecord => found(state.agents, param(request, 'agentId'), 'agent');
export const endUserOf = (request: ReferenceRequest, state: DixaState): EndUserRecord => found(state.endUsers, param(request, 'userId'), 'end user');
export const tagOf = (request: ReferenceRequest, state: DixaState): TagRecord => found(state.tags, param(request, 'tagId'), 'tag');
export const teamOf = (request: ReferenceRequest, state: DixaState): TeamRecord => found(state.teams, param(request, 'teamId'), 'team');
export const queueOf = (request: ReferenceRequest, state: DixaState): QueueRecord => found(state.queues, param(request, 'queueId'), 'queue');
export const webhookOf = (request: ReferenceRequest, state: DixaState): WebhookRecord => found(state.webhooks, param(request, 'webhookSubscriptionId'), 'webhook subscription');

/** The conversation of the path; its id is an integer (int64), anything else is a bad request. */
export function conversationOf(request: ReferenceRequest, state: DixaState): ConversationRecord {
  const raw = param(request, 'conversationId');
  const lenient = request.faults.has('dixa-non-integer-conversation-id-accepted');
  if (!/^-?[0-9]+$/.test(raw) && !(lenient && /^-?[0-9]+/.test(raw))) throw badRequest(`conversationId must be an integer, got "${raw}"`);
  return found(state.conversations, Number.parseInt(raw, 10), 'conversation');
}

/** An agent named in a request body; an unknown one makes the request bad, not the path. */
export function bodyAgent(state: DixaState, agentId: string, field = 'agentId'): AgentRecord {
  const agent = state.agents.get(agentId);
  if (!agent) throw badRequest(`${field} ${agentId} is not an agent`);
  return agent;
}

/** The agent the caller acts as (createdBy, requestedBy, note author when none is given). */
export function actorId(request: ReferenceRequest, state: DixaState): string {
  return state.apiUsers[request.principal.username] ?? [...state.agents.keys()][0] ?? '00000000-0000-4000-8000-000000000000';
}
