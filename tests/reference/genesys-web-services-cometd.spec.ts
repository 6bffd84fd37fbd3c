import { expect, test } from '@playwright/test';
import { Bench, type Session } from './genesys-web-services-cometd-session';
import { contracts, FAMILY, authorization, type Role } from './genesys-web-services-client';

/*
 * The GWS CometD notifications of the reference target, seen by the real `cometd` JavaScript
 * client: a Basic-authenticated handshake on /api/v2/notifications, a subscription to
 * /v2/me/calls, and the call notifications of the subscribing user only. Every wait is on a
 * message event, bounded by a timeout; nothing sleeps.
 */

let bench: Bench;
const basic = (role: Role) => authorization(role);
const rest = (method: string, path: string, role: Role, body?: unknown) => bench.rest(method, path, role, body);
const state = (name: string, params: Record<string, unknown> = {}) => bench.state(name, params);
const session = (role?: Role, transport: 'long-polling' | 'any' = 'long-polling'): Session => bench.session(role, transport);

/** Whether a notification matches one of the AsyncAPI messages of its channel. */
function matchesChannel(channel: string, data: unknown): string | undefined {
  const candidates = [...contracts.family(FAMILY).messages.values()].filter((m) => m.channels.includes(channel));
  if (candidates.length === 0) return `no AsyncAPI message on ${channel}`;
  if (candidates.some((m) => m.validate(data))) return undefined;
  return candidates.map((m) => (m.validate(data) ? '' : `${m.name}: ${JSON.stringify(m.validate.errors?.slice(0, 3))}`)).join('; ');
}

function expectMessage(name: string, data: unknown): void {
  const message = contracts.message(FAMILY, name);
  expect(message.validate(data), `${name}: ${JSON.stringify(message.validate.errors ?? [])}`).toBe(true);
}

test.beforeEach(async () => {
  bench = await Bench.start();
});

test.afterEach(async () => {
  await bench.stop();
});

test('an Agent subscribed to /v2/me/calls receives the state and recording changes of an established call', async () => {
  const agent = session('Agent');
  expect((await agent.handshake()).successful, 'handshake with the Agent’s Basic credentials').toBe(true);
  expect((await agent.subscribe('/v2/me/calls')).successful, 'subscription to /v2/me/calls').toBe(true);

  const call = await state("a call is established on agent1's device");
  const established = await agent.next('StatusChange of the established call');
  expect(established.channel).toBe('/v2/me/calls');
  expect(established.data).toMatchObject({ notificationType: 'StatusChange', phoneNumber: call.phoneNumber, call: { id: call.callId, state: 'Established' } });
  expectMessage('CallStateChangeMessage', established.data);

  const started = await rest('POST', `/api/v2/me/calls/${String(call.callId)}`, 'Agent', { operationName: 'StartCallRecording' });
  expect(started).toEqual({ status: 200, json: { statusCode: 0 } });
  const recording = await agent.next('CallRecordingStateChange after StartCallRecording');
  expect(recording.data).toMatchObject({ notificationType: 'CallRecordingStateChange', call: { id: call.callId, state: 'Established', recordingState: 'Recording', userData: { GSIP_RECORD: 'ON' } } });
  expectMessage('CallRecordingStateChange', recording.data);

  const hangup = await rest('POST', `/api/v2/me/calls/${String(call.callId)}`, 'Agent', { operationName: 'Hangup' });
  expect(hangup.json.statusCode).toBe(0);
  const released = await agent.next('StatusChange after Hangup');
  expect(released.data).toMatchObject({ notificationType: 'StatusChange', call: { id: call.callId, state: 'Released', recordingState: 'Stopped' } });
});

test("a user's notifications reach only that user's sessions", async () => {
  const agent = session('Agent');
  const supervisor = session('Supervisor');
  for (const s of [agent, supervisor]) {
    expect((await s.handshake()).successful).toBe(true);
    expect((await s.subscribe('/v2/me/calls')).successful).toBe(true);
  }
  const call = await state("a call is established on agent1's device");
  expect((await agent.next('the Agent’s call')).data).toMatchObject({ call: { id: call.callId } });

  // Published after the Agent's call, on the same ordered stream: if the Supervisor had been sent
  // the Agent's notification, it would come first.
  const devices = await rest('GET', '/api/v2/devices?fields=*', 'Contact Center Admin');
  const supervisorDevice = (devices.json.devices as { id: string; phoneNumber: string }[]).find((d) => d.phoneNumber === '3001');
  expect(supervisorDevice, 'the Supervisor’s seeded device').toBeDefined();
  const dialed = await rest('POST', `/api/v2/devices/${supervisorDevice?.id ?? ''}/calls`, 'Supervisor', { operationName: 'Dial', destination: '5001' });
  expect(dialed.json.statusCode).toBe(0);
  const first = await supervisor.next('the Supervisor’s own Dialing call');
  expect(first.data).toMatchObject({ notificationType: 'StatusChange', phoneNumber: '3001', call: { state: 'Dialing' } });
  expect(supervisor.received.map((m) => (m.data as { call?: { id?: string } }).call?.id)).not.toContain(call.callId);
});

test('a handshake without valid Basic credentials is refused', async () => {
  const anonymous = session();
  const refused = await anonymous.handshake();
  expect(refused.successful).toBe(false);
  expect(String(refused.error)).toMatch(/^401:/);
  expect(refused.advice?.reconnect, 'the client is told not to retry with the same credentials').toBe('none');
});

test('credentials may travel in the handshake ext (WebSocket clients), and /v2/users is for supervisors and administrators', async () => {
  const agent = session(undefined, 'any');
  expect((await agent.handshake({ authorization: basic('Agent') })).successful, 'handshake with ext.authorization').toBe(true);
  const users = await agent.subscribe('/v2/users');
  expect(users.successful).toBe(false);
  expect(String(users.error)).toMatch(/^403:/);
  expect((await agent.subscribe('/v2/me/channels')).successful).toBe(true);
  await state('agent1 is logged in with channels ready', { readyChannels: ['email'] });
  const channels = await agent.next('ChannelStateChanged of the login');
  expectMessage('ChannelStateChanged', channels.data);
});

test('every notification of a day in the contact center matches an AsyncAPI message of its channel', async () => {
  const agent = session('Agent');
  const admin = session('Contact Center Admin');
  const agentChannels = ['/v2/me/calls', '/v2/me/interactions', '/v2/me/channels', '/v2/me/devices', '/v2/me', '/v2/me/workbins', '/notifications/services'];
  expect((await agent.handshake()).successful).toBe(true);
  expect((await admin.handshake()).successful).toBe(true);
  for (const channel of agentChannels) expect((await agent.subscribe(channel)).successful, channel).toBe(true);
  expect((await admin.subscribe('/v2/users')).successful).toBe(true);

  const device = '/api/v2/devices/5aceae61-0b5c-4578-9477-cd352d43cb17';
  await state('agent1 is logged in with channels ready');
  for (const operationName of ['DoNotDisturbOn', 'DoNotDisturbOff']) await rest('POST', '/api/v2/me', 'Agent', { operationName });
  await rest('POST', device, 'Agent', { operationName: 'ForwardCallsOn', destination: '+16505550199' });
  await rest('POST', device, 'Agent', { operationName: 'ForwardCallsOff' });
  const call = `/api/v2/me/calls/${String((await state("a call is established on agent1's device")).callId)}`;
  for (const operationName of ['StartCallRecording', 'PauseCallRecording', 'ResumeCallRecording', 'StopCallRecording', 'Retrieve', 'Hold', 'Retrieve']) await rest('POST', call, 'Agent', { operationName });
  await rest('POST', call, 'Agent', { operationName: 'SendDtmf', digits: '42' });
  await rest('POST', call, 'Agent', { operationName: 'Hangup' });
  const email = `/api/v2/me/interactions/${String((await state('agent1 has an inbound e-mail invitation')).interactionId)}`;
  await rest('POST', email, 'Agent', { operationName: 'Accept' });
  const reply = await rest('POST', email, 'Agent', { operationName: 'ReplyAll', subjectPrefix: 'Re: ' });
  await rest('POST', `/api/v2/me/interactions/${String(reply.json.replyInteractionId)}`, 'Agent', { operationName: 'Send' });
  await rest('POST', `/api/v2/me/workbins/VGVzdFdvcmtiaW4vUHJpdmF0ZVZpZXc=`, 'Agent', { operationName: 'Subscribe' });
  const parked = await rest('POST', '/api/v2/me/workbins/VGVzdFdvcmtiaW4vUHJpdmF0ZVZpZXc=/interactions', 'Agent', { interactionId: email.split('/').pop() });
  await rest('POST', '/api/v2/me/interactions', 'Agent', { operationName: 'PullInteractionFromWorkbin', uri: parked.json.uri });
  const chat = `/api/v2/me/interactions/${String((await state('agent1 has an inbound chat invitation')).interactionId)}`;
  await rest('POST', chat, 'Agent', { operationName: 'Accept', nickname: 'Ada' });
  for (const operationName of ['SendStartTypingNotification', 'SendStopTypingNotification', 'RequestChatHistory', 'EndChatSession', 'Complete']) await rest('POST', chat, 'Agent', { operationName });
  await rest('POST', '/api/v2/me', 'Agent', { operationName: 'ChangePassword', oldPassword: Buffer.from('wrong').toString('base64'), newPassword: Buffer.from('long enough').toString('base64') });
  await rest('POST', '/api/v2/users/u-agent2', 'Contact Center Admin', { operationName: 'ResetPassword', newPassword: Buffer.from('long enough').toString('base64') });
  await state('a service changes state');

  // Every session's stream is ordered: once its last event has arrived, all earlier ones have.
  for (let i = 0; !agent.received.some((m) => m.channel === '/notifications/services'); i += 1) await agent.next('the service state change that ends the day', i);
  await admin.next('the password reset on /v2/users');
  const all = [...agent.received, ...admin.received];
  expect(new Set(all.map((m) => m.channel))).toEqual(new Set([...agentChannels, '/v2/users']));
  for (const message of all) expect(matchesChannel(message.channel, message.data), `${message.channel}: ${JSON.stringify(message.data).slice(0, 300)}`).toBeUndefined();
});
