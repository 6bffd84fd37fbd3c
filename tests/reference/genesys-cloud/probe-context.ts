import type { ContractRegistry } from '../../../src/harness/contracts';
import type { GcClient } from './gc-client';

/** What a probe works with: a client on a fresh target, and the contracts to validate against. */
export interface ProbeContext {
  readonly c: GcClient;
  readonly contracts: ContractRegistry;
}

/** A probe answers whether the clause its fault breaks holds on the target. */
export interface FaultProbe {
  readonly fault: string;
  readonly holds: (context: ProbeContext) => Promise<boolean>;
}

export const EMAILS = '/api/v2/conversations/emails';
export const MESSAGES = '/api/v2/conversations/messages';

/** What the provider states return (their `returns` schemas in contracts/genesys-cloud/provider-states.yaml). */
export interface ParticipantIds {
  readonly conversationId: string;
  readonly participantId: string;
  readonly communicationId: string;
}
export interface EmailIds extends ParticipantIds {
  readonly customerParticipantId: string;
  readonly messageId: string;
  readonly attachmentIds: string[];
  readonly customerAddress: string;
}
export interface MessageIds extends ParticipantIds {
  readonly customerParticipantId: string;
  readonly messageId: string;
  readonly messengerType: string;
  readonly customerAddress: string;
  readonly queueId: string;
}
export interface RecordingIds {
  readonly conversationId: string;
  readonly recordingId: string;
}

export const emailState = (c: GcClient) => c.state<EmailIds>('an e-mail conversation with a draft exists');
export const messageState = (c: GcClient, messengerType = 'open') => c.state<MessageIds>('a message conversation exists', { messengerType });
export const recordingState = (c: GcClient, playableMedia = false) => c.state<RecordingIds>('a recording exists for a conversation', { playableMedia });
export const readState = (c: GcClient) => c.state<{ pathParameters: Record<string, string> }>('resources exist for every read operation');

export const draftPath = (ids: { conversationId: string }) => `${EMAILS}/${ids.conversationId}/messages/draft`;
export const participantPath = (base: string, ids: Omit<ParticipantIds, 'communicationId'>) => `${base}/${ids.conversationId}/participants/${ids.participantId}`;
export const communicationPath = (base: string, ids: ParticipantIds) => `${participantPath(base, ids)}/communications/${ids.communicationId}`;
export const messagingPath = (ids: ParticipantIds) => `${MESSAGES}/${ids.conversationId}/communications/${ids.communicationId}`;
export const recordingPath = (ids: RecordingIds) => `/api/v2/conversations/${ids.conversationId}/recordings/${ids.recordingId}`;

export const EMAIL_REPLY = { to: [{ email: 'pat@example.org' }], from: { email: 'support@example.com' }, subject: 'Re: your question', textBody: 'Here is the answer.' };

interface ConversationRead {
  readonly participants: { id: string; communications: { state: string }[] }[];
}

/** The communication of a participant in a conversation read from a typed GET. */
export function communicationIn(conversation: unknown, participantId: string): { state: string } | undefined {
  return (conversation as ConversationRead).participants.find((p) => p.id === participantId)?.communications[0];
}

/** An external (non-native provider) e-mail conversation, created through the API. */
export async function externalEmailConversation(c: GcClient): Promise<string> {
  const created = await c.call('POST', EMAILS, { body: { provider: 'Partner Mail', direction: 'INBOUND', fromAddress: 'erin@partner.example', subject: 'Hello', textBody: 'First' } });
  return String(created.body.id);
}

export async function openIntegrationId(c: GcClient): Promise<string> {
  const list = await c.call('GET', '/api/v2/conversations/messaging/integrations', { query: { pageSize: '100' } });
  const entities = list.body.entities as { id: string; messengerType: string }[];
  return entities.find((i) => i.messengerType === 'open')?.id ?? '';
}
