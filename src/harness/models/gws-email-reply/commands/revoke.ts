import type { AsyncCommand } from 'fast-check';
import { expect } from '@playwright/test';
import { capabilitiesOf, interactionOf, isInteractionState } from '../../gws-common/notification-views';
import { arrived } from '../../gws-common/notification-probe';
import { listing, viewOf } from '../email-checks';
import type { EmailModel } from '../email-model';
import { INTERACTIONS, myInteractions, type EmailReal } from '../email-real';

const CLAUSE = 'gws.interaction.revoked-after-inactivity';

/**
 * The agent leaves the invitation unanswered until the system withdraws it (provider state "an
 * invitation of agent1 is revoked"): an InteractionStateMessage with state Revoked and no
 * capabilities, and the e-mail is no longer the agent's.
 */
export class RevokeCommand implements AsyncCommand<EmailModel, EmailReal> {
  check(model: Readonly<EmailModel>): boolean {
    return model.inbound === 'Invited';
  }

  async run(model: EmailModel, real: EmailReal): Promise<void> {
    const mark = real.probe.mark();
    const state = await real.providerStates.setUp('an invitation of agent1 is revoked', { interactionId: real.inbound.interactionId });
    if (!state.ok) throw new Error(state.reason);
    const notification = await real.probe.next(INTERACTIONS, isInteractionState(real.inbound.interactionId, 'Revoked'), `the Revoked notification of e-mail ${real.inbound.interactionId}`, mark);
    if (real.probe.available) {
      await real.ledger.check(CLAUSE, () => {
        if (!arrived(notification)) throw notification ?? new Error('no session');
        expect(real.probe.violations('InteractionStateMessage', notification.data), 'the Revoked notification conforms to the AsyncAPI message InteractionStateMessage').toBeUndefined();
        expect(capabilitiesOf(interactionOf(notification.data)), 'a revoked invitation offers nothing').toEqual([]);
      });
    } else real.probe.notChecked(CLAUSE);
    const { views } = await myInteractions(real);
    await real.ledger.check(CLAUSE, () => expect(viewOf(views, real.inbound.interactionId), `the revoked e-mail is no longer the agent's (the agent's interactions: ${listing(views)})`).toBeUndefined());
    model.inbound = 'Gone';
  }

  toString(): string {
    return 'Revoked (inactivity)';
  }
}
