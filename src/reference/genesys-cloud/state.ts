import type { ReferenceServices } from '../http/reference-types';

/** Media types a communication can carry; the path segment of each typed route maps to one. */
export type MediaType = 'email' | 'message' | 'cobrowse' | 'video' | 'social' | 'internalmessage';

export type CommunicationState = 'alerting' | 'connected' | 'disconnected';

export type JsonObject = Record<string, unknown>;

export interface Wrapup {
  code?: string;
  name?: string;
  notes?: string;
  tags?: unknown[];
  durationSeconds?: number;
  endTime?: string;
  provisional: boolean;
}

export interface Communication {
  id: string;
  mediaType: MediaType;
  state: CommunicationState;
  /** Messaging channel of a `message` communication (sms, open, whatsapp...). */
  messengerType?: string;
  held: boolean;
  muted: boolean;
  confined: boolean;
  recording: boolean;
  connectedTime?: string;
  disconnectedTime?: string;
  wrapup?: Wrapup;
  provisionalWrapup?: Wrapup;
}

export interface Participant {
  id: string;
  name: string;
  purpose: 'agent' | 'customer' | 'external' | 'acd' | 'workflow';
  address?: string;
  userId?: string;
  queueId?: string;
  attributes: Record<string, string>;
  wrapupSkipped: boolean;
  parkingState?: string;
  monitoredParticipantId?: string;
  wrapupCodeIds: string[];
  communications: Communication[];
}

export interface Attachment {
  attachmentId: string;
  name: string;
  contentType: string;
  contentLength: number;
  contentUri?: string;
}

/** One message of a conversation: an e-mail or a messaging message, rendered by the view of its route. */
export interface StoredMessage {
  id: string;
  direction: 'inbound' | 'outbound';
  time: string;
  from: JsonObject;
  to: JsonObject[];
  cc: JsonObject[];
  bcc: JsonObject[];
  subject?: string;
  textBody?: string;
  htmlBody?: string;
  attachments: Attachment[];
  messengerType?: string;
  mediaIds: string[];
  status: string;
  inReplyToMessageId?: string;
  messagingTemplate?: JsonObject;
  communicationId?: string;
}

/** The e-mail draft reply: the EmailMessage the draft routes read and write. */
export interface Draft {
  to: unknown[];
  cc: unknown[];
  bcc: unknown[];
  from: JsonObject;
  replyTo?: JsonObject;
  subject: string;
  textBody: string;
  htmlBody?: string;
  attachments: Attachment[];
  draftType?: string;
  historyIncluded: boolean;
  /** Whether the draft holds content beyond its initial state (DraftEdited in gc.email-draft). */
  edited: boolean;
}

export interface Media {
  id: string;
  communicationId: string;
  name: string;
  contentLengthBytes: number;
  contentMd5?: string;
  mediaType: string;
  status: 'uploading' | 'valid' | 'invalid';
}

export interface Transfer {
  id: string;
  transferType: 'Attended' | 'Unattended';
  initiatorParticipantId: string;
  destination: JsonObject;
  dateIssued: string;
  state: 'Complete' | 'Pending';
}

export interface Conversation {
  id: string;
  name: string;
  startTime: string;
  endTime: string | null;
  address?: string;
  /** E-mail provider; anything but "PureCloud Email" makes the conversation external. */
  provider?: string;
  recordingState: string;
  securePause: boolean;
  divisions: JsonObject[];
  participants: Participant[];
  messages: StoredMessage[];
  draft?: Draft;
  media: Media[];
  recordings: JsonObject[];
  recentTransfers: Transfer[];
  settings: JsonObject;
}

export interface User {
  id: string;
  username: string;
  name: string;
  email: string;
}

export interface WrapupCode {
  id: string;
  name: string;
}

export interface Integration {
  id: string;
  name: string;
  messengerType: string;
  status: string;
  supportedContentId: string;
  messagingSettingId: string;
}

export interface Meeting {
  meetingId: string;
  conferenceId?: string;
  ephemeral: boolean;
  expireTimeDays?: number;
  dateCreated: string;
}

export interface Fax {
  id: string;
  addresses: unknown[];
  name?: string;
  contentType?: string;
}

/** Everything one running Genesys Cloud reference holds; built from the seed at each start. */
export interface GcState {
  readonly services: ReferenceServices;
  users: User[];
  queues: { id: string; name: string; emailAddress: string }[];
  wrapupCodes: WrapupCode[];
  integrations: Integration[];
  meetings: Meeting[];
  faxes: Fax[];
  conversations: Conversation[];
}
