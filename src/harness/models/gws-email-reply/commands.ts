import * as fc from 'fast-check';
import { longCommands } from '../gws-common/long-commands';
import { AcceptCommand } from './commands/accept';
import { EndOwnershipCommand } from './commands/end-ownership';
import { FinishReplyCommand } from './commands/finish-reply';
import { NewInvitationCommand } from './commands/new-invitation';
import { RefusedOperationCommand } from './commands/refused-operation';
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

/**
 * The commands of the e-mail reply model, with their generated arguments. fc.commands picks
 * among the entries evenly, so the entries are chosen to give each state a fair mix of what it
 * allows and what it refuses.
 */
export function emailReplyCommands(maxCommands = 10) {
  return longCommands<EmailModel, EmailReal>(
    [
      // While Invited
      fc.constant(null).map(() => new AcceptCommand()),
      fc.constant(null).map(() => new AcceptCommand()),
      fc.constant(null).map(() => new EndOwnershipCommand('Reject')),
      fc.constant(null).map(() => new RevokeCommand()),
      fc.constant('Reply' as const).map((operation) => new RefusedOperationCommand(operation)),
      fc.constant('Complete' as const).map((operation) => new RefusedOperationCommand(operation)),
      // While Accepted
      replyOptions.map((options) => new ReplyCommand(false, options)),
      replyOptions.map((options) => new ReplyCommand(true, options)),
      fc.constant(null).map(() => new EndOwnershipCommand('Complete')),
      fc.constant(null).map(() => new EndOwnershipCommand('PlaceInQueue')),
      fc.constant('Send' as const).map((operation) => new RefusedOperationCommand(operation)),
      fc.constant('Cancel' as const).map((operation) => new RefusedOperationCommand(operation)),
      // Once the e-mail is gone
      fc.constant(null).map(() => new NewInvitationCommand()),
      fc.constant(null).map(() => new NewInvitationCommand()),
      // On a reply
      fc.nat(3).map((pick) => new FinishReplyCommand('Send', pick)),
      fc.nat(3).map((pick) => new FinishReplyCommand('Cancel', pick)),
    ],
    maxCommands,
  );
}
