import type { FaultSet } from '../faults/fault-catalogue';
import { GwsFailure } from './envelope';
import { interactionCapabilities, interactionMachine } from './interaction-view';
import { machine } from './machines';
import type { Interaction } from './types';

/** Operation names whose capability is written differently in the notifications. */
const CAPABILITY_NAME: Readonly<Record<string, string>> = { Complete: 'StopProcessing', Transfer: 'SingleStepTransfer', SendMessage: 'Send', LeaveConference: 'LeaveChat' };

/**
 * Whether `name` may be performed on the interaction now, from the transition table of its machine
 * (gws.email-reply, gws.chat): a listed transition decides; an operation the table does not list is
 * allowed only when the interaction offers it as a capability. Anything else is statusCode 2.
 */
export function checkMove(interaction: Interaction, name: string, faults: FaultSet): void {
  const move = machine(interactionMachine(interaction)).move(interaction.stage, `postMeInteractionsById:${name}`);
  if (move.kind === 'legal') return;
  if (move.kind === 'illegal') {
    if (bentIllegal(interaction, name, faults)) return;
    throw new GwsFailure(2, `${name} is not valid for ${interaction.channel} interaction ${interaction.id} in state ${interaction.stage}`);
  }
  const offered = interactionCapabilities(interaction, faults);
  if (offered.includes(name) || offered.includes(CAPABILITY_NAME[name] ?? name)) return;
  // Breaks gws.interaction.user-data-operations: user data may be changed on an invitation.
  if (name.endsWith('UserData') && interaction.stage === 'Invited' && faults.has('gws-user-data-on-invited')) return;
  throw new GwsFailure(2, `${name} is not valid for ${interaction.channel} interaction ${interaction.id} in state ${interaction.stage}`);
}

/** Illegal transitions that a fault lets through (each bends exactly one row of a table). */
function bentIllegal(interaction: Interaction, name: string, faults: FaultSet): boolean {
  const row = `${interaction.channel}:${interaction.stage}:${name}`;
  // Breaks gws.email-reply.illegal-reply-invited: Reply is accepted on an invitation.
  if (row === 'email:Invited:Reply') return faults.has('gws-reply-on-invited-accepted');
  // Breaks gws.email-reply.illegal-send-accepted: Send is accepted on the inbound e-mail.
  if (row === 'email:Accepted:Send') return faults.has('gws-send-on-inbound-accepted');
  // Breaks gws.email-reply.illegal-cancel-accepted: Cancel is accepted without a reply.
  if (row === 'email:Accepted:Cancel') return faults.has('gws-cancel-without-reply-accepted');
  // Breaks gws.email-reply.illegal-complete-invited: Complete is accepted on an invitation.
  if (row === 'email:Invited:Complete') return faults.has('gws-complete-invited-accepted');
  // Breaks gws.chat.illegal-send-invited: a message may be sent on an invitation.
  if (row === 'chat:Invited:SendMessage') return faults.has('gws-chat-send-on-invited');
  // Breaks gws.chat.illegal-send-ended: a message may be sent after EndChatSession.
  if (row === 'chat:SessionEnded:SendMessage') return faults.has('gws-chat-send-after-end');
  return false;
}
