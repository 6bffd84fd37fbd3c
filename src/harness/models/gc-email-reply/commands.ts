import * as fc from 'fast-check';
import { modelCommands } from '../model-property';
import { AttachmentCommand } from './commands/attachments';
import { ConnectedStateCommand } from './commands/conversation-state';
import { DisconnectCommand } from './commands/disconnect';
import { GetDraftCommand } from './commands/get-draft';
import { PatchDraftCommand } from './commands/patch-draft';
import { PutDraftCommand } from './commands/put-draft';
import { ReconnectCommand } from './commands/reconnect';
import { SendReplyCommand } from './commands/send-reply';
import { WrapUpCommand } from './commands/wrap-up';
import type { EmailReplyModel } from './reply-model';
import type { EmailReplyReal } from './reply-real';

/** The commands of the e-mail reply model (gc.email-draft). */
export function emailReplyCommands(maxCommands = 10) {
  const missing = fc.option(fc.constantFrom('from' as const, 'textBody' as const, 'to' as const), { nil: undefined, freq: 4 });
  const text = fc.string({ minLength: 1, maxLength: 300 });
  return modelCommands<EmailReplyModel, EmailReplyReal>(
    [
      fc.constant(null).map(() => new GetDraftCommand()),
      fc.tuple(fc.string({ maxLength: 60 }), text, missing).map(([subject, body, without]) => new PutDraftCommand(subject, body, without)),
      fc.tuple(fc.string({ maxLength: 60 }), text, missing).map(([subject, body, without]) => new PutDraftCommand(subject, body, without)),
      fc.constantFrom('autoFill' as const, 'discard' as const).map((action) => new PatchDraftCommand(action)),
      fc.tuple(fc.constantFrom('copy' as const, 'delete' as const), fc.nat({ max: 3 })).map(([action, pick]) => new AttachmentCommand(action, pick)),
      fc.tuple(text, missing).map(([body, without]) => new SendReplyCommand(body, without)),
      fc.tuple(text, missing).map(([body, without]) => new SendReplyCommand(body, without)),
      fc.nat({ max: 5 }).map((pick) => new WrapUpCommand(pick)),
      fc.constantFrom('communication' as const, 'conversation' as const).map((scope) => new DisconnectCommand(scope)),
      fc.constant(null).map(() => new ReconnectCommand()),
      fc.constant(null).map(() => new ConnectedStateCommand()),
    ],
    maxCommands,
  );
}
