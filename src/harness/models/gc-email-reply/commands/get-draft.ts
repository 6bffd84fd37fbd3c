import type { AsyncCommand } from 'fast-check';
import { expect } from '@playwright/test';
import { drafting, type EmailReplyModel } from '../reply-model';
import { readDraft, type EmailReplyReal } from '../reply-real';

/** GET the draft (twice): it is returned as the model says and reading does not change it (gc.email-draft.get). */
export class GetDraftCommand implements AsyncCommand<EmailReplyModel, EmailReplyReal> {
  check(model: Readonly<EmailReplyModel>): boolean {
    return drafting(model.phase);
  }

  async run(model: EmailReplyModel, real: EmailReplyReal): Promise<void> {
    const draft = await readDraft(real);
    await real.ledger.check('gc.email-draft.get', () => {
      if (model.expected) expect({ subject: draft.subject, textBody: draft.textBody }, 'the draft holds what was stored').toEqual(model.expected);
      expect([...draft.attachments].sort(), 'the draft lists its attachments').toEqual([...model.attachments].sort());
    });
  }

  toString(): string {
    return 'getDraft()';
  }
}
