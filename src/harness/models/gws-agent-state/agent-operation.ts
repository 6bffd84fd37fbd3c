import { expect } from '@playwright/test';
import { succeeded, told, type GwsAnswer } from '../gws-common/gws-client';
import type { AgentModel, Condition } from './agent-model';
import type { AgentReal } from './agent-real';

/** The channels whose condition differs between two models (they are the ones a notification must announce). */
export function changedChannels(before: Readonly<AgentModel>, after: Readonly<AgentModel>): string[] {
  return Object.keys(after.channels).filter((name) => JSON.stringify(before.channels[name]) !== JSON.stringify(after.channels[name]));
}

/** A deep copy of the model, to compare before and after a command. */
export function snapshot(model: Readonly<AgentModel>): AgentModel {
  return { channels: { ...model.channels }, dnd: model.dnd, device: { ...model.device } };
}

/** Puts channels in a condition in the model. */
export function setConditions(model: AgentModel, names: readonly string[], condition: Condition): void {
  for (const name of names) model.channels[name] = condition;
}

/** The answer of a state-changing operation reports success, under the command's clause. */
export async function checkAccepted(real: AgentReal, clause: string, what: string, answer: GwsAnswer): Promise<void> {
  await real.ledger.check(clause, () => expect(succeeded(answer), `${what} is accepted: ${told(answer)}`).toBe(true));
}
