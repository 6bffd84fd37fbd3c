import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { loadContracts, type ContractRegistry, type Family } from '../harness/contracts';
import { repoRoot } from '../harness/repo-root';
import { FaultSet, loadFaultCatalogue } from './faults/fault-catalogue';
import { createFamilyServer } from './http/family-server';
import type { FamilyImplementation } from './http/reference-types';
import { REFERENCE_IMPLEMENTATIONS } from './implementations';
import { referenceCredentials } from './reference-credentials';
import { deliverWebhook } from './webhook-delivery';

export interface ReferenceTargetOptions {
  /** Always loopback by default. */
  readonly host?: string;
  /** Port per family; 0 or absent picks a free one. */
  readonly ports?: Partial<Record<Family, number>>;
  /** Families to serve; every implemented one by default. */
  readonly families?: readonly Family[];
  /** Secret the credentials derive from (see reference-credentials.ts). */
  readonly secret: string;
  readonly faults?: readonly string[];
  readonly contracts?: ContractRegistry;
  readonly log?: (line: string) => void;
}

export interface RunningReferenceTarget {
  /** Base URL per family served. */
  readonly urls: Readonly<Partial<Record<Family, string>>>;
  readonly faults: FaultSet;
  stop(): Promise<void>;
}

/** Starts the stateful reference target: one server per family, all on loopback. */
export async function startReferenceTarget(options: ReferenceTargetOptions): Promise<RunningReferenceTarget> {
  const host = options.host ?? '127.0.0.1';
  const log = options.log ?? (() => undefined);
  const contracts = options.contracts ?? loadContracts({ root: repoRoot(), checkStructure: false, examples: false });
  const faults = new FaultSet(options.faults ?? [], loadFaultCatalogue());
  const credentials = referenceCredentials(options.secret);
  const families = options.families ?? (Object.keys(REFERENCE_IMPLEMENTATIONS) as Family[]);
  const urls: Partial<Record<Family, string>> = {};
  const running: { server: Server; close: () => Promise<void> }[] = [];
  try {
    for (const family of families) {
      const implementation = REFERENCE_IMPLEMENTATIONS[family] as FamilyImplementation<unknown> | undefined;
      if (!implementation) throw new Error(`the reference target does not implement ${family}`);
      let baseUrl = '';
      const { server, state } = createFamilyServer({
        implementation,
        contracts: contracts.family(family),
        credentials: credentials.filter((c) => c.family === family),
        faults,
        services: { deliverWebhook, baseUrl: () => baseUrl },
        log,
      });
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.ports?.[family] ?? 0, host, () => resolve());
      });
      baseUrl = `http://${host}:${(server.address() as AddressInfo).port}`;
      urls[family] = baseUrl;
      running.push({ server, close: async () => implementation.close?.(state) });
      log(`reference ${family} listening on ${baseUrl}`);
    }
  } catch (error) {
    await stopAll(running);
    throw error;
  }
  return { urls, faults, stop: () => stopAll(running) };
}

async function stopAll(running: { server: Server; close: () => Promise<void> }[]): Promise<void> {
  await Promise.all(
    running.map(async ({ server, close }) => {
      await close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }),
  );
}
