import { bodyStatusCode, describeResponse, fail, PASS, type ExchangeCheck } from './exchange-check';
import { FAMILY_CONVENTIONS } from './family-conventions';

/** HTTP statuses that say "your request is malformed or not allowed", never a fine answer to a valid request by a permitted caller. */
const REJECTION_STATUSES = new Set([400, 401, 403, 405, 406, 411, 413, 414, 415, 422, 431]);
/** Refusals that may be right when the request holds values the contract cannot judge, or depends on state. */
const UNKNOWABLE_REFUSALS = new Set([400, 404, 409, 422]);

/** no_server_error: whatever was sent, no 5xx comes back. */
export const noServerError: ExchangeCheck = (context) => {
  const status = context.exchange.response?.status;
  if (status === undefined) return fail(`no response: ${context.exchange.error ?? 'unknown error'}`);
  return status >= 500 ? fail(`server error ${describeResponse(context.exchange)}${context.sent.violation ? ` for a request whose ${context.sent.violation}` : ''}`) : PASS;
};

/**
 * invalid_input_rejected: a request breaking one constraint of the contract, from a permitted
 * caller, is refused with a 4xx (GWS: or an error statusCode, which the document allows with any
 * HTTP status). 5xx is no_server_error's to report.
 */
export const invalidInputRejected: ExchangeCheck = (context) => {
  const { sent, exchange } = context;
  const status = exchange.response?.status;
  if (sent.kind !== 'invalid' || sent.caller !== 'permitted' || status === undefined || status >= 500) return undefined;
  if (status >= 400 && status !== 401) return PASS;
  const conventions = FAMILY_CONVENTIONS[context.operation.family];
  const code = bodyStatusCode(exchange);
  if (conventions.statusCodeEnvelope && code !== undefined && !conventions.successStatusCodes.includes(code)) return PASS;
  return fail(`accepted (${describeResponse(exchange)}) although ${sent.violation ?? 'the request breaks the contract'}`);
};

/**
 * valid_input_accepted: a request the contract allows, from a permitted caller, is not refused as
 * malformed or unauthorised (400, 401, 403, 422, ...; GWS statusCode 1). 404 is a fine answer
 * only when the request named an id the harness made up; 409 and the like (the state of the data)
 * are fine answers.
 */
export const validInputAccepted: ExchangeCheck = (context) => {
  const { sent, exchange } = context;
  const status = exchange.response?.status;
  if (sent.kind !== 'valid' || sent.caller !== 'permitted' || status === undefined || status >= 500) return undefined;
  const conventions = FAMILY_CONVENTIONS[context.operation.family];
  const code = bodyStatusCode(exchange);
  const invented = sent.invented.length > 0;
  const refused = UNKNOWABLE_REFUSALS.has(status) || (conventions.statusCodeEnvelope && code !== undefined && !conventions.successStatusCodes.includes(code));
  const malformed = conventions.statusCodeEnvelope && code !== undefined && conventions.malformedStatusCodes.includes(code);
  // A refusal of a request naming what the harness could not know to exist, or made in a state it
  // cannot know: no verdict. "Malformed" (GWS statusCode 1, a required parameter is missing) does
  // not depend on the data, so it is judged all the same, unless the request names a resource the
  // harness made up (whose own rules, such as a settings group's key attribute, it cannot know).
  if (refused && sent.unknowable.length > 0 && !(malformed && invented === false)) return undefined;
  if (REJECTION_STATUSES.has(status) && !malformed) return fail(`a valid request was refused: ${describeResponse(exchange)}`);
  if (malformed) return fail(`a valid request was refused as malformed: ${describeResponse(exchange)}`);
  const notFound = status === 404 || (conventions.statusCodeEnvelope && code !== undefined && conventions.notFoundStatusCodes.includes(code));
  if (notFound && !invented) return fail(`not found, although every id in the request exists: ${describeResponse(exchange)}`);
  return PASS;
};
