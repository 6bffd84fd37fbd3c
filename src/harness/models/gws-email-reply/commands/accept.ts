import type { AsyncCommand } from 'fast-check';
import { expect } from '@playwright/test';
import { succeeded, told } from '../../gws-common/gws-client';
import { capabilitiesOf, isInteractionState } from '../../gws-common/notification-views';
import { checkInteractionNotification, listing, viewOf } from '../email-checks';
import type { EmailModel } from '../email-model';
import { INTERACTIONS, myInteractions, operate, type EmailReal } from '../email-real';

/** Accept on the invitation: the e-mail becomes Accepted with Reply and ReplyAll offered, and the result arrives on /v2/me/interactions. */
export class AcceptCommand implements AsyncCommand<EmailModel, EmailReal> {
  check(model: Readonly<EmailModel>): boolean {
    return model.inbound === 'Invited';
  }

  async run(model: EmailModel, real: EmailReal): Promise<void> {
    const mark = real.probe.mark();
    const answer = await operate(real, real.inbound.interactionId, 'Accept');
    const notification = await real.probe.next(INTERACTIONS, isInteractionState(real.inbound.interactionId, 'Accepted'), `the Accepted state of e-mail ${real.inbound.interactionId}`, mark);
    await real.ledger.check('gws.email-reply.accept', () => expect(succeeded(answer), `Accept is accepted: ${told(answer)}`).toBe(true));
    const { views } = await myInteractions(real);
    const view = viewOf(views, real.inbound.interactionId);
    await real.ledger.check('gws.email-reply.accept', () => {
      expect(view?.state, `the e-mail is Accepted by the agent (the agent's interactions: ${listing(views)})`).toBe('Accepted');
      expect(capabilitiesOf(view), 'an accepted e-mail offers Reply and ReplyAll').toEqual(expect.arrayContaining(['Reply', 'ReplyAll']));
    });
    await checkInteractionNotification(real, 'gws.interaction.accept-result-via-cometd', notification, 'the Accepted notification', ['Reply', 'ReplyAll']);
    model.inbound = 'Accepted';
  }

  toString(): string {
    return 'Accept';
  }
}
