import type { Json } from '../../src/harness/models/gws-common/gws-client';

/** The array member of a GWS body (queues, calls, interactions...), read loosely: an empty list when there is none. */
export const listOf = (body: Json, member: string): Json[] => (Array.isArray(body[member]) ? (body[member] as Json[]) : []);
