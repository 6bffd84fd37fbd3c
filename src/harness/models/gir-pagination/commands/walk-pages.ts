import type { AsyncCommand } from 'fast-check';
import { expect } from '@playwright/test';
import { checkPage } from '../page-checks';
import { partitionDefects, type GirSearchModel } from '../search-model';
import type { GirSearchReal } from '../search-real';

/** Walks every page of `limit` (offset 0, limit, 2*limit...) with nothing changing: the pages partition the result set. */
export class WalkPagesCommand implements AsyncCommand<GirSearchModel, GirSearchReal> {
  constructor(readonly limit: number) {}

  check(): boolean {
    return true;
  }

  async run(model: GirSearchModel, real: GirSearchReal): Promise<void> {
    const walked: string[] = [];
    const total = model.ids.size;
    for (let offset = 0; offset < total; offset += this.limit) {
      const page = await real.search({ offset, limit: this.limit });
      await checkPage(real, model, page, offset, this.limit);
      walked.push(...page.ids);
      model.last = { offset, limit: this.limit, ids: page.ids, ...(page.nextPath ? { nextPath: page.nextPath } : {}), ...(page.prevPath ? { prevPath: page.prevPath } : {}) };
    }
    await real.ledger.check('gir.pagination.partition', () => {
      const defects = partitionDefects(walked, model.ids);
      expect(defects, `pages of ${this.limit} over ${total} recordings: none repeated, none missing, none foreign`).toEqual({ repeated: [], missing: [], foreign: [] });
    });
  }

  toString(): string {
    return `walk(limit=${this.limit})`;
  }
}
