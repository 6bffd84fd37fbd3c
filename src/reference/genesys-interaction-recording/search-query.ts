/** Default and largest page size (gir.pagination-defaults-missing: offset 0, limit 100). */
export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 100;

/** The criteria of one Search Recordings request, validated. */
export interface SearchQuery {
  readonly callerPhoneNumber?: string;
  readonly dialedPhoneNumber?: string;
  readonly startTime?: number;
  readonly endTime?: number;
  readonly userName?: string;
  readonly userData?: string;
  readonly includeLabels: readonly string[];
  readonly excludeLabels: readonly string[];
  readonly offset: number;
  readonly limit: number;
}

const labelList = (value: string | null) => (value ?? '').split(',').map((name) => name.trim()).filter((name) => name !== '');

/** Parses the query string; a malformed number is a 400 (the reason is returned). */
export function parseSearchQuery(query: URLSearchParams): SearchQuery | { readonly invalid: string } {
  const integers: Record<string, number | undefined> = {};
  for (const name of ['startTime', 'endTime', 'offset', 'limit']) {
    const text = query.get(name);
    if (text === null) continue;
    if (!/^-?\d{1,16}$/.test(text)) return { invalid: `${name} must be an integer (milliseconds since epoch for times), got "${text}"` };
    integers[name] = Number(text);
  }
  const { startTime, endTime, offset = 0, limit = DEFAULT_LIMIT } = integers;
  if (offset < 0) return { invalid: `offset must not be negative, got ${offset}` };
  if (limit < 1) return { invalid: `limit must be at least 1, got ${limit}` };
  const text = (name: string) => {
    const value = query.get(name);
    return value === null ? {} : { [name]: value };
  };
  return {
    ...text('callerPhoneNumber'),
    ...text('dialedPhoneNumber'),
    ...text('userName'),
    ...text('userData'),
    ...(startTime !== undefined ? { startTime } : {}),
    ...(endTime !== undefined ? { endTime } : {}),
    includeLabels: labelList(query.get('includeLabels')),
    excludeLabels: labelList(query.get('excludeLabels')),
    offset,
    limit: Math.min(limit, MAX_LIMIT),
  };
}
