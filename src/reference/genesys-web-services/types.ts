import type { ReferenceServices } from '../http/reference-types';
import type { Notifier } from './notifier';

/** Work modes per T-Server state: a mode of the other state cannot be written down. */
export type ReadyWorkMode = 'ManualIn' | 'AutoIn' | 'ReturnBack';
export type NotReadyWorkMode = 'AfterCallWork' | 'AuxWork' | 'LegalGuard' | 'NoCallDisconnect' | 'WalkAway';
export type WorkMode = ReadyWorkMode | NotReadyWorkMode;

/** The T-Server state of a channel or definition, with only the work modes that fit it. */
export type AgentCondition =
  | { readonly state: 'Ready'; readonly workMode?: ReadyWorkMode; readonly reason?: string }
  | { readonly state: 'NotReady'; readonly workMode?: NotReadyWorkMode; readonly reason?: string }
  | { readonly state: 'Logout' };

/** An agent state definition of /settings/agent-states. */
export type AgentStateDefinition = AgentCondition & {
  readonly id: string;
  readonly operationName: string;
  readonly displayName: string;
  /** The five built-in states cannot be modified or deleted. */
  readonly readOnly: boolean;
};

/** One media channel of a user: its agent state and the Do Not Disturb overlay. */
export interface ChannelState {
  readonly name: string;
  condition: AgentCondition;
  dnd: boolean;
}

export interface User {
  readonly id: string;
  userName: string;
  firstName: string;
  lastName: string;
  roles: ('ROLE_ADMIN' | 'ROLE_AGENT' | 'ROLE_SUPERVISOR')[];
  skills: string[];
  changePasswordOnFirstLogin: boolean;
  employeeId?: string;
  channels: ChannelState[];
  /** The last password set through the API (the REST credentials themselves derive from the secret). */
  password?: string;
}

export interface Country {
  readonly name: string;
  readonly code: string;
  readonly callingCode: string;
}

export interface Device {
  readonly id: string;
  userId: string;
  readonly phoneNumber: string;
  readonly phoneNumberId: string;
  readonly type: string;
  readonly model: string;
  readonly vendor: string;
  readonly telephonyNetwork: 'Public' | 'Private';
  readonly country: Country;
  readonly location?: string;
  deviceState: 'Active' | 'Inactive';
  dnd: boolean;
  /** Set while calls are forwarded; absent otherwise. */
  forwardTo?: string;
  /** Set while a supervisor monitors the device; absent otherwise (gws.auth.one-supervisor-monitoring). */
  monitoring?: SupervisorMonitoring;
}

/** Who monitors a device, and how (supervisorMonitoringState). */
export interface SupervisorMonitoring {
  readonly supervisorId: string;
  readonly state: 'ListenIn' | 'Bargain' | 'Coach';
}

export type CallState = 'Dialing' | 'Ringing' | 'Established' | 'Held' | 'Released';
export type RecordingState = 'NotRecording' | 'Recording' | 'Paused' | 'Stopped';

export interface Call {
  readonly id: string;
  readonly deviceId: string;
  readonly callUuid: string;
  readonly connectionId: string;
  readonly ani: string;
  readonly dnis: string;
  readonly callType: 'Inbound' | 'Outbound' | 'Internal' | 'Consult';
  readonly startedAt: number;
  state: CallState;
  participants: string[];
  muted: boolean;
  recording: RecordingState;
  userData: Record<string, unknown>;
  /** The consultation call started by InitiateTransfer/InitiateConference from this call. */
  consultCallId?: string;
  /** Whether the consultation is for a transfer or a conference. */
  consultKind?: 'transfer' | 'conference';
}

export interface EmailFields {
  FromAddress: string;
  ReplyToAddress?: string;
  ToAddress: string;
  CCAddresses?: string;
  Subject: string;
  Text: string;
}

export type EmailStage = 'Invited' | 'Revoked' | 'Accepted' | 'ReplyCreated' | 'Rejected' | 'Sent' | 'ReplyCancelled' | 'Completed' | 'Queued' | 'Transferred' | 'InWorkbin';
export type ChatStage = 'Invited' | 'Revoked' | 'Accepted' | 'Conference' | 'SessionEnded' | 'Rejected' | 'Left' | 'Completed' | 'Queued' | 'Transferred' | 'InWorkbin';

export interface ChatEvent {
  readonly id: number;
  readonly userId: string;
  readonly messageType: 'PARTY_JOINED' | 'PARTY_LEFT' | 'MESSAGE' | 'NOTICE';
  readonly userType: 'Client' | 'Agent';
  readonly visibility: 'All';
  readonly nickName?: string;
  readonly noticeType?: string;
  readonly text?: string;
}

export interface Attachment {
  readonly id: string;
  readonly mimeType: string;
  readonly fileName: string;
  readonly content: Buffer;
}

interface InteractionBase {
  readonly id: string;
  /** The agent working on (or invited to) the interaction; undefined while queued or parked. */
  owner?: string;
  queue: string;
  workbin?: string;
  readonly receivedAt: number;
  readonly parentId: string | null;
  userData: Record<string, unknown>;
  attachments: Attachment[];
}

export interface EmailInteraction extends InteractionBase {
  readonly channel: 'email';
  stage: EmailStage;
  readonly subType: 'InboundNew' | 'OutboundReply' | 'OutboundNew';
  email: EmailFields;
}

export interface ChatInteraction extends InteractionBase {
  readonly channel: 'chat';
  stage: ChatStage;
  readonly subType: 'InboundNew';
  readonly sessionId: string;
  readonly customer: string;
  /** Agents in the chat besides the owner (InviteUser). */
  conferenceWith: string[];
  events: ChatEvent[];
}

export type Interaction = EmailInteraction | ChatInteraction;

export interface Skill {
  readonly id: string;
  name: string;
  description?: string;
  level?: string;
}

export interface Queue {
  readonly id: string;
  name: string;
  description?: string;
  channel: string;
  internal: boolean;
  phoneNumber: string;
  phoneNumberId?: string;
  routingTemplateId?: string;
  callRecording: { percentage: number };
}

export interface RoutingTemplate {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly version: string;
  readonly channel: string;
  readonly dependencies: readonly string[];
  readonly enabled: boolean;
  readonly schema: readonly unknown[];
}

/** A contact of type Custom; Queue and User contacts are derived from queues and users on read. */
export interface Contact {
  readonly id: string;
  readonly type: 'Custom';
  name: string;
  phoneNumber?: string;
}

export interface Feature {
  readonly id: string;
  readonly displayName: string;
  readonly description: string;
}

export interface Service {
  readonly id: string;
  readonly name: string;
  readonly type: 'Provisioning' | 'Voice' | 'Reporting' | 'Media';
  state: 'Active' | 'Inactive' | 'ReadOnly';
}

export interface SettingsGroup {
  readonly name: string;
  displayName: string;
  readonly key: string;
  settings: Record<string, unknown>[];
  /** Only groups created through POST /settings may be deleted. */
  readonly createdViaApi: boolean;
}

export interface StatisticValue {
  readonly value: number;
  readonly time: number;
}

export interface Workbin {
  readonly workbinId: string;
  readonly userId: string;
  readonly workbinName: string;
  readonly viewName: string;
  readonly workbinType: number;
  readonly active: number;
  subscribed: boolean;
}

export interface CallRecord {
  readonly id: string;
  readonly callUuid: string;
  readonly callerPhoneNumber: string;
  readonly dialedPhoneNumber: string;
  readonly userName: string;
  readonly startTime: number;
  endTime?: number;
}

export interface GwsState {
  readonly services: ReferenceServices;
  readonly notifier: Notifier;
  readonly users: Map<string, User>;
  readonly devices: Map<string, Device>;
  readonly calls: Map<string, Call>;
  readonly interactions: Map<string, Interaction>;
  readonly skills: Map<string, Skill>;
  readonly queues: Map<string, Queue>;
  readonly routingTemplates: readonly RoutingTemplate[];
  readonly contacts: Map<string, Contact>;
  readonly features: Map<string, Feature>;
  /** Features removed from the contact center (DELETE /features/{id}, provider states); still in /system/features. */
  readonly parkedFeatures: Map<string, Feature>;
  readonly systemFeatures: readonly Feature[];
  readonly serviceResources: Map<string, Service>;
  readonly agentStates: AgentStateDefinition[];
  readonly general: { countryCode: string; countryDigits: string; countryName: string };
  /** The Real-Time Reporting settings; one is missing only after a DELETE that fault gws-reporting-post-delete-accepted let through. */
  readonly reporting: { defaultTargetServiceLevelPercentage?: string; defaultServiceLevelInterval?: string };
  readonly settingsGroups: Map<string, SettingsGroup>;
  readonly statistics: Map<string, Map<string, StatisticValue[]>>;
  readonly workbins: Map<string, Workbin>;
  readonly recordings: CallRecord[];
  readonly voiceEnvironmentId: string;
  readonly channelNames: readonly string[];
  /** Id shared by the resources of the read provider state, once created. */
  readId?: string;
  sequence: number;
}
