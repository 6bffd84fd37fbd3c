import type { ProviderStateDefinition } from '../http/reference-types';
import { announceChannels } from './agent-state';
import { announceCall } from './call-view';
import { MIN_PASSWORD_LENGTH } from './passwords';
import { AGENT_USER_NAME, agent, anotherAgent } from './provider-states';
import { devicesOf } from './user-state';
import type { GwsState } from './types';

/**
 * Provider states for what happens around the Agent without the Agent doing it (GWS): another
 * agent becomes Ready, a routing strategy attaches data to a call, Configuration Server's password
 * rules. The tests cannot bring these about through the API as the Agent.
 */
export const SITUATION_STATES: Readonly<Record<string, ProviderStateDefinition<GwsState>>> = {
  'another agent is ready on email': {
    description: 'An agent other than the Agent (agent2 in the seed) is Ready on email without Do Not Disturb, so that the System can present e-mails to it.',
    setup: (_params, state) => {
      const other = anotherAgent(state);
      const channel = other.channels.find((c) => c.name === 'email');
      if (!channel) throw new Error(`${other.userName}, the agent other than ${AGENT_USER_NAME}, has no email channel`);
      channel.condition = { state: 'Ready' };
      channel.dnd = false;
      announceChannels(state, other, [channel], state.services.faults);
      return { userId: other.id, userName: other.userName };
    },
  },
  "the attached data of a call on agent1's device changes": {
    description: 'Data is attached to a call of the Agent from outside the API (as a routing strategy would): params.userData (default one fresh key) is merged into the call’s userData and announced on /v2/me/calls.',
    setup: (params, state) => {
      const callId = typeof params.callId === 'string' ? params.callId : '';
      const call = state.calls.get(callId);
      if (!call || !devicesOf(state, agent(state)).some((d) => d.id === call.deviceId)) throw new Error(`params.callId must name a call on ${AGENT_USER_NAME}'s device`);
      const given = params.userData ?? { [`AttachedKey${state.sequence + 1}`]: `value ${state.sequence + 1}` };
      if (typeof given !== 'object' || given === null || Array.isArray(given)) throw new Error('params.userData must be an object of key/value pairs');
      state.sequence += 1;
      Object.assign(call.userData, given);
      // Breaks gws.notification.attached-data-changed: the change is announced as a StatusChange, not AttachedDataChanged.
      announceCall(state, call, state.services.faults.has('gws-attached-data-as-status-change') ? 'StatusChange' : 'AttachedDataChanged', state.services.faults);
      return { callId, userData: { ...call.userData } };
    },
  },
  'a new password breaks the password rules': {
    description: `Answers a new password that the Agent's Configuration Server password rules refuse (the reference target's rule: at least ${MIN_PASSWORD_LENGTH} characters).`,
    setup: () => ({ password: 'x'.repeat(MIN_PASSWORD_LENGTH - 3) }),
  },
};
