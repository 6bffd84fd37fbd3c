import type { ContractRegistry, OperationContract } from '../contracts';
import type { Exchange } from '../http/exchange';

/** The outcome of one check on one exchange: a reason when it fails. */
export type CheckOutcome = { readonly ok: true } | { readonly ok: false; readonly reason: string };

const PASS: CheckOutcome = { ok: true };

/** status_code_documented: documented for the operation, and never a server error. */
export function statusCodeDocumented(contracts: ContractRegistry, operation: OperationContract, exchange: Exchange): CheckOutcome {
  const status = exchange.response?.status;
  if (status === undefined) return { ok: false, reason: `no response: ${exchange.error ?? 'unknown error'}` };
  if (status >= 500) return { ok: false, reason: `server error ${status}` };
  if (!contracts.response(operation.family, operation.operationId, status)) {
    return { ok: false, reason: `status ${status} is not documented for ${operation.operationId} (documented: ${[...operation.responses.keys()].join(', ')})` };
  }
  return PASS;
}

/** content_type_documented: a body comes with a JSON media type that the contract documents for the status. */
export function contentTypeDocumented(contracts: ContractRegistry, operation: OperationContract, exchange: Exchange): CheckOutcome {
  const response = exchange.response;
  if (!response || response.bodyText === '') return PASS;
  const contentType = (response.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const documented = contracts.response(operation.family, operation.operationId, response.status);
  if (!documented) return PASS; // status_code_documented reports this
  if (documented.content.size === 0) return { ok: false, reason: `${response.status} is documented without a body, but one came (${contentType || 'no content type'})` };
  if (![...documented.content.keys()].some((range) => mediaRangeMatches(range, contentType))) {
    return { ok: false, reason: `content type "${contentType}" is not documented for ${response.status} (documented: ${[...documented.content.keys()].join(', ')})` };
  }
  return PASS;
}

/** OpenAPI media type keys may be ranges: `*\/*` and `text/*` match any media type they cover. */
function mediaRangeMatches(range: string, contentType: string): boolean {
  const key = range.toLowerCase();
  if (key === contentType || key === '*/*') return true;
  return key.endsWith('/*') && contentType.startsWith(key.slice(0, -1));
}

/** response_schema_conformance: the body validates against the documented schema. */
export function responseSchemaConformance(contracts: ContractRegistry, operation: OperationContract, exchange: Exchange): CheckOutcome {
  const response = exchange.response;
  if (!response || response.bodyText === '') return PASS;
  // A binary body (audio/mpeg) is described by its media type, which content_type_documented checks.
  if (!/json/i.test(response.headers['content-type'] ?? '')) return PASS;
  const validate = contracts.responseValidator(operation.family, operation.operationId, response.status, response.headers['content-type'] ?? '');
  if (!validate) return PASS; // the two checks above report an undocumented status or media type
  if (response.json === undefined) return { ok: false, reason: 'the body is not valid JSON' };
  if (validate(response.json)) return PASS;
  const errors = (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword} ${JSON.stringify(e.params)}`);
  return { ok: false, reason: `body does not match the ${response.status} schema: ${errors.join('; ')}` };
}
