import type { AsyncCommand } from 'fast-check';
import type { GirSearchModel } from '../search-model';
import { learnOrder, type GirSearchReal } from '../search-real';

/**
 * Adds recordings to the query's set between page reads (provider state, same marker). The last
 * page read stays current, so following its links afterwards reads the changed result set.
 */
export class AddRecordingsCommand implements AsyncCommand<GirSearchModel, GirSearchReal> {
  constructor(readonly count: number) {}

  check(model: Readonly<GirSearchModel>): boolean {
    return model.ids.size + this.count <= 90;
  }

  async run(model: GirSearchModel, real: GirSearchReal): Promise<void> {
    for (const id of await real.add(this.count)) model.ids.add(id);
    model.order = await learnOrder(real);
  }

  toString(): string {
    return `add(${this.count} recordings)`;
  }
}
