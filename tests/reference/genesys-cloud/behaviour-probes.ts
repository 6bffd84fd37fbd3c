import { communicationIn, communicationPath, EMAILS, emailState, externalEmailConversation, MESSAGES, messageState, messagingPath, participantPath, type FaultProbe } from './probe-context';

/** Probes of the generic, state, messaging, wrap-up and pagination clauses. */
export const BEHAVIOUR_PROBES: readonly FaultProbe[] = [
  {
    fault: 'gc-attributes-not-object',
    holds: async ({ c, contracts }) => {
      const response = await c.call('PATCH', `${participantPath(EMAILS, await emailState(c))}/attributes`, { body: { attributes: { tier: 'gold' } } });
      return response.status === 200 && contracts.responseValidator('genesys-cloud', 'patchConversationsEmailParticipantAttributes', 200)?.(response.body) === true;
    },
  },
  { fault: 'gc-undocumented-status', holds: async ({ c }) => (await c.call('GET', `${EMAILS}/${(await emailState(c)).conversationId}/settings`)).status === 200 },
  { fault: 'gc-settings-as-text', holds: async ({ c }) => (await c.call('GET', `${EMAILS}/${(await emailState(c)).conversationId}/settings`)).contentType.startsWith('application/json') },
  { fault: 'gc-bearer-not-required', holds: async ({ c }) => (await c.call('GET', EMAILS, { auth: false })).status === 401 },
  { fault: 'gc-error-status-mismatch', holds: async ({ c }) => { const r = await c.call('GET', `${EMAILS}/no-such-conversation`); return r.status === 404 && r.body.status === 404 && typeof r.body.code === 'string'; } },
  { fault: 'gc-email-message-read-not-found', holds: async ({ c }) => { const ids = await emailState(c); return (await c.call('GET', `${EMAILS}/${ids.conversationId}/messages/${ids.messageId}`)).status === 200; } },
  { fault: 'gc-conversation-state-echoed', holds: async ({ c }) => (await c.call('PATCH', `${EMAILS}/${(await emailState(c)).conversationId}`, { body: { state: 'disconnected' } })).body.state === undefined },
  {
    fault: 'gc-communication-patch-updates-wrapup',
    holds: async ({ c }) => {
      const ids = await emailState(c);
      const codes = (await c.call('GET', `${participantPath(EMAILS, ids)}/wrapupcodes`)).body;
      await c.call('POST', `${communicationPath(EMAILS, ids)}/wrapup`, { body: { code: codes[0].id } });
      await c.call('PATCH', communicationPath(EMAILS, ids), { body: { state: 'disconnected', wrapup: { code: codes[1].id } } });
      return (await c.call('GET', `${communicationPath(EMAILS, ids)}/wrapup`)).body.code === codes[0].id;
    },
  },
  {
    fault: 'gc-recording-pause-ignored',
    holds: async ({ c }) => {
      const path = `${MESSAGES}/${(await messageState(c)).conversationId}`;
      const paused = (await c.call('PATCH', path, { body: { recordingState: 'paused' } })).body;
      const resumed = (await c.call('PATCH', path, { body: { recordingState: 'active' } })).body;
      return paused.securePause === true && paused.recordingState === 'paused' && resumed.securePause === false && resumed.recordingState === 'active';
    },
  },
  {
    fault: 'gc-wrapup-skipped-ignored',
    holds: async ({ c }) => {
      const ids = await emailState(c);
      await c.call('PATCH', participantPath(EMAILS, ids), { body: { wrapupSkipped: true } });
      const participants = (await c.call('GET', `${EMAILS}/${ids.conversationId}`)).body.participants as { id: string; wrapupSkipped: boolean }[];
      return participants.find((p) => p.id === ids.participantId)?.wrapupSkipped === true;
    },
  },
  { fault: 'gc-reserved-provider-accepted', holds: async ({ c }) => (await c.call('POST', EMAILS, { body: { provider: 'PureCloud Email', direction: 'INBOUND', fromAddress: 'a@example.org' } })).status === 400 },
  {
    fault: 'gc-inbound-email-new-conversation',
    holds: async ({ c }) => {
      const id = await externalEmailConversation(c);
      const before = (await c.call('GET', `${EMAILS}/${id}/messages`)).body.entities.length;
      await c.call('POST', `${EMAILS}/${id}/inboundmessages`, { body: { provider: 'Partner Mail', fromAddress: 'erin@partner.example', subject: 'Follow-up' } });
      return (await c.call('GET', `${EMAILS}/${id}/messages`)).body.entities.length === before + 1;
    },
  },
  {
    fault: 'gc-transfer-default-attended',
    holds: async ({ c }) => {
      const ids = await emailState(c);
      await c.call('POST', `${participantPath(EMAILS, ids)}/replace`, { body: { queueId: 'q-2' } });
      return communicationIn((await c.call('GET', `${EMAILS}/${ids.conversationId}`)).body, ids.participantId)?.state === 'disconnected';
    },
  },
  {
    fault: 'gc-existing-conversation-ignored',
    holds: async ({ c }) => {
      const ids = await messageState(c, 'sms');
      const request = (useExistingConversation: boolean) => c.call('POST', MESSAGES, { body: { queueId: ids.queueId, toAddress: ids.customerAddress, toAddressMessengerType: 'sms', useExistingConversation } });
      const refused = await request(false);
      const reused = await request(true);
      return refused.status === 400 && reused.status === 200 && reused.body.id === ids.conversationId;
    },
  },
  {
    fault: 'gc-agentless-reuses-existing',
    holds: async ({ c }) => {
      const ids = await messageState(c, 'sms');
      const sent = await c.call('POST', `${MESSAGES}/agentless`, { body: { fromAddress: '+13175550199', toAddress: ids.customerAddress, toAddressMessengerType: 'sms', textBody: 'Your parcel is on its way.' } });
      return sent.status === 200 && sent.body.conversationId !== ids.conversationId;
    },
  },
  {
    fault: 'gc-normalized-message-ignored',
    holds: async ({ c }) => {
      const ids = await messageState(c);
      const body = (await c.call('GET', `${MESSAGES}/${ids.conversationId}/messages/${ids.messageId}`, { query: { useNormalizedMessage: 'true' } })).body;
      return body.textBody === undefined && body.media === undefined;
    },
  },
  {
    fault: 'gc-sms-text-over-765-accepted',
    holds: async ({ c }) => {
      const path = `${messagingPath(await messageState(c, 'sms'))}/messages`;
      return (await c.call('POST', path, { body: { textBody: 'z'.repeat(765) } })).status === 200 && (await c.call('POST', path, { body: { textBody: 'z'.repeat(766) } })).status === 400;
    },
  },
  { fault: 'gc-media-list-rejects-paging', holds: async ({ c }) => (await c.call('GET', `${messagingPath(await messageState(c))}/messages/media`, { query: { pageSize: '5', pageNumber: '1', status: 'valid' } })).status === 200 },
  { fault: 'gc-page-size-plus-one', holds: async ({ c }) => (await c.call('GET', '/api/v2/conversations/messaging/integrations', { query: { pageSize: '1' } })).body.entities.length <= 1 },
  {
    fault: 'gc-page-overlaps-previous',
    holds: async ({ c }) => {
      const page = async (pageNumber: string) => (await c.call('GET', '/api/v2/conversations/messaging/integrations', { query: { pageSize: '1', pageNumber } })).body.entities[0]?.id as string | undefined;
      return (await page('1')) !== (await page('2'));
    },
  },
  { fault: 'gc-integrations-rejects-filters', holds: async ({ c }) => (await c.call('GET', '/api/v2/conversations/messaging/integrations', { query: { 'supportedContent.id': 'x', 'messagingSetting.id': 'y' } })).status === 200 },
  { fault: 'gc-provisional-wrapup-requires-code', holds: async ({ c }) => (await c.call('POST', `${communicationPath(EMAILS, await emailState(c))}/wrapup`, { body: { provisional: true, notes: 'pending' } })).status === 202 },
  {
    fault: 'gc-provisional-wrapup-not-readable',
    holds: async ({ c }) => {
      const path = `${communicationPath(EMAILS, await emailState(c))}/wrapup`;
      await c.call('POST', path, { body: { provisional: true, notes: 'pending' } });
      const read = (await c.call('GET', path, { query: { provisional: 'true' } })).body;
      return read.provisional === true && read.notes === 'pending';
    },
  },
];
