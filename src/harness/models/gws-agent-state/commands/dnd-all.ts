import type { AsyncCommand } from 'fast-check';
import { checkChannels, checkDevice, checkDeviceAnnounced, checkDndAnnounced } from '../agent-checks';
import type { AgentModel } from '../agent-model';
import { checkAccepted } from '../agent-operation';
import type { AgentReal } from '../agent-real';

/**
 * POST /me DoNotDisturbOn / DoNotDisturbOff: Do Not Disturb for all channels and devices; the
 * channels keep their Ready/NotReady state underneath and show it again once DND is off.
 */
export class DndAllCommand implements AsyncCommand<AgentModel, AgentReal> {
  constructor(readonly on: boolean) {}

  check(model: Readonly<AgentModel>): boolean {
    return model.dnd !== this.on;
  }

  async run(model: AgentModel, real: AgentReal): Promise<void> {
    const clause = this.on ? 'gws.agent-state.dnd-on' : 'gws.agent-state.dnd-off-restores';
    const operationName = this.on ? 'DoNotDisturbOn' : 'DoNotDisturbOff';
    const what = `POST /me ${operationName}`;
    const deviceChanges = model.device.dnd !== this.on;
    const mark = real.probe.mark();
    const answer = await real.client.call('postMe', { body: { operationName } });
    model.dnd = this.on;
    model.device.dnd = this.on;
    await checkAccepted(real, clause, what, answer);
    await checkChannels(real, model, clause, what, true);
    await checkDevice(real, model, clause, what);
    await checkDndAnnounced(real, this.on, mark, what);
    if (deviceChanges) await checkDeviceAnnounced(real, model, mark, what);
  }

  toString(): string {
    return this.on ? 'DoNotDisturbOn(all)' : 'DoNotDisturbOff(all)';
  }
}
