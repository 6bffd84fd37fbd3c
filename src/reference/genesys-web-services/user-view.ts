import type { FaultSet } from '../faults/fault-catalogue';
import { deviceView } from './device-view';
import type { GwsState, User } from './types';
import { devicesOf } from './user-state';
import { compact } from './views';

/** The subresource collections a request asks for (subresources=* or a comma-separated list). */
export function subresources(value: string | null, known: readonly string[]): string[] {
  if (!value) return [];
  if (value === '*') return [...known];
  return value.split(',').map((s) => s.trim()).filter((s) => known.includes(s));
}

export function skillView(state: GwsState, skillId: string): Record<string, unknown> | undefined {
  const skill = state.skills.get(skillId);
  return skill ? compact({ id: skill.id, name: skill.name, description: skill.description, level: skill.level }) : undefined;
}

/** A user; skills and devices only when asked for as subresources (gws.envelope.subresources). */
export function userView(state: GwsState, user: User, faults: FaultSet, include: readonly string[] = []): Record<string, unknown> {
  return compact({
    id: user.id,
    userName: user.userName,
    firstName: user.firstName,
    lastName: user.lastName,
    roles: user.roles,
    doNotDisturb: user.channels.some((c) => c.dnd) ? 'On' : 'Off',
    changePasswordOnFirstLogin: user.changePasswordOnFirstLogin,
    skills: include.includes('skills') ? user.skills.flatMap((id) => skillView(state, id) ?? []) : undefined,
    devices: include.includes('devices') ? devicesOf(state, user).map((d) => deviceView(state, d, faults)) : undefined,
  });
}
