import { contactEndpointId } from './catalogue';
import { answering } from './answering';
import { badRequest, notFound, ok } from './responses';

/** Read-only reference data: contact endpoints, custom attribute definitions, flows. */
export const referenceDataHandlers = {
  /** "If not provided, all types are listed." */
  getContactEndpoints: answering((request, state) => {
    const type = request.query.get('_type');
    if (type !== null && type !== 'EmailEndpoint' && type !== 'TelephonyEndpoint') throw badRequest('_type is EmailEndpoint or TelephonyEndpoint');
    const filtered = type === null || request.faults.has('dixa-contact-endpoints-type-ignored');
    return ok({ data: structuredClone(state.catalogue.contactEndpoints.filter((e) => filtered || e._type === type)) });
  }),
  getContactEndpointsByContactEndpointId: answering((request, state) => {
    const endpoint = state.catalogue.contactEndpoints.find((e) => contactEndpointId(e) === request.params.contactEndpointId);
    if (!endpoint) throw notFound(`contact endpoint ${request.params.contactEndpointId ?? ''} not found`);
    return ok({ data: structuredClone(endpoint) });
  }),
  getCustomAttributes: answering((_request, state) => {
    const data = state.catalogue.customAttributes.map((d) => ({
      id: d.id,
      label: d.label,
      identifier: d.identifier,
      entityType: d.entityType,
      createdAt: d.createdAt,
      isArchived: false,
      isRequired: false,
      isDeactivated: false,
      inputDefinition: d.input._type === 'Select' ? { _type: 'Select', options: d.input.options.map((o) => ({ ...o, isDeactivated: false })) } : { ...d.input },
    }));
    return ok({ data });
  }),
  /** "If not provided, the default channel is PstnPhone." */
  getConversationsFlows: answering((request, state) => {
    const channel = request.query.get('channel') ?? (request.faults.has('dixa-flows-default-all-channels') ? undefined : 'PstnPhone');
    return ok({ data: structuredClone(state.catalogue.flows.filter((f) => channel === undefined || f.channel === channel)) });
  }),
};
