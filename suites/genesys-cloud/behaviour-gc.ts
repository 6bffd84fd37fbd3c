import { expect } from '../../src/harness/test';
import type { ContractRegistry } from '../../src/harness/contracts';
import type { ProviderStates } from '../../src/harness/fixtures/provider-states';
import type { TargetApi } from '../../src/harness/fixtures/target-api';
import type { FamilyTarget } from '../../src/harness/profile/target-profile';
import { Caller, given, roleOf, statusOf, told, type Call, type Json } from '../generic/behaviour-support';

/** What the Genesys Cloud behaviour suites share: the agent's caller, the provider states, rejections. */
export const FAMILY = 'genesys-cloud';
export const TAGS = { tag: ['@behaviour', '@genesys-cloud'] };

/** The provider states hand their conversations to the Agent user, whose token the suites use. */
export function agent(api: TargetApi, contracts: ContractRegistry, target: FamilyTarget): Caller {
  return new Caller(api, contracts, FAMILY, roleOf(target, ['Agent']));
}

export interface ParticipantIds {
  readonly conversationId: string;
  readonly participantId: string;
  readonly communicationId: string;
}

export interface EmailIds extends ParticipantIds {
  readonly customerParticipantId: string;
  readonly messageId: string;
  readonly attachmentIds: string[];
}

export interface MessageIds extends ParticipantIds {
  readonly customerParticipantId: string;
  readonly messageId: string;
  readonly messengerType: string;
  readonly customerAddress: string;
  readonly queueId?: string;
}

export const emailConversation = (providerStates: ProviderStates) => given<EmailIds>(providerStates, 'an e-mail conversation with a draft exists');
export const messageConversation = (providerStates: ProviderStates, messengerType = 'open') => given<MessageIds>(providerStates, 'a message conversation exists', { messengerType });
export const externalEmail = (providerStates: ProviderStates) => given<{ conversationId: string; provider: string; customerAddress: string }>(providerStates, 'an external e-mail conversation exists');

/** Expects each request to be rejected with 400, naming what it lacks or breaks. */
export async function rejects(gc: Caller, requests: Readonly<Record<string, Call>>): Promise<void> {
  for (const [what, request] of Object.entries(requests)) {
    const answer = await gc.call(request);
    expect(statusOf(answer), `${what}: ${told(answer)}`).toBe(400);
  }
}

/** The participant of a conversation read model, by id. */
export function participantIn(conversation: Json, participantId: string): Json | undefined {
  const participants = Array.isArray(conversation.participants) ? (conversation.participants as Json[]) : [];
  return participants.find((p) => p.id === participantId);
}

/** Whether a participant of a conversation read model is disconnected (its state, else all its communications). */
export function isDisconnected(participant: Json | undefined): boolean {
  if (participant === undefined) return false;
  if (typeof participant.state === 'string') return participant.state === 'disconnected';
  const communications = Array.isArray(participant.communications) ? (participant.communications as Json[]) : [];
  return communications.length > 0 && communications.every((c) => c.state === 'disconnected');
}

export const long = (n: number): string => 'x'.repeat(n);
