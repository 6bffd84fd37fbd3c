import { expect } from '@playwright/test';
import { checkClause } from '../../src/harness/checks/clause-check';
import { test } from '../../src/harness/fixtures/notifications';
import { GwsClient, refused, succeeded, told, type GwsAnswer, type Json } from '../../src/harness/models/gws-common/gws-client';
import { arrived, NotificationProbe } from '../../src/harness/models/gws-common/notification-probe';
import { AGENT, given, requireNotifications, requireRole } from '../../src/harness/models/gws-common/scenario-setup';
import { NotificationSessionError, NotificationTimeoutError } from '../../src/harness/notifications/cometd-client';
import { requireDestructive } from '../generic/behaviour-support';
import { listOf } from './list-of';

/**
 * Who may see or take what (004, the Permissions columns and "Presence"): an Agent reads only its
 * own devices and calls ("Agent (only for objects owned by this agent)"), only a Cloud Admin
 * removes a feature, /v2/users is for supervisors and administrators, and a session is not
 * started on a place whose device another user holds. "Another user" is one the profile need not
 * have credentials for: the Contact Center Admin's listing or a provider state names it.
 */
const TAGS = { tag: ['@behaviour', '@genesys-web-services'] };
const ADMIN = 'Contact Center Admin';
const CLOUD_ADMIN = 'Cloud Admin';
const USERS = '/v2/users';

/** The ids of the objects of a list answered with fields=* (an empty list when there is none). */
function idsIn(answer: GwsAnswer, member: string): string[] {
  return listOf(answer.body, member).map((item) => String(item.id ?? ''));
}

test('an Agent reads only its own devices: another user\'s device is refused on GET /devices/{id} and left out of GET /devices', TAGS, async ({ api, contracts, target }) => {
  requireRole(target, AGENT);
  requireRole(target, ADMIN);
  const agent = new GwsClient(api, contracts, AGENT);
  const everyDevice = await new GwsClient(api, contracts, ADMIN).call('getDevices', { query: { fields: '*' } });
  const ownDevices = await agent.call('getMeDevices', { query: { fields: '*' } });
  test.skip(!succeeded(everyDevice) || !succeeded(ownDevices), `the devices of the contact center and of the Agent could not both be listed: ${told(everyDevice)}; ${told(ownDevices)}`);
  const own = idsIn(ownDevices, 'devices');
  const other = idsIn(everyDevice, 'devices').find((id) => id !== '' && !own.includes(id));
  test.skip(other === undefined, `the contact center has no device besides the Agent's: ${told(everyDevice)}`);
  const read = await agent.call('getDevicesById', { params: { id: other ?? '' } });
  const listed = await agent.call('getDevices', { query: { fields: '*' } });
  await checkClause('gws.auth.devices-owned', () => {
    expect(refused(read) && read.body.device === undefined, `the Agent reading device ${String(other)}, not its own, is refused: ${told(read)}`).toBe(true);
    // GET /devices as an Agent: refused (List Devices: Contact Center Admin) or the own devices only (ambiguity gws.devices-list-agent).
    if (!refused(listed)) expect(idsIn(listed, 'devices').filter((id) => !own.includes(id)), `devices of other users the Agent listed: ${told(listed)}`).toEqual([]);
  });
});

test('an Agent does not see another user\'s call on GET /me/calls or GET /me/calls/{id}', TAGS, async ({ api, contracts, target, providerStates }) => {
  requireRole(target, AGENT);
  const other = await given<{ callId: string; deviceId: string }>(providerStates, "a call is established on another user's device");
  const agent = new GwsClient(api, contracts, AGENT);
  const listed = await agent.call('getMeCalls', { query: { fields: '*' } });
  const read = await agent.call('getMeCallsById', { params: { id: other.callId } });
  const calls = listOf(listed.body, 'calls');
  const isOther = (call: Json) => call.id === other.callId || String(call.uri ?? '').endsWith(`/${other.callId}`) || String(call.deviceUri ?? '').endsWith(`/${other.deviceId}`);
  await checkClause('gws.auth.me-calls-owned', () => {
    expect(succeeded(listed), `the Agent lists its calls: ${told(listed)}`).toBe(true);
    expect(calls.filter(isOther).map((c) => c.id as unknown), `calls of another user's device ${other.deviceId} the Agent sees: ${told(listed)}`).toEqual([]);
    expect(refused(read) && read.body.call === undefined, `the Agent reading call ${other.callId} of another user is refused: ${told(read)}`).toBe(true);
  });
});

test('DELETE /features/{id} is refused with statusCode 5 to every role but Cloud Admin', TAGS, async ({ api, contracts, target }) => {
  requireDestructive(target, contracts, ['deleteFeaturesById']);
  requireRole(target, ADMIN);
  const roles = Object.keys(target.credentials).filter((role) => role !== CLOUD_ADMIN);
  const client = new GwsClient(api, contracts, ADMIN);
  const features = await client.call('getFeatures', { query: { fields: '*' } });
  const id = idsIn(features, 'features').find((f) => f !== '');
  test.skip(id === undefined, `no feature is listed: ${told(features)}`);
  const answers: [string, GwsAnswer][] = [];
  for (const role of roles) answers.push([role, await client.call('deleteFeaturesById', { params: { id: id ?? '' } }, role)]);
  await checkClause('gws.auth.features-delete-cloud-admin', () => {
    for (const [role, answer] of answers) expect(answer.body.statusCode, `${role} removing feature ${String(id)}: ${told(answer)}`).toBe(5);
  });
});

test('an Agent gets no notification on /v2/users: the topic is for supervisors and administrators', TAGS, async ({ api, contracts, target, providerStates, notifications }) => {
  requireRole(target, AGENT);
  requireRole(target, ADMIN);
  requireNotifications(notifications, ['gws.auth.users-topic-supervisor-admin']);
  const agentSession = await notifications.subscribe(AGENT, []);
  let refusal: NotificationSessionError | undefined;
  try {
    await agentSession.subscribe([USERS]);
  } catch (error) {
    if (!(error instanceof NotificationSessionError)) throw error;
    refusal = error;
  }
  let received: string | undefined;
  if (!refusal) {
    // The subscription was accepted (ambiguity gws.users-topic-agent-refused): then nothing may reach the Agent on it.
    requireDestructive(target, contracts, ['postUsersById']);
    const control = await NotificationProbe.open(notifications, ADMIN, [USERS]);
    const user = await given<{ id: string }>(providerStates, 'a user exists');
    const mark = control.mark();
    const agentMark = agentSession.mark();
    const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
    await new GwsClient(api, contracts, ADMIN).call('postUsersById', { params: { id: user.id }, body: { operationName: 'ChangePassword', oldPassword: b64('Old-password-1'), newPassword: b64('New-password-12345') } });
    const aboutUser = (data: unknown) => String((data as Json | undefined)?.userUri ?? '').endsWith(user.id) || (data as Json | undefined)?.userId === user.id;
    const seen = await control.next(USERS, aboutUser, `the /v2/users notification of the password change of ${user.id}`, mark);
    test.skip(!arrived(seen), `no /v2/users notification reached the Contact Center Admin either, so the Agent's silence proves nothing: ${seen instanceof Error ? seen.message : 'no session'}`);
    try {
      received = JSON.stringify((await agentSession.waitFor(USERS, aboutUser, notifications.timeoutMs, { after: agentMark, awaited: 'nothing' })).data).slice(0, 300);
    } catch (error) {
      if (!(error instanceof NotificationTimeoutError)) throw error;
    }
  }
  await checkClause('gws.auth.users-topic-supervisor-admin', () => {
    expect(received, `the Agent's subscription to ${USERS} was accepted and a notification reached it`).toBeUndefined();
  });
});

test('StartContactCenterSession on a place whose device another user holds returns an error and takes no device', TAGS, async ({ api, contracts, target, providerStates, exclusiveUser }) => {
  requireRole(target, AGENT);
  await exclusiveUser(AGENT);
  const { place } = await given<{ place: string }>(providerStates, 'a place has a device assigned to another user');
  const agent = new GwsClient(api, contracts, AGENT);
  const devices = async () => idsIn(await agent.call('getMeDevices', { query: { fields: '*' } }), 'devices').sort();
  const before = await devices();
  const started = await agent.call('postMe', { body: { operationName: 'StartContactCenterSession', place } });
  const after = await devices();
  await checkClause('gws.negative.start-session-device-assigned', () => {
    expect(refused(started), `StartContactCenterSession on place ${place}: ${told(started)}`).toBe(true);
    expect(after, "the Agent's devices after the refused StartContactCenterSession").toEqual(before);
  });
});
