import type { FaultSet } from '../faults/fault-catalogue';
import { compact } from './views';
import type { AgentCondition, AgentStateDefinition, ChannelState, Device, GwsState, User } from './types';

/** The definition whose state, workMode and reason all match the condition, if any. */
export function matchingDefinition(state: GwsState, condition: AgentCondition): AgentStateDefinition | undefined {
  const workMode = condition.state === 'Logout' ? undefined : condition.workMode;
  const reason = condition.state === 'Logout' ? undefined : condition.reason;
  return state.agentStates.find((d) => d.state === condition.state && (d.state === 'Logout' ? undefined : d.workMode) === workMode && (d.state === 'Logout' ? undefined : d.reason) === reason);
}

/**
 * A userState: state, workMode and reason, plus the id and displayName of the agent state
 * definition they match (gws.notification.user-state-definition-match).
 */
export function userStateView(state: GwsState, condition: AgentCondition, faults: FaultSet): Record<string, unknown> {
  const definition = matchingDefinition(state, condition);
  // Breaks gws.notification.user-state-definition-match: the matching definition is not named.
  const named = definition && !faults.has('gws-user-state-without-definition');
  return compact({
    id: named ? definition.id : undefined,
    displayName: named ? definition.displayName : undefined,
    state: condition.state,
    workMode: condition.state === 'Logout' ? undefined : condition.workMode,
    reason: condition.state === 'Logout' ? undefined : condition.reason,
  });
}

export function channelView(state: GwsState, channel: ChannelState, faults: FaultSet): Record<string, unknown> {
  return { channel: channel.name, userState: userStateView(state, channel.condition, faults), dndState: channel.dnd ? 'On' : 'Off' };
}

/** The agent state a device shows: its owner's voice channel. */
export function deviceCondition(state: GwsState, device: Device): AgentCondition {
  const owner = state.users.get(device.userId);
  return owner?.channels.find((c) => c.name === 'voice')?.condition ?? { state: 'NotReady' };
}

export function devicesOf(state: GwsState, user: User): Device[] {
  return [...state.devices.values()].filter((d) => d.userId === user.id);
}
