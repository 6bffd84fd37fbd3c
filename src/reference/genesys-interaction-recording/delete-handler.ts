import type { Handler } from '../http/reference-types';
import { STATUS_OK, girError } from './error-body';
import type { GirState } from './types';

/** deleteRecordingsByRecordingId: removes the recording, its screen recordings and all media files. */
export const deleteRecording: Handler<GirState> = (request, state) => {
  const id = request.params.recordingId ?? '';
  const recording = state.recordings.get(id);
  // Breaks gir.envelope.delete-status-code-zero: the success body has no statusCode.
  const ok = { status: 200, body: request.faults.has('gir-delete-without-status-code') ? {} : { ...STATUS_OK } };
  if (!recording) {
    const deletedBefore = state.deleted.has(id);
    // Breaks gir.delete.second-delete-404: deleting a deleted recording succeeds again.
    if (deletedBefore && request.faults.has('gir-second-delete-200')) return ok;
    // Breaks gir.delete.unknown-404: deleting an id that never existed succeeds.
    if (!deletedBefore && request.faults.has('gir-delete-unknown-200')) return ok;
    return girError(request, 404, `the recording to delete (${id}) cannot be found`);
  }
  // Breaks gir.delete.read-only-503: the read-only database is written to anyway.
  if (state.readOnly && !request.faults.has('gir-read-only-ignored')) {
    return girError(request, 503, 'the recording database is read-only, so the recording and its screen recordings cannot be deleted');
  }
  // Breaks gir.delete.non-delete-protected: nonDelete is ignored.
  if (recording.nonDelete && !request.faults.has('gir-non-delete-ignored')) {
    return girError(request, 403, `forbidden to delete the requested recording: ${id} is protected from deletion (nonDelete)`);
  }
  state.recordings.delete(id);
  state.deleted.set(id, recording);
  return ok;
};
