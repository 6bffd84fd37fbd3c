import { loadContracts } from '../../src/harness/contracts';
import { repoRoot } from '../../src/harness/repo-root';
import { referenceCredentials } from '../../src/reference/reference-credentials';
import { startReferenceTarget, type RunningReferenceTarget } from '../../src/reference/reference-target';

export const FAMILY = 'genesys-web-services';
export const SECRET = 'gws-test-secret';
/** Compiled once per worker and shared by every target the tests start. */
export const contracts = loadContracts({ root: repoRoot(), families: [FAMILY], checkStructure: false, examples: false });

export type Role = 'Agent' | 'Supervisor' | 'Contact Center Admin' | 'Cloud Admin';
export type As = Role | 'anonymous' | 'wrong-password';

export interface Answer {
  readonly status: number;
  readonly contentType: string;
  readonly text: string;
  /** Parsed JSON body (an empty object when the body is not JSON). */
  readonly body: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- response bodies are probed freely
}

/** A reference target serving GWS only, and a small Basic-auth client for it. */
export class GwsTarget {
  private constructor(private readonly target: RunningReferenceTarget, readonly baseUrl: string) {}

  static async start(faults: readonly string[] = []): Promise<GwsTarget> {
    const target = await startReferenceTarget({ secret: SECRET, families: [FAMILY], faults, contracts });
    return new GwsTarget(target, target.urls[FAMILY] ?? '');
  }

  stop(): Promise<void> {
    return this.target.stop();
  }

  /** Sends a request; `path` is below the base URL (e.g. /api/v2/me/calls). */
  async send(method: string, path: string, as: As = 'Agent', body?: unknown): Promise<Answer> {
    const headers: Record<string, string> = {};
    if (as !== 'anonymous') headers.authorization = authorization(as);
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
    const text = await response.text();
    const contentType = response.headers.get('content-type') ?? '';
    const parsed: unknown = contentType.includes('json') && text ? JSON.parse(text) : {};
    return { status: response.status, contentType, text, body: parsed as Answer['body'] };
  }

  get(path: string, as: As = 'Agent'): Promise<Answer> {
    return this.send('GET', path, as);
  }

  /** POST {operationName, ...} on an operation resource. */
  operation(path: string, operationName: string, extra: Record<string, unknown> = {}, as: As = 'Agent'): Promise<Answer> {
    return this.send('POST', path, as, { operationName, ...extra });
  }

  /** Sets up a provider state and answers what it returns. */
  async state<T = Record<string, any>>(name: string, params: Record<string, unknown> = {}): Promise<T> { // eslint-disable-line @typescript-eslint/no-explicit-any -- state answers are probed freely
    const answer = await this.send('POST', '/__provider-states', 'anonymous', { state: name, params });
    if (answer.status !== 200) throw new Error(`provider state "${name}": ${answer.status} ${answer.text}`);
    return answer.body as T;
  }
}

export function authorization(as: Exclude<As, 'anonymous'>): string {
  const role = as === 'wrong-password' ? 'Agent' : as;
  const credential = referenceCredentials(SECRET).find((c) => c.family === FAMILY && c.role === role);
  if (credential?.kind !== 'basic') throw new Error(`no Basic credential for ${role}`);
  const password = as === 'wrong-password' ? `${credential.password}x` : credential.password;
  return `Basic ${Buffer.from(`${credential.username}:${password}`).toString('base64')}`;
}
