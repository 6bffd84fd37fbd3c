import type { GcClient } from './gc-client';
import { recordingPath, recordingState, type FaultProbe } from './probe-context';

/** Updates a fresh recording (without playable media unless asked) and returns the response. */
async function update(c: GcClient, body: unknown = { name: 'Renamed' }, query: Record<string, string> = {}, playable = false) {
  const ids = await recordingState(c, playable);
  return { ids, response: await c.call('PUT', recordingPath(ids), { body, query }) };
}

const long = (n: number) => 'y'.repeat(n);

/** Probes of the recording update (000). */
export const RECORDING_PROBES: readonly FaultProbe[] = [
  { fault: 'gc-recording-id-mismatch', holds: async ({ c }) => { const { ids, response } = await update(c); return response.status === 200 && response.body.id === ids.recordingId; } },
  { fault: 'gc-recording-keeps-export', holds: async ({ c }) => { const { response } = await update(c, {}, { clearExport: 'true' }); return response.status === 200 && response.body.exportDate === undefined; } },
  {
    fault: 'gc-recording-pause-ids-differ',
    holds: async ({ c }) => {
      const annotations = [
        { type: 'pause', reason: 'Pause', location: 10 },
        { type: 'pause', reason: 'SecurePause', location: 20 },
        { type: 'bookmark', description: 'one', location: 30 },
        { type: 'bookmark', description: 'two', location: 40 },
      ];
      const ids: string[] = (await update(c, { annotations })).response.body.annotations.map((a: { id: string }) => a.id);
      return ids[0] === ids[1] && ids[2] !== ids[3] && ids[0] !== ids[2];
    },
  },
  {
    fault: 'gc-recording-times-without-media',
    holds: async ({ c }) => {
      const body = (await update(c)).response.body;
      return [body.startTime, body.endTime, body.originalRecordingStartTime, body.mediaUris].every((v) => v === null);
    },
  },
  { fault: 'gc-recording-output-size-without-media', holds: async ({ c }) => (await update(c)).response.body.outputSizeInBytes === 0 },
  {
    fault: 'gc-recording-restorations-not-10000',
    holds: async ({ c }) => {
      const body = (await update(c, {}, {}, true)).response.body;
      return body.maxAllowedRestorationsForOrg === 10000 && body.remainingRestorationsAllowedForOrg === 10000;
    },
  },
  {
    fault: 'gc-recording-archive-date-ignored',
    holds: async ({ c }) => (await update(c, { archiveDate: '2031-06-30T00:00:00.000Z' })).response.body.archiveDate === '2031-06-30T00:00:00.000Z',
  },
  { fault: 'gc-recording-requires-pcid', holds: async ({ c }) => (await update(c)).response.status === 200 },
  {
    fault: 'gc-annotation-description-over-500-accepted',
    holds: async ({ c }) => {
      const at500 = await update(c, { annotations: [{ type: 'bookmark', description: long(500) }] });
      const at501 = await update(c, { annotations: [{ type: 'bookmark', description: long(501) }] });
      return at500.response.status === 200 && at501.response.status === 400;
    },
  },
];
