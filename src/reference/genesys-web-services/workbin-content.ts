import type { FaultSet } from '../faults/fault-catalogue';
import type { ReferenceRequest } from '../http/reference-types';
import { GwsFailure, notFound } from './envelope';
import { announceInteraction, interactionView } from './interaction-view';
import type { GwsState, Interaction, User, Workbin } from './types';
import { uri } from './uris';

/** One of the agent's workbins, named by workbinId or workbinName; another's is statusCode 5. */
export function agentWorkbin(state: GwsState, user: User, value: unknown): Workbin {
  const object = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  const named = [value, object.workbinId, object.workbinName].find((v): v is string => typeof v === 'string');
  if (value === undefined) throw new GwsFailure(1, 'workbin is required');
  // Present but naming nothing (empty, a number, an object without workbinId or workbinName): not valid.
  const name = named ?? '';
  if (!name) throw new GwsFailure(2, 'workbin must be a workbinId or workbinName, or an object holding one');
  const workbin = state.workbins.get(name) ?? [...state.workbins.values()].find((w) => w.userId === user.id && w.workbinName === name);
  if (!workbin) throw notFound(`workbin ${name}`);
  if (workbin.userId !== user.id) throw new GwsFailure(5, `workbin ${name} is not ${user.userName}'s`);
  return workbin;
}

export function workbinInteractions(state: GwsState, workbin: Workbin): Interaction[] {
  return [...state.interactions.values()].filter((i) => i.workbin === workbin.workbinId);
}

/** The URI of an interaction in a workbin (AddInteractionToWorkbin, PullInteraction). */
export function workbinInteractionUri(state: GwsState, workbin: Workbin, interaction: Interaction): string {
  return uri(state, `/me/workbins/${encodeURIComponent(workbin.workbinId)}/interactions/${interaction.id}`);
}

/** An interaction as GetWorkbinContent lists it (the flat attribute format of the document's example). */
export function workbinContentView(workbin: Workbin, interaction: Interaction, owner: User | undefined): Record<string, unknown> {
  const email = interaction.channel === 'email' ? interaction.email : undefined;
  return {
    InteractionId: interaction.id,
    MediaType: interaction.channel,
    InteractionType: interaction.subType === 'InboundNew' ? 'Inbound' : 'Outbound',
    InteractionSubtype: interaction.subType,
    Workbin: workbin.workbinName,
    Queue: `${workbin.workbinName}/PrivateQueue`,
    WorkbinAgentId: owner?.userName ?? '',
    ReceivedAt: new Date(interaction.receivedAt).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    ...(email ? { FromAddress: email.FromAddress, To: email.ToAddress, Subject: email.Subject } : {}),
    ...interaction.userData,
  };
}

/** workbinNotificationResource on /v2/me/workbins, for an agent subscribed to the workbin (gws.notification.workbin-events). */
export function announceWorkbin(state: GwsState, workbin: Workbin, interaction: Interaction, operation: 'PlacedIn' | 'TakenOut', faults: FaultSet): void {
  // Breaks gws.notification.workbin-events: events keep coming after UnsubscribeWorkbinEvents.
  if (!workbin.subscribed && !faults.has('gws-workbin-events-after-unsubscribe')) return;
  const owner = state.users.get(workbin.userId);
  state.notifier.publish(workbin.userId, '/v2/me/workbins', {
    messageType: 'workbinNotificationResource',
    operation: operation === 'PlacedIn' ? 'Create' : 'Delete',
    workbinContentOperation: operation,
    interaction: interactionView(state, interaction, faults),
    workbinInfo: { workbinTypeId: workbin.workbinName, workbinGroupId: null, workbinPlaceGroupId: null, workbinAgentId: owner?.userName ?? null, workbinPlaceId: null },
    actorInfo: { agentId: owner?.userName ?? null, actorMediaServerId: null, actorType: 'Agent', actorPlaceId: null },
    reasonInfo: { reason: 0, reasonDescription: operation, reasonName: operation },
  });
}

/** PlaceInWorkbin / AddInteractionToWorkbin: the interaction is parked in one of the agent's workbins. */
export function placeInWorkbin(state: GwsState, request: ReferenceRequest, interaction: Interaction, user: User, workbinValue: unknown): string {
  const workbin = agentWorkbin(state, user, workbinValue);
  interaction.stage = 'InWorkbin';
  interaction.workbin = workbin.workbinId;
  delete interaction.owner;
  if (interaction.channel === 'chat') interaction.conferenceWith = [];
  announceInteraction(state, user.id, interaction, request.faults, 'Queued');
  announceWorkbin(state, workbin, interaction, 'PlacedIn', request.faults);
  return workbinInteractionUri(state, workbin, interaction);
}

/** PullInteractionFromWorkbin: the interaction is assigned to the agent, announced as Pulled (gws.interaction.pull-from-workbin). */
export function pullFromWorkbin(state: GwsState, request: ReferenceRequest, user: User, interactionUri: string | undefined): void {
  if (!interactionUri) throw new GwsFailure(1, 'uri is required for PullInteractionFromWorkbin');
  const match = /\/me\/workbins\/([^/]+)\/interactions\/([^/?]+)\/?$/.exec(interactionUri);
  if (!match?.[1] || !match[2]) throw new GwsFailure(2, `${interactionUri} is not the URI of an interaction in a workbin`);
  const workbin = agentWorkbin(state, user, decodeURIComponent(match[1]));
  const interaction = state.interactions.get(decodeURIComponent(match[2]));
  if (!interaction || interaction.workbin !== workbin.workbinId) throw notFound(`interaction ${match[2]} in workbin ${workbin.workbinName}`);
  delete interaction.workbin;
  interaction.owner = user.id;
  interaction.stage = interaction.subType === 'InboundNew' ? 'Accepted' : 'ReplyCreated';
  // Breaks gws.interaction.pull-from-workbin: the pulled interaction is announced as Accepted, not Pulled.
  announceInteraction(state, user.id, interaction, request.faults, request.faults.has('gws-pull-not-announced-pulled') ? 'Accepted' : 'Pulled');
  announceWorkbin(state, workbin, interaction, 'TakenOut', request.faults);
}

/** GetWorkbinContent (POST /me/interactions/{id}): the content arrives as InteractionStateMessages. */
export function announceWorkbinContent(state: GwsState, request: ReferenceRequest, user: User, workbinValue: unknown): void {
  const workbin = agentWorkbin(state, user, workbinValue);
  // Breaks gws.interaction.get-workbin-content-cometd: GetWorkbinContent answers success but the content never comes.
  if (request.faults.has('gws-workbin-content-not-delivered')) return;
  for (const interaction of workbinInteractions(state, workbin)) announceInteraction(state, user.id, interaction, request.faults);
}
