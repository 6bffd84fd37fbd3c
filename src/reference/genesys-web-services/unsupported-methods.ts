import type { FaultSet } from '../faults/fault-catalogue';
import type { ReferenceResponse, UndocumentedHandler, UndocumentedRequest } from '../http/reference-types';
import { errorBody } from './envelope';
import { text } from './request-body';
import type { GwsState } from './types';
import { uri } from './uris';

type Json = Record<string, unknown>;

/*
 * Methods the contract does not give a path are refused by the family server with 405 (statusCode
 * 3). The faults here serve some of them, so that the checks of the clauses saying they are not
 * supported can be seen to fail: the feature set modified through the API, POST and DELETE on
 * /settings/reporting.
 */

const success = (extra: Json = {}): ReferenceResponse => ({ status: 200, body: { statusCode: 0, ...extra } });
const refusal = (status: number, message: string): ReferenceResponse => ({ status, body: errorBody(status, message) });
const bodyOf = (request: UndocumentedRequest): Json => (request.body !== null && typeof request.body === 'object' && !Array.isArray(request.body) ? (request.body as Json) : {});
/** POST /features or /system/features {id, displayName, description}: adds the feature to the contact center. */
const createFeature: UndocumentedHandler<GwsState> = (request, state) => {
  const body = bodyOf(request);
  const id = text(body, 'id');
  if (!id) return refusal(400, 'id is required');
  state.parkedFeatures.delete(id);
  state.features.set(id, { id, displayName: text(body, 'displayName') ?? id, description: text(body, 'description') ?? '' });
  return success({ id, uri: uri(state, `/features/${id}`) });
};

/** PUT or POST /features/{id} {displayName, description}: changes the feature's attributes. */
const modifyFeature: UndocumentedHandler<GwsState> = (request, state) => {
  const id = request.params.id ?? '';
  const where = [state.features, state.parkedFeatures].find((features) => features.has(id));
  const feature = where?.get(id);
  if (!where || !feature) return refusal(404, `feature ${id} not found`);
  const body = bodyOf(request);
  where.set(id, { ...feature, displayName: text(body, 'displayName') ?? feature.displayName, description: text(body, 'description') ?? feature.description });
  return success();
};

const REPORTING_SETTINGS = ['defaultTargetServiceLevelPercentage', 'defaultServiceLevelInterval'] as const;
type ReportingSetting = (typeof REPORTING_SETTINGS)[number];
const isReportingSetting = (name: string | undefined): name is ReportingSetting => REPORTING_SETTINGS.some((s) => s === name);

/** POST /settings/reporting {name, value}: stores the value, unchecked. */
const postReporting: UndocumentedHandler<GwsState> = (request, state) => {
  const body = bodyOf(request);
  const name = text(body, 'name');
  if (!isReportingSetting(name)) return refusal(404, `reporting setting ${name ?? ''} not found`);
  if (typeof body.value !== 'string' && typeof body.value !== 'number') return refusal(400, 'value must be a string or an integer');
  state.reporting[name] = String(body.value);
  return success();
};

/** DELETE /settings/reporting, {name} or no body: removes the setting named, or both. */
const deleteReporting: UndocumentedHandler<GwsState> = (request, state) => {
  const name = text(bodyOf(request), 'name');
  if (name !== undefined && !isReportingSetting(name)) return refusal(404, `reporting setting ${name} not found`);
  for (const setting of name === undefined ? REPORTING_SETTINGS : [name]) delete state.reporting[setting];
  return success();
};

/** The family server's hook: a handler for a method the contract lacks, when a fault serves it. */
export function undocumentedMethodFault(method: string, path: string, faults: FaultSet): UndocumentedHandler<GwsState> | undefined {
  // Breaks gws.negative.features-not-modifiable: POST on the feature lists creates a feature, PUT or POST on a feature changes it.
  if (faults.has('gws-features-modifiable')) {
    if (method === 'POST' && (path === '/api/v2/features' || path === '/api/v2/system/features')) return createFeature;
    if ((method === 'PUT' || method === 'POST') && path === '/api/v2/features/{id}') return modifyFeature;
  }
  // Breaks gws.negative.reporting-post-delete-unsupported: POST on /settings/reporting stores a setting, DELETE removes it.
  if (faults.has('gws-reporting-post-delete-accepted') && path === '/api/v2/settings/reporting') {
    if (method === 'POST') return postReporting;
    if (method === 'DELETE') return deleteReporting;
  }
  return undefined;
}
