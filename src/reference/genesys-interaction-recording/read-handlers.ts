import type { Handler, ReferenceRequest, ReferenceResponse } from '../http/reference-types';
import { girError } from './error-body';
import { decryptMedia, encryptedMedia } from './media-body';
import type { GirState, MediaFile } from './types';
import { present, visibleTo, wantsLabels } from './views';

/** The media UUID of a media file: the last segment of its playPath (gir.media-uuid-not-media-id). */
export function mediaUuidOf(file: MediaFile): string {
  return /([^/]+)\.mp3$/.exec(file.playPath)?.[1] ?? '';
}

const notFound = (request: ReferenceRequest, what: string) => girError(request, 404, `${what} cannot be accessed`);

/**
 * Per operation and permitted role, the fault that refuses that role with 403 although the
 * document permits it (gir.authorization.<operation>-<role>).
 */
const ROLE_REFUSAL_FAULTS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  getRecordings: { Administrator: 'gir-search-administrator-forbidden', Supervisor: 'gir-search-supervisor-forbidden' },
  getRecordingsByRecordingId: { Administrator: 'gir-get-administrator-forbidden', Supervisor: 'gir-get-supervisor-forbidden' },
  getRecordingsByRecordingIdDecryptByMediaUUIDMp3: { Administrator: 'gir-media-administrator-forbidden', Supervisor: 'gir-media-supervisor-forbidden', Agent: 'gir-media-agent-forbidden' },
  deleteRecordingsByRecordingId: { Administrator: 'gir-delete-administrator-forbidden' },
};

/** The 403 a role-refusal fault answers for this request's role and operation, if that fault is on. */
export function refusedRole(request: ReferenceRequest): ReferenceResponse | undefined {
  const fault = ROLE_REFUSAL_FAULTS[request.operation.operationId]?.[request.principal.role];
  if (fault === undefined || !request.faults.has(fault)) return undefined;
  return girError(request, 403, `the ${request.principal.role} role may not ${request.operation.operationId}`);
}

/** getRecordingsByRecordingId: Get Recording by ID. */
export const getRecording: Handler<GirState> = (request, state) => {
  const refused = refusedRole(request);
  if (refused) return refused;
  const id = request.params.recordingId ?? '';
  // Breaks gir.delete.gone-from-get: a deleted recording is still returned.
  const recording = state.recordings.get(id) ?? (request.faults.has('gir-deleted-still-gettable') ? state.deleted.get(id) : undefined);
  // Breaks gir.read.existing-resource-returned: an existing recording is answered as unknown.
  if (recording && request.faults.has('gir-get-existing-404')) return notFound(request, `the recording ${id}`);
  if (!recording) {
    // Breaks gir.envelope.get-unknown-404: an id that never existed answers 200 with an empty recording.
    if (!state.deleted.has(id) && request.faults.has('gir-get-unknown-200')) return { status: 200, body: { id } };
    return notFound(request, `the recording ${id}`);
  }
  // Breaks gir.search.labels-with-subresources: Get Recording by ID ignores subresources.
  const labels = wantsLabels(request) && !request.faults.has('gir-get-ignores-subresources');
  // Breaks gir.schema.status-documented: success answers 203, which the contract does not document.
  const status = request.faults.has('gir-get-undocumented-status') ? 203 : 200;
  const body = present(request, visibleTo(request, state, recording), labels);
  // Breaks gir.envelope.get-returns-requested: the resource carries its first media file's id as its id.
  if (request.faults.has('gir-get-returns-media-id')) body.id = recording.mediaFiles[0]?.parameters.id ?? `${id}_MEDIA`;
  return { status, body };
};

/** getRecordingsByRecordingIdDecryptByMediaUUIDMp3: Get Recording Media by ID (decrypts, answers audio/mpeg). */
export const getRecordingMedia: Handler<GirState> = (request, state) => {
  const refused = refusedRole(request);
  if (refused) return refused;
  const id = request.params.recordingId ?? '';
  const uuid = request.params.mediaUUID ?? '';
  // Breaks gir.delete.media-removed: media of a deleted recording still plays.
  const recording = state.recordings.get(id) ?? (request.faults.has('gir-deleted-media-playable') ? state.deleted.get(id) : undefined);
  // Breaks gir.media.unknown-recording-404: any recording id that never existed answers 200.
  const inventRecording = !recording && !state.deleted.has(id) && request.faults.has('gir-media-unknown-recording-200');
  if (!recording && !inventRecording) return notFound(request, `the recording ${id}`);
  const file = recording?.mediaFiles.find((f) => mediaUuidOf(f) === uuid);
  // Breaks gir.media.unknown-media-404: an unknown mediaUUID of an existing recording plays its first media file.
  const fallback = recording && !file && request.faults.has('gir-media-unknown-uuid-200') ? recording.mediaFiles[0] : undefined;
  if (recording && !file && !fallback) return notFound(request, `the media file ${uuid} of recording ${id}`);
  return audio(request, id, uuid);
};

function audio(request: ReferenceRequest, id: string, uuid: string): ReferenceResponse {
  const stored = encryptedMedia(id, uuid);
  // Breaks gir.media.decrypted-body: the encrypted bytes are served as they are stored.
  const body = request.faults.has('gir-media-encrypted-bytes') ? stored : decryptMedia(stored);
  return { status: 200, body, headers: { 'content-type': 'audio/mpeg' } };
}
