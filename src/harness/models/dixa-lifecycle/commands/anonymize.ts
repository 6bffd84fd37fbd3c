import type { AsyncCommand } from 'fast-check';
import { expect } from '@playwright/test';
import { expectEvent } from '../events';
import { eventOf, pick, transitionOf, type DixaLifecycleModel } from '../lifecycle-model';
import { is2xx, type DixaLifecycleReal } from '../lifecycle-real';

/**
 * PATCH /v1/conversations/{id}/anonymize (x-destructive): on a Closed conversation, or with
 * force on an Open one (which closes it first), the request is filed and can be read back; without
 * force an Open conversation stays Open.
 */
export class AnonymizeCommand implements AsyncCommand<DixaLifecycleModel, DixaLifecycleReal> {
  private label?: string;

  constructor(
    readonly index: number,
    readonly force: boolean,
  ) {}

  check(model: Readonly<DixaLifecycleModel>): boolean {
    return model.destructive && pick(model, this.index) !== undefined;
  }

  async run(model: DixaLifecycleModel, real: DixaLifecycleReal): Promise<void> {
    const facts = pick(model, this.index)!;
    this.label = `${facts.id} (${facts.state}), force=${this.force}`;
    const operation = 'patchConversationsByConversationIdAnonymize';
    const mark = real.hooks?.mark() ?? 0;
    const answer = await real.send('PATCH', `/v1/conversations/${facts.id}/anonymize`, operation, undefined, { force: this.force });
    const seen = await real.conversation(facts.id);
    if (facts.state === 'Open' && !this.force) {
      await real.ledger.check('dixa.anonymization.without-force-non-closed', () => expect(seen.state, `anonymize ${this.label}: refused (${answer.status}) or pending, never closed`).toBe('Open'));
      facts.anonymized = is2xx(answer.status);
      return;
    }
    if (facts.state === 'Open') {
      const transition = transitionOf(real.lifecycle, 'Open', operation, 'dixa.anonymization.force-closes-conversation');
      await real.ledger.check('dixa.anonymization.force-closes-conversation', async () => {
        expect(seen.state, `anonymize ${this.label}: closed first`).toBe('to' in transition ? transition.to : 'Closed');
        await expectEvent(real, eventOf(transition), facts.id, mark);
      });
    }
    const filed = ((answer.json as { data?: { id?: unknown; _type?: unknown; targetEntityId?: unknown } } | undefined)?.data ?? {});
    const read = await real.send('GET', `/v1/anonymization/request/${String(filed.id)}`, 'getAnonymizationRequestByRequestId');
    await real.ledger.check('dixa.anonymization.conversation-request', () => {
      expect(answer.status, `anonymize ${this.label}: ${answer.text.slice(0, 200)}`).toBeLessThan(300);
      expect({ _type: filed._type, targetEntityId: filed.targetEntityId }, 'the request status names the conversation').toEqual({ _type: 'Conversation', targetEntityId: String(facts.id) });
      expect(read.status, `GET /v1/anonymization/request/${String(filed.id)}: ${read.text.slice(0, 200)}`).toBe(200);
      expect(((read.json as { data?: { id?: unknown } } | undefined)?.data ?? {}).id, 'the same request').toBe(filed.id);
    });
    facts.state = 'Closed';
    facts.anonymized = true;
  }

  toString(): string {
    return `anonymize(${this.label ?? `#${this.index}, force=${this.force}`})`;
  }
}
