import type { AsyncCommand } from 'fast-check';
import { expect } from '@playwright/test';
import { draftContent, drafting, type EmailReplyModel } from '../reply-model';
import { draftPath, readDraft, type EmailReplyReal } from '../reply-real';

/** Copies attachments of the inbound e-mail to the draft (gc.email-draft.copy-attachments), or deletes one from it (gc.email-draft.delete-attachment). */
export class AttachmentCommand implements AsyncCommand<EmailReplyModel, EmailReplyReal> {
  private chosen?: string;

  constructor(
    readonly action: 'copy' | 'delete',
    readonly pick: number,
  ) {}

  check(model: Readonly<EmailReplyModel>): boolean {
    if (this.action === 'copy') return drafting(model.phase) && model.sourceAttachments.length > 0;
    return model.destructive && model.phase === 'DraftEdited' && model.attachments.size > 0;
  }

  async run(model: EmailReplyModel, real: EmailReplyReal): Promise<void> {
    if (this.action === 'copy') {
      const id = model.sourceAttachments[this.pick % model.sourceAttachments.length]!;
      this.chosen = id;
      const answer = await real.send('POST', `${draftPath(real.ids)}/attachments/copy`, 'postConversationsEmailMessagesDraftAttachmentsCopy', { sourceMessage: { id: real.ids.messageId }, attachments: [{ attachmentId: id }] });
      await real.ledger.check('gc.email-draft.copy-attachments', () => {
        expect(answer.status, `copy attachment: ${answer.text.slice(0, 200)}`).toBe(200);
        expect(draftContent(answer.json).attachments, 'the returned draft holds the copied attachment').toContain(id);
      });
      model.attachments.add(id);
      model.phase = 'DraftEdited';
      return;
    }
    const held = [...model.attachments];
    const id = held[this.pick % held.length]!;
    this.chosen = id;
    const answer = await real.send('DELETE', `${draftPath(real.ids)}/attachments/${encodeURIComponent(id)}`, 'deleteConversationsEmailMessagesDraftAttachment');
    const draft = await readDraft(real);
    await real.ledger.check('gc.email-draft.delete-attachment', () => {
      expect(answer.status, `delete attachment: ${answer.text.slice(0, 200)}`).toBeLessThan(300);
      expect([...draft.attachments].sort(), 'the draft no longer lists it, and keeps the others').toEqual(held.filter((a) => a !== id).sort());
    });
    model.attachments.delete(id);
  }

  toString(): string {
    return `${this.action}Attachment(${this.chosen ?? this.pick})`;
  }
}
