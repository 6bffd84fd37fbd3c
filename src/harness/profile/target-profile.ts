import type { Family } from '../contracts';

export type Credential =
  | { readonly kind: 'basic'; readonly username: string; readonly password: string }
  | { readonly kind: 'bearer'; readonly username?: string; readonly token: string };

export interface FamilyTarget {
  readonly family: Family;
  readonly baseUrl: string;
  readonly notificationUrl?: string;
  readonly stateSetupUrl?: string;
  readonly allowDestructive: boolean;
  readonly requestsPerSecond: number;
  readonly pathParameters: Readonly<Record<string, string>>;
  /** Role name → credential, with every `${ENV}` already resolved. */
  readonly credentials: Readonly<Record<string, Credential>>;
}

export interface TargetProfile {
  readonly name: string;
  /** Path of the profile file, for messages. */
  readonly file: string;
  readonly description?: string;
  readonly embeddedReference?: { readonly portBase: number; readonly faults: readonly string[] };
  readonly requestTimeoutMs: number;
  readonly families: Readonly<Partial<Record<Family, FamilyTarget>>>;
}

/** Every secret value of a profile, for redaction. */
export function profileSecrets(profile: TargetProfile): string[] {
  return Object.values(profile.families).flatMap((target) =>
    Object.values(target.credentials).flatMap((c) => (c.kind === 'basic' ? [c.password, Buffer.from(`${c.username}:${c.password}`).toString('base64')] : [c.token])),
  );
}
