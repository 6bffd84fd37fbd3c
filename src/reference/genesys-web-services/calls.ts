import type { Handler, ReferenceRequest } from '../http/reference-types';
import { newCall } from './call-factory';
import { changeRecording, endRecording } from './call-recording';
import { announceCall, callCapabilities, callView, consultedFrom, otherCalls } from './call-view';
import { currentUser, isAdmin } from './current-user';
import { ownDevice } from './devices';
import { GwsFailure, guarded, notFound, ok } from './envelope';
import { machine } from './machines';
import { destination, operationBody, text } from './request-body';
import type { Call, GwsState } from './types';
import { idFromUri, uri } from './uris';
import { listBody } from './views';

type Json = Record<string, unknown>;

const RECORDING_OPERATIONS = ['StartCallRecording', 'PauseCallRecording', 'ResumeCallRecording', 'StopCallRecording'];

/** The calls the caller sees: every call for a Contact Center Admin, the own ones for an Agent (gws.auth.me-calls-owned). */
function visibleCalls(state: GwsState, request: ReferenceRequest): Call[] {
  // Breaks gws.auth.me-calls-owned: an Agent sees every call of the contact center.
  if (isAdmin(request) || request.faults.has('gws-agent-sees-all-calls')) return [...state.calls.values()];
  const user = currentUser(state, request);
  return [...state.calls.values()].filter((c) => state.devices.get(c.deviceId)?.userId === user.id);
}

function visibleCall(state: GwsState, request: ReferenceRequest, id: string): Call {
  const call = state.calls.get(id);
  if (!call) throw notFound(`call ${id}`);
  if (!visibleCalls(state, request).includes(call)) throw new GwsFailure(5, `call ${id} is not one of ${request.principal.username}'s calls`);
  return call;
}

export const getMeCalls: Handler<GwsState> = (request, state) =>
  guarded(request, () => ok(request, listBody(request, 'calls', visibleCalls(state, request).map((c) => callView(state, c, request.faults)), (c) => String(c.uri))));

export const getMeCallsById: Handler<GwsState> = (request, state) => guarded(request, () => ok(request, { call: callView(state, visibleCall(state, request, request.params.id ?? ''), request.faults) }));

/** Dial on /devices/{id}/calls: a new outbound call in state Dialing (gws.call.dial). */
export const postDevicesByIdCalls: Handler<GwsState> = (request, state) =>
  guarded(request, () => {
    const { body } = operationBody(request);
    const device = ownDevice(state, request, request.params.id ?? '');
    if (device.deviceState !== 'Active') throw new GwsFailure(2, `device ${device.id} is Inactive`);
    const to = destination(body) ?? '';
    // Breaks gws.call.dial: Dial answers success but no call is made.
    if (request.faults.has('gws-dial-creates-nothing')) return ok(request);
    const call = newCall(state, device, { state: 'Dialing', callType: to.length <= 5 ? 'Internal' : 'Outbound', ani: device.phoneNumber, dnis: to, participant: to });
    announceCall(state, call, 'StatusChange', request.faults);
    return ok(request);
  });

/**
 * Call control and call recording on a call: an operation is performed only when the gws.call
 * machine allows it in the call's state or the call offers it as a capability; anything else is
 * statusCode 2, also reported on /v2/me/calls with the error attributes (gws.notification.call-control-error).
 */
export const postMeCallsById: Handler<GwsState> = (request, state) =>
  guarded(request, () => {
    const { name, body } = operationBody(request);
    const call = visibleCall(state, request, request.params.id ?? '');
    if (RECORDING_OPERATIONS.includes(name)) {
      changeRecording(state, request, call, name);
      return ok(request);
    }
    if (!allowed(state, request, call, name)) {
      const message = `${name} is not valid for a call in state ${call.state}`;
      // Breaks gws.notification.call-control-error: the failure is announced without its error attributes.
      const details = request.faults.has('gws-call-error-without-details') ? {} : { deviceUri: uri(state, `/devices/${call.deviceId}`), errorMessage: message, connectionId: call.connectionId, callUuid: call.callUuid };
      announceCall(state, call, 'StatusChange', request.faults, details);
      // Breaks gws.negative.invalid-for-state: an operation not valid for the call's state is refused with statusCode 1, not 2.
      throw new GwsFailure(request.faults.has('gws-invalid-for-state-code-1') ? 1 : 2, message);
    }
    perform(state, request, call, name, body);
    return ok(request);
  });

/** Error rows of gws.call that a fault lets through: state:operation → fault. */
const ILLEGAL_ACCEPTED: readonly (readonly [string, string])[] = [
  // Breaks gws.call.illegal-hold-held: Hold on a held call is accepted.
  ['Held:Hold', 'gws-hold-held-accepted'],
  // Breaks gws.call.illegal-retrieve-established: Retrieve on an established call is accepted.
  ['Established:Retrieve', 'gws-retrieve-established-accepted'],
  // Breaks gws.call.illegal-answer-established: Answer on an established call is accepted.
  ['Established:Answer', 'gws-answer-established-accepted'],
  // Breaks gws.call.illegal-retrieve-dialing: Retrieve on a dialing call is accepted (and establishes it).
  ['Dialing:Retrieve', 'gws-retrieve-dialing-accepted'],
];

function allowed(state: GwsState, request: ReferenceRequest, call: Call, name: string): boolean {
  const move = machine('gws.call').move(call.state, `postMeCallsById:${name}`);
  if (move.kind === 'legal') return true;
  if (move.kind === 'illegal') return ILLEGAL_ACCEPTED.some(([row, fault]) => row === `${call.state}:${name}` && request.faults.has(fault));
  return callCapabilities(state, call, request.faults).some((c) => c.toLowerCase() === name.toLowerCase());
}

function perform(state: GwsState, request: ReferenceRequest, call: Call, name: string, body: Json): void {
  const faults = request.faults;
  const status = (target: Call, to: Call['state']) => {
    target.state = to;
    announceCall(state, target, 'StatusChange', faults);
  };
  switch (name) {
    case 'Answer':
      // Breaks gws.call.answer: Answer answers success but the call keeps ringing.
      return status(call, faults.has('gws-answer-keeps-ringing') ? 'Ringing' : 'Established');
    case 'Retrieve':
      // Breaks gws.call.retrieve: Retrieve answers success but the call stays Held.
      return status(call, call.state === 'Held' && faults.has('gws-retrieve-stays-held') ? 'Held' : 'Established');
    case 'Hold':
      // Breaks gws.notification.call-status-change: the call is held without a StatusChange.
      if (faults.has('gws-hold-not-announced')) return void (call.state = 'Held');
      // Breaks gws.call.hold: Hold answers success but the call stays Established.
      return status(call, faults.has('gws-hold-ignored') ? 'Established' : 'Held');
    case 'Hangup':
    case 'SingleStepTransfer':
      return release(state, request, call);
    case 'MuteCall':
    case 'UnmuteCall':
      // Breaks gws.call.mute: MuteCall answers success but the call is not muted.
      if (!faults.has('gws-mute-ignored')) call.muted = name === 'MuteCall';
      // Breaks gws.notification.async-result-via-cometd: the call is muted or unmuted without a call notification.
      if (faults.has('gws-mute-not-announced')) return;
      // The result comes as a StatusChange with the call's new mute value (gws.notify-async-result-unspecified).
      return announceCall(state, call, 'StatusChange', faults);
    case 'SendDtmf':
      // Breaks gws.call.send-dtmf: SendDtmf on an established call is refused.
      if (faults.has('gws-dtmf-refused')) throw new GwsFailure(2, 'SendDtmf is not valid for the call');
      // Breaks gws.notification.dtmf-sent: sent digits are not announced.
      if (faults.has('gws-dtmf-not-announced')) return;
      return announceCall(state, call, 'DtmfSent', faults);
    case 'SingleStepConference':
      call.participants.push(destination(body) ?? '');
      return announceCall(state, call, 'ParticipantsUpdated', faults);
    case 'RemoveParticipantFromConference': {
      const participant = text(body, 'participant') ?? '';
      if (!call.participants.includes(participant)) throw notFound(`participant ${participant}`);
      // Breaks gws.notification.participants-updated: ParticipantsUpdated carries the list from before the removal.
      const stale = faults.has('gws-participants-updated-stale');
      if (stale) announceCall(state, call, 'ParticipantsUpdated', faults);
      call.participants = call.participants.filter((p) => p !== participant);
      if (!stale) announceCall(state, call, 'ParticipantsUpdated', faults);
      return;
    }
    case 'InitiateTransfer':
    case 'InitiateConference': {
      const device = state.devices.get(call.deviceId);
      if (!device) throw notFound(`device ${call.deviceId}`);
      const to = destination(body) ?? '';
      const consult = newCall(state, device, { state: 'Dialing', callType: 'Consult', ani: device.phoneNumber, dnis: to, participant: to });
      call.consultCallId = consult.id;
      call.consultKind = name === 'InitiateTransfer' ? 'transfer' : 'conference';
      status(call, 'Held');
      return announceCall(state, consult, 'StatusChange', faults);
    }
    case 'CompleteTransfer':
    case 'CompleteConference':
      return complete(state, request, call, name, text(body, 'consultCallUri'));
    case 'SwapCalls':
    case 'MergeWithOtherCall': {
      const other = otherCall(state, call, text(body, 'otherCallUri') ?? '');
      if (name === 'SwapCalls') {
        status(call, 'Held');
        return status(other, 'Established');
      }
      call.participants.push(...other.participants);
      release(state, request, other);
      return announceCall(state, call, 'ParticipantsUpdated', faults);
    }
    default:
      throw new GwsFailure(2, `invalid operation ${name}`);
  }
}

/** The call is released: recording ends with it, and it leaves /me/calls (gws.call.hangup). */
function release(state: GwsState, request: ReferenceRequest, call: Call): void {
  endRecording(state, call, request.faults);
  call.state = 'Released';
  // Breaks gws.call.hangup: a released call is still listed in /me/calls.
  if (!request.faults.has('gws-released-call-listed')) state.calls.delete(call.id);
  announceCall(state, call, 'StatusChange', request.faults);
}

/** CompleteTransfer drops the agent from both calls; CompleteConference joins the consulted party. */
function complete(state: GwsState, request: ReferenceRequest, call: Call, name: string, consultCallUri: string | undefined): void {
  const original = call.consultCallId ? call : consultedFrom(state, call);
  const consultId = consultCallUri ? idFromUri(consultCallUri) : original?.consultCallId;
  const consult = consultId ? state.calls.get(consultId) : undefined;
  if (!original || !consult || original.consultCallId !== consult.id) throw new GwsFailure(2, `${name}: no consultation call to complete`);
  delete original.consultCallId;
  delete original.consultKind;
  if (name === 'CompleteTransfer') {
    release(state, request, consult);
    return release(state, request, original);
  }
  original.participants.push(...consult.participants);
  release(state, request, consult);
  original.state = 'Established';
  announceCall(state, original, 'ParticipantsUpdated', request.faults);
}

function otherCall(state: GwsState, call: Call, otherCallUri: string): Call {
  const other = state.calls.get(idFromUri(otherCallUri));
  if (!other || !otherCalls(state, call).includes(other)) throw notFound(`call ${otherCallUri}`);
  return other;
}
