import { now } from './factory';
import type { Communication, Conversation, Participant } from './state';

export function disconnect(communication: Communication): void {
  if (communication.state === 'disconnected') return;
  communication.state = 'disconnected';
  communication.disconnectedTime = now();
}

export function connect(communication: Communication): void {
  communication.state = 'connected';
  communication.connectedTime = now();
  delete communication.disconnectedTime;
}

/** Marks the conversation ended once no communication is left connected. */
export function settleEndTime(conversation: Conversation): void {
  const active = conversation.participants.some((p) => p.communications.some((c) => c.state !== 'disconnected'));
  conversation.endTime = active ? null : (conversation.endTime ?? now());
}

/** The participant of a purpose whose communication of the media type was disconnected last. */
export function lastDisconnected(conversation: Conversation, purposes: readonly Participant['purpose'][], mediaType: Communication['mediaType']): Participant | undefined {
  let best: { participant: Participant; time: string } | undefined;
  for (const participant of conversation.participants.filter((p) => purposes.includes(p.purpose))) {
    for (const c of participant.communications.filter((m) => m.mediaType === mediaType)) {
      if (c.disconnectedTime && (!best || c.disconnectedTime >= best.time)) best = { participant, time: c.disconnectedTime };
    }
  }
  return best?.participant;
}
