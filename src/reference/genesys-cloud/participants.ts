import { randomUUID } from 'node:crypto';
import type { ReferenceRequest } from '../http/reference-types';
import { connect, disconnect, settleEndTime } from './connection';
import { newParticipant, now } from './factory';
import { requireCommunication, requireConversation, requireParticipant, userOf } from './lookups';
import { accepted, bodyOf, invalid, ok, type GcHandlerBody } from './request-error';
import type { Communication, Conversation, GcState, JsonObject, MediaType, Participant, Wrapup } from './state';
import { communicationView } from './views';

interface MediaParticipantBody {
  state: 'connected' | 'disconnected';
  held: boolean;
  muted: boolean;
  confined: boolean;
  recording: boolean;
  wrapup: JsonObject;
  wrapupSkipped: boolean;
}

function locate(request: ReferenceRequest, state: GcState, mediaType: MediaType): { conversation: Conversation; participant: Participant } {
  const conversation = requireConversation(state, request.params.conversationId, mediaType);
  return { conversation, participant: requireParticipant(conversation, request.params.participantId) };
}

/** State and flags of a communication; wrap-up is never touched here (gc.state.communication-no-wrapup-update). */
function applyMediaRequest(conversation: Conversation, communication: Communication, body: Partial<MediaParticipantBody>): void {
  if (body.state === 'disconnected') disconnect(communication);
  if (body.state === 'connected' && communication.state !== 'connected') connect(communication);
  for (const flag of ['held', 'muted', 'confined', 'recording'] as const) {
    const value = body[flag];
    if (value !== undefined) communication[flag] = value;
  }
  settleEndTime(conversation);
}

function wrapupFrom(value: JsonObject): Wrapup {
  return { ...(value as Partial<Wrapup>), provisional: value.provisional === true };
}

function updateParticipant(mediaType: MediaType): GcHandlerBody {
  return (request, state) => {
    const { conversation, participant } = locate(request, state, mediaType);
    const body = bodyOf<MediaParticipantBody>(request);
    for (const communication of participant.communications.filter((c) => c.mediaType === mediaType)) {
      applyMediaRequest(conversation, communication, body);
      if (body.wrapup) communication.wrapup = wrapupFrom(body.wrapup);
    }
    // Breaks gc.state.participant-wrapup-skipped: the skip is not recorded.
    if (body.wrapupSkipped !== undefined && !request.faults.has('gc-wrapup-skipped-ignored')) participant.wrapupSkipped = body.wrapupSkipped;
    return accepted();
  };
}

function updateCommunication(mediaType: MediaType): GcHandlerBody {
  return (request, state) => {
    const { conversation, participant } = locate(request, state, mediaType);
    const communication = requireCommunication(participant, request.params.communicationId);
    const body = bodyOf<MediaParticipantBody>(request);
    // Breaks gc.email-draft.disconnect: a disconnect request leaves the communication connected.
    const effective = request.faults.has('gc-communication-stays-connected') && body.state === 'disconnected' ? { ...body, state: undefined } : body;
    applyMediaRequest(conversation, communication, effective);
    // Breaks gc.state.communication-no-wrapup-update: this endpoint applies the wrap-up it is sent.
    if (request.faults.has('gc-communication-patch-updates-wrapup') && body.wrapup) communication.wrapup = wrapupFrom(body.wrapup);
    return ok(communicationView(communication));
  };
}

function updateAttributes(mediaType: MediaType): GcHandlerBody {
  return (request, state) => {
    const { participant } = locate(request, state, mediaType);
    const attributes = bodyOf<{ attributes: Record<string, unknown> }>(request).attributes ?? {};
    for (const [key, value] of Object.entries(attributes)) participant.attributes[key] = typeof value === 'string' ? value : JSON.stringify(value);
    // Breaks gc.schema.response-matches-contract: attributes must be an object.
    if (request.faults.has('gc-attributes-not-object')) return ok({ attributes: JSON.stringify(participant.attributes) });
    return ok({ attributes: participant.attributes });
  };
}

const updateParkingState: GcHandlerBody = (request, state) => {
  const { participant } = locate(request, state, 'email');
  participant.parkingState = bodyOf<{ state: string }>(request).state ?? '';
  return accepted();
};

interface TransferBody {
  userId: string;
  userName: string;
  address: string;
  queueId: string;
  transferType: 'Attended' | 'Unattended';
}

function replaceParticipant(mediaType: MediaType): GcHandlerBody {
  return (request, state) => {
    const { conversation, participant } = locate(request, state, mediaType);
    const body = bodyOf<TransferBody>(request);
    if (!body.userId && !body.userName && !body.address && !body.queueId) throw invalid('a transfer needs userId, userName, address or queueId');
    // Breaks gc.transfer.default-unattended: without transferType the transfer is attended.
    const transferType = body.transferType ?? (request.faults.has('gc-transfer-default-attended') ? 'Attended' : 'Unattended');
    const user = state.users.find((u) => u.id === body.userId || u.name === body.userName);
    const destination = newParticipant({
      name: user?.name ?? body.address ?? body.queueId ?? '',
      purpose: user ? 'agent' : body.queueId ? 'acd' : 'external',
      mediaType,
      ...(user ? { userId: user.id } : {}),
      ...(body.queueId ? { queueId: body.queueId } : {}),
      ...(body.address ? { address: body.address } : {}),
      state: transferType === 'Attended' ? 'alerting' : 'connected',
    });
    conversation.participants.push(destination);
    if (transferType === 'Unattended') participant.communications.filter((c) => c.mediaType === mediaType).forEach(disconnect);
    const target: JsonObject = { ...(body.userId ? { userId: body.userId } : {}), ...(body.queueId ? { queueId: body.queueId } : {}), ...(body.address ? { address: body.address } : {}) };
    conversation.recentTransfers.push({ id: randomUUID(), transferType, initiatorParticipantId: participant.id, destination: target, dateIssued: now(), state: transferType === 'Attended' ? 'Pending' : 'Complete' });
    return accepted();
  };
}

const monitorParticipant: GcHandlerBody = (request, state) => {
  const { conversation, participant } = locate(request, state, 'message');
  const user = userOf(state, request.principal);
  const monitor = newParticipant({ name: user?.name ?? request.principal.username, purpose: 'agent', mediaType: 'message', ...(user ? { userId: user.id } : {}) });
  monitor.monitoredParticipantId = participant.id;
  conversation.participants.push(monitor);
  return accepted();
};

export const participantHandlers: Readonly<Record<string, GcHandlerBody>> = {
  patchConversationsEmailParticipant: updateParticipant('email'),
  patchConversationsMessageParticipant: updateParticipant('message'),
  patchConversationsEmailParticipantCommunication: updateCommunication('email'),
  patchConversationsMessageParticipantCommunication: updateCommunication('message'),
  patchConversationsEmailParticipantAttributes: updateAttributes('email'),
  patchConversationsMessageParticipantAttributes: updateAttributes('message'),
  patchConversationsEmailParticipantParkingstate: updateParkingState,
  postConversationsEmailParticipantReplace: replaceParticipant('email'),
  postConversationsMessageParticipantReplace: replaceParticipant('message'),
  postConversationsMessageParticipantMonitor: monitorParticipant,
};
