import type { AsyncCommand } from 'fast-check';
import { expect } from '@playwright/test';
import { checkPage } from '../page-checks';
import type { GirSearchModel } from '../search-model';
import type { GirSearchReal } from '../search-real';

/** Values of limit at the edges: none of them may cause a 5xx or an oversized page (gir.pagination.limit-edge-cases). */
export const EDGE_LIMITS = [0, -1, -100, 1, 1_000, 1_000_000, 2_147_483_648] as const;

export class EdgeLimitCommand implements AsyncCommand<GirSearchModel, GirSearchReal> {
  constructor(readonly limit: number) {}

  check(): boolean {
    return true;
  }

  async run(model: GirSearchModel, real: GirSearchReal): Promise<void> {
    const page = await real.search({ offset: 0, limit: this.limit });
    if (this.limit === 1) return checkPage(real, model, page, 0, 1);
    await real.ledger.check('gir.pagination.limit-edge-cases', () => {
      expect(page.status, `limit=${this.limit} may be refused (400) or defaulted, never a server error: ${page.excerpt}`).toBeLessThan(500);
      if (page.status === 200) expect(page.ids.length, `limit=${this.limit}: no more recordings than the query selects`).toBeLessThanOrEqual(model.ids.size);
    });
  }

  toString(): string {
    return `edgeLimit(${this.limit})`;
  }
}
