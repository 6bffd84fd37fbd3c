import type { ContractRegistry } from '../../src/harness/contracts';
import type { Exchange } from '../../src/harness/http/exchange';
import type { ProviderStates } from '../../src/harness/fixtures/provider-states';
import type { TargetApi } from '../../src/harness/fixtures/target-api';
import type { FamilyTarget } from '../../src/harness/profile/target-profile';
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
