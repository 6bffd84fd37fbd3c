import { expect } from '@playwright/test';
import { test } from '../../src/harness/fixtures/notifications';
import { runClauseScenario } from '../../src/harness/models/clause-scenario';
import { GwsClient, type Json } from '../../src/harness/models/gws-common/gws-client';
import { arrived, NotificationProbe } from '../../src/harness/models/gws-common/notification-probe';
import { AGENT, given, requireNotifications, requireRole } from '../../src/harness/models/gws-common/scenario-setup';

/**
 * Contact-center-wide notifications (004, "ServiceStateChangeMessage", /v2/users): a service's
 * change of state, and a password change of another user seen by an administrator. Waits are bounded.
 */
const TAGS = { tag: ['@behaviour', '@genesys-web-services'] };
const SERVICES = '/notifications/services';
const USERS = '/v2/users';

test('a service that changes state is announced on /notifications/services with the service in its new state', TAGS, async ({ target, providerStates, notifications }) => {
  requireRole(target, AGENT);
  requireNotifications(notifications, ['gws.notification.service-state-change']);
  const probe = await NotificationProbe.open(notifications, AGENT, [SERVICES]);
  await runClauseScenario(async (ledger) => {
    const mark = probe.mark();
    const changed = await given<{ serviceId: string; state: string }>(providerStates, 'a service changes state');
    const announced = await probe.next(SERVICES, (data) => {
      const service = (data as Json | undefined)?.service as Json | undefined;
      return service !== undefined && service.id === changed.serviceId && service.state === changed.state;
    }, 'the ServiceStateChangeMessage of the changed service', mark);
    await ledger.check('gws.notification.service-state-change', () => {
      if (!arrived(announced)) throw announced ?? new Error('no notification session');
    });
  });
});

test('a password change of another user is announced on /v2/users with notificationType, userUri and userId', TAGS, async ({ api, contracts, target, providerStates, notifications }) => {
  const admin = 'Contact Center Admin';
  requireRole(target, admin);
  requireNotifications(notifications, ['gws.notification.password-change-users']);
  const probe = await NotificationProbe.open(notifications, admin, [USERS]);
  const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
  await runClauseScenario(async (ledger) => {
    const user = await given<{ id: string }>(providerStates, 'a user exists');
    const mark = probe.mark();
    await new GwsClient(api, contracts, admin).call('postUsersById', { params: { id: user.id }, body: { operationName: 'ChangePassword', oldPassword: b64('Old-password-1'), newPassword: b64('New-password-12345') } });
    const announced = await probe.next(USERS, (data) => typeof (data as Json | undefined)?.notificationType === 'string' && String((data as Json).userUri ?? '').endsWith(user.id), `the /v2/users notification of the password change of ${user.id}`, mark);
    await ledger.check('gws.notification.password-change-users', () => {
      if (!arrived(announced)) throw announced ?? new Error('no notification session');
      const data = announced.data as Json;
      expect({ notificationType: typeof data.notificationType, userUri: typeof data.userUri, userId: data.userId as unknown }, `the notification: ${JSON.stringify(data).slice(0, 300)}`).toEqual({ notificationType: 'string', userUri: 'string', userId: user.id });
    });
  });
});
