import { expect } from '@playwright/test';
import type { DixaListModel, SeenPage } from './list-model';
import type { DixaListReal, ListPage } from './list-real';

/** Bound on the pages of one walk: a walk that has not ended by then does not terminate. */
export const MAX_PAGES = 2_000;

export interface WalkConstraints {
  readonly pageLimit: number;
  /** A different pageLimit sent with the pageKey of the second page (dixa.pagination.page-limit-with-page-key). */
  readonly secondLimit?: number;
  /** Called after each page; lets a command add items between pages. */
  readonly between?: (pageIndex: number) => Promise<void>;
}

/**
 * Walks a list from its first page by following meta.next verbatim until a page has none,
 * checking each page (the key answers, the page holds at most its pageLimit); returns every id
 * in order and the last page read.
 */
export async function walkList(real: DixaListReal, model: DixaListModel, constraints: WalkConstraints): Promise<{ walked: string[]; terminated: boolean }> {
  const { ledger } = real;
  const walked: string[] = [];
  let page: ListPage = await real.first(constraints.pageLimit);
  let url: string | undefined;
  let before: readonly string[] | undefined;
  for (let index = 0; index < MAX_PAGES; index += 1) {
    // After a pageLimit change, later keys may carry either size: hold them to the larger one.
    const second = constraints.secondLimit;
    const limit = second === undefined || index === 0 ? constraints.pageLimit : index === 1 ? second : Math.max(second, constraints.pageLimit);
    const where = `page ${index + 1} of ${real.path} (pageLimit ${limit}${url ? `, ${url}` : ''})`;
    await ledger.check('dixa.pagination.page-key-opaque', () => expect(page.status, `${where}: a link taken from meta.next answers: ${page.excerpt}`).toBeLessThan(300));
    if (index === 1 && constraints.secondLimit !== undefined) {
      await ledger.check('dixa.pagination.page-limit-with-page-key', () => expect(page.ids.length, `${where}: pageLimit sent with the pageKey bounds the page`).toBeLessThanOrEqual(limit));
    } else {
      await ledger.check('dixa.pagination.page-limit-honoured', () => expect(page.ids.length, `${where}: at most pageLimit items`).toBeLessThanOrEqual(limit));
    }
    walked.push(...page.ids);
    const seen: SeenPage = { ids: page.ids, ...(url ? { url } : {}), ...(page.next ? { next: page.next } : {}), ...(page.previous ? { previous: page.previous } : {}), ...(before ? { before } : {}) };
    model.last = seen;
    await constraints.between?.(index);
    if (page.next === undefined) return { walked, terminated: true };
    url = page.next;
    before = page.ids;
    page = await real.follow(page.next, index === 0 ? constraints.secondLimit : undefined);
  }
  return { walked, terminated: false };
}
