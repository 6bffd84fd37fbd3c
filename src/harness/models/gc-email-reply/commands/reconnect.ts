import type { AsyncCommand } from 'fast-check';
import { expect } from '@playwright/test';
import type { EmailReplyModel } from '../reply-model';
import { communicationStates, EMAILS, type EmailReplyReal } from '../reply-real';

/** POST reconnect: on a fully disconnected conversation the agent and the customer are connected again (gc.email-draft.reconnect); otherwise refused. */
export class ReconnectCommand implements AsyncCommand<EmailReplyModel, EmailReplyReal> {
  check(): boolean {
    return true;
  }

  async run(model: EmailReplyModel, real: EmailReplyReal): Promise<void> {
    const { ids } = real;
    const answer = await real.send('POST', `${EMAILS}/${ids.conversationId}/reconnect`, 'postConversationsEmailReconnect');
    if (model.phase !== 'Disconnected') {
      await real.ledger.check('gc.email-draft.reconnect-requires-disconnected', () => {
        expect(answer.status, `reconnect while ${model.phase}: refused`).toBeGreaterThanOrEqual(400);
        expect(answer.status, `reconnect while ${model.phase}: a client error`).toBeLessThan(500);
      });
      return;
    }
    const states = await communicationStates(real);
    await real.ledger.check('gc.email-draft.reconnect', () => {
      expect(answer.status, `reconnect: ${answer.text.slice(0, 200)}`).toBeLessThan(300);
      expect({ agent: states[ids.participantId], customer: states[ids.customerParticipantId] }, 'the agent and the customer are connected again').toEqual({ agent: ['connected'], customer: ['connected'] });
    });
    model.phase = 'DraftInitial';
    model.expected = { subject: model.initial.subject, textBody: model.initial.textBody };
    model.attachments = new Set(model.initial.attachments);
    delete model.wrapup;
  }

  toString(): string {
    return 'reconnect()';
  }
}
