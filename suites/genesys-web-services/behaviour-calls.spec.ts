import { expect } from '@playwright/test';
import { isLegalTransition, type ContractRegistry, type StateMachine } from '../../src/harness/contracts';
import type { ProviderStates } from '../../src/harness/fixtures/provider-states';
import { test } from '../../src/harness/fixtures/notifications';
import type { ClauseLedger } from '../../src/harness/models/clause-ledger';
import { runClauseScenario } from '../../src/harness/models/clause-scenario';
import { GwsClient, refused, succeeded, told, type GwsAnswer, type Json } from '../../src/harness/models/gws-common/gws-client';
import { arrived, NotificationProbe } from '../../src/harness/models/gws-common/notification-probe';
import { callOf, capabilitiesOf, isCallNotification } from '../../src/harness/models/gws-common/notification-views';
import { AGENT, given, requireNotifications, requireRole } from '../../src/harness/models/gws-common/scenario-setup';
import { listOf } from './list-of';

/**
 * Call control (004, "Call Control" and the /me/calls operations), example by example, on the
 * gws.call transition table: each legal row (Answer, Hold, Retrieve, SendDtmf, MuteCall, Hangup,
 * Dial) moves the call as its clause says, each error row is refused and leaves the call as it
 * was, and a call offers the operations of its state and none that the table refuses there.
 * Each test checks its clauses in order and stops at the first that fails.
 */
const TAGS = { tag: ['@behaviour', '@genesys-web-services'] };
const RINGING = "a call is ringing on agent1's device";
const ESTABLISHED = "a call is established on agent1's device";
const LOGIN = 'agent1 is logged in with channels ready';
const CALLS = '/v2/me/calls';

/** The clause of the gws.call row for `operation` from `from` (legal or error). */
function clauseOf(machine: StateMachine, from: string, operation: string): string {
  const row = machine.transitions.find((t) => t.from === from && t.operation === operation && t.guard === undefined) ?? machine.transitions.find((t) => t.from === from && t.operation === operation);
  if (!row) throw new Error(`gws.call has no row for ${operation} from ${from}`);
  return row.clause;
}

/** One call of the agent: its id, and the client that acts on it. */
class CallUnderTest {
  constructor(
    readonly client: GwsClient,
    readonly machine: StateMachine,
    readonly ledger: ClauseLedger,
    readonly id: string,
  ) {}

  static async given(client: GwsClient, contracts: ContractRegistry, providerStates: ProviderStates, ledger: ClauseLedger, state: string): Promise<CallUnderTest> {
    const { callId } = await given<{ callId: string }>(providerStates, state);
    return new CallUnderTest(client, contracts.stateMachine('gws.call'), ledger, callId);
  }

  operate(operationName: string, extra: Json = {}): Promise<GwsAnswer> {
    return this.client.call('postMeCallsById', { params: { id: this.id }, body: { operationName, ...extra } });
  }

  async read(): Promise<{ answer: GwsAnswer; call: Json | undefined }> {
    const answer = await this.client.call('getMeCallsById', { params: { id: this.id } });
    return { answer, call: succeeded(answer) ? (answer.body.call as Json | undefined) : undefined };
  }

  /** A legal row: accepted, and the call is then in `to` (read back). */
  async legal(from: string, operationName: string, to: string, extra: Json = {}): Promise<void> {
    const clause = clauseOf(this.machine, from, `postMeCallsById:${operationName}`);
    const answer = await this.operate(operationName, extra);
    await this.ledger.check(clause, () => expect(succeeded(answer), `${operationName} on a ${from} call is accepted: ${told(answer)}`).toBe(true));
    const { answer: read, call } = await this.read();
    await this.ledger.check(clause, () => expect(call?.state, `the call after ${operationName}: ${told(read)}`).toBe(to));
  }

  /** An error row: refused, and the call is still in `from`. */
  async illegal(from: string, operationName: string): Promise<void> {
    const clause = clauseOf(this.machine, from, `postMeCallsById:${operationName}`);
    const answer = await this.operate(operationName);
    await this.ledger.check(clause, () => expect(refused(answer), `${operationName} on a ${from} call is refused: ${told(answer)}`).toBe(true));
    const { answer: read, call } = await this.read();
    await this.ledger.check(clause, () => expect(call?.state, `the call after the refused ${operationName}: ${told(read)}`).toBe(from));
    // Refused with the error envelope: statusCode 2, "not valid for the current state" (the examples' {"status": "error"} variant is not judged here).
    if (typeof answer.body.statusCode === 'number') await this.ledger.check('gws.negative.invalid-for-state', () => expect(answer.body.statusCode, `the statusCode of the refused ${operationName}: ${told(answer)}`).toBe(2));
  }
}

/** The agent's voice device (for Dial): the first device /me/devices lists. */
async function agentDevice(client: GwsClient): Promise<string> {
  const answer = await client.call('getMeDevices', { query: { fields: '*' } });
  const devices = listOf(answer.body, 'devices');
  const id = devices.map((d): unknown => d.id).find((d): d is string => typeof d === 'string');
  if (id === undefined) test.skip(true, `the agent has no device to dial from: ${told(answer)}`);
  return id ?? '';
}

async function callIds(client: GwsClient): Promise<Json[]> {
  const answer = await client.call('getMeCalls', { query: { fields: '*' } });
  return listOf(answer.body, 'calls');
}

test.describe('GWS call control', () => {
  test.beforeEach(async ({ target, exclusiveUser }) => {
    requireRole(target, AGENT);
    await exclusiveUser(AGENT);
  });

  test('a ringing call: Answer establishes it; Answer and Retrieve on the established call are refused', TAGS, async ({ api, contracts, providerStates }) => {
    const client = new GwsClient(api, contracts, AGENT);
    await runClauseScenario(async (ledger) => {
      const call = await CallUnderTest.given(client, contracts, providerStates, ledger, RINGING);
      await call.legal('Ringing', 'Answer', 'Established');
      await call.illegal('Established', 'Answer');
      await call.illegal('Established', 'Retrieve');
      await call.operate('Hangup');
    });
  });

  test('an established call: Hold holds it, Hold again is refused, Retrieve establishes it again', TAGS, async ({ api, contracts, providerStates }) => {
    const client = new GwsClient(api, contracts, AGENT);
    await runClauseScenario(async (ledger) => {
      const call = await CallUnderTest.given(client, contracts, providerStates, ledger, ESTABLISHED);
      await call.legal('Established', 'Hold', 'Held');
      await call.illegal('Held', 'Hold');
      await call.legal('Held', 'Retrieve', 'Established');
      await call.operate('Hangup');
    });
  });

  test('an established call: MuteCall mutes it and UnmuteCall unmutes it', TAGS, async ({ api, contracts, providerStates }) => {
    const client = new GwsClient(api, contracts, AGENT);
    await runClauseScenario(async (ledger) => {
      const call = await CallUnderTest.given(client, contracts, providerStates, ledger, ESTABLISHED);
      for (const [operationName, mute] of [['MuteCall', 'On'], ['UnmuteCall', 'Off']] as const) {
        const answer = await call.operate(operationName);
        await ledger.check('gws.call.mute', () => expect(succeeded(answer), `${operationName} is accepted: ${told(answer)}`).toBe(true));
        const { answer: read, call: after } = await call.read();
        await ledger.check('gws.call.mute', () => {
          expect(after?.state, `${operationName} leaves the call Established: ${told(read)}`).toBe('Established');
          expect(after?.mute, `the call's mute after ${operationName}: ${told(read)}`).toBe(mute);
        });
      }
      await call.operate('Hangup');
    });
  });

  test('an established call: SendDtmf leaves it Established and is announced with DtmfSent', TAGS, async ({ api, contracts, providerStates, notifications }) => {
    requireNotifications(notifications, ['gws.notification.dtmf-sent']);
    const client = new GwsClient(api, contracts, AGENT);
    const probe = await NotificationProbe.open(notifications, AGENT, [CALLS]);
    await runClauseScenario(async (ledger) => {
      const call = await CallUnderTest.given(client, contracts, providerStates, ledger, ESTABLISHED);
      const mark = probe.mark();
      await call.legal('Established', 'SendDtmf', 'Established', { digits: '123' });
      const announced = await probe.next(CALLS, isCallNotification(call.id, 'DtmfSent'), `the DtmfSent notification of call ${call.id}`, mark);
      await ledger.check('gws.notification.dtmf-sent', () => {
        if (!arrived(announced)) throw announced ?? new Error('no notification session');
      });
      await call.operate('Hangup');
    });
  });

  test('an established call: Hangup releases it, and /me/calls no longer lists it', TAGS, async ({ api, contracts, providerStates }) => {
    const client = new GwsClient(api, contracts, AGENT);
    await runClauseScenario(async (ledger) => {
      const call = await CallUnderTest.given(client, contracts, providerStates, ledger, ESTABLISHED);
      const answer = await call.operate('Hangup');
      await ledger.check('gws.call.hangup', () => expect(succeeded(answer), `Hangup is accepted: ${told(answer)}`).toBe(true));
      const listed = await callIds(client);
      await ledger.check('gws.call.hangup', () => expect(listed.map((c): unknown => c.id), 'the calls /me/calls lists after the Hangup').not.toContain(call.id));
    });
  });

  test('Dial on the agent device: a new call in state Dialing; Retrieve on it is refused; Dial without destination is refused with statusCode 1', TAGS, async ({ api, contracts, providerStates }) => {
    const client = new GwsClient(api, contracts, AGENT);
    const machine = contracts.stateMachine('gws.call');
    await given(providerStates, LOGIN);
    const device = await agentDevice(client);
    await runClauseScenario(async (ledger) => {
      const before = (await callIds(client)).map((c) => String(c.id));
      const dialled = await client.call('postDevicesByIdCalls', { params: { id: device }, body: { operationName: 'Dial', destination: { phoneNumber: '5001' } } });
      await ledger.check('gws.call.dial', () => expect(succeeded(dialled), `Dial is accepted: ${told(dialled)}`).toBe(true));
      const created = (await callIds(client)).filter((c) => !before.includes(String(c.id)));
      await ledger.check('gws.call.dial', () => expect(created.map((c): unknown => c.state), 'the new calls of the agent after Dial').toEqual(['Dialing']));
      const call = new CallUnderTest(client, machine, ledger, String(created[0]?.id));
      await call.illegal('Dialing', 'Retrieve');
      await call.operate('Hangup');
      const missing = await client.call('postDevicesByIdCalls', { params: { id: device }, body: { operationName: 'Dial' } });
      await ledger.check('gws.negative.dial-destination-required', () => expect(missing.body.statusCode, `Dial without destination: ${told(missing)}`).toBe(1));
    });
  });

  test('with the Call Recording feature disabled, StartCallRecording is an invalid operation', TAGS, async ({ api, contracts, providerStates }) => {
    const client = new GwsClient(api, contracts, AGENT);
    await runClauseScenario(async (ledger) => {
      const call = await CallUnderTest.given(client, contracts, providerStates, ledger, ESTABLISHED);
      await given(providerStates, 'call recording is disabled', { disabled: true });
      try {
        const answer = await call.operate('StartCallRecording');
        await ledger.check('gws.envelope.disabled-feature', () => expect(answer.body.statusCode, `StartCallRecording while the feature is disabled: ${told(answer)}`).toBe(2));
      } finally {
        await given(providerStates, 'call recording is disabled', { disabled: false });
        await call.operate('Hangup');
      }
    });
  });

  test('call notifications: Hold is announced with a StatusChange showing the call Held, with call, phoneNumber and notificationType; a refused Hold with the error attributes', TAGS, async ({ api, contracts, providerStates, notifications }) => {
    requireNotifications(notifications, ['gws.notification.call-status-change', 'gws.notification.call-attributes', 'gws.notification.call-control-error']);
    const client = new GwsClient(api, contracts, AGENT);
    const probe = await NotificationProbe.open(notifications, AGENT, [CALLS]);
    await runClauseScenario(async (ledger) => {
      const call = await CallUnderTest.given(client, contracts, providerStates, ledger, ESTABLISHED);
      const mark = probe.mark();
      await call.operate('Hold');
      const held = (data: unknown) => isCallNotification(call.id, 'StatusChange')(data) && callOf(data)?.state === 'Held';
      const announced = await probe.next(CALLS, held, `the StatusChange of call ${call.id} to Held`, mark);
      await ledger.check('gws.notification.call-status-change', () => {
        if (!arrived(announced)) throw announced ?? new Error('no notification session');
      });
      if (arrived(announced)) {
        const data = announced.data as Json;
        await ledger.check('gws.notification.call-attributes', () => expect(['call', 'phoneNumber', 'notificationType'].filter((m) => data[m] === undefined), `members missing from the notification: ${JSON.stringify(data).slice(0, 300)}`).toEqual([]));
      }
      // Hold again is refused: the failure is reported on /v2/me/calls with its error attributes.
      const again = probe.mark();
      await call.operate('Hold');
      const failure = await probe.next(CALLS, (data) => callOf(data)?.id === call.id && typeof (data as Json).errorMessage === 'string', `the error notification of call ${call.id} after a refused Hold`, again);
      await ledger.check('gws.notification.call-control-error', () => {
        if (!arrived(failure)) throw failure ?? new Error('no notification session');
        const data = failure.data as Json;
        expect(['deviceUri', 'errorMessage', 'connectionId', 'callUuid'].filter((m) => typeof data[m] !== 'string'), `error attributes missing: ${JSON.stringify(data).slice(0, 300)}`).toEqual([]);
      });
      await call.operate('Hangup');
    });
  });

  test('a call offers the operations of its state in gws.call, and none the table refuses in that state', TAGS, async ({ api, contracts, providerStates }) => {
    const client = new GwsClient(api, contracts, AGENT);
    const machine = contracts.stateMachine('gws.call');
    await runClauseScenario(async (ledger) => {
      const ringing = await CallUnderTest.given(client, contracts, providerStates, ledger, RINGING);
      const established = await CallUnderTest.given(client, contracts, providerStates, ledger, ESTABLISHED);
      const held = await CallUnderTest.given(client, contracts, providerStates, ledger, ESTABLISHED);
      await held.operate('Hold');
      for (const [state, call] of [['Ringing', ringing], ['Established', established], ['Held', held]] as const) {
        const { answer, call: shown } = await call.read();
        const offered = capabilitiesOf(shown);
        const expected = machine.states.find((s) => s.name === state)?.capabilities ?? [];
        const refusedHere = machine.transitions.filter((t) => t.from === state && !isLegalTransition(t) && t.guard === undefined).map((t) => t.operation.split(':')[1] ?? '');
        await ledger.check('gws.call.capabilities-per-state', () => {
          expect(shown?.state, `the call is ${state}: ${told(answer)}`).toBe(state);
          expect(expected.filter((c) => !offered.includes(c)), `the ${state} call offers every operation of its state: ${told(answer)}`).toEqual([]);
          expect(refusedHere.filter((c) => offered.includes(c)), `the ${state} call offers no operation gws.call refuses in that state: ${told(answer)}`).toEqual([]);
        });
      }
      for (const call of [ringing, established, held]) await call.operate('Hangup');
    });
  });
});
