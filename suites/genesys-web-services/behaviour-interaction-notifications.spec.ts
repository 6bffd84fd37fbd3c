import { expect } from '@playwright/test';
import { test } from '../../src/harness/fixtures/notifications';
import { runClauseScenario } from '../../src/harness/models/clause-scenario';
import { GwsClient, succeeded, told, type Json } from '../../src/harness/models/gws-common/gws-client';
import { arrived, NotificationProbe } from '../../src/harness/models/gws-common/notification-probe';
import { callOf, isCallNotification } from '../../src/harness/models/gws-common/notification-views';
import { AGENT, given, requireNotifications, requireRole } from '../../src/harness/models/gws-common/scenario-setup';
import { listOf } from './list-of';

/**
 * What follows an operation on an interaction (004, "Asynchronous Operations", "Call Control",
 * the Calls notifications, and Reject of "Interactions API Operations"): the result of a call
 * operation comes via CometD, RemoveParticipantFromConference is announced with the updated
 * participants, data attached to a call is announced with AttachedDataChanged, and a rejected
 * e-mail is presented to another agent. Waits are on notifications, bounded.
 */
const TAGS = { tag: ['@behaviour', '@genesys-web-services'] };
const CALLS = '/v2/me/calls';
const ESTABLISHED = "a call is established on agent1's device";
const ATTACHED = "the attached data of a call on agent1's device changes";
const INVITATION = 'agent1 has an inbound e-mail invitation';
const OTHER_AGENT_READY = 'another agent is ready on email';
/** The party a conference adds (then removes). */
const CONFERENCED = '+16505550188';

const participantsOf = (call: Json | undefined): string[] => (Array.isArray(call?.participants) ? (call.participants as unknown[]).map(String) : []);

test.describe('GWS interaction notifications', () => {
  test.beforeEach(async ({ target, exclusiveUser }) => {
    requireRole(target, AGENT);
    await exclusiveUser(AGENT);
  });

  test('the results of MuteCall and UnmuteCall come via CometD on /v2/me/calls', TAGS, async ({ api, contracts, providerStates, notifications }) => {
    requireNotifications(notifications, ['gws.notification.async-result-via-cometd']);
    const client = new GwsClient(api, contracts, AGENT);
    const probe = await NotificationProbe.open(notifications, AGENT, [CALLS]);
    const arriving = probe.mark();
    const { callId } = await given<{ callId: string }>(providerStates, ESTABLISHED);
    // The new call is announced too: let that pass, so that it is not taken for a result.
    await probe.next(CALLS, (data) => callOf(data)?.id === callId, `the announcement of the new call ${callId}`, arriving);
    await runClauseScenario(async (ledger) => {
      for (const operationName of ['MuteCall', 'UnmuteCall']) {
        const mark = probe.mark();
        const answer = await client.call('postMeCallsById', { params: { id: callId }, body: { operationName } });
        // Any notification of the call: the document names none for these (gws.notify-async-result-unspecified).
        const result = await probe.next(CALLS, (data) => callOf(data)?.id === callId, `a call notification of call ${callId} after ${operationName}`, mark);
        await ledger.check('gws.notification.async-result-via-cometd', () => {
          if (!arrived(result)) throw new Error(`after ${told(answer)}: ${(result ?? new Error('no notification session')).message}`);
        });
      }
    });
    await client.call('postMeCallsById', { params: { id: callId }, body: { operationName: 'Hangup' } });
  });

  test('RemoveParticipantFromConference is announced with ParticipantsUpdated carrying the updated participants', TAGS, async ({ api, contracts, providerStates, notifications }) => {
    requireNotifications(notifications, ['gws.notification.participants-updated']);
    const client = new GwsClient(api, contracts, AGENT);
    const probe = await NotificationProbe.open(notifications, AGENT, [CALLS]);
    const { callId } = await given<{ callId: string }>(providerStates, ESTABLISHED);
    const participants = async () => participantsOf((await client.call('getMeCallsById', { params: { id: callId } })).body.call as Json | undefined);
    await runClauseScenario(async (ledger) => {
      const alone = await participants();
      const conferencing = probe.mark();
      const conference = await client.call('postMeCallsById', { params: { id: callId }, body: { operationName: 'SingleStepConference', destination: { phoneNumber: CONFERENCED } } });
      if (!succeeded(conference)) throw new Error(`no conference to remove a participant from: ${told(conference)}`);
      // The conference's own ParticipantsUpdated goes first, so that it is not taken for the removal's.
      await probe.next(CALLS, isCallNotification(callId, 'ParticipantsUpdated'), `the ParticipantsUpdated of the conference on call ${callId}`, conferencing);
      const before = await participants();
      const added = before.find((p) => !alone.includes(p));
      if (added === undefined) throw new Error(`the conference added no participant to call ${callId}: ${JSON.stringify(before)}`);
      const mark = probe.mark();
      const removed = await client.call('postMeCallsById', { params: { id: callId }, body: { operationName: 'RemoveParticipantFromConference', participant: added } });
      const updated = await probe.next(CALLS, isCallNotification(callId, 'ParticipantsUpdated'), `the ParticipantsUpdated of call ${callId} after removing ${added}`, mark);
      await ledger.check('gws.notification.participants-updated', () => {
        if (!arrived(updated)) throw new Error(`after ${told(removed)}: ${(updated ?? new Error('no notification session')).message}`);
        expect([...participantsOf(callOf(updated.data))].sort(), `the participants announced after removing ${added}: ${JSON.stringify(updated.data).slice(0, 400)}`).toEqual(before.filter((p) => p !== added).sort());
      });
    });
    await client.call('postMeCallsById', { params: { id: callId }, body: { operationName: 'Hangup' } });
  });

  test('data attached to a call is announced with AttachedDataChanged', TAGS, async ({ api, contracts, providerStates, notifications }) => {
    requireNotifications(notifications, ['gws.notification.attached-data-changed']);
    const client = new GwsClient(api, contracts, AGENT);
    const probe = await NotificationProbe.open(notifications, AGENT, [CALLS]);
    const { callId } = await given<{ callId: string }>(providerStates, ESTABLISHED);
    const key = 'CaseReference';
    const value = `case-${test.info().testId}-${test.info().repeatEachIndex}`;
    await runClauseScenario(async (ledger) => {
      const mark = probe.mark();
      await given(providerStates, ATTACHED, { callId, userData: { [key]: value } });
      const announced = await probe.next(CALLS, (data) => callOf(data)?.id === callId && (callOf(data)?.userData as Json | undefined)?.[key] === value, `a call notification of call ${callId} with ${key}=${value}`, mark);
      await ledger.check('gws.notification.attached-data-changed', () => {
        if (!arrived(announced)) throw announced ?? new Error('no notification session');
        expect((announced.data as Json).notificationType, `the notification of the attached data: ${JSON.stringify(announced.data).slice(0, 400)}`).toBe('AttachedDataChanged');
      });
    });
    await client.call('postMeCallsById', { params: { id: callId }, body: { operationName: 'Hangup' } });
  });

  test('a rejected e-mail is presented to another agent', TAGS, async ({ api, contracts, providerStates }) => {
    const client = new GwsClient(api, contracts, AGENT);
    await given(providerStates, OTHER_AGENT_READY);
    const { interactionId, invited } = await given<{ interactionId: string; invited: boolean }>(providerStates, INVITATION);
    if (!invited) throw new Error(`the e-mail ${interactionId} was not offered to the Agent, so there is nothing to reject`);
    await runClauseScenario(async (ledger) => {
      const rejected = await client.call('postMeInteractionsById', { params: { id: interactionId }, body: { operationName: 'Reject' } });
      // One read after the answer (gws.reject-presentation-unobservable): the System has presented it again.
      const read = await client.call('getInteractionsById', { params: { id: interactionId } });
      const mine = await client.call('getMeInteractions', { query: { fields: '*' } });
      await ledger.check('gws.interaction.reject-presents-other-agent', () => {
        expect((read.body.interaction as Json | undefined)?.state, `after ${told(rejected)}, the e-mail is presented (Invited) again: ${told(read)}`).toBe('Invited');
        expect(listOf(mine.body, 'interactions').some((i) => i.id === interactionId), `presented to an agent other than the one who rejected it: ${told(mine)}`).toBe(false);
      });
    });
  });
});
