import * as fc from 'fast-check';
import { modelCommands } from '../model-property';
import { UpdateRecordingCommand } from './commands/update-recording';
import { UpdateUserWithoutVersionCommand } from './commands/update-user-without-version';
import type { AnnotationSpec, RecordingModel } from './recording-model';
import type { RecordingReal } from './recording-real';

const date = fc.date({ min: new Date('2030-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString());

/** Annotation sets, with description lengths at and around the 500-character limit. */
export const annotationSpecs: fc.Arbitrary<AnnotationSpec[]> = fc.array(
  fc.record({ kind: fc.constantFrom('pause' as const, 'bookmark' as const, 'hold' as const), description: fc.oneof(fc.nat({ max: 40 }), fc.constantFrom(499, 500, 501, 640)) }),
  { maxLength: 5 },
);

/** The commands of the recording model. */
export function recordingCommands(maxCommands = 6) {
  return modelCommands<RecordingModel, RecordingReal>(
    [
      fc.record({ annotations: annotationSpecs, archiveDate: fc.option(date, { nil: undefined }), deleteDate: fc.option(date, { nil: undefined }), clearExport: fc.boolean() }).map((update) => new UpdateRecordingCommand(update)),
      fc.record({ annotations: annotationSpecs, archiveDate: fc.option(date, { nil: undefined }), deleteDate: fc.option(date, { nil: undefined }), clearExport: fc.boolean() }).map((update) => new UpdateRecordingCommand(update)),
      fc.constant(null).map(() => new UpdateUserWithoutVersionCommand()),
    ],
    maxCommands,
  );
}
