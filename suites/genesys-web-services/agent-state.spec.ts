import * as fc from 'fast-check';
import { expect } from '@playwright/test';
import type { ContractRegistry } from '../../src/harness/contracts';
import { test } from '../../src/harness/fixtures/notifications';
import type { ProviderStates } from '../../src/harness/fixtures/provider-states';
import type { TargetApi } from '../../src/harness/fixtures/target-api';
import { ClauseLedger } from '../../src/harness/models/clause-ledger';
import { runClauseScenario } from '../../src/harness/models/clause-scenario';
import { checkChannels } from '../../src/harness/models/gws-agent-state/agent-checks';
import type { AgentModel, Condition, CustomState } from '../../src/harness/models/gws-agent-state/agent-model';
import { CHANNELS, DEVICES, type AgentReal } from '../../src/harness/models/gws-agent-state/agent-real';
import { agentStateCommands } from '../../src/harness/models/gws-agent-state/commands';
import { DeviceDndCommand } from '../../src/harness/models/gws-agent-state/commands/device-dnd';
import { DeviceForwardCommand } from '../../src/harness/models/gws-agent-state/commands/device-forward';
import { DndAllCommand } from '../../src/harness/models/gws-agent-state/commands/dnd-all';
import { SetAllCommand } from '../../src/harness/models/gws-agent-state/commands/set-all';
import { SetChannelCommand } from '../../src/harness/models/gws-agent-state/commands/set-channel';
import { UnknownChannelCommand } from '../../src/harness/models/gws-agent-state/commands/unknown-channel';
import { checkErrorEnvelope } from '../../src/harness/models/gws-common/error-envelope';
import { GwsClient, refused, succeeded, told, type Json } from '../../src/harness/models/gws-common/gws-client';
import { arrived, NotificationProbe } from '../../src/harness/models/gws-common/notification-probe';
import { channelEntries, deviceEntries } from '../../src/harness/models/gws-common/notification-views';
import { AGENT, given, prepared, requireNotifications, requireRole } from '../../src/harness/models/gws-common/scenario-setup';
import { checkModelProperty } from '../../src/harness/models/model-property';

/**
 * Agent states (004, "Channels API", "Web Services Agent States", "Set Agent States Across all
 * Channels", "Set Agent State for a Particular Channel", "DndOn", "DndOff", "Agent States",
 * "Device/Channel Management", "CometD Notifications", "Devices"): Ready, NotReady and configured
 * agent states (reason and work mode) for all channels (/me) and per channel
 * (/me/channels/{channelId}), Do Not Disturb, the voice device's DND and call forwarding with its
 * capabilities, each change announced on /v2/me/channels or /v2/me/devices; the five read-only
 * default agent states; refusals with the error envelope.
 */
const TAGS = { tag: ['@agent-state', '@genesys-web-services'] };
const LOGIN = 'agent1 is logged in with channels ready';
const CUSTOM = 'a custom agent state definition exists';
const ADMIN = 'Contact Center Admin';

interface Fixtures {
  readonly api: TargetApi;
  readonly contracts: ContractRegistry;
  readonly providerStates: ProviderStates;
}

/** What the tests know of the agent state definitions: all of them, and a configured (custom) one if the target prepared it. */
interface Definitions {
  readonly definitions: readonly Json[];
  readonly custom?: CustomState;
}

/** The agent state definitions the Agent can read, and the custom one the target prepared (if it can). */
async function definitions(fixtures: Fixtures): Promise<Definitions> {
  const created = await fixtures.providerStates.setUp(CUSTOM);
  const answer = await new GwsClient(fixtures.api, fixtures.contracts, AGENT).call('getSettingsAgentStates');
  const settings: unknown = answer.body.settings;
  const list = Array.isArray(settings) ? (settings as Json[]) : [];
  const found = created.ok ? list.find((d) => d.operationName === created.data.operationName) : undefined;
  if (!found) return { definitions: list };
  const condition: Condition = { state: String(found.state), ...(found.reason ? { reason: String(found.reason) } : {}), ...(found.workMode ? { workMode: String(found.workMode) } : {}) };
  return { definitions: list, custom: { id: String(found.id), operationName: String(found.operationName), ...(found.displayName ? { displayName: String(found.displayName) } : {}), condition } };
}

/** The agent logged in (devices Active, no DND, no forwarding) with `ready` channels Ready; its announcements awaited. */
async function loggedIn(fixtures: Fixtures, known: Definitions, probe: NotificationProbe, ledger: ClauseLedger, ready: readonly string[] | undefined, inRun: boolean): Promise<{ model: AgentModel; real: AgentReal }> {
  const mark = probe.mark();
  const login = await (inRun ? prepared : given)<{ deviceId: string; channels: string[]; readyChannels: string[] }>(fixtures.providerStates, LOGIN, ready ? { readyChannels: ready } : {});
  const real: AgentReal = { ledger, deviceMachine: fixtures.contracts.stateMachine('gws.device-state'), client: new GwsClient(fixtures.api, fixtures.contracts, AGENT), probe, channels: login.channels, deviceId: login.deviceId, definitions: known.definitions, ...(known.custom ? { custom: known.custom } : {}) };
  if (probe.available) {
    // The login's changes are announced like any agent state change: wait for them, so that they are not taken for a later command's.
    const channels = await probe.next(CHANNELS, (data) => login.channels.every((name) => channelEntries(data).some((e) => e.channel === name)), 'the channels of the login', mark);
    await ledger.check('gws.notification.channel-state-change', () => expect(arrived(channels) ? undefined : channels?.message, `provider state "${LOGIN}" announces the channels it sets`).toBeUndefined());
    const device = await probe.next(DEVICES, (data) => deviceEntries(data).some((d) => d.id === login.deviceId && d.doNotDisturb === 'Off'), 'the device of the login', mark);
    await ledger.check('gws.notification.device-state-change', () => expect(arrived(device) ? undefined : device?.message, `provider state "${LOGIN}" announces the device it sets`).toBeUndefined());
  }
  const model: AgentModel = { channels: Object.fromEntries(login.channels.map((name) => [name, { state: login.readyChannels.includes(name) ? 'Ready' : 'NotReady' }])), dnd: false, device: { dnd: false } };
  return { model, real };
}

/** Runs a written-out scenario on the logged-in agent. */
async function scenario(fixtures: Fixtures, probe: NotificationProbe, ready: readonly string[], steps: (model: AgentModel, real: AgentReal) => Promise<void>, known: Definitions = { definitions: [] }): Promise<void> {
  await runClauseScenario(async (ledger) => {
    const { model, real } = await loggedIn(fixtures, known, probe, ledger, ready, false);
    await steps(model, real);
  });
}

test.describe('GWS agent states', () => {
  test.beforeEach(async ({ target, exclusiveUser }) => {
    requireRole(target, AGENT);
    await exclusiveUser(AGENT);
  });

  test('GWS agent states walkthrough (Set Agent States Across all Channels): Ready for all channels, then NotReady for all, each announced on /v2/me/channels', TAGS, async ({ api, contracts, providerStates, notifications }) => {
    const probe = await NotificationProbe.open(notifications, AGENT, [CHANNELS, DEVICES]);
    await scenario({ api, contracts, providerStates }, probe, [], async (model, real) => {
      await new SetAllCommand('Ready').run(model, real);
      await new SetAllCommand('NotReady').run(model, real);
    });
  });

  test('GWS agent states for one channel (Ready Channel, NotReady Channel, OutToLunch-like configured state): only that channel changes', TAGS, async ({ api, contracts, providerStates, notifications }) => {
    const probe = await NotificationProbe.open(notifications, AGENT, [CHANNELS, DEVICES]);
    const known = await definitions({ api, contracts, providerStates });
    if (!known.custom) test.info().annotations.push({ type: 'not-applicable', description: `gws.agent-state.custom-operation-name: provider state "${CUSTOM}" gave no definition the Agent can read` });
    await scenario({ api, contracts, providerStates }, probe, [], async (model, real) => {
      const email = Math.max(0, real.channels.indexOf('email'));
      const chat = Math.max(0, real.channels.indexOf('chat'));
      await new SetChannelCommand('Ready', email).run(model, real);
      if (real.custom) await new SetChannelCommand('Custom', chat).run(model, real);
      await new SetChannelCommand('NotReady', email).run(model, real);
    }, known);
  });

  test('GWS Do Not Disturb (DndOn, DndOff) for all channels and devices: DND overrides Ready, and DND off restores each channel’s state', TAGS, async ({ api, contracts, providerStates, notifications }) => {
    const probe = await NotificationProbe.open(notifications, AGENT, [CHANNELS, DEVICES]);
    await scenario({ api, contracts, providerStates }, probe, ['email'], async (model, real) => {
      await new DndAllCommand(true).run(model, real);
      await new DndAllCommand(false).run(model, real);
    });
  });

  test('GWS agent state notifications (CometD Notifications, Devices): channel and Do Not Disturb changes on /v2/me/channels, device changes on /v2/me/devices', TAGS, async ({ api, contracts, providerStates, notifications }) => {
    requireNotifications(notifications, ['gws.notification.channel-state-change', 'gws.notification.dnd-channels', 'gws.notification.device-state-change', 'gws.notification.device-state-attributes']);
    const probe = await NotificationProbe.open(notifications, AGENT, [CHANNELS, DEVICES]);
    await scenario({ api, contracts, providerStates }, probe, [], async (model, real) => {
      await new SetAllCommand('Ready').run(model, real);
      await new SetChannelCommand('NotReady', Math.max(0, real.channels.indexOf('email'))).run(model, real);
      await new DndAllCommand(true).run(model, real);
      await new DndAllCommand(false).run(model, real);
      await new DeviceForwardCommand(true, '5002').run(model, real);
      await new DeviceForwardCommand(false).run(model, real);
    });
  });

  test('GWS agent states: a channel the agent does not have is refused with statusCode 6 and the error envelope, and nothing changes', TAGS, async ({ api, contracts, providerStates, notifications }) => {
    const probe = await NotificationProbe.open(notifications, AGENT, [CHANNELS, DEVICES]);
    await scenario({ api, contracts, providerStates }, probe, ['chat'], async (model, real) => new UnknownChannelCommand().run(model, real));
  });

  test('GWS device states (Device/Channel Management): DND and call forwarding with the capabilities of each state, announced on /v2/me/devices; repeats and a missing destination refused', TAGS, async ({ api, contracts, providerStates, notifications }) => {
    const probe = await NotificationProbe.open(notifications, AGENT, [CHANNELS, DEVICES]);
    await scenario({ api, contracts, providerStates }, probe, [], async (model, real) => {
      await new DeviceDndCommand(true).run(model, real);
      await new DeviceDndCommand(true).run(model, real);
      await new DeviceForwardCommand(true, '+16505550177').run(model, real);
      await new DeviceDndCommand(false).run(model, real);
      await new DeviceForwardCommand(false).run(model, real);
      await new DeviceForwardCommand(false).run(model, real);
      await new DeviceForwardCommand(true).run(model, real);
      await new DeviceDndCommand(false).run(model, real);
    });
  });

  test('GWS agent states: a channel coming back Online from Offline is NotReady (EndContactCenterSession, StartContactCenterSession)', TAGS, async ({ api, contracts, providerStates, notifications }) => {
    const probe = await NotificationProbe.open(notifications, AGENT, [CHANNELS, DEVICES]);
    await scenario({ api, contracts, providerStates }, probe, ['voice', 'email', 'chat'], async (model, real) => {
      const clause = 'gws.agent-state.default-not-ready';
      const ended = await real.client.call('postMe', { body: { operationName: 'EndContactCenterSession' } });
      await real.ledger.check(clause, () => expect(succeeded(ended), `EndContactCenterSession takes the channels Offline: ${told(ended)}`).toBe(true));
      const started = await real.client.call('postMe', { body: { operationName: 'StartContactCenterSession' } });
      await real.ledger.check(clause, () => expect(succeeded(started), `StartContactCenterSession brings them Online: ${told(started)}`).toBe(true));
      for (const name of real.channels) model.channels[name] = { state: 'NotReady' };
      await checkChannels(real, model, clause, 'EndContactCenterSession then StartContactCenterSession');
    });
  });

  test('GWS agent states model: random sequences of channel, Do Not Disturb and device operations follow gws.agent-state and gws.device-state', TAGS, async ({ api, contracts, providerStates, notifications }) => {
    const probe = await NotificationProbe.open(notifications, AGENT, [CHANNELS, DEVICES]);
    const fixtures = { api, contracts, providerStates };
    const known = await definitions(fixtures);
    // One login first, outside the property: a target without the provider state skips the test here; it names the channels.
    let channels: readonly string[] = [];
    await runClauseScenario(async (ledger) => {
      channels = (await loggedIn(fixtures, known, probe, ledger, undefined, false)).real.channels;
    });
    const ledger = new ClauseLedger();
    await checkModelProperty<AgentModel, AgentReal, string[]>({
      name: 'Agent state and device operations change exactly what gws.agent-state and gws.device-state say, each change announced',
      ledger,
      given: fc.subarray([...channels]),
      commands: agentStateCommands(known.custom !== undefined, 10),
      numRuns: 25,
      setup: (ready) => loggedIn(fixtures, known, probe, ledger, ready, true),
    });
  });
});

test.describe('GWS default agent states', () => {
  test('GWS agent states: the five default definitions are listed with their documented ids and cannot be modified or deleted', TAGS, async ({ api, contracts, target }) => {
    requireRole(target, ADMIN);
    const admin = new GwsClient(api, contracts, ADMIN);
    const documented: Record<string, string> = {
      AfterCallWork: 'D3663509-3D82-4DD3-A82E-2EA8EFA02AEF',
      AuxWork: '2B36138D-C564-4562-A8CB-3C32D564F296',
      NotReady: '900D55CC-2BB0-431F-8BF9-D3525B383BE6',
      Offline: '0F7F5003-EF26-4D13-A6Ef-D0C7EC819BEB',
      Ready: '9430250E-0A1B-421F-B372-F29E69366DED',
    };
    const read = async () => {
      const answer = await admin.call('getSettingsAgentStates');
      const settings: unknown = answer.body.settings;
      return { answer, byName: new Map((Array.isArray(settings) ? (settings as Json[]) : []).map((d) => [String(d.operationName), d])) };
    };
    await runClauseScenario(async (ledger) => {
      const before = await read();
      await ledger.check('gws.agent-state.default-states-present', () => {
        for (const [name, id] of Object.entries(documented)) expect(String(before.byName.get(name)?.id ?? '').toUpperCase(), `default agent state ${name} is listed with id ${id}: ${told(before.answer)}`).toBe(id.toUpperCase());
      });
      const clause = 'gws.agent-state.default-states-read-only';
      const attempts = [{ operationId: 'putSettingsAgentStates', body: { operationName: 'AuxWork', displayName: 'Aux work (changed)' } }];
      if (target.allowDestructive) attempts.push({ operationId: 'deleteSettingsAgentStates', body: { operationName: 'Ready' } as { operationName: string; displayName: string } });
      else test.info().annotations.push({ type: 'not-applicable', description: `${clause}: DELETE of a default is not tried, the profile does not allow destructive operations` });
      for (const attempt of attempts) {
        const answer = await admin.call(attempt.operationId, { body: attempt.body });
        await ledger.check(clause, () => expect(refused(answer), `${attempt.operationId} on the default ${attempt.body.operationName} is refused: ${told(answer)}`).toBe(true));
        const after = await read();
        await ledger.check(clause, () => expect(after.byName.get(attempt.body.operationName), `the default ${attempt.body.operationName} is unchanged`).toEqual(before.byName.get(attempt.body.operationName)));
        await checkErrorEnvelope(ledger, answer);
      }
    });
  });
});
