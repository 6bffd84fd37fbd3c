import { randomUUID } from 'node:crypto';
import type { ReferenceRequest } from '../http/reference-types';
import { conversationView } from './conversation-view';
import type { ConversationRecord, DixaState, WebhookEvent } from './state';
import { dispatchWebhooks, webhookPayload } from './webhook-delivery';

/** What happened to a conversation: its activity-log entry and, when there is one, its webhook event. */
export interface ConversationChange {
  /** An ActivityLogEntry._type value. */
  readonly activity: string;
  readonly event?: WebhookEvent;
  readonly authorId?: string;
  readonly attributes?: Record<string, unknown>;
  /** Extra data for the webhook payload (the note, the tag, the message...). */
  readonly detail?: Record<string, unknown>;
}

/** Records a change in the activity log and notifies the webhook subscribers of its event. */
export function announce(request: Pick<ReferenceRequest, 'faults'>, state: DixaState, conversation: ConversationRecord, change: ConversationChange): void {
  state.activity.push({
    id: randomUUID(),
    type: change.activity,
    conversationId: conversation.id,
    timestamp: new Date().toISOString(),
    ...(change.authorId ? { authorId: change.authorId } : {}),
    ...(change.attributes ? { attributes: change.attributes } : {}),
  });
  if (change.event) dispatchWebhooks(request.faults, state, webhookPayload(change.event, conversation.id, { conversation: conversationView(conversation, state), ...change.detail }));
}
