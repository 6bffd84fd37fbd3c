import { expect } from '@playwright/test';
import type { ClauseLedger } from '../clause-ledger';
import { draftContent, type DraftContent } from './reply-model';

export interface Answer {
  readonly status: number;
  readonly json: unknown;
  readonly text: string;
}

/** The ids of the conversation the provider state prepared. */
export interface EmailIds {
  readonly conversationId: string;
  readonly participantId: string;
  readonly communicationId: string;
  readonly customerParticipantId: string;
  readonly messageId: string;
  readonly customerAddress: string;
}

/** The target side of the e-mail reply model. */
export interface EmailReplyReal {
  readonly ledger: ClauseLedger;
  readonly ids: EmailIds;
  /** Wrap-up codes the agent participant may use. */
  readonly wrapupCodes: readonly string[];
  send(method: string, path: string, operationId: string, body?: unknown, query?: Readonly<Record<string, string>>): Promise<Answer>;
}

export const EMAILS = '/api/v2/conversations/emails';
export const draftPath = (ids: EmailIds) => `${EMAILS}/${ids.conversationId}/messages/draft`;
export const communicationPath = (ids: EmailIds) => `${EMAILS}/${ids.conversationId}/participants/${ids.participantId}/communications/${ids.communicationId}`;

/** A reply body with every required field (from, textBody, to), minus `without`. */
export function replyBody(ids: EmailIds, subject: string, textBody: string, without?: 'from' | 'textBody' | 'to'): Record<string, unknown> {
  const body: Record<string, unknown> = { to: [{ email: ids.customerAddress }], from: { email: 'support@example.com' }, subject, textBody };
  if (without) delete body[without];
  return body;
}

/**
 * Reads the draft twice: reading must not change it (gc.email-draft.get), so every command that
 * looks at the draft proves that first, before the clause it is about.
 */
export async function readDraft(real: EmailReplyReal): Promise<DraftContent> {
  const first = await real.send('GET', draftPath(real.ids), 'getConversationsEmailMessagesDraft');
  const second = await real.send('GET', draftPath(real.ids), 'getConversationsEmailMessagesDraft');
  await real.ledger.check('gc.email-draft.get', () => {
    expect(first.status, `GET draft: ${first.text.slice(0, 200)}`).toBe(200);
    expect(draftContent(second.json), 'a second read of the draft shows the same draft').toEqual(draftContent(first.json));
  });
  return draftContent(first.json);
}

/** The state of each participant's e-mail communications, by participant id. */
export async function communicationStates(real: EmailReplyReal): Promise<Record<string, string[]>> {
  const answer = await real.send('GET', `${EMAILS}/${real.ids.conversationId}`, 'getConversationsEmail');
  const participants = ((answer.json as { participants?: { id?: unknown; communications?: { state?: unknown }[] }[] } | undefined)?.participants ?? []);
  return Object.fromEntries(participants.map((p) => [String(p.id), (p.communications ?? []).map((c) => String(c.state))]));
}
