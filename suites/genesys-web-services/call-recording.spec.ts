import * as fc from 'fast-check';
import type { ContractRegistry } from '../../src/harness/contracts';
import { test } from '../../src/harness/fixtures/notifications';
import type { ProviderStates } from '../../src/harness/fixtures/provider-states';
import type { TargetApi } from '../../src/harness/fixtures/target-api';
import { ClauseLedger } from '../../src/harness/models/clause-ledger';
import { runClauseScenario } from '../../src/harness/models/clause-scenario';
import { callRecordingCommands } from '../../src/harness/models/gws-call-recording/commands';
import { HangupCommand } from '../../src/harness/models/gws-call-recording/commands/hangup';
import { RecordingOperationCommand } from '../../src/harness/models/gws-call-recording/commands/recording-operation';
import { RECORDING_OPERATIONS, recordingMove, type RecordingModel, type RecordingState } from '../../src/harness/models/gws-call-recording/recording-model';
import { CALLS, CALLS_ALTERNATIVE, operate, type RecordingReal } from '../../src/harness/models/gws-call-recording/recording-real';
import { GwsClient } from '../../src/harness/models/gws-common/gws-client';
import { NotificationProbe } from '../../src/harness/models/gws-common/notification-probe';
import { isCallNotification } from '../../src/harness/models/gws-common/notification-views';
import { AGENT, given, prepared, requireNotifications, requireRole } from '../../src/harness/models/gws-common/scenario-setup';
import { checkModelProperty } from '../../src/harness/models/model-property';

/**
 * Call recording (004, "Call Recording API": Agent Operations, Notifications, API Extensions):
 * StartCallRecording, PauseCallRecording, ResumeCallRecording and StopCallRecording on an
 * established call of the agent, as the gws.call-recording state machine says - recordingState,
 * capabilities and GSIP_RECORD in each state, exactly one CallRecordingStateChange on
 * /v2/me/calls per change, illegal moves refused without a notification, recording ending with
 * the call. Every wait is on a CometD notification, bounded; nothing sleeps.
 */
const TAGS = { tag: ['@call-recording', '@genesys-web-services'] };
const ESTABLISHED = "a call is established on agent1's device";
const INITIAL_STATES: readonly Exclude<RecordingState, 'CallReleased'>[] = ['NotRecording', 'Recording', 'Paused', 'Stopped'];

interface Fixtures {
  readonly api: TargetApi;
  readonly contracts: ContractRegistry;
  readonly providerStates: ProviderStates;
}

/** A new established call of the agent, its recording preset to `state`, as the target side of the model. */
async function establishedCall(fixtures: Fixtures, probe: NotificationProbe, ledger: ClauseLedger, state: Exclude<RecordingState, 'CallReleased'>, inRun: boolean): Promise<RecordingReal> {
  const setUp = inRun ? prepared : given;
  const mark = probe.mark();
  const call = await setUp<{ callId: string }>(fixtures.providerStates, ESTABLISHED, { recordingState: state });
  // The state announces the new call with a StatusChange: wait for it, so that it is not taken for a later one.
  const announced = await probe.next(CALLS, isCallNotification(call.callId, 'StatusChange'), `the StatusChange announcing the established call ${call.callId}`, mark);
  if (announced instanceof Error) throw new Error(`provider state "${ESTABLISHED}": ${announced.message}`);
  return { ledger, machine: fixtures.contracts.stateMachine('gws.call-recording'), client: new GwsClient(fixtures.api, fixtures.contracts, AGENT), probe, callId: call.callId };
}

test.describe('GWS call recording', () => {
  test.beforeEach(async ({ target, exclusiveUser }) => {
    requireRole(target, AGENT);
    await exclusiveUser(AGENT);
  });

  test('GWS call recording walkthrough (Agent Operations examples): Start, Pause, Resume, Stop, Start again, then Hangup ends the recording', TAGS, async ({ api, contracts, providerStates, notifications }) => {
    const probe = await NotificationProbe.open(notifications, AGENT, [CALLS, CALLS_ALTERNATIVE]);
    await runClauseScenario(async (ledger) => {
      const real = await establishedCall({ api, contracts, providerStates }, probe, ledger, 'NotRecording', false);
      const model: RecordingModel = { state: 'NotRecording' };
      for (const operation of ['StartCallRecording', 'PauseCallRecording', 'ResumeCallRecording', 'StopCallRecording', 'StartCallRecording'] as const) {
        await new RecordingOperationCommand(operation).run(model, real);
      }
      await new HangupCommand().run(model, real);
    });
  });

  test('GWS call recording notifications (Notifications): each change announced by exactly one CallRecordingStateChange on /v2/me/calls, a refusal by none', TAGS, async ({ api, contracts, providerStates, notifications }) => {
    requireNotifications(notifications, ['gws.notification.recording-state-change', 'gws.call-recording.one-notification-per-change']);
    const probe = await NotificationProbe.open(notifications, AGENT, [CALLS, CALLS_ALTERNATIVE]);
    await runClauseScenario(async (ledger) => {
      const real = await establishedCall({ api, contracts, providerStates }, probe, ledger, 'NotRecording', false);
      const model: RecordingModel = { state: 'NotRecording' };
      for (const operation of ['StartCallRecording', 'PauseCallRecording', 'PauseCallRecording', 'StopCallRecording'] as const) await new RecordingOperationCommand(operation).run(model, real);
      await new HangupCommand().run(model, real);
    });
  });

  test('GWS call recording: a paused recording ends with the call too', TAGS, async ({ api, contracts, providerStates, notifications }) => {
    const probe = await NotificationProbe.open(notifications, AGENT, [CALLS, CALLS_ALTERNATIVE]);
    await runClauseScenario(async (ledger) => {
      const real = await establishedCall({ api, contracts, providerStates }, probe, ledger, 'Paused', false);
      await new HangupCommand().run({ state: 'Paused' }, real);
    });
  });

  for (const state of INITIAL_STATES) {
    test(`GWS call recording: the operations not offered while ${state} are refused with the error envelope, change nothing and announce nothing`, TAGS, async ({ api, contracts, providerStates, notifications }) => {
      const probe = await NotificationProbe.open(notifications, AGENT, [CALLS, CALLS_ALTERNATIVE]);
      const machine = contracts.stateMachine('gws.call-recording');
      const illegal = RECORDING_OPERATIONS.filter((operation) => recordingMove(machine, state, operation)?.kind === 'illegal');
      await runClauseScenario(async (ledger) => {
        const real = await establishedCall({ api, contracts, providerStates }, probe, ledger, state, false);
        const model: RecordingModel = { state };
        for (const operation of illegal) await new RecordingOperationCommand(operation).run(model, real);
        await operate(real, 'Hangup');
      });
    });
  }

  test('GWS call recording model: random operation sequences from every recording state follow gws.call-recording', TAGS, async ({ api, contracts, providerStates, notifications }) => {
    const probe = await NotificationProbe.open(notifications, AGENT, [CALLS, CALLS_ALTERNATIVE]);
    const ledger = new ClauseLedger();
    // One call first, outside the property: a target without the provider state skips the test here.
    await runClauseScenario(async (first) => {
      await operate(await establishedCall({ api, contracts, providerStates }, probe, first, 'NotRecording', false), 'Hangup');
    });
    await checkModelProperty<RecordingModel, RecordingReal, Exclude<RecordingState, 'CallReleased'>>({
      name: 'Call recording operations on an established call move its recording as gws.call-recording says, each announced once',
      ledger,
      given: fc.constantFrom(...INITIAL_STATES),
      commands: callRecordingCommands(10),
      numRuns: 40,
      setup: async (state) => ({ model: { state }, real: await establishedCall({ api, contracts, providerStates }, probe, ledger, state, true) }),
      teardown: async (real) => {
        await operate(real, 'Hangup');
      },
    });
  });
});
