import type { ProviderStateDefinition } from '../http/reference-types';
import { attributeSpec } from './attribute-params';
import { AGENT_FIELDS, CUSTOMER_FIELDS } from './privacy-fields';
import { SCOPE_HEADER } from './setting-scope';
import { mediaUuidOf } from './read-handlers';
import { buildRecording, type RecordingSpec } from './recording-factory';
import type { GirState, Recording } from './types';

/** The agent of recordings made by provider states. */
const STATE_AGENT = { userName: 'state.agent@genesys.com', firstName: 'State', lastName: 'Agent', phoneNumber: '+15559689999', agentId: 'agent9999', recordDN: '7999' };

/** Adds a fresh recording (ids and numbers from a per-start sequence, so runs are deterministic). */
function addRecording(state: GirState, overrides: Partial<RecordingSpec> | ((base: RecordingSpec) => Partial<RecordingSpec>) = {}): Recording {
  state.sequence += 1;
  const n = String(state.sequence).padStart(5, '0');
  const base: RecordingSpec = {
    id: `011AP643CSAPR4FKQGQE31TAESP${n}`,
    callerPhoneNumber: `+1416777${n}`,
    dialedPhoneNumber: '+14160000001',
    startMillis: Date.UTC(2016, 0, 1) + state.sequence * 60_000,
    durationMillis: 30_000,
    callType: 'Inbound',
    region: 'region1',
    agent: STATE_AGENT,
    customer: { firstName: 'Pat', lastName: `Caller${n}` },
    paused: true,
  };
  const recording = buildRecording({ ...base, ...(typeof overrides === 'function' ? overrides(base) : overrides) });
  state.recordings.set(recording.id, recording);
  return recording;
}

const integer = (params: Readonly<Record<string, unknown>>, name: string): number => {
  const value = params[name];
  if (typeof value !== 'number' || !Number.isInteger(value)) throw new Error(`params.${name} must be an integer`);
  return value;
};

const names = (params: Readonly<Record<string, unknown>>, name: string): string[] => {
  const value = params[name] ?? [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) throw new Error(`params.${name} must be an array of field names`);
  return value;
};

const describe = (recording: Recording) => ({ recordingId: recording.id, mediaUUID: mediaUuidOf(recording.mediaFiles[0]!) });

export const PROVIDER_STATES: Readonly<Record<string, ProviderStateDefinition<GirState>>> = {
  'resources exist for every read operation': {
    description: 'A recording with a media file exists; returns a value for every path parameter of every GET.',
    setup: (_params, state) => {
      const live = [...state.recordings.values()].find((r) => r.mediaFiles.length > 0) ?? addRecording(state);
      return { pathParameters: describe(live) };
    },
  },
  'a recording exists': {
    description: 'A fresh recording with one media file, not protected from deletion.',
    setup: (_params, state) => describe(addRecording(state)),
  },
  'a recording protected from deletion exists': {
    description: 'A fresh recording whose nonDelete is true.',
    setup: (_params, state) => describe(addRecording(state, { nonDelete: true })),
  },
  'n recordings exist between t1 and t2': {
    description: 'count fresh recordings lying inside [startTime, endTime], all carrying a label named by a unique marker.',
    setup: (params, state) => {
      const count = integer(params, 'count');
      const startTime = integer(params, 'startTime');
      const endTime = integer(params, 'endTime');
      if (count < 1 || count > 1000) throw new Error('params.count must be between 1 and 1000');
      if (endTime < startTime) throw new Error('params.endTime must not be before params.startTime');
      // params.marker adds recordings to the set an earlier call made (data added between pages).
      const marker = typeof params.marker === 'string' && params.marker !== '' ? params.marker : `run-marker-${String(state.sequence + 1).padStart(5, '0')}`;
      const slot = Math.floor((endTime - startTime) / count);
      const recordings = Array.from({ length: count }, (_, i) =>
        addRecording(state, { startMillis: startTime + i * slot, durationMillis: slot, labels: [{ name: marker, type: 'Custom', text: 'provider state' }] }),
      );
      return { recordingIds: recordings.map((r) => r.id), marker, query: { includeLabels: marker } };
    },
  },
  'recording settings mask fields for supervisors': {
    description: 'Sets metadata.privacy.agent_fields and metadata.privacy.customer_fields; empty lists restore the blank default.',
    setup: (params, state) => {
      state.settings = { agentFields: names(params, 'agentFields').join(','), customerFields: names(params, 'customerFields').join(',') };
      return { [AGENT_FIELDS]: state.settings.agentFields, [CUSTOMER_FIELDS]: state.settings.customerFields };
    },
  },
  'a recording with given attributes exists': {
    description: 'A fresh recording with the numbers, times, agent names, attached data, labels and screen-recording flag given, and a run marker label.',
    setup: (params, state) => {
      const marker = typeof params.marker === 'string' && params.marker !== '' ? params.marker : `attribute-marker-${String(state.sequence + 1).padStart(5, '0')}`;
      const recording = addRecording(state, (base) => attributeSpec(params, base, marker));
      return { ...describe(recording), marker, query: { includeLabels: marker } };
    },
  },
  'recording privacy settings are scoped': {
    description: 'Opens a settings scope, blank: requests carrying the header answered read and write its privacy settings instead of the contact center ones.',
    setup: (_params, state) => {
      const value = `scope-${state.settingScopes.size + 1}-${Date.now().toString(36)}`;
      state.settingScopes.set(value, { agentFields: '', customerFields: '' });
      return { header: SCOPE_HEADER, value };
    },
  },
  'the recording database is read-only': {
    description: 'Makes the recording database read-only (deletes answer 503), or writable again with readOnly false.',
    setup: (params, state) => {
      state.readOnly = params.readOnly !== false;
      return { readOnly: state.readOnly };
    },
  },
};
