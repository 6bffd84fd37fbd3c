import type { ReferenceRequest } from '../http/reference-types';
import { invalid } from './request-error';

const DEFAULT_PAGE_SIZE = 25;
const MAX_PAGE_SIZE = 100;

/** One page of a list in the Genesys Cloud entity-listing shape (pageNumber starts at 1). */
export function pageOf<T>(request: ReferenceRequest, items: readonly T[]): Record<string, unknown> {
  const pageSize = positiveInteger(request, 'pageSize', DEFAULT_PAGE_SIZE);
  if (pageSize > MAX_PAGE_SIZE) throw invalid(`pageSize must be at most ${MAX_PAGE_SIZE}`);
  const pageNumber = positiveInteger(request, 'pageNumber', 1);
  const pageCount = Math.max(1, Math.ceil(items.length / pageSize));
  const link = (page: number) => {
    const url = new URL(request.url.toString());
    url.searchParams.set('pageSize', String(pageSize));
    url.searchParams.set('pageNumber', String(page));
    return `${url.pathname}${url.search}`;
  };
  // Breaks gc.pagination.page-walk: pages after the first start one entity early, so a walk repeats one.
  const shift = pageNumber > 1 && request.faults.has('gc-page-overlaps-previous') ? 1 : 0;
  const start = (pageNumber - 1) * pageSize - shift;
  // Breaks gc.pagination.page-size: a page holds one entity more than pageSize.
  const end = pageNumber * pageSize - shift + (request.faults.has('gc-page-size-plus-one') ? 1 : 0);
  return {
    entities: items.slice(start, end),
    pageSize,
    pageNumber,
    total: items.length,
    pageCount,
    firstUri: link(1),
    selfUri: link(pageNumber),
    lastUri: link(pageCount),
    ...(pageNumber < pageCount ? { nextUri: link(pageNumber + 1) } : {}),
    ...(pageNumber > 1 ? { previousUri: link(pageNumber - 1) } : {}),
  };
}

function positiveInteger(request: ReferenceRequest, name: string, fallback: number): number {
  const raw = request.query.get(name);
  if (raw === null || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw invalid(`${name} must be a positive integer`);
  return value;
}
