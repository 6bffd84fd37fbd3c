import type { ReferenceServices } from '../http/reference-types';

/** A string map (mediaFiles[].parameters, attached data). */
export type StringMap = Record<string, string>;

export interface MaskEvent {
  time: string;
  type: 'paused' | 'resume';
}

export interface MediaFile {
  mediaUri: string;
  mediaPath: string;
  /** `/recordings/{id}/decrypt/{mediaUUID}.mp3`: the UUID is the media file's identity. */
  playPath: string;
  startTime: string;
  stopTime: string;
  callUUID: string;
  mediaId: string;
  type: string;
  duration: string;
  tenant: string;
  ivrprofile: string;
  size: string;
  parameters: StringMap;
  masks?: MaskEvent[];
  partitions: string[];
  accessgroups: string[];
}

export interface Contact {
  type: string;
  phoneNumber?: string;
  userName?: string;
  firstName?: string;
  lastName?: string;
}

export interface AttachedData {
  added?: Record<string, unknown>;
  updated?: Record<string, unknown>;
  deleted?: Record<string, unknown>;
}

export interface EventHistoryEntry {
  occurredAt: string;
  calluuid: string;
  event: string;
  eventId?: string;
  contact?: Contact;
  data?: AttachedData;
}

export interface Label {
  id: string;
  name: string;
  type: 'Reserved' | 'Custom';
  createTime: string;
  createUser: string;
  content: Record<string, unknown>;
}

/** The recording resource as an Administrator sees it, labels included (views strip them). */
export interface Recording {
  id: string;
  callerPhoneNumber: string;
  dialedPhoneNumber: string;
  startTime: string;
  stopTime: string;
  mediaFiles: MediaFile[];
  eventHistory: EventHistoryEntry[];
  callType: 'Unknown' | 'Internal' | 'Inbound' | 'Outbound' | 'Consult';
  screenRecording: boolean;
  nonDelete: boolean;
  region: string;
  labels: Label[];
}

/** The two settings of the recording group: comma-separated field names, blank by default. */
export interface PrivacySettings {
  agentFields: string;
  customerFields: string;
}

export interface SeedData {
  readonly settings: PrivacySettings;
  readonly recordings: Recording[];
}

export interface GirState {
  readonly services: ReferenceServices;
  /** Live recordings by id, in insertion order. */
  readonly recordings: Map<string, Recording>;
  /** Deleted recordings, kept only so that faults can resurrect them; never served normally. */
  readonly deleted: Map<string, Recording>;
  settings: PrivacySettings;
  /**
   * Privacy settings of scopes opened by the provider state "recording privacy settings are scoped":
   * requests carrying the scope header read and write these instead of the contact center's, so a
   * test that changes them does not disturb tests running at the same time.
   */
  readonly settingScopes: Map<string, PrivacySettings>;
  /** While true the recording database is read-only: deletes answer 503. */
  readOnly: boolean;
  /** Counter for ids made by provider states (deterministic per start). */
  sequence: number;
}
