import { randomUUID } from 'node:crypto';
import type { DixaClient } from './dixa-client';
import type { WebhookReceiver } from './webhook-receiver';

export interface ProbeContext {
  readonly client: DixaClient;
  readonly receiver: WebhookReceiver;
}

/** A focused check of one fault: resolves true when the defect the fault claims is visible. */
export interface FaultProbe {
  readonly fault: string;
  observe(context: ProbeContext): Promise<boolean>;
}

export const SEED = {
  agentId: 'a0000000-0000-4000-8000-000000000001',
  endUserId: 'e0000000-0000-4000-8000-000000000001',
  defaultQueueId: 'b0000000-0000-4000-8000-000000000001',
  otherQueueId: 'b0000000-0000-4000-8000-000000000002',
  teamId: 'c0000000-0000-4000-8000-000000000003',
} as const;

export async function conversationIn(client: DixaClient, state = 'Open'): Promise<{ conversationId: number; messageId: string }> {
  return (await client.state('a conversation exists in state', { state })) as { conversationId: number; messageId: string };
}

export interface ConversationSeen extends Record<string, unknown> {
  readonly state: string;
  readonly queue?: { id: string };
  readonly assignment?: { agentId: string };
  readonly anonymizedAt?: string;
}

export async function conversation(client: DixaClient, id: number): Promise<ConversationSeen> {
  return (await client.call('GET', `/v1/conversations/${id}`)).body.data as ConversationSeen;
}

export const uniquePath = () => `/hook/${randomUUID()}`;
