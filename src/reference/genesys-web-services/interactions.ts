import type { Handler } from '../http/reference-types';
import { currentUser } from './current-user';
import { createOutboundEmail } from './email-operations';
import { guarded, ok } from './envelope';
import { activeInteractions, handledBy, interactionById, ownInteraction } from './interaction-access';
import { performInteraction } from './interaction-operations';
import { interactionView } from './interaction-view';
import { bodyObject, operationBody, text } from './request-body';
import type { GwsState } from './types';
import { uri } from './uris';
import { listBody } from './views';
import { announceWorkbinContent, pullFromWorkbin } from './workbin-content';

const interactionUri = (state: GwsState) => (interaction: Record<string, unknown>) => uri(state, `/interactions/${String(interaction.id)}`);

/** GET /interactions: the active interactions of the contact center. */
export const getInteractions: Handler<GwsState> = (request, state) =>
  guarded(request, () => ok(request, listBody(request, 'interactions', activeInteractions(state).map((i) => interactionView(state, i, request.faults)), interactionUri(state))));

export const getInteractionsById: Handler<GwsState> = (request, state) =>
  guarded(request, () => ok(request, { interaction: interactionView(state, interactionById(state, request.params.id ?? ''), request.faults) }));

/** PUT /interactions/{id}: the body is not documented; userData members update the interaction's properties. */
export const putInteractionsById: Handler<GwsState> = (request, state) =>
  guarded(request, () => {
    const body = bodyObject(request);
    const { interaction } = ownInteraction(state, request, request.params.id ?? '');
    const data = body.userData;
    if (data && typeof data === 'object' && !Array.isArray(data)) Object.assign(interaction.userData, data);
    return ok(request);
  });

/**
 * GET /me/interactions: the agent's interactions in the format of the interaction notifications
 * with fields=*, their URIs without (gws.interaction.me-interactions-same-format).
 */
export const getMeInteractions: Handler<GwsState> = (request, state) =>
  guarded(request, () => {
    const views = handledBy(state, currentUser(state, request)).map((i) => interactionView(state, i, request.faults));
    // Breaks gws.interaction.me-interactions-same-format: the list drops state and capabilities.
    const shown = request.faults.has('gws-me-interactions-other-format') ? views.map(({ id, channel }) => ({ id, channel })) : views;
    return ok(request, listBody(request, 'interactions', shown, interactionUri(state)));
  });

/** POST /me/interactions: Create (a new outbound e-mail) or PullInteractionFromWorkbin. */
export const postMeInteractions: Handler<GwsState> = (request, state) =>
  guarded(request, () => {
    const { name, body } = operationBody(request);
    const user = currentUser(state, request);
    if (name === 'Create') createOutboundEmail(state, request, user, body);
    else pullFromWorkbin(state, request, user, text(body, 'uri'));
    return ok(request);
  });

/** POST /me/interactions/{id}: the interaction operations (general, e-mail and chat). */
export const postMeInteractionsById: Handler<GwsState> = (request, state) =>
  guarded(request, () => {
    const { name, body } = operationBody(request);
    if (name === 'GetWorkbinContent') {
      announceWorkbinContent(state, request, currentUser(state, request), body.workbin);
      return ok(request);
    }
    // Breaks gws.auth.request-chat-history-participants: RequestChatHistory is served on a chat the agent does not participate in (the history goes to that agent).
    const open = name === 'RequestChatHistory' && request.faults.has('gws-chat-history-to-non-participant');
    const { interaction, user } = open ? { interaction: interactionById(state, request.params.id ?? ''), user: currentUser(state, request) } : ownInteraction(state, request, request.params.id ?? '');
    return ok(request, performInteraction(state, request, interaction, user, name, body));
  });
