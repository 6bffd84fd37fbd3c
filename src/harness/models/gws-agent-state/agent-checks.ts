import { expect } from '@playwright/test';
import type { Json } from '../gws-common/gws-client';
import { told } from '../gws-common/gws-client';
import { arrived } from '../gws-common/notification-probe';
import { capabilitiesOf, channelEntries, deviceEntries } from '../gws-common/notification-views';
import { DEVICE_OPERATIONS, deviceCapabilities, type AgentModel, type Condition } from './agent-model';
import { CHANNELS, DEVICES, readChannels, readDevice, reasonOf, type AgentReal } from './agent-real';

const onOff = (on: boolean) => (on ? 'On' : 'Off');

/** Whether a userState shows a condition: its state, and the reason and work mode the condition has (none when it has none). */
export function shows(userState: Json | undefined, condition: Condition): boolean {
  return userState?.state === condition.state && (reasonOf(userState) || undefined) === condition.reason && (userState?.workMode || undefined) === condition.workMode;
}

const describe = (userState: Json | undefined) => JSON.stringify(userState ?? null);

/**
 * GET /me/channels against the model, under the command's clause: every channel in the
 * condition the model gives it (so the channels the command should not touch are unchanged),
 * and with `dnd` every channel's dndState; then each userState that matches an agent state
 * definition names it (gws.notification.user-state-definition-match).
 */
export async function checkChannels(real: AgentReal, model: Readonly<AgentModel>, clause: string, what: string, dnd = false): Promise<void> {
  const { answer, byName } = await readChannels(real);
  await real.ledger.check(clause, () => {
    for (const name of real.channels) {
      const entry = byName.get(name);
      const condition = model.channels[name] as Condition;
      expect(shows(entry?.userState as Json | undefined, condition), `after ${what}, channel ${name} shows ${JSON.stringify(condition)}; it shows ${describe(entry?.userState as Json | undefined)} (${told(answer)})`).toBe(true);
      if (dnd) expect(entry?.dndState, `after ${what}, channel ${name} has dndState ${onOff(model.dnd)}`).toBe(onOff(model.dnd));
    }
  });
  await checkDefinitionsNamed(real, [...byName.values()].map((e) => e.userState as Json | undefined), `GET /me/channels after ${what}`);
}

/** Each userState whose state, workMode and reason match a definition carries that definition's id and displayName. */
export async function checkDefinitionsNamed(real: AgentReal, userStates: readonly (Json | undefined)[], where: string): Promise<void> {
  await real.ledger.check('gws.notification.user-state-definition-match', () => {
    for (const userState of userStates) {
      const definition = real.definitions.find((d) => shows(userState, { state: String(d.state), ...(d.reason ? { reason: String(d.reason) } : {}), ...(d.workMode ? { workMode: String(d.workMode) } : {}) }));
      if (!definition) continue;
      const named: Json = { id: userState?.id as unknown, displayName: userState?.displayName as unknown };
      expect(named, `${where}: ${describe(userState)} matches the definition ${String(definition.operationName)}`).toEqual({ id: definition.id as unknown, displayName: definition.displayName as unknown });
    }
  });
}

/**
 * The channel notifications after a command: each channel whose condition changed is announced
 * on /v2/me/channels with its new userState, in a message conforming to ChannelStateChanged.
 */
export async function checkChannelsAnnounced(real: AgentReal, model: Readonly<AgentModel>, changed: readonly string[], mark: number, what: string): Promise<void> {
  const clause = 'gws.notification.channel-state-change';
  if (!real.probe.available) return real.probe.notChecked(clause);
  for (const name of changed) {
    const condition = model.channels[name] as Condition;
    const announced = await real.probe.next(CHANNELS, (data) => channelEntries(data).some((e) => e.channel === name && shows(e.userState as Json | undefined, condition)), `channel ${name} in ${JSON.stringify(condition)} after ${what}`, mark);
    await real.ledger.check(clause, () => {
      if (!arrived(announced)) throw announced ?? new Error('no session');
      expect(real.probe.violations('ChannelStateChanged', announced.data), 'the notification conforms to the AsyncAPI message ChannelStateChanged').toBeUndefined();
    });
  }
}

/**
 * The notifications of a Do Not Disturb change on /me: something is announced on /v2/me/channels
 * at all (gws.notification.channel-state-change), and it shows the new dndState
 * (gws.notification.dnd-channels; an entry need not name its channel, gws.notify-channels-no-message-type).
 */
export async function checkDndAnnounced(real: AgentReal, on: boolean, mark: number, what: string): Promise<void> {
  if (!real.probe.available) {
    real.probe.notChecked('gws.notification.channel-state-change');
    return real.probe.notChecked('gws.notification.dnd-channels');
  }
  const any = await real.probe.next(CHANNELS, (data) => channelEntries(data).length > 0, `any channel notification after ${what}`, mark);
  await real.ledger.check('gws.notification.channel-state-change', () => {
    if (!arrived(any)) throw any ?? new Error('no session');
    expect(real.probe.violations('ChannelStateChanged', any.data), 'the notification conforms to the AsyncAPI message ChannelStateChanged').toBeUndefined();
  });
  const dnd = await real.probe.next(CHANNELS, (data) => channelEntries(data).some((e) => e.dndState === onOff(on)), `dndState ${onOff(on)} on /v2/me/channels after ${what}`, mark);
  await real.ledger.check('gws.notification.dnd-channels', () => {
    if (!arrived(dnd)) throw dnd ?? new Error('no session');
  });
}

/**
 * GET /me/devices/{id} against the model under the command's clause (doNotDisturb, forwardTo),
 * then its capabilities: exactly the device operations of its gws.device-state state.
 */
export async function checkDevice(real: AgentReal, model: Readonly<AgentModel>, clause: string, what: string): Promise<void> {
  const { answer, device } = await readDevice(real);
  const expected = model.device;
  await real.ledger.check(clause, () => {
    expect(device?.doNotDisturb, `after ${what}, the device's doNotDisturb (${told(answer)})`).toBe(onOff(expected.dnd));
    expect(device?.forwardTo || undefined, `after ${what}, the device's forwardTo (${told(answer)})`).toBe(expected.forwardTo);
  });
  await real.ledger.check('gws.device-state.capabilities', () => expect(capabilitiesOf(device).filter((c) => DEVICE_OPERATIONS.includes(c)).sort(), `the device operations offered after ${what}`).toEqual(deviceCapabilities(real.deviceMachine, expected)));
}

/** The device's change announced on /v2/me/devices (DeviceStateChangeMessage), with the attributes the Devices section lists. */
export async function checkDeviceAnnounced(real: AgentReal, model: Readonly<AgentModel>, mark: number, what: string): Promise<void> {
  if (!real.probe.available) {
    real.probe.notChecked('gws.notification.device-state-change');
    return real.probe.notChecked('gws.notification.device-state-attributes');
  }
  const expected = model.device;
  const matches = (d: Json) => d.id === real.deviceId && d.doNotDisturb === onOff(expected.dnd);
  // The previous command's announcement of the device (the voice channel's change) may still be
  // on its way after the mark and show the same doNotDisturb: the one showing the forwarding set
  // is this command's. Only when none comes is the first doNotDisturb match judged (so that a
  // wrong forwardTo is blamed on device-state-attributes, not on a missing notification).
  const full = (d: Json) => matches(d) && (d.forwardTo || undefined) === expected.forwardTo;
  const exact = await real.probe.next(DEVICES, (data) => deviceEntries(data).some(full), `device ${real.deviceId} with doNotDisturb ${onOff(expected.dnd)} and forwardTo ${expected.forwardTo ?? 'none'} after ${what}`, mark);
  const announced = arrived(exact) ? exact : await real.probe.next(DEVICES, (data) => deviceEntries(data).some(matches), `device ${real.deviceId} with doNotDisturb ${onOff(expected.dnd)} after ${what}`, mark);
  await real.ledger.check('gws.notification.device-state-change', () => {
    if (!arrived(announced)) throw announced ?? new Error('no session');
    expect(real.probe.violations('DeviceStateChangeMessage', announced.data), 'the notification conforms to the AsyncAPI message DeviceStateChangeMessage').toBeUndefined();
  });
  if (!arrived(announced)) return;
  const entry = deviceEntries(announced.data).find(full) ?? deviceEntries(announced.data).find(matches) ?? {};
  await real.ledger.check('gws.notification.device-state-attributes', () => {
    const wanted = ['id', 'deviceState', 'userState', 'doNotDisturb', ...(expected.forwardTo ? ['forwardTo'] : [])];
    expect(wanted.filter((member) => entry[member] === undefined), `the announced device carries ${wanted.join(', ')}`).toEqual([]);
    expect(entry.forwardTo || undefined, 'the announced device forwards to the number set, or does not forward').toBe(expected.forwardTo);
  });
}
