/**
 * The model of one Genesys Cloud recording under the recording update (000): only what the
 * recording clauses speak of - whether it has playable media, whether an export is pending, and
 * the retention dates set. Pure: no I/O.
 */
export interface RecordingModel {
  readonly playable: boolean;
  exportPending: boolean;
  archiveDate?: string;
  deleteDate?: string;
}

export type AnnotationKind = 'pause' | 'bookmark' | 'hold';

export interface AnnotationSpec {
  readonly kind: AnnotationKind;
  /** Length of the description (only bookmarks carry one); 500 is the documented maximum. */
  readonly description: number;
}

export const DESCRIPTION_LIMIT = 500;

/** The annotation bodies of an update. */
export function annotationBodies(specs: readonly AnnotationSpec[]): Record<string, unknown>[] {
  return specs.map((spec, i) =>
    spec.kind === 'bookmark'
      ? { type: 'bookmark', name: `Bookmark ${i}`, description: 'd'.repeat(spec.description), location: 100 * i, durationMs: 0 }
      : spec.kind === 'pause'
        ? { type: 'pause', reason: 'SecurePause', location: 100 * i, durationMs: 1000 }
        : { type: 'hold', reason: 'Hold', location: 100 * i, durationMs: 500 },
  );
}

/** Whether the annotation ids follow gc.recording.annotation-ids: pauses share one id, bookmarks have distinct ids (holds are not compared). */
export function annotationIdDefects(specs: readonly AnnotationSpec[], ids: readonly unknown[]): string[] {
  const of = (kind: AnnotationKind) => specs.flatMap((spec, i) => (spec.kind === kind ? [ids[i]] : []));
  const pauses = new Set(of('pause'));
  const bookmarks = of('bookmark');
  const defects: string[] = [];
  if (pauses.size > 1) defects.push(`pause annotations carry ${pauses.size} different ids`);
  if (new Set(bookmarks).size !== bookmarks.length) defects.push('two bookmark annotations share an id');
  return defects;
}
