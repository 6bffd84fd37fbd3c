import type { AsyncCommand } from 'fast-check';
import { expect } from '@playwright/test';
import { checkPage, pagingOf } from '../page-checks';
import type { GirSearchModel, SeenPage } from '../search-model';
import type { GirSearchReal } from '../search-real';

/**
 * Follows the last page's nextPath (or prevPath) verbatim behind the path prefix: the link keeps
 * the query criteria (gir.pagination.paths-keep-query), and the page it gives is the page at
 * offset + limit (offset - limit) fetched directly (gir.pagination.follow-next-path /
 * follow-prev-path); then the page is held to the page clauses like any other.
 */
export class FollowLinkCommand implements AsyncCommand<GirSearchModel, GirSearchReal> {
  private followed?: string;

  constructor(readonly link: 'next' | 'prev') {}

  check(model: Readonly<GirSearchModel>): boolean {
    const last = model.last;
    if (!last) return false;
    // The previous page of an offset that is not a multiple of limit is not defined by the document.
    return this.link === 'next' ? last.nextPath !== undefined : last.prevPath !== undefined && last.offset % last.limit === 0;
  }

  async run(model: GirSearchModel, real: GirSearchReal): Promise<void> {
    const last = model.last as SeenPage;
    const path = (this.link === 'next' ? last.nextPath : last.prevPath) ?? '';
    this.followed = path;
    const offset = this.link === 'next' ? last.offset + last.limit : Math.max(0, last.offset - last.limit);
    await real.ledger.check('gir.pagination.paths-keep-query', () => {
      const { params } = pagingOf(path);
      for (const [name, value] of Object.entries(real.criteria)) expect(params.get(name), `${this.link}Path ${path} keeps ${name}`).toBe(value);
      expect(params.get('limit'), `${this.link}Path ${path} carries the limit`).toBe(String(last.limit));
    });
    const page = await real.follow(path);
    const direct = await real.search({ offset, limit: last.limit });
    const clause = this.link === 'next' ? 'gir.pagination.follow-next-path' : 'gir.pagination.follow-prev-path';
    await real.ledger.check(clause, () => {
      expect(page.status, `GET /api/v2${path}: ${page.excerpt}`).toBe(200);
      expect(page.ids, `${this.link}Path of the page at offset ${last.offset} gives the page at offset ${offset}, limit ${last.limit}`).toEqual(direct.ids);
    });
    await checkPage(real, model, page, offset, last.limit);
    model.last = { offset, limit: last.limit, ids: page.ids, ...(page.nextPath ? { nextPath: page.nextPath } : {}), ...(page.prevPath ? { prevPath: page.prevPath } : {}) };
  }

  toString(): string {
    return `follow${this.link === 'next' ? 'Next' : 'Prev'}(${this.followed ?? ''})`;
  }
}
