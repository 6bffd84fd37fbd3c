import { randomUUID } from 'node:crypto';
import { checkClause } from '../../src/harness/checks/clause-check';
import { expect, test } from '../../src/harness/test';
import type { Caller } from '../generic/behaviour-support';
import { is2xx, is4xx, requireDestructive, statusOf, told } from '../generic/behaviour-support';
import { agentsExist, conversationIn, dataOf, dixa, itemsOf, TAGS, tagIn } from './behaviour-dixa';

/**
 * Tags (003, /v1/tags and conversation tags) and team membership (/v1/teams/{teamId}/agents):
 * only Active tags are added, deactivation shows, untagging works in any tag state, and agents
 * added to a team are listed both ways until removed.
 */
async function tagIds(d: Caller, conversationId: number): Promise<string[]> {
  const listed = await d.call({ operationId: 'getConversationsByConversationIdTags', params: { conversationId } });
  expect(statusOf(listed), told(listed)).toBe(200);
  return itemsOf(listed).map((t) => String(t.id));
}

test.describe('dixa tags and teams', () => {
  test('only an Active tag can be added to a conversation; deactivating a tag makes it Inactive', TAGS, async ({ api, contracts, target, providerStates }) => {
    const d = dixa(api, contracts, target);
    const { conversationId } = await conversationIn(providerStates);
    const inactive = await tagIn(providerStates, 'Inactive');
    const active = await tagIn(providerStates, 'Active');

    await checkClause('dixa.tags.only-active-tags', async () => {
      const refused = await d.call({ operationId: 'putConversationsByConversationIdTagsByTagId', params: { conversationId, tagId: inactive.tagId } });
      expect(is4xx(refused), `tagging with an Inactive tag: ${told(refused)}`).toBe(true);
      expect(await tagIds(d, conversationId), 'tags of the conversation').not.toContain(inactive.tagId);
      const added = await d.call({ operationId: 'putConversationsByConversationIdTagsByTagId', params: { conversationId, tagId: active.tagId } });
      expect(is2xx(added), `tagging with an Active tag: ${told(added)}`).toBe(true);
    });
    await checkClause('dixa.tags.deactivate', async () => {
      const deactivated = await d.call({ operationId: 'patchTagsByTagIdDeactivate', params: { tagId: active.tagId } });
      expect(is2xx(deactivated), told(deactivated)).toBe(true);
      const read = await d.call({ operationId: 'getTagsByTagId', params: { tagId: active.tagId } });
      expect(dataOf(read).state, told(read)).toBe('Inactive');
    });
  });

  test('a tag is removed from a conversation whether it is Active or Inactive', TAGS, async ({ api, contracts, target, providerStates }) => {
    requireDestructive(target, contracts, ['deleteConversationsByConversationIdTagsByTagId']);
    const d = dixa(api, contracts, target);
    const { conversationId } = await conversationIn(providerStates);
    const [stillActive, toDeactivate] = [await tagIn(providerStates, 'Active'), await tagIn(providerStates, 'Active')];
    for (const { tagId } of [stillActive, toDeactivate]) await d.call({ operationId: 'putConversationsByConversationIdTagsByTagId', params: { conversationId, tagId } });
    await d.call({ operationId: 'patchTagsByTagIdDeactivate', params: { tagId: toDeactivate.tagId } });

    await checkClause('dixa.tags.untag-any-state', async () => {
      expect(await tagIds(d, conversationId), 'both tags were added').toEqual(expect.arrayContaining([stillActive.tagId, toDeactivate.tagId]));
      for (const { tagId } of [stillActive, toDeactivate]) {
        const removed = await d.call({ operationId: 'deleteConversationsByConversationIdTagsByTagId', params: { conversationId, tagId } });
        expect(is2xx(removed), told(removed)).toBe(true);
      }
      expect(await tagIds(d, conversationId), 'tags after removing both').toEqual([]);
    });
  });

  test('agents added to a team are listed by the team and list the team, until removed', TAGS, async ({ api, contracts, target, providerStates }) => {
    requireDestructive(target, contracts, ['deleteTeamsByTeamIdAgents']);
    const d = dixa(api, contracts, target);
    const agentIds = await agentsExist(providerStates, 2);
    const team = await d.call({ operationId: 'postTeams', body: { name: `Behaviour team ${randomUUID().slice(0, 8)}` } });
    const teamId = String(dataOf(team).id ?? '');
    const members = async () => {
      const listed = await d.call({ operationId: 'getTeamsByTeamIdAgents', params: { teamId } });
      expect(statusOf(listed), told(listed)).toBe(200);
      return itemsOf(listed).map((a) => String(a.id));
    };

    try {
      await checkClause('dixa.teams.membership-round-trip', async () => {
        expect(is2xx(team) && teamId !== '', `a new team: ${told(team)}`).toBe(true);
        const added = await d.call({ operationId: 'patchTeamsByTeamIdAgents', params: { teamId }, body: { agentIds } });
        expect(is2xx(added), told(added)).toBe(true);
        expect(await members(), 'members after adding').toEqual(expect.arrayContaining(agentIds));
        for (const agentId of agentIds) {
          const teams = await d.call({ operationId: 'getAgentsByAgentIdTeams', params: { agentId } });
          expect(itemsOf(teams).map((t) => String(t.id)), `teams of agent ${agentId}: ${told(teams)}`).toContain(teamId);
        }
        const removed = await d.call({ operationId: 'deleteTeamsByTeamIdAgents', params: { teamId }, body: { agentIds } });
        expect(is2xx(removed), told(removed)).toBe(true);
        expect((await members()).filter((id) => agentIds.includes(id)), 'members after removing').toEqual([]);
      });
    } finally {
      if (teamId !== '') await d.call({ operationId: 'deleteTeamsByTeamId', params: { teamId } });
    }
  });
});
