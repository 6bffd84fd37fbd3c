import type { AsyncCommand } from 'fast-check';
import { expect } from '@playwright/test';
import { checkErrorEnvelope } from '../../gws-common/error-envelope';
import { refused, told } from '../../gws-common/gws-client';
import { checkDevice, checkDeviceAnnounced } from '../agent-checks';
import type { AgentModel } from '../agent-model';
import { checkAccepted } from '../agent-operation';
import type { AgentReal } from '../agent-real';

/**
 * POST /devices/{id} DoNotDisturbOn / DoNotDisturbOff on the agent's voice device: legal only
 * when the device offers it (DND in the other state), refused without a change otherwise
 * (gws.device-state.illegal-dnd-repeat).
 */
export class DeviceDndCommand implements AsyncCommand<AgentModel, AgentReal> {
  constructor(readonly on: boolean) {}

  check(): boolean {
    return true;
  }

  async run(model: AgentModel, real: AgentReal): Promise<void> {
    const operationName = this.on ? 'DoNotDisturbOn' : 'DoNotDisturbOff';
    const what = `POST /devices/${real.deviceId} ${operationName}`;
    const legal = model.device.dnd !== this.on;
    const mark = real.probe.mark();
    const answer = await real.client.call('postDevicesById', { params: { id: real.deviceId }, body: { operationName } });
    if (!legal) {
      const clause = 'gws.device-state.illegal-dnd-repeat';
      await real.ledger.check(clause, () => expect(refused(answer), `${what} while DND is already ${this.on ? 'On' : 'Off'} is refused: ${told(answer)}`).toBe(true));
      await checkDevice(real, model, clause, `the refused ${what}`);
      return checkErrorEnvelope(real.ledger, answer);
    }
    const clause = this.on ? 'gws.device-state.dnd-on' : 'gws.device-state.dnd-off';
    model.device.dnd = this.on;
    await checkAccepted(real, clause, what, answer);
    await checkDevice(real, model, clause, what);
    await checkDeviceAnnounced(real, model, mark, what);
  }

  toString(): string {
    return `device ${this.on ? 'DoNotDisturbOn' : 'DoNotDisturbOff'}`;
  }
}
