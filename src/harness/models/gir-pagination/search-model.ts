/**
 * The model of one Search Recordings query: only the facts the pagination clauses speak of -
 * which recordings the query selects, the order the target itself returns them in
 * (gir.result-order-unstated: the harness asserts no sort key), and the page last read.
 */
export interface SeenPage {
  readonly offset: number;
  readonly limit: number;
  readonly ids: readonly string[];
  readonly nextPath?: string;
  readonly prevPath?: string;
}

export interface GirSearchModel {
  /** The recordings the query selects, as prepared through provider states. */
  ids: Set<string>;
  /** Their order as the target returns them, learned whenever the set changes. */
  order: string[];
  /** The page read last, whose links the follow commands use. */
  last?: SeenPage;
}

/** How many recordings the page at `offset` holds when the query selects `total` of them. */
export function expectedPageSize(total: number, offset: number, limit: number): number {
  return Math.max(0, Math.min(limit, total - offset));
}

/** The number of pages of `limit` recordings that hold `total` (at least one, possibly empty). */
export function pageCount(total: number, limit: number): number {
  return Math.max(1, Math.ceil(total / limit));
}

/** Ids that occur more than once, and ids of `expected` that never occur, in a walk's concatenated pages. */
export function partitionDefects(walked: readonly string[], expected: ReadonlySet<string>): { repeated: string[]; missing: string[]; foreign: string[] } {
  const seen = new Set<string>();
  const repeated = walked.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
  return { repeated, missing: [...expected].filter((id) => !seen.has(id)), foreign: [...seen].filter((id) => !expected.has(id)) };
}
