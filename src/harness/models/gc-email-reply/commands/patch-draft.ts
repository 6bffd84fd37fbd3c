import type { AsyncCommand } from 'fast-check';
import { expect } from '@playwright/test';
import { draftContent, type EmailReplyModel } from '../reply-model';
import { draftPath, readDraft, type EmailReplyReal } from '../reply-real';

/** PATCH the draft with autoFill=true (from DraftInitial: content filled in) or discard=true (from DraftEdited: back to the initial draft). */
export class PatchDraftCommand implements AsyncCommand<EmailReplyModel, EmailReplyReal> {
  constructor(readonly action: 'autoFill' | 'discard') {}

  check(model: Readonly<EmailReplyModel>): boolean {
    return this.action === 'autoFill' ? model.phase === 'DraftInitial' : model.phase === 'DraftEdited';
  }

  async run(model: EmailReplyModel, real: EmailReplyReal): Promise<void> {
    const answer = await real.send('PATCH', draftPath(real.ids), 'patchConversationsEmailMessagesDraft', {}, { [this.action]: 'true' });
    if (this.action === 'autoFill') {
      const filled = draftContent(answer.json);
      await real.ledger.check('gc.email-draft.auto-fill', () => {
        expect(answer.status, `PATCH draft autoFill: ${answer.text.slice(0, 200)}`).toBe(200);
        expect({ subject: filled.subject, textBody: filled.textBody, to: filled.to }, 'the returned draft is filled in, not the initial one').not.toEqual({ subject: model.initial.subject, textBody: model.initial.textBody, to: model.initial.to });
      });
      model.phase = 'DraftEdited';
      model.expected = { subject: filled.subject, textBody: filled.textBody };
      return;
    }
    const draft = await readDraft(real);
    await real.ledger.check('gc.email-draft.discard', () => {
      expect(answer.status, `PATCH draft discard: ${answer.text.slice(0, 200)}`).toBe(200);
      expect(draft, 'the draft is back in its initial state').toEqual(model.initial);
    });
    model.phase = 'DraftInitial';
    model.expected = { subject: model.initial.subject, textBody: model.initial.textBody };
    model.attachments = new Set(model.initial.attachments);
  }

  toString(): string {
    return `patchDraft(${this.action}=true)`;
  }
}
