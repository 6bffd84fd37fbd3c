import { loadContracts } from '../../src/harness/contracts';
import { repoRoot } from '../../src/harness/repo-root';
import { referenceCredentials } from '../../src/reference/reference-credentials';
import { startReferenceTarget, type RunningReferenceTarget } from '../../src/reference/reference-target';

export const FAMILY = 'genesys-interaction-recording';
export const SECRET = 'test-secret';
/** Compiled once per worker and shared by every target the tests start. */
export const contracts = loadContracts({ root: repoRoot(), families: [FAMILY], checkStructure: false, examples: false });

export type As = 'Administrator' | 'Supervisor' | 'Agent' | 'anonymous' | 'wrong-password';

export interface Answer {
  readonly status: number;
  readonly contentType: string;
  readonly text: string;
  /** Parsed JSON body (an empty object when the body is not JSON). */
  readonly body: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- response bodies are probed freely
}

/** A reference target serving GIR only, and a small Basic-auth client for it. */
export class GirTarget {
  private constructor(private readonly target: RunningReferenceTarget, readonly baseUrl: string) {}

  static async start(faults: readonly string[] = []): Promise<GirTarget> {
    const target = await startReferenceTarget({ secret: SECRET, families: [FAMILY], faults, contracts });
    return new GirTarget(target, target.urls[FAMILY] ?? '');
  }

  stop(): Promise<void> {
    return this.target.stop();
  }

  /** Sends a request; `path` is below the base URL (e.g. /api/v2/recordings?limit=10). */
  async send(method: string, path: string, as: As = 'Administrator', body?: unknown): Promise<Answer> {
    const headers: Record<string, string> = {};
    if (as !== 'anonymous') headers.authorization = authorization(as);
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
    const text = await response.text();
    const contentType = response.headers.get('content-type') ?? '';
    let parsed: unknown = {};
    if (contentType.includes('json')) parsed = JSON.parse(text);
    return { status: response.status, contentType, text, body: parsed as Answer['body'] };
  }

  get(path: string, as: As = 'Administrator'): Promise<Answer> {
    return this.send('GET', path, as);
  }

  /** GET /api/v2/recordings with the query given. */
  search(query: Record<string, string | number>, as: As = 'Administrator'): Promise<Answer> {
    const params = new URLSearchParams(Object.entries(query).map(([k, v]): [string, string] => [k, String(v)]));
    return this.get(`/api/v2/recordings?${params.toString()}`, as);
  }

  /** Sets up a provider state and answers what it returns. */
  async state<T = Record<string, unknown>>(name: string, params: Record<string, unknown> = {}): Promise<T> {
    const answer = await this.send('POST', '/__provider-states', 'anonymous', { state: name, params });
    if (answer.status !== 200) throw new Error(`provider state "${name}": ${answer.status} ${answer.text}`);
    return answer.body as T;
  }

  /** A fresh recording (protected from deletion when asked), with the UUID of its media file. */
  recordingExists(protectedFromDeletion = false) {
    return this.state<{ recordingId: string; mediaUUID: string }>(protectedFromDeletion ? 'a recording protected from deletion exists' : 'a recording exists');
  }

  /** `count` fresh recordings inside [startTime, endTime], isolated by the query returned. */
  recordingsBetween(count: number, startTime: number, endTime: number) {
    return this.state<{ recordingIds: string[]; marker: string; query: Record<string, string> }>('n recordings exist between t1 and t2', { count, startTime, endTime });
  }

  /** Masks the given fields for Supervisors (metadata.privacy.agent_fields / customer_fields). */
  mask(agentFields: string[], customerFields: string[] = []): Promise<Record<string, unknown>> {
    return this.state('recording settings mask fields for supervisors', { agentFields, customerFields });
  }
}

function authorization(as: Exclude<As, 'anonymous'>): string {
  const role = as === 'wrong-password' ? 'Administrator' : as;
  const credential = referenceCredentials(SECRET).find((c) => c.family === FAMILY && c.role === role);
  if (!credential || credential.kind !== 'basic') throw new Error(`no Basic credential for ${role}`);
  const password = as === 'wrong-password' ? `${credential.password}x` : credential.password;
  return `Basic ${Buffer.from(`${credential.username}:${password}`).toString('base64')}`;
}
