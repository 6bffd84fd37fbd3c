import type { AsyncCommand } from 'fast-check';
import { expect, test } from '@playwright/test';
import { succeeded, told } from '../../gws-common/gws-client';
import { listing, viewOf } from '../email-checks';
import type { EmailModel } from '../email-model';
import { myInteractions, operate, readInteraction, type EmailReal } from '../email-real';

type Ending = 'Reject' | 'Complete' | 'PlaceInQueue';

const CLAUSE: Readonly<Record<Ending, string>> = { Reject: 'gws.email-reply.reject', Complete: 'gws.email-reply.complete', PlaceInQueue: 'gws.email-reply.place-in-queue' };

/**
 * Operations that end the agent's ownership of the e-mail: Reject on the invitation, Complete and
 * PlaceInQueue (with a queueName) once accepted. The e-mail leaves the agent's interactions;
 * after PlaceInQueue it is in the named queue.
 */
export class EndOwnershipCommand implements AsyncCommand<EmailModel, EmailReal> {
  constructor(readonly operation: Ending) {}

  check(model: Readonly<EmailModel>): boolean {
    return this.operation === 'Reject' ? model.inbound === 'Invited' : model.inbound === 'Accepted';
  }

  async run(model: EmailModel, real: EmailReal): Promise<void> {
    const clause = CLAUSE[this.operation];
    if (this.operation === 'PlaceInQueue' && real.inbound.queueName === undefined) {
      const description = `${clause}: the target named no e-mail queue to place the e-mail in (the provider state's answer has no queueName)`;
      const info = test.info();
      if (!info.annotations.some((a) => a.description === description)) info.annotations.push({ type: 'not-applicable', description });
      return;
    }
    const answer = await operate(real, real.inbound.interactionId, this.operation, this.operation === 'PlaceInQueue' ? { queueName: real.inbound.queueName } : {});
    await real.ledger.check(clause, () => expect(succeeded(answer), `${this.operation} on the e-mail is accepted: ${told(answer)}`).toBe(true));
    const { views } = await myInteractions(real);
    await real.ledger.check(clause, () => expect(viewOf(views, real.inbound.interactionId), `after ${this.operation} the agent no longer handles the e-mail (the agent's interactions: ${listing(views)})`).toBeUndefined());
    if (this.operation === 'PlaceInQueue') {
      const { answer: read, view } = await readInteraction(real, real.inbound.interactionId);
      await real.ledger.check(clause, () => expect(view?.currentQueue, `the e-mail is in queue ${String(real.inbound.queueName)}: ${told(read)}`).toBe(real.inbound.queueName));
    }
    model.inbound = 'Gone';
  }

  toString(): string {
    return this.operation;
  }
}
