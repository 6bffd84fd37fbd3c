import type { StateMachine, Transition } from '../../contracts';

/**
 * The model of Dixa conversations under the lifecycle operations: only what the clauses of
 * dixa.conversation-lifecycle and dixa.tag-state speak of - state, assignee, queue, tags - for the
 * conversations of one run, and the state of the run's tags. Facts the contract leaves open
 * (whether a transfer or a reopen keeps the assignee) are learned from the target. Pure: no I/O.
 */
export type ConversationState = 'Open' | 'Closed';

export interface ConversationFacts {
  readonly id: number;
  state: ConversationState;
  assignee?: string;
  queueId?: string;
  tags: Set<string>;
  /** Anonymization was requested: the conversation takes no further part. */
  anonymized: boolean;
}

export interface DixaLifecycleModel {
  conversations: ConversationFacts[];
  /** The run's tags and their states (dixa.tag-state). */
  tags: Map<string, 'Active' | 'Inactive'>;
  /** Two agents who may claim conversations, and two queues to transfer to. */
  readonly agents: readonly string[];
  readonly queues: readonly string[];
  /** Whether conversations can be created through POST /v1/conversations on this target. */
  readonly canCreate: boolean;
  /** Whether x-destructive operations (anonymization, untagging) may run. */
  readonly destructive: boolean;
}

/** The conversation a command addresses by position, among those still taking part. */
export function pick(model: Readonly<DixaLifecycleModel>, index: number, wanted?: (facts: ConversationFacts) => boolean): ConversationFacts | undefined {
  const live = model.conversations.filter((c) => !c.anonymized && (wanted ? wanted(c) : true));
  return live.length === 0 ? undefined : live[index % live.length];
}

/** Which claim clause applies: undefined when the agent already holds the conversation (no transition). */
export function claimClause(facts: Readonly<ConversationFacts>, agentId: string, force: boolean): string | undefined {
  if (facts.state === 'Closed') return 'dixa.conversation-lifecycle.illegal-claim-closed';
  if (facts.assignee === agentId) return undefined;
  if (facts.assignee === undefined) return 'dixa.conversation-lifecycle.claim';
  return force ? 'dixa.conversation-lifecycle.claim-force' : 'dixa.conversation-lifecycle.claim-no-force-assigned';
}

/** The transition of a machine that a clause names from a state, as the contract's table states it. */
export function transitionOf(machine: StateMachine, from: string, operation: string, clause: string): Transition {
  const transition = machine.transitions.find((t) => t.from === from && t.operation === operation && t.clause === clause);
  if (!transition) throw new Error(`${machine.id} has no transition from ${from} by ${operation} for ${clause}`);
  return transition;
}

/** The webhook event a legal transition emits, if the table names one. */
export function eventOf(transition: Transition): string | undefined {
  return 'to' in transition ? transition.notification?.channel : undefined;
}
