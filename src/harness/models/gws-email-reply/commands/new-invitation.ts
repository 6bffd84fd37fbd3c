import type { AsyncCommand } from 'fast-check';
import type { EmailModel } from '../email-model';
import type { EmailReal } from '../email-real';

/** Once the agent no longer has the e-mail, a new inbound e-mail is offered (its invitation checked, gws.interaction.invite). */
export class NewInvitationCommand implements AsyncCommand<EmailModel, EmailReal> {
  check(model: Readonly<EmailModel>): boolean {
    return model.inbound === 'Gone';
  }

  async run(model: EmailModel, real: EmailReal): Promise<void> {
    await real.invite();
    model.inbound = 'Invited';
  }

  toString(): string {
    return 'new e-mail invitation';
  }
}
