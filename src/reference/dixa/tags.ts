import { randomUUID } from 'node:crypto';
import { tagOf } from './lookups';
import { filledUnder, validBody } from './request-body';
import { answering } from './answering';
import { conflict, created, noContent, ok } from './responses';
import type { TagRecord } from './state';
import { tagView } from './tag-view';

export const tagHandlers = {
  getTags: answering((request, state) => {
    // an undocumented 2xx status, for dixa.schema.status-documented
    const status = request.faults.has('dixa-tags-undocumented-status') ? 203 : 200;
    const body = { data: [...state.tags.values()].map(tagView) };
    // Breaks dixa.schema.content-type-documented: the JSON list is labelled text/plain.
    if (request.faults.has('dixa-tags-as-text')) return { status, body: JSON.stringify(body), headers: { 'content-type': 'text/plain' } };
    return { status, body };
  }),
  postTags: answering((request, state) => {
    // Breaks dixa.tags.create-requires-name: a body without name makes a tag named Untitled.
    const body = filledUnder(request, 'dixa-tag-without-name-accepted', () => ({ name: `Untitled ${randomUUID().slice(0, 8)}` }));
    const input = validBody<{ name: string; color?: string }>(request, body);
    if ([...state.tags.values()].some((t) => t.name.toLowerCase() === input.name.toLowerCase())) throw conflict(`a tag named ${input.name} exists`);
    // Breaks dixa.tags.create-round-trip: the given color is dropped.
    const color = request.faults.has('dixa-tag-color-dropped') ? undefined : input.color;
    const tag: TagRecord = { id: randomUUID(), name: input.name, state: 'Active', ...(color === undefined ? {} : { color }) };
    state.tags.set(tag.id, tag);
    return created({ data: tagView(tag) });
  }),
  getTagsByTagId: answering((request, state) => {
    const tag = tagView(tagOf(request, state));
    // Breaks dixa.envelope.data-wrapper: the tag is answered bare, not inside data.
    return ok(request.faults.has('dixa-tag-read-unwrapped') ? tag : { data: tag });
  }),
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
