import * as fc from 'fast-check';
import { modelCommands } from '../model-property';
import { AnonymizeCommand } from './commands/anonymize';
import { ClaimCommand } from './commands/claim';
import { CloseCommand } from './commands/close';
import { CreateCommand } from './commands/create';
import { NoteCommand } from './commands/note';
import { ReopenCommand } from './commands/reopen';
import { TagCommand } from './commands/tag';
import { ToggleTagCommand } from './commands/toggle-tag';
import { TransferCommand } from './commands/transfer';
import { LIFECYCLE_ACTIONS, UnknownConversationCommand } from './commands/unknown-conversation';
import type { DixaLifecycleModel } from './lifecycle-model';
import type { DixaLifecycleReal } from './lifecycle-real';

/** The commands of the Dixa conversation lifecycle model; conversations, agents, queues and tags are picked by position. */
export function dixaLifecycleCommands(maxCommands = 10) {
  const index = fc.nat({ max: 11 });
  return modelCommands<DixaLifecycleModel, DixaLifecycleReal>(
    [
      fc.constant(null).map(() => new CreateCommand()),
      fc.tuple(index, fc.nat({ max: 1 }), fc.boolean()).map(([i, agent, force]) => new ClaimCommand(i, agent, force)),
      fc.tuple(index, fc.nat({ max: 1 }), fc.boolean()).map(([i, agent, force]) => new ClaimCommand(i, agent, force)),
      fc.tuple(index, fc.nat({ max: 1 })).map(([i, queue]) => new TransferCommand(i, queue)),
      index.map((i) => new CloseCommand(i)),
      index.map((i) => new ReopenCommand(i)),
      fc.tuple(index, fc.nat({ max: 1 }), fc.boolean()).map(([i, tag, remove]) => new TagCommand(i, tag, remove)),
      fc.nat({ max: 1 }).map((tag) => new ToggleTagCommand(tag)),
      index.map((i) => new NoteCommand(i)),
      fc.tuple(index, fc.boolean()).map(([i, force]) => new AnonymizeCommand(i, force)),
      fc.constantFrom(...LIFECYCLE_ACTIONS).map((action) => new UnknownConversationCommand(action)),
    ],
    maxCommands,
  );
}
