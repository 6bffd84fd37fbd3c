import { pageRequest, paginated } from './pagination';
import { answering } from './answering';
import { badRequest, ok } from './responses';
import type { ConversationRecord } from './state';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * How a query matches text: by default any of its words, anywhere (case-insensitive); with
 * exactMatch the whole query as a phrase of whole words, which only narrows the default.
 */
function matcher(query: string, exact: boolean): RegExp | undefined {
  const words = query.trim().split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return undefined;
  return exact ? new RegExp(`\\b${words.map(escape).join('\\s+')}\\b`, 'gi') : new RegExp(words.map(escape).join('|'), 'gi');
}

const highlight = (text: string, pattern: RegExp) => text.replace(pattern, (m) => `<em>${m}</em>`);

/** A ConversationSearchHit: highlights of the subject, inner hits for the matching messages. */
function hitOf(conversation: ConversationRecord, pattern: RegExp): Record<string, unknown> | undefined {
  const matches = (text: string) => {
    pattern.lastIndex = 0;
    return pattern.test(text);
  };
  const subject = conversation.subject !== undefined && matches(conversation.subject) ? [highlight(conversation.subject, pattern)] : [];
  const innerHits = conversation.messages.filter((m) => matches(m.content.value)).map((m) => ({ id: m.id, highlight: { content: highlight(m.content.value, pattern) } }));
  if (subject.length === 0 && innerHits.length === 0) return undefined;
  return { _type: 'ConversationSearchHit', id: conversation.id, highlights: subject.length > 0 ? { subject } : {}, innerHits };
}

export const searchHandlers = {
  getSearchConversations: answering((request, state) => {
    const page = pageRequest(request, state, ['query', 'exactMatch']);
    const query = page.filters.query;
    if (query === undefined && !request.faults.has('dixa-search-without-query-accepted')) throw badRequest('query is required');
    const exactMatch = page.filters.exactMatch ?? 'false';
    if (exactMatch !== 'true' && exactMatch !== 'false') throw badRequest('exactMatch must be true or false');
    // exactMatch "is false by default"
    const exact = exactMatch === 'true' && !request.faults.has('dixa-search-exact-match-ignored');
    const pattern = matcher(query ?? '', exact);
    const hits = pattern ? [...state.conversations.values()].flatMap((c) => hitOf(c, pattern) ?? []) : [];
    return ok(paginated(request, state, hits, page));
  }),
};
