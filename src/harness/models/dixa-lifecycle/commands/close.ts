import type { AsyncCommand } from 'fast-check';
import { expect } from '@playwright/test';
import { expectEvent } from '../events';
import { eventOf, pick, transitionOf, type DixaLifecycleModel } from '../lifecycle-model';
import type { DixaLifecycleReal } from '../lifecycle-real';

/** PUT /v1/conversations/{id}/close of an Open conversation: Closed, ConversationClosed. */
export class CloseCommand implements AsyncCommand<DixaLifecycleModel, DixaLifecycleReal> {
  private label?: string;

  constructor(readonly index: number) {}

  check(model: Readonly<DixaLifecycleModel>): boolean {
    return pick(model, this.index, (c) => c.state === 'Open') !== undefined;
  }

  async run(model: DixaLifecycleModel, real: DixaLifecycleReal): Promise<void> {
    const facts = pick(model, this.index, (c) => c.state === 'Open')!;
    this.label = String(facts.id);
    const operation = 'putConversationsByConversationIdClose';
    const clause = 'dixa.conversation-lifecycle.close';
    const transition = transitionOf(real.lifecycle, 'Open', operation, clause);
    const mark = real.hooks?.mark() ?? 0;
    const answer = await real.send('PUT', `/v1/conversations/${facts.id}/close`, operation);
    const seen = await real.conversation(facts.id);
    await real.ledger.check(clause, async () => {
      expect(answer.status, `close ${facts.id}: ${answer.text.slice(0, 200)}`).toBeLessThan(300);
      expect(seen.state, `close ${facts.id}`).toBe('to' in transition ? transition.to : 'Closed');
      await expectEvent(real, eventOf(transition), facts.id, mark);
    });
    facts.state = 'Closed';
    facts.assignee = seen.assignee;
  }

  toString(): string {
    return `close(${this.label ?? `#${this.index}`})`;
  }
}
