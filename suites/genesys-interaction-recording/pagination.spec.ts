import * as fc from 'fast-check';
import { runClauseScenario } from '../../src/harness/models/clause-scenario';
import { ClauseLedger } from '../../src/harness/models/clause-ledger';
import { checkModelProperty } from '../../src/harness/models/model-property';
import { girPaginationCommands } from '../../src/harness/models/gir-pagination/commands';
import { EDGE_LIMITS, EdgeLimitCommand } from '../../src/harness/models/gir-pagination/commands/edge-limit';
import { checkPage } from '../../src/harness/models/gir-pagination/page-checks';
import { partitionDefects, type GirSearchModel } from '../../src/harness/models/gir-pagination/search-model';
import { learnOrder, searchPage, type GirSearchReal } from '../../src/harness/models/gir-pagination/search-real';
import type { TargetApi } from '../../src/harness/fixtures/target-api';
import type { ProviderStates } from '../../src/harness/fixtures/provider-states';
import type { FamilyTarget } from '../../src/harness/profile/target-profile';
import { expect, test } from '../../src/harness/test';

/**
 * Search Recordings pagination (002, "Pagination", nextPath / prevPath / totalCount): a
 * model-based property over page sizes, data-set sizes and recordings added between pages, and
 * the document's own walkthrough (Sample 1: a time window, pages followed through nextPath).
 */
const STATE = 'n recordings exist between t1 and t2';
/** The window the prepared recordings lie in (2030-01-01, one day), far from any seeded data. */
const T1 = Date.UTC(2030, 0, 1);
const T2 = T1 + 86_400_000;
const TAGS = { tag: ['@pagination', '@genesys-interaction-recording'] };

interface Prepared {
  readonly marker: string;
  readonly ids: string[];
  readonly criteria: Record<string, string>;
}

/** Pagination does not depend on the role; an Administrator is never masked. */
function searchRole(target: FamilyTarget): string {
  const roles = Object.keys(target.credentials);
  return roles.includes('Administrator') ? 'Administrator' : (roles.find((r) => r !== 'Agent') ?? roles[0] ?? 'anonymous');
}

async function prepare(providerStates: ProviderStates, count: number, marker?: string): Promise<Prepared | string> {
  const state = await providerStates.setUp(STATE, { count, startTime: T1, endTime: T2, ...(marker ? { marker } : {}) });
  if (!state.ok) return state.reason;
  const data = state.data as { marker: string; recordingIds: string[]; query: Record<string, string> };
  return { marker: data.marker, ids: data.recordingIds, criteria: { ...data.query, startTime: String(T1), endTime: String(T2) } };
}

function girSearchReal(api: TargetApi, providerStates: ProviderStates, role: string, prepared: Prepared, ledger: ClauseLedger): GirSearchReal {
  const answer = (exchange: Awaited<ReturnType<TargetApi['send']>>) => searchPage(exchange.response?.status ?? 0, exchange.response?.json, exchange.response?.bodyText ?? exchange.error ?? '');
  return {
    ledger,
    criteria: prepared.criteria,
    search: async (paging) => answer(await api.send({ method: 'GET', path: '/api/v2/recordings', query: { ...prepared.criteria, ...paging }, as: role, operationId: 'getRecordings' })),
    follow: async (relativePath) => {
      const [path = '', search = ''] = relativePath.split('?');
      const query = Object.fromEntries(new URLSearchParams(search));
      return answer(await api.send({ method: 'GET', path: `/api/v2${path}`, query, as: role, operationId: 'getRecordings' }));
    },
    add: async (count) => {
      const more = await prepare(providerStates, count, prepared.marker);
      if (typeof more === 'string') throw new Error(more);
      return more.ids;
    },
  };
}

test.describe('GIR Search Recordings pagination', () => {
  test('GIR walkthrough: 25 recordings between T1 and T2 in pages of 10, nextPath followed to the end and prevPath back', TAGS, async ({ api, providerStates, target }) => {
    const prepared = await prepare(providerStates, 25);
    test.skip(typeof prepared === 'string', typeof prepared === 'string' ? prepared : '');
    const { ids, criteria } = prepared as Prepared;
    await runClauseScenario(async (ledger) => {
      const real = girSearchReal(api, providerStates, searchRole(target), prepared as Prepared, ledger);
      const model: GirSearchModel = { ids: new Set(ids), order: [] };
      model.order = await learnOrder(real);
      let page = await real.search({ offset: 0, limit: 10 });
      await checkPage(real, model, page, 0, 10);
      const walked = [...page.ids];
      const offsets = [0];
      for (let offset = 10; page.nextPath !== undefined && offset < 100; offset += 10) {
        const path = page.nextPath;
        await ledger.check('gir.pagination.paths-keep-query', () => {
          const params = new URL(path, 'http://path.invalid').searchParams;
          for (const [name, value] of Object.entries(criteria)) expect(params.get(name), `nextPath ${path} keeps ${name}`).toBe(value);
        });
        page = await real.follow(path);
        const direct = await real.search({ offset, limit: 10 });
        await ledger.check('gir.pagination.follow-next-path', () => expect(page.ids, `nextPath ${path} gives the page at offset ${offset}`).toEqual(direct.ids));
        await checkPage(real, model, page, offset, 10);
        walked.push(...page.ids);
        offsets.push(offset);
      }
      await ledger.check('gir.pagination.partition', () => expect(partitionDefects(walked, model.ids), 'the followed pages hold every recording once').toEqual({ repeated: [], missing: [], foreign: [] }));
      for (let offset = offsets.at(-1) ?? 0; page.prevPath !== undefined && offset > 0; offset -= 10) {
        const path = page.prevPath;
        page = await real.follow(path);
        const direct = await real.search({ offset: offset - 10, limit: 10 });
        await ledger.check('gir.pagination.follow-prev-path', () => expect(page.ids, `prevPath ${path} gives the page at offset ${offset - 10}`).toEqual(direct.ids));
        await checkPage(real, model, page, offset - 10, 10);
      }
      await checkPage(real, model, await real.search({ offset: 30, limit: 10 }), 30, 10);
    });
  });

  test('GIR limits at the edges (0, 1, negative, huge) and a search without offset or limit', TAGS, async ({ api, providerStates, target }) => {
    const prepared = await prepare(providerStates, 3);
    test.skip(typeof prepared === 'string', typeof prepared === 'string' ? prepared : '');
    await runClauseScenario(async (ledger) => {
      const real = girSearchReal(api, providerStates, searchRole(target), prepared as Prepared, ledger);
      const model: GirSearchModel = { ids: new Set((prepared as Prepared).ids), order: [] };
      model.order = await learnOrder(real);
      for (const limit of EDGE_LIMITS) await new EdgeLimitCommand(limit).run(model, real);
      const page = await real.search({});
      await ledger.check('gir.pagination.optional-parameters', () => {
        expect(page.status, page.excerpt).toBe(200);
        expect(page.ids, 'the first page of the result set').toEqual(model.order.slice(0, page.ids.length));
      });
    });
  });

  test('GIR pagination model: random page sizes, data-set sizes and recordings added between pages', TAGS, async ({ api, providerStates, target }) => {
    const probe = await prepare(providerStates, 1);
    test.skip(typeof probe === 'string', typeof probe === 'string' ? probe : '');
    const ledger = new ClauseLedger();
    await checkModelProperty<GirSearchModel, GirSearchReal, number>({
      name: 'Search Recordings pages partition the result set, count it, link to each other, and follow changes',
      ledger,
      given: fc.integer({ min: 1, max: 30 }),
      commands: girPaginationCommands(8),
      numRuns: 15,
      setup: async (count) => {
        const prepared = await prepare(providerStates, count);
        if (typeof prepared === 'string') throw new Error(prepared);
        const real = girSearchReal(api, providerStates, searchRole(target), prepared, ledger);
        return { model: { ids: new Set(prepared.ids), order: await learnOrder(real) }, real };
      },
    });
  });
});
