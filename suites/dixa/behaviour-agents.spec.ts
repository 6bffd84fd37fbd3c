import { randomUUID } from 'node:crypto';
import { checkClause } from '../../src/harness/checks/clause-check';
import { expect, test } from '../../src/harness/test';
import { is2xx, is4xx, requireDestructive, statusOf, told } from '../generic/behaviour-support';
import { agentsExist, dataOf, dixa, endUsersExist, itemsOf, TAGS } from './behaviour-dixa';

/**
 * Agents and end users (003, /v1/agents and /v1/endusers): the email and phone filters exclude
 * each other, an agent needs an email and a display name, and deleting an agent downgrades it.
 */
const PHONE = '+4520000001';

test.describe('dixa agents and end users', () => {
  for (const kind of ['agents', 'endusers'] as const) {
    test(`GET /v1/${kind}: email and phone together are refused, either alone is served`, TAGS, async ({ api, contracts, target, providerStates }) => {
      const d = dixa(api, contracts, target);
      const [id = ''] = kind === 'agents' ? await agentsExist(providerStates, 1) : await endUsersExist(providerStates, 1);
      const read = kind === 'agents' ? await d.call({ operationId: 'getAgentsByAgentId', params: { agentId: id } }) : await d.call({ operationId: 'getEndusersByUserId', params: { userId: id } });
      const list = kind === 'agents' ? 'getAgents' : 'getEndusers';
      const clause = kind === 'agents' ? 'dixa.agents.email-phone-mutually-exclusive' : 'dixa.endusers.email-phone-mutually-exclusive';

      await checkClause(clause, async () => {
        const email = String(dataOf(read).email ?? '');
        expect(email, `the ${kind} state gives an email: ${told(read)}`).not.toBe('');
        const both = await d.call({ operationId: list, query: { email, phone: PHONE } });
        expect(is4xx(both), `both filters: ${told(both)}`).toBe(true);
        expect(both.response?.bodyText ?? '', 'an error body').not.toBe('');
        const byEmail = await d.call({ operationId: list, query: { email } });
        expect(statusOf(byEmail), told(byEmail)).toBe(200);
        expect(itemsOf(byEmail).map((i) => String(i.id)), `email=${email}`).toContain(id);
        const byPhone = await d.call({ operationId: list, query: { phone: PHONE } });
        expect(statusOf(byPhone), told(byPhone)).toBe(200);
      });
    });
  }

  test('POST /v1/agents needs both email and displayName', TAGS, async ({ api, contracts, target }) => {
    const d = dixa(api, contracts, target);
    const email = () => `behaviour-${randomUUID().slice(0, 8)}@example.com`;
    await checkClause('dixa.agents.create-requires-email-and-display-name', async () => {
      const withoutName = await d.call({ operationId: 'postAgents', body: { email: email() } });
      expect(statusOf(withoutName), `without displayName: ${told(withoutName)}`).toBe(400);
      const withoutEmail = await d.call({ operationId: 'postAgents', body: { displayName: 'Nameless Email' } });
      expect(statusOf(withoutEmail), `without email: ${told(withoutEmail)}`).toBe(400);
      const complete = await d.call({ operationId: 'postAgents', body: { email: email(), displayName: 'Behaviour Agent' } });
      expect(is2xx(complete), `with both: ${told(complete)}`).toBe(true);
    });
  });

  test('DELETE /v1/agents/{agentId} downgrades the agent to an end user', TAGS, async ({ api, contracts, target, providerStates }) => {
    requireDestructive(target, contracts, ['deleteAgentsByAgentId']);
    const d = dixa(api, contracts, target);
    const [agentId = ''] = await agentsExist(providerStates, 1);
    await checkClause('dixa.agents.delete-downgrades', async () => {
      const deleted = await d.call({ operationId: 'deleteAgentsByAgentId', params: { agentId } });
      expect(is2xx(deleted), told(deleted)).toBe(true);
      const asEndUser = await d.call({ operationId: 'getEndusersByUserId', params: { userId: agentId } });
      expect(statusOf(asEndUser), `the user remains as an end user: ${told(asEndUser)}`).toBe(200);
      const asAgent = await d.call({ operationId: 'getAgentsByAgentId', params: { agentId } });
      expect(statusOf(asAgent), `no longer an agent: ${told(asAgent)}`).toBe(404);
    });
  });
});
