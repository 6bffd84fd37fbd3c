import * as fc from 'fast-check';
import { ClauseLedger } from '../../src/harness/models/clause-ledger';
import { runClauseScenario } from '../../src/harness/models/clause-scenario';
import { checkModelProperty } from '../../src/harness/models/model-property';
import { gcPagingCommands } from '../../src/harness/models/gc-pagination/commands';
import { FirstPageCommand } from '../../src/harness/models/gc-pagination/commands/first-page';
import { WalkPagesCommand } from '../../src/harness/models/gc-pagination/commands/walk-pages';
import type { GcListModel } from '../../src/harness/models/gc-pagination/list-model';
import { gcPage, type GcListReal } from '../../src/harness/models/gc-pagination/list-real';
import type { TargetApi } from '../../src/harness/fixtures/target-api';
import type { ProviderStates } from '../../src/harness/fixtures/provider-states';
import type { FamilyTarget } from '../../src/harness/profile/target-profile';
import { test } from '../../src/harness/test';

/**
 * Genesys Cloud pageNumber / pageSize listings (001: the message media list and the messaging
 * integrations list): pages hold at most pageSize entities and walking pageNumber visits each
 * entity once, also while media are added between pages.
 */
const TAGS = { tag: ['@pagination', '@genesys-cloud'] };

const roleOf = (target: FamilyTarget) => (Object.keys(target.credentials).includes('Agent') ? 'Agent' : (Object.keys(target.credentials)[0] ?? 'anonymous'));

/** The media list of a fresh messaging communication, with `count` uploads in it; a string says why not. */
async function mediaList(api: TargetApi, providerStates: ProviderStates, target: FamilyTarget, ledger: ClauseLedger, count: number): Promise<{ model: GcListModel; real: GcListReal } | string> {
  const state = await providerStates.setUp('a message conversation exists');
  if (!state.ok) return state.reason;
  const as = roleOf(target);
  const base = `/api/v2/conversations/messages/${encodeURIComponent(String(state.data.conversationId))}/communications/${encodeURIComponent(String(state.data.communicationId))}/messages/media`;
  const add = async (n: number) => {
    const ids: string[] = [];
    for (let i = 0; i < n; i += 1) {
      const made = await api.send({ method: 'POST', path: `${base}/uploads`, body: { fileName: `page-${i}.png`, contentLengthBytes: 1024 + i }, as, operationId: 'postConversationsMessageCommunicationMessagesMediaUploads' });
      const id = (made.response?.json as { id?: unknown } | undefined)?.id;
      if (made.response?.status !== 200 || typeof id !== 'string') throw new Error(`creating a media upload: ${made.response?.status ?? made.error ?? ''} ${made.response?.bodyText.slice(0, 200) ?? ''}`);
      ids.push(id);
    }
    return ids;
  };
  const real: GcListReal = {
    ledger,
    name: 'the message media list',
    acceptsPaging: 'gc.pagination.media-list',
    page: async (query) => {
      const exchange = await api.send({ method: 'GET', path: base, query, as, operationId: 'getConversationsMessageCommunicationMessagesMedia' });
      return gcPage(exchange.response?.status ?? 0, exchange.response?.json, exchange.response?.bodyText ?? exchange.error ?? '');
    },
    add,
  };
  return { model: { known: new Set(await add(count)), closed: true }, real };
}

/** The messaging integrations list, filtered by the supported content of its first integration. */
async function integrationsList(api: TargetApi, target: FamilyTarget, ledger: ClauseLedger): Promise<{ model: GcListModel; real: GcListReal } | string> {
  const as = roleOf(target);
  const path = '/api/v2/conversations/messaging/integrations';
  const all = await api.send({ method: 'GET', path, query: { pageSize: 100 }, as, operationId: 'getConversationsMessagingIntegrations' });
  const entities = (all.response?.json as { entities?: { id?: unknown; supportedContent?: { id?: unknown } }[] } | undefined)?.entities;
  const filter = entities?.map((e) => e.supportedContent?.id).find((id): id is string => typeof id === 'string');
  if (!entities || filter === undefined) return `the integrations list gives no entity with a supportedContent.id to filter on (${all.response?.status ?? all.error ?? ''})`;
  const real: GcListReal = {
    ledger,
    name: 'the messaging integrations list',
    acceptsPaging: 'gc.pagination.integrations',
    page: async (query) => {
      const exchange = await api.send({ method: 'GET', path, query: { ...query, 'supportedContent.id': filter }, as, operationId: 'getConversationsMessagingIntegrations' });
      return gcPage(exchange.response?.status ?? 0, exchange.response?.json, exchange.response?.bodyText ?? exchange.error ?? '');
    },
  };
  const known = entities.filter((e) => e.supportedContent?.id === filter).map((e) => String(e.id));
  return { model: { known: new Set(known), closed: false }, real };
}

test.describe('Genesys Cloud paged lists', () => {
  test('GC paging walkthrough: 7 media in pages of 3 and of 7, media added between pages, the first page without parameters, integrations filtered and paged', TAGS, async ({ api, providerStates, target }) => {
    const probe = await mediaList(api, providerStates, target, new ClauseLedger(), 1);
    test.skip(typeof probe === 'string', typeof probe === 'string' ? probe : '');
    await runClauseScenario(async (ledger) => {
      const media = await mediaList(api, providerStates, target, ledger, 7);
      if (typeof media === 'string') throw new Error(media);
      for (const step of [new WalkPagesCommand(3), new WalkPagesCommand(7), new WalkPagesCommand(2, { afterPage: 1, count: 3 }), new WalkPagesCommand(4), new FirstPageCommand()]) await step.run(media.model, media.real);
      const integrations = await integrationsList(api, target, ledger);
      if (typeof integrations === 'string') throw new Error(integrations);
      for (const step of [new WalkPagesCommand(1), new WalkPagesCommand(2), new FirstPageCommand()]) await step.run(integrations.model, integrations.real);
    });
  });

  test('GC paging model: random page sizes, list sizes and media added between pages', TAGS, async ({ api, providerStates, target }) => {
    const probe = await mediaList(api, providerStates, target, new ClauseLedger(), 1);
    test.skip(typeof probe === 'string', typeof probe === 'string' ? probe : '');
    const ledger = new ClauseLedger();
    await checkModelProperty<GcListModel, GcListReal, number>({
      name: 'pageNumber walks visit every medium once and pages hold at most pageSize',
      ledger,
      given: fc.integer({ min: 0, max: 20 }),
      commands: gcPagingCommands(6),
      numRuns: 12,
      setup: async (count) => {
        const prepared = await mediaList(api, providerStates, target, ledger, count);
        if (typeof prepared === 'string') throw new Error(prepared);
        return prepared;
      },
    });
  });
});
