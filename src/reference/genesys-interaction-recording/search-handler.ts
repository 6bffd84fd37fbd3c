import type { Handler } from '../http/reference-types';
import { girError } from './error-body';
import { parseGirTime } from './gir-time';
import { searchPredicate } from './matching';
import { pageLinks } from './pagination';
import { listedParameter, refusedParameter } from './privacy-refusal';
import { refusedRole } from './read-handlers';
import { parseSearchQuery } from './search-query';
import type { GirState, Recording } from './types';
import { present, visibleTo, wantsLabels } from './views';

/** Newest first, as Sample 1 lists them (gir.result-order-unstated); ties by id, so pages are stable. */
const newestFirst = (a: Recording, b: Recording) => parseGirTime(b.startTime) - parseGirTime(a.startTime) || a.id.localeCompare(b.id);

/** getRecordings: Search Recordings. */
export const searchRecordings: Handler<GirState> = (request, state) => {
  const refusedFor = refusedRole(request);
  if (refusedFor) return refusedFor;
  // Breaks gir.pagination.optional-parameters: a search without limit is refused.
  if (!request.query.has('limit') && request.faults.has('gir-search-requires-paging')) return girError(request, 400, 'limit is required');
  // Breaks gir.pagination.limit-edge-cases: limit=0 crashes the search.
  if (request.query.get('limit') === '0' && request.faults.has('gir-limit-zero-server-error')) return girError(request, 500, 'division by zero');
  const query = parseSearchQuery(request.query);
  if ('invalid' in query) return girError(request, 400, query.invalid);
  const matches = searchPredicate(query, request.faults);
  const refused = refusedParameter(request, state, matches);
  if (refused) return girError(request, 403, `the ${refused} search parameter is not allowed: its field is listed in the recording privacy settings`);
  // Breaks gir.masking.query-administrator: an Administrator's search by a listed field is refused as malformed (neither 200 nor 403).
  const listed = request.principal.role === 'Administrator' && request.faults.has('gir-administrator-listed-query-400') ? listedParameter(request, state) : undefined;
  if (listed) return girError(request, 400, `${listed} cannot be searched while it is listed in the recording privacy settings`);

  // Breaks gir.delete.gone-from-search: deleted recordings are still found.
  const stored = request.faults.has('gir-search-returns-deleted') ? [...state.recordings.values(), ...state.deleted.values()] : [...state.recordings.values()];
  // A caller matches only what it may see: a masked value is never found (gir.masking.query-no-oracle).
  // Breaks gir.masking.no-search-leak: matching reads the unmasked recording, so results and counts reveal hidden values.
  const hiddenMatch = request.faults.has('gir-mask-search-matches-hidden');
  const found = stored
    .sort(newestFirst)
    .filter((recording) => !hiddenMatch || matches(recording))
    .map((recording) => visibleTo(request, state, recording))
    .filter((recording) => hiddenMatch || matches(recording));
  const { offset, limit } = query;
  // Breaks gir.pagination.offset-beyond-total: an offset past the end is refused instead of answering an empty page.
  if (offset > 0 && offset >= found.length && request.faults.has('gir-offset-beyond-total-400')) return girError(request, 400, `offset ${offset} is beyond the ${found.length} results`);
  const page = pageSlice(request, found, offset, limit).map((recording) => present(request, recording, wantsLabels(request)));
  // Breaks gir.envelope.get-matches-search: search shows the region in capitals, get by id does not.
  if (request.faults.has('gir-search-region-differs')) page.forEach((recording) => (recording.region = recording.region.toUpperCase()));
  const body: Record<string, unknown> = { statusCode: 0, recordings: page, ...pageLinks(request, query, found.length, page.length, state.services.baseUrl()) };
  // Breaks gir.masking.no-leak: for a masked caller number, nextUri carries the real number of the page's first recording.
  const hidden = stored.find((recording) => recording.id === page[0]?.id)?.callerPhoneNumber;
  if (typeof body.nextUri === 'string' && hidden && page[0]?.callerPhoneNumber !== hidden && request.faults.has('gir-mask-leak-in-next-uri')) body.nextUri += `&caller=${encodeURIComponent(hidden)}`;
  // Breaks gir.envelope.search-status-code-zero: the success envelope has no statusCode.
  if (request.faults.has('gir-search-without-status-code')) delete body.statusCode;
  // Breaks gir.envelope.search-no-match-empty: a query matching nothing has no recordings array.
  if (found.length === 0 && request.faults.has('gir-search-no-match-without-recordings')) delete body.recordings;
  // Breaks gir.schema.content-type-documented: a vendor media type the contract does not document.
  const headers = request.faults.has('gir-search-vendor-content-type') ? { 'content-type': 'application/vnd.genesys.gir+json' } : undefined;
  return { status: 200, body, ...(headers ? { headers } : {}) };
};

/** The recordings of one page, with the faults that bend which ones. */
function pageSlice(request: Parameters<Handler<GirState>>[0], found: Recording[], offset: number, limit: number): Recording[] {
  const faults = request.faults;
  // Breaks gir.pagination.offset-first-record: an offset after the first page starts one recording late.
  const start = offset > 0 && faults.has('gir-offset-skips-one') ? offset + 1 : offset;
  // Breaks gir.pagination.limit-bounds-page: every page holds one recording more than limit.
  let end = start + limit + (faults.has('gir-page-over-limit') ? 1 : 0);
  // Breaks gir.pagination.limit-fills-page: a page that is not the last one comes one recording short.
  if (end < found.length && limit > 1 && faults.has('gir-page-short')) end -= 1;
  const page = found.slice(start, end);
  // Breaks gir.pagination.partition: pages after the first repeat the first recording in their last place.
  if (offset > 0 && page.length > 1 && found[0] && faults.has('gir-page-repeats-first')) page[page.length - 1] = found[0];
  return page;
}
