import type { AsyncCommand } from 'fast-check';
import { expect } from '@playwright/test';
import { walkDefects, type DixaListModel } from '../list-model';
import type { DixaListReal } from '../list-real';
import { MAX_PAGES, walkList } from '../walk';

/**
 * Walks the whole list through meta.next with one pageLimit (or with a smaller pageLimit sent
 * with the second page's key), optionally adding items after one page: the walk ends, repeats no
 * item, and reaches every item that existed when it started (dixa.pagination.next-walk-complete).
 * With items added during the walk, where they land is the target's business, so only gaps and
 * termination are judged then.
 */
export class WalkListCommand implements AsyncCommand<DixaListModel, DixaListReal> {
  constructor(
    readonly pageLimit: number,
    readonly secondLimit?: number,
    readonly addition?: { readonly afterPage: number; readonly count: number },
  ) {}

  check(): boolean {
    return true;
  }

  async run(model: DixaListModel, real: DixaListReal): Promise<void> {
    const before = new Set(model.known);
    const added: string[] = [];
    const addition = this.addition;
    const between = addition ? async (index: number) => void (index === addition.afterPage && added.push(...(await real.add(addition.count)))) : undefined;
    const { walked, terminated } = await walkList(real, model, { pageLimit: this.pageLimit, ...(this.secondLimit !== undefined ? { secondLimit: this.secondLimit } : {}), ...(between ? { between } : {}) });
    await real.ledger.check('dixa.pagination.next-walk-complete', () => {
      expect(terminated, `the walk of ${real.path} ends within ${MAX_PAGES} pages`).toBe(true);
      const defects = walkDefects(walked, before);
      expect(added.length > 0 ? { missing: defects.missing } : defects, `${this.toString()}: every item once`).toEqual(added.length > 0 ? { missing: [] } : { repeated: [], missing: [] });
    });
    for (const id of added) model.known.add(id);
  }

  toString(): string {
    const change = this.secondLimit !== undefined ? `, then pageLimit=${this.secondLimit} with the key` : '';
    const add = this.addition ? `, adding ${this.addition.count} after page ${this.addition.afterPage + 1}` : '';
    return `walk(pageLimit=${this.pageLimit}${change}${add})`;
  }
}
