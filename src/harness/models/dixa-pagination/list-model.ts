/**
 * The model of one paginated Dixa list (GET /v1/agents or /v1/endusers): only what the
 * pagination clauses speak of - the items this run created, which every complete walk must
 * reach once, and the last page read with its links. The rest of the collection belongs to
 * others and is only required not to repeat. Pure: no I/O.
 */
export interface SeenPage {
  readonly ids: readonly string[];
  /** The link this page was fetched with (undefined for the first page). */
  readonly url?: string;
  readonly next?: string;
  readonly previous?: string;
  /** The ids of the page whose meta.next led here, when it was reached that way. */
  readonly before?: readonly string[];
}

export interface DixaListModel {
  /** Items created by this run: a complete walk reaches each exactly once. */
  known: Set<string>;
  last?: SeenPage;
}

/** Repeated ids, and known ids never reached, in a walk's concatenated pages. */
export function walkDefects(walked: readonly string[], known: ReadonlySet<string>): { repeated: string[]; missing: string[] } {
  const seen = new Set<string>();
  const repeated = walked.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
  return { repeated, missing: [...known].filter((id) => !seen.has(id)) };
}
