import { expect } from '@playwright/test';
import { checkClause } from '../../src/harness/checks/clause-check';
import type { ContractRegistry } from '../../src/harness/contracts';
import { test } from '../../src/harness/fixtures/notifications';
import type { TargetApi } from '../../src/harness/fixtures/target-api';
import { GwsClient, refused, told, type GwsAnswer, type Json } from '../../src/harness/models/gws-common/gws-client';
import { AGENT, requireRole } from '../../src/harness/models/gws-common/scenario-setup';
import type { FamilyTarget } from '../../src/harness/profile/target-profile';
import { given, requireDestructive, roleOf } from '../generic/behaviour-support';
import { listOf } from './list-of';

/**
 * Refused requests (004, "Return Values" and the rules of each resource), one clause per test:
 * agent state definitions, reporting settings, user-defined settings groups, contacts, and the
 * call, channel and DTMF operations whose required members or formats the document names.
 */
const TAGS = { tag: ['@behaviour', '@genesys-web-services'] };
const LOGIN = 'agent1 is logged in with channels ready';
const ESTABLISHED = "a call is established on agent1's device";

function admin(api: TargetApi, contracts: ContractRegistry, target: FamilyTarget): GwsClient {
  return new GwsClient(api, contracts, roleOf(target, ['Contact Center Admin']));
}

const statusCodeOne = (answer: GwsAnswer, what: string) => expect(answer.body.statusCode, `${what}: ${told(answer)}`).toBe(1);
const isRefused = (answer: GwsAnswer, what: string) => expect(refused(answer), `${what} is refused: ${told(answer)}`).toBe(true);

test.describe('GWS refused requests', () => {
  test.describe('agent state definitions', () => {
    test('POST /settings/agent-states without displayName is refused with statusCode 1', TAGS, async ({ api, contracts, target }) => {
      requireDestructive(target, contracts, ['postSettingsAgentStates']);
      const answer = await admin(api, contracts, target).call('postSettingsAgentStates', { body: { operationName: `NoName${Date.now()}`, state: 'NotReady' } });
      await checkClause('gws.negative.agent-state-required', () => statusCodeOne(answer, 'a definition without displayName'));
    });

    test('POST /settings/agent-states with an operationName that exists is refused', TAGS, async ({ api, contracts, target, providerStates }) => {
      requireDestructive(target, contracts, ['postSettingsAgentStates']);
      const existing = await given<{ operationName: string }>(providerStates, 'a custom agent state definition exists');
      const answer = await admin(api, contracts, target).call('postSettingsAgentStates', { body: { operationName: existing.operationName, displayName: 'Twin', state: 'NotReady' } });
      await checkClause('gws.negative.agent-state-operation-name-unique', () => isRefused(answer, `a second ${existing.operationName}`));
    });

    test('POST /settings/agent-states with a reason another definition uses is refused', TAGS, async ({ api, contracts, target, providerStates }) => {
      requireDestructive(target, contracts, ['postSettingsAgentStates']);
      const existing = await given<{ reason: string }>(providerStates, 'a custom agent state definition exists');
      test.skip(!existing.reason, 'the definition has no reason');
      const answer = await admin(api, contracts, target).call('postSettingsAgentStates', { body: { operationName: `SameReason${Date.now()}`, displayName: 'Same reason', state: 'NotReady', workMode: 'AuxWork', reason: existing.reason } });
      await checkClause('gws.negative.agent-state-reason-unique', () => isRefused(answer, `a second definition with reason ${existing.reason}`));
    });

    test('POST /settings/agent-states with a workMode of the other state is refused (SHOULD)', TAGS, async ({ api, contracts, target }) => {
      requireDestructive(target, contracts, ['postSettingsAgentStates']);
      const answer = await admin(api, contracts, target).call('postSettingsAgentStates', { body: { operationName: `Odd${Date.now()}`, displayName: 'Odd', state: 'Ready', workMode: 'AuxWork' } });
      await checkClause('gws.negative.agent-state-workmode-per-state', () => isRefused(answer, 'Ready with workMode AuxWork'));
    });
  });

  test.describe('reporting settings', () => {
    const put = (client: GwsClient, name: string, value: string) => client.call('putSettingsReporting', { body: { name, value } });

    test('a defaultServiceLevelInterval that is not a positive integer is refused', TAGS, async ({ api, contracts, target }) => {
      requireDestructive(target, contracts, ['putSettingsReporting']);
      const answer = await put(admin(api, contracts, target), 'defaultServiceLevelInterval', '-5');
      await checkClause('gws.negative.reporting-interval-positive', () => isRefused(answer, 'defaultServiceLevelInterval -5'));
    });

    test('a defaultTargetServiceLevelPercentage outside 1 to 100 is refused', TAGS, async ({ api, contracts, target }) => {
      requireDestructive(target, contracts, ['putSettingsReporting']);
      const answer = await put(admin(api, contracts, target), 'defaultTargetServiceLevelPercentage', '150');
      await checkClause('gws.negative.reporting-percentage-range', () => isRefused(answer, 'defaultTargetServiceLevelPercentage 150'));
    });

    test('defaultTargetServiceLevelPercentage is 80 unless set', TAGS, async ({ api, contracts, target }) => {
      const answer = await admin(api, contracts, target).call('getSettingsReporting');
      const settings = listOf(answer.body, 'settings');
      await checkClause('gws.negative.reporting-defaults', () => expect(settings.find((s) => s.name === 'defaultTargetServiceLevelPercentage')?.value, told(answer)).toBe('80'));
    });
  });

  test.describe('user-defined settings', () => {
    test('POST /settings/{group-name} without the key attribute is refused with statusCode 1', TAGS, async ({ api, contracts, target, providerStates }) => {
      requireDestructive(target, contracts, ['postSettingsByGroupName']);
      const group = await given<{ groupName: string; key: string }>(providerStates, 'a user-defined settings group has a setting');
      const answer = await admin(api, contracts, target).call('postSettingsByGroupName', { params: { 'group-name': group.groupName }, body: { displayName: 'No key' } });
      await checkClause('gws.negative.user-settings-key-required', () => statusCodeOne(answer, `a setting without ${group.key}`));
    });

    test('POST /settings/{group-name} with a key value that exists is refused', TAGS, async ({ api, contracts, target, providerStates }) => {
      requireDestructive(target, contracts, ['postSettingsByGroupName']);
      const group = await given<{ groupName: string; key: string; settingName: string }>(providerStates, 'a user-defined settings group has a setting');
      const answer = await admin(api, contracts, target).call('postSettingsByGroupName', { params: { 'group-name': group.groupName }, body: { [group.key]: group.settingName } });
      await checkClause('gws.negative.settings-key-unique-readonly', () => isRefused(answer, `a second setting ${group.settingName}`));
    });
  });

  test('PUT /contacts on a Queue contact is refused', TAGS, async ({ api, contracts, target }) => {
    requireDestructive(target, contracts, ['putContacts']);
    const client = admin(api, contracts, target);
    const listed = await client.call('getContacts', { query: { fields: '*', type: 'Queue' } });
    const queue = listOf(listed.body, 'contacts').find((c) => c.type === 'Queue');
    test.skip(typeof queue?.id !== 'string', `no Queue contact listed: ${told(listed)}`);
    const answer = await client.call('putContacts', { body: { id: queue?.id as string, name: 'Renamed' } });
    await checkClause('gws.negative.contacts-custom-only', () => isRefused(answer, `renaming Queue contact ${String(queue?.id)}`));
  });

  test.describe('password operations on /users/{id}', () => {
    const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
    const passwords = { oldPassword: b64('Old-password-1'), newPassword: b64('New-password-12345') };

    test('ChangePassword on another user is refused to an Agent', TAGS, async ({ api, contracts, target, providerStates }) => {
      requireRole(target, AGENT);
      const user = await given<{ id: string }>(providerStates, 'a user exists');
      const answer = await new GwsClient(api, contracts, AGENT).call('postUsersById', { params: { id: user.id }, body: { operationName: 'ChangePassword', ...passwords } });
      await checkClause('gws.auth.change-password-users-by-id', () => isRefused(answer, 'an Agent changing the password of another user'));
    });

    test('ResetPassword is refused to an Agent', TAGS, async ({ api, contracts, target, providerStates }) => {
      requireRole(target, AGENT);
      const user = await given<{ id: string }>(providerStates, 'a user exists');
      const answer = await new GwsClient(api, contracts, AGENT).call('postUsersById', { params: { id: user.id }, body: { operationName: 'ResetPassword', newPassword: passwords.newPassword } });
      await checkClause('gws.auth.reset-password-admin', () => isRefused(answer, 'an Agent resetting a password'));
    });
  });

  test('the roles sent on a user update become its complete role set', TAGS, async ({ api, contracts, target, providerStates }) => {
    requireDestructive(target, contracts, ['postUsersById']);
    const client = admin(api, contracts, target);
    const user = await given<{ id: string }>(providerStates, 'a user exists');
    const updated = await client.call('postUsersById', { params: { id: user.id }, body: { roles: ['ROLE_SUPERVISOR'] } });
    const read = await client.call('getUsersById', { params: { id: user.id } });
    await checkClause('gws.negative.user-roles-replace', () => {
      expect(updated.body.statusCode, told(updated)).toBe(0);
      expect((read.body.user as Json | undefined)?.roles, `the user's roles after the update: ${told(read)}`).toEqual(['ROLE_SUPERVISOR']);
    });
  });

  test.describe('agent operations', () => {
    test.beforeEach(async ({ target, exclusiveUser }) => {
      requireRole(target, AGENT);
      await exclusiveUser(AGENT);
    });

    test('an agent\'s devices offer none of the supervisor monitoring operations', TAGS, async ({ api, contracts, providerStates }) => {
      await given(providerStates, LOGIN);
      const answer = await new GwsClient(api, contracts, AGENT).call('getMeDevices', { query: { fields: '*' } });
      const devices = listOf(answer.body, 'devices');
      await checkClause('gws.auth.supervisor-capabilities', () => {
        expect(devices.length, `the agent's devices: ${told(answer)}`).toBeGreaterThan(0);
        const offered = devices.flatMap((d) => (Array.isArray(d.capabilities) ? (d.capabilities as unknown[]) : []));
        expect(offered.filter((c) => ['ListenIn', 'Bargain', 'Coach', 'CancelSupervisorMonitoring'].includes(String(c))), `supervisor operations offered to an agent: ${told(answer)}`).toEqual([]);
      });
    });

    test('POST /me/channels/{channelId} without operationName is refused with statusCode 1', TAGS, async ({ api, contracts, providerStates }) => {
      await given(providerStates, LOGIN);
      const answer = await new GwsClient(api, contracts, AGENT).call('postMeChannelsByChannelId', { params: { channelId: 'chat' }, body: {} });
      await checkClause('gws.negative.channel-operation-name', () => statusCodeOne(answer, 'no operationName'));
    });

    test('call operations without their required members are refused with statusCode 1; SendDtmf with a non-digit is refused', TAGS, async ({ api, contracts, providerStates }) => {
      const client = new GwsClient(api, contracts, AGENT);
      const { callId } = await given<{ callId: string }>(providerStates, ESTABLISHED);
      const operate = (body: Json) => client.call('postMeCallsById', { params: { id: callId }, body });
      const transfer = await operate({ operationName: 'SingleStepTransfer' });
      await checkClause('gws.negative.call-destination-required', () => statusCodeOne(transfer, 'SingleStepTransfer without destination'));
      const swap = await operate({ operationName: 'SwapCalls' });
      await checkClause('gws.negative.other-call-uri-required', () => statusCodeOne(swap, 'SwapCalls without otherCallUri'));
      const dtmf = await operate({ operationName: 'SendDtmf', digits: '12A' });
      await checkClause('gws.negative.send-dtmf-digits', () => isRefused(dtmf, 'SendDtmf with digits 12A'));
      await operate({ operationName: 'Hangup' });
    });
  });
});
