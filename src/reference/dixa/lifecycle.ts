import type { ReferenceRequest } from '../http/reference-types';
import { announce } from './conversation-events';
import { actorId, bodyAgent, conversationOf } from './lookups';
import { requireState } from './require-state';
import { filledUnder, validBody } from './request-body';
import { answering, type DixaHandler } from './answering';
import { badRequest, conflict, DixaError, noContent } from './responses';
import type { ConversationRecord, DixaState } from './state';

/**
 * The transitions of dixa.conversation-lifecycle: claim (with or without force), transfer to a
 * queue, close and reopen. Each legal move records its activity and emits its webhook event.
 */
type Action = (request: ReferenceRequest, state: DixaState, conversation: ConversationRecord) => void;

/** Runs an action on the path's conversation; an unknown id is 404 (dixa.conversation-lifecycle.unknown-conversation). */
function lifecycleAction(action: Action): DixaHandler {
  return (request, state) => {
    try {
      action(request, state, conversationOf(request, state));
    } catch (error) {
      const swallow = error instanceof DixaError && error.status === 404 && request.faults.has('dixa-unknown-conversation-action-accepted');
      if (!swallow) throw error;
    }
    return noContent();
  };
}

const now = () => new Date().toISOString();

function setState(conversation: ConversationRecord, next: ConversationRecord['state']): void {
  conversation.state = next;
  conversation.stateUpdatedAt = now();
}

const claim: Action = (request, state, conversation) => {
  // Breaks dixa.conversations.claim-requires-agent-id: a claim without agentId claims for the caller.
  const body = filledUnder(request, 'dixa-claim-without-agent-accepted', () => ({ agentId: actorId(request, state) }));
  const input = validBody<{ agentId: string; force?: boolean }>(request, body);
  const agent = bodyAgent(state, input.agentId);
  if (conversation.state === 'Closed' && request.faults.has('dixa-claim-closed-reopens')) setState(conversation, 'Open');
  requireState(conversation, ['Open'], 'claim');
  const current = conversation.assignment?.agentId;
  if (current === agent.id) return;
  // force defaults to true: "to avoid taking over assigned conversations, set force to false" (dixa.claim-force-default)
  const force = input.force !== false;
  if (current !== undefined && !force && !request.faults.has('dixa-claim-no-force-takes-over')) throw conflict(`conversation ${conversation.id} is assigned to another agent; claim with force=true to take it over`);
  if (current !== undefined && force && request.faults.has('dixa-claim-force-refused')) throw conflict(`conversation ${conversation.id} is assigned to another agent`);
  if (current === undefined && request.faults.has('dixa-claim-unassigned-ignored')) return;
  conversation.assignment = { agentId: agent.id, assignedAt: now() };
  announce(request, state, conversation, { activity: 'ConversationClaimed', event: 'ConversationAssigned', authorId: agent.id, attributes: { claimedFromType: current ? 'Agent' : 'Queue' }, detail: { agentId: agent.id } });
};

const transferQueue: Action = (request, state, conversation) => {
  // Breaks dixa.conversations.transfer-requires-queue-id: a transfer without queueId goes to the default queue.
  const body = filledUnder(request, 'dixa-transfer-without-queue-accepted', () => {
    const queue = [...state.queues.values()].find((q) => q.isDefault);
    return queue ? { queueId: queue.id } : undefined;
  });
  const input = validBody<{ queueId: string; userId?: string }>(request, body);
  if (conversation.state === 'Closed' && request.faults.has('dixa-transfer-closed-reopens')) setState(conversation, 'Open');
  requireState(conversation, ['Open'], 'transfer');
  const queue = state.queues.get(input.queueId);
  if (!queue) throw badRequest(`queueId ${input.queueId} is not a queue`);
  if (!request.faults.has('dixa-transfer-keeps-queue')) {
    conversation.queue = { id: queue.id, queuedAt: now() };
    delete conversation.assignment;
  }
  const attributes = { transferType: 'Queue', destinationId: queue.id, destinationType: 'Queue', destinationLabel: queue.name };
  announce(request, state, conversation, { activity: 'TransferSuccessful', event: 'ConversationTransferred', ...(input.userId ? { authorId: input.userId } : {}), attributes, detail: { queueId: queue.id } });
};

const close: Action = (request, state, conversation) => {
  const input = validBody<{ userId?: string } | undefined>(request);
  if (input?.userId) bodyAgent(state, input.userId, 'userId');
  requireState(conversation, ['Open', 'Pending', 'AwaitingPending'], 'close');
  if (!request.faults.has('dixa-close-leaves-open')) setState(conversation, 'Closed');
  announce(request, state, conversation, { activity: 'ConversationClosed', event: 'ConversationClosed', ...(input?.userId ? { authorId: input.userId } : {}) });
};

const reopen: Action = (request, state, conversation) => {
  const input = validBody<{ userId?: string } | undefined>(request);
  if (input?.userId) bodyAgent(state, input.userId, 'userId');
  const author = input?.userId ? { authorId: input.userId } : {};
  if (conversation.state === 'Open' && request.faults.has('dixa-reopen-open-accepted')) {
    announce(request, state, conversation, { activity: 'ConversationReopened', event: 'ConversationOpen', ...author });
    return;
  }
  requireState(conversation, ['Closed'], 'reopen');
  if (!request.faults.has('dixa-reopen-stays-closed')) setState(conversation, 'Open');
  // offered in the same queue, or the default organization queue when it has none (dixa.conversations.reopen-same-queue)
  const defaultQueue = [...state.queues.values()].find((q) => q.isDefault);
  const queueId = conversation.queue && !request.faults.has('dixa-reopen-default-queue') ? conversation.queue.id : defaultQueue?.id;
  if (queueId) conversation.queue = { id: queueId, queuedAt: now() };
  delete conversation.assignment;
  announce(request, state, conversation, { activity: 'ConversationReopened', event: 'ConversationOpen', ...author });
};

export const lifecycleHandlers = {
  putConversationsByConversationIdClaim: answering(lifecycleAction(claim)),
  putConversationsByConversationIdTransferQueue: answering(lifecycleAction(transferQueue)),
  putConversationsByConversationIdClose: answering(lifecycleAction(close)),
  putConversationsByConversationIdReopen: answering(lifecycleAction(reopen)),
};
