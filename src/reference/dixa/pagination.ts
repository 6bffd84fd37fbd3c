import { randomUUID } from 'node:crypto';
import type { ReferenceRequest } from '../http/reference-types';
import { badRequest } from './responses';
import type { DixaState } from './state';

/** pageLimit when the caller gives none, and the cap on larger values (dixa.pagination-limits-unstated). */
export const DEFAULT_PAGE_LIMIT = 50;
export const MAX_PAGE_LIMIT = 500;

/** What a pageKey carries: offset, limit, the offset of the page it was reached from, filters, and a nonce. */
interface PageKey {
  /** Makes every issued key unique, so that a key can be told from an identical later one. */
  readonly n?: string;
  readonly o: number;
  readonly l: number;
  readonly b?: number;
  readonly f: Record<string, string>;
}

export interface Page {
  readonly offset: number;
  readonly limit: number;
  readonly back?: number;
  /** The list's filters: from the first request's query, then carried inside every pageKey. */
  readonly filters: Readonly<Record<string, string>>;
}

export interface PaginationLinks {
  next?: string;
  previous?: string;
}

const encode = (key: PageKey) => Buffer.from(JSON.stringify({ n: randomUUID().slice(0, 8), ...key })).toString('base64url');

function decode(text: string): PageKey {
  try {
    const key = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Partial<PageKey>;
    if (Number.isInteger(key.o) && Number.isInteger(key.l) && typeof key.f === 'object' && key.f !== null) return key as PageKey;
  } catch {
    // fall through to the refusal below
  }
  throw badRequest('pageKey is not a key this API issued');
}

function pageLimitOf(request: ReferenceRequest): number | undefined {
  const raw = request.query.get('pageLimit');
  if (raw === null) return undefined;
  if (!/^[0-9]+$/.test(raw) || Number(raw) < 1) throw badRequest('pageLimit must be a positive integer');
  return Math.min(Number(raw), MAX_PAGE_LIMIT);
}

/** Reads pageKey/pageLimit (and the named filters from the query when there is no key). */
export function pageRequest(request: ReferenceRequest, state: DixaState, filterNames: readonly string[] = []): Page {
  const pageLimit = pageLimitOf(request);
  const text = request.query.get('pageKey');
  if (text === null) {
    const filters: Record<string, string> = {};
    for (const name of filterNames) {
      const value = request.query.get(name);
      if (value !== null) filters[name] = value;
    }
    return { offset: 0, limit: pageLimit ?? DEFAULT_PAGE_LIMIT, filters };
  }
  const key = decode(text);
  if (request.faults.has('dixa-page-key-single-use')) {
    if (state.usedPageKeys.has(text)) throw badRequest('pageKey has expired');
    state.usedPageKeys.add(text);
  }
  const ignoreLimit = request.faults.has('dixa-page-limit-ignored-with-page-key');
  return { offset: key.o, limit: (ignoreLimit ? undefined : pageLimit) ?? key.l, back: key.b, filters: key.f };
}

/** One page of `items` with the links that, followed verbatim, walk the rest. */
export function paginated<T>(request: ReferenceRequest, state: DixaState, items: readonly T[], page: Page): { data: T[]; meta?: PaginationLinks } {
  const size = page.limit + (request.faults.has('dixa-page-limit-exceeded') ? 1 : 0);
  const end = page.offset + size;
  // Breaks dixa.pagination.meta-shape: the links are bare pageKeys, not urls.
  const bare = request.faults.has('dixa-page-links-bare-keys');
  const link = (key: PageKey) => (bare ? encode(key) : `${state.services.baseUrl()}${request.url.pathname}?pageKey=${encode(key)}`);
  const meta: PaginationLinks = {};
  if (end < items.length) {
    const overlap = request.faults.has('dixa-next-overlaps-page') && size > 1 ? 1 : 0;
    meta.next = link({ o: end - overlap, l: page.limit, b: page.offset, f: { ...page.filters } });
  }
  if (page.offset > 0) {
    const back = request.faults.has('dixa-previous-link-same-page') ? page.offset : (page.back ?? Math.max(0, page.offset - page.limit));
    meta.previous = link({ o: back, l: page.limit, f: { ...page.filters } });
  }
  const data = items.slice(page.offset, end);
  return meta.next === undefined && meta.previous === undefined ? { data } : { data, meta };
}

/** The common case: read the page parameters and answer one page of `items`. */
export function pageOf<T>(request: ReferenceRequest, state: DixaState, items: readonly T[]): { data: T[]; meta?: PaginationLinks } {
  return paginated(request, state, items, pageRequest(request, state));
}
