import type { AsyncCommand } from 'fast-check';
import { expect } from '@playwright/test';
import { annotationBodies, annotationIdDefects, DESCRIPTION_LIMIT, type AnnotationSpec, type RecordingModel } from '../recording-model';
import type { RecordingReal } from '../recording-real';

export interface RecordingUpdate {
  readonly annotations: readonly AnnotationSpec[];
  readonly archiveDate?: string;
  readonly deleteDate?: string;
  readonly clearExport: boolean;
}

/**
 * PUT /api/v2/conversations/{conversationId}/recordings/{recordingId}: an annotation description
 * over 500 characters is refused, up to 500 accepted; an accepted update returns the Recording
 * with the dates sent, the annotation ids as documented, the export cleared on request, and the
 * values the document fixes for recordings without playable media.
 */
export class UpdateRecordingCommand implements AsyncCommand<RecordingModel, RecordingReal> {
  constructor(readonly update: RecordingUpdate) {}

  check(): boolean {
    return true;
  }

  async run(model: RecordingModel, real: RecordingReal): Promise<void> {
    const { annotations, archiveDate, deleteDate, clearExport } = this.update;
    const body = { annotations: annotationBodies(annotations), ...(archiveDate ? { archiveDate } : {}), ...(deleteDate ? { deleteDate } : {}) };
    const answer = await real.update(body, clearExport ? { clearExport: 'true' } : {});
    const longest = Math.max(0, ...annotations.map((a) => (a.kind === 'bookmark' ? a.description : 0)));
    const where = `update ${this.toString()}`;
    if (longest >= DESCRIPTION_LIMIT) {
      await real.ledger.check('gc.limits.annotation-description-500', () => expect(answer.status, `${where}: ${answer.text.slice(0, 200)}`).toBe(longest > DESCRIPTION_LIMIT ? 400 : 200));
    }
    if (longest > DESCRIPTION_LIMIT) return;
    const recording = (answer.json ?? {}) as Record<string, unknown>;
    await real.ledger.check('gc.recording.update-returns-recording', () => {
      expect(answer.status, `${where}: ${answer.text.slice(0, 200)}`).toBe(200);
      expect(recording.id, 'the Recording of the path').toBe(real.recordingId);
    });
    const ids = (Array.isArray(recording.annotations) ? (recording.annotations as { id?: unknown }[]) : []).map((a) => a.id);
    await real.ledger.check('gc.recording.annotation-ids', () => expect(annotationIdDefects(annotations, ids), `${where}: annotation ids`).toEqual([]));
    if (archiveDate) model.archiveDate = archiveDate;
    if (deleteDate) model.deleteDate = deleteDate;
    if (model.archiveDate || model.deleteDate) {
      await real.ledger.check('gc.recording.retention-dates', () =>
        expect({ archiveDate: recording.archiveDate, deleteDate: recording.deleteDate }, `${where}: the retention dates`).toEqual({ archiveDate: model.archiveDate, deleteDate: model.deleteDate }),
      );
    }
    if (clearExport) {
      await real.ledger.check('gc.recording.clear-export', () => expect(recording.exportDate, `${where}: the pending export is cleared`).toBeUndefined());
      model.exportPending = false;
    }
    if (!model.playable) {
      await real.ledger.check('gc.recording.no-playable-media', () =>
        expect({ startTime: recording.startTime, endTime: recording.endTime, originalRecordingStartTime: recording.originalRecordingStartTime, mediaUris: recording.mediaUris }, `${where}: no playable media`).toEqual({ startTime: null, endTime: null, originalRecordingStartTime: null, mediaUris: null }),
      );
      await real.ledger.check('gc.recording.output-size-zero', () => expect(recording.outputSizeInBytes, `${where}: no transcoded media`).toBe(0));
    }
    for (const field of ['maxAllowedRestorationsForOrg', 'remainingRestorationsAllowedForOrg']) {
      if (recording[field] !== undefined) await real.ledger.check('gc.recording.restorations-constant', () => expect(recording[field], `${where}: ${field}`).toBe(10000));
    }
  }

  toString(): string {
    const { annotations, archiveDate, deleteDate, clearExport } = this.update;
    const list = annotations.map((a) => (a.kind === 'bookmark' ? `bookmark(${a.description})` : a.kind)).join(',');
    return `[${list}]${archiveDate ? ` archive=${archiveDate}` : ''}${deleteDate ? ` delete=${deleteDate}` : ''}${clearExport ? ' clearExport' : ''}`;
  }
}
