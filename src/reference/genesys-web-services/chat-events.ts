import type { ChatEvent } from './types';

/** The transcript of a new chat: the customer joined, and the agent too once accepted. */
export function chatJoinEvents(customer: string, agentNickname: string | undefined): ChatEvent[] {
  const events: ChatEvent[] = [{ id: 1, userId: `client-${customer}`, messageType: 'PARTY_JOINED', userType: 'Client', visibility: 'All', nickName: customer }];
  if (agentNickname) events.push({ id: 2, userId: `agent-${agentNickname}`, messageType: 'PARTY_JOINED', userType: 'Agent', visibility: 'All', nickName: agentNickname });
  return events;
}

/** Appends an event with the next id. */
export function appendEvent(events: ChatEvent[], event: Omit<ChatEvent, 'id'>): ChatEvent {
  const added = { ...event, id: (events.at(-1)?.id ?? 0) + 1 };
  events.push(added);
  return added;
}
