import type { ClauseLedger } from '../clause-ledger';

/** One page of a Dixa list, reduced to what the pagination clauses read. */
export interface ListPage {
  readonly status: number;
  readonly ids: string[];
  readonly next?: string;
  readonly previous?: string;
  readonly excerpt: string;
}

/** The target side of the Dixa pagination model: one collection, read as one caller. */
export interface DixaListReal {
  readonly ledger: ClauseLedger;
  /** The collection's path, e.g. /v1/agents. */
  readonly path: string;
  /** GET of the first page, with pageLimit when given. */
  first(pageLimit?: number): Promise<ListPage>;
  /** GET of a meta.next or meta.previous link used verbatim, optionally with a pageLimit added. */
  follow(link: string, pageLimit?: number): Promise<ListPage>;
  /** Creates `count` items of the collection through a provider state; answers their ids. */
  add(count: number): Promise<string[]>;
}

/** Parses a paginated list body. */
export function listPage(status: number, json: unknown, text: string): ListPage {
  const body = (json && typeof json === 'object' ? json : {}) as { data?: unknown; meta?: { next?: unknown; previous?: unknown } };
  const data = Array.isArray(body.data) ? (body.data as { id?: unknown }[]) : [];
  return {
    status,
    ids: data.map((item) => String(item.id)),
    ...(typeof body.meta?.next === 'string' ? { next: body.meta.next } : {}),
    ...(typeof body.meta?.previous === 'string' ? { previous: body.meta.previous } : {}),
    excerpt: text.slice(0, 300),
  };
}
