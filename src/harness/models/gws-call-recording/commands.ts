import * as fc from 'fast-check';
import { longCommands } from '../gws-common/long-commands';
import { HangupCommand } from './commands/hangup';
import { RecordingOperationCommand } from './commands/recording-operation';
import { RECORDING_OPERATIONS, type RecordingModel } from './recording-model';
import type { RecordingReal } from './recording-real';

/** The commands of the call recording model: the four operations in any state, and Hangup (rarely). */
export function callRecordingCommands(maxCommands = 8) {
  return longCommands<RecordingModel, RecordingReal>(
    [
      ...RECORDING_OPERATIONS.map((operation) => fc.constant(operation).map((o) => new RecordingOperationCommand(o))),
      fc.constant(null).map(() => new HangupCommand()),
    ],
    maxCommands,
  );
}
