/**
 * The model of the recording privacy settings and of what a Supervisor then sees (002, "Recording
 * privacy settings"), under the first reading of gir.privacy-field-vocabulary: a listed name masks
 * every property of that name at the top level, in mediaFiles[].parameters, in
 * eventHistory[].contact and among attached-data keys; callerPhoneNumber also covers
 * parameters.ani, dialedPhoneNumber parameters.dnis, userName the contact names and
 * parameters.username, and userData every attached-data value. Pure: no I/O.
 */
export interface PrivacyModel {
  /** metadata.privacy.agent_fields, in order. */
  agent: string[];
  /** metadata.privacy.customer_fields, in order. */
  customer: string[];
}

/** Names that mask something outside eventHistory[].contact, so their effect shows whatever a contact defect does. */
export const EVIDENCE_NAMES = ['callerPhoneNumber', 'dialedPhoneNumber', 'userName', 'agentId', 'recordDN', 'GSIP_RECORD', 'userData'] as const;
/** Names that only mask contact fields. */
export const CONTACT_NAMES = ['firstName', 'lastName', 'phoneNumber'] as const;
/** The four search parameters that may appear in a privacy setting (Mask settings and query parameters). */
export const SEARCH_PARAMETERS = ['callerPhoneNumber', 'dialedPhoneNumber', 'userName', 'userData'] as const;
export type SearchParameter = (typeof SEARCH_PARAMETERS)[number];

export const listed = (model: PrivacyModel): Set<string> => new Set([...model.agent, ...model.customer]);

/** A JSON value flattened: path (JSON pointer) to leaf value, and the set of every path, containers included. */
export interface Flat {
  readonly leaves: ReadonlyMap<string, unknown>;
  readonly paths: ReadonlySet<string>;
}

export function flatten(value: unknown, prefix = ''): Flat {
  const leaves = new Map<string, unknown>();
  const paths = new Set<string>();
  const visit = (node: unknown, path: string) => {
    if (path !== '') paths.add(path);
    if (node !== null && typeof node === 'object') {
      for (const [key, child] of Object.entries(node as Record<string, unknown>)) visit(child, `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    } else leaves.set(path, node);
  };
  visit(value, prefix);
  return { leaves, paths };
}

/** Where a path lies, which decides the clause that speaks of it. */
export type Region = 'top-level' | 'parameters' | 'contact' | 'attached-data' | 'play-path' | 'other';

export function regionOf(path: string): Region {
  if (/^\/mediaFiles\/\d+\/parameters\//.test(path)) return 'parameters';
  if (/^\/mediaFiles\/\d+\/playPath$/.test(path)) return 'play-path';
  if (/^\/eventHistory\/\d+\/contact\//.test(path)) return 'contact';
  if (/^\/eventHistory\/\d+\/data\/(added|updated|deleted)\//.test(path)) return 'attached-data';
  if (/^\/[^/]+$/.test(path)) return 'top-level';
  return 'other';
}

const lastSegment = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** The names whose listing masks the leaf at `path` (empty: the leaf stays as it is). */
export function namesMasking(path: string, names: ReadonlySet<string>): string[] {
  const field = lastSegment(path);
  const region = regionOf(path);
  const by = (name: string, alsoFields: readonly string[] = []) => names.has(name) && (field === name || alsoFields.includes(field));
  switch (region) {
    case 'top-level':
      return field === 'id' || field === 'callType' ? [] : [...names].filter((name) => name === field);
    case 'parameters':
      return [...names].filter((name) => by(name) || (name === 'callerPhoneNumber' && field === 'ani') || (name === 'dialedPhoneNumber' && field === 'dnis') || (name === 'userName' && field === 'username'));
    case 'contact':
      return [...names].filter((name) => by(name) || (name === 'userName' && ['firstName', 'lastName', 'userName'].includes(field)));
    case 'attached-data':
      return [...names].filter((name) => by(name) || name === 'userData');
    default:
      return [];
  }
}

/** For each leaf of a recording (as an Administrator sees it), the names that mask it; leaves no name masks are left out. */
export function maskedLeaves(recording: Flat, names: ReadonlySet<string>): Map<string, string[]> {
  const masked = new Map<string, string[]>();
  for (const [path, value] of recording.leaves) {
    if (typeof value !== 'string') continue;
    const by = namesMasking(path, names);
    if (by.length > 0) masked.set(path, by);
  }
  return masked;
}

/** The recording a Supervisor should see: every masked leaf replaced by the mask. */
export function expectedView(recording: Flat, names: ReadonlySet<string>, mask = '*******'): Map<string, unknown> {
  const view = new Map(recording.leaves);
  for (const path of maskedLeaves(recording, names).keys()) view.set(path, mask);
  return view;
}

/** Whether a Supervisor's search with `parameter` = `value` matches a recording whose visible leaves are `view` (002 search rules). */
export function visibleMatch(parameter: 'userName' | 'userData', value: string, view: ReadonlyMap<string, unknown>): boolean {
  for (const [path, leaf] of view) {
    if (leaf !== value) continue;
    if (parameter === 'userName' && regionOf(path) === 'contact' && ['firstName', 'lastName', 'userName'].includes(lastSegment(path))) return true;
    if (parameter === 'userData' && regionOf(path) === 'attached-data') return true;
  }
  return false;
}
