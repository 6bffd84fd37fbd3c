import type { AsyncCommand } from 'fast-check';
import { expect } from '@playwright/test';
import { succeeded, told } from '../../gws-common/gws-client';
import { arrived } from '../../gws-common/notification-probe';
import { callOf, isCallNotification } from '../../gws-common/notification-views';
import type { RecordingModel } from '../recording-model';
import { CALLS, operate, readCall, type RecordingReal } from '../recording-real';

/**
 * Hangup releases the call; a recording (Recording or Paused) ends with it
 * (gws.call-recording.ends-with-call): the StatusChange that announces the release no longer
 * shows it Recording or Paused, and neither does the call if it can still be read.
 */
export class HangupCommand implements AsyncCommand<RecordingModel, RecordingReal> {
  check(model: Readonly<RecordingModel>): boolean {
    return model.state !== 'CallReleased';
  }

  async run(model: RecordingModel, real: RecordingReal): Promise<void> {
    const mark = real.probe.mark();
    const answer = await operate(real, 'Hangup');
    const statusChange = isCallNotification(real.callId, 'StatusChange');
    const released = await real.probe.next(CALLS, (data) => statusChange(data) && callOf(data)?.state !== 'Established', `the StatusChange releasing call ${real.callId} after Hangup`, mark);
    if (model.state === 'Recording' || model.state === 'Paused') {
      const clause = 'gws.call-recording.ends-with-call';
      await real.ledger.check(clause, () => expect(succeeded(answer), `Hangup is accepted: ${told(answer)}`).toBe(true));
      const { call } = await readCall(real);
      await real.ledger.check(clause, () => expect(['Recording', 'Paused'], `the released call is no longer recorded (GET shows ${String(call?.recordingState)})`).not.toContain(call?.recordingState));
      if (real.probe.available) {
        await real.ledger.check(clause, () => {
          if (!arrived(released)) throw released ?? new Error('no session');
          expect(['Recording', 'Paused'], 'the StatusChange of the released call shows the recording ended').not.toContain(callOf(released.data)?.recordingState);
        });
      } else real.probe.notChecked(clause);
    }
    model.state = 'CallReleased';
  }

  toString(): string {
    return 'Hangup';
  }
}
