import { randomUUID } from 'node:crypto';
import { tagOf } from './lookups';
import { validBody } from './request-body';
import { answering } from './answering';
import { conflict, created, noContent, ok } from './responses';
import type { TagRecord } from './state';
import { tagView } from './tag-view';

export const tagHandlers = {
  getTags: answering((request, state) => {
    // an undocumented 2xx status, for dixa.schema.status-documented
    const status = request.faults.has('dixa-tags-undocumented-status') ? 203 : 200;
    return { status, body: { data: [...state.tags.values()].map(tagView) } };
  }),
  postTags: answering((request, state) => {
    const input = validBody<{ name: string; color?: string }>(request);
    if ([...state.tags.values()].some((t) => t.name.toLowerCase() === input.name.toLowerCase())) throw conflict(`a tag named ${input.name} exists`);
    const tag: TagRecord = { id: randomUUID(), name: input.name, state: 'Active', ...(input.color === undefined ? {} : { color: input.color }) };
    state.tags.set(tag.id, tag);
    return created({ data: tagView(tag) });
  }),
  getTagsByTagId: answering((request, state) => ok({ data: tagView(tagOf(request, state)) })),
  patchTagsByTagIdActivate: answering((request, state) => {
    // Breaks dixa.tags.activate: answered, but the tag stays as it was.
    if (!request.faults.has('dixa-tag-activate-ignored')) tagOf(request, state).state = 'Active';
    return noContent();
  }),
  patchTagsByTagIdDeactivate: answering((request, state) => {
    const tag = tagOf(request, state);
    if (!request.faults.has('dixa-tag-deactivate-ignored')) tag.state = 'Inactive';
    return noContent();
  }),
};
