import type { AsyncCommand } from 'fast-check';
import { expect } from '@playwright/test';
import type { EmailReplyModel } from '../reply-model';
import { EMAILS, replyBody, type EmailReplyReal } from '../reply-real';

const messageIds = async (real: EmailReplyReal) =>
  (((await real.send('GET', `${EMAILS}/${real.ids.conversationId}/messages`, 'getConversationsEmailMessages')).json as { entities?: { id?: unknown }[] } | undefined)?.entities ?? []).map((m) => String(m.id));

/** POST the reply from an edited draft: it joins the conversation's messages (gc.email-draft.send-reply); without from, textBody or to it is refused and nothing is sent. */
export class SendReplyCommand implements AsyncCommand<EmailReplyModel, EmailReplyReal> {
  constructor(
    readonly textBody: string,
    readonly without?: 'from' | 'textBody' | 'to',
  ) {}

  check(model: Readonly<EmailReplyModel>): boolean {
    return model.phase === 'DraftEdited';
  }

  async run(model: EmailReplyModel, real: EmailReplyReal): Promise<void> {
    const before = await messageIds(real);
    const answer = await real.send('POST', `${EMAILS}/${real.ids.conversationId}/messages`, 'postConversationsEmailMessages', replyBody(real.ids, 'Re: your question', this.textBody, this.without));
    const after = await messageIds(real);
    if (this.without) {
      await real.ledger.check('gc.input.email-message-required', () => {
        expect(answer.status, `reply without ${this.without}: ${answer.text.slice(0, 200)}`).toBe(400);
        expect(after, 'no e-mail was sent').toEqual(before);
      });
      return;
    }
    const id = (answer.json as { id?: unknown } | undefined)?.id;
    await real.ledger.check('gc.email-draft.send-reply', () => {
      expect(answer.status, `send reply: ${answer.text.slice(0, 200)}`).toBe(200);
      expect(after, 'the reply is among the conversation messages').toContain(String(id));
    });
    model.phase = 'ReplySent';
    delete model.expected;
  }

  toString(): string {
    return this.without ? `sendReply(without ${this.without})` : `sendReply(${this.textBody.length} chars)`;
  }
}
