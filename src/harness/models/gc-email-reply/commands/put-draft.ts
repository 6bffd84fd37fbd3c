import type { AsyncCommand } from 'fast-check';
import { expect } from '@playwright/test';
import { drafting, type EmailReplyModel } from '../reply-model';
import { draftPath, readDraft, replyBody, type EmailReplyReal } from '../reply-real';

/** PUT the draft: stored and read back (gc.email-draft.put); without from, textBody or to, refused with the draft unchanged (gc.input.email-message-required). */
export class PutDraftCommand implements AsyncCommand<EmailReplyModel, EmailReplyReal> {
  constructor(
    readonly subject: string,
    readonly textBody: string,
    readonly without?: 'from' | 'textBody' | 'to',
  ) {}

  check(model: Readonly<EmailReplyModel>): boolean {
    return drafting(model.phase);
  }

  async run(model: EmailReplyModel, real: EmailReplyReal): Promise<void> {
    const answer = await real.send('PUT', draftPath(real.ids), 'putConversationsEmailMessagesDraft', replyBody(real.ids, this.subject, this.textBody, this.without));
    if (this.without) {
      await real.ledger.check('gc.input.email-message-required', () => expect(answer.status, `PUT draft without ${this.without}: ${answer.text.slice(0, 200)}`).toBe(400));
      const draft = await readDraft(real);
      await real.ledger.check('gc.input.email-message-required', () => {
        if (model.expected) expect({ subject: draft.subject, textBody: draft.textBody }, 'the refused update changed nothing').toEqual(model.expected);
      });
      return;
    }
    const draft = await readDraft(real);
    await real.ledger.check('gc.email-draft.put', () => {
      expect(answer.status, `PUT draft: ${answer.text.slice(0, 200)}`).toBe(200);
      expect({ subject: draft.subject, textBody: draft.textBody }, 'the next read returns what was sent').toEqual({ subject: this.subject, textBody: this.textBody });
    });
    model.phase = 'DraftEdited';
    model.expected = { subject: this.subject, textBody: this.textBody };
    // The update carries no attachments: what the draft keeps is the target's to decide.
    model.attachments = new Set(draft.attachments);
  }

  toString(): string {
    return this.without ? `putDraft(without ${this.without})` : `putDraft(${JSON.stringify(this.subject)}, ${this.textBody.length} chars)`;
  }
}
