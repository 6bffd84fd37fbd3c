import type { Handler } from '../http/reference-types';
import { guarded, notFound, ok } from './envelope';
import type { GwsState, Service } from './types';
import { uri } from './uris';
import { listBody } from './views';

export function serviceView(service: Service, faults?: { has(id: string): boolean }): Record<string, unknown> {
  // Breaks gws.schema.response-matches-contract: a service type outside the documented enumeration.
  const type = service.type === 'Voice' && faults?.has('gws-service-type-wrong-enum') ? 'Telephony' : service.type;
  return { id: service.id, name: service.name, type, state: service.state };
}

export const getServices: Handler<GwsState> = (request, state) =>
  guarded(request, () => ok(request, listBody(request, 'services', [...state.serviceResources.values()].map((s) => serviceView(s, request.faults)), (s) => uri(state, `/services/${String(s.id)}`))));

export const getServicesById: Handler<GwsState> = (request, state) =>
  guarded(request, () => {
    const service = state.serviceResources.get(request.params.id ?? '');
    if (!service) throw notFound(`service ${request.params.id ?? ''}`);
    return ok(request, { service: serviceView(service, request.faults) });
  });

/** A service changes state: ServiceStateChangeMessage on /notifications/services (gws.notification.service-state-change). */
export function changeServiceState(state: GwsState, service: Service, to: Service['state'], faults: { has(id: string): boolean }): void {
  service.state = to;
  // Breaks gws.notification.service-state-change: the change is not announced.
  if (faults.has('gws-service-change-not-announced')) return;
  state.notifier.broadcast('/notifications/services', { messageType: 'ServiceStateChangeMessage', service: serviceView(service) });
}
