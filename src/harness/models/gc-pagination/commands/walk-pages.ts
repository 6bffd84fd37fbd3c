import type { AsyncCommand } from 'fast-check';
import { expect } from '@playwright/test';
import { walkDefects, type GcListModel } from '../list-model';
import type { GcListReal } from '../list-real';

/** Bound on the pages of one walk. */
const MAX_PAGES = 1_000;

/**
 * Walks pageNumber 1, 2, ... with one pageSize until a page holds fewer than pageSize entities,
 * optionally adding entities after one page. Each page answers (the list takes the paging
 * parameters) and holds at most pageSize entities; the walk visits every entity once, or, when
 * entities were added meanwhile, skips none of those that were there from the start.
 */
export class WalkPagesCommand implements AsyncCommand<GcListModel, GcListReal> {
  constructor(
    readonly pageSize: number,
    readonly addition?: { readonly afterPage: number; readonly count: number },
  ) {}

  check(): boolean {
    return true;
  }

  async run(model: GcListModel, real: GcListReal): Promise<void> {
    const before = new Set(model.known);
    const walked: string[] = [];
    const added: string[] = [];
    let shapeless = false;
    for (let pageNumber = 1; pageNumber <= MAX_PAGES; pageNumber += 1) {
      const page = await real.page({ pageSize: this.pageSize, pageNumber });
      await real.ledger.check(real.acceptsPaging, () => expect(page.status, `${real.name} page ${pageNumber} of ${this.pageSize}: ${page.excerpt}`).toBe(200));
      if (!page.ids) {
        shapeless = true;
        break;
      }
      const ids = page.ids;
      await real.ledger.check('gc.pagination.page-size', () => expect(ids.length, `${real.name} page ${pageNumber}: at most pageSize entities`).toBeLessThanOrEqual(this.pageSize));
      walked.push(...ids);
      if (this.addition && real.add && pageNumber === this.addition.afterPage + 1) added.push(...(await real.add(this.addition.count)));
      if (ids.length < this.pageSize) break;
    }
    if (shapeless) return;
    await real.ledger.check('gc.pagination.page-walk', () => {
      const defects = walkDefects(walked, before);
      if (added.length > 0) expect(defects.missing, `${this.toString()}: none of the entities there from the start is skipped`).toEqual([]);
      else expect(defects, `${this.toString()}: every entity once`).toEqual({ repeated: [], missing: [] });
      if (model.closed && added.length === 0) expect(walked.length, `${this.toString()}: nothing but the list's entities`).toBe(before.size);
    });
    for (const id of added) model.known.add(id);
  }

  toString(): string {
    return `walk(pageSize=${this.pageSize}${this.addition ? `, adding ${this.addition.count} after page ${this.addition.afterPage + 1}` : ''})`;
  }
}
