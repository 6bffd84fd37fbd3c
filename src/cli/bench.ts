/**
 * `npm run bench [-- --runs 100 --concurrency 2 --families dixa,genesys-cloud --port-base 4580 --in-process]`:
 * the property suites' throughput against the reference target (in a process of its own, as a
 * remote target is; `--in-process` runs it on the harness's own event loop), next to a raw
 * undici loop sending the very same requests at the same concurrency, and peak memory. Ends
 * with exactly one line `ratio harness/raw: <number>` (harness requests per second over raw).
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Pool } from 'undici';
import { loadContracts, type Family } from '../harness/contracts';
import { CheckCatalogue } from '../harness/checks/check-catalogue';
import { selectChecks } from '../harness/checks/check-registry';
import { ProviderStates } from '../harness/fixtures/provider-states';
import { READ_STATE } from '../harness/fixtures/profile-resources';
import type { Exchange } from '../harness/http/exchange';
import { Redactor } from '../harness/http/redactor';
import { TargetClient, type TargetRequest } from '../harness/http/target-client';
import type { Credential, FamilyTarget } from '../harness/profile/target-profile';
import { prepareProperty } from '../harness/property/prepare-property';
import { PropertyRules } from '../harness/property/property-rules';
import { runProperty } from '../harness/property/property-runner';
import { repoRoot } from '../harness/repo-root';
import { REFERENCE_IMPLEMENTATIONS } from '../reference/implementations';
import { referenceCredentials } from '../reference/reference-credentials';
import { startReferenceTarget } from '../reference/reference-target';
import { startReferenceProcess } from './reference-process';

const SECRET = 'bench-secret-not-used-elsewhere';

interface SentRequest {
  readonly origin: string;
  readonly method: string;
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body?: string;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: process.env.CC_PROPERTY_RUNS ?? '100' }, concurrency: { type: 'string', default: '2' }, families: { type: 'string' }, seed: { type: 'string', default: process.env.CC_PROPERTY_SEED ?? '42' }, 'port-base': { type: 'string', default: '4580' }, 'in-process': { type: 'boolean', default: false } } });
  const runs = Number(values.runs);
  const concurrency = Number(values.concurrency);
  const seed = Number(values.seed);
  const families = (values.families?.split(',') ?? Object.keys(REFERENCE_IMPLEMENTATIONS)) as Family[];
  const root = repoRoot();

  const contracts = loadContracts({ root, families, checkStructure: false, examples: false });
  const inProcess = values['in-process'] === true;
  const reference = inProcess ? await startReferenceTarget({ secret: SECRET, families, faults: [], contracts }) : await startReferenceProcess({ families, secret: SECRET, portBase: Number(values['port-base']) });
  const catalogue = CheckCatalogue.load();
  const rules = PropertyRules.load(join(root, 'suites', 'generic', 'property-rules.yaml'));
  const checks = selectChecks(process.env.CC_CHECKS);
  const credentials = referenceCredentials(SECRET);
  const redactor = new Redactor(credentials.flatMap((c) => (c.kind === 'basic' ? [c.password, Buffer.from(`${c.username}:${c.password}`).toString('base64')] : [c.token])));
  const sent: SentRequest[] = [];
  const spent = { prepare: 0, states: 0, stateCalls: 0 };
  const clients: TargetClient[] = [];
  try {
    // ---- the harness: every operation's property, `concurrency` operations at a time
    const jobs: (() => Promise<{ cases: number; requests: number; failed?: string }>)[] = [];
    for (const family of families) {
      const target = familyTarget(family, reference.urls[family]!, credentials);
      const client = new TargetClient(target, { timeoutMs: 10_000, redactor });
      clients.push(client);
      const states = new ProviderStates(target, 10_000);
      const state = await states.setUp(READ_STATE);
      const existing = state.ok && state.data.pathParameters && typeof state.data.pathParameters === 'object' ? Object.fromEntries(Object.entries(state.data.pathParameters).map(([k, v]) => [k, String(v)])) : {};
      for (const operation of contracts.operations(family)) {
        jobs.push(async () => {
          const preparing = performance.now();
          const prepared = prepareProperty(contracts, rules, operation, target, existing);
          spent.prepare += performance.now() - preparing;
          if ('skip' in prepared) return { cases: 0, requests: 0 };
          const send = (request: TargetRequest): Promise<Exchange> => {
            sent.push(rawRequest(client, target, request, credentials));
            if (process.env.CC_BENCH_TRACE) console.error(`> ${operation.operationId} ${request.method} ${request.path} ${request.as} ${JSON.stringify(request.body ?? '').slice(0, 100)}`);
            return client.send(request);
          };
          const report = await runProperty({ contracts, catalogue, checks, send, providerState: async (name, params) => {
              const started = performance.now();
              spent.stateCalls += 1;
              const stateUrl = new URL(target.stateSetupUrl!);
              sent.push({ origin: stateUrl.origin, method: 'POST', path: stateUrl.pathname, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ state: name, params: params ?? {} }) });
              const result = await states.setUp(name, params);
              spent.states += performance.now() - started;
              return result;
            } }, prepared.plan, prepared.cases, { runs, seed });
          if (process.env.CC_BENCH_VERBOSE) console.error(`${operation.operationId}: ${report.numRuns} cases, ${report.requests} requests, ${(performance.now() - preparing).toFixed(0)} ms${report.failure ? `, fails ${report.failure.checkId}` : ''}${report.setupError ? `, setup error ${report.setupError.message}` : ''}`);
          const failed = report.setupError ? `${operation.operationId}: ${report.setupError.message}` : report.failure ? `${operation.operationId}: ${report.failure.checkId} (${report.failure.clause})` : undefined;
          return { cases: report.numRuns, requests: report.requests, ...(failed ? { failed } : {}) };
        });
      }
    }
    const harnessStarted = performance.now();
    const totals = await inLanes(jobs, concurrency);
    const harnessSeconds = (performance.now() - harnessStarted) / 1000;
    const cases = totals.reduce((n, t) => n + t.cases, 0);
    const requests = totals.reduce((n, t) => n + t.requests, 0);
    const harnessMemory = process.resourceUsage().maxRSS / 1024;

    // ---- the raw loop: the same requests, the same concurrency, nothing but undici
    const pools = new Map<string, Pool>();
    const poolFor = (origin: string) => pools.get(origin) ?? pools.set(origin, new Pool(origin, { connections: 8, keepAliveTimeout: 10_000, pipelining: 1 })).get(origin)!;
    const queue = [...sent];
    const rawStarted = performance.now();
    await inLanes(
      queue.map((r) => async () => {
        const response = await poolFor(r.origin).request({ method: r.method, path: r.path, headers: r.headers, ...(r.body !== undefined ? { body: r.body } : {}) });
        await response.body.text();
      }),
      concurrency,
    );
    const rawSeconds = (performance.now() - rawStarted) / 1000;
    await Promise.all([...pools.values()].map((p) => p.close()));

    const harnessRate = sent.length / harnessSeconds;
    const rawRate = sent.length / rawSeconds;
    console.log(`families: ${families.join(', ')}; ${runs} cases per operation, seed ${seed}, concurrency ${concurrency}; reference target ${inProcess ? 'in this process' : 'in a process of its own'}`);
    const failed = totals.flatMap((t) => (t.failed ? [t.failed] : []));
    if (failed.length > 0) console.log(`failing properties (their shrinking counts in the harness time): ${failed.join('; ')}`);
    console.log(`harness: ${cases} cases, ${requests} requests in ${harnessSeconds.toFixed(2)} s: ${(cases / harnessSeconds).toFixed(0)} cases/s, ${harnessRate.toFixed(0)} requests/s`);
    console.log(`harness time besides the requests: building arbitraries ${(spent.prepare / 1000).toFixed(2)} s; ${spent.stateCalls} provider-state calls (fresh resources) ${(spent.states / 1000).toFixed(2)} s`);
    console.log(`raw undici: ${sent.length} requests in ${rawSeconds.toFixed(2)} s: ${rawRate.toFixed(0)} requests/s`);
    console.log(`peak memory (max RSS of the harness process${inProcess ? ', reference included' : ''}): ${harnessMemory.toFixed(0)} MB after the harness, ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB at the end`);
    console.log(`ratio harness/raw: ${(harnessRate / rawRate).toFixed(3)}`);
  } finally {
    await Promise.all(clients.map((c) => c.close()));
    await reference.stop();
  }
}

/** Runs jobs with at most `lanes` at a time, keeping results in order. */
async function inLanes<T>(jobs: readonly (() => Promise<T>)[], lanes: number): Promise<T[]> {
  const results: T[] = new Array<T>(jobs.length);
  let next = 0;
  const lane = async () => {
    while (next < jobs.length) {
      const index = next++;
      results[index] = await jobs[index]!();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, lanes) }, lane));
  return results;
}

function familyTarget(family: Family, baseUrl: string, credentials: ReturnType<typeof referenceCredentials>): FamilyTarget {
  const own = credentials.filter((c) => c.family === family);
  return {
    family,
    baseUrl,
    stateSetupUrl: `${baseUrl}/__provider-states`,
    allowDestructive: true,
    requestsPerSecond: 1_000_000,
    pathParameters: {},
    credentials: Object.fromEntries(own.map((c) => [c.role, (c.kind === 'basic' ? { kind: 'basic', username: c.username, password: c.password } : { kind: 'bearer', username: c.username, token: c.token }) as Credential])),
  };
}

/** The request as it goes on the wire, for the raw loop (credentials included: it never leaves this process). */
function rawRequest(client: TargetClient, target: FamilyTarget, request: TargetRequest, credentials: ReturnType<typeof referenceCredentials>): SentRequest {
  const url = new URL(client.pathAndQuery(request), target.baseUrl);
  const headers: Record<string, string> = { accept: 'application/json' };
  const credential = request.as === 'anonymous' ? undefined : credentials.find((c) => c.family === target.family && c.role === request.as);
  if (credential) {
    const spoil = request.spoilCredentials ? '-wrong' : '';
    headers.authorization = credential.kind === 'basic' ? `Basic ${Buffer.from(`${credential.username}:${credential.password}${spoil}`).toString('base64')}` : `Bearer ${credential.token}${spoil}`;
  }
  const body = request.body !== undefined ? JSON.stringify(request.body) : undefined;
  if (body !== undefined) headers['content-type'] = 'application/json';
  return { origin: url.origin, method: request.method.toUpperCase(), path: url.pathname + url.search, headers, ...(body !== undefined ? { body } : {}) };
}

main().catch((error: unknown) => {
  console.error((error as Error).stack ?? String(error));
  process.exitCode = 1;
});
