import { announce } from './conversation-events';
import { conversationOf, tagOf } from './lookups';
import { requireState } from './require-state';
import { answering } from './answering';
import { badRequest, noContent, ok } from './responses';
import { tagView } from './tag-view';

/** dixa.tag-state on conversations: only Active tags can be added; tags of either state can be removed. */
export const conversationTagHandlers = {
  getConversationsByConversationIdTags: answering((request, state) => {
    const conversation = conversationOf(request, state);
    const tags = conversation.tagIds.flatMap((id) => {
      const tag = state.tags.get(id);
      return tag ? [tagView(tag)] : [];
    });
    return ok({ data: tags });
  }),
  putConversationsByConversationIdTagsByTagId: answering((request, state) => {
    const conversation = conversationOf(request, state);
    const tag = tagOf(request, state);
    requireState(conversation, ['Open'], 'tag');
    if (tag.state !== 'Active' && !request.faults.has('dixa-inactive-tag-added')) throw badRequest(`tag ${tag.name} is inactive; only active tags can be added`);
    if (conversation.tagIds.includes(tag.id)) return noContent();
    // Breaks dixa.tags.tag-conversation: answered and announced, but the tag is never listed.
    if (!request.faults.has('dixa-tag-not-listed')) conversation.tagIds.push(tag.id);
    announce(request, state, conversation, { activity: 'TagAdded', event: 'ConversationTagAdded', attributes: { tag: tag.name }, detail: { tag: tagView(tag) } });
    return noContent();
  }),
  deleteConversationsByConversationIdTagsByTagId: answering((request, state) => {
    const conversation = conversationOf(request, state);
    const tag = tagOf(request, state);
    requireState(conversation, ['Open'], 'untag');
    if (tag.state !== 'Active' && request.faults.has('dixa-untag-inactive-refused')) throw badRequest(`tag ${tag.name} is inactive`);
    if (!conversation.tagIds.includes(tag.id)) return noContent();
    conversation.tagIds = conversation.tagIds.filter((id) => id !== tag.id);
    announce(request, state, conversation, { activity: 'TagRemoved', event: 'ConversationTagRemoved', attributes: { tag: tag.name }, detail: { tag: tagView(tag) } });
    return noContent();
  }),
};
