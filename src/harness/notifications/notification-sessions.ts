import type { ContractRegistry } from '../contracts';
import type { FamilyTarget } from '../profile/target-profile';
import { CometdSubscriber } from './cometd-client';

/**
 * The CometD sessions of one test: opened on demand as a role of the profile (the REST API's
 * Basic credentials), closed when the test ends. When the profile gives the family no
 * notificationUrl, `unavailable` says why and no session can be opened: the notification
 * clauses are then skipped with that reason, never passed.
 */
export class NotificationSessions {
  private readonly open: CometdSubscriber[] = [];
  /** Why no session can be opened, or undefined when one can. */
  readonly unavailable: string | undefined;

  constructor(
    private readonly target: FamilyTarget,
    private readonly contracts: ContractRegistry,
    /** Bound on each wait for a notification. */
    readonly timeoutMs: number,
  ) {
    this.unavailable = target.notificationUrl ? undefined : `the profile gives ${target.family} no notificationUrl, so its CometD notifications cannot be received`;
  }

  /** A session of `role` subscribed to `channels`; throws when notifications are unavailable. */
  async subscribe(role: string, channels: readonly string[]): Promise<CometdSubscriber> {
    const url = this.target.notificationUrl;
    if (!url) throw new Error(this.unavailable);
    const credential = this.target.credentials[role];
    if (!credential) throw new Error(`the profile gives no credentials for role "${role}" of ${this.target.family}`);
    const authorization = credential.kind === 'basic' ? `Basic ${Buffer.from(`${credential.username}:${credential.password}`).toString('base64')}` : `Bearer ${credential.token}`;
    const subscriber = await CometdSubscriber.connect({ url, authorization, timeoutMs: Math.max(this.timeoutMs, 5_000) });
    this.open.push(subscriber);
    await subscriber.subscribe(channels);
    return subscriber;
  }

  /** The AsyncAPI validation errors of a notification's data for a message, or undefined when it conforms. */
  violations(messageName: string, data: unknown): string | undefined {
    const message = this.contracts.message(this.target.family, messageName);
    if (message.validate(data)) return undefined;
    return (message.validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword} ${JSON.stringify(e.params)}`).join('; ');
  }

  async closeAll(): Promise<void> {
    await Promise.all(this.open.splice(0).map((s) => s.close()));
  }
}
