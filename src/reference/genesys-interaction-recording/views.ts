import type { ReferenceRequest } from '../http/reference-types';
import { maskRecording, maskedNames } from './masking';
import { settingsFor } from './setting-scope';
import type { GirState, Recording } from './types';

/** A recording on the wire: labels only when subresources asked for them. */
export type WireRecording = Omit<Recording, 'labels'> & { labels?: Recording['labels'] };

/** The recording as the caller may see it: masked for anyone but an Administrator; labels kept. */
export function visibleTo(request: ReferenceRequest, state: GirState, recording: Recording): Recording {
  // Breaks gir.masking.administrator-unmasked: Administrators are masked like Supervisors.
  const exempt = request.principal.role === 'Administrator' && !request.faults.has('gir-mask-administrator');
  if (exempt) return recording;
  const masked = maskRecording(recording, maskedNames(settingsFor(request, state), request.faults), request.faults);
  // Breaks gir.masking.consistent-across-operations: Get Recording by ID leaves the eventHistory contacts as stored while Search masks them.
  if (request.operation.operationId === 'getRecordingsByRecordingId' && request.faults.has('gir-get-contacts-unmasked')) return { ...masked, eventHistory: recording.eventHistory };
  // Breaks gir.masking.supervisor-search-top-level / supervisor-get-by-id: one operation leaves the top-level fields unmasked.
  const search = request.operation.operationId === 'getRecordings';
  if ((search && request.faults.has('gir-mask-search-top-level-skipped')) || (!search && request.faults.has('gir-mask-get-top-level-skipped'))) {
    return { ...masked, callerPhoneNumber: recording.callerPhoneNumber, dialedPhoneNumber: recording.dialedPhoneNumber };
  }
  return masked;
}

/** Whether the request's subresources (comma-delimited) names labels, or * for all. */
export function wantsLabels(request: ReferenceRequest): boolean {
  const names = (request.query.get('subresources') ?? '').split(',').map((name) => name.trim());
  return names.includes('*') || names.includes('labels');
}

/** The wire form of a visible recording (a copy: state is never handed out). */
export function present(request: ReferenceRequest, recording: Recording, withLabels: boolean): WireRecording {
  const { labels, ...rest } = structuredClone(recording);
  const wire: WireRecording = rest;
  // Breaks gir.search.labels-only-with-subresources: labels come whatever subresources says.
  if (withLabels || request.faults.has('gir-labels-always')) wire.labels = labels;
  for (const file of wire.mediaFiles) {
    // Breaks gir.media.play-path-retrieves: playPath names the undocumented /play/ path.
    if (request.faults.has('gir-play-path-unfollowable')) file.playPath = file.mediaPath;
    // Breaks gir.schema.masks-pause-resume: a pause is typed "pause" instead of "paused".
    if (request.faults.has('gir-mask-type-pause')) for (const mask of file.masks ?? []) if (mask.type === 'paused') (mask as { type: string }).type = 'pause';
  }
  // Breaks gir.schema.screen-recording-flag: every recording reports no screen recording.
  if (request.faults.has('gir-screen-recording-always-false')) wire.screenRecording = false;
  for (const entry of wire.eventHistory) {
    // Breaks gir.schema.contact-on-joined-left: Left events lose their contact.
    if (entry.event === 'Left' && request.faults.has('gir-left-event-without-contact')) delete entry.contact;
    // Breaks gir.schema.contact-type-values: agents are typed "Agent" instead of "User".
    if (entry.contact?.type === 'User' && request.faults.has('gir-contact-type-agent')) entry.contact.type = 'Agent';
    // Breaks gir.schema.data-on-data-event: Data events lose their eventId.
    if (entry.event === 'Data' && request.faults.has('gir-data-event-without-event-id')) delete entry.eventId;
    // Breaks gir.schema.event-values: Data events are called "AttachedData".
    if (entry.event === 'Data' && request.faults.has('gir-event-attached-data')) entry.event = 'AttachedData';
  }
  return wire;
}
