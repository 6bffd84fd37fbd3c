import type { AsyncCommand } from 'fast-check';
import { expect } from '@playwright/test';
import { transitionOf, type DixaLifecycleModel } from '../lifecycle-model';
import type { DixaLifecycleReal } from '../lifecycle-real';

/** PATCH /v1/tags/{tagId}/deactivate or /activate, flipping the tag's state (dixa.tag-state). */
export class ToggleTagCommand implements AsyncCommand<DixaLifecycleModel, DixaLifecycleReal> {
  private label?: string;

  constructor(readonly tag: number) {}

  check(model: Readonly<DixaLifecycleModel>): boolean {
    return model.tags.size > 0;
  }

  async run(model: DixaLifecycleModel, real: DixaLifecycleReal): Promise<void> {
    const tagId = [...model.tags.keys()][this.tag % model.tags.size]!;
    const from = model.tags.get(tagId)!;
    const [action, operation, clause] =
      from === 'Active' ? (['deactivate', 'patchTagsByTagIdDeactivate', 'dixa.tags.deactivate'] as const) : (['activate', 'patchTagsByTagIdActivate', 'dixa.tags.activate'] as const);
    this.label = `${action} ${tagId.slice(0, 8)}`;
    const transition = transitionOf(real.tagMachine, from, operation, clause);
    const answer = await real.send('PATCH', `/v1/tags/${tagId}/${action}`, operation);
    const read = await real.send('GET', `/v1/tags/${tagId}`, 'getTagsByTagId');
    const to = 'to' in transition ? transition.to : from;
    await real.ledger.check(clause, () => {
      expect(answer.status, `${this.label}: ${answer.text.slice(0, 200)}`).toBeLessThan(300);
      expect(((read.json as { data?: { state?: unknown } } | undefined)?.data ?? {}).state, `${this.label}: GET /v1/tags/{tagId} shows it`).toBe(to);
    });
    model.tags.set(tagId, to === 'Active' ? 'Active' : 'Inactive');
  }

  toString(): string {
    return `toggleTag(${this.label ?? this.tag})`;
  }
}
