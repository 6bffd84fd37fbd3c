import { expect } from '@playwright/test';
import type { GirSearchModel } from './search-model';
import { expectedPageSize } from './search-model';
import type { GirSearchReal, SearchPage } from './search-real';

/**
 * The pagination clauses one page answers, checked against the model, specific before general so
 * that a defect is reported under the clause that states it: page bounds, first record, page
 * size, totalCount, then the presence of nextPath and prevPath. A page past the end is held to
 * gir.pagination.offset-beyond-total instead of the size clauses.
 */
export async function checkPage(real: GirSearchReal, model: GirSearchModel, page: SearchPage, offset: number, limit: number): Promise<void> {
  const total = model.ids.size;
  const where = `page offset=${offset} limit=${limit} of ${total}`;
  const { ledger } = real;
  if (offset > 0 && offset >= total) {
    await ledger.check('gir.pagination.offset-beyond-total', () => {
      expect(page.status, `${where}: ${page.excerpt}`).toBe(200);
      expect(page.ids, `${where}: no recording lies beyond the end`).toEqual([]);
    });
  } else {
    await ledger.check('gir.pagination.limit-bounds-page', () => {
      expect(page.status, `${where}: ${page.excerpt}`).toBe(200);
      expect(page.ids.length, `${where}: at most limit recordings`).toBeLessThanOrEqual(limit);
    });
    if (expectedPageSize(total, offset, limit) > 0) {
      await ledger.check('gir.pagination.offset-first-record', () => expect(page.ids[0], `${where}: the first recording is the one at index ${offset} of the target's own order`).toBe(model.order[offset]));
    }
    await ledger.check('gir.pagination.limit-fills-page', () => expect(page.ids.length, `${where}: min(limit, totalCount - offset) recordings`).toBe(expectedPageSize(total, offset, limit)));
  }
  await ledger.check('gir.pagination.total-count', () => expect(page.totalCount, `${where}: totalCount is the number of recordings the query selects`).toBe(total));
  const more = offset + page.ids.length < total;
  if (more) await ledger.check('gir.pagination.next-path-present', () => expect(page.nextPath, `${where}: more recordings follow`).toBeDefined());
  else await ledger.check('gir.pagination.next-path-absent-last', () => expect(page.nextPath, `${where}: nothing follows`).toBeUndefined());
  if (offset > 0) await ledger.check('gir.pagination.prev-path-present', () => expect(page.prevPath, `${where}: not the first page`).toBeDefined());
  else await ledger.check('gir.pagination.prev-path-absent-first', () => expect(page.prevPath, `${where}: the first page`).toBeUndefined());
}

/** The offset and limit a nextPath or prevPath names, for messages and for the follow clauses. */
export function pagingOf(relativePath: string): { offset?: number; limit?: number; params: URLSearchParams } {
  const params = new URL(relativePath, 'http://path.invalid').searchParams;
  const number = (name: string) => (params.has(name) ? Number(params.get(name)) : undefined);
  const offset = number('offset');
  const limit = number('limit');
  return { ...(offset !== undefined ? { offset } : {}), ...(limit !== undefined ? { limit } : {}), params };
}
