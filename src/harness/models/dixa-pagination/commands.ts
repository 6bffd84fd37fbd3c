import * as fc from 'fast-check';
import { modelCommands } from '../model-property';
import { AddItemsCommand } from './commands/add-items';
import { RevisitLinkCommand } from './commands/revisit-link';
import { WalkListCommand } from './commands/walk-list';
import type { DixaListModel } from './list-model';
import type { DixaListReal } from './list-real';

/** The commands of the Dixa pagination model. */
export function dixaPaginationCommands(maxCommands = 6) {
  const limit = fc.integer({ min: 1, max: 20 });
  return modelCommands<DixaListModel, DixaListReal>(
    [
      limit.map((pageLimit) => new WalkListCommand(pageLimit)),
      fc.tuple(limit, fc.integer({ min: 1, max: 19 })).filter(([a, b]) => b < a).map(([first, second]) => new WalkListCommand(first, second)),
      fc.tuple(limit, fc.nat({ max: 3 }), fc.integer({ min: 1, max: 5 })).map(([pageLimit, afterPage, count]) => new WalkListCommand(pageLimit, undefined, { afterPage, count })),
      fc.constantFrom('same' as const, 'previous' as const).map((link) => new RevisitLinkCommand(link)),
      fc.integer({ min: 1, max: 10 }).map((count) => new AddItemsCommand(count)),
    ],
    maxCommands,
  );
}
