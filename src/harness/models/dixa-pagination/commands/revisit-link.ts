import type { AsyncCommand } from 'fast-check';
import { expect } from '@playwright/test';
import type { DixaListModel, SeenPage } from '../list-model';
import type { DixaListReal } from '../list-real';

/**
 * Sends again a link already used (the same pageKey twice: dixa.pagination.page-key-opaque), or
 * follows meta.previous of a page reached through meta.next back to the page before
 * (dixa.pagination.previous-link).
 */
export class RevisitLinkCommand implements AsyncCommand<DixaListModel, DixaListReal> {
  constructor(readonly link: 'same' | 'previous') {}

  check(model: Readonly<DixaListModel>): boolean {
    const last = model.last;
    return this.link === 'same' ? last?.url !== undefined : last?.previous !== undefined && last.before !== undefined;
  }

  async run(model: DixaListModel, real: DixaListReal): Promise<void> {
    const last = model.last as SeenPage;
    if (this.link === 'same') {
      const again = await real.follow(last.url ?? '');
      await real.ledger.check('dixa.pagination.page-key-opaque', () => expect(again.status, `the same pageKey sent again answers: ${again.excerpt}`).toBeLessThan(300));
      return;
    }
    const back = await real.follow(last.previous ?? '');
    await real.ledger.check('dixa.pagination.previous-link', () => {
      expect(back.status, back.excerpt).toBeLessThan(300);
      expect(back.ids, 'meta.previous leads back to the items of the page before').toEqual(last.before);
    });
  }

  toString(): string {
    return this.link === 'same' ? 'sameKeyAgain()' : 'followPrevious()';
  }
}
