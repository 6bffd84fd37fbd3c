import type { AsyncCommand } from 'fast-check';
import { expect } from '@playwright/test';
import { expectEvent } from '../events';
import { pick, transitionOf, eventOf, type DixaLifecycleModel } from '../lifecycle-model';
import type { DixaLifecycleReal } from '../lifecycle-real';

const tagIds = async (real: DixaLifecycleReal, id: number) =>
  (((await real.send('GET', `/v1/conversations/${id}/tags`, 'getConversationsByConversationIdTags')).json as { data?: { id?: unknown }[] } | undefined)?.data ?? []).map((t) => String(t.id));

/**
 * PUT /v1/conversations/{id}/tags/{tagId} on an Open conversation: an Active tag is added, listed
 * and announced (dixa.tags.tag-conversation); an Inactive one is refused (dixa.tags.only-active-tags).
 * DELETE removes a tag of either state (dixa.tags.untag-any-state).
 */
export class TagCommand implements AsyncCommand<DixaLifecycleModel, DixaLifecycleReal> {
  private label?: string;

  constructor(
    readonly index: number,
    readonly tag: number,
    readonly remove: boolean,
  ) {}

  check(model: Readonly<DixaLifecycleModel>): boolean {
    const tagId = [...model.tags.keys()][this.tag % Math.max(1, model.tags.size)];
    if (tagId === undefined) return false;
    if (!this.remove) return pick(model, this.index, (c) => c.state === 'Open') !== undefined;
    return model.destructive && pick(model, this.index, (c) => c.state === 'Open' && c.tags.has(tagId)) !== undefined;
  }

  async run(model: DixaLifecycleModel, real: DixaLifecycleReal): Promise<void> {
    const tagId = [...model.tags.keys()][this.tag % model.tags.size]!;
    const tagState = model.tags.get(tagId)!;
    const facts = pick(model, this.index, (c) => c.state === 'Open' && (!this.remove || c.tags.has(tagId)))!;
    this.label = `${facts.id}, ${tagState} tag ${tagId.slice(0, 8)}`;
    const path = `/v1/conversations/${facts.id}/tags/${tagId}`;
    const mark = real.hooks?.mark() ?? 0;
    if (this.remove) {
      const operation = 'deleteConversationsByConversationIdTagsByTagId';
      const transition = transitionOf(real.tagMachine, tagState, operation, 'dixa.tags.untag-any-state');
      const answer = await real.send('DELETE', path, operation);
      const listed = await tagIds(real, facts.id);
      await real.ledger.check('dixa.tags.untag-any-state', async () => {
        expect(answer.status, `untag ${this.label}: ${answer.text.slice(0, 200)}`).toBeLessThan(300);
        expect(listed, `untag ${this.label}: no longer listed`).not.toContain(tagId);
        await expectEvent(real, eventOf(transition), facts.id, mark);
      });
      facts.tags.delete(tagId);
      return;
    }
    const operation = 'putConversationsByConversationIdTagsByTagId';
    const answer = await real.send('PUT', path, operation);
    const listed = await tagIds(real, facts.id);
    if (tagState === 'Inactive') {
      await real.ledger.check('dixa.tags.only-active-tags', () => {
        expect(answer.status, `tag ${this.label}: refused`).toBeGreaterThanOrEqual(400);
        expect(answer.status, `tag ${this.label}: refused as a client error`).toBeLessThan(500);
        if (!facts.tags.has(tagId)) expect(listed, `tag ${this.label}: not added`).not.toContain(tagId);
      });
      return;
    }
    const transition = transitionOf(real.tagMachine, 'Active', operation, 'dixa.tags.tag-conversation');
    await real.ledger.check('dixa.tags.tag-conversation', async () => {
      expect(answer.status, `tag ${this.label}: ${answer.text.slice(0, 200)}`).toBeLessThan(300);
      expect(listed, `tag ${this.label}: listed`).toContain(tagId);
      if (!facts.tags.has(tagId)) await expectEvent(real, eventOf(transition), facts.id, mark);
    });
    facts.tags.add(tagId);
  }

  toString(): string {
    return `${this.remove ? 'untag' : 'tag'}(${this.label ?? `#${this.index}, tag ${this.tag}`})`;
  }
}
