import type { AsyncCommand } from 'fast-check';
import { checkChannels, checkChannelsAnnounced } from '../agent-checks';
import type { AgentModel, Condition } from '../agent-model';
import { changedChannels, checkAccepted, setConditions, snapshot } from '../agent-operation';
import type { AgentReal } from '../agent-real';

const CLAUSE = { Ready: 'gws.agent-state.ready-channel', NotReady: 'gws.agent-state.not-ready-channel', Custom: 'gws.agent-state.custom-operation-name' } as const;

/**
 * POST /me/channels/{channelId} with Ready, NotReady or the operationName of a configured agent
 * state (e.g. OutToLunch) on one channel, picked by position: only that channel changes.
 */
export class SetChannelCommand implements AsyncCommand<AgentModel, AgentReal> {
  private channel?: string;

  constructor(
    readonly operation: 'Ready' | 'NotReady' | 'Custom',
    readonly pick: number,
  ) {}

  check(): boolean {
    return true;
  }

  async run(model: AgentModel, real: AgentReal): Promise<void> {
    const channel = real.channels[this.pick % real.channels.length] as string;
    this.channel = channel;
    if (this.operation === 'Custom' && !real.custom) throw new Error('no custom agent state was prepared');
    const operationName = this.operation === 'Custom' ? (real.custom?.operationName as string) : this.operation;
    const condition: Condition = this.operation === 'Custom' ? (real.custom?.condition as Condition) : { state: this.operation };
    const what = `POST /me/channels/${channel} ${operationName}`;
    const before = snapshot(model);
    const mark = real.probe.mark();
    const answer = await real.client.call('postMeChannelsByChannelId', { params: { channelId: channel }, body: { operationName } });
    setConditions(model, [channel], condition);
    await checkAccepted(real, CLAUSE[this.operation], what, answer);
    await checkChannels(real, model, CLAUSE[this.operation], what);
    await checkChannelsAnnounced(real, model, changedChannels(before, model), mark, what);
  }

  toString(): string {
    return `${this.operation}(channel ${this.channel ?? `#${this.pick}`})`;
  }
}
