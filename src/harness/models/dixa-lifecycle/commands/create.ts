import type { AsyncCommand } from 'fast-check';
import { expect } from '@playwright/test';
import { expectEvent } from '../events';
import { eventOf, transitionOf, type DixaLifecycleModel } from '../lifecycle-model';
import type { DixaLifecycleReal } from '../lifecycle-real';

/** POST /v1/conversations (an Email conversation): Open, of the channel asked for, with ConversationCreated. */
export class CreateCommand implements AsyncCommand<DixaLifecycleModel, DixaLifecycleReal> {
  private created?: number;

  check(model: Readonly<DixaLifecycleModel>): boolean {
    return model.canCreate && model.conversations.length < 12;
  }

  async run(model: DixaLifecycleModel, real: DixaLifecycleReal): Promise<void> {
    const clause = 'dixa.conversation-lifecycle.create';
    const transition = transitionOf(real.lifecycle, 'NotCreated', 'postConversations', clause);
    const mark = real.hooks?.mark() ?? 0;
    const answer = await real.create();
    const id = ((answer.json as { data?: { id?: unknown } } | undefined)?.data ?? {}).id;
    this.created = typeof id === 'number' ? id : undefined;
    const seen = typeof id === 'number' ? await real.conversation(id) : undefined;
    await real.ledger.check(clause, async () => {
      expect(answer.status, `POST /v1/conversations: ${answer.text.slice(0, 200)}`).toBeLessThan(300);
      expect(typeof id, 'data.id is the new conversation id').toBe('number');
      expect({ state: seen?.state, channel: seen?.channel }, `GET /v1/conversations/${String(id)}`).toEqual({ state: 'to' in transition ? transition.to : 'Open', channel: 'Email' });
      await expectEvent(real, eventOf(transition), id as number, mark);
    });
    model.conversations.push({ id: id as number, state: 'Open', ...(seen?.assignee ? { assignee: seen.assignee } : {}), ...(seen?.queueId ? { queueId: seen.queueId } : {}), tags: new Set(), anonymized: false });
  }

  toString(): string {
    return `create(${this.created ?? ''})`;
  }
}
