import type { ReferenceServices } from '../http/reference-types';
import type { Catalogue } from './catalogue';

/** The in-memory store of the Dixa reference target, and the types of what it holds. */

export const CHANNELS = ['WhatsApp', 'Voicemail', 'WidgetChat', 'FacebookMessenger', 'Twitter', 'Email', 'ContactForm', 'Callback', 'PstnPhone', 'Sms', 'Messenger'] as const;
export type Channel = (typeof CHANNELS)[number];

export type ConversationState = 'AwaitingPending' | 'Closed' | 'Open' | 'Pending';
export type Direction = 'Inbound' | 'Internal' | 'Outbound';

export const WEBHOOK_EVENTS = [
  'ConversationPending', 'AgentUnbannedEnduser', 'ConversationMessageAdded', 'ConversationTagAdded', 'AgentBannedIp',
  'ConversationAssigned', 'ConversationPendingExpired', 'ConversationTransferred', 'ConversationEnqueued', 'ConversationCreated',
  'ConversationUnassigned', 'ConversationOpen', 'ConversationAbandoned', 'ConversationClosed', 'ConversationNoteAdded',
  'AgentBannedEnduser', 'ConversationEndUserReplaced', 'AgentUnbannedIp', 'ConversationTagRemoved', 'ConversationRated',
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** The profile fields agents and end users share (the *Input schemas of both). */
export interface Profile {
  email?: string;
  displayName?: string;
  firstName?: string;
  lastName?: string;
  middleNames?: string[];
  avatarUrl?: string;
  phoneNumber?: string;
  additionalEmails?: string[];
  additionalPhoneNumbers?: string[];
}

export interface Presence {
  connectionStatus: 'Offline' | 'Online';
  presenceStatus?: 'Away' | 'Working';
  activeChannels?: Channel[];
  lastSeen?: string;
}

export interface AgentRecord extends Profile {
  readonly id: string;
  email: string;
  displayName: string;
  readonly createdAt: string;
  roles: ('Agent' | 'SystemAdmin' | 'TeamLead' | 'Admin')[];
  presence: Presence;
}

/** A custom attribute value: a string (Text attribute) or a list of strings (Select attribute). */
export type AttributeValue = string | string[];

export interface EndUserRecord extends Profile {
  readonly id: string;
  readonly createdAt: string;
  externalId?: string;
  customAttributes: Record<string, AttributeValue>;
}

export interface MessageContent {
  readonly _type: 'Text' | 'Html';
  value: string;
}

export interface MessageRecord {
  readonly id: string;
  readonly authorId: string;
  readonly createdAt: string;
  readonly direction: Direction;
  content: MessageContent;
  readonly externalId?: string;
  anonymizedAt?: string;
}

export interface NoteRecord {
  readonly id: string;
  readonly authorId: string;
  readonly createdAt: string;
  message: string;
}

export interface ConversationRecord {
  readonly id: number;
  readonly channel: Channel;
  requesterId: string;
  readonly createdAt: string;
  state: ConversationState;
  stateUpdatedAt: string;
  direction?: Direction;
  queue?: { id: string; queuedAt: string };
  assignment?: { agentId: string; assignedAt: string };
  link?: { _type: 'EmailForward' | 'FollowUp' | 'SideConversation'; parentId: number };
  subject?: string;
  language?: string;
  email?: { fromEmail: string; toEmail: string; integrationEmail: string };
  twitter?: { conversationType: 'DirectMessage' | 'Tweet' };
  customAttributes: Record<string, AttributeValue>;
  tagIds: string[];
  messages: MessageRecord[];
  notes: NoteRecord[];
  /** ConversationRating objects as stored (seeded; the API has no operation that rates). */
  ratings: Record<string, unknown>[];
  anonymizedAt?: string;
}

export interface TagRecord {
  readonly id: string;
  name: string;
  color?: string;
  state: 'Active' | 'Inactive';
}

export interface TeamRecord {
  readonly id: string;
  name: string;
  agentIds: string[];
}

export interface QueueRecord {
  readonly id: string;
  name: string;
  isDefault: boolean;
  priority?: number;
  memberListType?: 'Default' | 'SkillBased';
  offeringAlgorithm?: string;
  settings: Record<string, unknown>;
  members: { agentId: string; priority?: number }[];
}

export type WebhookAuthorization =
  | { readonly _type: 'BasicAuth'; readonly username: string; readonly password: string }
  | { readonly _type: 'TokenAuth'; readonly value: string }
  | { readonly _type: 'NoAuth' };

export interface DeliveryDetail {
  readonly deliveryTimestamp: string;
  readonly success: boolean;
  readonly responseCode: number;
  readonly responseText: string;
}

export interface DeliveryLog {
  readonly payload: string;
  readonly deliveryDetail: DeliveryDetail;
}

export interface WebhookRecord {
  readonly id: string;
  name: string;
  url: string;
  enabled: boolean;
  headers: Record<string, string>;
  authorization: WebhookAuthorization;
  events: WebhookEvent[];
  readonly secretKey: string;
  readonly createdAt: string;
  readonly createdBy: string;
  updatedAt: string;
  updatedBy: string;
  /** Newest last, per event. */
  deliveries: Partial<Record<WebhookEvent, DeliveryLog[]>>;
}

export type AnonymizationTarget = 'Conversation' | 'Message' | 'User';

export interface AnonymizationRequest {
  readonly id: string;
  readonly type: AnonymizationTarget;
  readonly targetEntityId: string;
  readonly initiatedAt: string;
  readonly requestedBy: string;
  processedAt?: string;
}

export interface ActivityRecord {
  readonly id: string;
  /** An ActivityLogEntry._type value. */
  readonly type: string;
  readonly conversationId: number;
  readonly timestamp: string;
  readonly authorId?: string;
  readonly attributes?: Record<string, unknown>;
}

export interface DixaState {
  readonly services: ReferenceServices;
  readonly organizationId: string;
  /** API usernames (reference credentials) → the agent each acts as. */
  readonly apiUsers: Readonly<Record<string, string>>;
  readonly agents: Map<string, AgentRecord>;
  readonly endUsers: Map<string, EndUserRecord>;
  readonly conversations: Map<number, ConversationRecord>;
  nextConversationId: number;
  readonly tags: Map<string, TagRecord>;
  readonly teams: Map<string, TeamRecord>;
  readonly queues: Map<string, QueueRecord>;
  readonly webhooks: Map<string, WebhookRecord>;
  readonly anonymizationRequests: Map<string, AnonymizationRequest>;
  readonly activity: ActivityRecord[];
  readonly catalogue: Catalogue;
  /** Page keys already answered; consulted only by the single-use page-key fault. */
  readonly usedPageKeys: Set<string>;
}
