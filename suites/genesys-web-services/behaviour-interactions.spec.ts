import { expect } from '@playwright/test';
import { test } from '../../src/harness/fixtures/notifications';
import { runClauseScenario } from '../../src/harness/models/clause-scenario';
import { GwsClient, refused, succeeded, told, type Json } from '../../src/harness/models/gws-common/gws-client';
import { arrived, NotificationProbe } from '../../src/harness/models/gws-common/notification-probe';
import { interactionOf } from '../../src/harness/models/gws-common/notification-views';
import { AGENT, given, requireNotifications, requireRole } from '../../src/harness/models/gws-common/scenario-setup';
import { checkClause } from '../../src/harness/checks/clause-check';
import { listOf } from './list-of';

/**
 * A new outbound e-mail (004, "Create" on /me/interactions and "Send"): the new interaction
 * arrives as an InteractionStateMessage, and Send carries the e-mail's fields in email_object.
 * Every wait is on a notification, bounded.
 */
const TAGS = { tag: ['@behaviour', '@genesys-web-services'] };
const INTERACTIONS = '/v2/me/interactions';
const INVITATION = 'agent1 has an inbound e-mail invitation';
const EMAIL = { toAddress: 'customer@example.com', fromAddress: 'support@example.com', subject: 'Your order', text: 'It has shipped.' };

test.describe('GWS new e-mail', () => {
  test.beforeEach(async ({ target, exclusiveUser }) => {
    requireRole(target, AGENT);
    await exclusiveUser(AGENT);
  });

  test('Create announces the new e-mail; Send with email_object sends it with those fields', TAGS, async ({ api, contracts, notifications }) => {
    requireNotifications(notifications, ['gws.interaction.create-email']);
    const client = new GwsClient(api, contracts, AGENT);
    const probe = await NotificationProbe.open(notifications, AGENT, [INTERACTIONS]);
    await runClauseScenario(async (ledger) => {
      const mark = probe.mark();
      const created = await client.call('postMeInteractions', { body: { operationName: 'Create' } });
      const announced = await probe.next(INTERACTIONS, (data) => interactionOf(data)?.subType === 'OutboundNew', 'the InteractionStateMessage of the new e-mail', mark);
      await ledger.check('gws.interaction.create-email', () => {
        expect(succeeded(created), `Create is accepted: ${told(created)}`).toBe(true);
        if (!arrived(announced)) throw announced ?? new Error('no notification session');
      });
      if (!arrived(announced)) return;
      const id = String(interactionOf(announced.data)?.id);
      const sent = await client.call('postMeInteractionsById', { params: { id }, body: { operationName: 'Send', email_object: EMAIL } });
      await ledger.check('gws.email-reply.send-fields', () => expect(succeeded(sent), `Send with email_object is accepted: ${told(sent)}`).toBe(true));
      const read = await client.call('getInteractionsById', { params: { id } });
      const email = ((read.body.interaction as Json | undefined)?.email_object ?? {}) as Record<string, unknown>;
      await ledger.check('gws.email-reply.send-fields', () =>
        expect({ ToAddress: email.ToAddress, FromAddress: email.FromAddress, Subject: email.Subject, Text: email.Text }, `the sent e-mail: ${told(read)}`).toEqual({ ToAddress: EMAIL.toAddress, FromAddress: EMAIL.fromAddress, Subject: EMAIL.subject, Text: EMAIL.text }),
      );
    });
  });

  test.describe('an inbound e-mail', () => {
    /** The agent's inbound e-mail invitation, accepted unless `invited`; and whether it is still the agent's. */
    async function inbound(client: GwsClient, providerStates: Parameters<typeof given>[0], invited: boolean) {
      const { interactionId } = await given<{ interactionId: string }>(providerStates, INVITATION);
      const operate = (operationName: string, extra: Json = {}) => client.call('postMeInteractionsById', { params: { id: interactionId }, body: { operationName, ...extra } });
      if (!invited) await operate('Accept');
      const mine = async () => {
        const listed = await client.call('getMeInteractions', { query: { fields: '*' } });
        return listOf(listed.body, 'interactions').find((i) => i.id === interactionId);
      };
      return { interactionId, operate, mine };
    }

    test('UpdateUserData on an invitation is refused; on the accepted e-mail it is accepted', TAGS, async ({ api, contracts, providerStates }) => {
      const email = await inbound(new GwsClient(api, contracts, AGENT), providerStates, true);
      const early = await email.operate('UpdateUserData', { userData: { case: '1' } });
      await checkClause('gws.interaction.user-data-operations', async () => {
        expect(refused(early), `UpdateUserData on an invitation is refused: ${told(early)}`).toBe(true);
        await email.operate('Accept');
        const accepted = await email.operate('UpdateUserData', { userData: { case: '1' } });
        expect(succeeded(accepted), `UpdateUserData on the accepted e-mail: ${told(accepted)}`).toBe(true);
      });
    });

    test('an accepted e-mail stays the agent\'s through UpdateUserData, and PlaceInQueue takes it away', TAGS, async ({ api, contracts, providerStates }) => {
      const email = await inbound(new GwsClient(api, contracts, AGENT), providerStates, false);
      await email.operate('UpdateUserData', { userData: { case: '2' } });
      const kept = await email.mine();
      const queue = typeof kept?.currentQueue === 'string' ? kept.currentQueue : undefined;
      await checkClause('gws.interaction.ownership', async () => {
        expect(kept?.state, 'the e-mail after UpdateUserData, among the agent\'s interactions').toBe('Accepted');
        test.skip(queue === undefined, 'the e-mail names no queue to place it in');
        const placed = await email.operate('PlaceInQueue', { queueName: queue });
        expect(succeeded(placed), `PlaceInQueue: ${told(placed)}`).toBe(true);
        expect(await email.mine(), 'the e-mail after PlaceInQueue').toBeUndefined();
      });
    });

    test('Transfer of an accepted e-mail to another agent takes it from the agent', TAGS, async ({ api, contracts, providerStates }) => {
      const client = new GwsClient(api, contracts, AGENT);
      const me = String(((await client.call('getMe')).body.user as Json | undefined)?.id);
      const users = await client.call('getUsers', { query: { fields: '*' } });
      const other = listOf(users.body, 'users').find((u) => u.id !== me && Array.isArray(u.roles) && (u.roles as unknown[]).includes('ROLE_AGENT'));
      test.skip(typeof other?.id !== 'string', `no other agent to transfer to: ${told(users)}`);
      const email = await inbound(client, providerStates, false);
      const answer = await email.operate('Transfer', { userId: other?.id as string });
      await checkClause('gws.email-reply.transfer', async () => {
        expect(succeeded(answer), `Transfer: ${told(answer)}`).toBe(true);
        expect(await email.mine(), 'the e-mail after Transfer, among the agent\'s interactions').toBeUndefined();
      });
    });
  });
});
