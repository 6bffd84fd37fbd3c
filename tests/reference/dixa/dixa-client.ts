import { request } from 'undici';
import type { ContractRegistry } from '../../../src/harness/contracts';
import { referenceCredentials } from '../../../src/reference/reference-credentials';
import { startReferenceTarget } from '../../../src/reference/reference-target';

export const FAMILY = 'dixa';
const SECRET = 'test-secret';

export interface DixaResponse {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  /** Parsed JSON, or undefined for an empty body. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary response fields
  readonly body: any;
}

export interface CallOptions {
  readonly body?: unknown;
  /** `false` sends no Authorization header; a string is sent as the header as is. */
  readonly auth?: false | string;
}

/** A started Dixa reference target with a client authenticated as agent1. */
export interface DixaClient {
  readonly baseUrl: string;
  call(method: string, pathOrUrl: string, options?: CallOptions): Promise<DixaResponse>;
  state(name: string, params?: Record<string, unknown>): Promise<Record<string, unknown>>;
}

const agentToken = () => {
  const credential = referenceCredentials(SECRET).find((c) => c.family === FAMILY && c.role === 'Agent');
  if (credential?.kind !== 'bearer') throw new Error('no bearer credential for the Dixa Agent');
  return credential.token;
};

/** Starts a Dixa-only reference target with `faults`, runs `body` against it, and stops it. */
export async function withDixa<T>(contracts: ContractRegistry, faults: readonly string[], body: (client: DixaClient) => Promise<T>): Promise<T> {
  const target = await startReferenceTarget({ secret: SECRET, families: [FAMILY], faults, contracts });
  const baseUrl = target.urls.dixa ?? '';
  const authorization = `Bearer ${agentToken()}`;
  const call = async (method: string, pathOrUrl: string, options: CallOptions = {}): Promise<DixaResponse> => {
    const headers: Record<string, string> = {};
    if (options.auth !== false) headers.authorization = options.auth ?? authorization;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const url = pathOrUrl.startsWith('http') ? pathOrUrl : `${baseUrl}${pathOrUrl}`;
    const response = await request(url, { method: method as 'GET', headers, ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }) });
    const text = await response.body.text();
    return { status: response.statusCode, headers: response.headers, body: text === '' ? undefined : JSON.parse(text) };
  };
  const state = async (name: string, params: Record<string, unknown> = {}) => {
    const response = await call('POST', '/__provider-states', { body: { state: name, params }, auth: false });
    if (response.status !== 200) throw new Error(`provider state "${name}": ${response.status} ${JSON.stringify(response.body)}`);
    return response.body as Record<string, unknown>;
  };
  try {
    return await body({ baseUrl, call, state });
  } finally {
    await target.stop();
  }
}

/** Follows meta.next verbatim from `firstPath` until a page has none; returns every page's data. */
export async function walkPages(client: DixaClient, firstPath: string, maxPages = 100): Promise<unknown[][]> {
  const pages: unknown[][] = [];
  let next: string | undefined = firstPath;
  while (next !== undefined && pages.length < maxPages) {
    const response = await client.call('GET', next);
    if (response.status !== 200) throw new Error(`GET ${next}: ${response.status} ${JSON.stringify(response.body)}`);
    pages.push(response.body.data as unknown[]);
    next = response.body.meta?.next as string | undefined;
  }
  return pages;
}
