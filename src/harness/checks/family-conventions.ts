import type { Family } from '../contracts';

/**
 * How each family says "error" (from its document): HTTP status alone, or a `statusCode` in the
 * body too (GWS "Return Values", GIR "statusCode ... other values if it was not correctly
 * handled"). GWS errors may come with HTTP 200 (ambiguity gws.http-status-unstated, lenient).
 */
export interface FamilyConventions {
  /** The body carries a statusCode; 0 is success. */
  readonly statusCodeEnvelope: boolean;
  /** Body statusCodes that are not errors (GWS 7: partial success). */
  readonly successStatusCodes: readonly number[];
  /** Body statusCode saying "your request is malformed" (GWS 1: a required parameter is missing). */
  readonly malformedStatusCodes: readonly number[];
  /** Body statusCode saying "not found" (GWS 6). */
  readonly notFoundStatusCodes: readonly number[];
}

export const FAMILY_CONVENTIONS: Readonly<Record<Family, FamilyConventions>> = {
  'genesys-web-services': { statusCodeEnvelope: true, successStatusCodes: [0, 7], malformedStatusCodes: [1], notFoundStatusCodes: [6] },
  'genesys-interaction-recording': { statusCodeEnvelope: true, successStatusCodes: [0], malformedStatusCodes: [], notFoundStatusCodes: [] },
  'genesys-cloud': { statusCodeEnvelope: false, successStatusCodes: [], malformedStatusCodes: [], notFoundStatusCodes: [] },
  dixa: { statusCodeEnvelope: false, successStatusCodes: [], malformedStatusCodes: [], notFoundStatusCodes: [] },
};
