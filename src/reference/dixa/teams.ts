import { randomUUID } from 'node:crypto';
import { agentOf, bodyAgent, teamOf } from './lookups';
import { filledUnder, validBody } from './request-body';
import { answering } from './answering';
import { created, noContent, notFound, ok } from './responses';
import type { TeamRecord } from './state';

const teamView = (team: TeamRecord) => ({ id: team.id, name: team.name });

export const teamHandlers = {
  getTeams: answering((_request, state) => ok({ data: [...state.teams.values()].map(teamView) })),
  postTeams: answering((request, state) => {
    // Breaks dixa.teams.create-requires-name: a body without name makes a team named Untitled.
    const body = filledUnder(request, 'dixa-team-without-name-accepted', () => ({ name: 'Untitled' }));
    const team: TeamRecord = { id: randomUUID(), name: validBody<{ name: string }>(request, body).name, agentIds: [] };
    state.teams.set(team.id, team);
    return created({ data: teamView(team) });
  }),
  getTeamsByTeamId: answering((request, state) => {
    const team = teamOf(request, state);
    // Breaks dixa.read.existing-resource-returned: an existing team is answered as unknown.
    if (request.faults.has('dixa-team-read-not-found')) throw notFound(`team ${team.id} not found`);
    return ok({ data: teamView(team) });
  }),
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
