import type { AsyncCommand } from 'fast-check';
import { expect } from '@playwright/test';
import type { GirSearchModel } from '../search-model';
import type { GirSearchReal } from '../search-real';

/** Search with neither offset nor limit: the first page, whatever its size (gir.pagination.optional-parameters). */
export class SearchWithoutPagingCommand implements AsyncCommand<GirSearchModel, GirSearchReal> {
  check(): boolean {
    return true;
  }

  async run(model: GirSearchModel, real: GirSearchReal): Promise<void> {
    const page = await real.search({});
    await real.ledger.check('gir.pagination.optional-parameters', () => {
      expect(page.status, `no offset, no limit: ${page.excerpt}`).toBe(200);
      expect(page.ids, 'the first page: a prefix of the result set').toEqual(model.order.slice(0, page.ids.length));
      expect(page.ids.length, 'the first page is not empty while recordings match').toBeGreaterThan(0);
    });
    await real.ledger.check('gir.pagination.prev-path-absent-first', () => expect(page.prevPath, 'the first page has no prevPath').toBeUndefined());
  }

  toString(): string {
    return 'searchWithoutPaging()';
  }
}
