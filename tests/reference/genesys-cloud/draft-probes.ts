import type { GcClient } from './gc-client';
import { communicationIn, communicationPath, draftPath, EMAIL_REPLY, EMAILS, emailState, participantPath, type FaultProbe } from './probe-context';

interface DraftRead {
  readonly to: unknown[];
  readonly subject: string;
  readonly textBody: string;
  readonly attachments: { attachmentId: string }[];
}

const getDraft = async (c: GcClient, ids: { conversationId: string }) => (await c.call('GET', draftPath(ids))).body as DraftRead;
const conversation = async (c: GcClient, ids: { conversationId: string }): Promise<unknown> => (await c.call('GET', `${EMAILS}/${ids.conversationId}`)).body;

/** Probes of the e-mail draft flow (state machine gc.email-draft). */
export const DRAFT_PROBES: readonly FaultProbe[] = [
  {
    fault: 'gc-draft-get-consumes',
    holds: async ({ c }) => {
      const ids = await emailState(c);
      await c.call('PUT', draftPath(ids), { body: EMAIL_REPLY });
      return (await getDraft(c, ids)).textBody === EMAIL_REPLY.textBody && (await getDraft(c, ids)).textBody === EMAIL_REPLY.textBody;
    },
  },
  {
    fault: 'gc-draft-put-not-stored',
    holds: async ({ c }) => {
      const ids = await emailState(c);
      await c.call('PUT', draftPath(ids), { body: EMAIL_REPLY });
      const draft = await getDraft(c, ids);
      return draft.subject === EMAIL_REPLY.subject && draft.textBody === EMAIL_REPLY.textBody;
    },
  },
  {
    fault: 'gc-draft-autofill-noop',
    holds: async ({ c }) => {
      const ids = await emailState(c);
      const draft = (await c.call('PATCH', draftPath(ids), { query: { autoFill: 'true' } })).body as DraftRead;
      return draft.to.length === 1 && String(draft.subject).startsWith('RE:');
    },
  },
  {
    fault: 'gc-draft-discard-keeps-content',
    holds: async ({ c }) => {
      const ids = await emailState(c);
      await c.call('PUT', draftPath(ids), { body: EMAIL_REPLY });
      await c.call('PATCH', draftPath(ids), { query: { discard: 'true' } });
      const draft = await getDraft(c, ids);
      return draft.textBody === '' && draft.subject === '' && draft.to.length === 0;
    },
  },
  {
    fault: 'gc-draft-copy-attachments-ignored',
    holds: async ({ c }) => {
      const ids = await emailState(c);
      const copied = await c.call('POST', `${draftPath(ids)}/attachments/copy`, { body: { sourceMessage: { id: ids.messageId }, attachments: [{ attachmentId: ids.attachmentIds[0] }] } });
      const listed = (await getDraft(c, ids)).attachments.map((a) => a.attachmentId);
      return copied.status === 200 && listed.includes(ids.attachmentIds[0] ?? '');
    },
  },
  {
    fault: 'gc-draft-attachment-not-deleted',
    holds: async ({ c }) => {
      const ids = await emailState(c);
      await c.call('POST', `${draftPath(ids)}/attachments/copy`, { body: { sourceMessage: { id: ids.messageId }, attachments: ids.attachmentIds.map((attachmentId) => ({ attachmentId })) } });
      const deleted = await c.call('DELETE', `${draftPath(ids)}/attachments/${ids.attachmentIds[0]}`);
      const listed = (await getDraft(c, ids)).attachments.map((a) => a.attachmentId);
      return deleted.status === 204 && !listed.includes(ids.attachmentIds[0] ?? '') && listed.includes(ids.attachmentIds[1] ?? '');
    },
  },
  {
    fault: 'gc-reply-not-added',
    holds: async ({ c }) => {
      const ids = await emailState(c);
      const sent = await c.call('POST', `${EMAILS}/${ids.conversationId}/messages`, { body: EMAIL_REPLY });
      const listed = ((await c.call('GET', `${EMAILS}/${ids.conversationId}/messages`)).body.entities as { id: string }[]).map((m) => m.id);
      return sent.status === 200 && listed.includes(String(sent.body.id));
    },
  },
  {
    fault: 'gc-wrapup-not-stored',
    holds: async ({ c }) => {
      const ids = await emailState(c);
      const code = (await c.call('GET', `${participantPath(EMAILS, ids)}/wrapupcodes`)).body[0].id;
      await c.call('POST', `${communicationPath(EMAILS, ids)}/wrapup`, { body: { code, notes: 'done' } });
      return (await c.call('GET', `${communicationPath(EMAILS, ids)}/wrapup`)).body.code === code;
    },
  },
  {
    fault: 'gc-communication-stays-connected',
    holds: async ({ c }) => {
      const ids = await emailState(c);
      await c.call('PATCH', communicationPath(EMAILS, ids), { body: { state: 'disconnected' } });
      return communicationIn(await conversation(c, ids), ids.participantId)?.state === 'disconnected';
    },
  },
  {
    fault: 'gc-conversation-disconnect-partial',
    holds: async ({ c }) => {
      const ids = await emailState(c);
      await c.call('PATCH', `${EMAILS}/${ids.conversationId}`, { body: { state: 'disconnected' } });
      const after = await conversation(c, ids);
      return [ids.participantId, ids.customerParticipantId].every((p) => communicationIn(after, p)?.state === 'disconnected');
    },
  },
  {
    fault: 'gc-reconnect-noop',
    holds: async ({ c }) => {
      const ids = await emailState(c);
      await c.call('PATCH', `${EMAILS}/${ids.conversationId}`, { body: { state: 'disconnected' } });
      const reconnected = await c.call('POST', `${EMAILS}/${ids.conversationId}/reconnect`);
      const after = await conversation(c, ids);
      return reconnected.status === 202 && [ids.participantId, ids.customerParticipantId].every((p) => communicationIn(after, p)?.state === 'connected');
    },
  },
  {
    fault: 'gc-reconnect-while-connected',
    holds: async ({ c }) => (await c.call('POST', `${EMAILS}/${(await emailState(c)).conversationId}/reconnect`)).status === 400,
  },
];
