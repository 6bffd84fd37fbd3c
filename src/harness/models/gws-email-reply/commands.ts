import * as fc from 'fast-check';
import { modelCommands } from '../model-property';
import { AcceptCommand } from './commands/accept';
import { EndOwnershipCommand } from './commands/end-ownership';
import { FinishReplyCommand } from './commands/finish-reply';
import { REFUSED_OPERATIONS, RefusedOperationCommand } from './commands/refused-operation';
import { ReplyCommand } from './commands/reply';
import { RevokeCommand } from './commands/revoke';
import type { EmailModel, ReplyOptions } from './email-model';
import type { EmailReal } from './email-real';

/** Reply / ReplyAll members: each may be left out; quoteOriginal is sent as a JSON boolean when sent (gws.sm-quote-original-default). */
export const replyOptions: fc.Arbitrary<ReplyOptions> = fc.record(
  {
    subjectPrefix: fc.constantFrom('Re: ', 'RE: ', 'AW: '),
    replyToStartLine: fc.constantFrom('On Monday the customer wrote:', '-----Original Message-----'),
    indentCharacter: fc.constantFrom('>', '> ', '|'),
    quoteOriginal: fc.boolean(),
  },
  { requiredKeys: [] },
);

/** The commands of the e-mail reply model, with their generated arguments. */
export function emailReplyCommands(maxCommands = 8) {
  return modelCommands<EmailModel, EmailReal>(
    [
      fc.constant(null).map(() => new AcceptCommand()),
      fc.constant(null).map(() => new AcceptCommand()),
      fc.constant(null).map(() => new RevokeCommand()),
      fc.constantFrom('Reject', 'Complete', 'PlaceInQueue' as const).map((operation) => new EndOwnershipCommand(operation)),
      fc.tuple(fc.boolean(), replyOptions).map(([all, options]) => new ReplyCommand(all, options)),
      fc.tuple(fc.boolean(), replyOptions).map(([all, options]) => new ReplyCommand(all, options)),
      fc.tuple(fc.constantFrom('Send', 'Cancel' as const), fc.nat(3)).map(([operation, pick]) => new FinishReplyCommand(operation, pick)),
      fc.constantFrom(...REFUSED_OPERATIONS).map((operation) => new RefusedOperationCommand(operation)),
    ],
    maxCommands,
  );
}
