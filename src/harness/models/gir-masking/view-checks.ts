import { expect } from '@playwright/test';
import type { ClauseLedger } from '../clause-ledger';
import { flatten, listed, maskedLeaves, regionOf, type Flat, type PrivacyModel, type Region } from './privacy-model';

/** The clause that states what must happen to a leaf of one region: masked where listed, kept elsewhere. */
const REGION_CLAUSES: Readonly<Record<Region, string>> = {
  'top-level': 'gir.masking.unlisted-fields-unmasked',
  parameters: 'gir.masking.media-file-parameters',
  contact: 'gir.masking.event-history-contact',
  'attached-data': 'gir.masking.attached-data',
  'play-path': 'gir.masking.media-play-path-unmasked',
  other: 'gir.masking.unlisted-fields-unmasked',
};

const MASKED_REGION_ORDER: readonly Region[] = ['top-level', 'parameters', 'contact', 'attached-data'];
/** Regions whose unlisted leaves must keep their values, in the order their clauses are checked. */
const UNCHANGED_ORDER: readonly Region[] = ['parameters', 'contact', 'attached-data', 'play-path', 'top-level', 'other'];

export type ReadOperation = 'search' | 'get';

/** Every string leaf of a body (a recording, a search page with its links, an error body). */
const stringLeaves = (value: unknown): [string, string][] => [...flatten(value).leaves].filter((entry): entry is [string, string] => typeof entry[1] === 'string');

/**
 * Checks one recording as a Supervisor received it against the Administrator's baseline view and
 * the model's settings, one clause at a time and from the specific to the general, so that a
 * defect is reported under the clause that states it.
 */
export async function checkSupervisorView(ledger: ClauseLedger, model: PrivacyModel, baseline: Flat, received: unknown, operation: ReadOperation, id: string): Promise<void> {
  const view = flatten(received);
  const names = listed(model);
  const where = `${operation === 'search' ? 'Search Recordings' : 'Get Recording by ID'} ${id} as a Supervisor`;
  if (names.size === 0) {
    await ledger.check('gir.masking.default-blank', () => expect(Object.fromEntries(view.leaves), `${where}, both settings blank: nothing masked`).toEqual(Object.fromEntries(baseline.leaves)));
    return;
  }
  await ledger.check('gir.masking.keys-preserved', () => expect([...view.paths].sort(), `${where}: the same properties as the Administrator's view`).toEqual([...baseline.paths].sort()));
  const masked = maskedLeaves(baseline, names);
  const hides = (path: string) => view.leaves.get(path) !== baseline.leaves.get(path);
  const pathsOf = (name: string) => [...masked].filter(([, by]) => by.includes(name)).map(([path]) => path);
  const nonContact = (name: string) => pathsOf(name).filter((path) => regionOf(path) !== 'contact');

  const customerOnly = model.customer.filter((name) => !model.agent.includes(name) && nonContact(name).length > 0);
  if (customerOnly.length > 0) {
    await ledger.check('gir.masking.both-settings-apply', () =>
      expect(customerOnly.flatMap(nonContact).filter(hides), `${where}: fields listed only in customer_fields (${customerOnly.join(', ')}) are masked`).not.toEqual([]),
    );
  }
  const firsts = new Set([model.agent[0], model.customer[0]]);
  const later = [...new Set([...model.agent.slice(1), ...model.customer.slice(1)])].filter((name) => !firsts.has(name) && nonContact(name).length > 0);
  for (const name of later) {
    await ledger.check('gir.masking.comma-separated-list', () => expect(nonContact(name).filter(hides), `${where}: ${name}, not first in its list, is masked`).not.toEqual([]));
  }
  for (const region of MASKED_REGION_ORDER) {
    const paths = [...masked.keys()].filter((path) => regionOf(path) === region);
    if (paths.length === 0) continue;
    const clause = region === 'top-level' ? (operation === 'search' ? 'gir.masking.supervisor-search-top-level' : 'gir.masking.supervisor-get-by-id') : REGION_CLAUSES[region];
    await ledger.check(clause, () => expect(paths.filter((path) => !hides(path)), `${where}: listed fields (${[...names].join(', ')}) are masked at these paths`).toEqual([]));
  }
  await ledger.check('gir.masking.mask-string', () => {
    const wrong = [...masked.keys()].filter((path) => !/^\*+$/.test(String(view.leaves.get(path))));
    expect(wrong.map((path) => `${path}=${JSON.stringify(view.leaves.get(path))}`), `${where}: a masked value is a non-empty run of asterisks`).toEqual([]);
  });
  await checkNoLeak(ledger, maskedValues(baseline, masked), received, baseline, where);
  const changed = new Map<string, string[]>(UNCHANGED_ORDER.map((region) => [REGION_CLAUSES[region], []]));
  for (const [path, value] of baseline.leaves) {
    if (masked.has(path) || view.leaves.get(path) === value) continue;
    changed.get(REGION_CLAUSES[regionOf(path)])?.push(`${path}: ${JSON.stringify(value)} became ${JSON.stringify(view.leaves.get(path))}`);
  }
  for (const [clause, paths] of changed) await ledger.check(clause, () => expect(paths, `${where}: fields no setting lists keep their values`).toEqual([]));
  await ledger.check('gir.masking.mask-string-seven', () => {
    const other = [...masked.keys()].filter((path) => view.leaves.get(path) !== '*******');
    expect(other.map((path) => `${path}=${JSON.stringify(view.leaves.get(path))}`), `${where}: the mask is "*******"`).toEqual([]);
  });
}

/** The hidden values of the masked leaves worth looking for elsewhere (six characters or more: shorter ones occur by chance, e.g. in a port number). */
export function maskedValues(baseline: Flat, masked: ReadonlyMap<string, unknown>): Set<string> {
  return new Set([...masked.keys()].map((path) => baseline.leaves.get(path)).filter((value): value is string => typeof value === 'string' && value.length >= 6));
}

/**
 * gir.masking.no-leak: no string of a Supervisor's answer (another field, a link, an error body)
 * contains a hidden value - unless the Administrator's view holds that very string at the same
 * place (an unlisted copy, which gir.masking.no-leak-unlisted-copies speaks of).
 */
export async function checkNoLeak(ledger: ClauseLedger, hidden: ReadonlySet<string>, received: unknown, baseline: Flat | undefined, where: string): Promise<void> {
  if (hidden.size === 0) return;
  await ledger.check('gir.masking.no-leak', () => {
    const leaks = stringLeaves(received).flatMap(([path, value]) =>
      [...hidden]
        .filter((secret) => [value, decoded(value)].some((text) => text.includes(secret)) && !leafText(baseline?.leaves.get(path)).includes(secret))
        .map((secret) => `${path} holds ${JSON.stringify(secret)}`),
    );
    expect(leaks, `${where}: masked values appear nowhere else`).toEqual([]);
  });
}

/** A string with its percent-escapes decoded (a hidden value may hide in a link's query string). */
function decoded(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** A leaf as text for substring tests (non-strings never hold a hidden value). */
const leafText = (leaf: unknown): string => (typeof leaf === 'string' ? leaf : '');
