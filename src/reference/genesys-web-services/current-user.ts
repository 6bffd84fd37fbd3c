import type { ReferenceRequest } from '../http/reference-types';
import { GwsFailure } from './envelope';
import type { GwsState, User } from './types';

/** The user the request's credentials name (the /me of the /me resources). */
export function currentUser(state: GwsState, request: ReferenceRequest): User {
  const user = [...state.users.values()].find((u) => u.userName === request.principal.username);
  if (!user) throw new GwsFailure(6, `user ${request.principal.username} not found`);
  return user;
}

/** Whether the caller administers the contact center (sees every device and call). */
export function isAdmin(request: ReferenceRequest): boolean {
  return request.principal.role === 'Contact Center Admin';
}

/** A user by id, or statusCode 6. */
export function userById(state: GwsState, id: string): User {
  const user = state.users.get(id);
  if (!user) throw new GwsFailure(6, `user ${id} not found`);
  return user;
}
