import type { Channel } from './state';

/** Reference data the API reads but never writes: definitions, endpoints, flows, analytics. */

export interface SelectOptionRecord {
  readonly id: string;
  readonly label: string;
  readonly value: string;
}

export interface CustomAttributeDefinitionRecord {
  readonly id: string;
  readonly entityType: 'Contact' | 'Conversation';
  readonly identifier: string;
  readonly label: string;
  readonly createdAt: string;
  readonly input: { readonly _type: 'Select'; readonly options: readonly SelectOptionRecord[] } | { readonly _type: 'Text'; readonly placeholder?: string };
}

export type ContactEndpointRecord =
  | { readonly _type: 'EmailEndpoint'; readonly address: string; readonly name?: string; readonly senderOverride?: string }
  | { readonly _type: 'TelephonyEndpoint'; readonly number: string; readonly name?: string; readonly functionality?: readonly ('Sms' | 'VoiceInbound' | 'VoiceOutbound')[] };

export interface FlowRecord {
  readonly id: string;
  readonly name: string;
  readonly channel: Channel;
  readonly contactEndpointId: string;
}

export interface MetricDefinition {
  readonly id: string;
  readonly description: string;
  readonly filters: readonly string[];
  readonly aggregations: readonly string[];
  readonly relatedRecordIds: readonly string[];
}

export interface RecordDefinition {
  readonly id: string;
  readonly description: string;
  readonly filters: readonly string[];
  readonly fields: readonly { readonly field: string; readonly description: string; readonly nullable: boolean }[];
  readonly relatedMetricIds: readonly string[];
}

export interface Catalogue {
  readonly customAttributes: readonly CustomAttributeDefinitionRecord[];
  readonly contactEndpoints: readonly ContactEndpointRecord[];
  /** Addresses usable as emailIntegrationId when creating Email/ContactForm conversations. */
  readonly emailIntegrations: readonly string[];
  readonly widgets: readonly string[];
  readonly flows: readonly FlowRecord[];
  readonly metrics: readonly MetricDefinition[];
  readonly records: readonly RecordDefinition[];
}

/** The id a contact endpoint is addressed by: its address or its number. */
export function contactEndpointId(endpoint: ContactEndpointRecord): string {
  return endpoint._type === 'EmailEndpoint' ? endpoint.address : endpoint.number;
}
