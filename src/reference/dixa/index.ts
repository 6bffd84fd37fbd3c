import type { FamilyImplementation, Principal } from '../http/reference-types';
import { activityLogHandlers } from './activity-log';
import { agentHandlers } from './agents';
import { analyticsHandlers } from './analytics';
import { anonymizationHandlers } from './anonymization';
import { conversationTagHandlers } from './conversation-tags';
import { conversationHandlers } from './conversations';
import { endUserHandlers } from './endusers';
import { lifecycleHandlers } from './lifecycle';
import { messageHandlers } from './messages';
import { noteHandlers } from './notes';
import { presenceHandlers } from './presence';
import { dixaProviderStates } from './provider-states';
import { queueHandlers } from './queues';
import { referenceDataHandlers } from './reference-data';
import { errorBody } from './responses';
import { searchHandlers } from './search';
import { createDixaState } from './seed';
import type { DixaState } from './state';
import { tagHandlers } from './tags';
import { teamHandlers } from './teams';
import { webhookHandlers } from './webhooks';

/** Who a request is served as when a fault lets a missing or wrong token through. */
const FAULT_PRINCIPAL: Principal = { username: 'unauthenticated', role: 'Agent' };

/** Under the auth faults only: a request without a token (or with a wrong one) is served anyway. */
const authorizationFault: FamilyImplementation<DixaState>['authorizationFault'] = (_operation, faults) => {
  if (faults.has('dixa-auth-missing-token-accepted')) return { kind: 'accept-missing-credentials', principal: FAULT_PRINCIPAL };
  if (faults.has('dixa-auth-invalid-token-accepted')) return { kind: 'accept-invalid-credentials', principal: FAULT_PRINCIPAL };
  return undefined;
};

/** The Dixa API v1 of the reference target (contracts/dixa). */
export const dixaImplementation: FamilyImplementation<DixaState> = {
  family: 'dixa',
  authScheme: 'bearer',
  createState: createDixaState,
  handlers: {
    ...agentHandlers,
    ...presenceHandlers,
    ...teamHandlers,
    ...endUserHandlers,
    ...conversationHandlers,
    ...lifecycleHandlers,
    ...messageHandlers,
    ...noteHandlers,
    ...conversationTagHandlers,
    ...activityLogHandlers,
    ...anonymizationHandlers,
    ...searchHandlers,
    ...tagHandlers,
    ...queueHandlers,
    ...webhookHandlers,
    ...analyticsHandlers,
    ...referenceDataHandlers,
  },
  providerStates: dixaProviderStates,
  errorBody,
  authorizationFault,
};
