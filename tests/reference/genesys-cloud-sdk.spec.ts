import { expect, test } from '@playwright/test';
import platformClient from 'purecloud-platform-client-v2';
import { loadContracts } from '../../src/harness/contracts';
import { repoRoot } from '../../src/harness/repo-root';
import { withTarget, type GcClient } from './genesys-cloud/gc-client';
import { emailState, recordingState } from './genesys-cloud/probe-context';

/**
 * End to end with the official Genesys Cloud JavaScript SDK: pointed at the reference through its
 * gateway setting (which adds no path prefix: /api/v2/... is served at the root of the port), it
 * calls the recording update and the e-mail draft flow and gets parsed models back.
 */
const contracts = loadContracts({ root: repoRoot(), checkStructure: false, examples: false });

function sdkFor(c: GcClient) {
  const client = platformClient.ApiClient.instance;
  client.setGateway({ host: '127.0.0.1', protocol: 'http', port: Number(new URL(c.baseUrl).port) });
  client.setAccessToken(c.token('Agent'));
  return { conversations: new platformClient.ConversationsApi(), recordings: new platformClient.RecordingApi() };
}

test('the SDK drives the e-mail draft flow: get, auto-fill, update, send the reply', async () => {
  await withTarget(contracts, [], async (c) => {
    const ids = await emailState(c);
    const { conversations } = sdkFor(c);
    const initial = await conversations.getConversationsEmailMessagesDraft(ids.conversationId);
    expect(initial).toMatchObject({ to: [], textBody: '' });
    const filled = await conversations.patchConversationsEmailMessagesDraft(ids.conversationId, { autoFill: true });
    expect(filled.to[0]?.email).toBe(ids.customerAddress);
    const reply = { ...filled, subject: 'RE: Question about my account', textBody: 'Please try resetting your password.' };
    const updated = await conversations.putConversationsEmailMessagesDraft(ids.conversationId, reply);
    expect(updated.textBody).toBe(reply.textBody);
    expect((await conversations.getConversationsEmailMessagesDraft(ids.conversationId)).textBody).toBe(reply.textBody);
    const sent = await conversations.postConversationsEmailMessages(ids.conversationId, reply);
    expect(sent).toMatchObject({ subject: reply.subject, textBody: reply.textBody });
    const messages = await c.call('GET', `/api/v2/conversations/emails/${ids.conversationId}/messages`);
    expect(messages.body.entities.map((m: { textBody: string }) => m.textBody)).toContain(reply.textBody);
    const discarded = await conversations.patchConversationsEmailMessagesDraft(ids.conversationId, { discard: true });
    expect(discarded.textBody).toBe('');
  });
});

// The SDK rejects with the parsed error body itself (returnExtended is off by default).
test('the SDK sees the documented 400 when the draft lacks textBody', async () => {
  await withTarget(contracts, [], async (c) => {
    const ids = await emailState(c);
    const { conversations } = sdkFor(c);
    const invalid = { to: [{ email: 'pat@example.org' }], from: { email: 'support@example.com' } } as unknown as platformClient.Models.EmailMessage;
    await expect(conversations.putConversationsEmailMessagesDraft(ids.conversationId, invalid)).rejects.toMatchObject({ status: 400, code: 'bad.request', message: expect.any(String) });
  });
});

test('the SDK updates a recording: clearExport, annotations, the Recording back', async () => {
  await withTarget(contracts, [], async (c) => {
    const ids = await recordingState(c);
    const { recordings } = sdkFor(c);
    const recording = await recordings.putConversationRecording(
      ids.conversationId,
      ids.recordingId,
      { annotations: [{ type: 'bookmark', name: 'Customer confirms', description: 'Confirmation', location: 1200 }], deleteDate: '2031-01-01T00:00:00.000Z' },
      { clearExport: true },
    );
    expect(recording.id).toBe(ids.recordingId);
    expect(recording.exportDate).toBeUndefined();
    expect(recording.deleteDate).toBe('2031-01-01T00:00:00.000Z');
    expect(recording.annotations?.[0]?.description).toBe('Confirmation');
    expect(recording.mediaUris).toBeNull();
  });
});
