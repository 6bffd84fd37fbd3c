import type { AsyncCommand } from 'fast-check';
import { checkChannels, checkChannelsAnnounced } from '../agent-checks';
import type { AgentModel } from '../agent-model';
import { changedChannels, checkAccepted, setConditions, snapshot } from '../agent-operation';
import type { AgentReal } from '../agent-real';

/** POST /me Ready or NotReady: every channel of the agent in that state (Ready for All Channels, NotReady For All Channels). */
export class SetAllCommand implements AsyncCommand<AgentModel, AgentReal> {
  constructor(readonly state: 'Ready' | 'NotReady') {}

  check(): boolean {
    return true;
  }

  async run(model: AgentModel, real: AgentReal): Promise<void> {
    const clause = this.state === 'Ready' ? 'gws.agent-state.ready-all' : 'gws.agent-state.not-ready-all';
    const what = `POST /me ${this.state}`;
    const before = snapshot(model);
    const mark = real.probe.mark();
    const answer = await real.client.call('postMe', { body: { operationName: this.state } });
    setConditions(model, real.channels, { state: this.state });
    await checkAccepted(real, clause, what, answer);
    await checkChannels(real, model, clause, what);
    await checkChannelsAnnounced(real, model, changedChannels(before, model), mark, what);
  }

  toString(): string {
    return `${this.state}(all channels)`;
  }
}
