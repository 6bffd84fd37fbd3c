import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import type { FamilyContracts } from '../../harness/contracts';
import type { ReferenceCredential } from '../reference-credentials';
import type { FaultSet } from '../faults/fault-catalogue';
import { RouteTable } from './route-table';
import type { FamilyImplementation, Principal, ReferenceResponse, ReferenceServices } from './reference-types';

/** Path of the Pact-style provider-state endpoint on every family server. */
export const PROVIDER_STATES_PATH = '/__provider-states';
const MAX_BODY_BYTES = 1024 * 1024;

export interface FamilyServerOptions<S> {
  readonly implementation: FamilyImplementation<S>;
  readonly contracts: FamilyContracts;
  readonly credentials: readonly ReferenceCredential[];
  readonly faults: FaultSet;
  readonly services: Omit<ReferenceServices, 'faults'>;
  readonly log: (line: string) => void;
}

export interface FamilyServer<S> {
  readonly server: Server;
  readonly state: S;
}

/**
 * One HTTP server for one family: body parsing, authentication, role checks from `x-roles`,
 * routing by the contract's paths, and the provider-state endpoint. Behaviour is the family's.
 */
export function createFamilyServer<S>(options: FamilyServerOptions<S>): FamilyServer<S> {
  const { implementation, contracts, faults } = options;
  const state = implementation.createState({ ...options.services, faults });
  const routes = new RouteTable(contracts.operations.values());
  const send = (res: ServerResponse, response: ReferenceResponse) => {
    const headers: Record<string, string> = { ...(response.headers ?? {}) };
    if (response.body === undefined) {
      res.writeHead(response.status, headers).end();
      return;
    }
    const body = response.body;
    const text = (typeof body === 'string' || Buffer.isBuffer(body)) && headers['content-type'] ? body : JSON.stringify(body);
    headers['content-type'] ??= 'application/json';
    res.writeHead(response.status, headers).end(text);
  };
  const fail = (res: ServerResponse, status: number, message: string, extra?: Record<string, string>) =>
    send(res, { status, body: implementation.errorBody(status, message, faults), ...(extra ? { headers: extra } : {}) });

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://reference.invalid');
    const raw = await readBody(req);
    if (raw === 'too-large') return fail(res, 413, `request body over ${MAX_BODY_BYTES} bytes`);
    let body: unknown;
    // A multipart body (GWS attachments) reaches the handler as its raw bytes.
    if (raw.length > 0 && /^multipart\//i.test(req.headers['content-type'] ?? '')) body = raw;
    else if (raw.length > 0) {
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        const routed = routes.match(req.method ?? 'GET', url.pathname);
        if (typeof routed !== 'object' || !implementation.unparsableBodyFault?.(routed.operation, faults)) return fail(res, 400, 'request body is not valid JSON');
        body = raw.toString('utf8');
      }
    }

    if (url.pathname === PROVIDER_STATES_PATH) return send(res, await providerState(req.method ?? 'GET', body));

    const match = routes.match(req.method ?? 'GET', url.pathname);
    const operation = typeof match === 'object' ? match.operation : undefined;
    const bent = operation ? implementation.authorizationFault?.(operation, faults) : undefined;
    let principal = authenticate(req.headers.authorization);
    const missing = req.headers.authorization === undefined;
    if (!principal && bent && ((bent.kind === 'accept-missing-credentials' && missing) || (bent.kind === 'accept-invalid-credentials' && !missing))) principal = bent.principal;
    if (!principal) {
      return fail(res, 401, 'missing or invalid credentials', implementation.authScheme === 'basic' ? { 'www-authenticate': 'Basic realm="reference"' } : undefined);
    }
    if (match === undefined) return fail(res, 404, `no resource at ${url.pathname}`);
    if (match === 'method-not-allowed') {
      const method = req.method ?? '';
      const resource = routes.resource(url.pathname);
      const served = resource ? implementation.undocumentedMethodFault?.(method, resource.path, faults) : undefined;
      if (!resource || !served) return fail(res, 405, `${method} is not allowed on ${url.pathname}`);
      return send(res, await served({ method, path: resource.path, params: resource.params, query: url.searchParams, headers: req.headers, body, principal, faults, url }, state));
    }
    const roles = match.operation.roles;
    if (roles && !roles.includes(principal.role) && bent?.kind !== 'skip-role-check') return fail(res, 403, `role ${principal.role} may not ${match.operation.operationId}`);
    const handler = implementation.handlers[match.operation.operationId];
    if (!handler) return fail(res, 501, `${match.operation.operationId} is not implemented by the reference target`);
    const response = await handler({ operation: match.operation, method: req.method ?? 'GET', params: match.params, query: url.searchParams, headers: req.headers, body, principal, faults, url }, state);
    send(res, response);
  };

  const providerState = async (method: string, body: unknown): Promise<ReferenceResponse> => {
    if (method === 'GET') {
      return { status: 200, body: { states: Object.entries(implementation.providerStates).map(([name, s]) => ({ name, description: s.description })) } };
    }
    const request = body as { state?: unknown; params?: unknown } | undefined;
    const name = typeof request?.state === 'string' ? request.state : '';
    const definition = implementation.providerStates[name];
    if (!definition) return { status: 400, body: { error: `unknown provider state "${name}"`, known: Object.keys(implementation.providerStates) } };
    const params = request?.params && typeof request.params === 'object' ? (request.params as Record<string, unknown>) : {};
    try {
      return { status: 200, body: await definition.setup(params, state) };
    } catch (error) {
      return { status: 400, body: { error: `provider state "${name}" failed: ${(error as Error).message}` } };
    }
  };

  const authenticate = (header: string | undefined): Principal | undefined => {
    if (!header) return undefined;
    const [scheme, value = ''] = header.split(/\s+/, 2);
    for (const credential of options.credentials) {
      if (credential.kind === 'basic' && scheme?.toLowerCase() === 'basic') {
        const expected = Buffer.from(`${credential.username}:${credential.password}`).toString('base64');
        if (safeEqual(value, expected)) return { username: credential.username, role: credential.role };
      }
      if (credential.kind === 'bearer' && scheme?.toLowerCase() === 'bearer' && safeEqual(value, credential.token)) {
        return { username: credential.username, role: credential.role };
      }
    }
    return undefined;
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      options.log(`${contracts.family}: ${req.method ?? ''} ${req.url ?? ''} failed: ${(error as Error).stack ?? String(error)}`);
      if (!res.headersSent) fail(res, 500, 'internal error in the reference target');
      else res.end();
    });
  });
  // Idle keep-alive sockets are closed by the client, never here: a server that closes one (Node's
  // default: after 5 s) can do so while a client, slowed by a loaded machine, is already sending
  // on it ("other side closed"). Clients keep idle sockets for seconds (undici: 4 s by default).
  server.keepAliveTimeout = 65_000;
  implementation.attach?.(server, state);
  return { server, state };
}

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function readBody(req: IncomingMessage): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? 'too-large' : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
