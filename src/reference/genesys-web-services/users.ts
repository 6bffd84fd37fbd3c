import type { FaultSet } from '../faults/fault-catalogue';
import type { Handler, ReferenceRequest } from '../http/reference-types';
import { bulkResponse, transaction } from './bulk';
import { currentUser, userById } from './current-user';
import { GwsFailure, guarded, notFound, ok } from './envelope';
import { guid } from './ids';
import { changeUserPassword } from './passwords';
import { bodyObject, operationBody, plainBody, text } from './request-body';
import type { GwsState, User } from './types';
import { idFromUri, uri } from './uris';
import { skillView, subresources, userView } from './user-view';
import { listBody } from './views';

type Json = Record<string, unknown>;

const USER_SUBRESOURCES = ['skills', 'devices'];
const ROLES = ['ROLE_ADMIN', 'ROLE_AGENT', 'ROLE_SUPERVISOR'] as const;

function userUri(state: GwsState, id: string): string {
  return uri(state, `/users/${id}`);
}

/** GET /users: URIs, or users with fields=*; subresources=* adds every user's skills and devices. */
export const getUsers: Handler<GwsState> = (request, state) =>
  guarded(request, () => {
    const include = subresources(request.query.get('subresources'), USER_SUBRESOURCES);
    const users = [...state.users.values()].map((u) => userView(state, u, request.faults, include));
    if (include.length > 0 && !request.query.get('fields')) return ok(request, { users });
    return ok(request, listBody(request, 'users', users, (u) => userUri(state, String(u.id))));
  });

/** GET /users/{id}: "user"; skills and devices only as subresources (gws.envelope.subresources). */
export const getUsersById: Handler<GwsState> = (request, state) =>
  guarded(request, () => {
    const user = userById(state, request.params.id ?? '');
    // Breaks gws.envelope.subresources: skills and devices come without being asked for.
    const include = request.faults.has('gws-subresources-always') ? USER_SUBRESOURCES : subresources(request.query.get('subresources'), USER_SUBRESOURCES);
    return ok(request, { user: userView(state, user, request.faults, include) });
  });

/**
 * POST /users: one user, or several in "users" (bulk: statusCode 7 when only some are created).
 * Creating a user is a transaction: a user that cannot be created is not created at all.
 */
export const postUsers: Handler<GwsState> = (request, state) =>
  guarded(request, () => {
    const body = plainBody(request);
    if (Array.isArray(body.users)) {
      const outcomes = (body.users as Json[]).map((spec) => transaction({ userName: spec.userName }, () => createUser(state, spec)));
      const first = outcomes.find((o) => o.ok);
      return bulkResponse(request, outcomes, first?.ok ? { id: first.id, uri: first.uri } : {});
    }
    return ok(request, createUser(state, body));
  });

function createUser(state: GwsState, spec: Json): { id: string; uri: string } {
  const userName = text(spec, 'userName');
  if (!userName) throw new GwsFailure(1, 'userName is required');
  if ([...state.users.values()].some((u) => u.userName === userName)) throw new GwsFailure(3, 'Operation forbidden, username already exists');
  const roles = rolesOf(spec.roles) ?? ['ROLE_AGENT'];
  const user: User = {
    id: guid(),
    userName,
    firstName: text(spec, 'firstName') ?? '',
    lastName: text(spec, 'lastName') ?? '',
    roles,
    skills: [],
    changePasswordOnFirstLogin: spec.changePasswordOnFirstLogin === true,
    channels: state.channelNames.map((name) => ({ name, condition: { state: 'NotReady' }, dnd: false })),
    ...(text(spec, 'password') !== undefined ? { password: text(spec, 'password') } : {}),
  };
  state.users.set(user.id, user);
  return { id: user.id, uri: userUri(state, user.id) };
}

function rolesOf(value: unknown): User['roles'] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || !value.every((r): r is User['roles'][number] => (ROLES as readonly unknown[]).includes(r))) throw new GwsFailure(2, `roles must be a list of ${ROLES.join(', ')}`);
  return [...new Set(value)];
}

/** DELETE /users {uris}: a bulk delete (partial success when some URIs name no user). */
export const deleteUsers: Handler<GwsState> = (request, state) =>
  guarded(request, () => {
    const body = plainBody(request);
    const uris = (body.uris as string[] | undefined) ?? [];
    if (uris.length === 0) throw new GwsFailure(1, 'uris is required');
    return bulkResponse(request, uris.map((u) => transaction({ uri: u }, () => removeUser(state, request, idFromUri(u), u))));
  });

/** DELETE /users/{id}: an Agent may delete only their own user. */
export const deleteUsersById: Handler<GwsState> = (request, state) =>
  guarded(request, () => {
    const id = request.params.id ?? '';
    removeUser(state, request, id, userUri(state, id));
    return ok(request);
  });

function removeUser(state: GwsState, request: ReferenceRequest, id: string, given: string): { id: string; uri: string } {
  const user = userById(state, id);
  if (request.principal.role === 'Agent' && user.userName !== request.principal.username) throw new GwsFailure(5, `an Agent may delete only their own user`);
  state.users.delete(user.id);
  for (const device of state.devices.values()) if (device.userId === user.id) device.userId = '';
  return { id: user.id, uri: given };
}

/**
 * POST /users/{id}: without operationName an update (roles replace the role set,
 * gws.negative.user-roles-replace); ChangePassword and ResetPassword as the Asynchronous Operations say.
 */
export const postUsersById: Handler<GwsState> = (request, state) =>
  guarded(request, () => {
    const target = userById(state, request.params.id ?? '');
    const raw = bodyObject(request);
    if (raw.operationName === undefined) {
      const body = plainBody(request);
      if (request.principal.role === 'Agent' && target.userName !== request.principal.username) throw new GwsFailure(5, 'an Agent may update only their own user');
      updateUser(target, body, request.faults);
      return ok(request);
    }
    const { name, body } = operationBody(request);
    changeUserPassword(state, request, target, name as 'ChangePassword' | 'ResetPassword', body);
    return ok(request);
  });

function updateUser(user: User, body: Json, faults: FaultSet): void {
  const roles = rolesOf(body.roles);
  // Breaks gws.negative.user-roles-replace: the roles sent are added to the user's roles instead of replacing them.
  if (roles) user.roles = faults.has('gws-user-roles-merged') ? [...new Set([...user.roles, ...roles])] : roles;
  if (typeof body.firstName === 'string') user.firstName = body.firstName;
  if (typeof body.lastName === 'string') user.lastName = body.lastName;
  if (typeof body.password === 'string') user.password = body.password;
  if (typeof body.changePasswordOnFirstLogin === 'boolean') user.changePasswordOnFirstLogin = body.changePasswordOnFirstLogin;
}

/** The skills of a user, as URIs or (fields) skill objects. */
function skillsBody(request: ReferenceRequest, state: GwsState, user: User): Json {
  const skills = user.skills.flatMap((id) => skillView(state, id) ?? []) as Json[];
  return listBody(request, 'skills', skills, (s) => uri(state, `/skills/${String(s.id)}`));
}

export const getUsersByUserIdSkills: Handler<GwsState> = (request, state) => guarded(request, () => ok(request, skillsBody(request, state, userById(state, request.params.user_id ?? ''))));

export const getUsersByUserIdSkillsBySkillId: Handler<GwsState> = (request, state) =>
  guarded(request, () => ok(request, { skill: userSkill(state, userById(state, request.params.user_id ?? ''), request.params.skill_id ?? '') }));

/** POST /users/{user_id}/skills {uris}: assigns skills (Assign: only statusCode 0; partial success per URI). */
export const postUsersByUserIdSkills: Handler<GwsState> = (request, state) =>
  guarded(request, () => {
    const user = userById(state, request.params.user_id ?? '');
    const uris = (plainBody(request).uris as string[] | undefined) ?? [];
    if (uris.length === 0) throw new GwsFailure(1, 'uris is required');
    const outcomes = uris.map((u) =>
      transaction({ uri: u }, () => {
        const id = idFromUri(u);
        if (!state.skills.has(id)) throw notFound(`skill ${u}`);
        if (!user.skills.includes(id)) user.skills.push(id);
        return { id, uri: u };
      }),
    );
    return bulkResponse(request, outcomes);
  });

/** GET /me/skills: the caller's skills. */
export const getMeSkills: Handler<GwsState> = (request, state) => guarded(request, () => ok(request, skillsBody(request, state, currentUser(state, request))));

export const getMeSkillsBySkillId: Handler<GwsState> = (request, state) =>
  guarded(request, () => ok(request, { skill: userSkill(state, currentUser(state, request), request.params.skill_id ?? '') }));

/** One skill of a user; a skill the user does not have is statusCode 6. */
function userSkill(state: GwsState, user: User, skillId: string): Json {
  const skill = user.skills.includes(skillId) ? skillView(state, skillId) : undefined;
  if (!skill) throw notFound(`skill ${skillId} of user ${user.userName}`);
  return skill;
}

/** GET /skills: URIs, or skills with fields (gws.envelope.skill-description-absent). */
export const getSkills: Handler<GwsState> = (request, state) =>
  guarded(request, () => {
    const skills = [...state.skills.keys()].flatMap((id) => skillView(state, id, request.faults) ?? []) as Json[];
    return ok(request, listBody(request, 'skills', skills, (s) => uri(state, `/skills/${String(s.id)}`)));
  });

export const getSkillsById: Handler<GwsState> = (request, state) =>
  guarded(request, () => {
    const id = request.params.id ?? '';
    // Breaks gws.read.existing-resource-returned: an existing skill is reported as not found.
    const skill = request.faults.has('gws-existing-skill-not-found') ? undefined : skillView(state, id, request.faults);
    if (!skill) throw notFound(`skill ${id}`);
    return ok(request, { skill });
  });
