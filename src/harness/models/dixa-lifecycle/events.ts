import { expect } from '@playwright/test';
import type { DixaLifecycleReal } from './lifecycle-real';

/** Waits for `event` about conversation `id` after `after` and holds its payload to the AsyncAPI message; nothing when webhooks cannot be received. */
export async function expectEvent(real: DixaLifecycleReal, event: string | undefined, id: number, after: number): Promise<void> {
  if (!real.hooks || !event) return;
  const payload = await real.hooks.waitFor(event, id, after);
  expect(real.hooks.invalidPayload(event, payload), `${event} about conversation ${id} matches its AsyncAPI message`).toBeUndefined();
}

/**
 * No `event` about `id` since `after`: judged once a later event about the same conversation
 * (the barrier, caused by a later request) has arrived, so no fixed wait is needed.
 */
export function expectNoEvent(real: DixaLifecycleReal, event: string, id: number, after: number): void {
  if (!real.hooks) return;
  expect(real.hooks.seen(event, id, after), `no ${event} about conversation ${id}`).toEqual([]);
}
