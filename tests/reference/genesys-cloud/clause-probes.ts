import { EMAILS, emailState, MESSAGES, messageState, participantPath, recordingPath, recordingState, type FaultProbe } from './probe-context';

/** Probes of the generic input faults, the conversation update, the wrap-up code list and the recording enums. */
export const CLAUSE_PROBES: readonly FaultProbe[] = [
  { fault: 'gc-message-attributes-invalid-ignored', holds: async ({ c }) => (await c.call('PATCH', `${participantPath(MESSAGES, await messageState(c))}/attributes`, { body: { attributes: 'not an object' } })).status === 400 },
  { fault: 'gc-cobrowse-list-refused', holds: async ({ c }) => (await c.call('GET', '/api/v2/conversations/cobrowsesessions')).status === 200 },
  {
    fault: 'gc-conversation-update-partial-403',
    holds: async ({ c }) => {
      const status = (await c.call('PATCH', `${EMAILS}/${(await emailState(c)).conversationId}`, { body: { state: 'disconnected' } })).status;
      return (status >= 200 && status < 300) || status === 400;
    },
  },
  {
    fault: 'gc-recent-transfers-uncapped',
    holds: async ({ c }) => {
      const ids = await messageState(c);
      for (let n = 0; n < 21; n += 1) await c.call('POST', `${participantPath(MESSAGES, ids)}/replace`, { body: { address: `transfer-${n}`, transferType: 'Attended' } });
      return ((await c.call('PATCH', `${MESSAGES}/${ids.conversationId}`, { body: { recordingState: 'active' } })).body.recentTransfers as unknown[]).length <= 20;
    },
  },
  { fault: 'gc-wrapup-codes-wrapped', holds: async ({ c }) => Array.isArray((await c.call('GET', `${participantPath(EMAILS, await emailState(c))}/wrapupcodes`)).body) },
  { fault: 'gc-recording-file-state-mixed-case', holds: async ({ c }) => (await c.call('PUT', recordingPath(await recordingState(c)), { body: { name: 'x' } })).body.fileState === 'AVAILABLE' },
];
