import type { FaultSet } from '../faults/fault-catalogue';
import { machine } from './machines';
import type { GwsState, Interaction } from './types';
import { compact } from './views';

/** Capabilities of states the document shows none for, as the operations that work there. */
const EXTRA_CAPABILITIES: Readonly<Record<string, readonly string[]>> = {
  'chat:Conference': ['StopProcessing', 'LeaveChat', 'Send', 'RequestChatHistory', 'UpdateUserData', 'AttachUserData', 'DeleteUserData'],
  'chat:SessionEnded': ['StopProcessing', 'UpdateUserData', 'AttachUserData', 'DeleteUserData'],
};

/** How a stage is shown: parked in a workbin is "Queued" there (workbin notification example). */
const SHOWN_STATE: Readonly<Record<string, string>> = { InWorkbin: 'Queued' };

/** States in which the interaction has left the agent the message is for: nothing is offered. */
const GONE: ReadonlySet<string> = new Set(['Revoked', 'Rejected', 'Completed', 'Transferred', 'Left', 'ReplyCancelled', 'Sent', 'Queued']);

export function interactionMachine(interaction: Interaction): string {
  return interaction.channel === 'email' ? 'gws.email-reply' : 'gws.chat';
}

/** The operations the interaction offers in its stage (names as the document's notifications show them). */
export function interactionCapabilities(interaction: Interaction, faults: FaultSet): string[] {
  const capabilities = [...machine(interactionMachine(interaction)).capabilities(interaction.stage), ...(EXTRA_CAPABILITIES[`${interaction.channel}:${interaction.stage}`] ?? [])];
  // Breaks gws.interaction.invite: an invitation offers Accept only.
  if (interaction.stage === 'Invited' && faults.has('gws-invite-without-reject')) return capabilities.filter((c) => c !== 'Reject');
  // Breaks gws.email-reply.created-notification: the reply offers Cancel and Send only.
  if (interaction.stage === 'ReplyCreated' && faults.has('gws-reply-created-wrong-capabilities')) return ['Cancel', 'Send'];
  return capabilities;
}

/**
 * An interaction in the format of the interaction notifications, which GET /me/interactions?fields=*
 * shares (gws.interaction.me-interactions-same-format). `shownState` overrides the state for
 * notifications such as PropertiesChanged or Pulled.
 */
export function interactionView(state: GwsState, interaction: Interaction, faults: FaultSet, shownState?: string): Record<string, unknown> {
  void state;
  const inbound = interaction.subType === 'InboundNew';
  const common = {
    id: interaction.id,
    channel: interaction.channel,
    state: shownState ?? SHOWN_STATE[interaction.stage] ?? interaction.stage,
    capabilities: shownState && GONE.has(shownState) ? [] : interactionCapabilities(interaction, faults),
    userData: { ...interaction.userData },
    currentQueue: interaction.queue,
    type: inbound ? 'Inbound' : 'Outbound',
    subType: interaction.subType,
    interactionType: interaction.channel === 'email' ? 'Email' : 'Chat',
    interactionSubType: interaction.subType,
    parentId: interaction.parentId,
    parentInteractionId: interaction.parentId,
    startDate: interaction.receivedAt,
    receivedAt: new Date(interaction.receivedAt).toISOString(),
  };
  if (interaction.channel === 'email') {
    const email = interaction.email;
    const content = { interactionId: interaction.id, fromAddress: email.FromAddress, toAddress: email.ToAddress, subject: email.Subject, text: email.Text };
    return compact({ ...common, content, email_object: compact({ ...email, interactionId: interaction.id }) });
  }
  const events = interaction.events.map((e) => ({ ...e }));
  return compact({ ...common, threadId: interaction.sessionId, content: { interactionId: interaction.id, sessionId: interaction.sessionId, latestEventId: interaction.events.at(-1)?.id ?? 0, events } });
}

/** InteractionStateMessage on /v2/me/interactions for one agent: {messageType, interaction}. */
export function announceInteraction(state: GwsState, userId: string | undefined, interaction: Interaction, faults: FaultSet, shownState?: string): void {
  if (!userId) return;
  state.notifier.publish(userId, '/v2/me/interactions', { messageType: 'InteractionStateMessage', interaction: interactionView(state, interaction, faults, shownState) });
}
