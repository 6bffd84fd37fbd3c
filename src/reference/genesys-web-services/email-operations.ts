import type { ReferenceRequest } from '../http/reference-types';
import { GwsFailure } from './envelope';
import { quoteFlag, quotedText, replyEmail } from './email-reply';
import { interactionId } from './ids';
import { announceInteraction } from './interaction-view';
import { text } from './request-body';
import type { EmailFields, EmailInteraction, GwsState, User } from './types';

type Json = Record<string, unknown>;

/**
 * Reply / ReplyAll on an accepted inbound e-mail: a new outbound reply interaction in state
 * ReplyCreated, owned by the agent and announced on /v2/me/interactions (gws.email-reply.reply,
 * gws.email-reply.created-notification). Answers the reply's id.
 */
export function createReply(state: GwsState, request: ReferenceRequest, original: EmailInteraction, user: User, name: 'Reply' | 'ReplyAll', body: Json): EmailInteraction {
  const options = {
    subjectPrefix: text(body, 'subjectPrefix'),
    replyToStartLine: text(body, 'replyToStartLine'),
    indentCharacter: text(body, 'indentCharacter'),
    quoteOriginal: quoteFlag(body.quoteOriginal),
  };
  // Breaks gws.email-reply.optional-parameters: Reply and ReplyAll without subjectPrefix are refused as missing a parameter.
  if (options.subjectPrefix === undefined && request.faults.has('gws-reply-needs-subject-prefix')) throw new GwsFailure(1, 'subjectPrefix is required');
  const email = bentReply(request, original.email, replyEmail(original.email, options, name === 'ReplyAll'), options);
  const reply: EmailInteraction = {
    id: interactionId(state),
    channel: 'email',
    stage: 'ReplyCreated',
    subType: 'OutboundReply',
    // Breaks gws.email-reply.reply: the reply is created (and announced) but is not the agent's.
    ...(request.faults.has('gws-reply-not-owned') ? {} : { owner: user.id }),
    queue: text(body, 'queueName') ?? original.queue,
    receivedAt: Date.now(),
    parentId: original.id,
    userData: {},
    attachments: [],
    email,
  };
  state.interactions.set(reply.id, reply);
  announceInteraction(state, user.id, reply, request.faults);
  return reply;
}

/** The derivation faults: each bends one field of the reply (one clause each). */
function bentReply(request: ReferenceRequest, original: EmailFields, reply: EmailFields, options: { quoteOriginal?: boolean | undefined; replyToStartLine?: string | undefined }): EmailFields {
  const faults = request.faults;
  const bent = { ...reply };
  // Breaks gws.email-reply.to-from-reply-to: the reply goes to the sender, not the Reply-To address.
  if (faults.has('gws-reply-to-original-from')) bent.ToAddress = original.FromAddress;
  // Breaks gws.email-reply.from-original-to: the reply is sent from the customer's address.
  if (faults.has('gws-reply-from-original-from')) bent.FromAddress = original.FromAddress;
  // Breaks gws.email-reply.subject-prefix: subjectPrefix is ignored.
  if (faults.has('gws-reply-subject-without-prefix')) bent.Subject = original.Subject;
  // Breaks gws.email-reply.reply-all-cc: ReplyAll drops the CC addresses.
  if (faults.has('gws-reply-all-drops-cc')) delete bent.CCAddresses;
  // Breaks gws.email-reply.body-empty-unless-quote: the original is quoted although quoteOriginal is not true.
  if (options.quoteOriginal !== true && bent.Text === '' && faults.has('gws-reply-quotes-unasked')) bent.Text = original.Text;
  // Breaks gws.email-reply.body-quote-original: the quote ignores indentCharacter.
  if (bent.Text !== '' && faults.has('gws-quote-ignores-indent')) bent.Text = quotedText(original.Text, { replyToStartLine: options.replyToStartLine });
  return bent;
}

/** Send on a reply (or a new outbound e-mail): email_object members replace the drafted fields. */
export function sendEmail(state: GwsState, request: ReferenceRequest, interaction: EmailInteraction, user: User, body: Json): void {
  const object = body.email_object;
  if (object !== undefined && (typeof object !== 'object' || object === null || Array.isArray(object))) throw new GwsFailure(2, 'email_object must be an object');
  const given = (object ?? {}) as Json;
  const pick = (member: string): string | undefined => {
    const value = given[member];
    return typeof value === 'string' ? value : undefined;
  };
  const email = interaction.email;
  interaction.email = {
    ...email,
    ToAddress: pick('toAddress') ?? email.ToAddress,
    FromAddress: pick('fromAddress') ?? email.FromAddress,
    // Breaks gws.email-reply.send-fields: the subject of email_object is ignored.
    Subject: (request.faults.has('gws-send-ignores-subject') ? undefined : pick('subject')) ?? email.Subject,
    Text: pick('text') ?? email.Text,
    ...(pick('ccAddress') !== undefined ? { CCAddresses: pick('ccAddress') } : {}),
  };
  if (!interaction.email.ToAddress) throw new GwsFailure(1, 'email_object.toAddress is required: the e-mail has no recipient');
  interaction.stage = 'Sent';
  delete interaction.owner;
  const queue = text(body, 'queueName');
  if (queue) interaction.queue = queue;
  announceInteraction(state, user.id, interaction, request.faults, 'Sent');
}

/** Create on /me/interactions: a new outbound e-mail owned by the agent, to be composed and sent. */
export function createOutboundEmail(state: GwsState, request: ReferenceRequest, user: User, body: Json): EmailInteraction {
  const interaction: EmailInteraction = {
    id: interactionId(state),
    channel: 'email',
    stage: 'ReplyCreated',
    subType: 'OutboundNew',
    owner: user.id,
    queue: text(body, 'queueName') ?? 'SimpleEmailOutQueue',
    receivedAt: Date.now(),
    parentId: null,
    userData: {},
    attachments: [],
    email: { FromAddress: '', ToAddress: '', Subject: '', Text: '' },
  };
  state.interactions.set(interaction.id, interaction);
  // Breaks gws.interaction.create-email: the new e-mail is not announced.
  if (!request.faults.has('gws-create-not-announced')) announceInteraction(state, user.id, interaction, request.faults);
  return interaction;
}
