import type { AsyncCommand } from 'fast-check';
import { expect } from '@playwright/test';
import { succeeded, told, type Json } from '../../gws-common/gws-client';
import { arrived } from '../../gws-common/notification-probe';
import { emailField, interactionOf, subTypeOf } from '../../gws-common/notification-views';
import { checkInteractionNotification, listing, viewOf } from '../email-checks';
import type { EmailModel, ReplyOptions } from '../email-model';
import { INTERACTIONS, myInteractions, operate, type EmailReal } from '../email-real';
import { addressSet, expectedFrom, expectedSubject, expectedTo, quoteDefect } from '../reply-derivation';

/** The capabilities of a new reply, as the E-mail Reply Created notification shows them. */
export const REPLY_CAPABILITIES = ['Cancel', 'Send', 'PlaceInWorkbin', 'UpdateProperties', 'LinkAttachment'] as const;

const same = (a: string | undefined, b: string | undefined) => (a ?? '').trim().toLowerCase() === (b ?? '').trim().toLowerCase();

/**
 * Reply or ReplyAll on the accepted e-mail: a new outbound reply in state ReplyCreated whose
 * fields derive from the original as documented, announced by an InteractionStateMessage. The
 * reply's id comes from replyInteractionId when the answer has it, else from the notification,
 * else from the agent's interactions (gws.sm-reply-interaction-id); its fields are read from
 * GET /me/interactions?fields=*, which has the notifications' format.
 */
export class ReplyCommand implements AsyncCommand<EmailModel, EmailReal> {
  constructor(
    readonly all: boolean,
    readonly options: ReplyOptions,
  ) {}

  check(model: Readonly<EmailModel>): boolean {
    return model.inbound === 'Accepted';
  }

  async run(model: EmailModel, real: EmailReal): Promise<void> {
    const { ledger } = real;
    const name = this.all ? 'ReplyAll' : 'Reply';
    const before = real.probe.available ? [] : (await myInteractions(real)).views.map((v) => String(v.id));
    const mark = real.probe.mark();
    const answer = await operate(real, real.inbound.interactionId, name, { ...this.options });
    const given = typeof answer.body.replyInteractionId === 'string' ? answer.body.replyInteractionId : undefined;
    const notification = await real.probe.next(INTERACTIONS, (data) => interactionOf(data)?.state === 'ReplyCreated' && (given === undefined || interactionOf(data)?.id === given), `the ReplyCreated notification of the ${name} on ${real.inbound.interactionId}`, mark);
    const omitted = (['subjectPrefix', 'replyToStartLine', 'indentCharacter'] as const).filter((m) => this.options[m] === undefined);
    if (omitted.length > 0) await ledger.check('gws.email-reply.optional-parameters', () => expect(succeeded(answer), `${name} without ${omitted.join(', ')} is accepted: ${told(answer)}`).toBe(true));
    await ledger.check('gws.email-reply.reply', () => expect(succeeded(answer), `${name} on the accepted e-mail is accepted: ${told(answer)}`).toBe(true));
    const { views } = await myInteractions(real);
    const announced: unknown = arrived(notification) ? interactionOf(notification.data)?.id : undefined;
    const id = String(given ?? announced ?? views.find((v) => !before.includes(String(v.id)) && subTypeOf(v) === 'OutboundReply')?.id ?? '');
    const reply = viewOf(views, id);
    await ledger.check('gws.email-reply.reply', () => {
      expect(reply, `a new reply interaction is among the agent's (id ${id || 'unknown'}; the agent's interactions: ${listing(views)})`).toBeDefined();
      expect(reply?.state, 'the reply is in state ReplyCreated').toBe('ReplyCreated');
      expect(viewOf(views, real.inbound.interactionId)?.state, `${name} leaves the original e-mail Accepted`).toBe('Accepted');
    });
    if (reply) {
      real.replyIds.push(id);
      model.replies.push({ id, original: real.inbound.original, all: this.all, options: this.options, live: true });
    }
    await checkDerivation(real, name, reply ?? {}, this.all, this.options);
    await checkInteractionNotification(real, 'gws.email-reply.created-notification', notification, `the ReplyCreated notification of the ${name}`, REPLY_CAPABILITIES);
    if (arrived(notification)) {
      const interaction = interactionOf(notification.data) ?? {};
      await ledger.check('gws.email-reply.created-notification', () => expect(subTypeOf(interaction), 'the new reply is an OutboundReply').toBe('OutboundReply'));
    }
  }

  toString(): string {
    return `${this.all ? 'ReplyAll' : 'Reply'}(${JSON.stringify(this.options)})`;
  }
}

/** The reply's fields against the original, one clause each. */
async function checkDerivation(real: EmailReal, name: string, reply: Json, all: boolean, options: ReplyOptions): Promise<void> {
  const { ledger } = real;
  const { original } = real.inbound;
  const field = (member: string) => emailField(reply, member);
  const to = expectedTo(original);
  if (to !== undefined) await ledger.check('gws.email-reply.to-from-reply-to', () => expect(same(field('ToAddress'), to), `the ${name}'s ToAddress ${String(field('ToAddress'))} is the original's ReplyToAddress ${to}`).toBe(true));
  await ledger.check('gws.email-reply.from-original-to', () => expect(same(field('FromAddress'), expectedFrom(original)), `the ${name}'s FromAddress ${String(field('FromAddress'))} is the original's ToAddress ${original.ToAddress}`).toBe(true));
  await ledger.check('gws.email-reply.subject-prefix', () => expect(field('Subject'), `the ${name}'s Subject is subjectPrefix + the original's subject`).toBe(expectedSubject(original, options)));
  if (all && original.CCAddresses !== undefined) {
    await ledger.check('gws.email-reply.reply-all-cc', () => expect(addressSet(field('CCAddresses') ?? field('CCAddress')), `the ReplyAll keeps the original's CCAddresses ${original.CCAddresses}`).toEqual(addressSet(original.CCAddresses)));
  }
  const body = field('Text') ?? '';
  if (options.quoteOriginal === false) await ledger.check('gws.email-reply.body-empty-unless-quote', () => expect(body, `the ${name}'s body without quoteOriginal`).toBe(''));
  if (options.quoteOriginal === true) await ledger.check('gws.email-reply.body-quote-original', () => expect(quoteDefect(body, original, options), `the ${name}'s quoted body: ${JSON.stringify(body)}`).toBeUndefined());
}
