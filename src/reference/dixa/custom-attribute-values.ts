import type { Catalogue } from './catalogue';
import { badRequest } from './responses';
import type { AttributeValue } from './state';

/** Stored attribute values as the CustomAttribute list of the contract ({id, name, identifier, value}). */
export function customAttributeList(values: Readonly<Record<string, AttributeValue>>, catalogue: Catalogue): Record<string, unknown>[] {
  return Object.entries(values).flatMap(([id, value]) => {
    const definition = catalogue.customAttributes.find((d) => d.id === id);
    return definition ? [{ id, name: definition.label, identifier: definition.identifier, value: structuredClone(value) }] : [];
  });
}

/**
 * Applies a Map[UUID, Option[AttributeValue]] patch: a Select attribute takes a list of its
 * options, a Text attribute a string, null clears (dixa.custom-attributes-option-null).
 */
export function patchCustomAttributes(values: Record<string, AttributeValue>, patch: Readonly<Record<string, AttributeValue | null>>, entityType: 'Contact' | 'Conversation', catalogue: Catalogue): void {
  for (const [id, value] of Object.entries(patch)) {
    const definition = catalogue.customAttributes.find((d) => d.id === id && d.entityType === entityType);
    if (!definition) throw badRequest(`${id} is not a custom attribute of ${entityType}`);
    if (value === null) continue;
    if (definition.input._type === 'Select') {
      const options = definition.input.options.map((o) => o.value);
      if (!Array.isArray(value) || value.some((v) => !options.includes(v))) throw badRequest(`${definition.identifier} takes a list of [${options.join(', ')}]`);
    } else if (typeof value !== 'string') {
      throw badRequest(`${definition.identifier} takes a string`);
    }
  }
  for (const [id, value] of Object.entries(patch)) {
    if (value === null) delete values[id];
    else values[id] = structuredClone(value);
  }
}
