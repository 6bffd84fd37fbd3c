import { randomUUID } from 'node:crypto';
import type { GwsState } from './types';

/** A GUID, as GWS gives users, devices, skills and agent states. */
export function guid(): string {
  return randomUUID();
}

/** A 16-character Interaction Server style id (e.g. 0000Ka8WP8G94H9A), unique within the state. */
export function interactionId(state: GwsState): string {
  state.sequence += 1;
  return `0000Rf${state.sequence.toString(36).toUpperCase().padStart(10, '0')}`;
}

/** A T-Server style call id (16 hex digits), unique within the state. */
export function callId(state: GwsState): string {
  state.sequence += 1;
  return `00710${state.sequence.toString(16).padStart(11, '0')}`;
}
