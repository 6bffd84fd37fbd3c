import { randomUUID } from 'node:crypto';
import { agentOf, bodyAgent, teamOf } from './lookups';
import { validBody } from './request-body';
import { answering } from './answering';
import { created, noContent, ok } from './responses';
import type { TeamRecord } from './state';

const teamView = (team: TeamRecord) => ({ id: team.id, name: team.name });

export const teamHandlers = {
  getTeams: answering((_request, state) => ok({ data: [...state.teams.values()].map(teamView) })),
  postTeams: answering((request, state) => {
    const team: TeamRecord = { id: randomUUID(), name: validBody<{ name: string }>(request).name, agentIds: [] };
    state.teams.set(team.id, team);
    return created({ data: teamView(team) });
  }),
  getTeamsByTeamId: answering((request, state) => ok({ data: teamView(teamOf(request, state)) })),
  deleteTeamsByTeamId: answering((request, state) => {
    state.teams.delete(teamOf(request, state).id);
    return noContent();
  }),
  getTeamsByTeamIdAgents: answering((request, state) => {
    const members = teamOf(request, state).agentIds.flatMap((id) => {
      const agent = state.agents.get(id);
      return agent ? [{ id: agent.id, name: agent.displayName, email: agent.email, ...(agent.phoneNumber ? { phoneNumber: agent.phoneNumber } : {}) }] : [];
    });
    return ok({ data: members });
  }),
  patchTeamsByTeamIdAgents: answering((request, state) => {
    const team = teamOf(request, state);
    const ids = (validBody<{ agentIds?: string[] }>(request).agentIds ?? []).map((id) => bodyAgent(state, id, 'agentIds').id);
    if (!request.faults.has('dixa-team-agents-not-added')) team.agentIds = [...new Set([...team.agentIds, ...ids])];
    return noContent();
  }),
  deleteTeamsByTeamIdAgents: answering((request, state) => {
    const team = teamOf(request, state);
    const ids = validBody<{ agentIds?: string[] }>(request).agentIds ?? [];
    team.agentIds = team.agentIds.filter((id) => !ids.includes(id));
    return noContent();
  }),
  getAgentsByAgentIdTeams: answering((request, state) => {
    const agent = agentOf(request, state);
    return ok({ data: [...state.teams.values()].filter((t) => t.agentIds.includes(agent.id)).map(teamView) });
  }),
};
