import { randomUUID } from 'node:crypto';
import { checkClause } from '../../src/harness/checks/clause-check';
import { expect, test } from '../../src/harness/test';
import { is2xx, requireDestructive, statusOf, told, type Json } from '../generic/behaviour-support';
import { agentsExist, dixa, endUsersExist, itemsOf, TAGS } from './behaviour-dixa';

/**
 * Bulk operations (003, BulkActionOutcome): one outcome per input item, so that one failing item
 * does not fail the request; and the ten-agent limit of removing queue members.
 */
const outcome = (item: Json) => ('data' in item ? 'data' : 'error' in item ? 'error' : `neither data nor error: ${JSON.stringify(item).slice(0, 120)}`);

test.describe('dixa bulk operations', () => {
  test('PATCH /v1/agents and /v1/endusers answer one outcome per item, an unknown id failing alone', TAGS, async ({ api, contracts, target, providerStates }) => {
    const d = dixa(api, contracts, target);
    const [agentId = ''] = await agentsExist(providerStates, 1);
    const [userId = ''] = await endUsersExist(providerStates, 1);
    await checkClause('dixa.envelope.bulk-outcomes', async () => {
      const items = (id: string) => [{ id, displayName: 'Bulk Renamed' }, { id: randomUUID(), displayName: 'Nobody' }];
      // PATCH /v1/agents takes an array (AgentsBulkPatchRequest), PATCH /v1/endusers {data: [...]} (BulkPatchEndUsersInput)
      for (const [operationId, body] of [['patchAgents', items(agentId)], ['patchEndusers', { data: items(userId) }]] as const) {
        const bulk = await d.call({ operationId, body });
        expect(is2xx(bulk), `${operationId} with one unknown id: ${told(bulk)}`).toBe(true);
        expect(itemsOf(bulk).map(outcome), `${operationId}: outcomes in input order`).toEqual(['data', 'error']);
      }
    });
  });

  test('DELETE /v1/queues/{queueId}/members takes at most 10 agentIds', TAGS, async ({ api, contracts, target, readPathParameters }) => {
    requireDestructive(target, contracts, ['deleteQueuesByQueueIdMembers']);
    const queueId = 'unavailable' in readPathParameters ? undefined : readPathParameters.queueId;
    test.skip(queueId === undefined, 'unavailable' in readPathParameters ? readPathParameters.unavailable : 'the read provider state gives no queueId');
    const d = dixa(api, contracts, target);
    const ids = (n: number) => Array.from({ length: n }, () => randomUUID());
    await checkClause('dixa.queues.remove-members-max-10', async () => {
      const eleven = await d.call({ operationId: 'deleteQueuesByQueueIdMembers', params: { queueId: queueId ?? '' }, body: { agentIds: ids(11) } });
      expect(statusOf(eleven), `11 agentIds: ${told(eleven)}`).toBe(400);
      const ten = await d.call({ operationId: 'deleteQueuesByQueueIdMembers', params: { queueId: queueId ?? '' }, body: { agentIds: ids(10) } });
      expect(is2xx(ten), `10 agentIds (none of them members): ${told(ten)}`).toBe(true);
    });
  });
});
