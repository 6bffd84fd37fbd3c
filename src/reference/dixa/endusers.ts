import { randomUUID } from 'node:crypto';
import { BulkItemError, bulkOutcomes } from './bulk';
import { conversationView } from './conversation-view';
import { customAttributeList, patchCustomAttributes } from './custom-attribute-values';
import { endUserOf } from './lookups';
import { pageOf, pageRequest, paginated } from './pagination';
import { END_USER_FIELDS, endUserView, patchFields, replaceFields } from './people';
import { filledUnder, validBody } from './request-body';
import { answering } from './answering';
import { badRequest, created, ok } from './responses';
import type { AttributeValue, DixaState, EndUserRecord } from './state';

type Input = Record<string, unknown>;
type BulkEndUserInput = Input & { id: string };

export function createEndUser(state: DixaState, input: Input): EndUserRecord {
  const user: EndUserRecord = { id: randomUUID(), createdAt: new Date().toISOString(), customAttributes: {} };
  patchFields(user, input, END_USER_FIELDS);
  state.endUsers.set(user.id, user);
  return user;
}

function existing(state: DixaState, id: string): EndUserRecord {
  const user = state.endUsers.get(id);
  if (!user) throw new BulkItemError('NotFound', `end user ${id} not found`);
  return user;
}

const matches = (value: string | undefined, wanted: string | undefined) => wanted === undefined || value?.toLowerCase() === wanted.toLowerCase();

export const endUserHandlers = {
  getEndusers: answering((request, state) => {
    const page = pageRequest(request, state, ['email', 'query', 'phone', 'externalId']);
    const { phone, externalId } = page.filters;
    const email = page.filters.email ?? page.filters.query;
    if (email !== undefined && phone !== undefined && !request.faults.has('dixa-endusers-both-filters-accepted')) throw badRequest('filter by email or by phone, not both');
    const users = [...state.endUsers.values()].filter((u) => matches(u.email, email) && matches(u.phoneNumber, phone) && matches(u.externalId, externalId));
    return ok(paginated(request, state, users.map((u) => endUserView(u, state)), page));
  }),
  postEndusers: answering((request, state) => created({ data: endUserView(createEndUser(state, validBody<Input>(request)), state) })),
  postEndusersBulk: answering((request, state) => {
    const { data = [] } = validBody<{ data?: Input[] }>(request);
    return ok({ data: bulkOutcomes(request, data, () => undefined, (input) => endUserView(createEndUser(state, input), state)) });
  }),
  putEndusers: answering((request, state) => {
    const { data = [] } = validBody<{ data?: BulkEndUserInput[] }>(request);
    return ok({ data: bulkOutcomes(request, data, (i) => i.id, (input) => {
      const user = existing(state, input.id);
      replaceFields(user, input, END_USER_FIELDS);
      return endUserView(user, state);
    }) });
  }),
  patchEndusers: answering((request, state) => {
    const { data = [] } = validBody<{ data?: BulkEndUserInput[] }>(request);
    return ok({ data: bulkOutcomes(request, data, (i) => i.id, (input) => {
      const user = existing(state, input.id);
      if (patchFields(user, input, END_USER_FIELDS) === 0) throw new BulkItemError('EmptyPatchSet', `nothing to change for end user ${input.id}`);
      return endUserView(user, state);
    }) });
  }),
  getEndusersByUserId: answering((request, state) => ok({ data: endUserView(endUserOf(request, state), state) })),
  putEndusersByUserId: answering((request, state) => {
    const user = endUserOf(request, state);
    // Breaks dixa.endusers.update-requires-display-name: a body without displayName keeps the current name.
    const body = filledUnder(request, 'dixa-enduser-put-without-name-accepted', () => ({ displayName: user.displayName ?? 'Unnamed' }));
    replaceFields(user, validBody<Input>(request, body), END_USER_FIELDS);
    return ok({ data: endUserView(user, state) });
  }),
  patchEndusersByUserId: answering((request, state) => {
    const user = endUserOf(request, state);
    patchFields(user, validBody<Input>(request), END_USER_FIELDS);
    return ok({ data: endUserView(user, state) });
  }),
  /** Custom attributes are not part of this response (dixa.endusers.conversations-no-custom-attributes). */
  getEndusersByUserIdConversations: answering((request, state) => {
    const user = endUserOf(request, state);
    const conversations = [...state.conversations.values()].filter((c) => c.requesterId === user.id);
    return ok(pageOf(request, state, conversations.map((c) => conversationView(c, state, { withCustomAttributes: false }))));
  }),
  patchEndusersByUserIdCustomAttributes: answering((request, state) => {
    const user = endUserOf(request, state);
    patchCustomAttributes(user.customAttributes, validBody<Record<string, AttributeValue | null>>(request), 'Contact', state.catalogue);
    return ok({ data: customAttributeList(user.customAttributes, state.catalogue) });
  }),
};
