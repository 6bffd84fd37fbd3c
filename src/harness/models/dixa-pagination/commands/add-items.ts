import type { AsyncCommand } from 'fast-check';
import type { DixaListModel } from '../list-model';
import type { DixaListReal } from '../list-real';

/** Creates items of the collection (provider state) between walks. */
export class AddItemsCommand implements AsyncCommand<DixaListModel, DixaListReal> {
  constructor(readonly count: number) {}

  check(): boolean {
    return true;
  }

  async run(model: DixaListModel, real: DixaListReal): Promise<void> {
    for (const id of await real.add(this.count)) model.known.add(id);
  }

  toString(): string {
    return `add(${this.count})`;
  }
}
