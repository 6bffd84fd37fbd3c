import type { TagRecord } from './state';

/** A tag as the contract's Tag. */
export function tagView(tag: TagRecord): Record<string, unknown> {
  return { id: tag.id, name: tag.name, state: tag.state, ...(tag.color === undefined ? {} : { color: tag.color }) };
}
