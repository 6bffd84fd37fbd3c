import type { Handler } from '../http/reference-types';
import { guarded, notFound, ok } from './envelope';
import type { Feature, GwsState } from './types';
import { uri } from './uris';
import { listBody } from './views';

const view = (f: Feature) => ({ id: f.id, displayName: f.displayName, description: f.description });

/** GET /features: the contact center's features. */
export const getFeatures: Handler<GwsState> = (request, state) =>
  guarded(request, () => {
    const answer = ok(request, listBody(request, 'features', [...state.features.values()].map(view), (f) => uri(state, `/features/${String(f.id)}`)));
    // Breaks gws.schema.content-type-documented: the list comes as text/plain, a media type the contract does not document.
    return request.faults.has('gws-features-text-plain') ? { ...answer, headers: { 'content-type': 'text/plain' } } : answer;
  });

export const getFeaturesById: Handler<GwsState> = (request, state) =>
  guarded(request, () => {
    const feature = state.features.get(request.params.id ?? '');
    if (!feature) throw notFound(`feature ${request.params.id ?? ''}`);
    // Breaks gws.schema.status-documented: the feature is answered with 203, a status the contract does not list.
    if (request.faults.has('gws-feature-undocumented-status')) return { status: 203, body: { statusCode: 0, feature: view(feature) } };
    return ok(request, { feature: view(feature) });
  });

/** DELETE /features/{id} (Cloud Admin): removes the feature from the contact center. */
export const deleteFeaturesById: Handler<GwsState> = (request, state) =>
  guarded(request, () => {
    const feature = state.features.get(request.params.id ?? '');
    if (!feature) throw notFound(`feature ${request.params.id ?? ''}`);
    state.features.delete(feature.id);
    state.parkedFeatures.set(feature.id, feature);
    return ok(request);
  });

/** GET /system/features: every feature of the system, enabled for this contact center or not. */
export const getSystemFeatures: Handler<GwsState> = (request, state) =>
  guarded(request, () => {
    const all = new Map([...state.systemFeatures, ...state.features.values(), ...state.parkedFeatures.values()].map((f) => [f.id, f]));
    return ok(request, listBody(request, 'features', [...all.values()].map(view), (f) => uri(state, `/system/features/${String(f.id)}`)));
  });
