import type { ClauseLedger } from '../clause-ledger';

/** One Search Recordings answer, reduced to what the pagination clauses read. */
export interface SearchPage {
  readonly status: number;
  readonly ids: string[];
  readonly totalCount?: number;
  readonly nextPath?: string;
  readonly prevPath?: string;
  /** The start of the body, for messages. */
  readonly excerpt: string;
}

/** The target side of the GIR pagination model: searches of one prepared query, as one role. */
export interface GirSearchReal {
  readonly ledger: ClauseLedger;
  /** The query criteria selecting the prepared recordings (includeLabels, startTime, endTime). */
  readonly criteria: Readonly<Record<string, string>>;
  /** GET /api/v2/recordings with the criteria and these extra parameters (offset, limit). */
  search(paging: Readonly<Record<string, string | number>>): Promise<SearchPage>;
  /** GET of the path prefix (/api/v2) followed by a nextPath or prevPath used verbatim. */
  follow(relativePath: string): Promise<SearchPage>;
  /** Adds recordings to the query's set (provider state with the same marker); answers their ids. */
  add(count: number): Promise<string[]>;
}

/** Parses a Search Recordings body into a SearchPage. */
export function searchPage(status: number, json: unknown, text: string): SearchPage {
  const body = (json && typeof json === 'object' ? json : {}) as Record<string, unknown>;
  const recordings = Array.isArray(body.recordings) ? (body.recordings as { id?: unknown }[]) : [];
  return {
    status,
    ids: recordings.map((r) => String(r.id)),
    ...(typeof body.totalCount === 'number' ? { totalCount: body.totalCount } : {}),
    ...(typeof body.nextPath === 'string' ? { nextPath: body.nextPath } : {}),
    ...(typeof body.prevPath === 'string' ? { prevPath: body.prevPath } : {}),
    excerpt: text.slice(0, 300),
  };
}

/** The target's order of the query's recordings: offset pages of 100 until totalCount (no clause checked). */
export async function learnOrder(real: GirSearchReal): Promise<string[]> {
  const order: string[] = [];
  for (let offset = 0; offset < 10_000; offset += 100) {
    const page = await real.search({ offset, limit: 100 });
    if (page.status !== 200) throw new Error(`learning the result order: GET offset=${offset} answered ${page.status}: ${page.excerpt}`);
    order.push(...page.ids);
    if (page.ids.length === 0 || offset + 100 >= (page.totalCount ?? 0)) break;
  }
  return order;
}
