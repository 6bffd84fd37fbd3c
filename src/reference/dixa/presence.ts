import { agentOf, teamOf } from './lookups';
import { pageOf } from './pagination';
import { presenceView } from './people';
import { answering } from './answering';
import { ok } from './responses';
import type { AgentRecord } from './state';

const presenceOf = (agent: AgentRecord) => presenceView(agent.id, agent.presence);

export const presenceHandlers = {
  /** The {data} envelope of every other list (dixa.agents-presence-response-shape). */
  getAgentsPresence: answering((_request, state) => ok({ data: [...state.agents.values()].map(presenceOf) })),
  getAgentsByAgentIdPresence: answering((request, state) => ok({ data: presenceOf(agentOf(request, state)) })),
  getTeamsByTeamIdPresence: answering((request, state) => {
    const members = teamOf(request, state).agentIds.flatMap((id) => {
      const agent = state.agents.get(id);
      return agent ? [presenceOf(agent)] : [];
    });
    return ok(pageOf(request, state, members));
  }),
};
