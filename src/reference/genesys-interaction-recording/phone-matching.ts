import type { FaultSet } from '../faults/fault-catalogue';

/** The faults that bend one phone-number parameter, each breaking one clause of that parameter. */
interface PhoneFaults {
  /** …-strip-non-alphanumeric: the request keeps its punctuation. */
  readonly noStrip: string;
  /** …-wildcard: * is dropped instead of matching anything. */
  readonly wildcardIgnored: string;
  /** …-case-sensitive: letters match in any case. */
  readonly caseInsensitive: string;
  /** …-exact-alphanumeric: a value without wildcard matches any stored value containing it. */
  readonly substring: string;
}

export const CALLER_FAULTS: PhoneFaults = {
  noStrip: 'gir-caller-no-strip',
  wildcardIgnored: 'gir-caller-wildcard-ignored',
  caseInsensitive: 'gir-caller-case-insensitive',
  substring: 'gir-caller-substring',
};

export const DIALED_FAULTS: PhoneFaults = {
  noStrip: 'gir-dialed-no-strip',
  wildcardIgnored: 'gir-dialed-wildcard-ignored',
  caseInsensitive: 'gir-dialed-case-insensitive',
  substring: 'gir-dialed-substring',
};

/**
 * The phone-number rule of callerPhoneNumber / dialedPhoneNumber: non-alphanumeric characters
 * except * and ? are stripped from the request, the stored value is compared alphanumeric-only,
 * * matches any run of symbols and ? exactly one (gir.question-mark-wildcard), case sensitive.
 */
export function phoneMatcher(requested: string, faults: FaultSet, ids: PhoneFaults): (stored: string) => boolean {
  let value = faults.has(ids.noStrip) ? requested : requested.replace(/[^A-Za-z0-9*?]/g, '');
  if (faults.has(ids.wildcardIgnored)) value = value.replace(/\*/g, '');
  const source = [...value].map((ch) => (ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[.+^${}()|[\]\\]/g, '\\$&'))).join('');
  const anchored = !(faults.has(ids.substring) && !/[*?]/.test(value));
  const pattern = new RegExp(anchored ? `^${source}$` : source, faults.has(ids.caseInsensitive) ? 'i' : '');
  return (stored) => pattern.test(stored.replace(/[^A-Za-z0-9]/g, ''));
}
