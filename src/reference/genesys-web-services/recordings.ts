import type { Handler } from '../http/reference-types';
import { GwsFailure, guarded, ok } from './envelope';
import type { GwsState } from './types';

/**
 * GET /recordings (listed only under Supported Requests): the call recordings made through the
 * Call Recording API, filtered by startTime, endTime, callerPhoneNumber, dialedPhoneNumber and
 * userName, paged by offset and limit (gws.pagination.recordings-offset-limit).
 */
export const getRecordings: Handler<GwsState> = (request, state) =>
  guarded(request, () => {
    const q = request.query;
    const integer = (name: string, fallback: number, least = 0) => {
      const value = q.get(name);
      if (value === null) return fallback;
      if (!/^[0-9]+$/.test(value) || Number(value) < least) throw new GwsFailure(2, `${name} must be an integer of at least ${least}`);
      return Number(value);
    };
    const startTime = integer('startTime', 0);
    const endTime = integer('endTime', Number.MAX_SAFE_INTEGER);
    const offset = integer('offset', 0);
    // Breaks gws.pagination.recordings-offset-limit: limit is ignored (every matching recording from offset on).
    const limit = request.faults.has('gws-recordings-limit-ignored') ? Number.MAX_SAFE_INTEGER : integer('limit', 100, 1);
    const matching = state.recordings.filter(
      (r) =>
        r.startTime >= startTime &&
        r.startTime <= endTime &&
        (!q.get('callerPhoneNumber') || r.callerPhoneNumber === q.get('callerPhoneNumber')) &&
        (!q.get('dialedPhoneNumber') || r.dialedPhoneNumber === q.get('dialedPhoneNumber')) &&
        (!q.get('userName') || r.userName === q.get('userName')),
    );
    const recordings = matching.slice(offset, offset + limit).map((r) => ({ ...r }));
    return ok(request, { totalCount: matching.length, recordings });
  });
