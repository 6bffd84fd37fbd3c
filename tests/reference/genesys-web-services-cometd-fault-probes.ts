import type { Bench, Message } from './genesys-web-services-cometd-session';
import { authorization } from './genesys-web-services-client';

/*
 * One probe per notification fault of the GWS fault catalogue: `holds` answers whether the
 * fault's clause holds, seen through CometD. "Nothing arrived" is decided without waiting: the
 * Agent's stream is ordered, so a sentinel published after the action (a service state change on
 * /notifications/services) marks the end of what the action caused.
 */

/** The Agent's current password (the REST credential), for a ChangePassword that gets past the old-password check. */
function agentPassword(): string {
  const decoded = Buffer.from(authorization('Agent').slice('Basic '.length), 'base64').toString('utf8');
  return decoded.slice(decoded.indexOf(':') + 1);
}

const SENTINEL = '/notifications/services';
const CALL = "a call is established on agent1's device";
const EMAIL = 'agent1 has an inbound e-mail invitation';
const CHAT = 'agent1 has an inbound chat invitation';
const LOGIN = 'agent1 is logged in with channels ready';
const DEVICE = '/api/v2/devices/5aceae61-0b5c-4578-9477-cd352d43cb17';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- notification payloads are probed freely

/** The Agent's notifications on `channels` caused by `action` (everything before the sentinel). */
async function observe(bench: Bench, channels: readonly string[], action: (b: Bench) => Promise<unknown>): Promise<Message[]> {
  const agent = await bench.subscribed('Agent', [...channels, SENTINEL]);
  await action(bench);
  await bench.state('a service changes state');
  return agent.until('the sentinel service state change', (m) => m.channel === SENTINEL);
}

const on = (messages: Message[], channel: string): Data[] => messages.filter((m) => m.channel === channel).map((m) => m.data as Data);
const interactionOf = (data: Data): Data => (data.interaction as Data | undefined) ?? data;

async function acceptedEmail(b: Bench): Promise<string> {
  const path = `/api/v2/me/interactions/${String((await b.state(EMAIL)).interactionId)}`;
  await b.rest('POST', path, 'Agent', { operationName: 'Accept' });
  return path;
}

async function acceptedChat(b: Bench): Promise<string> {
  const path = `/api/v2/me/interactions/${String((await b.state(CHAT)).interactionId)}`;
  await b.rest('POST', path, 'Agent', { operationName: 'Accept', nickname: 'Ada' });
  return path;
}

export interface NotificationFaultProbe {
  readonly fault: string;
  /** Whether the fault's clause holds on the bench's target. */
  readonly holds: (b: Bench) => Promise<boolean>;
}

/** Probes of the faults only CometD shows. */
export const NOTIFICATION_FAULT_PROBES: readonly NotificationFaultProbe[] = [
  {
    fault: 'gws-channel-change-not-announced',
    holds: async (b) => on(await observe(b, ['/v2/me/channels'], (x) => x.rest('POST', '/api/v2/me', 'Agent', { operationName: 'Ready' })), '/v2/me/channels').length > 0,
  },
  {
    fault: 'gws-dnd-state-not-announced',
    holds: async (b) => {
      await b.state(LOGIN);
      const channels = on(await observe(b, ['/v2/me/channels'], (x) => x.rest('POST', '/api/v2/me', 'Agent', { operationName: 'DoNotDisturbOn' })), '/v2/me/channels');
      return channels.length > 0 && channels.every((d) => (d.channels as Data[]).every((c) => c.dndState === 'On'));
    },
  },
  {
    fault: 'gws-device-change-not-announced',
    holds: async (b) => on(await observe(b, ['/v2/me/devices'], (x) => x.rest('POST', DEVICE, 'Agent', { operationName: 'DoNotDisturbOn' })), '/v2/me/devices').length > 0,
  },
  {
    fault: 'gws-user-state-without-definition',
    holds: async (b) => {
      const devices = on(await observe(b, ['/v2/me/devices'], (x) => x.state(LOGIN)), '/v2/me/devices');
      return devices.length > 0 && devices.every((d) => (d.devices as Data[]).every((device) => typeof (device.userState as Data).id === 'string'));
    },
  },
  // Exactly one CallRecordingStateChange per change: none and two both break it.
  ...['gws-no-recording-notification', 'gws-recording-notification-twice'].map((fault) => ({
    fault,
    holds: async (b: Bench) => {
      const call = await b.state(CALL);
      const calls = on(await observe(b, ['/v2/me/calls'], (x) => x.rest('POST', `/api/v2/me/calls/${String(call.callId)}`, 'Agent', { operationName: 'StartCallRecording' })), '/v2/me/calls');
      return calls.filter((d) => d.notificationType === 'CallRecordingStateChange').length === 1;
    },
  })),
  {
    fault: 'gws-dtmf-not-announced',
    holds: async (b) => {
      const call = await b.state(CALL);
      const calls = on(await observe(b, ['/v2/me/calls'], (x) => x.rest('POST', `/api/v2/me/calls/${String(call.callId)}`, 'Agent', { operationName: 'SendDtmf', digits: '12' })), '/v2/me/calls');
      return calls.some((d) => d.notificationType === 'DtmfSent');
    },
  },
  {
    fault: 'gws-call-error-without-details',
    holds: async (b) => {
      const call = await b.state(CALL);
      const calls = on(await observe(b, ['/v2/me/calls'], (x) => x.rest('POST', `/api/v2/me/calls/${String(call.callId)}`, 'Agent', { operationName: 'Retrieve' })), '/v2/me/calls');
      return calls.some((d) => typeof d.errorMessage === 'string' && typeof d.deviceUri === 'string' && typeof d.connectionId === 'string' && typeof d.callUuid === 'string');
    },
  },
  {
    fault: 'gws-invite-without-reject',
    holds: async (b) => {
      const invitations = on(await observe(b, ['/v2/me/interactions'], (x) => x.state(EMAIL)), '/v2/me/interactions').map(interactionOf);
      return invitations.some((i) => i.state === 'Invited' && ['Accept', 'Reject'].every((c) => (i.capabilities as string[]).includes(c)));
    },
  },
  {
    fault: 'gws-create-not-announced',
    holds: async (b) => on(await observe(b, ['/v2/me/interactions'], (x) => x.rest('POST', '/api/v2/me/interactions', 'Agent', { operationName: 'Create' })), '/v2/me/interactions').map(interactionOf).some((i) => i.subType === 'OutboundNew'),
  },
  {
    fault: 'gws-send-ignores-subject',
    holds: async (b) => {
      const created = on(await observe(b, ['/v2/me/interactions'], (x) => x.rest('POST', '/api/v2/me/interactions', 'Agent', { operationName: 'Create' })), '/v2/me/interactions').map(interactionOf).find((i) => i.subType === 'OutboundNew');
      const sent = on(await observe(b, ['/v2/me/interactions'], (x) => x.rest('POST', `/api/v2/me/interactions/${String(created?.id)}`, 'Agent', { operationName: 'Send', email_object: { toAddress: 'c@example.com', subject: 'Probe subject' } })), '/v2/me/interactions').map(interactionOf);
      return sent.some((i) => (i.email_object as Data | undefined)?.Subject === 'Probe subject');
    },
  },
  {
    fault: 'gws-user-password-change-without-user-id',
    holds: async (b) => {
      const user = await b.state('a user exists');
      const admin = await b.subscribed('Contact Center Admin', ['/v2/users', SENTINEL]);
      await b.rest('POST', `/api/v2/users/${String(user.id)}`, 'Contact Center Admin', { operationName: 'ChangePassword', oldPassword: 'T2xk', newPassword: 'TmV3LXBhc3N3b3JkLTEyMzQ1' });
      await b.state('a service changes state');
      const messages = on(await admin.until('the sentinel service state change', (m) => m.channel === SENTINEL), '/v2/users');
      return messages.length > 0 && messages.every((d) => d.userId === user.id);
    },
  },
  {
    fault: 'gws-hold-not-announced',
    holds: async (b) => {
      const call = await b.state(CALL);
      const calls = on(await observe(b, ['/v2/me/calls'], (x) => x.rest('POST', `/api/v2/me/calls/${String(call.callId)}`, 'Agent', { operationName: 'Hold' })), '/v2/me/calls');
      return calls.some((d) => d.notificationType === 'StatusChange' && (d.call as Data).state === 'Held');
    },
  },
  {
    fault: 'gws-call-notification-without-phone-number',
    holds: async (b) => {
      const call = await b.state(CALL);
      const calls = on(await observe(b, ['/v2/me/calls'], (x) => x.rest('POST', `/api/v2/me/calls/${String(call.callId)}`, 'Agent', { operationName: 'Hold' })), '/v2/me/calls');
      return calls.length > 0 && calls.every((d) => typeof d.phoneNumber === 'string');
    },
  },
  {
    fault: 'gws-revoked-offers-accept',
    holds: async (b) => {
      const id = String((await b.state(EMAIL)).interactionId);
      const messages = on(await observe(b, ['/v2/me/interactions'], (x) => x.state('an invitation of agent1 is revoked', { interactionId: id })), '/v2/me/interactions');
      const revoked = messages.map(interactionOf).filter((i) => i.id === id && i.state === 'Revoked');
      return revoked.length > 0 && revoked.every((i) => (i.capabilities as string[]).length === 0);
    },
  },
  {
    fault: 'gws-device-notification-without-forward-to',
    holds: async (b) => {
      await b.state(LOGIN);
      const devices = on(await observe(b, ['/v2/me/devices'], (x) => x.rest('POST', DEVICE, 'Agent', { operationName: 'ForwardCallsOn', destination: '+16505550177' })), '/v2/me/devices');
      return devices.some((d) => (d.devices as Data[]).some((device) => device.forwardTo === '+16505550177'));
    },
  },
  {
    fault: 'gws-accept-not-announced',
    holds: async (b) => {
      const id = String((await b.state(EMAIL)).interactionId);
      const messages = on(await observe(b, ['/v2/me/interactions'], (x) => x.rest('POST', `/api/v2/me/interactions/${id}`, 'Agent', { operationName: 'Accept' })), '/v2/me/interactions');
      return messages.map(interactionOf).some((i) => i.id === id && i.state === 'Accepted');
    },
  },
  {
    fault: 'gws-reply-created-wrong-capabilities',
    holds: async (b) => {
      const path = await acceptedEmail(b);
      const replies = on(await observe(b, ['/v2/me/interactions'], (x) => x.rest('POST', path, 'Agent', { operationName: 'Reply' })), '/v2/me/interactions').map(interactionOf);
      return replies.some((i) => i.state === 'ReplyCreated' && ['Cancel', 'Send', 'PlaceInWorkbin', 'UpdateProperties', 'LinkAttachment'].every((c) => (i.capabilities as string[]).includes(c)));
    },
  },
  {
    fault: 'gws-chat-accept-without-history',
    holds: async (b) => {
      const id = String((await b.state(CHAT)).interactionId);
      const messages = on(await observe(b, ['/v2/me/interactions'], (x) => x.rest('POST', `/api/v2/me/interactions/${id}`, 'Agent', { operationName: 'Accept', nickname: 'Ada' })), '/v2/me/interactions');
      return messages.map(interactionOf).some((i) => i.state === 'Accepted' && ((i.content as Data).events as unknown[]).length >= 2);
    },
  },
  {
    fault: 'gws-transcript-change-not-announced',
    holds: async (b) => {
      const path = await acceptedChat(b);
      const messages = on(await observe(b, ['/v2/me/interactions'], (x) => x.rest('POST', path, 'Agent', { operationName: 'SendStartTypingNotification' })), '/v2/me/interactions');
      return messages.map(interactionOf).some((i) => i.state === 'PropertiesChanged');
    },
  },
  {
    fault: 'gws-chat-history-not-sent',
    holds: async (b) => {
      const path = await acceptedChat(b);
      return on(await observe(b, ['/v2/me/interactions'], (x) => x.rest('POST', path, 'Agent', { operationName: 'RequestChatHistory' })), '/v2/me/interactions').length > 0;
    },
  },
  // A wrong old password: PasswordChangeError with errorCode 2 on /v2/me.
  ...['gws-password-change-not-announced', 'gws-password-mismatch-code-1'].map((fault) => ({
    fault,
    holds: async (b: Bench) => {
      const wrong = { operationName: 'ChangePassword', oldPassword: Buffer.from('not the password').toString('base64'), newPassword: Buffer.from('long enough').toString('base64') };
      const me = on(await observe(b, ['/v2/me'], (x) => x.rest('POST', '/api/v2/me', 'Agent', wrong)), '/v2/me');
      return me.some((d) => d.notificationType === 'PasswordChangeError' && Number(d.errorCode) === 2);
    },
  })),
  {
    fault: 'gws-password-rules-unchecked',
    holds: async (b) => {
      const weak = { operationName: 'ChangePassword', oldPassword: Buffer.from(agentPassword()).toString('base64'), newPassword: Buffer.from('short').toString('base64') };
      const me = on(await observe(b, ['/v2/me'], (x) => x.rest('POST', '/api/v2/me', 'Agent', weak)), '/v2/me');
      return me.some((d) => d.notificationType === 'PasswordChangeError' && Number(d.errorCode) === 1);
    },
  },
  {
    fault: 'gws-workbin-events-after-unsubscribe',
    holds: async (b) => {
      const path = await acceptedEmail(b);
      const workbin = on(await observe(b, ['/v2/me/workbins'], (x) => x.rest('POST', path, 'Agent', { operationName: 'PlaceInWorkbin', workbin: 'TestWorkbin' })), '/v2/me/workbins');
      return workbin.length === 0;
    },
  },
  {
    fault: 'gws-pull-not-announced-pulled',
    holds: async (b) => {
      const path = await acceptedEmail(b);
      const parked = await b.rest('POST', '/api/v2/me/workbins/VGVzdFdvcmtiaW4vUHJpdmF0ZVZpZXc=/interactions', 'Agent', { interactionId: path.split('/').pop() });
      const messages = on(await observe(b, ['/v2/me/interactions'], (x) => x.rest('POST', '/api/v2/me/interactions', 'Agent', { operationName: 'PullInteractionFromWorkbin', uri: parked.json.uri })), '/v2/me/interactions');
      return messages.map(interactionOf).some((i) => i.state === 'Pulled');
    },
  },
  {
    fault: 'gws-password-not-base64',
    holds: async (b) => {
      const same = Buffer.from(agentPassword()).toString('base64');
      const me = on(await observe(b, ['/v2/me'], (x) => x.rest('POST', '/api/v2/me', 'Agent', { operationName: 'ChangePassword', oldPassword: same, newPassword: same })), '/v2/me');
      return me.some((d) => d.notificationType === 'PasswordChangeSuccessful');
    },
  },
  {
    fault: 'gws-mute-not-announced',
    holds: async (b) => {
      const call = await b.state(CALL);
      const calls = on(await observe(b, ['/v2/me/calls'], (x) => x.rest('POST', `/api/v2/me/calls/${String(call.callId)}`, 'Agent', { operationName: 'MuteCall' })), '/v2/me/calls');
      return calls.some((d) => (d.call as Data).id === call.callId && (d.call as Data).mute === 'On');
    },
  },
  {
    fault: 'gws-participants-updated-stale',
    holds: async (b) => {
      const path = `/api/v2/me/calls/${String((await b.state(CALL)).callId)}`;
      await b.rest('POST', path, 'Agent', { operationName: 'SingleStepConference', destination: { phoneNumber: '+16505550188' } });
      const calls = on(await observe(b, ['/v2/me/calls'], (x) => x.rest('POST', path, 'Agent', { operationName: 'RemoveParticipantFromConference', participant: '+16505550188' })), '/v2/me/calls');
      const updated = calls.filter((d) => d.notificationType === 'ParticipantsUpdated');
      return updated.length > 0 && updated.every((d) => !((d.call as Data).participants as string[]).includes('+16505550188'));
    },
  },
  {
    fault: 'gws-attached-data-as-status-change',
    holds: async (b) => {
      const call = await b.state(CALL);
      const calls = on(await observe(b, ['/v2/me/calls'], (x) => x.state("the attached data of a call on agent1's device changes", { callId: call.callId, userData: { Probe: 'yes' } })), '/v2/me/calls');
      return calls.some((d) => d.notificationType === 'AttachedDataChanged' && ((d.call as Data).userData as Data).Probe === 'yes');
    },
  },
  {
    fault: 'gws-workbin-content-not-delivered',
    holds: async (b) => {
      const path = await acceptedEmail(b);
      await b.rest('POST', '/api/v2/me/workbins/VGVzdFdvcmtiaW4vUHJpdmF0ZVZpZXc=/interactions', 'Agent', { interactionId: path.split('/').pop() });
      const messages = on(await observe(b, ['/v2/me/interactions'], (x) => x.rest('POST', path, 'Agent', { operationName: 'GetWorkbinContent', workbin: 'VGVzdFdvcmtiaW4vUHJpdmF0ZVZpZXc=' })), '/v2/me/interactions');
      return messages.map(interactionOf).some((i) => i.id === path.split('/').pop());
    },
  },
  {
    fault: 'gws-users-topic-open-to-agents',
    holds: async (b) => {
      const agent = b.session('Agent');
      await agent.handshake();
      return !(await agent.subscribe('/v2/users')).successful;
    },
  },
  {
    fault: 'gws-service-change-not-announced',
    holds: async (b) => {
      // The sentinel here is the Agent's own channel change, published after the service change.
      const agent = await b.subscribed('Agent', [SENTINEL, '/v2/me/channels']);
      await b.state('a service changes state');
      await b.rest('POST', '/api/v2/me', 'Agent', { operationName: 'NotReady' });
      return (await agent.until('the channel change after the service change', (m) => m.channel === '/v2/me/channels')).some((m) => m.channel === SENTINEL);
    },
  },
];
