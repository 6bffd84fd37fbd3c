import { authorization, type As, type GwsTarget } from './genesys-web-services-client';

/*
 * One probe per fault of the GWS fault catalogue that REST shows: the probe answers whether the
 * fault's clause holds on a target, so that the clean target answers true and the target with
 * that one fault false (tests/reference/genesys-web-services.spec.ts runs both).
 */

export interface FaultProbe {
  readonly fault: string;
  readonly probe: (t: GwsTarget) => Promise<boolean>;
}

const CALL = "a call is established on agent1's device";
const RINGING = "a call is ringing on agent1's device";
const EMAIL = 'agent1 has an inbound e-mail invitation';
const CHAT = 'agent1 has an inbound chat invitation';
const LOGIN = 'agent1 is logged in with channels ready';
const DEVICE = '/api/v2/devices/5aceae61-0b5c-4578-9477-cd352d43cb17';
const AGENT2_DEVICE = '/api/v2/devices/0c754c1f-7a65-4a7f-9a2b-c5bb5c983653';
const SUPERVISOR_DEVICE = '/api/v2/devices/1fd21300-303d-401f-9b4c-0d9c2801433e';
const ADMIN = 'Contact Center Admin';

/** Probes of the faults visible through REST: `probe` answers whether the clause holds. */
export const REST_FAULT_PROBES: readonly FaultProbe[] = [
  { fault: 'gws-error-without-status-message', probe: async (t) => typeof (await t.get('/api/v2/me/calls/none')).body.statusMessage === 'string' },
  { fault: 'gws-error-extra-attribute', probe: async (t) => Object.keys((await t.get('/api/v2/me/calls/none')).body).length === 2 },
  { fault: 'gws-not-found-as-invalid', probe: async (t) => (await t.get('/api/v2/me/calls/none')).body.statusCode === 6 },
  { fault: 'gws-missing-parameter-as-invalid', probe: async (t) => (await t.send('POST', '/api/v2/me', 'Agent', {})).body.statusCode === 1 },
  { fault: 'gws-list-objects-without-fields', probe: async (t) => Array.isArray((await t.get('/api/v2/skills', 'Contact Center Admin')).body.uris) },
  { fault: 'gws-queues-open-to-all-roles', probe: async (t) => (await t.get('/api/v2/queues', 'Agent')).status === 403 },
  { fault: 'gws-anonymous-accepted', probe: async (t) => (await t.get('/api/v2/me', 'anonymous')).status === 401 },
  { fault: 'gws-default-agent-state-writable', probe: async (t) => (await t.send('DELETE', '/api/v2/settings/agent-states', 'Contact Center Admin', { operationName: 'Ready' })).status === 403 },
  { fault: 'gws-service-type-wrong-enum', probe: async (t) => ((await t.get('/api/v2/services?fields=*')).body.services as { type: string }[]).every((s) => ['Provisioning', 'Voice', 'Reporting', 'Media'].includes(s.type)) },
  {
    fault: 'gws-pause-accepted-when-stopped',
    probe: async (t) => (await t.operation(`/api/v2/me/calls/${String((await t.state(CALL, { recordingState: 'Stopped' })).callId)}`, 'PauseCallRecording')).status === 400,
  },
  {
    fault: 'gws-ready-one-channel-sets-all',
    probe: async (t) => {
      await t.state(LOGIN, { readyChannels: [] });
      await t.operation('/api/v2/me/channels/email', 'Ready');
      return (await t.get('/api/v2/me/channels/chat')).body.channel.userState.state === 'NotReady';
    },
  },
  {
    fault: 'gws-reply-to-original-from',
    probe: async (t) => {
      const id = String((await t.state(EMAIL)).interactionId);
      await t.operation(`/api/v2/me/interactions/${id}`, 'Accept');
      const reply = await t.operation(`/api/v2/me/interactions/${id}`, 'Reply');
      return (await t.get(`/api/v2/interactions/${String(reply.body.replyInteractionId)}`)).body.interaction.email_object.ToAddress !== (await t.get(`/api/v2/interactions/${id}`)).body.interaction.email_object.FromAddress;
    },
  },
  ...recordingProbes(),
  ...replyProbes(),
  ...agentStateProbes(),
  ...envelopeProbes(),
  ...authorizationProbes(),
  ...negativeInputProbes(),
  ...deviceProbes(),
  ...callProbes(),
  ...interactionProbes(),
  ...inputProbes(),
  ...openedProbes(),
  ...unsupportedMethodProbes(),
];

/** The call's recordingState after `operation` from `from`, and whether the operation was accepted. */
async function recordingAfter(t: GwsTarget, from: string, operation: string): Promise<{ accepted: boolean; state: string; gsip: unknown; capabilities: string[] }> {
  const path = `/api/v2/me/calls/${String((await t.state(CALL, { recordingState: from })).callId)}`;
  const answer = await t.operation(path, operation);
  const call = (await t.get(path)).body.call;
  return { accepted: answer.status === 200, state: (call.recordingState as string | undefined) ?? 'NotRecording', gsip: call.userData.GSIP_RECORD, capabilities: call.capabilities as string[] };
}

function recordingProbes(): FaultProbe[] {
  const row = (fault: string, from: string, operation: string, to: string | undefined) => ({
    fault,
    probe: async (t: GwsTarget) => {
      const after = await recordingAfter(t, from, operation);
      return to === undefined ? !after.accepted && after.state === from : after.accepted && after.state === to;
    },
  });
  return [
    row('gws-pause-accepted-when-paused', 'Paused', 'PauseCallRecording', undefined),
    row('gws-resume-accepted-when-recording', 'Recording', 'ResumeCallRecording', undefined),
    row('gws-resume-accepted-when-not-recording', 'NotRecording', 'ResumeCallRecording', undefined),
    row('gws-start-accepted-when-recording', 'Recording', 'StartCallRecording', undefined),
    row('gws-stop-accepted-when-not-recording', 'NotRecording', 'StopCallRecording', undefined),
    row('gws-pause-keeps-recording', 'Recording', 'PauseCallRecording', 'Paused'),
    row('gws-resume-stays-paused', 'Paused', 'ResumeCallRecording', 'Recording'),
    row('gws-stop-keeps-recording', 'Recording', 'StopCallRecording', 'Stopped'),
    row('gws-restart-refused', 'Stopped', 'StartCallRecording', 'Recording'),
    { fault: 'gws-gsip-record-not-updated', probe: async (t) => (await recordingAfter(t, 'Recording', 'PauseCallRecording')).gsip === 'PAUSED' },
    { fault: 'gws-recording-capabilities-wrong', probe: async (t) => !(await recordingAfter(t, 'Paused', 'ResumeCallRecording')).capabilities.includes('StartCallRecording') },
  ];
}

/** The reply ReplyAll creates on a fresh invitation (accepted first), with the original. */
async function replyOf(t: GwsTarget, body: Record<string, unknown>, operation = 'ReplyAll'): Promise<{ original: Record<string, string>; reply: Record<string, string> }> {
  const invitation = await t.state(EMAIL);
  const path = `/api/v2/me/interactions/${String(invitation.interactionId)}`;
  await t.operation(path, 'Accept');
  const answer = await t.operation(path, operation, body);
  const reply = (await t.get(`/api/v2/interactions/${String(answer.body.replyInteractionId)}`)).body.interaction.email_object as Record<string, string>;
  return { original: invitation.email as Record<string, string>, reply };
}

function replyProbes(): FaultProbe[] {
  return [
    { fault: 'gws-reply-from-original-from', probe: async (t) => ((r) => r.reply.FromAddress === r.original.ToAddress)(await replyOf(t, {})) },
    { fault: 'gws-reply-subject-without-prefix', probe: async (t) => ((r) => r.reply.Subject === `Re: ${r.original.Subject ?? ''}`)(await replyOf(t, { subjectPrefix: 'Re: ' })) },
    { fault: 'gws-reply-all-drops-cc', probe: async (t) => ((r) => r.reply.CCAddresses === r.original.CCAddresses)(await replyOf(t, {})) },
    { fault: 'gws-reply-quotes-unasked', probe: async (t) => (await replyOf(t, {}, 'Reply')).reply.Text === '' },
    { fault: 'gws-quote-ignores-indent', probe: async (t) => (await replyOf(t, { indentCharacter: '> ' })).reply.Text?.startsWith('> ') === true },
  ];
}

/** The agent's channel states (channel → state, with DndOn when Do Not Disturb is on). */
async function channelStates(t: GwsTarget): Promise<Record<string, string>> {
  const channels = (await t.get('/api/v2/me/channels')).body.channels as { channel: string; userState: { state: string }; dndState: string }[];
  return Object.fromEntries(channels.map((c) => [c.channel, `${c.userState.state}${c.dndState === 'On' ? 'DndOn' : ''}`]));
}

function agentStateProbes(): FaultProbe[] {
  const all = (expected: string) => (states: Record<string, string>) => Object.values(states).every((s) => s === expected);
  return [
    { fault: 'gws-ready-all-skips-chat', probe: async (t) => (await t.state(LOGIN, { readyChannels: [] }), await t.operation('/api/v2/me', 'Ready'), all('Ready')(await channelStates(t))) },
    { fault: 'gws-not-ready-all-skips-chat', probe: async (t) => (await t.state(LOGIN), await t.operation('/api/v2/me', 'NotReady'), all('NotReady')(await channelStates(t))) },
    { fault: 'gws-unknown-channel-accepted', probe: async (t) => (await t.state(LOGIN), (await t.operation('/api/v2/me/channels/fax', 'Ready')).body.statusCode === 6) },
    { fault: 'gws-custom-state-without-reason', probe: async (t) => (await t.state(LOGIN), await t.operation('/api/v2/me/channels/chat', 'OutToLunch'), (await t.get('/api/v2/me/channels/chat')).body.channel.userState.reason === 'OutToLunch') },
    { fault: 'gws-dnd-on-skips-channels', probe: async (t) => (await t.state(LOGIN), await t.operation('/api/v2/me', 'DoNotDisturbOn'), all('ReadyDndOn')(await channelStates(t))) },
    { fault: 'gws-dnd-off-forgets-state', probe: async (t) => (await t.state(LOGIN), await t.operation('/api/v2/me', 'DoNotDisturbOn'), await t.operation('/api/v2/me', 'DoNotDisturbOff'), all('Ready')(await channelStates(t))) },
    { fault: 'gws-session-starts-ready', probe: async (t) => (await t.operation('/api/v2/me', 'EndContactCenterSession'), await t.operation('/api/v2/me', 'StartContactCenterSession'), all('NotReady')(await channelStates(t))) },
  ];
}

function envelopeProbes(): FaultProbe[] {
  return [
    { fault: 'gws-fields-ignored', probe: async (t) => ((await t.get('/api/v2/queues?fields=id,name', ADMIN)).body.queues as object[]).every((q) => Object.keys(q).sort().join() === 'id,name') },
    { fault: 'gws-filter-ignored', probe: async (t) => ((await t.get('/api/v2/queues?fields=*&channel=email', ADMIN)).body.queues as { channel: string }[]).every((q) => q.channel === 'email') },
    { fault: 'gws-resolve-uri-ignored', probe: async (t) => typeof (await t.get(`${DEVICE}?resolveUri=*`, ADMIN)).body.device.phoneNumber === 'object' },
    { fault: 'gws-singular-wrong-attribute', probe: async (t) => 'device' in (await t.get(DEVICE, ADMIN)).body },
    { fault: 'gws-subresources-always', probe: async (t) => !('skills' in (await t.get('/api/v2/users/u-agent1', ADMIN)).body.user) },
    { fault: 'gws-skill-empty-description', probe: async (t) => !('description' in ((await t.get('/api/v2/skills?fields=*', ADMIN)).body.skills as { id: string }[]).find((s) => s.id === 'sk-billing')!) },
    { fault: 'gws-create-without-id-uri', probe: async (t) => ((b) => typeof b.id === 'string' && typeof b.uri === 'string')((await t.send('POST', '/api/v2/settings/agent-states', ADMIN, { operationName: 'Coffee', displayName: 'Coffee', state: 'NotReady' })).body) },
    { fault: 'gws-put-extra-attributes', probe: async (t) => JSON.stringify((await t.send('PUT', '/api/v2/settings/reporting', ADMIN, { name: 'defaultServiceLevelInterval', value: '115' })).body) === '{"statusCode":0}' },
    {
      fault: 'gws-delete-extra-attributes',
      probe: async (t) => {
        const created = await t.send('POST', '/api/v2/contacts', ADMIN, { name: 'Temp', type: 'Custom' });
        return JSON.stringify((await t.send('DELETE', '/api/v2/contacts', ADMIN, { id: created.body.id })).body) === '{"statusCode":0}';
      },
    },
    { fault: 'gws-list-fields-ignored', probe: async (t) => Array.isArray((await t.get('/api/v2/queues?fields=*', ADMIN)).body.queues) },
    {
      fault: 'gws-recordings-limit-ignored',
      probe: async (t) => {
        for (let i = 0; i < 2; i += 1) await t.state(CALL, { recordingState: 'Recording' });
        return ((await t.get('/api/v2/recordings?offset=0&limit=1', ADMIN)).body.recordings as unknown[]).length === 1;
      },
    },
    { fault: 'gws-workbins-without-status-code', probe: async (t) => (await t.get('/api/v2/me/workbins')).body.statusCode === 0 },
    { fault: 'gws-success-with-status-message', probe: async (t) => !('statusMessage' in (await t.get('/api/v2/me')).body) },
    {
      fault: 'gws-error-side-effect',
      probe: async (t) => {
        await t.send('PUT', '/api/v2/settings/reporting', ADMIN, { name: 'defaultServiceLevelInterval', value: '0' });
        return ((await t.get('/api/v2/settings/reporting', ADMIN)).body.settings as { name: string; value: string }[]).some((s) => s.name === 'defaultServiceLevelInterval' && s.value === '60');
      },
    },
    { fault: 'gws-feature-undocumented-status', probe: async (t) => (await t.get('/api/v2/features/api-voice')).status === 200 },
    { fault: 'gws-existing-skill-not-found', probe: async (t) => (await t.get('/api/v2/skills/sk-english', ADMIN)).status === 200 },
    { fault: 'gws-agent-state-without-display-name', probe: async (t) => ((await t.get('/api/v2/settings/agent-states')).body.settings as object[]).every((d) => 'displayName' in d) },
    { fault: 'gws-default-state-missing', probe: async (t) => ((await t.get('/api/v2/settings/agent-states')).body.settings as { operationName: string }[]).some((d) => d.operationName === 'AuxWork') },
    { fault: 'gws-stats-num-values-ignored', probe: async (t) => (await t.get('/api/v1/stats/q-voice-in/numCalls')).body.statistics[0].values.length === 1 },
    { fault: 'gws-me-interactions-other-format', probe: async (t) => (await t.state(EMAIL), ((await t.get('/api/v2/me/interactions?fields=*')).body.interactions as object[]).every((i) => 'state' in i && 'capabilities' in i)) },
  ];
}

function authorizationProbes(): FaultProbe[] {
  return [
    { fault: 'gws-invalid-credentials-accepted', probe: async (t) => (await t.get('/api/v2/me', 'wrong-password')).status === 401 },
    { fault: 'gws-system-features-open-to-all-roles', probe: async (t) => (await t.get('/api/v2/system/features', 'Agent')).status === 403 },
    { fault: 'gws-agent-states-writable-by-all-roles', probe: async (t) => (await t.send('POST', '/api/v2/settings/agent-states', 'Agent', { operationName: 'Nap', displayName: 'Nap', state: 'NotReady' })).status === 403 },
    { fault: 'gws-features-deletable-by-all-roles', probe: async (t) => (await t.send('DELETE', '/api/v2/features/api-voice', ADMIN)).status === 403 },
    { fault: 'gws-skills-open-to-all-roles', probe: async (t) => (await t.get('/api/v2/skills', 'Agent')).status === 403 },
    { fault: 'gws-agent-reads-any-device', probe: async (t) => (await t.get(AGENT2_DEVICE, 'Agent')).status === 403 },
    {
      fault: 'gws-agent-sees-all-calls',
      probe: async (t) => {
        await t.operation(`${SUPERVISOR_DEVICE}/calls`, 'Dial', { destination: '5001' }, 'Supervisor');
        return ((await t.get('/api/v2/me/calls?fields=*')).body.calls as { deviceUri: string }[]).every((c) => !c.deviceUri.endsWith(SUPERVISOR_DEVICE.split('/').pop() ?? ''));
      },
    },
    {
      fault: 'gws-chat-history-to-non-participant',
      probe: async (t) => (await t.operation(`/api/v2/me/interactions/${String((await t.state('a chat exists in which agent1 is not a participant')).interactionId)}`, 'RequestChatHistory')).status === 403,
    },
    {
      fault: 'gws-second-supervisor-monitors',
      probe: async (t) => (await t.operation(`/api/v2/devices/${String((await t.state("another supervisor monitors an agent's device")).deviceId)}`, 'ListenIn', {}, 'Supervisor')).status === 400,
    },
  ];
}

function negativeInputProbes(): FaultProbe[] {
  const agentState = (body: Record<string, unknown>) => async (t: GwsTarget) => (await t.send('POST', '/api/v2/settings/agent-states', ADMIN, { displayName: 'x', state: 'NotReady', ...body })).status === 400;
  const reporting = (name: string, value: string) => async (t: GwsTarget) => (await t.send('PUT', '/api/v2/settings/reporting', ADMIN, { name, value })).status === 400;
  return [
    { fault: 'gws-agent-state-duplicate-operation-name', probe: agentState({ operationName: 'OutToLunch' }) },
    { fault: 'gws-agent-state-duplicate-reason', probe: agentState({ operationName: 'Lunch2', reason: 'OutToLunch' }) },
    { fault: 'gws-agent-state-workmode-unchecked', probe: agentState({ operationName: 'Odd', state: 'Ready', workMode: 'AuxWork' }) },
    { fault: 'gws-agent-state-without-display-name-accepted', probe: async (t) => (await t.send('POST', '/api/v2/settings/agent-states', ADMIN, { operationName: 'NoDisplay', state: 'NotReady' })).body.statusCode === 1 },
    { fault: 'gws-channel-no-operation-name-code-2', probe: async (t) => (await t.state(LOGIN), (await t.send('POST', '/api/v2/me/channels/chat', 'Agent', {})).body.statusCode === 1) },
    { fault: 'gws-agent-may-change-user-password', probe: async (t) => (await t.operation(`/api/v2/users/${String((await t.state('a user exists')).id)}`, 'ChangePassword', { oldPassword: 'T2xk', newPassword: 'TmV3LXBhc3N3b3JkLTEyMzQ1' })).status === 403 },
    { fault: 'gws-agent-may-reset-password', probe: async (t) => (await t.operation(`/api/v2/users/${String((await t.state('a user exists')).id)}`, 'ResetPassword', { newPassword: 'TmV3LXBhc3N3b3JkLTEyMzQ1' })).status === 403 },
    {
      fault: 'gws-user-roles-merged',
      probe: async (t) => {
        const id = String((await t.state('a user exists')).id);
        await t.send('POST', `/api/v2/users/${id}`, ADMIN, { roles: ['ROLE_SUPERVISOR'] });
        return JSON.stringify((await t.get(`/api/v2/users/${id}`, ADMIN)).body.user.roles) === '["ROLE_SUPERVISOR"]';
      },
    },
    ...bulkProbes(),
    { fault: 'gws-settings-key-unchecked', probe: async (t) => (await t.send('POST', '/api/v2/settings/dispositions', ADMIN, { displayName: 'No key' })).body.statusCode === 1 },
    { fault: 'gws-settings-key-duplicate', probe: async (t) => (await t.send('POST', '/api/v2/settings/dispositions', ADMIN, { name: 'department' })).status === 400 },
    { fault: 'gws-settings-delete-cs-group', probe: async (t) => (await t.send('DELETE', '/api/v2/settings', ADMIN, { name: 'dispositions' })).status === 403 },
    ...settingsGroupProbes(),
    { fault: 'gws-reporting-default-wrong', probe: async (t) => ((await t.get('/api/v2/settings/reporting', ADMIN)).body.settings as { name: string; value: string }[]).some((s) => s.name === 'defaultTargetServiceLevelPercentage' && s.value === '80') },
    { fault: 'gws-reporting-interval-unchecked', probe: reporting('defaultServiceLevelInterval', '-5') },
    { fault: 'gws-reporting-percentage-unchecked', probe: reporting('defaultTargetServiceLevelPercentage', '150') },
    { fault: 'gws-contact-queue-writable', probe: async (t) => (await t.send('PUT', '/api/v2/contacts', ADMIN, { id: 'q-voice-in', name: 'Renamed' })).status === 403 },
    { fault: 'gws-start-session-takes-assigned-device', probe: async (t) => (await t.operation('/api/v2/me', 'StartContactCenterSession', { place: '3001' })).status === 400 },
    { fault: 'gws-invites-when-not-ready', probe: async (t) => (await t.state(LOGIN, { readyChannels: [] }), (await t.state(EMAIL, { ready: false })).invited === false) },
  ];
}

let probeGroups = 0;

function settingsGroupProbes(): FaultProbe[] {
  return [
    {
      fault: 'gws-settings-group-key-ignored',
      probe: async (t) => {
        const name = `probe-keyed-${++probeGroups}`;
        await t.send('POST', '/api/v2/settings', ADMIN, { name, key: 'code' });
        return (await t.send('POST', `/api/v2/settings/${name}`, ADMIN, { name: 'no-code' })).status === 400;
      },
    },
    {
      fault: 'gws-settings-invalid-json-accepted',
      probe: async (t) => {
        const response = await fetch(`${t.baseUrl}/api/v2/settings/dispositions`, { method: 'POST', headers: { authorization: authorization(ADMIN), 'content-type': 'application/json' }, body: '{"name": "bare", "displayName": Bare}' });
        return response.status === 400;
      },
    },
    {
      fault: 'gws-settings-put-merges-objects',
      probe: async (t) => {
        await t.send('PUT', '/api/v2/settings/dispositions', ADMIN, { name: 'helplevel', details: { level: 'one', reviewed: true } });
        await t.send('PUT', '/api/v2/settings/dispositions', ADMIN, { name: 'helplevel', details: { level: 'two' } });
        const settings = (await t.get('/api/v2/settings/dispositions', ADMIN)).body.settings as { name: string; details?: unknown }[];
        return JSON.stringify(settings.find((s) => s.name === 'helplevel')?.details) === '{"level":"two"}';
      },
    },
  ];
}

/** The Agent's device after the operations, from a fresh login (no DND, no forwarding). */
async function deviceAfter(t: GwsTarget, operations: readonly [string, Record<string, unknown>?][]): Promise<{ statuses: number[]; device: Record<string, any> }> { // eslint-disable-line @typescript-eslint/no-explicit-any -- probed freely
  await t.state(LOGIN);
  const statuses: number[] = [];
  for (const [name, extra] of operations) statuses.push((await t.operation(DEVICE, name, extra ?? {})).status);
  return { statuses, device: (await t.get(DEVICE)).body.device };
}

function deviceProbes(): FaultProbe[] {
  const forward: [string, Record<string, unknown>] = ['ForwardCallsOn', { destination: '+16505550177' }];
  return [
    { fault: 'gws-agent-device-offers-listen-in', probe: async (t) => !((await deviceAfter(t, [])).device.capabilities as string[]).includes('ListenIn') },
    { fault: 'gws-device-capabilities-stale', probe: async (t) => ((await deviceAfter(t, [['DoNotDisturbOn']])).device.capabilities as string[]).includes('DoNotDisturbOff') },
    { fault: 'gws-forward-to-not-shown', probe: async (t) => (await deviceAfter(t, [forward])).device.forwardTo === '+16505550177' },
    { fault: 'gws-device-dnd-on-ignored', probe: async (t) => (await deviceAfter(t, [['DoNotDisturbOn']])).device.doNotDisturb === 'On' },
    { fault: 'gws-device-dnd-off-ignored', probe: async (t) => (await deviceAfter(t, [['DoNotDisturbOn'], ['DoNotDisturbOff']])).device.doNotDisturb === 'Off' },
    { fault: 'gws-forward-off-ignored', probe: async (t) => !('forwardTo' in (await deviceAfter(t, [forward, ['ForwardCallsOff']])).device) },
    { fault: 'gws-forward-off-when-not-forwarding', probe: async (t) => (await deviceAfter(t, [['ForwardCallsOff']])).statuses[0] === 400 },
    { fault: 'gws-device-dnd-repeat-accepted', probe: async (t) => (await deviceAfter(t, [['DoNotDisturbOn'], ['DoNotDisturbOn']])).statuses[1] === 400 },
  ];
}

/** The call after the operations (undefined once it is gone), and their statuses. */
async function callAfter(t: GwsTarget, state: string, operations: readonly string[], params: Record<string, unknown> = {}): Promise<{ statuses: number[]; call?: Record<string, any>; callUuid: string }> { // eslint-disable-line @typescript-eslint/no-explicit-any -- probed freely
  const path = `/api/v2/me/calls/${String((await t.state(state, params)).callId)}`;
  const callUuid = String((await t.get(path)).body.call.callUuid);
  const statuses: number[] = [];
  for (const name of operations) statuses.push((await t.operation(path, name)).status);
  const after = await t.get(path);
  return { statuses, callUuid, ...(after.status === 200 ? { call: after.body.call } : {}) };
}

function callProbes(): FaultProbe[] {
  return [
    { fault: 'gws-answer-keeps-ringing', probe: async (t) => (await callAfter(t, RINGING, ['Answer'])).call?.state === 'Established' },
    { fault: 'gws-hold-ignored', probe: async (t) => (await callAfter(t, CALL, ['Hold'])).call?.state === 'Held' },
    { fault: 'gws-hold-held-accepted', probe: async (t) => (await callAfter(t, CALL, ['Hold', 'Hold'])).statuses[1] === 400 },
    { fault: 'gws-mute-ignored', probe: async (t) => (await callAfter(t, CALL, ['MuteCall'])).call?.mute === 'On' },
    { fault: 'gws-retrieve-stays-held', probe: async (t) => (await callAfter(t, CALL, ['Hold', 'Retrieve'])).call?.state === 'Established' },
    { fault: 'gws-dtmf-refused', probe: async (t) => (await t.operation(`/api/v2/me/calls/${String((await t.state(CALL)).callId)}`, 'SendDtmf', { digits: '12' })).status === 200 },
    { fault: 'gws-retrieve-established-accepted', probe: async (t) => (await callAfter(t, CALL, ['Retrieve'])).statuses[0] === 400 },
    { fault: 'gws-answer-established-accepted', probe: async (t) => (await callAfter(t, CALL, ['Answer'])).statuses[0] === 400 },
    { fault: 'gws-held-call-offers-hold', probe: async (t) => !((await callAfter(t, CALL, ['Hold'])).call?.capabilities as string[]).includes('Hold') },
    {
      fault: 'gws-dial-creates-nothing',
      probe: async (t) => {
        await t.state(LOGIN);
        const before = ((await t.get('/api/v2/me/calls')).body.uris as string[] | undefined)?.length ?? 0;
        await t.operation(`${DEVICE}/calls`, 'Dial', { destination: '5001' });
        return (((await t.get('/api/v2/me/calls')).body.uris as string[] | undefined)?.length ?? 0) === before + 1;
      },
    },
    {
      fault: 'gws-retrieve-dialing-accepted',
      probe: async (t) => {
        await t.state(LOGIN);
        await t.operation(`${DEVICE}/calls`, 'Dial', { destination: '5002' });
        const dialing = ((await t.get('/api/v2/me/calls?fields=*')).body.calls as { id: string; state: string }[]).find((c) => c.state === 'Dialing');
        return (await t.operation(`/api/v2/me/calls/${dialing?.id ?? 'none'}`, 'Retrieve')).status === 400;
      },
    },
    { fault: 'gws-dial-without-destination', probe: async (t) => (await t.state(LOGIN), (await t.operation(`${DEVICE}/calls`, 'Dial')).body.statusCode === 1) },
    { fault: 'gws-transfer-without-destination', probe: async (t) => (await callAfter(t, CALL, ['SingleStepTransfer'])).statuses[0] === 400 },
    { fault: 'gws-other-call-uri-unchecked', probe: async (t) => (await t.operation(`/api/v2/me/calls/${String((await t.state(CALL)).callId)}`, 'SwapCalls')).body.statusCode === 1 },
    { fault: 'gws-dtmf-digits-unchecked', probe: async (t) => (await t.operation(`/api/v2/me/calls/${String((await t.state(CALL)).callId)}`, 'SendDtmf', { digits: '1A' })).status === 400 },
    { fault: 'gws-invalid-for-state-code-1', probe: async (t) => (await t.operation(`/api/v2/me/calls/${String((await t.state(CALL)).callId)}`, 'Retrieve')).body.statusCode === 2 },
    {
      fault: 'gws-disabled-recording-accepted',
      probe: async (t) => {
        const path = `/api/v2/me/calls/${String((await t.state(CALL)).callId)}`;
        await t.state('call recording is disabled', { disabled: true });
        const refused = (await t.operation(path, 'StartCallRecording')).body.statusCode === 2;
        await t.state('call recording is disabled', { disabled: false });
        return refused;
      },
    },
    { fault: 'gws-released-call-listed', probe: async (t) => (await callAfter(t, CALL, ['Hangup'])).call === undefined },
    {
      fault: 'gws-recording-survives-hangup',
      probe: async (t) => {
        const { callUuid } = await callAfter(t, CALL, ['Hangup'], { recordingState: 'Recording' });
        return ((await t.get('/api/v2/recordings')).body.recordings as { callUuid: string; endTime?: number }[]).filter((r) => r.callUuid === callUuid).every((r) => r.endTime !== undefined);
      },
    },
  ];
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- probed freely

/** A fresh inbound interaction (accepted unless `invited`), the operation on it, and where it is afterwards. */
async function interactionAfter(t: GwsTarget, state: string, operations: readonly [string, Json?][], invited = false): Promise<{ statuses: number[]; bodies: Json[]; id: string; mine?: Json; interaction: Json }> {
  const id = String((await t.state(state)).interactionId);
  const path = `/api/v2/me/interactions/${id}`;
  if (!invited) await t.operation(path, 'Accept', { nickname: 'Ada' });
  const statuses: number[] = [];
  const bodies: Json[] = [];
  for (const [name, extra] of operations) {
    const answer = await t.operation(path, name, extra ?? {});
    statuses.push(answer.status);
    bodies.push(answer.body);
  }
  const mine = ((await t.get('/api/v2/me/interactions?fields=*')).body.interactions as Json[]).find((i) => i.id === id);
  return { statuses, bodies, id, interaction: (await t.get(`/api/v2/interactions/${id}`)).body.interaction as Json, ...(mine ? { mine } : {}) };
}

/** The reply of a fresh accepted e-mail after `operation` on it: still the agent's? */
async function replyAfter(t: GwsTarget, operation: string): Promise<Json | undefined> {
  const { bodies } = await interactionAfter(t, EMAIL, [['Reply']]);
  const replyId = String(bodies[0]?.replyInteractionId);
  await t.operation(`/api/v2/me/interactions/${replyId}`, operation);
  return ((await t.get('/api/v2/me/interactions?fields=*')).body.interactions as Json[]).find((i) => i.id === replyId);
}

function interactionProbes(): FaultProbe[] {
  const refused = (state: string, operation: string, invited: boolean, extra: Json = {}) => async (t: GwsTarget) => (await interactionAfter(t, state, [[operation, extra]], invited)).statuses[0] === 400;
  const leaves = (operation: string, extra: Json = {}, invited = false) => async (t: GwsTarget) => (await interactionAfter(t, EMAIL, [[operation, extra]], invited)).mine === undefined;
  return [
    { fault: 'gws-accept-stays-invited', probe: async (t) => (await interactionAfter(t, EMAIL, [])).mine?.state === 'Accepted' },
    { fault: 'gws-reject-keeps-interaction', probe: leaves('Reject', {}, true) },
    {
      fault: 'gws-reject-leaves-queued',
      probe: async (t) => {
        await t.state('another agent is ready on email');
        return (await interactionAfter(t, EMAIL, [['Reject']], true)).interaction.state === 'Invited';
      },
    },
    { fault: 'gws-complete-keeps-ownership', probe: leaves('Complete') },
    { fault: 'gws-transfer-keeps-owner', probe: leaves('Transfer', { userId: 'u-agent2' }) },
    { fault: 'gws-place-in-queue-ignores-queue', probe: async (t) => (await interactionAfter(t, EMAIL, [['PlaceInQueue', { queueName: 'SimpleEmailOutQueue' }]])).interaction.currentQueue === 'SimpleEmailOutQueue' },
    { fault: 'gws-cancel-keeps-reply', probe: async (t) => (await replyAfter(t, 'Cancel')) === undefined },
    { fault: 'gws-send-keeps-reply', probe: async (t) => (await replyAfter(t, 'Send')) === undefined },
    { fault: 'gws-reply-on-invited-accepted', probe: refused(EMAIL, 'Reply', true) },
    { fault: 'gws-send-on-inbound-accepted', probe: refused(EMAIL, 'Send', false) },
    { fault: 'gws-cancel-without-reply-accepted', probe: refused(EMAIL, 'Cancel', false) },
    { fault: 'gws-complete-invited-accepted', probe: refused(EMAIL, 'Complete', true) },
    { fault: 'gws-user-data-on-invited', probe: refused(EMAIL, 'UpdateUserData', true, { userData: { a: 1 } }) },
    { fault: 'gws-chat-send-on-invited', probe: refused(CHAT, 'SendMessage', true, { text: 'Hi' }) },
    { fault: 'gws-chat-send-after-end', probe: async (t) => (await interactionAfter(t, CHAT, [['EndChatSession'], ['SendMessage', { text: 'Hi' }]])).statuses[1] === 400 },
    { fault: 'gws-end-session-releases-chat', probe: async (t) => (await interactionAfter(t, CHAT, [['EndChatSession']])).mine?.state === 'SessionEnded' },
    { fault: 'gws-chat-accept-stays-invited', probe: async (t) => (await interactionAfter(t, CHAT, [])).mine?.state === 'Accepted' },
    { fault: 'gws-chat-reject-keeps-chat', probe: async (t) => (await interactionAfter(t, CHAT, [['Reject']], true)).mine === undefined },
    { fault: 'gws-chat-complete-after-end-kept', probe: async (t) => (await interactionAfter(t, CHAT, [['EndChatSession'], ['Complete']])).mine === undefined },
    { fault: 'gws-chat-complete-keeps-session', probe: async (t) => ((await interactionAfter(t, CHAT, [['Complete']])).interaction.content.events as Json[]).some((e) => e.messageType === 'PARTY_LEFT') },
    { fault: 'gws-typing-refused', probe: async (t) => (await interactionAfter(t, CHAT, [['SendStartTypingNotification']])).statuses[0] === 200 },
    { fault: 'gws-leave-conference-ignored', probe: async (t) => (await interactionAfter(t, CHAT, [['InviteUser', { agentId: 'u-agent2' }], ['LeaveConference']])).mine === undefined },
    { fault: 'gws-user-data-releases-interaction', probe: async (t) => (await interactionAfter(t, EMAIL, [['UpdateUserData', { userData: { a: 1 } }]])).mine?.state === 'Accepted' },
    { fault: 'gws-chat-message-dropped', probe: async (t) => ((await interactionAfter(t, CHAT, [['SendMessage', { text: 'Hello there' }]])).interaction.content.events as Json[]).some((e) => e.text === 'Hello there') },
    { fault: 'gws-invited-agent-not-joined', probe: async (t) => ((await interactionAfter(t, CHAT, [['InviteUser', { agentId: 'u-agent2' }]])).interaction.content.events as Json[]).some((e) => e.messageType === 'PARTY_JOINED' && e.nickName === 'agent2') },
  ];
}

function inputProbes(): FaultProbe[] {
  const contact = (body: Json) => async (t: GwsTarget): Promise<unknown> => (await t.send('POST', '/api/v2/contacts', ADMIN, { name: 'Probe', ...body })).body.statusCode;
  return [
    { fault: 'gws-features-text-plain', probe: async (t) => (await t.get('/api/v2/features')).contentType.startsWith('application/json') },
    { fault: 'gws-channel-dnd-status-code-8', probe: async (t) => (await t.state(LOGIN), (await t.operation('/api/v2/channels/chat', 'DoNotDisturbOn')).body.statusCode === 0) },
    { fault: 'gws-contact-create-unchecked', probe: async (t) => (await contact({ phoneNumber: 5550100 })(t)) !== 0 },
    { fault: 'gws-contact-phone-demanded', probe: async (t) => (await contact({})(t)) === 0 },
    { fault: 'gws-start-records-nothing', probe: async (t) => (await recordingAfter(t, 'NotRecording', 'StartCallRecording')).state === 'Recording' },
    {
      fault: 'gws-not-ready-one-channel-sets-all',
      probe: async (t) => (await t.state(LOGIN), await t.operation('/api/v2/me/channels/email', 'NotReady'), (await channelStates(t)).chat === 'Ready'),
    },
    { fault: 'gws-reply-needs-subject-prefix', probe: async (t) => (await interactionAfter(t, EMAIL, [['Reply']])).statuses[0] === 200 },
    { fault: 'gws-reply-not-owned', probe: async (t) => (await replyAfter(t, 'UpdateUserData')) !== undefined },
    { fault: 'gws-forward-without-destination', probe: async (t) => (await deviceAfter(t, [['ForwardCallsOn']])).statuses[0] === 400 },
  ];
}

/** Faults that open one operation to every role: a role the operation does not permit is refused. */
function openedProbes(): FaultProbe[] {
  const rows: [string, string, As][] = [
    ['gws-feature-open-to-all-roles', '/api/v2/features/api-voice', 'Supervisor'],
    ['gws-settings-open-to-all-roles', '/api/v2/settings', 'Agent'],
    ['gws-agent-states-readable-by-all-roles', '/api/v2/settings/agent-states', 'Supervisor'],
    ['gws-settings-group-open-to-all-roles', '/api/v2/settings/dispositions', 'Cloud Admin'],
    ['gws-me-channels-open-to-all-roles', '/api/v2/me/channels', 'Supervisor'],
    ['gws-interactions-open-to-all-roles', '/api/v2/interactions', 'Supervisor'],
    ['gws-me-interactions-open-to-all-roles', '/api/v2/me/interactions', 'Supervisor'],
    ['gws-users-open-to-all-roles', '/api/v2/users', 'Supervisor'],
    ['gws-user-open-to-all-roles', '/api/v2/users/u-agent1', 'Supervisor'],
    ['gws-me-skills-open-to-all-roles', '/api/v2/me/skills', 'Supervisor'],
    ['gws-user-devices-open-to-all-roles', '/api/v2/users/u-agent1/devices', 'Agent'],
    ['gws-contacts-open-to-all-roles', '/api/v2/contacts', 'Supervisor'],
    ['gws-queue-open-to-all-roles', '/api/v2/queues/q-voice-in', 'Agent'],
    ['gws-queue-recording-settings-open-to-all-roles', '/api/v2/queues/q-voice-in/settings/call-recording', 'Agent'],
    ['gws-workbins-open-to-all-roles', '/api/v2/me/workbins', 'Supervisor'],
  ];
  return [
    ...rows.map(([fault, path, role]) => ({ fault, probe: async (t: GwsTarget) => (await t.get(path, role)).status === 403 })),
    { fault: 'gws-service-open-to-all-roles', probe: async (t) => (await t.get(`/api/v2/services/${String(((await t.get('/api/v2/services?fields=*')).body.services as { id: string }[])[0]?.id)}`, 'Cloud Admin')).status === 403 },
  ];
}

/** Assigning skills to a fresh user: the URIs of sk-english and of a skill that does not exist. */
function bulkProbes(): FaultProbe[] {
  const assign = async (t: GwsTarget, uris: (skill: string, missing: string) => string[]) => {
    const id = String((await t.state('a user exists')).id);
    const skill = ((await t.get('/api/v2/skills', ADMIN)).body.uris as string[])[0] ?? '';
    return (await t.send('POST', `/api/v2/users/${id}/skills`, ADMIN, { uris: uris(skill, skill.replace(/[^/]+$/, 'none')) })).body;
  };
  return [
    { fault: 'gws-assign-answers-succeeded', probe: async (t) => JSON.stringify(await assign(t, (s) => [s])) === '{"statusCode":0}' },
    { fault: 'gws-partial-success-without-failed', probe: async (t) => Array.isArray((await assign(t, (s, m) => [s, m])).failed) },
    { fault: 'gws-all-failed-as-partial', probe: async (t) => (await assign(t, (_s, m) => [m])).statusCode !== 7 },
  ];
}

/** Methods the contract lacks on a path: refused with 405 (statusCode 3), the data left as it was. */
function unsupportedMethodProbes(): FaultProbe[] {
  const refused405 = (answer: { status: number; body: Record<string, unknown> }) => answer.status === 405 && answer.body.statusCode === 3;
  const reporting = async (t: GwsTarget) => Object.fromEntries(((await t.get('/api/v2/settings/reporting', ADMIN)).body.settings as { name: string; value: string }[]).map((s) => [s.name, s.value]));
  return [
    {
      fault: 'gws-features-modifiable',
      probe: async (t) => {
        const created = await t.send('POST', '/api/v2/features', 'Cloud Admin', { id: 'probe-feature', displayName: 'Probe' });
        const changed = await t.send('PUT', '/api/v2/features/api-voice', 'Cloud Admin', { displayName: 'Changed' });
        const feature = (await t.get('/api/v2/features/api-voice', ADMIN)).body.feature as { displayName: string };
        return refused405(created) && refused405(changed) && feature.displayName !== 'Changed' && (await t.get('/api/v2/features/probe-feature', ADMIN)).status === 404;
      },
    },
    {
      fault: 'gws-reporting-post-delete-accepted',
      probe: async (t) => {
        const posted = await t.send('POST', '/api/v2/settings/reporting', ADMIN, { name: 'defaultTargetServiceLevelPercentage', value: '99' });
        const deleted = await t.send('DELETE', '/api/v2/settings/reporting', ADMIN, { name: 'defaultServiceLevelInterval' });
        return refused405(posted) && refused405(deleted) && JSON.stringify(await reporting(t)) === '{"defaultTargetServiceLevelPercentage":"80","defaultServiceLevelInterval":"60"}';
      },
    },
  ];
}
