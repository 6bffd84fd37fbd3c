import { contractData } from './contract-data';

interface MachineData {
  readonly id: string;
  readonly states: readonly { readonly name: string; readonly capabilities?: readonly string[] }[];
  readonly transitions: readonly { readonly from: string; readonly operation: string; readonly to?: string; readonly guard?: string; readonly error?: { readonly statusCode?: number } }[];
}

/** The outcome of an operation in a state, as the machine's transition table says. */
export type Move = { readonly kind: 'legal'; readonly to: string } | { readonly kind: 'illegal'; readonly statusCode: number } | { readonly kind: 'unlisted' };

/** A state machine of clauses.yaml, read as data: capabilities per state and the transition table. */
export class Machine {
  constructor(private readonly data: MachineData) {}

  capabilities(state: string): string[] {
    return [...(this.data.states.find((s) => s.name === state)?.capabilities ?? [])];
  }

  /**
   * What `operation` (`operationId:operationName`) does in `state`. Transitions whose guard is a
   * missing parameter are the request validation's business, so only unguarded errors count.
   */
  move(state: string, operation: string): Move {
    const candidates = this.data.transitions.filter((t) => t.from === state && t.operation === operation);
    const legal = candidates.find((t) => t.to !== undefined);
    if (legal?.to) return { kind: 'legal', to: legal.to };
    const illegal = candidates.find((t) => t.error && !t.guard);
    if (illegal) return { kind: 'illegal', statusCode: illegal.error?.statusCode ?? 2 };
    return { kind: 'unlisted' };
  }
}

let machines: Map<string, Machine> | undefined;

/** One of the GWS state machines (gws.call, gws.call-recording, gws.email-reply, gws.chat, gws.device-state...). */
export function machine(id: string): Machine {
  if (!machines) {
    const data = contractData('clauses.yaml') as unknown as { stateMachines: MachineData[] };
    machines = new Map(data.stateMachines.map((m) => [m.id, new Machine(m)]));
  }
  const found = machines.get(id);
  if (!found) throw new Error(`clauses.yaml has no state machine ${id}`);
  return found;
}
