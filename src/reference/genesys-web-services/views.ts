import type { ReferenceRequest } from '../http/reference-types';

type Json = Record<string, unknown>;

/** Query parameters that shape a response rather than filter it (Request Parameters). */
const SHAPING = new Set(['fields', 'subresources', 'resolveUri', 'resolveUris']);

/**
 * Object Fields: without `fields` a list answers the objects' URIs; `fields=*` every field;
 * `fields=a,b` only those (gws.envelope.list-returns-uris, list-fields-returns-objects, fields-selects-fields).
 */
export function listBody(request: ReferenceRequest, plural: string, objects: readonly Json[], uriOf: (object: Json) => string): Json {
  const fields = request.query.get('fields');
  if (!fields) return { uris: objects.map(uriOf) };
  return { [plural]: objects.map((object) => selectFields(object, fields)) };
}

/** Keeps the named fields of an object (all of them for "*"). */
export function selectFields(object: Json, fields: string | null): Json {
  if (!fields || fields === '*') return object;
  const wanted = new Set(fields.split(',').map((f) => f.trim()));
  return Object.fromEntries(Object.entries(object).filter(([key]) => wanted.has(key)));
}

/** Object Filtering: every other query parameter named like a field must equal it (logical AND). */
export function filtered<T extends Json>(request: ReferenceRequest, objects: readonly T[], ignore: readonly string[] = []): T[] {
  const filters = [...request.query.entries()].filter(([name]) => !SHAPING.has(name) && !ignore.includes(name));
  return objects.filter((object) => filters.every(([name, value]) => String(object[name]) === value));
}

/** Drops undefined members, so that optional attributes are absent rather than null. */
export function compact<T extends Json>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}
