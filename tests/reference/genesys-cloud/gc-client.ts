import { request } from 'undici';
import type { ContractRegistry } from '../../../src/harness/contracts';
import { referenceCredentials } from '../../../src/reference/reference-credentials';
import { startReferenceTarget } from '../../../src/reference/reference-target';

export const SECRET = 'test-secret';
export const FAMILY = 'genesys-cloud';

export interface GcResponse {
  readonly status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read response fields freely
  readonly body: any;
  readonly contentType: string;
}

export interface CallOptions {
  readonly body?: unknown;
  readonly query?: Record<string, string>;
  /** false: send no Authorization header. */
  readonly auth?: boolean;
  readonly role?: 'Agent' | 'Supervisor' | 'Administrator';
}

/** A small HTTP client for the Genesys Cloud reference: bearer token of a role, JSON in and out. */
export class GcClient {
  /** Every exchange made through `call`, for checks over all responses. */
  readonly exchanges: { method: string; pathname: string; response: GcResponse }[] = [];

  constructor(readonly baseUrl: string) {}

  token(role: CallOptions['role'] = 'Agent'): string {
    const credential = referenceCredentials(SECRET).find((c) => c.family === FAMILY && c.role === role);
    if (!credential || credential.kind !== 'bearer') throw new Error(`no bearer credential for ${role}`);
    return credential.token;
  }

  async call(method: string, path: string, options: CallOptions = {}): Promise<GcResponse> {
    const url = new URL(path, this.baseUrl);
    for (const [k, v] of Object.entries(options.query ?? {})) url.searchParams.set(k, v);
    const headers: Record<string, string> = {};
    if (options.auth !== false) headers.authorization = `Bearer ${this.token(options.role)}`;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const response = await request(url, { method: method as 'GET', headers, ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}) });
    const text = await response.body.text();
    const contentType = String(response.headers['content-type'] ?? '');
    let body: unknown = text;
    if (text && contentType.startsWith('application/json')) body = JSON.parse(text);
    const result = { status: response.statusCode, body, contentType };
    this.exchanges.push({ method, pathname: url.pathname, response: result });
    return result;
  }

  /** Sets up a provider state; T is what its `returns` schema promises (checked by the spec). */
  async state<T = Record<string, unknown>>(name: string, params: Record<string, unknown> = {}): Promise<T> {
    const response = await this.call('POST', '/__provider-states', { body: { state: name, params }, auth: false });
    if (response.status !== 200) throw new Error(`provider state "${name}": ${response.status} ${JSON.stringify(response.body)}`);
    return response.body as T;
  }
}

/** Runs `use` against a fresh reference target (its own state) with the given faults. */
export async function withTarget<T>(contracts: ContractRegistry, faults: readonly string[], use: (client: GcClient) => Promise<T>): Promise<T> {
  const target = await startReferenceTarget({ secret: SECRET, families: [FAMILY], faults, contracts });
  try {
    return await use(new GcClient(target.urls[FAMILY] ?? ''));
  } finally {
    await target.stop();
  }
}
