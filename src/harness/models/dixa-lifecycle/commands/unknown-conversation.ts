import type { AsyncCommand } from 'fast-check';
import { expect } from '@playwright/test';
import type { DixaLifecycleModel } from '../lifecycle-model';
import type { DixaLifecycleReal } from '../lifecycle-real';

/** An id no conversation has (numeric, far beyond any issued). */
export const UNKNOWN_CONVERSATION = 987654321;

const ACTIONS = {
  claim: { operationId: 'putConversationsByConversationIdClaim', body: (m: Readonly<DixaLifecycleModel>) => ({ agentId: m.agents[0], force: true }) },
  close: { operationId: 'putConversationsByConversationIdClose', body: () => undefined },
  reopen: { operationId: 'putConversationsByConversationIdReopen', body: () => undefined },
  'transfer/queue': { operationId: 'putConversationsByConversationIdTransferQueue', body: (m: Readonly<DixaLifecycleModel>) => ({ queueId: m.queues[0] }) },
} as const;
export type LifecycleAction = keyof typeof ACTIONS;
export const LIFECYCLE_ACTIONS = Object.keys(ACTIONS) as LifecycleAction[];

/** Claim, close, reopen or transfer of a conversation that does not exist: 404 (dixa.conversation-lifecycle.unknown-conversation). */
export class UnknownConversationCommand implements AsyncCommand<DixaLifecycleModel, DixaLifecycleReal> {
  constructor(readonly action: LifecycleAction) {}

  check(): boolean {
    return true;
  }

  async run(model: DixaLifecycleModel, real: DixaLifecycleReal): Promise<void> {
    const { operationId, body } = ACTIONS[this.action];
    const answer = await real.send('PUT', `/v1/conversations/${UNKNOWN_CONVERSATION}/${this.action}`, operationId, body(model));
    await real.ledger.check('dixa.conversation-lifecycle.unknown-conversation', () => expect(answer.status, `${this.action} of conversation ${UNKNOWN_CONVERSATION}: ${answer.text.slice(0, 200)}`).toBe(404));
  }

  toString(): string {
    return `unknown(${this.action})`;
  }
}
