import type { AsyncCommand } from 'fast-check';
import { expect } from '@playwright/test';
import type { GcListModel } from '../list-model';
import type { GcListReal } from '../list-real';

/** The list without paging parameters answers its first page (the paging parameters are optional). */
export class FirstPageCommand implements AsyncCommand<GcListModel, GcListReal> {
  check(): boolean {
    return true;
  }

  async run(_model: GcListModel, real: GcListReal): Promise<void> {
    const page = await real.page({});
    await real.ledger.check(real.acceptsPaging, () => expect(page.status, `${real.name} without paging parameters: ${page.excerpt}`).toBe(200));
  }

  toString(): string {
    return 'firstPage()';
  }
}
