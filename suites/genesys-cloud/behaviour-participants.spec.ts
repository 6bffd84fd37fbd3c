import { checkClause } from '../../src/harness/checks/clause-check';
import { expect, test } from '../../src/harness/test';
import type { Caller } from '../generic/behaviour-support';
import { bodyOf, is2xx, requireDestructive, statusOf, told, type Json } from '../generic/behaviour-support';
import { agent, emailConversation, isDisconnected, messageConversation, participantIn, rejects, TAGS, type ParticipantIds } from './behaviour-gc';

/**
 * Conversation, participant and communication updates (001, genesys_conversations_update_* and
 * the wrap-up and replace tools): the states each update takes, what it leaves alone, secure
 * pause, transfers and provisional wrap-ups.
 */
async function conversation(gc: Caller, operationId: 'getConversationsEmail' | 'getConversationsMessage', conversationId: string): Promise<Json> {
  const read = await gc.call({ operationId, params: { conversationId } });
  expect(statusOf(read), told(read)).toBe(200);
  return bodyOf(read);
}

async function wrapupCodes(gc: Caller, ids: ParticipantIds): Promise<string[]> {
  const listed = await gc.call({ operationId: 'getConversationsEmailParticipantWrapupcodes', params: ids });
  expect(statusOf(listed), told(listed)).toBe(200);
  const body: unknown = listed.response?.json;
  const codes = Array.isArray(body) ? (body as Json[]) : Array.isArray(bodyOf(listed).entities) ? (bodyOf(listed).entities as Json[]) : [];
  return codes.map((c) => String(c.id));
}

test.describe('genesys-cloud participants and states', () => {
  test('a conversation update takes only state "disconnected", and no conversation read shows a state', TAGS, async ({ api, contracts, target, providerStates }) => {
    requireDestructive(target, contracts, ['patchConversationsEmail']);
    const gc = agent(api, contracts, target);
    const { conversationId } = await emailConversation(providerStates);
    await checkClause('gc.state.conversation-disconnected-only', () => rejects(gc, { 'state "connected"': { operationId: 'patchConversationsEmail', params: { conversationId }, body: { state: 'connected' } } }));
    await checkClause('gc.state.conversation-state-absent-on-read', async () => {
      const updated = await gc.call({ operationId: 'patchConversationsEmail', params: { conversationId }, body: { state: 'disconnected' } });
      expect(is2xx(updated), told(updated)).toBe(true);
      expect(bodyOf(updated).state, 'state in the update response').toBeUndefined();
      expect((await conversation(gc, 'getConversationsEmail', conversationId)).state, 'state in GET').toBeUndefined();
    });
  });

  test('participant and communication updates take only "connected" or "disconnected"; disconnecting keeps the wrap-up', TAGS, async ({ api, contracts, target, providerStates }) => {
    requireDestructive(target, contracts, ['patchConversationsEmailParticipant', 'patchConversationsEmailParticipantCommunication']);
    const gc = agent(api, contracts, target);
    const ids = await emailConversation(providerStates);
    await checkClause('gc.state.participant-connected-disconnected', () =>
      rejects(gc, {
        'participant state "held"': { operationId: 'patchConversationsEmailParticipant', params: ids, body: { state: 'held' } },
        'communication state "held"': { operationId: 'patchConversationsEmailParticipantCommunication', params: ids, body: { state: 'held' } },
      }),
    );
    await checkClause('gc.state.communication-no-wrapup-update', async () => {
      const [first = '', second = ''] = await wrapupCodes(gc, ids);
      expect(second, 'the participant has two wrap-up codes').not.toBe('');
      const applied = await gc.call({ operationId: 'postConversationsEmailParticipantCommunicationWrapup', params: ids, body: { code: first } });
      expect(is2xx(applied), told(applied)).toBe(true);
      const disconnected = await gc.call({ operationId: 'patchConversationsEmailParticipantCommunication', params: ids, body: { state: 'disconnected', wrapup: { code: second } } });
      expect(is2xx(disconnected), told(disconnected)).toBe(true);
      const read = await gc.call({ operationId: 'getConversationsEmailParticipantCommunicationWrapup', params: ids });
      expect(bodyOf(read).code, `the wrap-up after the update: ${told(read)}`).toBe(first);
    });
  });

  test('wrapupSkipped on a participant update skips its wrap-up', TAGS, async ({ api, contracts, target, providerStates }) => {
    requireDestructive(target, contracts, ['patchConversationsEmailParticipant']);
    const gc = agent(api, contracts, target);
    const ids = await emailConversation(providerStates);
    await checkClause('gc.state.participant-wrapup-skipped', async () => {
      const updated = await gc.call({ operationId: 'patchConversationsEmailParticipant', params: ids, body: { wrapupSkipped: true } });
      expect(is2xx(updated), told(updated)).toBe(true);
      expect(participantIn(await conversation(gc, 'getConversationsEmail', ids.conversationId), ids.participantId)?.wrapupSkipped, 'wrapupSkipped of the participant').toBe(true);
    });
  });

  test('recordingState "paused" starts a secure pause and "active" resumes', TAGS, async ({ api, contracts, target, providerStates }) => {
    requireDestructive(target, contracts, ['patchConversationsMessage']);
    const gc = agent(api, contracts, target);
    const { conversationId } = await messageConversation(providerStates);
    await checkClause('gc.state.recording-pause-resume', async () => {
      for (const [recordingState, securePause] of [['paused', true], ['active', false]] as const) {
        const updated = await gc.call({ operationId: 'patchConversationsMessage', params: { conversationId }, body: { recordingState } });
        expect(is2xx(updated), told(updated)).toBe(true);
        const read = await conversation(gc, 'getConversationsMessage', conversationId);
        expect({ recordingState: read.recordingState as unknown, securePause: read.securePause as unknown }, `after recordingState "${recordingState}"`).toEqual({ recordingState, securePause });
      }
    });
  });

  test('a transfer is Unattended unless said otherwise, and takes only Attended or Unattended', TAGS, async ({ api, contracts, target, providerStates }) => {
    const gc = agent(api, contracts, target);
    const ids = await messageConversation(providerStates);
    const queueId = ids.queueId ?? '';
    test.skip(queueId === '', 'the message conversation state gives no queueId to transfer to');
    await checkClause('gc.transfer.type-values', () => rejects(gc, { 'transferType "Blind"': { operationId: 'postConversationsMessageParticipantReplace', params: ids, body: { queueId, transferType: 'Blind' } } }));
    await checkClause('gc.transfer.default-unattended', async () => {
      const replaced = await gc.call({ operationId: 'postConversationsMessageParticipantReplace', params: ids, body: { queueId } });
      expect(is2xx(replaced), told(replaced)).toBe(true);
      const initiator = participantIn(await conversation(gc, 'getConversationsMessage', ids.conversationId), ids.participantId);
      expect(isDisconnected(initiator), `the initiating agent is disconnected at once: ${JSON.stringify(initiator).slice(0, 300)}`).toBe(true);
    });
  });

  test('a provisional wrap-up needs no code and is read back with provisional=true', TAGS, async ({ api, contracts, target, providerStates }) => {
    const gc = agent(api, contracts, target);
    const ids = await emailConversation(providerStates);
    const notes = `pending ${Date.now()}`;
    await checkClause('gc.wrapup.provisional-without-code', async () => {
      const applied = await gc.call({ operationId: 'postConversationsEmailParticipantCommunicationWrapup', params: ids, body: { provisional: true, notes } });
      expect(is2xx(applied), told(applied)).toBe(true);
    });
    await checkClause('gc.wrapup.read-provisional', async () => {
      const read = await gc.call({ operationId: 'getConversationsEmailParticipantCommunicationWrapup', params: ids, query: { provisional: true } });
      expect(statusOf(read), told(read)).toBe(200);
      expect(bodyOf(read), 'the provisional wrap-up').toMatchObject({ provisional: true, notes });
    });
  });
});
