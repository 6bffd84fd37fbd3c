import { test } from '../../src/harness/fixtures/notifications';
import { runClauseScenario } from '../../src/harness/models/clause-scenario';
import type { Json } from '../../src/harness/models/gws-common/gws-client';
import { arrived, NotificationProbe } from '../../src/harness/models/gws-common/notification-probe';
import { AGENT, given, requireNotifications, requireRole } from '../../src/harness/models/gws-common/scenario-setup';

/**
 * Service state changes (004, "ServiceStateChangeMessage"): a change of a service's state is
 * announced on /notifications/services with the service resource. The wait is bounded.
 */
const TAGS = { tag: ['@behaviour', '@genesys-web-services'] };
const SERVICES = '/notifications/services';

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
