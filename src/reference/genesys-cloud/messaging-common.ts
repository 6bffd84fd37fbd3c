import type { ReferenceRequest } from '../http/reference-types';
import { booleanQuery } from './email-draft';
import { customerOf } from './lookups';
import type { Conversation, GcState } from './state';

/** useNormalizedMessage=true drops the deprecated fields (gc.messaging.normalized-message). */
export function wantsNormalized(request: ReferenceRequest): boolean {
  // Breaks gc.messaging.normalized-message: the deprecated fields stay.
  return booleanQuery(request, 'useNormalizedMessage') && !request.faults.has('gc-normalized-message-ignored');
}

/** A messaging conversation whose customer at this address and channel is still connected. */
export function activeConversationWith(state: GcState, toAddress: string | undefined, messengerType: string | undefined): Conversation | undefined {
  return state.conversations.find((conversation) => {
    const customer = customerOf(conversation);
    return (
      customer !== undefined &&
      customer.address === toAddress &&
      customer.communications.some((c) => c.mediaType === 'message' && c.state !== 'disconnected' && c.messengerType?.toLowerCase() === messengerType?.toLowerCase())
    );
  });
}
