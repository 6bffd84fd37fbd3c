/**
 * The model of a Genesys Cloud paged list (pageSize / pageNumber): the entities this run put in
 * it. Pure: no I/O.
 */
export interface GcListModel {
  /** Entities of the list made by this run; a walk must visit each once. */
  known: Set<string>;
  /** Whether the list holds only this run's entities (the media of one communication), so a walk must find nothing else. */
  readonly closed: boolean;
}

/** Repeated entities, and known entities never reached, in a walk's concatenated pages. */
export function walkDefects(walked: readonly string[], known: ReadonlySet<string>): { repeated: string[]; missing: string[] } {
  const seen = new Set<string>();
  const repeated = walked.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
  return { repeated, missing: [...known].filter((id) => !seen.has(id)) };
}
