import { test } from '@playwright/test';
import type { ProviderStates } from '../../fixtures/provider-states';
import type { NotificationSessions } from '../../notifications/notification-sessions';
import { CLAUSE_PLANNED } from '../../reporting/test-outcome';
import type { FamilyTarget } from '../../profile/target-profile';
import type { Json } from './gws-client';

/** The role whose user the GWS provider states prepare ("agent1": the profile's Agent credentials). */
export const AGENT = 'Agent';

/** Skips the test unless the profile has credentials for `role`; answers the role. */
export function requireRole(target: FamilyTarget, role: string): string {
  test.skip(!(role in target.credentials), `the profile gives ${target.family} no ${role} credentials, which the provider states act on`);
  return role;
}

/** Sets up a provider state; a target that cannot provide it skips the test with its reason (unknown is not pass). */
export async function given<T = Json>(providerStates: ProviderStates, state: string, params: Readonly<Record<string, unknown>> = {}): Promise<T> {
  const result = await providerStates.setUp(state, params);
  if (!result.ok) test.skip(true, result.reason);
  return (result.ok ? result.data : {}) as T;
}

/** Sets up a provider state inside a model run, where a skip is not possible: an unavailable state is an error. */
export async function prepared<T = Json>(providerStates: ProviderStates, state: string, params: Readonly<Record<string, unknown>> = {}): Promise<T> {
  const result = await providerStates.setUp(state, params);
  if (!result.ok) throw new Error(result.reason);
  return result.data as T;
}

/**
 * For a test about notifications: names the notification clauses it checks (so that a skip is
 * traced to them in the conformance record) and skips it, with the reason, when the profile
 * gives no notificationUrl.
 */
export function requireNotifications(sessions: NotificationSessions, clauses: readonly string[]): void {
  const info = test.info();
  for (const clause of clauses) info.annotations.push({ type: CLAUSE_PLANNED, description: clause });
  test.skip(sessions.unavailable !== undefined, sessions.unavailable ?? '');
}
