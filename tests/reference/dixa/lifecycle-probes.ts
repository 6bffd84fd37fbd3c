import { conversation, conversationIn, SEED, uniquePath, type FaultProbe } from './probe-context';

const is2xx = (status: number) => status >= 200 && status < 300;

/** Probes of the faults in dixa.conversation-lifecycle, the tag machine, notes and anonymization. */
export const LIFECYCLE_PROBES: readonly FaultProbe[] = [
  {
    fault: 'dixa-created-conversation-pending',
    observe: async ({ client }) => {
      const body = { _type: 'Email', requesterId: SEED.endUserId, emailIntegrationId: 'support@example.com', subject: 'Hello', message: { content: { value: 'Hi' } } };
      const id = (await client.call('POST', '/v1/conversations', { body })).body.data.id as number;
      return (await conversation(client, id)).state !== 'Open';
    },
  },
  {
    fault: 'dixa-claim-unassigned-ignored',
    observe: async ({ client }) => {
      const { conversationId } = await conversationIn(client);
      await client.call('PUT', `/v1/conversations/${conversationId}/claim`, { body: { agentId: SEED.agentId, force: false } });
      return (await conversation(client, conversationId)).assignment?.agentId !== SEED.agentId;
    },
  },
  {
    fault: 'dixa-claim-force-refused',
    observe: async ({ client }) => {
      const { conversationId, otherAgentId } = (await client.state('an open conversation is assigned to an agent')) as { conversationId: number; otherAgentId: string };
      await client.call('PUT', `/v1/conversations/${conversationId}/claim`, { body: { agentId: otherAgentId, force: true } });
      return (await conversation(client, conversationId)).assignment?.agentId !== otherAgentId;
    },
  },
  {
    fault: 'dixa-claim-no-force-takes-over',
    observe: async ({ client }) => {
      const { conversationId, otherAgentId } = (await client.state('an open conversation is assigned to an agent')) as { conversationId: number; otherAgentId: string };
      await client.call('PUT', `/v1/conversations/${conversationId}/claim`, { body: { agentId: otherAgentId, force: false } });
      return (await conversation(client, conversationId)).assignment?.agentId === otherAgentId;
    },
  },
  {
    fault: 'dixa-transfer-keeps-queue',
    observe: async ({ client }) => {
      const { conversationId } = await conversationIn(client);
      await client.call('PUT', `/v1/conversations/${conversationId}/transfer/queue`, { body: { queueId: SEED.defaultQueueId } });
      return (await conversation(client, conversationId)).queue?.id !== SEED.defaultQueueId;
    },
  },
  { fault: 'dixa-close-leaves-open', observe: async ({ client }) => (await afterAction(client, 'Open', 'close')).state !== 'Closed' },
  { fault: 'dixa-reopen-stays-closed', observe: async ({ client }) => (await afterAction(client, 'Closed', 'reopen')).state !== 'Open' },
  { fault: 'dixa-reopen-default-queue', observe: async ({ client }) => (await afterAction(client, 'Closed', 'reopen')).queue?.id !== SEED.otherQueueId },
  { fault: 'dixa-transfer-closed-reopens', observe: async ({ client }) => (await afterAction(client, 'Closed', 'transfer/queue', { queueId: SEED.defaultQueueId })).state !== 'Closed' },
  { fault: 'dixa-claim-closed-reopens', observe: async ({ client }) => (await afterAction(client, 'Closed', 'claim', { agentId: SEED.agentId, force: true })).state !== 'Closed' },
  {
    fault: 'dixa-reopen-open-accepted',
    observe: async ({ client }) => {
      const { conversationId } = await conversationIn(client);
      return is2xx((await client.call('PUT', `/v1/conversations/${conversationId}/reopen`)).status);
    },
  },
  {
    fault: 'dixa-inactive-tag-added',
    observe: async ({ client }) => {
      const { conversationId } = await conversationIn(client);
      const { tagId } = await client.state('a tag exists in state', { state: 'Inactive' });
      return is2xx((await client.call('PUT', `/v1/conversations/${conversationId}/tags/${String(tagId)}`)).status);
    },
  },
  {
    fault: 'dixa-untag-inactive-refused',
    observe: async ({ client }) => {
      const { conversationId } = await conversationIn(client);
      const { tagId } = await client.state('a tag exists in state', { state: 'Active' });
      await client.call('PUT', `/v1/conversations/${conversationId}/tags/${String(tagId)}`);
      await client.call('PATCH', `/v1/tags/${String(tagId)}/deactivate`);
      return (await client.call('DELETE', `/v1/conversations/${conversationId}/tags/${String(tagId)}`)).status === 400;
    },
  },
  {
    fault: 'dixa-tag-deactivate-ignored',
    observe: async ({ client }) => {
      const { tagId } = await client.state('a tag exists in state', { state: 'Active' });
      await client.call('PATCH', `/v1/tags/${String(tagId)}/deactivate`);
      return (await client.call('GET', `/v1/tags/${String(tagId)}`)).body.data.state !== 'Inactive';
    },
  },
  {
    fault: 'dixa-note-not-listed',
    observe: async ({ client }) => {
      const { conversationId } = await conversationIn(client);
      const note = (await client.call('POST', `/v1/conversations/${conversationId}/notes`, { body: { message: 'a note' } })).body.data as { id: string };
      return !((await client.call('GET', `/v1/conversations/${conversationId}/notes`)).body.data as { id: string }[]).some((n) => n.id === note.id);
    },
  },
  {
    fault: 'dixa-anonymize-force-keeps-open',
    observe: async ({ client }) => {
      const { conversationId } = await conversationIn(client);
      await client.call('PATCH', `/v1/conversations/${conversationId}/anonymize?force=true`);
      return (await conversation(client, conversationId)).state !== 'Closed';
    },
  },
  {
    fault: 'dixa-tag-activate-ignored',
    observe: async ({ client }) => {
      const { tagId } = await client.state('a tag exists in state', { state: 'Inactive' });
      await client.call('PATCH', `/v1/tags/${String(tagId)}/activate`);
      return (await client.call('GET', `/v1/tags/${String(tagId)}`)).body.data.state !== 'Active';
    },
  },
  {
    fault: 'dixa-tag-not-listed',
    observe: async ({ client }) => {
      const { conversationId } = await conversationIn(client);
      const { tagId } = await client.state('a tag exists in state', { state: 'Active' });
      await client.call('PUT', `/v1/conversations/${conversationId}/tags/${String(tagId)}`);
      return !((await client.call('GET', `/v1/conversations/${conversationId}/tags`)).body.data as { id: string }[]).some((t) => t.id === tagId);
    },
  },
  {
    fault: 'dixa-note-added-not-emitted',
    observe: async ({ client, receiver }) => {
      const path = uniquePath();
      await client.state('a webhook subscription for events delivers to a url', { url: receiver.url(path), events: ['ConversationNoteAdded'] });
      const { conversationId } = await conversationIn(client);
      await client.call('POST', `/v1/conversations/${conversationId}/notes`, { body: { message: 'announced?' } });
      return receiver.waitFor(path, 1, 2_000).then(
        () => false,
        () => true,
      );
    },
  },
  {
    fault: 'dixa-anonymization-request-not-filed',
    observe: async ({ client }) => {
      const { conversationId } = await conversationIn(client, 'Closed');
      const filed = (await client.call('PATCH', `/v1/conversations/${conversationId}/anonymize`)).body.data as { id: string };
      return (await client.call('GET', `/v1/anonymization/request/${filed.id}`)).status !== 200;
    },
  },
  {
    fault: 'dixa-anonymize-without-force-closes',
    observe: async ({ client }) => {
      const { conversationId } = await conversationIn(client);
      await client.call('PATCH', `/v1/conversations/${conversationId}/anonymize`);
      return (await conversation(client, conversationId)).state !== 'Open';
    },
  },
];

/** A conversation in `from`, after PUT .../{action} with `body`, as GET shows it. */
async function afterAction(client: Parameters<typeof conversationIn>[0], from: string, action: string, body?: unknown) {
  const { conversationId } = await conversationIn(client, from);
  await client.call('PUT', `/v1/conversations/${conversationId}/${action}`, body === undefined ? {} : { body });
  return conversation(client, conversationId);
}
