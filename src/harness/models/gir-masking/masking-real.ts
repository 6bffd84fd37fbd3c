import type { ClauseLedger } from '../clause-ledger';
import type { Flat } from './privacy-model';

/** One answer from the target, reduced to what the masking clauses read. */
export interface Answer {
  readonly status: number;
  readonly json: unknown;
  readonly text: string;
}

/** The prepared recordings, as an Administrator saw them before any field was listed. */
export interface Baseline {
  readonly ids: readonly string[];
  /** Flattened Administrator views by recording id (no subresources, so no labels). */
  readonly views: ReadonlyMap<string, Flat>;
  /** The search criteria that select exactly the prepared recordings (includeLabels=<marker>). */
  readonly criteria: Readonly<Record<string, string>>;
}

/** The target side of the masking model: the settings operations, and reads as each role. */
export interface GirMaskingReal {
  readonly ledger: ClauseLedger;
  readonly baseline: Baseline;
  /** The Supervisor role name of the profile. */
  readonly supervisor: string;
  /** The Administrator role name of the profile. */
  readonly administrator: string;
  /** PUT /api/v2/settings/recording as the Administrator, with the map of both settings. */
  writeSettings(agent: readonly string[], customer: readonly string[]): Promise<Answer>;
  /** GET /api/v2/settings/recording as the Administrator. */
  readSettings(): Promise<Answer>;
  /** GET /api/v2/recordings with the baseline criteria and `query`, as `role`. */
  search(role: string, query: Readonly<Record<string, string | number>>): Promise<Answer>;
  /** GET /api/v2/recordings/{id} as `role`. */
  get(role: string, id: string): Promise<Answer>;
}

/** The two setting values in a GET answer of either shape (gir.settings-api-shape-unstated): the map, or a name/value list. */
export function settingValues(json: unknown): { agent?: string; customer?: string } {
  const body = (json && typeof json === 'object' ? json : {}) as Record<string, unknown>;
  const list = Array.isArray(body.settings) ? (body.settings as { name?: unknown; value?: unknown }[]) : [];
  const value = (name: string) => {
    if (typeof body[name] === 'string') return body[name];
    const entry = list.find((s) => s.name === name);
    return typeof entry?.value === 'string' ? entry.value : undefined;
  };
  const agent = value('metadata.privacy.agent_fields');
  const customer = value('metadata.privacy.customer_fields');
  return { ...(agent !== undefined ? { agent } : {}), ...(customer !== undefined ? { customer } : {}) };
}

/** The field names of a comma-separated setting value. */
export const fieldNames = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
