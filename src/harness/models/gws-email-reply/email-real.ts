import type { StateMachine } from '../../contracts';
import type { ProviderStates } from '../../fixtures/provider-states';
import type { ClauseLedger } from '../clause-ledger';
import type { GwsAnswer, GwsClient, Json } from '../gws-common/gws-client';
import type { NotificationProbe } from '../gws-common/notification-probe';
import type { OriginalEmail } from './email-model';

/** The interactions topic (also written /me/interactions and /v2/me/interactions/, gws.notify-interactions-topic-spelling). */
export const INTERACTIONS = '/v2/me/interactions';

/** The target side of the e-mail reply model: one inbound e-mail routed to the agent. */
export interface EmailReal {
  readonly ledger: ClauseLedger;
  readonly machine: StateMachine;
  readonly client: GwsClient;
  readonly probe: NotificationProbe;
  readonly providerStates: ProviderStates;
  readonly interactionId: string;
  readonly original: OriginalEmail;
  /** An e-mail queue other than the e-mail's own, for PlaceInQueue; undefined when the target named none. */
  readonly queueName?: string;
  /** Ids of the replies created in this run, for clean-up. */
  readonly replyIds: string[];
}

/** POST /me/interactions/{id} with an operationName (and more members). */
export function operate(real: EmailReal, id: string, operationName: string, extra: Json = {}): Promise<GwsAnswer> {
  return real.client.call('postMeInteractionsById', { params: { id }, body: { operationName, ...extra } });
}

/** GET /me/interactions?fields=*: the interactions the agent handles, in the notifications' format. */
export async function myInteractions(real: EmailReal): Promise<{ answer: GwsAnswer; views: Json[] }> {
  const answer = await real.client.call('getMeInteractions', { query: { fields: '*' } });
  const list: unknown = answer.body.interactions;
  return { answer, views: Array.isArray(list) ? list.filter((v): v is Json => v !== null && typeof v === 'object') : [] };
}

/** GET /interactions/{id}: the interaction wherever it is now (undefined when not readable). */
export async function readInteraction(real: EmailReal, id: string): Promise<{ answer: GwsAnswer; view: Json | undefined }> {
  const answer = await real.client.call('getInteractionsById', { params: { id } });
  const view: unknown = answer.body.interaction;
  return { answer, view: view !== null && typeof view === 'object' ? (view) : undefined };
}

/** Ends what the run left with the agent (no assertions): replies cancelled, the e-mail completed or rejected. */
export async function cleanUp(real: EmailReal): Promise<void> {
  const { views } = await myInteractions(real);
  for (const view of views) {
    if (real.replyIds.includes(String(view.id)) && view.state === 'ReplyCreated') await operate(real, String(view.id), 'Cancel');
    if (view.id === real.interactionId) await operate(real, real.interactionId, view.state === 'Invited' ? 'Reject' : 'Complete');
  }
}
