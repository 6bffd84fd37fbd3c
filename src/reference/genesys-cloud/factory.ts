import { randomUUID } from 'node:crypto';
import { normaliseMessage, normaliseParticipant } from './seed';
import type { Communication, Conversation, MediaType, Participant, StoredMessage } from './state';

export const now = () => new Date().toISOString();

export interface NewParticipant {
  readonly name: string;
  readonly purpose: Participant['purpose'];
  readonly mediaType: MediaType;
  readonly address?: string;
  readonly userId?: string;
  readonly queueId?: string;
  readonly messengerType?: string;
  readonly wrapupCodeIds?: string[];
  readonly state?: Communication['state'];
}

/** A participant with one communication of the given media type, connected unless said otherwise. */
export function newParticipant(spec: NewParticipant): Participant {
  const { mediaType, messengerType, state = 'connected', ...rest } = spec;
  const communication: Communication = {
    id: randomUUID(),
    mediaType,
    state,
    held: false,
    muted: false,
    confined: false,
    recording: false,
    ...(state === 'connected' ? { connectedTime: now() } : {}),
    ...(messengerType !== undefined ? { messengerType } : {}),
  };
  return normaliseParticipant({ id: randomUUID(), ...rest, communications: [communication] });
}

/** A new conversation, added to the store. */
export function addConversation(conversations: Conversation[], spec: { name: string; provider?: string; participants: Participant[] }): Conversation {
  const conversation: Conversation = {
    id: randomUUID(),
    name: spec.name,
    startTime: now(),
    endTime: null,
    ...(spec.provider !== undefined ? { provider: spec.provider } : {}),
    recordingState: 'active',
    securePause: false,
    divisions: [],
    participants: spec.participants,
    messages: [],
    media: [],
    recordings: [],
    recentTransfers: [],
    settings: { sendingSizeLimit: 10485760 },
  };
  conversations.push(conversation);
  return conversation;
}

/** A new message appended to a conversation. */
export function addMessage(conversation: Conversation, message: Omit<Partial<StoredMessage>, 'id' | 'time'> & Pick<StoredMessage, 'direction' | 'from'>): StoredMessage {
  const stored = normaliseMessage({ ...message, id: randomUUID(), time: now() });
  conversation.messages.push(stored);
  return stored;
}
