import type { EmailFields } from './types';

/** The optional members of Reply and ReplyAll that shape the reply. */
export interface ReplyOptions {
  readonly subjectPrefix?: string;
  readonly replyToStartLine?: string;
  readonly indentCharacter?: string;
  /** Reply: added only when true; ReplyAll: "default is true". */
  readonly quoteOriginal?: boolean;
}

/**
 * The e-mail of the reply that Reply (or ReplyAll, `all`) creates, as "Interactions On E-mail
 * Channel" derives it: To from the original Reply-To (gws.email-reply.to-from-reply-to), From
 * from the original To (gws.email-reply.from-original-to), Subject prefixed
 * (gws.email-reply.subject-prefix), CC kept for ReplyAll only (gws.email-reply.reply-all-cc) and a
 * body that is empty unless the original is quoted (gws.email-reply.body-empty-unless-quote,
 * gws.email-reply.body-quote-original). Without a Reply-To the sender is answered.
 */
export function replyEmail(original: EmailFields, options: ReplyOptions, all: boolean): EmailFields {
  const quote = options.quoteOriginal ?? all;
  const reply: EmailFields = {
    ToAddress: original.ReplyToAddress ?? original.FromAddress,
    FromAddress: original.ToAddress,
    Subject: `${options.subjectPrefix ?? ''}${original.Subject}`,
    Text: quote ? quotedText(original.Text, options) : '',
  };
  if (all && original.CCAddresses !== undefined) reply.CCAddresses = original.CCAddresses;
  return reply;
}

/** The original text, each line preceded by indentCharacter, the whole preceded by replyToStartLine. */
export function quotedText(text: string, options: Pick<ReplyOptions, 'replyToStartLine' | 'indentCharacter'>): string {
  const indent = options.indentCharacter ?? '';
  const body = text
    .split('\n')
    .map((line) => `${indent}${line}`)
    .join('\n');
  return options.replyToStartLine !== undefined ? `${options.replyToStartLine}\n${body}` : body;
}

/** quoteOriginal as sent: a boolean, or the strings "true"/"false" the document's example shows. */
export function quoteFlag(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'false') return value === 'true';
  return undefined;
}
