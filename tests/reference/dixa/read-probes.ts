import { walkPages } from './dixa-client';
import { SEED, type FaultProbe } from './probe-context';

const ids = (items: unknown[]) => (items as { id: string | number }[]).map((i) => i.id);

/** Probes of the faults in reads: schemas, status codes, pagination and read filters. */
export const READ_PROBES: readonly FaultProbe[] = [
  { fault: 'dixa-agent-response-drops-email', observe: async ({ client }) => !('email' in (await client.call('GET', `/v1/agents/${SEED.agentId}`)).body.data) },
  { fault: 'dixa-tags-undocumented-status', observe: async ({ client }) => (await client.call('GET', '/v1/tags')).status === 203 },
  {
    fault: 'dixa-next-overlaps-page',
    observe: async ({ client }) => {
      const seen = (await walkPages(client, '/v1/agents?pageLimit=10')).flatMap(ids);
      return new Set(seen).size !== seen.length;
    },
  },
  { fault: 'dixa-page-limit-exceeded', observe: async ({ client }) => (await client.call('GET', '/v1/agents?pageLimit=5')).body.data.length > 5 },
  {
    fault: 'dixa-page-key-single-use',
    observe: async ({ client }) => {
      const next = (await client.call('GET', '/v1/endusers?pageLimit=5')).body.meta.next as string;
      await client.call('GET', next);
      return (await client.call('GET', next)).status === 400;
    },
  },
  {
    fault: 'dixa-page-limit-ignored-with-page-key',
    observe: async ({ client }) => {
      const next = (await client.call('GET', '/v1/agents?pageLimit=5')).body.meta.next as string;
      return (await client.call('GET', `${next}&pageLimit=2`)).body.data.length !== 2;
    },
  },
  {
    fault: 'dixa-previous-link-same-page',
    observe: async ({ client }) => {
      type Page = { data: unknown[]; meta: { next: string; previous: string } };
      const first = (await client.call('GET', '/v1/agents?pageLimit=5')).body as Page;
      const second = (await client.call('GET', first.meta.next)).body as Page;
      const back = (await client.call('GET', second.meta.previous)).body as Page;
      return JSON.stringify(ids(back.data)) !== JSON.stringify(ids(first.data));
    },
  },
  {
    fault: 'dixa-contact-endpoints-type-ignored',
    observe: async ({ client }) => ((await client.call('GET', '/v1/contact-endpoints?_type=EmailEndpoint')).body.data as { number?: string }[]).some((e) => e.number !== undefined),
  },
  { fault: 'dixa-flows-default-all-channels', observe: async ({ client }) => ((await client.call('GET', '/v1/conversations/flows')).body.data as { channel: string }[]).some((f) => f.channel !== 'PstnPhone') },
  {
    fault: 'dixa-activitylog-window-ignored',
    observe: async ({ client }) => {
      const [from, to] = ['2024-01-05T00:00:00Z', '2024-01-06T00:00:00Z'];
      const entries = (await client.call('GET', `/v1/conversations/activitylog?pageLimit=500&fromDatetime=${from}&toDatetime=${to}`)).body.data as { activityTimestamp: string }[];
      return entries.some((e) => e.activityTimestamp < from || e.activityTimestamp > '2024-01-06T00:00:00.000Z');
    },
  },
  {
    fault: 'dixa-search-exact-match-ignored',
    observe: async ({ client }) => (await client.call('GET', '/v1/search/conversations?query=invoice%20refund&exactMatch=true')).body.data.length > 0,
  },
];
