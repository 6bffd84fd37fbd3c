import type { StateMachine } from '../../contracts';
import type { ClauseLedger } from '../clause-ledger';

/** One answer from the target. */
export interface Answer {
  readonly status: number;
  readonly json: unknown;
  readonly text: string;
}

/** A conversation as GET /v1/conversations/{id} shows it, reduced to the modelled facts. */
export interface ConversationSeen {
  readonly status: number;
  readonly state?: string;
  readonly channel?: string;
  readonly queueId?: string;
  readonly assignee?: string;
}

/** Webhook deliveries, told apart by event (one subscription each) and by the conversation they mention. */
export interface LifecycleHooks {
  /** The sequence number of the latest delivery: later waits look after it. */
  mark(): number;
  /** The first delivery of `event` mentioning conversation `id` after `after`; rejects after a bounded wait. */
  waitFor(event: string, id: number, after: number): Promise<unknown>;
  /** Deliveries of `event` mentioning `id` after `after`, so far. */
  seen(event: string, id: number, after: number): unknown[];
  /** Why the payload does not match the event's AsyncAPI message, or undefined. */
  invalidPayload(event: string, payload: unknown): string | undefined;
}

/** The target side of the lifecycle model. */
export interface DixaLifecycleReal {
  readonly ledger: ClauseLedger;
  readonly lifecycle: StateMachine;
  readonly tagMachine: StateMachine;
  /** Undefined when the target cannot reach the loopback receiver: notification parts are then not judged. */
  readonly hooks?: LifecycleHooks;
  send(method: string, path: string, operationId: string, body?: unknown, query?: Readonly<Record<string, string | number | boolean>>): Promise<Answer>;
  conversation(id: number): Promise<ConversationSeen>;
  /** POST /v1/conversations with a valid Email conversation body. */
  create(): Promise<Answer>;
}

export const is2xx = (status: number) => status >= 200 && status < 300;

/** The facts of a GET /v1/conversations/{id} answer. */
export function conversationSeen(answer: Answer): ConversationSeen {
  const data = ((answer.json as { data?: unknown } | undefined)?.data ?? {}) as { state?: unknown; channel?: unknown; queue?: { id?: unknown }; assignment?: { agentId?: unknown } };
  return {
    status: answer.status,
    ...(typeof data.state === 'string' ? { state: data.state } : {}),
    ...(typeof data.channel === 'string' ? { channel: data.channel } : {}),
    ...(typeof data.queue?.id === 'string' ? { queueId: data.queue.id } : {}),
    ...(typeof data.assignment?.agentId === 'string' ? { assignee: data.assignment.agentId } : {}),
  };
}
