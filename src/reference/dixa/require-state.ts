import { badRequest } from './responses';
import type { ConversationRecord } from './state';

/** Refuses an action that the conversation's state does not allow (dixa.conversation-lifecycle). */
export function requireState(conversation: ConversationRecord, allowed: readonly ConversationRecord['state'][], action: string): void {
  if (!allowed.includes(conversation.state)) throw badRequest(`cannot ${action} conversation ${conversation.id}: it is ${conversation.state}`);
}
