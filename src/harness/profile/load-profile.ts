import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { parseDocument } from 'yaml';
import type { Family } from '../contracts';
import { isLoopback } from '../net/is-loopback';
import profileSchema from './target-profile.schema.json';
import { ProfileError } from './profile-error';
import type { Credential, FamilyTarget, TargetProfile } from './target-profile';

const DEFAULT_REQUESTS_PER_SECOND = 20;
const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;
const DEFAULT_REFERENCE_PORT_BASE = 4410;
const validateProfile = new Ajv2020({ allErrors: true, strict: true }).compile(profileSchema);

/**
 * Reads and checks a target profile. Structure errors and every `${ENV}` that is not set are
 * reported together, each with the field's path; nothing is half-loaded.
 */
export function loadProfile(file: string, env: NodeJS.ProcessEnv = process.env): TargetProfile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ProfileError(file, [{ field: '', message: `cannot read: ${(error as Error).message}` }]);
  }
  const document = parseDocument(text, { uniqueKeys: true });
  if (document.errors[0]) {
    const at = document.errors[0].linePos?.[0];
    throw new ProfileError(file, [{ field: '', message: `not valid YAML${at ? ` at line ${at.line}, column ${at.col}` : ''}: ${document.errors[0].message.split('\n')[0] ?? ''}` }]);
  }
  const data: unknown = document.toJS();
  if (!validateProfile(data)) {
    const problems = (validateProfile.errors ?? [])
      .filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'if')
      .map((e) => ({ field: e.instancePath.slice(1).replace(/\//g, '.'), message: `${e.message ?? e.keyword}${e.params && Object.keys(e.params).length ? ` ${JSON.stringify(e.params)}` : ''}` }));
    throw new ProfileError(file, problems);
  }
  const raw = data as unknown as RawProfile;
  const problems: { field: string; message: string }[] = [];
  const resolve = (value: string, field: string): string =>
    value.replace(/\$\{([A-Z_][A-Z0-9_]*)\}/g, (_match, name: string) => {
      const found = env[name];
      if (found === undefined || found === '') {
        problems.push({ field, message: `environment variable ${name} is not set` });
        return '';
      }
      return found;
    });

  const families: Partial<Record<Family, FamilyTarget>> = {};
  for (const [family, target] of Object.entries(raw.families) as [Family, RawFamily][]) {
    const at = `families.${family}`;
    const baseUrl = resolve(target.baseUrl, `${at}.baseUrl`).replace(/\/$/, '');
    const credentials: Record<string, Credential> = {};
    for (const [role, credential] of Object.entries(target.credentials)) {
      const field = `${at}.credentials.${role}`;
      credentials[role] =
        'password' in credential
          ? { kind: 'basic', username: resolve(credential.username, `${field}.username`), password: resolve(credential.password, `${field}.password`) }
          : { kind: 'bearer', ...(credential.username ? { username: resolve(credential.username, `${field}.username`) } : {}), token: resolve(credential.token, `${field}.token`) };
    }
    let loopback = false;
    try {
      loopback = isLoopback(new URL(baseUrl).hostname);
    } catch {
      problems.push({ field: `${at}.baseUrl`, message: `not a URL: ${baseUrl}` });
    }
    families[family] = {
      family,
      baseUrl,
      ...(target.notificationUrl ? { notificationUrl: resolve(target.notificationUrl, `${at}.notificationUrl`) } : {}),
      ...(target.stateSetupUrl ? { stateSetupUrl: resolve(target.stateSetupUrl, `${at}.stateSetupUrl`) } : {}),
      // Destructive operations are opt-in anywhere but on this machine.
      allowDestructive: target.allowDestructive ?? loopback,
      requestsPerSecond: target.rateLimit?.requestsPerSecond ?? DEFAULT_REQUESTS_PER_SECOND,
      pathParameters: target.pathParameters ?? {},
      credentials,
    };
  }
  if (problems.length > 0) throw new ProfileError(file, problems);
  return {
    name: raw.name,
    file,
    ...(raw.description ? { description: raw.description } : {}),
    ...(raw.embeddedReference ? { embeddedReference: { portBase: raw.embeddedReference.portBase ?? DEFAULT_REFERENCE_PORT_BASE, faults: raw.embeddedReference.faults ?? [] } } : {}),
    requestTimeoutMs: raw.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
    families,
  };
}

interface RawFamily {
  baseUrl: string;
  notificationUrl?: string;
  stateSetupUrl?: string;
  allowDestructive?: boolean;
  rateLimit?: { requestsPerSecond: number };
  pathParameters?: Record<string, string>;
  credentials: Record<string, { username: string; password: string } | { username?: string; token: string }>;
}

interface RawProfile {
  name: string;
  description?: string;
  embeddedReference?: { portBase?: number; faults?: string[] };
  requestTimeoutMs?: number;
  families: Record<string, RawFamily>;
}

