import type { Handler, ReferenceRequest } from '../http/reference-types';
import { STATUS_OK, girError } from './error-body';
import { SETTING_KEYS, SETTING_NAMES, type SettingName } from './privacy-fields';
import { settingsFor, storeSettings } from './setting-scope';
import type { GirState, PrivacySettings } from './types';

const isSettingName = (name: unknown): name is SettingName => SETTING_NAMES.includes(name as SettingName);
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** getSettingsRecording: both readings of gir.settings-api-shape-unstated at once (a name/value list and the map). */
export const getSettings: Handler<GirState> = (request, state) => {
  // Breaks gir.input.valid-request-accepted: a valid read of the settings by an Administrator is refused.
  if (request.faults.has('gir-settings-read-refused')) return girError(request, 403, 'the recording settings cannot be read');
  const settings = settingsFor(request, state);
  const values = SETTING_NAMES.map((name) => ({ name, value: settings[SETTING_KEYS[name]] }));
  return { status: 200, body: { statusCode: 0, settings: values, ...Object.fromEntries(values.map(({ name, value }) => [name, value])) } };
};

/** The changes a POST/PUT body asks for: a {name, value} setting or the settings map; a string is the reason it is invalid. */
function requestedChanges(body: unknown): Partial<PrivacySettings> | string {
  if (!isObject(body)) return 'the body must be a JSON object: {name, value} or the settings map';
  const entries = 'name' in body ? [[body.name, body.value] as const] : SETTING_NAMES.filter((name) => name in body).map((name) => [name, body[name]] as const);
  if (entries.length === 0) return `name one of ${SETTING_NAMES.join(', ')}`;
  const changes: Partial<PrivacySettings> = {};
  for (const [name, value] of entries) {
    if (!isSettingName(name)) return `unknown setting ${JSON.stringify(name)}; the recording group holds ${SETTING_NAMES.join(', ')}`;
    if (typeof value !== 'string') return `the value of ${name} must be a comma-separated string of field names`;
    changes[SETTING_KEYS[name]] = value;
  }
  return changes;
}

function apply(request: ReferenceRequest, state: GirState, changes: Partial<PrivacySettings>) {
  // Breaks gir.masking.settings-change-effective: changes are acknowledged but never applied.
  if (!request.faults.has('gir-settings-change-ignored')) storeSettings(request, state, { ...settingsFor(request, state), ...changes });
  return { status: 200, body: { ...STATUS_OK } };
}

/** postSettingsRecording and putSettingsRecording: set one or both settings. */
export const writeSettings: Handler<GirState> = (request, state) => {
  const changes = requestedChanges(request.body);
  // Breaks gir.input.invalid-request-rejected: POST answers statusCode 0 to a body it cannot read, changing nothing.
  if (typeof changes === 'string' && request.method === 'POST' && request.faults.has('gir-settings-post-invalid-ignored')) return { status: 200, body: { ...STATUS_OK } };
  return typeof changes === 'string' ? girError(request, 400, changes) : apply(request, state, changes);
};

/** deleteSettingsRecording: a named setting, or both without a body, back to blank. */
export const deleteSettings: Handler<GirState> = (request, state) => {
  const name = isObject(request.body) ? request.body.name : undefined;
  if (name !== undefined && !isSettingName(name)) return girError(request, 404, `no setting ${JSON.stringify(name)} in the recording group`);
  const names = name === undefined ? SETTING_NAMES : [name];
  return apply(request, state, Object.fromEntries(names.map((n) => [SETTING_KEYS[n], ''])));
};
