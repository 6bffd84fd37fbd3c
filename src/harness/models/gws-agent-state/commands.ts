import * as fc from 'fast-check';
import { longCommands } from '../gws-common/long-commands';
import type { AgentModel } from './agent-model';
import type { AgentReal } from './agent-real';
import { DeviceDndCommand } from './commands/device-dnd';
import { DeviceForwardCommand } from './commands/device-forward';
import { DndAllCommand } from './commands/dnd-all';
import { SetAllCommand } from './commands/set-all';
import { SetChannelCommand } from './commands/set-channel';
import { UnknownChannelCommand } from './commands/unknown-channel';

/** Numbers calls may be forwarded to. */
const DESTINATIONS = ['+16505550177', '5002'] as const;

/** The commands of the agent model; the custom agent state only when the target prepared one. */
export function agentStateCommands(withCustomState: boolean, maxCommands = 10) {
  const channelOperations = withCustomState ? (['Ready', 'NotReady', 'Custom'] as const) : (['Ready', 'NotReady'] as const);
  return longCommands<AgentModel, AgentReal>(
    [
      fc.constantFrom('Ready', 'NotReady' as const).map((state) => new SetAllCommand(state)),
      fc.tuple(fc.constantFrom(...channelOperations), fc.nat(5)).map(([operation, pick]) => new SetChannelCommand(operation, pick)),
      fc.tuple(fc.constantFrom(...channelOperations), fc.nat(5)).map(([operation, pick]) => new SetChannelCommand(operation, pick)),
      fc.boolean().map((on) => new DndAllCommand(on)),
      fc.constant(null).map(() => new UnknownChannelCommand()),
      fc.boolean().map((on) => new DeviceDndCommand(on)),
      fc.option(fc.constantFrom(...DESTINATIONS), { freq: 4, nil: undefined }).map((destination) => new DeviceForwardCommand(true, destination)),
      fc.constant(null).map(() => new DeviceForwardCommand(false)),
    ],
    maxCommands,
  );
}
