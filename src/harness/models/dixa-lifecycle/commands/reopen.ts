import type { AsyncCommand } from 'fast-check';
import { expect } from '@playwright/test';
import { expectEvent, expectNoEvent } from '../events';
import { eventOf, pick, transitionOf, type DixaLifecycleModel } from '../lifecycle-model';
import type { DixaLifecycleReal } from '../lifecycle-real';
import { addNote } from './note';

/**
 * PUT /v1/conversations/{id}/reopen: a Closed conversation is Open again, in the queue it was in
 * (dixa.conversations.reopen-same-queue), with ConversationOpen; an Open one is refused or left
 * alone and no second ConversationOpen comes (judged after a note's event has arrived).
 */
export class ReopenCommand implements AsyncCommand<DixaLifecycleModel, DixaLifecycleReal> {
  private label?: string;

  constructor(readonly index: number) {}

  check(model: Readonly<DixaLifecycleModel>): boolean {
    return pick(model, this.index) !== undefined;
  }

  async run(model: DixaLifecycleModel, real: DixaLifecycleReal): Promise<void> {
    const facts = pick(model, this.index)!;
    this.label = `${facts.id} (${facts.state})`;
    const operation = 'putConversationsByConversationIdReopen';
    const clause = facts.state === 'Closed' ? 'dixa.conversation-lifecycle.reopen' : 'dixa.conversation-lifecycle.illegal-reopen-open';
    const transition = transitionOf(real.lifecycle, facts.state, operation, clause);
    const mark = real.hooks?.mark() ?? 0;
    const answer = await real.send('PUT', `/v1/conversations/${facts.id}/reopen`, operation);
    const seen = await real.conversation(facts.id);
    if ('to' in transition) {
      await real.ledger.check(clause, async () => {
        expect(answer.status, `reopen ${this.label}: ${answer.text.slice(0, 200)}`).toBeLessThan(300);
        expect(seen.state, `reopen ${this.label}`).toBe(transition.to);
        await expectEvent(real, eventOf(transition), facts.id, mark);
      });
      if (facts.queueId !== undefined) {
        await real.ledger.check('dixa.conversations.reopen-same-queue', () => expect(seen.queueId, `reopen ${this.label}: offered in the queue it was in`).toBe(facts.queueId));
      }
      facts.state = 'Open';
      facts.queueId = seen.queueId;
      facts.assignee = seen.assignee;
      return;
    }
    await real.ledger.check(clause, () => expect(seen.state, `reopen ${this.label}: refused (${answer.status}) or without effect`).toBe('Open'));
    await addNote(real, facts, 'barrier after an illegal reopen');
    await real.ledger.check(clause, () => expectNoEvent(real, 'ConversationOpen', facts.id, mark));
  }

  toString(): string {
    return `reopen(${this.label ?? `#${this.index}`})`;
  }
}
