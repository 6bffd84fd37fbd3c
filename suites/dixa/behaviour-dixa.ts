import type { ContractRegistry } from '../../src/harness/contracts';
import type { Exchange } from '../../src/harness/http/exchange';
import type { ProviderStates } from '../../src/harness/fixtures/provider-states';
import type { TargetApi } from '../../src/harness/fixtures/target-api';
import type { FamilyTarget } from '../../src/harness/profile/target-profile';
import { bodyOf, Caller, given, roleOf, type Json } from '../generic/behaviour-support';

/** What the Dixa behaviour suites share: one caller, the provider states they use, and `data` of a body. */
export const FAMILY = 'dixa';
export const TAGS = { tag: ['@behaviour', '@dixa'] };

/** Dixa has one kind of API token; an administrator's is preferred for writes. */
export function dixa(api: TargetApi, contracts: ContractRegistry, target: FamilyTarget): Caller {
  return new Caller(api, contracts, FAMILY, roleOf(target, ['Administrator', 'Agent']));
}

/** `data` of a Dixa body: the envelope every success response uses. */
export const dataOf = (exchange: Exchange): Json => {
  const data: unknown = bodyOf(exchange).data;
  return data !== null && typeof data === 'object' ? data : {};
};

/** `data` of a list body, as items. */
export const itemsOf = (exchange: Exchange): Json[] => {
  const data: unknown = bodyOf(exchange).data;
  return Array.isArray(data) ? (data as Json[]) : [];
};

export type ConversationState = 'Open' | 'Closed';

/** An Email conversation with one inbound message, in a non-default queue (provider state). */
export function conversationIn(providerStates: ProviderStates, state: ConversationState = 'Open'): Promise<{ conversationId: number; messageId: string }> {
  return given(providerStates, 'a conversation exists in state', { state });
}

export async function agentsExist(providerStates: ProviderStates, count: number): Promise<string[]> {
  return (await given<{ agentIds: string[] }>(providerStates, 'agents exist', { count })).agentIds;
}

export async function endUsersExist(providerStates: ProviderStates, count: number): Promise<string[]> {
  return (await given<{ userIds: string[] }>(providerStates, 'end users exist', { count })).userIds;
}

export function tagIn(providerStates: ProviderStates, state: 'Active' | 'Inactive'): Promise<{ tagId: string }> {
  return given(providerStates, 'a tag exists in state', { state });
}

/** A message body of the contract's MessageInput: text content, Inbound unless said otherwise. */
export function message(value: string, extra: Json = {}): Json {
  return { _type: 'Inbound', content: { _type: 'Text', value }, ...extra };
}
