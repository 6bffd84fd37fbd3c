import { createHmac } from 'node:crypto';
import type { Family } from '../harness/contracts';

/** The roles the reference target knows, per family, as its documents name them. */
export const REFERENCE_ROLES = {
  // GWS names its roles in the Permissions columns of 004.
  'genesys-web-services': ['Agent', 'Supervisor', 'Contact Center Admin', 'Cloud Admin'],
  'genesys-interaction-recording': ['Agent', 'Supervisor', 'Administrator'],
  'genesys-cloud': ['Agent', 'Supervisor', 'Administrator'],
  dixa: ['Agent', 'Administrator'],
} as const satisfies Record<Family, readonly string[]>;

export type ReferenceRole<F extends Family = Family> = (typeof REFERENCE_ROLES)[F][number];

export type ReferenceCredential =
  | { readonly family: Family; readonly role: string; readonly kind: 'basic'; readonly username: string; readonly password: string }
  | { readonly family: Family; readonly role: string; readonly kind: 'bearer'; readonly username: string; readonly token: string };

const SHORT: Record<Family, string> = { 'genesys-web-services': 'GWS', 'genesys-interaction-recording': 'GIR', 'genesys-cloud': 'GC', dixa: 'DIXA' };

/**
 * Credentials of the reference target, derived from one secret (`CC_REFERENCE_SECRET`) so that
 * the target and the harness agree without any credential being written to a file. A fresh
 * random secret per CI run makes the redaction checks meaningful: the values are unguessable.
 */
export function referenceCredentials(secret: string): ReferenceCredential[] {
  const derive = (label: string) => createHmac('sha256', secret).update(label).digest('base64url').slice(0, 24);
  const result: ReferenceCredential[] = [];
  for (const [family, roles] of Object.entries(REFERENCE_ROLES) as [Family, readonly string[]][]) {
    const bearer = family === 'genesys-cloud' || family === 'dixa';
    for (const role of roles) {
      const username = `${slug(role)}1`;
      const secretValue = derive(`${family}:${role}`);
      result.push(bearer ? { family, role, kind: 'bearer', username, token: secretValue } : { family, role, kind: 'basic', username, password: secretValue });
    }
  }
  return result;
}

/** The environment variables the reference profile reads its credentials from. */
export function referenceCredentialEnvironment(secret: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const credential of referenceCredentials(secret)) {
    const stem = referenceCredentialStem(credential.family, credential.role);
    env[`${stem}_USERNAME`] = credential.username;
    if (credential.kind === 'basic') env[`${stem}_PASSWORD`] = credential.password;
    else env[`${stem}_TOKEN`] = credential.token;
  }
  return env;
}

/** `CC_REF_GWS_CONTACT_CENTER_ADMIN`: the prefix of a role's credential variables. */
export function referenceCredentialStem(family: Family, role: string): string {
  return `CC_REF_${SHORT[family]}_${role.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}`;
}

function slug(role: string): string {
  return role.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}
