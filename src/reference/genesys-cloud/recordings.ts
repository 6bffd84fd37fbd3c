import { stringOf } from './json-values';
import { randomUUID } from 'node:crypto';
import type { ReferenceRequest } from '../http/reference-types';
import { booleanQuery } from './email-draft';
import { requireConversation } from './lookups';
import { bodyOf, invalid, missingResource, ok, type GcHandlerBody } from './request-error';
import type { JsonObject } from './state';

/** The Recording fields an update applies (gc.recording-update-fields, lenient); the rest are server-computed. */
const UPDATABLE_FIELDS = ['name', 'archiveDate', 'deleteDate', 'exportDate'] as const;
/** Deprecated constants: "Always returns 10000" (gc.recording.restorations-constant). */
const RESTORATIONS = 10000;

type AnnotationKind = 'pause' | 'hold' | 'bookmark';

function kindOf(annotation: JsonObject): AnnotationKind {
  const type = stringOf(annotation.type).toLowerCase();
  if (annotation.reason === 'Hold' || type === 'hold') return 'hold';
  return type === 'pause' || annotation.reason !== undefined ? 'pause' : 'bookmark';
}

/** Pause annotations share one id, bookmarks keep unique ids (gc.recording.annotation-ids). */
function storedAnnotations(request: ReferenceRequest, previous: readonly JsonObject[], sent: readonly JsonObject[]): JsonObject[] {
  const pauseId = previous.find((a) => kindOf(a) === 'pause')?.id ?? sent.find((a) => kindOf(a) === 'pause')?.id ?? randomUUID();
  const bookmarkIds = new Set<unknown>();
  return sent.map((annotation) => {
    const kind = kindOf(annotation);
    // Breaks gc.recording.annotation-ids: every pause annotation gets an id of its own.
    if (kind === 'pause') return { ...annotation, id: request.faults.has('gc-recording-pause-ids-differ') ? randomUUID() : pauseId };
    if (kind === 'hold') return { ...annotation };
    const id = typeof annotation.id === 'string' && !bookmarkIds.has(annotation.id) ? annotation.id : randomUUID();
    bookmarkIds.add(id);
    return { ...annotation, id };
  });
}

/** The Recording as returned: hold ids are fresh at each response; media-less recordings carry nulls. */
function recordingView(request: ReferenceRequest, recordingId: string, recording: JsonObject): JsonObject {
  const playable = recording.mediaUris !== null && recording.mediaUris !== undefined;
  const annotations = ((recording.annotations ?? []) as JsonObject[]).map((a) => (kindOf(a) === 'hold' ? { ...a, id: randomUUID() } : a));
  const view: JsonObject = { ...recording, id: recordingId, annotations, maxAllowedRestorationsForOrg: RESTORATIONS, remainingRestorationsAllowedForOrg: RESTORATIONS };
  if (!playable) Object.assign(view, { startTime: null, endTime: null, originalRecordingStartTime: null, mediaUris: null, outputSizeInBytes: 0 });
  // Breaks gc.recording.update-returns-recording: the id is not the recordingId of the path.
  if (request.faults.has('gc-recording-id-mismatch')) view.id = randomUUID();
  // Breaks gc.recording.no-playable-media: times are reported although nothing is playable.
  if (request.faults.has('gc-recording-times-without-media') && !playable) view.startTime = recording.creationTime ?? new Date().toISOString();
  // Breaks gc.recording.output-size-zero: a size is reported for media that was never transcoded.
  if (request.faults.has('gc-recording-output-size-without-media') && !playable) view.outputSizeInBytes = 1024;
  // Breaks gc.recording.enum-values: fileState in the prose's spelling (Available) instead of its enum value.
  if (request.faults.has('gc-recording-file-state-mixed-case') && typeof view.fileState === 'string') view.fileState = view.fileState.charAt(0) + view.fileState.slice(1).toLowerCase();
  // Breaks gc.recording.restorations-constant.
  if (request.faults.has('gc-recording-restorations-not-10000')) view.remainingRestorationsAllowedForOrg = RESTORATIONS - 1;
  return view;
}

const updateRecording: GcHandlerBody = (request, state) => {
  // Breaks gc.auth.pcid-not-sent: the REST call demands the MCP connection id.
  if (request.faults.has('gc-recording-requires-pcid') && !request.query.has('PCID') && request.headers.pcid === undefined) throw invalid('PCID is required');
  const conversation = requireConversation(state, request.params.conversationId);
  const recordingId = request.params.recordingId ?? '';
  const recording = conversation.recordings.find((r) => r.id === recordingId);
  if (!recording) throw missingResource(`recording ${recordingId} not found in conversation ${conversation.id}`);
  const body = bodyOf<JsonObject>(request);
  for (const field of UPDATABLE_FIELDS) {
    // Breaks gc.recording.retention-dates: the archive date sent is not applied.
    if (field === 'archiveDate' && request.faults.has('gc-recording-archive-date-ignored')) continue;
    if (body[field] !== undefined) recording[field] = body[field];
  }
  if (Array.isArray(body.annotations)) recording.annotations = storedAnnotations(request, (recording.annotations ?? []) as JsonObject[], body.annotations as JsonObject[]);
  // Breaks gc.recording.clear-export: the pending export survives clearExport=true.
  if (booleanQuery(request, 'clearExport') && !request.faults.has('gc-recording-keeps-export')) delete recording.exportDate;
  return ok(recordingView(request, recordingId, recording));
};

export const recordingHandlers: Readonly<Record<string, GcHandlerBody>> = {
  putConversationRecording: updateRecording,
};
