import type { GwsState } from './types';

/** Absolute URIs of resources, as the document's examples show them (http://host:port/api/v2/...). */
export function uri(state: GwsState, path: string): string {
  return `${state.services.baseUrl()}/api/v2${path}`;
}

/** The id at the end of a resource URI (or the value itself when it is a bare id). */
export function idFromUri(value: string): string {
  return value.replace(/\/+$/, '').split('/').pop() ?? value;
}
