import type { ClauseLedger } from '../clause-ledger';

/** One page, reduced to what the paging clauses read. */
export interface GcPage {
  readonly status: number;
  /** Entity ids, or undefined when the answer has no entities array (gc.listing-shape-unstated). */
  readonly ids?: string[];
  readonly excerpt: string;
}

/** The target side of the paging model: one list and how to add to it. */
export interface GcListReal {
  readonly ledger: ClauseLedger;
  /** What the list is, for messages. */
  readonly name: string;
  /** The clause saying the list takes the paging parameters (gc.pagination.media-list or gc.pagination.integrations). */
  readonly acceptsPaging: string;
  page(query: Readonly<Record<string, string | number>>): Promise<GcPage>;
  /** Adds entities to the list; answers their ids (undefined: this list cannot grow). */
  add?: (count: number) => Promise<string[]>;
}

export function gcPage(status: number, json: unknown, text: string): GcPage {
  const entities = (json as { entities?: unknown } | undefined)?.entities;
  return { status, ...(Array.isArray(entities) ? { ids: (entities as { id?: unknown }[]).map((e) => String(e.id)) } : {}), excerpt: text.slice(0, 300) };
}
