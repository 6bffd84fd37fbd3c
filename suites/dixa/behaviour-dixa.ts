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

/** The first address of an EmailEndpoint (an email integration conversations are created on), if the target lists one. */
export async function emailIntegration(d: Caller): Promise<string | undefined> {
  const listed = await d.call({ operationId: 'getContactEndpoints', query: { _type: 'EmailEndpoint' } });
  return itemsOf(listed).map((e): unknown => e.address).find((a): a is string => typeof a === 'string');
}

/** The number of an SMS-enabled TelephonyEndpoint, if the target lists one. */
export async function smsNumber(d: Caller): Promise<string | undefined> {
  const listed = await d.call({ operationId: 'getContactEndpoints', query: { _type: 'TelephonyEndpoint' } });
  const sms = itemsOf(listed).find((e) => Array.isArray(at(e, 'functionality')) && (at(e, 'functionality') as unknown[]).includes('Sms'));
  const number = at(sms, 'number');
  return typeof number === 'string' ? number : undefined;
}

/** The value at a path of keys inside a parsed body, or undefined where the path leaves it. */
export function at(value: unknown, ...path: readonly (string | number)[]): unknown {
  let here = value;
  for (const key of path) {
    if (here === null || typeof here !== 'object') return undefined;
    here = (here as Record<string | number, unknown>)[key];
  }
  return here;
}

/** Whether `value` is an absolute http(s) url. */
export function isUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/**
 * Reads again until `done` holds or `timeoutMs` has passed, and answers the last reading: for what
 * the target does after it answered (an anonymization processed, a delivery logged). Each attempt
 * is a request, so the wait follows the target rather than a fixed sleep.
 */
export async function readUntil<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 3_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value) && Date.now() < deadline) value = await read();
  return value;
}
