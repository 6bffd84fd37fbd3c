import type { ReferenceRequest } from '../http/reference-types';
import type { GirState, PrivacySettings } from './types';

/** The request header naming a settings scope (provider state "recording privacy settings are scoped"). */
export const SCOPE_HEADER = 'x-cc-privacy-scope';

/** The scope a request names, when it names one that was opened. */
function scopeOf(request: Pick<ReferenceRequest, 'headers'>, state: GirState): string | undefined {
  const value = request.headers[SCOPE_HEADER];
  const scope = Array.isArray(value) ? value[0] : value;
  return scope !== undefined && state.settingScopes.has(scope) ? scope : undefined;
}

/** The privacy settings a request sees: its scope's, else the contact center's. */
export function settingsFor(request: Pick<ReferenceRequest, 'headers'>, state: GirState): PrivacySettings {
  const scope = scopeOf(request, state);
  return scope === undefined ? state.settings : (state.settingScopes.get(scope) ?? state.settings);
}

/** Replaces the privacy settings the request sees. */
export function storeSettings(request: Pick<ReferenceRequest, 'headers'>, state: GirState, settings: PrivacySettings): void {
  const scope = scopeOf(request, state);
  if (scope === undefined) state.settings = settings;
  else state.settingScopes.set(scope, settings);
}
