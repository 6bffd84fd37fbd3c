import type { AsyncCommand } from 'fast-check';
import type { GcListModel } from '../list-model';
import type { GcListReal } from '../list-real';

/** Adds entities to the list between walks. */
export class AddEntitiesCommand implements AsyncCommand<GcListModel, GcListReal> {
  constructor(readonly count: number) {}

  check(model: Readonly<GcListModel>): boolean {
    return model.closed;
  }

  async run(model: GcListModel, real: GcListReal): Promise<void> {
    for (const id of (await real.add?.(this.count)) ?? []) model.known.add(id);
  }

  toString(): string {
    return `add(${this.count})`;
  }
}
