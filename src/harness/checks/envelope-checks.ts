import type { Exchange } from '../http/exchange';
import { bodyStatusCode, describeResponse, fail, PASS, type CheckContext, type ExchangeCheck } from './exchange-check';
import { FAMILY_CONVENTIONS } from './family-conventions';

type JsonObject = Record<string, unknown>;

function jsonObject(exchange: Exchange): JsonObject | undefined {
  const json = exchange.response?.json;
  return json !== null && typeof json === 'object' && !Array.isArray(json) ? (json as JsonObject) : undefined;
}

/** An error answer: HTTP 4xx/5xx, or (statusCode families) a body statusCode that is not a success. */
export function isErrorResponse(context: CheckContext): boolean {
  const status = context.exchange.response?.status ?? 0;
  if (status >= 400) return true;
  const conventions = FAMILY_CONVENTIONS[context.operation.family];
  const code = bodyStatusCode(context.exchange);
  return conventions.statusCodeEnvelope && code !== undefined && !conventions.successStatusCodes.includes(code);
}

/**
 * error_body_shape: an error answer carries the family's error body. Dixa: `{message: string}`
 * (BadRequest, Unauthorized, NotFound, Conflict, ServerError); Genesys Cloud: message, code and a
 * `status` equal to the HTTP status; GWS and GIR: a non-zero statusCode with a statusMessage.
 * A GWS or GIR error without any body (a bare 401) is not judged here.
 */
export const errorBodyShape: ExchangeCheck = (context) => {
  if (!context.exchange.response || !isErrorResponse(context)) return undefined;
  const response = context.exchange.response;
  const body = jsonObject(context.exchange);
  switch (context.operation.family) {
    case 'dixa':
      if (!body || typeof body.message !== 'string') return fail(`a ${response.status} error must carry {message: string}; got ${describeResponse(context.exchange)}`);
      return PASS;
    case 'genesys-cloud':
      if (!body || typeof body.message !== 'string' || typeof body.code !== 'string' || body.status !== response.status) {
        return fail(`a ${response.status} error must carry message, code and status ${response.status}; got ${describeResponse(context.exchange)}`);
      }
      return PASS;
    default: {
      if (response.bodyText === '') return undefined;
      const code = bodyStatusCode(context.exchange);
      if (code === undefined) return context.operation.family === 'genesys-web-services' ? fail(`an error must carry a statusCode; got ${describeResponse(context.exchange)}`) : undefined;
      if (code === 0) return response.status >= 400 ? fail(`HTTP ${response.status} with statusCode 0 (success)`) : undefined;
      if (typeof body?.statusMessage !== 'string' || body.statusMessage === '') return fail(`statusCode ${code} without a statusMessage: ${describeResponse(context.exchange)}`);
      return PASS;
    }
  }
};

/** A GWS body (any JSON body: success or error). */
function gwsBody(context: CheckContext): JsonObject | undefined {
  const response = context.exchange.response;
  if (!response || response.bodyText === '' || !/json/i.test(response.headers['content-type'] ?? '')) return undefined;
  return jsonObject(context.exchange) ?? {};
}

/** envelope_status_code_present: every JSON body carries statusCode (GWS "All methods always return the statusCode attribute"). */
export const envelopeStatusCodePresent: ExchangeCheck = (context) => {
  const body = gwsBody(context);
  if (!body) return undefined;
  return typeof body.statusCode === 'number' ? PASS : fail(`the body has no numeric statusCode: ${describeResponse(context.exchange)}`);
};

/** envelope_status_code_range: statusCode is one of the documented 0-7. */
export const envelopeStatusCodeRange: ExchangeCheck = (context) => {
  const code = bodyStatusCode(context.exchange);
  if (code === undefined) return undefined;
  return Number.isInteger(code) && code >= 0 && code <= 7 ? PASS : fail(`statusCode ${code} is not one of 0-7`);
};

/** envelope_success_without_message: statusCode 0 comes without statusMessage. */
export const envelopeSuccessWithoutMessage: ExchangeCheck = (context) => {
  if (bodyStatusCode(context.exchange) !== 0) return undefined;
  return 'statusMessage' in (jsonObject(context.exchange) ?? {}) ? fail(`statusCode 0 with a statusMessage: ${describeResponse(context.exchange)}`) : PASS;
};

/** envelope_error_only_code_and_message: an error body (statusCode 1-6) holds statusCode and statusMessage and nothing else. */
export const envelopeErrorOnlyCodeAndMessage: ExchangeCheck = (context) => {
  const code = bodyStatusCode(context.exchange);
  if (code === undefined || code < 1 || code > 6) return undefined;
  const extra = Object.keys(jsonObject(context.exchange) ?? {}).filter((k) => k !== 'statusCode' && k !== 'statusMessage');
  return extra.length === 0 ? PASS : fail(`the error body has attributes besides statusCode and statusMessage: ${extra.join(', ')}`);
};
