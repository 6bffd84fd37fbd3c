import type { AsyncCommand } from 'fast-check';
import { expect } from '@playwright/test';
import { succeeded, told } from '../../gws-common/gws-client';
import { listing, viewOf } from '../email-checks';
import { liveReplies, type EmailModel, type ReplyModel } from '../email-model';
import { myInteractions, operate, type EmailReal } from '../email-real';
import { expectedFrom, expectedSubject, expectedTo } from '../reply-derivation';

/**
 * Send or Cancel on a reply the agent works on (picked by position among the live ones): the
 * operation succeeds and the reply leaves the agent (gws.email-reply.send, gws.email-reply.cancel).
 * Send carries the email_object of the Send example with the reply's derived fields.
 */
export class FinishReplyCommand implements AsyncCommand<EmailModel, EmailReal> {
  constructor(
    readonly operation: 'Send' | 'Cancel',
    readonly pick: number,
  ) {}

  check(model: Readonly<EmailModel>): boolean {
    return liveReplies(model).length > 0;
  }

  async run(model: EmailModel, real: EmailReal): Promise<void> {
    const replies = liveReplies(model);
    const reply = replies[this.pick % replies.length] as ReplyModel;
    const clause = this.operation === 'Send' ? 'gws.email-reply.send' : 'gws.email-reply.cancel';
    const answer = await operate(real, reply.id, this.operation, this.operation === 'Send' ? { email_object: emailObject(reply) } : {});
    await real.ledger.check(clause, () => expect(succeeded(answer), `${this.operation} on the reply ${reply.id} is accepted: ${told(answer)}`).toBe(true));
    const { views } = await myInteractions(real);
    await real.ledger.check(clause, () => expect(viewOf(views, reply.id)?.state, `after ${this.operation} the reply ${reply.id} is no longer the agent's to work on (the agent's interactions: ${listing(views)})`).not.toBe('ReplyCreated'));
    reply.live = false;
  }

  toString(): string {
    return `${this.operation}(reply #${this.pick})`;
  }
}

/** The email_object of the Send example, filled with the reply's documented fields. */
function emailObject(reply: ReplyModel): Record<string, string> {
  const { original } = reply;
  return { toAddress: expectedTo(original) ?? original.FromAddress, subject: expectedSubject(original, reply.options), text: 'Thank you, the invoice is corrected.', fromAddress: expectedFrom(original) };
}
