import { agentOf, teamOf } from './lookups';
import { pageOf } from './pagination';
import { presenceView } from './people';
import { answering } from './answering';
import { badRequest, ok } from './responses';
import type { AgentRecord } from './state';

const presenceOf = (agent: AgentRecord) => presenceView(agent.id, agent.presence);

export const presenceHandlers = {
  /** The {data} envelope of every other list (dixa.agents-presence-response-shape). */
  getAgentsPresence: answering((_request, state) => ok({ data: [...state.agents.values()].map(presenceOf) })),
  getAgentsByAgentIdPresence: answering((request, state) => {
    const agent = agentOf(request, state);
    // Breaks dixa.input.valid-request-accepted: a valid request for an existing agent is refused as bad.
    if (request.faults.has('dixa-agent-presence-refused')) throw badRequest(`presence of agent ${agent.id} cannot be read`);
    return ok({ data: presenceOf(agent) });
  }),
  getTeamsByTeamIdPresence: answering((request, state) => {
    const members = teamOf(request, state).agentIds.flatMap((id) => {
      const agent = state.agents.get(id);
      return agent ? [presenceOf(agent)] : [];
    });
    return ok(pageOf(request, state, members));
  }),
};
