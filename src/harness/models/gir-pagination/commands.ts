import * as fc from 'fast-check';
import { modelCommands } from '../model-property';
import { AddRecordingsCommand } from './commands/add-recordings';
import { EDGE_LIMITS, EdgeLimitCommand } from './commands/edge-limit';
import { FetchPageCommand } from './commands/fetch-page';
import { FollowLinkCommand } from './commands/follow-link';
import { SearchWithoutPagingCommand } from './commands/search-without-paging';
import { WalkPagesCommand } from './commands/walk-pages';
import type { GirSearchModel } from './search-model';
import type { GirSearchReal } from './search-real';

/** The commands of the GIR pagination model, with their generated arguments. */
export function girPaginationCommands(maxCommands = 8) {
  const limit = fc.integer({ min: 1, max: 12 });
  return modelCommands<GirSearchModel, GirSearchReal>(
    [
      fc.tuple(fc.nat({ max: 20 }), limit).map(([page, size]) => new FetchPageCommand(page, size)),
      fc.constantFrom('next' as const, 'prev' as const).map((link) => new FollowLinkCommand(link)),
      fc.constantFrom('next' as const, 'prev' as const).map((link) => new FollowLinkCommand(link)),
      limit.map((size) => new WalkPagesCommand(size)),
      fc.integer({ min: 1, max: 3 }).map((count) => new AddRecordingsCommand(count)),
      fc.constantFrom(...EDGE_LIMITS).map((value) => new EdgeLimitCommand(value)),
      fc.constant(null).map(() => new SearchWithoutPagingCommand()),
    ],
    maxCommands,
  );
}
