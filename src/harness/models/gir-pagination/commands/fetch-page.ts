import type { AsyncCommand } from 'fast-check';
import { checkPage } from '../page-checks';
import { pageCount, type GirSearchModel } from '../search-model';
import type { GirSearchReal } from '../search-real';

/** GET the page number `pageIndex` (modulo the pages that exist, plus one past the end) of `limit` recordings. */
export class FetchPageCommand implements AsyncCommand<GirSearchModel, GirSearchReal> {
  private offset?: number;

  constructor(
    readonly pageIndex: number,
    readonly limit: number,
  ) {}

  check(): boolean {
    return true;
  }

  async run(model: GirSearchModel, real: GirSearchReal): Promise<void> {
    const offset = (this.pageIndex % (pageCount(model.ids.size, this.limit) + 1)) * this.limit;
    this.offset = offset;
    const page = await real.search({ offset, limit: this.limit });
    await checkPage(real, model, page, offset, this.limit);
    model.last = { offset, limit: this.limit, ids: page.ids, ...(page.nextPath ? { nextPath: page.nextPath } : {}), ...(page.prevPath ? { prevPath: page.prevPath } : {}) };
  }

  toString(): string {
    return `fetch(offset=${this.offset ?? `page ${this.pageIndex}`}, limit=${this.limit})`;
  }
}
