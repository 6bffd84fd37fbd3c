import { randomUUID } from 'node:crypto';
import { bodyAgent } from './lookups';
import { badRequest } from './responses';
import type { Direction, DixaState, MessageContent, MessageRecord } from './state';

/** CreateMessageInput (Inbound or Outbound), as the schema guarantees it. */
export interface MessageInput {
  readonly _type?: string;
  readonly agentId?: string;
  readonly content: { readonly _type?: string; readonly value: string };
  readonly externalId?: string;
}

const isOutbound = (input: MessageInput) => input._type === 'Outbound' || input.agentId !== undefined;

/**
 * A new message of `requesterId`'s conversation: an Outbound message names its author in
 * agentId, an Inbound one is authored by the requester (dixa.conversations.outbound-author).
 */
export function newMessage(state: DixaState, faults: { has(id: string): boolean }, requesterId: string, input: MessageInput): MessageRecord {
  const outbound = isOutbound(input);
  if (outbound && input.agentId === undefined && !faults.has('dixa-outbound-without-agent-accepted')) throw badRequest('an Outbound message names its author in agentId');
  const authorId = input.agentId === undefined ? requesterId : bodyAgent(state, input.agentId).id;
  const direction: Direction = outbound ? 'Outbound' : 'Inbound';
  const content: MessageContent = { _type: input.content._type === 'Html' ? 'Html' : 'Text', value: input.content.value };
  return { id: randomUUID(), authorId, createdAt: new Date().toISOString(), direction, content, ...(input.externalId ? { externalId: input.externalId } : {}) };
}
