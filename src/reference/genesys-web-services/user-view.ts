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

/** A skill; "description" is absent when none was created for it (gws.envelope.skill-description-absent). */
export function skillView(state: GwsState, skillId: string, faults?: FaultSet): Record<string, unknown> | undefined {
  const skill = state.skills.get(skillId);
  // Breaks gws.envelope.skill-description-absent: a skill without description shows an empty one.
  const description = skill?.description ?? (faults?.has('gws-skill-empty-description') ? '' : undefined);
  return skill ? compact({ id: skill.id, name: skill.name, description, level: skill.level }) : undefined;
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
