import type { Json } from './gws-client';

const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The call of a /v2/me/calls notification (its data member), or undefined. */
export function callOf(data: unknown): Json | undefined {
  return isObject(data) && isObject(data.call) ? data.call : undefined;
}

/** A call notification of one call with one notificationType (StatusChange, CallRecordingStateChange, DtmfSent...). */
export function isCallNotification(callId: string, notificationType: string): (data: unknown) => boolean {
  const named = (data: unknown) => isObject(data) && data.notificationType === notificationType && callOf(data)?.id === callId;
  Object.defineProperty(named, 'name', { value: `${notificationType} of call ${callId}` });
  return named;
}

/**
 * The interaction an InteractionStateMessage describes: its "interaction" member, or the message
 * itself in the flat shape (gws.notify-interaction-envelope-shapes).
 */
export function interactionOf(data: unknown): Json | undefined {
  if (!isObject(data)) return undefined;
  return isObject(data.interaction) ? data.interaction : data;
}

/** An InteractionStateMessage about one interaction in one state. */
export function isInteractionState(interactionId: string | undefined, state: string): (data: unknown) => boolean {
  return (data) => {
    const interaction = interactionOf(data);
    return interaction !== undefined && interaction.state === state && (interactionId === undefined || interaction.id === interactionId);
  };
}

/** The subtype of an interaction, under either of the names the document uses (subType, interactionSubType). */
export function subTypeOf(interaction: Json): unknown {
  return interaction.interactionSubType ?? interaction.subType;
}

/**
 * An e-mail field of an interaction by name, whatever its case (ToAddress or toAddress,
 * gws.notify-email-object-field-case): from email_object first, then from content.
 */
export function emailField(interaction: Json, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const holder of [interaction.email_object, interaction.content]) {
    if (!isObject(holder)) continue;
    const key = Object.keys(holder).find((k) => k.toLowerCase() === wanted);
    if (key !== undefined && typeof holder[key] === 'string') return holder[key];
  }
  return undefined;
}

/** The entries of a ChannelStateChanged notification (data.channels), or none. */
export function channelEntries(data: unknown): Json[] {
  return isObject(data) && Array.isArray(data.channels) ? data.channels.filter(isObject) : [];
}

/** The devices of a DeviceStateChangeMessage (data.devices), or none. */
export function deviceEntries(data: unknown): Json[] {
  return isObject(data) && Array.isArray(data.devices) ? data.devices.filter(isObject) : [];
}

/** Names of capabilities as a list of strings (empty when absent). */
export function capabilitiesOf(resource: Json | undefined): string[] {
  return Array.isArray(resource?.capabilities) ? (resource.capabilities as unknown[]).map(String) : [];
}
