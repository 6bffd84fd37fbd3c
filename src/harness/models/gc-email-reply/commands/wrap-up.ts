import type { AsyncCommand } from 'fast-check';
import { expect } from '@playwright/test';
import type { EmailReplyModel } from '../reply-model';
import { communicationPath, type EmailReplyReal } from '../reply-real';

/** Wrap-up of the agent's communication after the reply: stored and read back (gc.email-draft.wrap-up). */
export class WrapUpCommand implements AsyncCommand<EmailReplyModel, EmailReplyReal> {
  private code?: string;

  constructor(readonly pick: number) {}

  check(model: Readonly<EmailReplyModel>): boolean {
    return model.phase === 'ReplySent';
  }

  async run(model: EmailReplyModel, real: EmailReplyReal): Promise<void> {
    const code = real.wrapupCodes[this.pick % Math.max(1, real.wrapupCodes.length)];
    if (code === undefined) throw new Error('the agent participant has no wrap-up code');
    this.code = code;
    const path = `${communicationPath(real.ids)}/wrapup`;
    const applied = await real.send('POST', path, 'postConversationsEmailParticipantCommunicationWrapup', { code, notes: 'Customer answered by e-mail.' });
    const read = await real.send('GET', path, 'getConversationsEmailParticipantCommunicationWrapup');
    await real.ledger.check('gc.email-draft.wrap-up', () => {
      expect(applied.status, `apply wrap-up: ${applied.text.slice(0, 200)}`).toBeLessThan(300);
      expect((read.json as { code?: unknown } | undefined)?.code, 'the wrap-up read back is the code applied').toBe(code);
    });
    model.phase = 'WrappedUp';
    model.wrapup = code;
  }

  toString(): string {
    return `wrapUp(${this.code ?? this.pick})`;
  }
}
