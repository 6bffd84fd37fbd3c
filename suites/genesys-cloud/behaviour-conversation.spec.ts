import { randomUUID } from 'node:crypto';
import { checkClause } from '../../src/harness/checks/clause-check';
import { expect, test } from '../../src/harness/test';
import { bodyOf, is2xx, requireDestructive, statusOf, told } from '../generic/behaviour-support';
import { agent, emailConversation, messageConversation, TAGS } from './behaviour-gc';

/**
 * What the conversation update and the wrap-up code list answer (001,
 * genesys_conversations_digital_patch_*, ..._get_*_participant_wrapupcodes): a partial update
 * served or refused with 400, at most the 20 most recent transfers, and the codes as an array.
 */
const TRANSFERS = 21;

test.describe('genesys-cloud conversation updates and wrap-up codes', () => {
  test('a conversation update without participants and startTime is served or refused with 400 (MAY)', TAGS, async ({ api, contracts, target, providerStates }) => {
    requireDestructive(target, contracts, ['patchConversationsEmail']);
    const gc = agent(api, contracts, target);
    const { conversationId } = await emailConversation(providerStates);
    await checkClause('gc.input.conversation-update-required', async () => {
      const updated = await gc.call({ operationId: 'patchConversationsEmail', params: { conversationId }, body: { state: 'disconnected' } });
      expect(is2xx(updated) || statusOf(updated) === 400, `{state: "disconnected"} alone: ${told(updated)}`).toBe(true);
    });
  });

  test(`after ${TRANSFERS} transfers, a conversation update lists at most the 20 most recent`, TAGS, async ({ api, contracts, target, providerStates }) => {
    requireDestructive(target, contracts, ['patchConversationsMessage']);
    const gc = agent(api, contracts, target);
    const ids = await messageConversation(providerStates);
    const run = randomUUID().slice(0, 8);
    const address = (n: number) => `transfer-${run}-${String(n).padStart(2, '0')}`;
    for (let n = 1; n <= TRANSFERS; n += 1) {
      const replaced = await gc.call({ operationId: 'postConversationsMessageParticipantReplace', params: ids, body: { address: address(n), transferType: 'Attended' } });
      test.skip(!is2xx(replaced), `transfer ${n} was refused, so ${TRANSFERS} transfers cannot be made: ${told(replaced)}`);
    }
    await checkClause('gc.limits.recent-transfers-20', async () => {
      const updated = await gc.call({ operationId: 'patchConversationsMessage', params: { conversationId: ids.conversationId }, body: { recordingState: 'active' } });
      expect(is2xx(updated), told(updated)).toBe(true);
      const transfers: unknown = bodyOf(updated).recentTransfers;
      const listed = Array.isArray(transfers) ? transfers : [];
      expect(listed.length, `recentTransfers after ${TRANSFERS} transfers`).toBeLessThanOrEqual(20);
      expect(JSON.stringify(listed), 'the oldest transfer is not among the 20 most recent').not.toContain(address(1));
    });
  });

  test("a participant's wrap-up codes come as a JSON array", TAGS, async ({ api, contracts, target, providerStates }) => {
    const gc = agent(api, contracts, target);
    const ids = await emailConversation(providerStates);
    await checkClause('gc.wrapup.codes-list', async () => {
      const listed = await gc.call({ operationId: 'getConversationsEmailParticipantWrapupcodes', params: ids });
      expect(statusOf(listed), told(listed)).toBe(200);
      expect(Array.isArray(listed.response?.json), `an array: ${told(listed)}`).toBe(true);
    });
  });
});
