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
  // Breaks gws.envelope.list-returns-uris: a list without fields answers the objects themselves.
  if (!fields && !request.faults.has('gws-list-objects-without-fields')) return { uris: objects.map(uriOf) };
  // Breaks gws.envelope.list-fields-returns-objects: fields=* is ignored and the list answers URIs.
  if (fields === '*' && request.faults.has('gws-list-fields-ignored')) return { uris: objects.map(uriOf) };
  return { [plural]: objects.map((object) => selectFields(request, object, fields)) };
}

/** Keeps the named fields of an object (all of them for "*" or no fields parameter). */
export function selectFields(request: ReferenceRequest, object: Json, fields: string | null): Json {
  // Breaks gws.envelope.fields-selects-fields: fields=a,b is ignored and every field is returned.
  if (!fields || fields === '*' || request.faults.has('gws-fields-ignored')) return object;
  const wanted = new Set(fields.split(',').map((f) => f.trim()));
  return Object.fromEntries(Object.entries(object).filter(([key]) => wanted.has(key)));
}

/**
 * Object Filtering: every other query parameter named exactly like a field must equal it
 * (logical AND; gws.envelope.filter-by-field). Values compare case-insensitively ("type=custom").
 */
export function filtered<T extends Json>(request: ReferenceRequest, objects: readonly T[], ignore: readonly string[] = []): T[] {
  // Breaks gws.envelope.filter-by-field: filter parameters are ignored.
  if (request.faults.has('gws-filter-ignored')) return [...objects];
  const filters = [...request.query.entries()].filter(([name]) => !SHAPING.has(name) && !ignore.includes(name));
  return objects.filter((object) => filters.every(([name, value]) => name in object && String(object[name]).toLowerCase() === value.toLowerCase()));
}

/**
 * Resolving URIs: the names of the URI properties that resolveUri (or resolveUris) asks to resolve,
 * out of `known` ("*" and "true" resolve all; gws.envelope.resolve-uri).
 */
export function resolvedUris(request: ReferenceRequest, known: readonly string[]): string[] {
  const value = request.query.get('resolveUri') ?? request.query.get('resolveUris');
  // Breaks gws.envelope.resolve-uri: resolveUri is ignored.
  if (!value || request.faults.has('gws-resolve-uri-ignored')) return [];
  if (value === '*' || value === 'true') return [...known];
  return value.split(',').map((s) => s.trim()).filter((s) => known.includes(s));
}

/** Drops undefined members, so that optional attributes are absent rather than null. */
export function compact<T extends Json>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}
