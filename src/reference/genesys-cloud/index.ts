import type { FamilyImplementation, Handler } from '../http/reference-types';
import { conversationReadHandlers } from './conversations-read';
import { conversationUpdateHandlers } from './conversation-update';
import { emailCreateHandlers } from './email-create';
import { emailDraftHandlers } from './email-draft';
import { emailMessageHandlers } from './email-messages';
import { errorBody } from './error-body';
import { mediaHandlers } from './media';
import { meetingHandlers } from './meetings';
import { messagingCreateHandlers } from './messaging-create';
import { messagingSendHandlers } from './messaging-send';
import { openMessagingHandlers } from './open-messaging';
import { participantHandlers } from './participants';
import { providerStates } from './provider-states';
import { recordingHandlers } from './recordings';
import { gcHandler, type GcHandlerBody } from './request-error';
import { seededState } from './seed';
import type { GcState } from './state';
import { wrapupHandlers } from './wrapups';

const HANDLER_GROUPS: readonly Readonly<Record<string, GcHandlerBody>>[] = [
  conversationReadHandlers,
  conversationUpdateHandlers,
  emailCreateHandlers,
  emailDraftHandlers,
  emailMessageHandlers,
  mediaHandlers,
  meetingHandlers,
  messagingCreateHandlers,
  messagingSendHandlers,
  openMessagingHandlers,
  participantHandlers,
  recordingHandlers,
  wrapupHandlers,
];

const handlers: Record<string, Handler<GcState>> = {};
for (const group of HANDLER_GROUPS) for (const [operationId, body] of Object.entries(group)) handlers[operationId] = gcHandler(body);

/** The Genesys Cloud reference: the recording update and the 63 digital-conversation operations. */
export const genesysCloudImplementation: FamilyImplementation<GcState> = {
  family: 'genesys-cloud',
  authScheme: 'bearer',
  createState: seededState,
  handlers,
  providerStates,
  errorBody,
  // Breaks gc.auth.bearer-required: requests without an Authorization header are served as agent1.
  authorizationFault: (_operation, faults) => (faults.has('gc-bearer-not-required') ? { kind: 'accept-missing-credentials', principal: { username: 'agent1', role: 'Agent' } } : undefined),
};
