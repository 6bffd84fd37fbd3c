import type { ReferenceRequest } from '../http/reference-types';
import { answering } from './answering';
import { windowOf, type PeriodFilter } from './analytics-period';
import type { MetricDefinition, RecordDefinition } from './catalogue';
import { pageOf, pageRequest, paginated } from './pagination';
import { filledUnder, validBody } from './request-body';
import { badRequest, notFound, ok } from './responses';
import { CHANNELS, type ConversationRecord, type DixaState } from './state';

/** GetMetricDataInput / GetMetricRecordsDataInput. */
interface DataInput {
  readonly id: string;
  readonly periodFilter: PeriodFilter;
  readonly timezone: string;
  readonly filters?: { attribute: string; values?: string[] }[];
  readonly aggregations?: string[];
}

/** The value a conversation has for each filter attribute the analytics know. */
const ATTRIBUTES: Readonly<Record<string, (c: ConversationRecord) => string | undefined>> = {
  channel: (c) => c.channel,
  queue_id: (c) => c.queue?.id,
  agent_id: (c) => c.assignment?.agentId,
};

/** Which conversations a metric or record counts. */
const SELECTION: Readonly<Record<string, (c: ConversationRecord) => boolean>> = {
  closed_conversations: (c) => c.state === 'Closed',
  open_conversations: (c) => c.state === 'Open',
};

function filterValues(state: DixaState, attribute: string): { value: string; label: string }[] | undefined {
  if (attribute === 'channel') return CHANNELS.map((c) => ({ value: c, label: c }));
  if (attribute === 'queue_id') return [...state.queues.values()].map((q) => ({ value: q.id, label: q.name }));
  if (attribute === 'agent_id') return [...state.agents.values()].map((a) => ({ value: a.id, label: a.displayName }));
  return undefined;
}

/** The conversations of a period, filtered by the attributes relevant to the definition; others are ignored. */
function selected(request: ReferenceRequest, state: DixaState, definition: MetricDefinition | RecordDefinition, input: DataInput): ConversationRecord[] {
  const window = windowOf(input.periodFilter);
  const filters = input.filters ?? [];
  const irrelevant = filters.find((f) => !definition.filters.includes(f.attribute));
  if (irrelevant && request.faults.has('dixa-analytics-irrelevant-filter-rejected')) throw badRequest(`filter ${irrelevant.attribute} does not apply to ${definition.id}`);
  const relevant = filters.filter((f) => definition.filters.includes(f.attribute) && ATTRIBUTES[f.attribute]);
  const chosen = SELECTION[definition.id] ?? (() => true);
  return [...state.conversations.values()].filter((c) => {
    const created = Date.parse(c.createdAt);
    if (created < window.from || created >= window.to || !chosen(c)) return false;
    return relevant.every((f) => f.values === undefined || f.values.includes(ATTRIBUTES[f.attribute]?.(c) ?? ''));
  });
}

function definitionOf<T extends { id: string }>(list: readonly T[], id: string): T {
  const definition = list.find((d) => d.id === id);
  if (!definition) throw badRequest(`${id} is not a known metric or record`);
  return definition;
}

function recordView(c: ConversationRecord): Record<string, unknown> {
  const field = (name: string, value: string | number, type: string) => ({ name, field: { _type: type, value } });
  return {
    primaryTimestampField: { name: 'created_at', timestamp: c.createdAt },
    fields: [field('conversation_id', c.id, 'LongField'), field('channel', c.channel, 'StringField'), ...(c.queue ? [field('queue_id', c.queue.id, 'UUIDField')] : [])],
  };
}

const metricView = (m: MetricDefinition) => ({ id: m.id, description: m.description, filters: m.filters.map((f) => ({ filterAttribute: f })), aggregations: m.aggregations.map((measure) => ({ measure })), relatedRecordIds: m.relatedRecordIds });
const recordMetadataView = (r: RecordDefinition) => ({ id: r.id, description: r.description, filters: r.filters.map((f) => ({ filterAttribute: f })), fieldsMetadata: r.fields.map((f) => ({ field: f.field, description: f.description, nullable: f.nullable })), relatedMetricIds: r.relatedMetricIds });

export const analyticsHandlers = {
  getAnalyticsMetrics: answering((request, state) => ok(pageOf(request, state, state.catalogue.metrics.map(metricView)))),
  getAnalyticsMetricsByMetricId: answering((request, state) => {
    const metric = state.catalogue.metrics.find((m) => m.id === request.params.metricId);
    if (!metric) throw notFound(`metric ${request.params.metricId ?? ''} not found`);
    return ok({ data: metricView(metric) });
  }),
  getAnalyticsRecords: answering((request, state) => ok(pageOf(request, state, state.catalogue.records.map(recordMetadataView)))),
  getAnalyticsRecordsByRecordId: answering((request, state) => {
    const record = state.catalogue.records.find((r) => r.id === request.params.recordId);
    if (!record) throw notFound(`record ${request.params.recordId ?? ''} not found`);
    return ok({ data: recordMetadataView(record) });
  }),
  getAnalyticsFilterByFilterAttribute: answering((request, state) => {
    const values = filterValues(state, request.params.filterAttribute ?? '');
    if (!values) throw notFound(`filter attribute ${request.params.filterAttribute ?? ''} not found`);
    return ok(pageOf(request, state, values));
  }),
  /** Only Count is computed; other aggregations asked for are left out. */
  postAnalyticsMetrics: answering((request, state) => {
    // Breaks dixa.analytics.metric-data-required-fields: a body without timezone is taken as UTC.
    const body = filledUnder(request, 'dixa-analytics-timezone-defaulted', () => ({ timezone: 'UTC' }));
    const input = validBody<DataInput>(request, body);
    const metric = definitionOf(state.catalogue.metrics, input.id);
    const count = selected(request, state, metric, input).length;
    const wanted = input.aggregations ?? ['Count'];
    return ok({ data: { id: metric.id, aggregates: wanted.includes('Count') ? [{ _type: 'LongAggregateValue', measure: 'Count', value: count }] : [] } });
  }),
  postAnalyticsRecords: answering((request, state) => {
    const input = validBody<DataInput>(request);
    const record = definitionOf(state.catalogue.records, input.id);
    return ok(paginated(request, state, selected(request, state, record, input).map(recordView), pageRequest(request, state)));
  }),
};
