import type { StateMachine } from '../../contracts';
import type { ProviderStates } from '../../fixtures/provider-states';
import type { ClauseLedger } from '../clause-ledger';
import { expect } from '@playwright/test';
import { told, type GwsAnswer, type GwsClient, type Json } from '../gws-common/gws-client';
import type { NotificationProbe } from '../gws-common/notification-probe';
import type { OriginalEmail } from './email-model';

/** The interactions topic (also written /me/interactions and /v2/me/interactions/, gws.notify-interactions-topic-spelling). */
export const INTERACTIONS = '/v2/me/interactions';

/** The inbound e-mail the model's inbound state is about. */
export interface InboundEmail {
  readonly interactionId: string;
  /** The e-mail as it arrived. */
  readonly original: OriginalEmail;
  /** An e-mail queue other than the e-mail's own, for PlaceInQueue; undefined when the target named none. */
  readonly queueName?: string;
}

/** The target side of the e-mail reply model: the inbound e-mail routed to the agent last, and its replies. */
export interface EmailReal {
  readonly ledger: ClauseLedger;
  readonly machine: StateMachine;
  readonly client: GwsClient;
  readonly probe: NotificationProbe;
  readonly providerStates: ProviderStates;
  /** The current inbound e-mail; `invite` replaces it. */
  inbound: InboundEmail;
  /** Ids of the e-mails and replies of this run, for clean-up. */
  readonly inboundIds: string[];
  readonly replyIds: string[];
  /** Routes a new inbound e-mail to the agent, checks its invitation, and makes it `inbound`. */
  readonly invite: () => Promise<void>;
}

/** POST /me/interactions/{id} with an operationName (and more members). */
export function operate(real: EmailReal, id: string, operationName: string, extra: Json = {}): Promise<GwsAnswer> {
  return real.client.call('postMeInteractionsById', { params: { id }, body: { operationName, ...extra } });
}

/** GET /me/interactions?fields=*: the interactions the agent handles (unchecked). */
async function listInteractions(real: EmailReal): Promise<{ answer: GwsAnswer; views: Json[] }> {
  const answer = await real.client.call('getMeInteractions', { query: { fields: '*' } });
  const list: unknown = answer.body.interactions;
  return { answer, views: Array.isArray(list) ? list.filter((v): v is Json => v !== null && typeof v === 'object') : [] };
}

/**
 * GET /me/interactions?fields=*: the interactions the agent handles, which the checks read. They
 * come "in the same message format as CometD notifications for interactions": each must conform
 * to the InteractionStateMessage payload as its interaction (gws.interaction.me-interactions-same-format).
 */
export async function myInteractions(real: EmailReal): Promise<{ answer: GwsAnswer; views: Json[] }> {
  const listed = await listInteractions(real);
  await real.ledger.check('gws.interaction.me-interactions-same-format', () => {
    expect(listed.answer.status, `GET /me/interactions?fields=* answers: ${told(listed.answer)}`).toBe(200);
    for (const view of listed.views) expect(real.probe.violations('InteractionStateMessage', { messageType: 'InteractionStateMessage', interaction: view }), `interaction ${String(view.id)} in the format of the interaction notifications`).toBeUndefined();
  });
  return listed;
}

/** GET /interactions/{id}: the interaction wherever it is now (undefined when not readable). */
export async function readInteraction(real: EmailReal, id: string): Promise<{ answer: GwsAnswer; view: Json | undefined }> {
  const answer = await real.client.call('getInteractionsById', { params: { id } });
  const view: unknown = answer.body.interaction;
  return { answer, view: view !== null && typeof view === 'object' ? (view) : undefined };
}

/** Ends what the run left with the agent (no assertions): replies cancelled, e-mails completed or rejected. */
export async function cleanUp(real: EmailReal): Promise<void> {
  const { views } = await listInteractions(real);
  for (const view of views) {
    const id = String(view.id);
    if (real.replyIds.includes(id) && view.state === 'ReplyCreated') await operate(real, id, 'Cancel');
    if (real.inboundIds.includes(id)) await operate(real, id, view.state === 'Invited' ? 'Reject' : 'Complete');
  }
}
