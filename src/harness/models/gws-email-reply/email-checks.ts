import { expect } from '@playwright/test';
import type { Json } from '../gws-common/gws-client';
import { arrived, type Awaited } from '../gws-common/notification-probe';
import { capabilitiesOf, interactionOf } from '../gws-common/notification-views';
import type { EmailReal } from './email-real';

/** The view of one interaction among the agent's, or undefined when the agent no longer handles it. */
export function viewOf(views: readonly Json[], id: string): Json | undefined {
  return views.find((v) => v.id === id);
}

/** "id: state [capabilities]" of the agent's interactions, for messages. */
export function listing(views: readonly Json[]): string {
  return views.map((v) => `${String(v.id)}: ${String(v.state)} [${capabilitiesOf(v).join(', ')}]`).join('; ') || 'none';
}

/**
 * An InteractionStateMessage checked under a notification clause: it arrived, conforms to the
 * AsyncAPI message, and its interaction offers at least `capabilities`.
 */
export async function checkInteractionNotification(real: EmailReal, clause: string, notification: Awaited | undefined, what: string, capabilities: readonly string[]): Promise<void> {
  if (!real.probe.available) return real.probe.notChecked(clause);
  await real.ledger.check(clause, () => {
    if (!arrived(notification)) throw notification ?? new Error('no session');
    expect(real.probe.violations('InteractionStateMessage', notification.data), `${what} conforms to the AsyncAPI message InteractionStateMessage`).toBeUndefined();
    const offered = capabilitiesOf(interactionOf(notification.data));
    for (const capability of capabilities) expect(offered, `${what} offers ${capability}`).toContain(capability);
  });
}
