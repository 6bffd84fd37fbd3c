/** The e-mail as it arrived (the provider state's answer, email_object field names). */
export interface OriginalEmail {
  readonly FromAddress: string;
  readonly ReplyToAddress?: string;
  readonly ToAddress: string;
  readonly CCAddresses?: string;
  readonly Subject: string;
  readonly Text: string;
}

/** The members of Reply and ReplyAll that shape the reply; omitted ones are not sent. */
export interface ReplyOptions {
  readonly subjectPrefix?: string;
  readonly replyToStartLine?: string;
  readonly indentCharacter?: string;
  readonly quoteOriginal?: boolean;
}

/** One reply the agent created: its id and whether the agent still works on it. */
export interface ReplyModel {
  readonly id: string;
  /** The e-mail it replies to. */
  readonly original: OriginalEmail;
  readonly all: boolean;
  readonly options: ReplyOptions;
  live: boolean;
}

/** Where the inbound e-mail stands for the agent: invited, accepted (working on it), or gone (rejected, revoked, completed, queued). */
export type InboundState = 'Invited' | 'Accepted' | 'Gone';

/**
 * The model of one inbound e-mail in the reply flow (gws.email-reply): only the facts the
 * clauses speak of - the inbound interaction's state for the agent, and the replies created from it.
 */
export interface EmailModel {
  inbound: InboundState;
  readonly replies: ReplyModel[];
}

/** The replies the agent still works on. */
export function liveReplies(model: Readonly<EmailModel>): ReplyModel[] {
  return model.replies.filter((r) => r.live);
}
