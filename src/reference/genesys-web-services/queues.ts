import type { Handler, ReferenceRequest } from '../http/reference-types';
import { GwsFailure, guarded, notFound, ok } from './envelope';
import { bodyObject } from './request-body';
import type { GwsState, Queue, RoutingTemplate } from './types';
import { uri } from './uris';
import { compact, filtered, listBody, resolvedUris, selectFields } from './views';

type Json = Record<string, unknown>;

const QUEUE_URIS = ['phoneNumberUri', 'routingTemplateUri'];

function templateView(template: RoutingTemplate): Json {
  return { id: template.id, name: template.name, description: template.description, version: template.version, channel: template.channel, dependencies: [...template.dependencies], enabled: template.enabled, schema: [...template.schema] };
}

/** A queue, with its URI properties, and the objects they name when resolveUri asks (gws.envelope.resolve-uri). */
function queueView(request: ReferenceRequest, state: GwsState, queue: Queue): Json {
  const resolve = resolvedUris(request, QUEUE_URIS);
  const template = state.routingTemplates.find((t) => t.id === queue.routingTemplateId);
  const phoneNumberUri = queue.phoneNumberId ? uri(state, `/phone-numbers/${queue.phoneNumberId}`) : undefined;
  return compact({
    id: queue.id,
    name: queue.name,
    description: queue.description,
    channel: queue.channel,
    internal: queue.internal,
    phoneNumber: resolve.includes('phoneNumberUri') && queue.phoneNumberId ? { id: queue.phoneNumberId, uri: phoneNumberUri, number: queue.phoneNumber } : queue.phoneNumber,
    phoneNumberUri,
    routingTemplateUri: template ? uri(state, `/system/routing-templates/${template.id}`) : undefined,
    routingTemplate: template && resolve.includes('routingTemplateUri') ? templateView(template) : undefined,
  });
}

/** GET /queues: URIs, or queues (fields), filtered by any field such as channel. */
export const getQueues: Handler<GwsState> = (request, state) =>
  guarded(request, () => {
    const queues = filtered(request, [...state.queues.values()].map((q) => queueView(request, state, q)));
    return ok(request, listBody(request, 'queues', queues, (q) => uri(state, `/queues/${String(q.id)}`)));
  });

export const getQueuesById: Handler<GwsState> = (request, state) =>
  guarded(request, () => ok(request, { queue: selectFields(request, queueView(request, state, queueById(state, request.params.id ?? '')), request.query.get('fields')) }));

function queueById(state: GwsState, id: string): Queue {
  const queue = state.queues.get(id);
  if (!queue) throw notFound(`queue ${id}`);
  return queue;
}

/** GET /queues/{id}/settings/call-recording: key callRecording, the percentage of calls recorded. */
export const getQueuesByIdSettingsCallRecording: Handler<GwsState> = (request, state) =>
  guarded(request, () => ok(request, { key: 'callRecording', settings: { callRecording: { percentage: queueById(state, request.params.id ?? '').callRecording.percentage } } }));

/** PUT /queues/{id}/settings/call-recording {percentage}: an integer from 0 to 100. */
export const putQueuesByIdSettingsCallRecording: Handler<GwsState> = (request, state) =>
  guarded(request, () => {
    const queue = queueById(state, request.params.id ?? '');
    const body = bodyObject(request);
    if (body.percentage === undefined) throw new GwsFailure(1, 'percentage is required');
    const percentage = body.percentage;
    if (typeof percentage !== 'number' || !Number.isInteger(percentage) || percentage < 0 || percentage > 100) throw new GwsFailure(2, 'percentage must be an integer from 0 to 100');
    queue.callRecording = { percentage };
    return ok(request);
  });

/** GET /system/routing-templates: URIs, or templates with fields; channel and version filter (AND). */
export const getSystemRoutingTemplates: Handler<GwsState> = (request, state) =>
  guarded(request, () => {
    const templates = filtered(request, state.routingTemplates.map(templateView));
    return ok(request, listBody(request, 'routingTemplates', templates, (t) => uri(state, `/system/routing-templates/${String(t.id)}`)));
  });
