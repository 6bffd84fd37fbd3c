import type { AsyncCommand } from 'fast-check';
import { expect } from '@playwright/test';
import type { RecordingModel } from '../recording-model';
import type { RecordingReal } from '../recording-real';

/** A recording update whose users carry a user without version: refused with 400 (gc.recording.user-version). */
export class UpdateUserWithoutVersionCommand implements AsyncCommand<RecordingModel, RecordingReal> {
  check(): boolean {
    return true;
  }

  async run(_model: RecordingModel, real: RecordingReal): Promise<void> {
    const answer = await real.update({ users: [{ id: '3b0f1bd4-0bb2-4d3e-9f4f-1a2b3c4d5e6f', name: 'Agent Without Version' }] });
    await real.ledger.check('gc.recording.user-version', () => expect(answer.status, `a user without version: ${answer.text.slice(0, 200)}`).toBe(400));
  }

  toString(): string {
    return 'updateUserWithoutVersion()';
  }
}
