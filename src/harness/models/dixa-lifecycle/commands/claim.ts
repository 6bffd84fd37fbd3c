import type { AsyncCommand } from 'fast-check';
import { expect } from '@playwright/test';
import { expectEvent } from '../events';
import { claimClause, eventOf, pick, transitionOf, type DixaLifecycleModel } from '../lifecycle-model';
import { is2xx, type DixaLifecycleReal } from '../lifecycle-real';

/** PUT /v1/conversations/{id}/claim {agentId, force}: claim, take over with force, refused without it, or refused on a Closed conversation. */
export class ClaimCommand implements AsyncCommand<DixaLifecycleModel, DixaLifecycleReal> {
  private label?: string;

  constructor(
    readonly index: number,
    readonly agent: number,
    readonly force: boolean,
  ) {}

  check(model: Readonly<DixaLifecycleModel>): boolean {
    const facts = pick(model, this.index);
    const agentId = model.agents[this.agent % model.agents.length];
    return facts !== undefined && agentId !== undefined && claimClause(facts, agentId, this.force) !== undefined;
  }

  async run(model: DixaLifecycleModel, real: DixaLifecycleReal): Promise<void> {
    const facts = pick(model, this.index)!;
    const agentId = model.agents[this.agent % model.agents.length]!;
    const clause = claimClause(facts, agentId, this.force)!;
    this.label = `${facts.id} by ${agentId.slice(0, 8)}, force=${this.force}, ${facts.state}${facts.assignee ? ` held by ${facts.assignee.slice(0, 8)}` : ''}`;
    const operation = 'putConversationsByConversationIdClaim';
    const transition = transitionOf(real.lifecycle, facts.state, operation, clause);
    const mark = real.hooks?.mark() ?? 0;
    const answer = await real.send('PUT', `/v1/conversations/${facts.id}/claim`, operation, { agentId, force: this.force });
    const seen = await real.conversation(facts.id);
    await real.ledger.check(clause, async () => {
      if ('to' in transition) {
        expect(answer.status, `claim ${this.label}: ${answer.text.slice(0, 200)}`).toBeLessThan(300);
        expect({ state: seen.state, assignee: seen.assignee }, `claim ${this.label}: assigned to the claiming agent`).toEqual({ state: transition.to, assignee: agentId });
        await expectEvent(real, eventOf(transition), facts.id, mark);
      } else if (facts.state === 'Closed') {
        expect(seen.state, `claim ${this.label}: refused (${answer.status}) or without effect`).toBe('Closed');
      } else {
        expect(seen.assignee, `claim ${this.label}: ${is2xx(answer.status) ? 'answered' : 'refused'} ${answer.status}, the assignment unchanged`).toBe(facts.assignee);
      }
    });
    if ('to' in transition) facts.assignee = agentId;
  }

  toString(): string {
    return `claim(${this.label ?? `#${this.index}, agent ${this.agent}, force=${this.force}`})`;
  }
}
