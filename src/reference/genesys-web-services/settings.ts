import type { OperationContract } from '../../harness/contracts';
import type { FaultSet } from '../faults/fault-catalogue';
import type { Handler, ReferenceRequest } from '../http/reference-types';
import { GwsFailure, guarded, notFound, ok } from './envelope';
import { bodyObject, plainBody, text } from './request-body';
import type { GwsState, SettingsGroup } from './types';
import { uri } from './uris';

type Json = Record<string, unknown>;

/** Settings groups the system defines (not user-defined, never deletable). */
const BUILT_IN = [
  { name: 'general-settings', displayName: 'General' },
  { name: 'reporting', displayName: 'Real-Time Reporting' },
  { name: 'agent-states', displayName: 'Agent States' },
] as const;

/** GET /settings: every settings group of the contact center. */
export const getSettings: Handler<GwsState> = (request, state) =>
  guarded(request, () => {
    const groups = [...BUILT_IN, ...state.settingsGroups.values()].map((g) => ({ displayName: g.displayName, name: g.name, uri: uri(state, `/settings/${g.name}`), ...('key' in g ? { key: g.key } : {}) }));
    return ok(request, { settings: groups });
  });

/** POST /settings: a new settings group; "key" defaults to "name" (gws.envelope.settings-key-default). */
export const postSettings: Handler<GwsState> = (request, state) =>
  guarded(request, () => {
    // The members as the contract says: a name (required) made of RFC 3986 unreserved characters
    // and not a dot segment, string displayName and key (ambiguity gws.settings-group-name).
    const body = plainBody(request);
    const name = text(body, 'name');
    if (!name) throw new GwsFailure(1, 'name is required');
    if (!/^[A-Za-z0-9_~-][A-Za-z0-9._~-]*$/.test(name)) throw new GwsFailure(2, 'name must be URI-compatible');
    if (state.settingsGroups.has(name) || BUILT_IN.some((g) => g.name === name)) throw new GwsFailure(2, `settings group ${name} already exists`);
    // Breaks gws.negative.settings-key-required: the key attribute named at creation is ignored, settings are keyed by "name".
    const key = request.faults.has('gws-settings-group-key-ignored') ? 'name' : (text(body, 'key') ?? 'name');
    state.settingsGroups.set(name, { name, displayName: text(body, 'displayName') ?? name, key, settings: [], createdViaApi: true });
    return ok(request, { id: name, uri: uri(state, `/settings/${name}`) });
  });

/** DELETE /settings {name}: only groups created through the API (gws.negative.settings-delete-api-groups-only). */
export const deleteSettings: Handler<GwsState> = (request, state) =>
  guarded(request, () => {
    const body = request.body === undefined ? Object.fromEntries(request.query.entries()) : bodyObject(request);
    const name = text(body, 'name');
    if (!name) throw new GwsFailure(1, 'name is required to identify the settings group');
    const group = state.settingsGroups.get(name);
    if (!group) {
      if (BUILT_IN.some((g) => g.name === name)) throw new GwsFailure(3, `settings group ${name} is defined by the system and cannot be deleted`);
      throw notFound(`settings group ${name}`);
    }
    // Breaks gws.negative.settings-delete-api-groups-only: a Configuration Server group can be deleted.
    if (!group.createdViaApi && !request.faults.has('gws-settings-delete-cs-group')) throw new GwsFailure(3, `settings group ${name} comes from Configuration Server; only groups created via the API can be deleted`);
    state.settingsGroups.delete(name);
    return ok(request);
  });

export const getSettingsGeneralSettings: Handler<GwsState> = (request, state) => guarded(request, () => ok(request, { settings: { ...state.general } }));

/** GET /settings/reporting: both settings, 80 and 60 unless set (gws.negative.reporting-defaults). */
export const getSettingsReporting: Handler<GwsState> = (request, state) =>
  guarded(request, () => {
    // Breaks gws.negative.reporting-defaults: the default target service level is 90.
    const percentage = request.faults.has('gws-reporting-default-wrong') && state.reporting.defaultTargetServiceLevelPercentage === '80' ? '90' : state.reporting.defaultTargetServiceLevelPercentage;
    const settings = [
      { name: 'defaultTargetServiceLevelPercentage', value: percentage },
      { name: 'defaultServiceLevelInterval', value: state.reporting.defaultServiceLevelInterval },
    ];
    return ok(request, { settings: settings.filter((s) => s.value !== undefined), key: 'name' });
  });

/** PUT /settings/reporting {name, value}: a positive interval, a percentage from 1 to 100. */
export const putSettingsReporting: Handler<GwsState> = (request, state) =>
  guarded(request, () => {
    const body = bodyObject(request);
    const name = text(body, 'name');
    if (!name) throw new GwsFailure(1, 'name is required');
    if (body.value === undefined) throw new GwsFailure(1, 'value is required');
    if (typeof body.value !== 'string' && typeof body.value !== 'number') throw new GwsFailure(2, 'value must be a string or an integer');
    const value = String(body.value);
    const integer = /^[0-9]+$/.test(value) ? Number(value) : NaN;
    if (name === 'defaultServiceLevelInterval') {
      // Breaks gws.envelope.error-no-side-effect: a rejected interval is stored before it is checked.
      if (request.faults.has('gws-error-side-effect')) state.reporting.defaultServiceLevelInterval = value;
      // Breaks gws.negative.reporting-interval-positive: any interval is accepted.
      if (!(integer >= 1) && !request.faults.has('gws-reporting-interval-unchecked')) throw new GwsFailure(2, 'defaultServiceLevelInterval must be a positive integer');
      state.reporting.defaultServiceLevelInterval = value;
    } else if (name === 'defaultTargetServiceLevelPercentage') {
      // Breaks gws.negative.reporting-percentage-range: any percentage is accepted.
      if (!(integer >= 1 && integer <= 100) && !request.faults.has('gws-reporting-percentage-unchecked')) throw new GwsFailure(2, 'defaultTargetServiceLevelPercentage must be an integer between 1 and 100');
      state.reporting.defaultTargetServiceLevelPercentage = value;
    } else {
      throw notFound(`reporting setting ${name}`);
    }
    // Breaks gws.envelope.put-only-status: the PUT answers the settings too.
    return ok(request, request.faults.has('gws-put-extra-attributes') ? { settings: [{ name, value }] } : {});
  });

/** A user-defined settings group by name (the built-in groups have their own resources). */
function group(state: GwsState, name: string): SettingsGroup {
  const found = state.settingsGroups.get(name);
  if (!found) throw notFound(`settings group ${name}`);
  return found;
}

/** The key value of a setting in the body: required for POST, PUT and DELETE (gws.negative.user-settings-key-required). */
function keyValue(request: ReferenceRequest, settings: SettingsGroup, body: Json): unknown {
  const value = body[settings.key];
  // Breaks gws.negative.user-settings-key-required: a setting without its key attribute is accepted.
  if ((value === undefined || value === null || value === '') && !request.faults.has('gws-settings-key-unchecked')) throw new GwsFailure(1, `the key attribute "${settings.key}" is required`);
  return value;
}

export const getSettingsByGroupName: Handler<GwsState> = (request, state) =>
  guarded(request, () => {
    const settings = group(state, request.params['group-name'] ?? '');
    return ok(request, { key: settings.key, settings: settings.settings.map((s) => structuredClone(s)) });
  });

/**
 * Breaks gws.negative.user-settings-valid-json: a body that is not JSON reaches POST
 * /settings/{group-name} (family server hook) and is answered as a success.
 */
export const settingsBodyFault = (operation: OperationContract, faults: FaultSet): boolean => operation.operationId === 'postSettingsByGroupName' && faults.has('gws-settings-invalid-json-accepted');

/** POST /settings/{group-name}: a new setting; its key value must be unique (gws.negative.settings-key-unique-readonly). */
export const postSettingsByGroupName: Handler<GwsState> = (request, state) =>
  guarded(request, () => {
    const settings = group(state, request.params['group-name'] ?? '');
    if (typeof request.body === 'string' && settingsBodyFault(request.operation, request.faults)) return ok(request, { uri: uri(state, `/settings/${settings.name}`) });
    const body = bodyObject(request);
    const key = keyValue(request, settings, body);
    // Breaks gws.negative.settings-key-unique-readonly: a second setting with the same key value is created.
    if (settings.settings.some((s) => s[settings.key] === key) && !request.faults.has('gws-settings-key-duplicate')) throw new GwsFailure(2, `a setting with ${settings.key} ${String(key)} already exists`);
    settings.settings.push(structuredClone(body));
    return ok(request, { id: String(key), uri: uri(state, `/settings/${settings.name}`) });
  });

/** PUT /settings/{group-name}: the top-level attributes sent replace their values whole (gws.negative.user-settings-valid-json). */
export const putSettingsByGroupName: Handler<GwsState> = (request, state) =>
  guarded(request, () => {
    const settings = group(state, request.params['group-name'] ?? '');
    const body = bodyObject(request);
    const key = keyValue(request, settings, body);
    const setting = settings.settings.find((s) => s[settings.key] === key);
    if (!setting) throw notFound(`setting ${String(key)} in group ${settings.name}`);
    // Breaks gws.negative.user-settings-valid-json: an object attribute is merged member by member instead of replaced whole.
    if (request.faults.has('gws-settings-put-merges-objects')) mergeInto(setting, structuredClone(body));
    else Object.assign(setting, structuredClone(body));
    return ok(request);
  });

const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Merges JSON objects member by member (arrays and other values replace): what a PUT must not do. */
function mergeInto(target: Json, source: Json): void {
  for (const [name, value] of Object.entries(source)) {
    const current = target[name];
    if (isObject(current) && isObject(value)) mergeInto(current, value);
    else target[name] = value;
  }
}

export const deleteSettingsByGroupName: Handler<GwsState> = (request, state) =>
  guarded(request, () => {
    const settings = group(state, request.params['group-name'] ?? '');
    const key = keyValue(request, settings, bodyObject(request));
    const before = settings.settings.length;
    settings.settings = settings.settings.filter((s) => s[settings.key] !== key);
    if (settings.settings.length === before) throw notFound(`setting ${String(key)} in group ${settings.name}`);
    return ok(request);
  });
