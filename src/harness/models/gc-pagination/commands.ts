import * as fc from 'fast-check';
import { modelCommands } from '../model-property';
import { AddEntitiesCommand } from './commands/add-entities';
import { FirstPageCommand } from './commands/first-page';
import { WalkPagesCommand } from './commands/walk-pages';
import type { GcListModel } from './list-model';
import type { GcListReal } from './list-real';

/** The commands of the Genesys Cloud paging model. */
export function gcPagingCommands(maxCommands = 6) {
  const size = fc.integer({ min: 1, max: 12 });
  return modelCommands<GcListModel, GcListReal>(
    [
      size.map((pageSize) => new WalkPagesCommand(pageSize)),
      fc.tuple(size, fc.nat({ max: 2 }), fc.integer({ min: 1, max: 4 })).map(([pageSize, afterPage, count]) => new WalkPagesCommand(pageSize, { afterPage, count })),
      fc.integer({ min: 1, max: 6 }).map((count) => new AddEntitiesCommand(count)),
      fc.constant(null).map(() => new FirstPageCommand()),
    ],
    maxCommands,
  );
}
