import type { ContractRegistry } from '../../src/harness/contracts';
import type { Exchange } from '../../src/harness/http/exchange';
import type { ProviderStates } from '../../src/harness/fixtures/provider-states';
import type { TargetApi } from '../../src/harness/fixtures/target-api';
import type { FamilyTarget } from '../../src/harness/profile/target-profile';
import { test } from '../../src/harness/test';
import { bodyOf, Caller, given, roleOf, type Json } from '../generic/behaviour-support';

/** What the GIR behaviour suites share: an Administrator caller, recordings made to order, searches by id. */
export const FAMILY = 'genesys-interaction-recording';

/** An Administrator sees every field as stored and may use every search parameter. */
export function administrator(api: TargetApi, contracts: ContractRegistry, target: FamilyTarget): Caller {
  return new Caller(api, contracts, FAMILY, roleOf(target, ['Administrator']));
}

/** Attributes of the provider state "a recording with given attributes exists". */
export interface RecordingAttributes {
  readonly marker?: string;
  readonly callerPhoneNumber?: string;
  readonly dialedPhoneNumber?: string;
  readonly startTime?: number;
  readonly stopTime?: number;
  readonly agent?: { readonly userName?: string; readonly firstName?: string; readonly lastName?: string };
  readonly attachedData?: Readonly<Record<string, string>>;
  readonly labels?: readonly string[];
  readonly screenRecording?: boolean;
}

export interface MadeRecording {
  readonly recordingId: string;
  readonly mediaUUID: string;
  /** The run marker label: includeLabels=<marker> isolates the recordings made with it. */
  readonly marker: string;
}

export function recordingWith(providerStates: ProviderStates, attributes: RecordingAttributes = {}): Promise<MadeRecording> {
  return given<MadeRecording>(providerStates, 'a recording with given attributes exists', { ...attributes });
}

/** Search Recordings; `ids` are those of the page, sorted (the suites search small isolated sets). */
export async function search(gir: Caller, query: Readonly<Record<string, string | number>>): Promise<{ exchange: Exchange; ids: string[]; recordings: Json[] }> {
  const exchange = await gir.call({ operationId: 'getRecordings', query: { limit: 100, ...query } });
  const recordings = Array.isArray(bodyOf(exchange).recordings) ? (bodyOf(exchange).recordings as Json[]) : [];
  return { exchange, ids: recordings.map((r) => String(r.id)).sort(), recordings };
}

export const sorted = (...ids: string[]): string[] => [...ids].sort();

/** The path prefix that relative paths of the document (playPath, nextPath) are appended to: the base of /recordings. */
export function pathPrefix(contracts: ContractRegistry): string {
  return contracts.operation(FAMILY, 'getRecordings').path.replace(/\/recordings$/, '');
}

/** A Caller of one named role; the test is skipped when the profile has no credentials for it. */
export function as(api: TargetApi, contracts: ContractRegistry, target: FamilyTarget, role: string): Caller {
  const roles = Object.keys(target.credentials);
  test.skip(!roles.includes(role), `the profile has no ${role} credentials for ${FAMILY} (it has ${roles.join(', ')})`);
  return new Caller(api, contracts, FAMILY, role);
}

/** The two privacy settings, as comma-separated field names. */
export interface PrivacyFields {
  readonly agent: readonly string[];
  readonly customer: readonly string[];
}

/** Requests under privacy settings of the test's own: a scope where the target offers one, else the real settings, restored by `restore`. */
export interface PrivacySession {
  send(as: string, operationId: string, path: string, query?: Readonly<Record<string, string | number>>): Promise<Exchange>;
  write(fields: PrivacyFields): Promise<Exchange>;
  restore(): Promise<void>;
}

const SETTINGS = '/api/v2/settings/recording';
const AGENT_FIELDS = 'metadata.privacy.agent_fields';
const CUSTOMER_FIELDS = 'metadata.privacy.customer_fields';

/**
 * Opens a privacy session (as masking.spec.ts does): the provider state "recording privacy
 * settings are scoped" where the target has it; otherwise the contact center's settings are
 * changed and put back afterwards, which the test notes. Skips without an Administrator.
 */
export async function privacySession(api: TargetApi, providerStates: ProviderStates, target: FamilyTarget): Promise<PrivacySession> {
  test.skip(!Object.keys(target.credentials).includes('Administrator'), `privacy settings need Administrator credentials for ${FAMILY}`);
  const scope = await providerStates.setUp('recording privacy settings are scoped');
  const headers = scope.ok ? { [String(scope.data.header)]: String(scope.data.value) } : {};
  if (!scope.ok) test.info().annotations.push({ type: 'shared-settings', description: `the contact center's privacy settings are changed for this test and restored after it (${scope.reason})` });
  const settings = (method: string, operationId: string, body?: unknown) => api.send({ method, path: SETTINGS, as: 'Administrator', headers, operationId, ...(body === undefined ? {} : { body }) });
  const before = await settings('GET', 'getSettingsRecording');
  test.skip(before.response?.status !== 200, `an Administrator cannot read ${SETTINGS} (${before.response?.status ?? before.error ?? '?'}), so the settings cannot be set and restored`);
  const original = bodyOf(before);
  const write = (fields: PrivacyFields) => settings('PUT', 'putSettingsRecording', { [AGENT_FIELDS]: fields.agent.join(','), [CUSTOMER_FIELDS]: fields.customer.join(',') });
  return {
    send: (as, operationId, path, query) => api.send({ method: 'GET', path, as, headers, operationId, ...(query ? { query } : {}) }),
    write,
    restore: async () => void (await settings('PUT', 'putSettingsRecording', { [AGENT_FIELDS]: String(original[AGENT_FIELDS] ?? ''), [CUSTOMER_FIELDS]: String(original[CUSTOMER_FIELDS] ?? '') })),
  };
}
