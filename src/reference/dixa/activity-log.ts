import { conversationOf } from './lookups';
import { pageRequest, paginated } from './pagination';
import { answering } from './answering';
import { badRequest, ok } from './responses';
import type { ActivityRecord, DixaState } from './state';

/** An ActivityLogEntry; activityType is the deprecated twin of _type (dixa.activitylog.type-replaces-activity-type). */
function entryView(entry: ActivityRecord, state: DixaState): Record<string, unknown> {
  const author = entry.authorId === undefined ? undefined : (state.agents.get(entry.authorId) ?? state.endUsers.get(entry.authorId));
  return structuredClone({
    id: entry.id,
    _type: entry.type,
    activityType: { _type: entry.type },
    conversationId: entry.conversationId,
    activityTimestamp: entry.timestamp,
    ...(entry.authorId ? { author: { id: entry.authorId, ...(author?.displayName ? { name: author.displayName } : {}), ...(author?.email ? { email: author.email } : {}) } } : {}),
    ...(entry.attributes ? { attributes: entry.attributes } : {}),
  });
}

function instant(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw badRequest(`${name} must be an ISO 8601 date-time`);
  return time;
}

export const activityLogHandlers = {
  getConversationsActivitylog: answering((request, state) => {
    const page = pageRequest(request, state, ['fromDatetime', 'toDatetime']);
    const from = instant('fromDatetime', page.filters.fromDatetime) ?? -Infinity;
    const to = instant('toDatetime', page.filters.toDatetime) ?? Infinity;
    const inWindow = (e: ActivityRecord) => request.faults.has('dixa-activitylog-window-ignored') || (Date.parse(e.timestamp) >= from && Date.parse(e.timestamp) <= to);
    return ok(paginated(request, state, state.activity.filter(inWindow).map((e) => entryView(e, state)), page));
  }),
  getConversationsByConversationIdActivitylog: answering((request, state) => {
    const conversation = conversationOf(request, state);
    const entries = state.activity.filter((e) => e.conversationId === conversation.id).map((e) => entryView(e, state));
    // Breaks dixa.activitylog.type-replaces-activity-type: the entries carry only the deprecated activityType.
    if (request.faults.has('dixa-activitylog-without-type')) for (const entry of entries) delete entry._type;
    return ok({ data: entries });
  }),
};
