import { test } from '@playwright/test';
import { NotificationTimeoutError, type CometdSubscriber, type Notification } from '../../notifications/cometd-client';
import type { NotificationSessions } from '../../notifications/notification-sessions';

/** What waiting for a notification gave: the notification, or the timeout that says none came. */
export type Awaited = Notification | NotificationTimeoutError;

export function arrived(result: Awaited | undefined): result is Notification {
  return result !== undefined && !(result instanceof NotificationTimeoutError);
}

/**
 * The notifications side of a model's target: one CometD session of the agent (or none, when the
 * profile has no notificationUrl), waits that return the timeout instead of throwing it (so that
 * the check that needs the notification decides which clause failed), and AsyncAPI validation.
 */
export class NotificationProbe {
  constructor(
    private readonly sessions: NotificationSessions,
    private readonly subscriber: CometdSubscriber | undefined,
  ) {}

  /** Opens the agent's session on the channels, unless notifications are unavailable. */
  static async open(sessions: NotificationSessions, role: string, channels: readonly string[]): Promise<NotificationProbe> {
    return new NotificationProbe(sessions, sessions.unavailable ? undefined : await sessions.subscribe(role, channels));
  }

  get available(): boolean {
    return this.subscriber !== undefined;
  }

  /** Why notification clauses cannot be checked, when they cannot. */
  get unavailable(): string | undefined {
    return this.sessions.unavailable;
  }

  get timeoutMs(): number {
    return this.sessions.timeoutMs;
  }

  mark(): number {
    return this.subscriber?.mark() ?? 0;
  }

  /** The first notification on the channel after `after` that matches, or the timeout; undefined without a session. */
  async next(channel: string, predicate: (data: unknown) => boolean, awaited: string, after: number): Promise<Awaited | undefined> {
    if (!this.subscriber) return undefined;
    try {
      return await this.subscriber.waitFor(channel, predicate, this.sessions.timeoutMs, { after, awaited });
    } catch (error) {
      if (error instanceof NotificationTimeoutError) return error;
      throw error;
    }
  }

  /** Notifications on the channel with a sequence in (after, before) that match. */
  between(channel: string, after: number, before: number, predicate: (data: unknown) => boolean): Notification[] {
    return (this.subscriber?.notifications(channel, after) ?? []).filter((n) => n.sequence < before && predicate(n.data));
  }

  /** AsyncAPI validation errors of the data for the message, or undefined when it conforms. */
  violations(messageName: string, data: unknown): string | undefined {
    return this.sessions.violations(messageName, data);
  }

  /** Records, once per test, that a notification clause was not checked and why. */
  notChecked(clause: string): void {
    const reason = this.sessions.unavailable;
    if (!reason) return;
    const info = test.info();
    const description = `${clause}: ${reason}`;
    if (!info.annotations.some((a) => a.type === 'not-applicable' && a.description === description)) info.annotations.push({ type: 'not-applicable', description });
  }
}
