import type { AsyncCommand } from 'fast-check';
import { expect } from '@playwright/test';
import type { EmailReplyModel } from '../reply-model';
import { EMAILS, type EmailReplyReal } from '../reply-real';

/** PATCH the conversation with a state other than disconnected: refused with 400 (gc.state.conversation-disconnected-only). */
export class ConnectedStateCommand implements AsyncCommand<EmailReplyModel, EmailReplyReal> {
  check(model: Readonly<EmailReplyModel>): boolean {
    return model.destructive && model.phase !== 'Disconnected';
  }

  async run(_model: EmailReplyModel, real: EmailReplyReal): Promise<void> {
    const answer = await real.send('PATCH', `${EMAILS}/${real.ids.conversationId}`, 'patchConversationsEmail', { state: 'connected' });
    await real.ledger.check('gc.state.conversation-disconnected-only', () => expect(answer.status, `conversation update with state connected: ${answer.text.slice(0, 200)}`).toBe(400));
  }

  toString(): string {
    return 'patchConversation(state=connected)';
  }
}
