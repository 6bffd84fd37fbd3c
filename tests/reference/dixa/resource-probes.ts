import { SEED, type FaultProbe } from './probe-context';

/** Probes of the faults in resources that other resources reflect: downgraded agents, team members. */
export const RESOURCE_PROBES: readonly FaultProbe[] = [
  {
    fault: 'dixa-agent-delete-erases',
    observe: async ({ client }) => {
      const { agentIds } = (await client.state('agents exist', { count: 1 })) as { agentIds: string[] };
      await client.call('DELETE', `/v1/agents/${agentIds[0] ?? ''}`);
      return (await client.call('GET', `/v1/endusers/${agentIds[0] ?? ''}`)).status === 404;
    },
  },
  {
    fault: 'dixa-team-agents-not-added',
    observe: async ({ client }) => {
      const { agentIds } = (await client.state('agents exist', { count: 2 })) as { agentIds: string[] };
      await client.call('PATCH', `/v1/teams/${SEED.teamId}/agents`, { body: { agentIds } });
      const members = ((await client.call('GET', `/v1/teams/${SEED.teamId}/agents`)).body.data as { id: string }[]).map((m) => m.id);
      return !agentIds.every((id) => members.includes(id));
    },
  },
];
