import { expect } from '@playwright/test';
import type { ReadPathParameters } from '../../src/harness/fixtures/profile-resources';
import type { ProviderStates } from '../../src/harness/fixtures/provider-states';
import { test } from '../../src/harness/fixtures/notifications';
import { runClauseScenario } from '../../src/harness/models/clause-scenario';
import { GwsClient, succeeded, told, type Json } from '../../src/harness/models/gws-common/gws-client';
import { arrived, NotificationProbe } from '../../src/harness/models/gws-common/notification-probe';
import { interactionOf, isInteractionState } from '../../src/harness/models/gws-common/notification-views';
import { AGENT, given, requireNotifications, requireRole } from '../../src/harness/models/gws-common/scenario-setup';
import { listOf } from './list-of';

/**
 * Workbins (004, "Workbins" and GetWorkbinContent of "Interactions API Operations"): each test
 * parks an e-mail of its own (an accepted invitation) in one of the Agent's workbins with
 * AddInteractionToWorkbin, then pulls it (a Pulled InteractionStateMessage), asks for the
 * workbin's content (InteractionStateMessages on /v2/me/interactions), or follows the workbin's
 * events on /v2/me/workbins between Subscribe and Unsubscribe. Waits are on notifications,
 * bounded; that no event comes after Unsubscribe is that bounded wait running out.
 */
const TAGS = { tag: ['@behaviour', '@genesys-web-services'] };
const INTERACTIONS = '/v2/me/interactions';
const WORKBINS = '/v2/me/workbins';
const INVITATION = 'agent1 has an inbound e-mail invitation';

/**
 * A workbin of the Agent: one other than the read operations' (whose subscription the property
 * suite switches on and off with valid Subscribe and Unsubscribe requests) when the Agent has one.
 */
async function workbinOf(client: GwsClient, read: ReadPathParameters): Promise<string> {
  const listed = await client.call('getMeWorkbins');
  const ids = listOf(listed.body, 'workbins').map((w): unknown => w.workbinId).filter((id): id is string => typeof id === 'string');
  const readId = 'workbinId' in read ? read.workbinId : undefined;
  const id = ids.find((w) => w !== readId) ?? ids[0];
  test.skip(id === undefined, `the Agent has no workbin: ${told(listed)}`);
  return id ?? '';
}

/**
 * An e-mail invitation of the Agent, accepted: an interaction the Agent may put in a workbin. With
 * a probe on /v2/me/interactions, waits for the Accepted announcement, so that it is not taken for
 * a later notification about the e-mail.
 */
async function acceptedEmail(client: GwsClient, providerStates: ProviderStates, probe?: NotificationProbe): Promise<string> {
  const { interactionId } = await given<{ interactionId: string }>(providerStates, INVITATION);
  const mark = probe?.mark() ?? 0;
  const accepted = await client.call('postMeInteractionsById', { params: { id: interactionId }, body: { operationName: 'Accept' } });
  if (!succeeded(accepted)) throw new Error(`the e-mail to put in a workbin could not be accepted: ${told(accepted)}`);
  await probe?.next(INTERACTIONS, isInteractionState(interactionId, 'Accepted'), `the Accepted InteractionStateMessage of ${interactionId}`, mark);
  return interactionId;
}

/** AddInteractionToWorkbin: answers the interaction's URI in the workbin (what PullInteractionFromWorkbin takes). */
async function addToWorkbin(client: GwsClient, workbinId: string, interactionId: string): Promise<string> {
  const added = await client.call('postMeWorkbinsByWorkbinIdInteractions', { params: { workbinId }, body: { interactionId } });
  const uri: unknown = added.body.uri;
  if (!succeeded(added) || typeof uri !== 'string') throw new Error(`the e-mail could not be put in workbin ${workbinId}: ${told(added)}`);
  return uri;
}

const about = (interactionId: string) => (data: unknown) => interactionOf(data)?.id === interactionId;

test.describe('GWS workbins', () => {
  test.beforeEach(async ({ target, exclusiveUser }) => {
    requireRole(target, AGENT);
    await exclusiveUser(AGENT);
  });

  test('PullInteractionFromWorkbin gives the interaction to the agent and is announced with state Pulled', TAGS, async ({ api, contracts, providerStates, readPathParameters, notifications }) => {
    requireNotifications(notifications, ['gws.interaction.pull-from-workbin']);
    const client = new GwsClient(api, contracts, AGENT);
    const probe = await NotificationProbe.open(notifications, AGENT, [INTERACTIONS]);
    const workbinId = await workbinOf(client, readPathParameters);
    await runClauseScenario(async (ledger) => {
      const id = await acceptedEmail(client, providerStates);
      const uri = await addToWorkbin(client, workbinId, id);
      const mark = probe.mark();
      const pulled = await client.call('postMeInteractions', { body: { operationName: 'PullInteractionFromWorkbin', uri } });
      const announced = await probe.next(INTERACTIONS, isInteractionState(id, 'Pulled'), `the InteractionStateMessage of ${id} with state Pulled`, mark);
      const mine = await client.call('getMeInteractions', { query: { fields: '*' } });
      await ledger.check('gws.interaction.pull-from-workbin', () => {
        expect(succeeded(pulled), `PullInteractionFromWorkbin is accepted: ${told(pulled)}`).toBe(true);
        if (!arrived(announced)) throw announced ?? new Error('no notification session');
        expect(listOf(mine.body, 'interactions').some((i) => i.id === id), `the pulled e-mail is among the agent's interactions: ${told(mine)}`).toBe(true);
      });
    });
  });

  test('GetWorkbinContent answers success and delivers the workbin\'s content as InteractionStateMessages', TAGS, async ({ api, contracts, providerStates, readPathParameters, notifications }) => {
    requireNotifications(notifications, ['gws.interaction.get-workbin-content-cometd']);
    const client = new GwsClient(api, contracts, AGENT);
    const probe = await NotificationProbe.open(notifications, AGENT, [INTERACTIONS]);
    const workbinId = await workbinOf(client, readPathParameters);
    await runClauseScenario(async (ledger) => {
      const id = await acceptedEmail(client, providerStates, probe);
      const placing = probe.mark();
      await addToWorkbin(client, workbinId, id);
      // The placement is announced too (state Queued): let it pass, so that it is not taken for the content.
      await probe.next(INTERACTIONS, about(id), `the InteractionStateMessage of ${id} placed in the workbin`, placing);
      const mark = probe.mark();
      // The path names the e-mail just put in the workbin (gws.workbin-content-interaction-id).
      const answer = await client.call('postMeInteractionsById', { params: { id }, body: { operationName: 'GetWorkbinContent', workbin: workbinId } });
      const content = await probe.next(INTERACTIONS, about(id), `the InteractionStateMessage of ${id}, content of workbin ${workbinId}`, mark);
      await ledger.check('gws.interaction.get-workbin-content-cometd', () => {
        expect(succeeded(answer), `GetWorkbinContent is accepted: ${told(answer)}`).toBe(true);
        if (!arrived(content)) throw content ?? new Error('no notification session');
      });
    });
  });

  test('workbin events come on /v2/me/workbins after Subscribe, and stop after Unsubscribe', TAGS, async ({ api, contracts, providerStates, readPathParameters, notifications }) => {
    requireNotifications(notifications, ['gws.notification.workbin-events']);
    const client = new GwsClient(api, contracts, AGENT);
    const probe = await NotificationProbe.open(notifications, AGENT, [WORKBINS]);
    const workbinId = await workbinOf(client, readPathParameters);
    const subscription = (operationName: 'Subscribe' | 'Unsubscribe') => client.call('postMeWorkbinsByWorkbinId', { params: { workbinId }, body: { operationName } });
    let subscribed = false;
    try {
      await runClauseScenario(async (ledger) => {
        const id = await acceptedEmail(client, providerStates);
        const subscribe = await subscription('Subscribe');
        subscribed = true;
        const placing = probe.mark();
        const uri = await addToWorkbin(client, workbinId, id);
        const placed = await probe.next(WORKBINS, about(id), `the workbinNotificationResource of ${id} placed in workbin ${workbinId}`, placing);
        await ledger.check('gws.notification.workbin-events', () => {
          expect(succeeded(subscribe), `SubscribeWorkbinEvents is accepted: ${told(subscribe)}`).toBe(true);
          if (!arrived(placed)) throw placed ?? new Error('no notification session');
          expect((placed.data as Json).messageType, `the workbin event: ${JSON.stringify(placed.data)}`).toBe('workbinNotificationResource');
        });
        const unsubscribe = await subscription('Unsubscribe');
        subscribed = false;
        const taking = probe.mark();
        const pulled = await client.call('postMeInteractions', { body: { operationName: 'PullInteractionFromWorkbin', uri } });
        if (!succeeded(pulled)) throw new Error(`the e-mail could not be taken out of the workbin, so no event was due: ${told(pulled)}`);
        const late = await probe.next(WORKBINS, about(id), `no event of ${id} taken out of workbin ${workbinId} after Unsubscribe`, taking);
        await ledger.check('gws.notification.workbin-events', () => {
          expect(succeeded(unsubscribe), `UnsubscribeWorkbinEvents is accepted: ${told(unsubscribe)}`).toBe(true);
          expect(arrived(late) ? late.data : undefined, 'a workbin event after UnsubscribeWorkbinEvents').toBeUndefined();
        });
      });
    } finally {
      if (subscribed) await subscription('Unsubscribe');
    }
  });
});
