import { randomUUID } from 'node:crypto';
import { BulkItemError, bulkOutcomes } from './bulk';
import { queueOf } from './lookups';
import { validBody } from './request-body';
import { answering } from './answering';
import { created, ok } from './responses';
import type { DixaState, QueueRecord } from './state';

/** CreateOrUpdateQueueRequest; offerAlgorithm is reported back as offeringAlgorithm (dixa.queue-offer-algorithm-name). */
interface QueueRequest extends Record<string, unknown> {
  readonly name: string;
  readonly isDefault: boolean;
  readonly priority?: number;
  readonly offerAlgorithm?: string;
}

/** Queue1: the settings as created, with the required maps defaulting to empty. */
function queueView(queue: QueueRecord, state: DixaState): Record<string, unknown> {
  return structuredClone({
    queueThresholds: {},
    doNotOfferTimeouts: {},
    isDoNotOfferEnabled: false,
    ...queue.settings,
    id: queue.id,
    name: queue.name,
    isDefault: queue.isDefault,
    organizationId: state.organizationId,
    slaCalculationMethod: 'AbandonedIgnored',
    ...(queue.priority === undefined ? {} : { priority: queue.priority }),
    ...(queue.memberListType ? { memberListType: queue.memberListType } : {}),
    ...(queue.offeringAlgorithm ? { offeringAlgorithm: queue.offeringAlgorithm } : {}),
  });
}

const SETTINGS = ['queueThresholds', 'doNotOfferTimeouts', 'isDoNotOfferEnabled', 'offerTimeout', 'wrapupTimeout', 'preferredAgentTimeouts', 'isPreferredAgentEnabled', 'offerAbandonedConversations', 'personalAgentOfflineTimeout', 'preferredAgentOfflineTimeout'];

export const queueHandlers = {
  getQueues: answering((_request, state) => ok({ data: [...state.queues.values()].map((q) => queueView(q, state)) })),
  postQueues: answering((request, state) => {
    // Breaks dixa.queues.create-required-fields: a request without isDoNotOfferEnabled is taken as false.
    const body = request.body as { request?: unknown } | undefined;
    const defaulted = request.faults.has('dixa-queue-do-not-offer-defaulted') && body?.request !== null && typeof body?.request === 'object' ? { ...body, request: { isDoNotOfferEnabled: false, ...body.request } } : request.body;
    const input = validBody<{ request: QueueRequest }>(request, defaulted).request;
    const settings = Object.fromEntries(SETTINGS.filter((k) => input[k] !== undefined).map((k) => [k, input[k]]));
    const queue: QueueRecord = { id: randomUUID(), name: input.name, isDefault: input.isDefault, priority: input.priority, offeringAlgorithm: input.offerAlgorithm, memberListType: 'Default', settings, members: [] };
    if (queue.isDefault) for (const other of state.queues.values()) other.isDefault = false;
    state.queues.set(queue.id, queue);
    return created({ data: queueView(queue, state) });
  }),
  getQueuesByQueueId: answering((request, state) => ok({ data: queueView(queueOf(request, state), state) })),
  getQueuesByQueueIdMembers: answering((request, state) => ok({ data: structuredClone(queueOf(request, state).members) })),
  patchQueuesByQueueIdMembers: answering((request, state) => {
    const queue = queueOf(request, state);
    const { agentIds = [] } = validBody<{ agentIds?: string[] }>(request);
    return ok({ data: bulkOutcomes(request, agentIds, (id) => id, (id) => {
      if (!state.agents.has(id)) throw new BulkItemError('NotFound', `agent ${id} not found`);
      // Breaks dixa.queues.membership-round-trip: the outcome says added, but nobody is.
      if (!queue.members.some((m) => m.agentId === id) && !request.faults.has('dixa-queue-members-not-added')) queue.members.push({ agentId: id });
      return id;
    }) });
  }),
  /** "Up to 10 members can be specified": the contract's maxItems, enforced by the body schema. */
  deleteQueuesByQueueIdMembers: answering((request, state) => {
    const queue = queueOf(request, state);
    const input = request.faults.has('dixa-queue-remove-over-ten-accepted') ? ((request.body ?? {}) as { agentIds?: string[] }) : validBody<{ agentIds?: string[] }>(request);
    return ok({ data: bulkOutcomes(request, input.agentIds ?? [], (id) => id, (id) => {
      if (!queue.members.some((m) => m.agentId === id)) throw new BulkItemError('NotFound', `agent ${id} is not a member of queue ${queue.name}`);
      queue.members = queue.members.filter((m) => m.agentId !== id);
      return id;
    }) });
  }),
};
