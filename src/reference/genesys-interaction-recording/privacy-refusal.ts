import type { ReferenceRequest } from '../http/reference-types';
import { MASKABLE_QUERY_PARAMETERS, listedFields } from './privacy-fields';
import { settingsFor } from './setting-scope';
import type { GirState, Recording } from './types';

type MaskableParameter = (typeof MASKABLE_QUERY_PARAMETERS)[number];

/** Per search parameter, the fault that lets a Supervisor search by it although it is listed. */
const ALLOW_FAULTS: Readonly<Record<MaskableParameter, string>> = {
  callerPhoneNumber: 'gir-supervisor-may-search-by-caller', // breaks gir.masking.query-caller-phone-number-403
  dialedPhoneNumber: 'gir-supervisor-may-search-by-dialed', // breaks gir.masking.query-dialed-phone-number-403
  userName: 'gir-supervisor-may-search-by-user-name', // breaks gir.masking.query-user-name-403
  userData: 'gir-supervisor-may-search-by-user-data', // breaks gir.masking.query-user-data-403
};

/**
 * The search parameter a non-Administrator may not use because its field is listed in a privacy
 * setting (Mask settings and query parameters), or undefined. Administrators are never refused
 * (gir.privacy-403-administrator). The refusal does not depend on the data, so it reveals nothing.
 */
export function refusedParameter(request: ReferenceRequest, state: GirState, wouldMatch: (recording: Recording) => boolean): MaskableParameter | undefined {
  if (request.principal.role === 'Administrator') return undefined;
  const listed = listedFields(settingsFor(request, state));
  const used = MASKABLE_QUERY_PARAMETERS.filter((name) => request.query.has(name));
  // Breaks gir.masking.query-unlisted-parameter-allowed: while any privacy field is defined, every search parameter is refused.
  if (listed.size > 0 && request.faults.has('gir-mask-refuses-every-search-parameter')) return used[0];
  const refused = used.find((name) => listed.has(name) && !request.faults.has(ALLOW_FAULTS[name]));
  // Breaks gir.masking.query-no-oracle: the 403 only comes when some recording would match.
  if (refused && request.faults.has('gir-mask-query-oracle') && ![...state.recordings.values()].some(wouldMatch)) return undefined;
  return refused;
}

/** The first search parameter of the request whose field a privacy setting lists, whoever asks. */
export function listedParameter(request: ReferenceRequest, state: GirState): MaskableParameter | undefined {
  const listed = listedFields(settingsFor(request, state));
  return MASKABLE_QUERY_PARAMETERS.find((name) => request.query.has(name) && listed.has(name));
}
