import { customerOf } from './lookups';
import { invalid } from './request-error';
import type { Conversation, Draft, GcState } from './state';

/** The draft reply in its initial state (DraftInitial): empty, from the handling queue's address. */
export function initialDraft(state: GcState, conversation: Conversation): Draft {
  const queueId = conversation.participants.find((p) => p.queueId !== undefined)?.queueId;
  const queue = state.queues.find((q) => q.id === queueId);
  return { to: [], cc: [], bcc: [], from: queue ? { email: queue.emailAddress, name: queue.name } : {}, subject: '', textBody: '', attachments: [], historyIncluded: false, edited: false };
}

/** The stored draft, created in its initial state on first use. */
export function draftOf(state: GcState, conversation: Conversation): Draft {
  conversation.draft ??= initialDraft(state, conversation);
  return conversation.draft;
}

/** Auto-fill: addressed to the customer, subject and quoted text of the last inbound e-mail. */
export function autoFilledDraft(state: GcState, conversation: Conversation, draft: Draft): Draft {
  const customer = customerOf(conversation);
  const lastInbound = conversation.messages.filter((m) => m.direction === 'inbound').at(-1);
  const quoted = (lastInbound?.textBody ?? '').split('\n').map((line) => `> ${line}`).join('\n');
  return {
    ...draft,
    to: customer?.address ? [{ email: customer.address, name: customer.name }] : draft.to,
    from: Object.keys(draft.from).length > 0 ? draft.from : initialDraft(state, conversation).from,
    subject: lastInbound?.subject ? `RE: ${lastInbound.subject}` : draft.subject,
    textBody: `${draft.textBody}\n\n${quoted}`.trimStart(),
    historyIncluded: true,
    edited: true,
  };
}

/** Draft writes and replies need a conversation that is not fully disconnected. */
export function requireConnected(conversation: Conversation): void {
  if (isFullyDisconnected(conversation)) throw invalid(`conversation ${conversation.id} is disconnected`);
}

export function isFullyDisconnected(conversation: Conversation): boolean {
  return conversation.participants.every((p) => p.communications.every((c) => c.state === 'disconnected'));
}
