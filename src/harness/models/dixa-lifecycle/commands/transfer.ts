import type { AsyncCommand } from 'fast-check';
import { expect } from '@playwright/test';
import { expectEvent } from '../events';
import { eventOf, pick, transitionOf, type DixaLifecycleModel } from '../lifecycle-model';
import type { DixaLifecycleReal } from '../lifecycle-real';

/** PUT /v1/conversations/{id}/transfer/queue {queueId}: moves an Open conversation; refused (or without effect) on a Closed one. */
export class TransferCommand implements AsyncCommand<DixaLifecycleModel, DixaLifecycleReal> {
  private label?: string;

  constructor(
    readonly index: number,
    readonly queue: number,
  ) {}

  check(model: Readonly<DixaLifecycleModel>): boolean {
    return pick(model, this.index) !== undefined && model.queues.length > 0;
  }

  async run(model: DixaLifecycleModel, real: DixaLifecycleReal): Promise<void> {
    const facts = pick(model, this.index)!;
    const queueId = model.queues[this.queue % model.queues.length]!;
    this.label = `${facts.id} (${facts.state}) to ${queueId.slice(0, 8)}`;
    const operation = 'putConversationsByConversationIdTransferQueue';
    const clause = facts.state === 'Open' ? 'dixa.conversation-lifecycle.transfer' : 'dixa.conversation-lifecycle.illegal-transfer-closed';
    const transition = transitionOf(real.lifecycle, facts.state, operation, clause);
    const mark = real.hooks?.mark() ?? 0;
    const answer = await real.send('PUT', `/v1/conversations/${facts.id}/transfer/queue`, operation, { queueId });
    const seen = await real.conversation(facts.id);
    await real.ledger.check(clause, async () => {
      if ('to' in transition) {
        expect(answer.status, `transfer ${this.label}: ${answer.text.slice(0, 200)}`).toBeLessThan(300);
        expect({ state: seen.state, queueId: seen.queueId }, `transfer ${this.label}: in the queue, still Open`).toEqual({ state: transition.to, queueId });
        await expectEvent(real, eventOf(transition), facts.id, mark);
      } else {
        expect(seen.state, `transfer ${this.label}: refused (${answer.status}) or without effect`).toBe('Closed');
      }
    });
    if ('to' in transition) {
      facts.queueId = queueId;
      // Whether a transfer keeps the agent is not stated: learned from the target.
      facts.assignee = seen.assignee;
    }
  }

  toString(): string {
    return `transfer(${this.label ?? `#${this.index}, queue ${this.queue}`})`;
  }
}
