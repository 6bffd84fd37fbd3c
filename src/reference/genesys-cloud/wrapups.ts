import type { ReferenceRequest } from '../http/reference-types';
import { booleanQuery } from './email-draft';
import { requireCommunication, requireConversation, requireParticipant } from './lookups';
import { accepted, bodyOf, invalid, ok, type GcHandlerBody } from './request-error';
import type { GcState, MediaType, Wrapup } from './state';
import { latestWrapup, wrapupView } from './views';

function locate(request: ReferenceRequest, state: GcState, mediaType: MediaType) {
  const conversation = requireConversation(state, request.params.conversationId, mediaType);
  return requireParticipant(conversation, request.params.participantId);
}

/** `provisional=true` reads the pending (provisional) wrap-up instead of the final one. */
function wantsProvisional(request: ReferenceRequest): boolean {
  // Breaks gc.wrapup.read-provisional: the provisional flag is ignored on reads.
  return booleanQuery(request, 'provisional') && !request.faults.has('gc-provisional-wrapup-not-readable');
}

const shown = (wrapup: Wrapup | undefined) => ok(wrapup ? wrapupView(wrapup) : {});

function getCommunicationWrapup(mediaType: MediaType): GcHandlerBody {
  return (request, state) => {
    const communication = requireCommunication(locate(request, state, mediaType), request.params.communicationId);
    return shown(wantsProvisional(request) ? communication.provisionalWrapup : communication.wrapup);
  };
}

function getParticipantWrapup(mediaType: MediaType): GcHandlerBody {
  return (request, state) => shown(latestWrapup(locate(request, state, mediaType), wantsProvisional(request)));
}

/** Applies a wrap-up; a provisional (pending) save needs no code (gc.wrapup.provisional-without-code). */
function applyCommunicationWrapup(mediaType: MediaType): GcHandlerBody {
  return (request, state) => {
    const communication = requireCommunication(locate(request, state, mediaType), request.params.communicationId);
    const body = bodyOf<Omit<Wrapup, 'provisional'> & { provisional: boolean }>(request);
    const provisional = body.provisional === true;
    // Breaks gc.wrapup.provisional-without-code: a code is demanded even for a pending save.
    const codeRequired = !provisional || request.faults.has('gc-provisional-wrapup-requires-code');
    if (codeRequired && !body.code) throw invalid('code is required unless provisional is true');
    const code = body.code ? state.wrapupCodes.find((c) => c.id === body.code) : undefined;
    if (body.code && !code) throw invalid(`wrap-up code ${body.code} does not exist`);
    const wrapup: Wrapup = { ...body, ...(code ? { name: code.name } : {}), provisional };
    // Breaks gc.email-draft.wrap-up: the wrap-up is acknowledged but not stored.
    if (request.faults.has('gc-wrapup-not-stored')) return accepted();
    if (provisional) communication.provisionalWrapup = wrapup;
    else communication.wrapup = wrapup;
    return accepted();
  };
}

function getWrapupCodes(mediaType: MediaType): GcHandlerBody {
  return (request, state) => {
    const participant = locate(request, state, mediaType);
    const codes = state.wrapupCodes.filter((c) => participant.wrapupCodeIds.includes(c.id));
    const list = codes.map((c) => ({ id: c.id, name: c.name, selfUri: `/api/v2/routing/wrapupcodes/${c.id}` }));
    // Breaks gc.wrapup.codes-list: the codes come wrapped in an entity listing instead of as an array.
    return ok(request.faults.has('gc-wrapup-codes-wrapped') ? { entities: list, total: list.length } : list);
  };
}

export const wrapupHandlers: Readonly<Record<string, GcHandlerBody>> = {
  getConversationsEmailParticipantCommunicationWrapup: getCommunicationWrapup('email'),
  getConversationsMessageParticipantCommunicationWrapup: getCommunicationWrapup('message'),
  getConversationsSocialParticipantCommunicationWrapup: getCommunicationWrapup('social'),
  getConversationsVideoParticipantCommunicationWrapup: getCommunicationWrapup('video'),
  postConversationsEmailParticipantCommunicationWrapup: applyCommunicationWrapup('email'),
  postConversationsMessageParticipantCommunicationWrapup: applyCommunicationWrapup('message'),
  postConversationsSocialParticipantCommunicationWrapup: applyCommunicationWrapup('social'),
  postConversationsVideoParticipantCommunicationWrapup: applyCommunicationWrapup('video'),
  getConversationsEmailParticipantWrapup: getParticipantWrapup('email'),
  getConversationsMessageParticipantWrapup: getParticipantWrapup('message'),
  getConversationsEmailParticipantWrapupcodes: getWrapupCodes('email'),
  getConversationsMessageParticipantWrapupcodes: getWrapupCodes('message'),
};
