import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../../harness/repo-root';
import type { ReferenceServices } from '../http/reference-types';
import type { Catalogue } from './catalogue';
import type { ActivityRecord, AgentRecord, AnonymizationRequest, ConversationRecord, DixaState, EndUserRecord, QueueRecord, TagRecord, TeamRecord, WebhookRecord } from './state';

/** The shape of fixtures/reference/dixa/seed.yaml. */
interface SeedData {
  readonly organizationId: string;
  readonly apiUsers: Record<string, string>;
  readonly agents: AgentRecord[];
  readonly endUsers: EndUserRecord[];
  readonly queues: (Omit<QueueRecord, 'settings'> & { settings?: Record<string, unknown> })[];
  readonly teams: TeamRecord[];
  readonly tags: TagRecord[];
  readonly conversations: ConversationRecord[];
  readonly activity: ActivityRecord[];
  readonly webhooks: WebhookRecord[];
  readonly anonymizationRequests: AnonymizationRequest[];
  readonly catalogue: Catalogue;
}

const SEED_FILE = join('fixtures', 'reference', 'dixa', 'seed.yaml');
let parsed: SeedData | undefined;

/** The seed, parsed once per process; every start gets its own deep copy. */
function seedData(): SeedData {
  parsed ??= parse(readFileSync(join(repoRoot(), SEED_FILE), 'utf8')) as SeedData;
  return structuredClone(parsed);
}

const byId = <K, T extends { id: K }>(items: readonly T[]) => new Map(items.map((item) => [item.id, item]));

/** A fresh state, independent of every other start. */
export function createDixaState(services: ReferenceServices): DixaState {
  const seed = seedData();
  const conversations = byId<number, ConversationRecord>(seed.conversations);
  return {
    services,
    organizationId: seed.organizationId,
    apiUsers: seed.apiUsers,
    agents: byId(seed.agents),
    endUsers: byId(seed.endUsers),
    conversations,
    nextConversationId: Math.max(10_000, ...conversations.keys()) + 1,
    tags: byId(seed.tags),
    teams: byId(seed.teams),
    queues: byId(seed.queues.map((q) => ({ ...q, settings: q.settings ?? {} }))),
    webhooks: byId(seed.webhooks),
    anonymizationRequests: byId(seed.anonymizationRequests),
    activity: seed.activity,
    catalogue: seed.catalogue,
    usedPageKeys: new Set(),
  };
}
