import type { StateMachine } from '../../contracts';

/** The agent state of a channel: the T-Server state and, for a configured agent state, its reason and work mode. */
export interface Condition {
  readonly state: string;
  readonly reason?: string;
  readonly workMode?: string;
}

/** One voice device as the device clauses see it: Do Not Disturb and call forwarding. */
export interface DeviceModel {
  dnd: boolean;
  forwardTo?: string;
}

/**
 * The model of one agent (gws.agent-state, gws.device-state): only the facts the clauses speak
 * of - each channel's condition, the Do Not Disturb overlay of the channels (set for all of them
 * through /me), and the agent's voice device.
 */
export interface AgentModel {
  readonly channels: Record<string, Condition>;
  dnd: boolean;
  readonly device: DeviceModel;
}

/** A custom agent state definition the target prepared (operationName with its state, reason and work mode). */
export interface CustomState {
  readonly id: string;
  readonly operationName: string;
  readonly displayName?: string;
  readonly condition: Condition;
}

/** The gws.device-state state of the device model: DndOffForwardOff, DndOnForwardOn... */
export function deviceStateName(device: Readonly<DeviceModel>): string {
  return `Dnd${device.dnd ? 'On' : 'Off'}Forward${device.forwardTo !== undefined ? 'On' : 'Off'}`;
}

/** The device operations offered in the device's state, from the gws.device-state machine. */
export function deviceCapabilities(machine: StateMachine, device: Readonly<DeviceModel>): string[] {
  return [...(machine.states.find((s) => s.name === deviceStateName(device))?.capabilities ?? [])].sort();
}

/** The device operations the clauses speak of (others, such as supervisor monitoring, are ignored). */
export const DEVICE_OPERATIONS: readonly string[] = ['DoNotDisturbOn', 'DoNotDisturbOff', 'ForwardCallsOn', 'ForwardCallsOff'];
