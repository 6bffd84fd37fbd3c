import type { AsyncCommand } from 'fast-check';
import { checkLegalMove, checkRefusedMove } from '../recording-checks';
import { recordingMove, type RecordingModel, type RecordingOperation } from '../recording-model';
import { operate, type RecordingReal } from '../recording-real';

/**
 * One of StartCallRecording, PauseCallRecording, ResumeCallRecording and StopCallRecording on the
 * call, legal or not: what it must do is read from the gws.call-recording transition table.
 */
export class RecordingOperationCommand implements AsyncCommand<RecordingModel, RecordingReal> {
  constructor(readonly operation: RecordingOperation) {}

  check(model: Readonly<RecordingModel>): boolean {
    return model.state !== 'CallReleased';
  }

  async run(model: RecordingModel, real: RecordingReal): Promise<void> {
    const move = recordingMove(real.machine, model.state, this.operation);
    if (!move) throw new Error(`gws.call-recording has no row for ${this.operation} in ${model.state}`);
    const mark = real.probe.mark();
    const answer = await operate(real, this.operation);
    if (move.kind === 'illegal') return checkRefusedMove(real, model, this.operation, move.clause, answer, mark);
    await checkLegalMove(real, `${this.operation} (from ${model.state})`, move.to, move.clause, answer, mark);
    model.state = move.to;
  }

  toString(): string {
    return this.operation;
  }
}
