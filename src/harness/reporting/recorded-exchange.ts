import type { Exchange } from '../http/exchange';
import { curlCommand } from './curl';
import type { RecordedExchange } from './record-types';

/** Bodies are cut to this many characters in the record; the Playwright report keeps the whole exchange. */
export const BODY_LIMIT = 4000;

function cut(text: string): string {
  return text.length > BODY_LIMIT ? `${text.slice(0, BODY_LIMIT)}… (${text.length - BODY_LIMIT} more characters)` : text;
}

/** An exchange in record form: already redacted by the client, bodies cut, with its curl reproduction. */
export function recordExchange(exchange: Exchange): RecordedExchange {
  const { request, response } = exchange;
  return {
    ...(exchange.operationId ? { operationId: exchange.operationId } : {}),
    ...(exchange.role ? { role: exchange.role } : {}),
    request: {
      method: request.method,
      url: request.url,
      headers: request.headers,
      ...(request.body !== undefined ? { body: cut(typeof request.body === 'string' ? request.body : JSON.stringify(request.body)) } : {}),
    },
    ...(response ? { response: { status: response.status, headers: response.headers, body: cut(response.bodyText) } } : {}),
    ...(exchange.error ? { error: exchange.error } : {}),
    curl: curlCommand(request),
  };
}
