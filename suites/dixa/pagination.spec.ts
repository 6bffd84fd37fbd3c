import * as fc from 'fast-check';
import { ClauseLedger } from '../../src/harness/models/clause-ledger';
import { runClauseScenario } from '../../src/harness/models/clause-scenario';
import { checkModelProperty } from '../../src/harness/models/model-property';
import { dixaPaginationCommands } from '../../src/harness/models/dixa-pagination/commands';
import { RevisitLinkCommand } from '../../src/harness/models/dixa-pagination/commands/revisit-link';
import { WalkListCommand } from '../../src/harness/models/dixa-pagination/commands/walk-list';
import type { DixaListModel } from '../../src/harness/models/dixa-pagination/list-model';
import { listPage, type DixaListReal } from '../../src/harness/models/dixa-pagination/list-real';
import type { TargetApi } from '../../src/harness/fixtures/target-api';
import type { ProviderStates } from '../../src/harness/fixtures/provider-states';
import type { FamilyTarget } from '../../src/harness/profile/target-profile';
import type { Exchange } from '../../src/harness/http/exchange';
import { test } from '../../src/harness/test';

/**
 * Dixa pageKey / pageLimit pagination (003, PaginationLinks, GET /v1/agents and GET /v1/endusers):
 * following meta.next verbatim reaches every item once and stops, pageKeys are opaque and
 * reusable, pageLimit bounds pages (also when changed with a pageKey), meta.previous leads back.
 */
const TAGS = { tag: ['@pagination', '@dixa'] };

/** A list to walk: its path and operation, and how to add items to it (a provider state). */
interface ListSource {
  readonly path: string;
  readonly operationId: string;
  add(count: number): Promise<string[]>;
}

const callerOf = (target: FamilyTarget) => (Object.keys(target.credentials).includes('Administrator') ? 'Administrator' : (Object.keys(target.credentials)[0] ?? 'anonymous'));

/** GET /v1/agents: the whole collection, shared with every other test (only the items made here are required). */
function agents(providerStates: ProviderStates): ListSource {
  return {
    path: '/v1/agents',
    operationId: 'getAgents',
    add: async (count) => {
      const made = await providerStates.setUp('agents exist', { count });
      if (!made.ok) throw new Error(made.reason);
      return (made.data.agentIds as string[] | undefined) ?? [];
    },
  };
}

/** GET /v1/endusers/{userId}/conversations of a fresh end user: a list this test alone fills. */
async function conversationsOfNewEndUser(providerStates: ProviderStates, count: number): Promise<{ source: ListSource; ids: string[] } | string> {
  const made = await providerStates.setUp('an end user requests conversations', { count });
  if (!made.ok) return made.reason;
  const userId = String(made.data.userId);
  const source: ListSource = {
    path: `/v1/endusers/${encodeURIComponent(userId)}/conversations`,
    operationId: 'getEndusersByUserIdConversations',
    add: async (more) => {
      const added = await providerStates.setUp('an end user requests conversations', { count: more, userId });
      if (!added.ok) throw new Error(added.reason);
      return ((added.data.conversationIds as unknown[] | undefined) ?? []).map(String);
    },
  };
  return { source, ids: ((made.data.conversationIds as unknown[] | undefined) ?? []).map(String) };
}

function dixaListReal(api: TargetApi, target: FamilyTarget, source: ListSource, ledger: ClauseLedger): DixaListReal {
  const { path, operationId } = source;
  const as = callerOf(target);
  const page = (exchange: Exchange) => listPage(exchange.response?.status ?? 0, exchange.response?.json, exchange.response?.bodyText ?? exchange.error ?? '');
  const base = new URL(target.baseUrl);
  const prefix = base.pathname.replace(/\/$/, '');
  return {
    ledger,
    path,
    first: async (pageLimit) => page(await api.send({ method: 'GET', path, query: pageLimit === undefined ? {} : { pageLimit }, as, operationId })),
    follow: async (link, pageLimit) => {
      const url = new URL(link, target.baseUrl);
      if (url.origin !== base.origin) throw new Error(`the link ${link} leaves the target (${base.origin})`);
      const query: Record<string, string | number> = Object.fromEntries(url.searchParams);
      if (pageLimit !== undefined) query.pageLimit = pageLimit;
      const relative = prefix !== '' && url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : url.pathname;
      return page(await api.send({ method: 'GET', path: relative, query, as, operationId }));
    },
    add: (count) => source.add(count),
  };
}

test.describe('Dixa pageKey pagination', () => {
  test('Dixa walkthrough: an end user with 25 conversations, walked in pages of 10 through meta.next, back through meta.previous, and with pageLimit changed on the way', TAGS, async ({ api, providerStates, target }) => {
    const list = await conversationsOfNewEndUser(providerStates, 25);
    test.skip(typeof list === 'string', typeof list === 'string' ? list : '');
    const { source, ids } = list as Exclude<typeof list, string>;
    await runClauseScenario(async (ledger) => {
      const real = dixaListReal(api, target, source, ledger);
      const model: DixaListModel = { known: new Set(ids) };
      await new WalkListCommand(10).run(model, real);
      await new RevisitLinkCommand('previous').run(model, real);
      await new RevisitLinkCommand('same').run(model, real);
      await new WalkListCommand(10, 4).run(model, real);
      await new WalkListCommand(7, undefined, { afterPage: 1, count: 3 }).run(model, real);
      await new WalkListCommand(50).run(model, real);
    });
  });

  test('Dixa agents: 12 new agents are reached once by following meta.next through the whole, shared /v1/agents collection', TAGS, async ({ api, providerStates, target }) => {
    const made = await providerStates.setUp('agents exist', { count: 12 });
    test.skip(!made.ok, made.ok ? '' : made.reason);
    await runClauseScenario(async (ledger) => {
      const real = dixaListReal(api, target, agents(providerStates), ledger);
      await new WalkListCommand(25).run({ known: new Set((made.ok ? made.data.agentIds : []) as string[]) }, real);
    });
  });

  test('Dixa pagination model: random page sizes, data-set sizes and items added between pages, on an end user\'s conversations', TAGS, async ({ api, providerStates, target }) => {
    const probe = await conversationsOfNewEndUser(providerStates, 1);
    test.skip(typeof probe === 'string', typeof probe === 'string' ? probe : '');
    const ledger = new ClauseLedger();
    await checkModelProperty<DixaListModel, DixaListReal, number>({
      name: 'Following meta.next reaches every item once and stops; keys are reusable; pageLimit bounds every page',
      ledger,
      given: fc.integer({ min: 1, max: 40 }),
      commands: dixaPaginationCommands(6),
      numRuns: 12,
      setup: async (count) => {
        const list = await conversationsOfNewEndUser(providerStates, count);
        if (typeof list === 'string') throw new Error(list);
        return { model: { known: new Set(list.ids) }, real: dixaListReal(api, target, list.source, ledger) };
      },
    });
  });
});
