import type { Family } from '../contracts';
import { curlCommand } from '../http/curl-command';
import type { Exchange } from '../http/exchange';
import type { PropertyFailure } from './property-runner';

/** The command that replays a property failure: the same seed and path, only this operation's test. */
export function replayCommand(family: Family, operationId: string, seed: number, path: string): string {
  return `CC_PROPERTY_SEED=${seed} CC_PROPERTY_PATH=${path} npx playwright test --project ${family} --grep '${operationId}: .*@property'`;
}

function exchangeLine(exchange: Exchange): string {
  const response = exchange.response;
  const body = response ? (response.bodyText.length > 500 ? `${response.bodyText.slice(0, 500)}…` : response.bodyText) : '';
  return `${exchange.request.method} ${exchange.request.url} → ${response ? `${response.status} ${response.headers['content-type'] ?? ''} ${body}` : `no response (${exchange.error ?? ''})`}`;
}

/**
 * A property failure in words: the failing check and clause, the smallest failing case, the seed
 * and path with the replay command, the exchange, and a curl command (credentials redacted).
 */
export function formatFailure(family: Family, operationId: string, failure: PropertyFailure): string {
  const { request, caller } = failure.case;
  const who = caller.kind === 'permitted' ? `role ${caller.role ?? ''}` : caller.kind === 'anonymous' ? 'no credentials' : caller.kind === 'spoiled' ? `wrong credentials for ${caller.role ?? ''}` : `role ${caller.role ?? ''}, which the operation does not permit`;
  const lines = [
    `${operationId}: check ${failure.checkId} failed, clause ${failure.clause}`,
    `  ${failure.reason}`,
    `smallest failing case (after ${failure.numShrinks} shrinks): ${request.kind} request, ${who}${request.violation ? `; rejected because ${request.violation.description}` : ''}`,
    ...(Object.keys(request.pathParameters).length > 0 ? [`  path parameters: ${JSON.stringify(request.pathParameters)}${request.invented.length > 0 ? ` (made up: ${request.invented.join(', ')})` : ''}`] : []),
    ...(Object.keys(request.query).length > 0 ? [`  query: ${JSON.stringify(request.query)}`] : []),
    ...(request.body !== undefined ? [`  body: ${truncate(JSON.stringify(request.body), 1000)}`] : []),
    // A fresh rule puts the provider state's values into the body: show what was really sent.
    ...(sentBody(failure.exchange) !== JSON.stringify(request.body) && failure.exchange.request.body !== undefined ? [`  sent with the resource of its own: ${truncate(sentBody(failure.exchange) ?? '', 1000)}`] : []),
    `seed ${failure.seed}, path ${failure.path}; replay: ${replayCommand(family, operationId, failure.seed, failure.path)}`,
    `exchange: ${exchangeLine(failure.exchange)}`,
    ...failure.exchanges.filter((e) => e !== failure.exchange).map((e) => `  also: ${exchangeLine(e)}`),
    `curl (credentials redacted): ${curlCommand(failure.exchange)}`,
  ];
  return lines.join('\n');
}

function sentBody(exchange: Exchange): string | undefined {
  const body = exchange.request.body;
  return body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text;
}
