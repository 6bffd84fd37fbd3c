import type { Handler, ReferenceRequest, ReferenceResponse } from '../http/reference-types';
import { STATUS_OK, girError } from './error-body';
import { refusedRole } from './read-handlers';
import type { GirState } from './types';

/** deleteRecordingsByRecordingId: removes the recording, its screen recordings and all media files. */
export const deleteRecording: Handler<GirState> = (request, state) => {
  const refused = refusedRole(request) ?? refusedByBentRoleCheck(request);
  if (refused) return refused;
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
  // Breaks gir.delete.success: the removal is answered 202 (accepted) instead of 200.
  return request.faults.has('gir-delete-answers-202') ? { ...ok, status: 202 } : ok;
};

/**
 * Under gir-supervisor-may-delete or gir-agent-may-delete the server skips its role check for
 * this operation (authorization-fault.ts); the role the fault does not name is refused here, so
 * that each fault lets exactly one role through.
 */
function refusedByBentRoleCheck(request: ReferenceRequest): ReferenceResponse | undefined {
  const role = request.principal.role;
  const through = (request.faults.has('gir-supervisor-may-delete') && role === 'Supervisor') || (request.faults.has('gir-agent-may-delete') && role === 'Agent');
  if (role === 'Administrator' || through) return undefined;
  return girError(request, 403, `forbidden to delete the requested recording: the ${role} role may not delete recordings`);
}
