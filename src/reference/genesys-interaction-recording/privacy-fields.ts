import type { PrivacySettings } from './types';

/** The names of the two settings of the recording group, as the document spells them. */
export const AGENT_FIELDS = 'metadata.privacy.agent_fields';
export const CUSTOMER_FIELDS = 'metadata.privacy.customer_fields';
export type SettingName = typeof AGENT_FIELDS | typeof CUSTOMER_FIELDS;
export const SETTING_NAMES: readonly SettingName[] = [AGENT_FIELDS, CUSTOMER_FIELDS];

export const SETTING_KEYS: Readonly<Record<SettingName, keyof PrivacySettings>> = {
  [AGENT_FIELDS]: 'agentFields',
  [CUSTOMER_FIELDS]: 'customerFields',
};

/** The search parameters that may appear in a privacy setting (Mask settings and query parameters). */
export const MASKABLE_QUERY_PARAMETERS = ['callerPhoneNumber', 'dialedPhoneNumber', 'userName', 'userData'] as const;

/** The names of one comma-separated setting value, trimmed, blanks dropped. */
export function fieldNames(value: string): string[] {
  return value
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

/** The union of both settings (gir.masking.both-settings-apply). */
export function listedFields(settings: PrivacySettings): Set<string> {
  return new Set([...fieldNames(settings.agentFields), ...fieldNames(settings.customerFields)]);
}
