import { randomUUID } from 'node:crypto';
import type { ReferenceRequest } from '../http/reference-types';
import { BulkItemError, bulkOutcomes } from './bulk';
import { actorId, agentOf } from './lookups';
import { pageRequest, paginated } from './pagination';
import { AGENT_UPDATE_FIELDS, agentView, asEndUser, patchFields, PROFILE_FIELDS, replaceFields } from './people';
import { filledUnder, validBody } from './request-body';
import { answering } from './answering';
import { badRequest, conflict, created, DixaError, noContent, ok } from './responses';
import type { AgentRecord, DixaState } from './state';

type Input = Record<string, unknown>;
type CreateAgentInput = Input & { email: string; displayName: string };
type BulkAgentInput = Input & { id: string };

export function createAgent(state: DixaState, input: CreateAgentInput): AgentRecord {
  const taken = [...state.agents.values()].some((a) => a.email.toLowerCase() === input.email.toLowerCase());
  if (taken) throw conflict(`an agent with email ${input.email} exists`);
  const agent: AgentRecord = { id: randomUUID(), email: input.email, displayName: input.displayName, createdAt: new Date().toISOString(), roles: ['Agent'], presence: { connectionStatus: 'Offline' } };
  patchFields(agent, input, PROFILE_FIELDS);
  state.agents.set(agent.id, agent);
  return agent;
}

function existing(state: DixaState, id: string): AgentRecord {
  const agent = state.agents.get(id);
  if (!agent) throw new BulkItemError('NotFound', `agent ${id} not found`);
  return agent;
}

/** Under its fault, a POST without displayName is accepted with the email's local part. */
function createInput(request: ReferenceRequest): CreateAgentInput {
  const body = request.body as Input | undefined;
  if (request.faults.has('dixa-agent-display-name-defaulted') && body && typeof body.email === 'string' && body.displayName === undefined) {
    return validBody<CreateAgentInput>(request, { ...body, displayName: body.email.split('@')[0] });
  }
  return validBody<CreateAgentInput>(request);
}

/** Under its fault, PATCH /v1/agents items without id are taken as the caller's (dixa.agents.bulk-patch-requires-id). */
function withoutIdsAsCaller(request: ReferenceRequest, state: DixaState): unknown {
  const body = request.body;
  if (!request.faults.has('dixa-agent-bulk-patch-without-id-accepted') || !Array.isArray(body)) return body;
  return body.map((item: unknown) => (item !== null && typeof item === 'object' && !('id' in item) ? { ...item, id: actorId(request, state) } : item));
}

export const agentHandlers = {
  getAgents: answering((request, state) => {
    const page = pageRequest(request, state, ['email', 'query', 'phone']);
    const email = page.filters.email ?? page.filters.query;
    const phone = page.filters.phone;
    if (email !== undefined && phone !== undefined && !request.faults.has('dixa-agents-both-filters-accepted')) throw badRequest('filter by email or by phone, not both');
    const agents = [...state.agents.values()].filter((a) => (email === undefined || a.email.toLowerCase() === email.toLowerCase()) && (phone === undefined || a.phoneNumber === phone));
    return ok(paginated(request, state, agents.map(agentView), page));
  }),
  postAgents: answering((request, state) => created({ data: agentView(createAgent(state, createInput(request))) })),
  postAgentsBulk: answering((request, state) => {
    const { data = [] } = validBody<{ data?: CreateAgentInput[] }>(request);
    return ok({ data: bulkOutcomes(request, data, (i) => i.email, (input) => agentView(createAgent(state, input))) });
  }),
  putAgents: answering((request, state) => {
    const items = validBody<BulkAgentInput[] | undefined>(request) ?? [];
    return ok({ data: bulkOutcomes(request, items, (i) => i.id, (input) => {
      const agent = existing(state, input.id);
      replaceFields(agent, input, AGENT_UPDATE_FIELDS);
      return agentView(agent);
    }) });
  }),
  patchAgents: answering((request, state) => {
    const items = validBody<BulkAgentInput[] | undefined>(request, withoutIdsAsCaller(request, state)) ?? [];
    return ok({ data: bulkOutcomes(request, items, (i) => i.id, (input) => {
      const agent = existing(state, input.id);
      if (patchFields(agent, input, AGENT_UPDATE_FIELDS) === 0) throw new BulkItemError('EmptyPatchSet', `nothing to change for agent ${input.id}`);
      return agentView(agent);
    }) });
  }),
  getAgentsByAgentId: answering((request, state) => {
    const view = agentView(agentOf(request, state));
    if (request.faults.has('dixa-agent-response-drops-email')) delete view.email;
    return ok({ data: view });
  }),
  putAgentsByAgentId: answering((request, state) => {
    const agent = agentOf(request, state);
    // Breaks dixa.agents.update-requires-display-name: a body without displayName keeps the current name.
    const body = filledUnder(request, 'dixa-agent-put-without-name-accepted', () => ({ displayName: agent.displayName }));
    replaceFields(agent, validBody<Input>(request, body), AGENT_UPDATE_FIELDS);
    return ok({ data: agentView(agent) });
  }),
  patchAgentsByAgentId: answering((request, state) => {
    const agent = agentOf(request, state);
    let input: Input;
    try {
      input = validBody<Input>(request);
    } catch (error) {
      // Breaks dixa.input.invalid-request-rejected: a body that breaks the schema is answered 200, the agent unchanged.
      if (error instanceof DixaError && request.faults.has('dixa-agent-patch-invalid-ignored')) return ok({ data: agentView(agent) });
      throw error;
    }
    patchFields(agent, input, AGENT_UPDATE_FIELDS);
    return ok({ data: agentView(agent) });
  }),
  deleteAgentsByAgentId: answering((request, state) => {
    const agent = agentOf(request, state);
    state.agents.delete(agent.id);
    for (const team of state.teams.values()) team.agentIds = team.agentIds.filter((id) => id !== agent.id);
    for (const queue of state.queues.values()) queue.members = queue.members.filter((m) => m.agentId !== agent.id);
    if (!request.faults.has('dixa-agent-delete-erases')) state.endUsers.set(agent.id, asEndUser(agent));
    return noContent();
  }),
};
