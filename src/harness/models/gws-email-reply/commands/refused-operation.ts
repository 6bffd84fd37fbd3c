import type { AsyncCommand } from 'fast-check';
import { expect } from '@playwright/test';
import { isLegalTransition } from '../../../contracts';
import { checkErrorEnvelope } from '../../gws-common/error-envelope';
import { refused, told, type Json } from '../../gws-common/gws-client';
import { subTypeOf } from '../../gws-common/notification-views';
import { listing, viewOf } from '../email-checks';
import type { EmailModel } from '../email-model';
import { myInteractions, operate, type EmailReal } from '../email-real';

/** Operations gws.email-reply refuses on the inbound e-mail: Reply and Complete while Invited, Send and Cancel while Accepted. */
export const REFUSED_OPERATIONS = ['Reply', 'Complete', 'Send', 'Cancel'] as const;
export type RefusedOperation = (typeof REFUSED_OPERATIONS)[number];

/**
 * An operation the e-mail's state does not allow (an `error` row of gws.email-reply, read from the
 * contract): refused with a non-zero statusCode, the e-mail's state unchanged and no reply
 * created; then the error envelope.
 */
export class RefusedOperationCommand implements AsyncCommand<EmailModel, EmailReal> {
  constructor(readonly operation: RefusedOperation) {}

  check(model: Readonly<EmailModel>): boolean {
    return (this.operation === 'Reply' || this.operation === 'Complete' ? 'Invited' : 'Accepted') === model.inbound;
  }

  async run(model: EmailModel, real: EmailReal): Promise<void> {
    const row = real.machine.transitions.find((t) => t.from === model.inbound && t.operation === `postMeInteractionsById:${this.operation}` && !isLegalTransition(t));
    if (!row) throw new Error(`gws.email-reply has no error row for ${this.operation} while ${model.inbound}`);
    const replies = (views: readonly Json[]) => views.filter((v) => subTypeOf(v) === 'OutboundReply' && !real.replyIds.includes(String(v.id))).length;
    const before = replies((await myInteractions(real)).views);
    const answer = await operate(real, real.inbound.interactionId, this.operation);
    await real.ledger.check(row.clause, () => expect(refused(answer), `${this.operation} while ${model.inbound} is refused: ${told(answer)}`).toBe(true));
    const { views } = await myInteractions(real);
    await real.ledger.check(row.clause, () => {
      expect(viewOf(views, real.inbound.interactionId)?.state, `the e-mail stays ${model.inbound} (the agent's interactions: ${listing(views)})`).toBe(model.inbound);
      expect(replies(views), 'no reply was created').toBe(before);
    });
    await checkErrorEnvelope(real.ledger, answer);
  }

  toString(): string {
    return `${this.operation} (refused)`;
  }
}
