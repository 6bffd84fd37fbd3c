import type { ReferenceRequest } from '../http/reference-types';
import type { SearchQuery } from './search-query';

/** The pagination members of a Search Recordings response. */
export interface PageLinks {
  totalCount: number;
  nextPath?: string;
  prevPath?: string;
  nextUri?: string | null;
  prevUri?: string | null;
}

/**
 * The links of one page. nextPath / prevPath are relative to the path prefix (/api/v2): the
 * request's own query with only offset and limit replaced, so that they can be followed verbatim
 * (gir.relative-path-prefix); nextUri / prevUri are the same as absolute URLs.
 */
export function pageLinks(request: ReferenceRequest, query: SearchQuery, total: number, returned: number, baseUrl: string): PageLinks {
  const { offset, limit } = query;
  const faults = request.faults;
  const path = (at: number) => {
    const params = new URLSearchParams(request.url.searchParams);
    params.delete('offset');
    params.delete('limit');
    params.set('offset', String(at));
    params.set('limit', String(limit));
    // Breaks gir.pagination.paths-keep-query: the links lose the endTime criterion.
    if (faults.has('gir-paths-drop-query')) params.delete('endTime');
    return `/recordings?${params.toString()}`;
  };
  const more = offset + returned < total;
  const links: PageLinks = {
    // Breaks gir.pagination.total-count: later pages count only the recordings from their offset on.
    totalCount: offset > 0 && faults.has('gir-total-count-remaining') ? Math.max(0, total - offset) : total,
  };
  // Breaks gir.pagination.next-path-absent-last: the last page still points further.
  const next = more || faults.has('gir-next-path-on-last-page');
  // Breaks gir.pagination.next-path-present: pages after the first lose their nextPath.
  if (next && !(offset > 0 && faults.has('gir-next-path-missing-middle'))) {
    // Breaks gir.pagination.follow-next-path: nextPath skips one recording.
    links.nextPath = path(offset + limit + (faults.has('gir-next-path-skips-one') ? 1 : 0));
  }
  // Breaks gir.pagination.prev-path-absent-first: the first page points back to itself.
  const previous = offset > 0 || faults.has('gir-prev-path-on-first-page');
  // Breaks gir.pagination.prev-path-present: the last page (when not the first) loses its prevPath.
  if (previous && !(offset > 0 && !more && faults.has('gir-prev-path-missing-last'))) {
    // Breaks gir.pagination.follow-prev-path: prevPath points at the same page.
    links.prevPath = path(faults.has('gir-prev-path-same-page') ? offset : Math.max(0, offset - limit));
  }
  if (links.nextPath) links.nextUri = `${baseUrl}/api/v2${links.nextPath}`;
  // Breaks gir.pagination.internal-uris: the last page still has a nextUri (past the end), with no nextPath for it to accompany.
  else if (offset + returned >= total && offset > 0 && faults.has('gir-next-uri-without-next-path')) links.nextUri = `${baseUrl}/api/v2${path(offset + limit)}`;
  if (links.prevPath) links.prevUri = `${baseUrl}/api/v2${links.prevPath}`;
  // Breaks gir.schema.response-matches-contract: the internal URIs come as null instead of being left out.
  if (faults.has('gir-search-null-internal-uris')) {
    links.nextUri ??= null;
    links.prevUri ??= null;
  }
  return links;
}
