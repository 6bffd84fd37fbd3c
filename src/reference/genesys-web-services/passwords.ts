import type { ReferenceRequest } from '../http/reference-types';
import { GwsFailure } from './envelope';
import type { GwsState, User } from './types';
import { uri } from './uris';

type Json = Record<string, unknown>;

/** The reference target's Configuration Server password rule: at least 8 characters. */
export const MIN_PASSWORD_LENGTH = 8;

function base64Decoded(value: unknown): string {
  return typeof value === 'string' ? Buffer.from(value, 'base64').toString('utf8') : '';
}

/** The password the caller authenticated with (Basic credentials). */
function presentedPassword(request: ReferenceRequest): string {
  const header = request.headers.authorization ?? '';
  const credentials = Buffer.from(header.replace(/^basic\s+/i, ''), 'base64').toString('utf8');
  return credentials.slice(credentials.indexOf(':') + 1);
}

/**
 * ChangePassword on /me: the result arrives on /v2/me (gws.notification.password-change-me):
 * errorCode 2 when oldPassword is not the current password, 1 when newPassword breaks the rules.
 * The reference target's credentials derive from its secret, so a changed password is recorded
 * but does not replace the credentials the REST API accepts.
 */
export function changeOwnPassword(state: GwsState, request: ReferenceRequest, user: User, body: Json): void {
  const faults = request.faults;
  // Breaks gws.negative.password-base64: oldPassword and newPassword are taken as sent, not base64-decoded.
  const decoded = faults.has('gws-password-not-base64') ? (value: unknown) => (typeof value === 'string' ? value : '') : base64Decoded;
  // Breaks gws.negative.change-password-old-must-match: a wrong old password is reported with errorCode 1.
  const mismatch = { errorCode: faults.has('gws-password-mismatch-code-1') ? 1 : 2, errorMessage: 'Did not enter old password correctly' };
  // Breaks gws.negative.change-password-rules: a too short new password is accepted.
  const weak = decoded(body.newPassword).length < MIN_PASSWORD_LENGTH && !faults.has('gws-password-rules-unchecked');
  const error =
    decoded(body.oldPassword) !== presentedPassword(request)
      ? mismatch
      : weak
        ? { errorCode: 1, errorMessage: `Password does not meet security guidelines (at least ${MIN_PASSWORD_LENGTH} characters)` }
        : undefined;
  if (!error) {
    user.changePasswordOnFirstLogin = false;
    user.password = decoded(body.newPassword);
  }
  // Breaks gws.notification.password-change-me: the result of ChangePassword is not announced.
  if (faults.has('gws-password-change-not-announced')) return;
  state.notifier.publish(user.id, '/v2/me', error ? { notificationType: 'PasswordChangeError', ...error } : { notificationType: 'PasswordChangeSuccessful' });
}

/**
 * ChangePassword (Supervisors and Admins) or ResetPassword (admins) on /users/{id}; the result
 * arrives on /v2/users for supervisors and administrators (gws.notification.password-change-users).
 */
export function changeUserPassword(state: GwsState, request: ReferenceRequest, target: User, name: 'ChangePassword' | 'ResetPassword', body: Json): void {
  const role = request.principal.role;
  const allowed = name === 'ResetPassword' ? role === 'Contact Center Admin' || role === 'Cloud Admin' : role !== 'Agent';
  // Breaks gws.auth.change-password-users-by-id: an Agent may change another user's password.
  // Breaks gws.auth.reset-password-admin: an Agent may reset a password.
  const bent = request.faults.has(name === 'ResetPassword' ? 'gws-agent-may-reset-password' : 'gws-agent-may-change-user-password');
  if (!allowed && !bent) throw new GwsFailure(5, `${name} on /users/{id} is not permitted to ${role}`);
  const tooShort = base64Decoded(body.newPassword).length < MIN_PASSWORD_LENGTH;
  if (!tooShort && name === 'ResetPassword') target.changePasswordOnFirstLogin = true;
  // Breaks gws.notification.password-change-users: the /v2/users notification leaves out userId.
  const reference = { userUri: uri(state, `/users/${target.id}`), ...(request.faults.has('gws-user-password-change-without-user-id') ? {} : { userId: target.id }) };
  state.notifier.broadcast(
    '/v2/users',
    tooShort ? { notificationType: 'PasswordChangeError', errorCode: 1, errorMessage: 'Password does not meet security guidelines', ...reference } : { notificationType: 'PasswordChangeSuccessful', ...reference },
  );
}
