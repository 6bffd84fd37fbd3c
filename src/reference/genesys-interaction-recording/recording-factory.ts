import { createHash } from 'node:crypto';
import { formatGirTime } from './gir-time';
import type { EventHistoryEntry, Label, MediaFile, Recording, StringMap } from './types';

/** The agent of a recorded call: a User contact, and the agent parameters of its media files. */
export interface AgentSpec {
  readonly userName: string;
  readonly firstName: string;
  readonly lastName: string;
  /** The agent's extension (contact.phoneNumber). */
  readonly phoneNumber: string;
  readonly agentId: string;
  readonly recordDN: string;
}

/** What distinguishes one recording; everything else is derived. Used by provider states and to write the seed. */
export interface RecordingSpec {
  readonly id: string;
  readonly callerPhoneNumber: string;
  readonly dialedPhoneNumber: string;
  readonly startMillis: number;
  readonly durationMillis: number;
  readonly callType: Recording['callType'];
  readonly region: string;
  readonly agent: AgentSpec;
  /** The customer (an External contact); absent for internal calls. */
  readonly customer?: { readonly firstName: string; readonly lastName: string };
  /** Attached data added besides GSIP_RECORD / GSIP_REC_FN. */
  readonly attachedData?: StringMap;
  readonly updatedData?: StringMap;
  readonly labels?: readonly { readonly name: string; readonly type: Label['type']; readonly text: string }[];
  readonly screenRecording?: boolean;
  readonly nonDelete?: boolean;
  /** Two media files model a multi-site transfer (a second callUUID). */
  readonly mediaCount?: 1 | 2;
  /** Whether a client application paused the recording (mediaFiles[].masks). */
  readonly paused?: boolean;
}

/** A deterministic UUID (version 4 layout) from a seed string. */
export function stableUuid(seed: string): string {
  const hex = createHash('sha1').update(seed).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The full recording resource for a spec. */
export function buildRecording(spec: RecordingSpec): Recording {
  const stopMillis = spec.startMillis + spec.durationMillis;
  const mediaFiles = Array.from({ length: spec.mediaCount ?? 1 }, (_, i) => buildMediaFile(spec, i));
  return {
    id: spec.id,
    callerPhoneNumber: spec.callerPhoneNumber,
    dialedPhoneNumber: spec.dialedPhoneNumber,
    startTime: formatGirTime(spec.startMillis),
    stopTime: formatGirTime(stopMillis),
    mediaFiles,
    eventHistory: buildEventHistory(spec, stopMillis),
    callType: spec.callType,
    screenRecording: spec.screenRecording ?? false,
    nonDelete: spec.nonDelete ?? false,
    region: spec.region,
    labels: (spec.labels ?? []).map((label, i) => ({
      id: stableUuid(`${spec.id}/label/${i}`),
      name: label.name,
      type: label.type,
      createTime: formatGirTime(stopMillis + 60_000),
      createUser: 'supervisor1',
      content: { time: formatGirTime(spec.startMillis + 1_000), text: label.text },
    })),
  };
}

function buildMediaFile(spec: RecordingSpec, index: number): MediaFile {
  const uuid = stableUuid(`${spec.id}/media/${index}`);
  const callUUID = index === 0 ? spec.id : `${spec.id.slice(0, -4)}XF0${index}`;
  const share = Math.floor(spec.durationMillis / (spec.mediaCount ?? 1));
  const start = spec.startMillis + index * share;
  const stamp = formatGirTime(start).slice(0, 19).replace('T', '_').replace(/:/g, '-');
  const parameters: StringMap = {
    dnis: spec.dialedPhoneNumber,
    connId: createHash('sha1').update(`${callUUID}/conn`).digest('hex').slice(0, 16),
    ani: spec.callerPhoneNumber,
    dateTime: `${formatGirTime(start).slice(0, 19)}Z`,
    'rp.speechminer_uri': 'http://speechminer.reference.invalid/interactionreceiver',
    recordDN: spec.agent.recordDN,
    agentId: spec.agent.agentId,
    sipsAppName: 'SIP_Server',
    id: `${callUUID}_${stamp}`,
    username: spec.agent.userName,
    callUuid: callUUID,
  };
  return {
    mediaUri: `http://gir.reference.invalid/api/v2/recordings/${spec.id}/play/${uuid}.mp3`,
    mediaPath: `/recordings/${spec.id}/play/${uuid}.mp3`,
    playPath: `/recordings/${spec.id}/decrypt/${uuid}.mp3`,
    startTime: formatGirTime(start),
    stopTime: formatGirTime(start + share),
    callUUID,
    mediaId: `${callUUID}_${stamp}-006B015F-1000427D-0000000${index + 1}.mp3`,
    type: 'audio/mp3',
    duration: String(share),
    tenant: 'Environment',
    ivrprofile: 'CallRecProfile',
    size: String(share * 2),
    parameters,
    ...(spec.paused ? { masks: [{ time: new Date(start + 2_000).toISOString(), type: 'paused' as const }, { time: new Date(start + 4_000).toISOString(), type: 'resume' as const }] } : {}),
    partitions: [],
    accessgroups: ['/'],
  };
}

function buildEventHistory(spec: RecordingSpec, stopMillis: number): EventHistoryEntry[] {
  const at = (millis: number) => formatGirTime(millis);
  const dataEvent = (millis: number, data: EventHistoryEntry['data']): EventHistoryEntry => ({
    occurredAt: at(millis),
    calluuid: spec.id,
    eventId: `${at(millis).slice(0, 23).replace('T', ' ')}_${spec.id}`,
    event: 'Data',
    data,
  });
  const { agent, customer } = spec;
  const agentContact = { type: 'User', phoneNumber: agent.phoneNumber, userName: agent.userName, firstName: agent.firstName, lastName: agent.lastName };
  const contacts = [agentContact, ...(customer ? [{ type: 'External', ...customer }] : [])];
  const stamp = at(spec.startMillis).slice(0, 19).replace('T', '_').replace(/:/g, '-');
  return [
    ...contacts.map((contact) => ({ occurredAt: at(spec.startMillis), calluuid: spec.id, contact, event: 'Joined' })),
    dataEvent(spec.startMillis + 400, { added: { GSIP_RECORD: 'ON', GSIP_REC_FN: `${spec.id}_${stamp}`, ...(spec.attachedData ?? {}) } }),
    ...(spec.updatedData ? [dataEvent(spec.startMillis + 800, { updated: { ...spec.updatedData } })] : []),
    ...contacts.map((contact) => ({ occurredAt: at(stopMillis), calluuid: spec.id, contact: { ...contact }, event: 'Left' })),
    dataEvent(stopMillis, { deleted: { GSIP_RECORD: 'ON' } }),
  ];
}
