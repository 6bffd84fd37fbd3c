/**
 * The model of an agent replying to an e-mail conversation (state machine gc.email-draft of the
 * Genesys Cloud contract): the phase of the flow and only the draft facts the clauses speak of.
 * AgentDisconnected is the machine's Disconnected reached through the agent's own communication,
 * while the customer is still connected, which the reconnect clauses tell apart. Pure: no I/O.
 */
export type ReplyPhase = 'DraftInitial' | 'DraftEdited' | 'ReplySent' | 'WrappedUp' | 'AgentDisconnected' | 'Disconnected';

/** The draft fields the clauses compare. */
export interface DraftContent {
  readonly subject: string;
  readonly textBody: string;
  readonly to: readonly string[];
  readonly attachments: readonly string[];
}

export interface EmailReplyModel {
  phase: ReplyPhase;
  /** What the next read of the draft must show (subject and text); undefined while the target decides (after a send). */
  expected?: Pick<DraftContent, 'subject' | 'textBody'>;
  /** Attachments the draft holds. */
  attachments: Set<string>;
  /** The attachments of the inbound e-mail that can be copied. */
  readonly sourceAttachments: readonly string[];
  /** The draft as first read: what a discard goes back to. */
  readonly initial: DraftContent;
  /** The wrap-up code applied, once there is one. */
  wrapup?: string;
  /** Whether the profile allows the x-destructive operations (disconnects, deleting an attachment). */
  readonly destructive: boolean;
}

/** The machine's state for a model phase (AgentDisconnected is Disconnected). */
export const machineState = (phase: ReplyPhase): string => (phase === 'AgentDisconnected' ? 'Disconnected' : phase);

/** Whether the draft can be written in this phase (the machine's DraftInitial and DraftEdited). */
export const drafting = (phase: ReplyPhase): boolean => phase === 'DraftInitial' || phase === 'DraftEdited';

/** Whether the conversation is still connected somewhere (anything but fully disconnected). */
export const connected = (phase: ReplyPhase): boolean => phase !== 'Disconnected';

/** The comparable content of a draft body. */
export function draftContent(json: unknown): DraftContent {
  const body = (json && typeof json === 'object' ? json : {}) as { subject?: unknown; textBody?: unknown; to?: { email?: unknown }[]; attachments?: { attachmentId?: unknown }[] };
  return {
    subject: typeof body.subject === 'string' ? body.subject : '',
    textBody: typeof body.textBody === 'string' ? body.textBody : '',
    to: (Array.isArray(body.to) ? body.to : []).map((t) => String(t.email)),
    attachments: (Array.isArray(body.attachments) ? body.attachments : []).map((a) => String(a.attachmentId)),
  };
}
