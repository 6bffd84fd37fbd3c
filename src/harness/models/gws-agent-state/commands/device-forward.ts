import type { AsyncCommand } from 'fast-check';
import { expect } from '@playwright/test';
import { checkErrorEnvelope } from '../../gws-common/error-envelope';
import { refused, told } from '../../gws-common/gws-client';
import { checkDevice, checkDeviceAnnounced } from '../agent-checks';
import type { AgentModel } from '../agent-model';
import { checkAccepted } from '../agent-operation';
import type { AgentReal } from '../agent-real';

/**
 * Call forwarding of the agent's voice device: ForwardCallsOn with a destination while not
 * forwarding (gws.device-state.forward-on), without one refused with statusCode 1
 * (gws.negative.forward-calls-destination, gws.negative.missing-parameter); ForwardCallsOff while
 * forwarding (gws.device-state.forward-off), refused otherwise (gws.device-state.illegal-forward-off).
 */
export class DeviceForwardCommand implements AsyncCommand<AgentModel, AgentReal> {
  constructor(
    readonly on: boolean,
    /** ForwardCallsOn only: the number to forward to; undefined sends none. */
    readonly destination?: string,
  ) {}

  check(model: Readonly<AgentModel>): boolean {
    // ForwardCallsOn while forwarding is in no row of gws.device-state.
    return !this.on || model.device.forwardTo === undefined;
  }

  async run(model: AgentModel, real: AgentReal): Promise<void> {
    const operationName = this.on ? 'ForwardCallsOn' : 'ForwardCallsOff';
    const what = `POST /devices/${real.deviceId} ${operationName}${this.on ? ` to ${this.destination ?? '(no destination)'}` : ''}`;
    const mark = real.probe.mark();
    const answer = await real.client.call('postDevicesById', { params: { id: real.deviceId }, body: { operationName, ...(this.destination !== undefined ? { destination: this.destination } : {}) } });
    const refusal = this.on ? (this.destination === undefined ? 'gws.negative.forward-calls-destination' : undefined) : model.device.forwardTo === undefined ? 'gws.device-state.illegal-forward-off' : undefined;
    if (refusal) {
      await real.ledger.check(refusal, () => expect(refused(answer), `${what} is refused: ${told(answer)}`).toBe(true));
      await checkDevice(real, model, refusal, `the refused ${what}`);
      if (this.on) await real.ledger.check('gws.negative.missing-parameter', () => expect(answer.body.statusCode, `a missing destination is statusCode 1: ${told(answer)}`).toBe(1));
      return checkErrorEnvelope(real.ledger, answer);
    }
    const clause = this.on ? 'gws.device-state.forward-on' : 'gws.device-state.forward-off';
    if (this.on) model.device.forwardTo = this.destination;
    else delete model.device.forwardTo;
    await checkAccepted(real, clause, what, answer);
    await checkDevice(real, model, clause, what);
    await checkDeviceAnnounced(real, model, mark, what);
  }

  toString(): string {
    return this.on ? `ForwardCallsOn(${this.destination ?? 'no destination'})` : 'ForwardCallsOff';
  }
}
