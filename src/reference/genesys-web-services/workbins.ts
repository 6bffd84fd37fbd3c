import type { Handler } from '../http/reference-types';
import { currentUser } from './current-user';
import { GwsFailure, guarded, notFound, ok } from './envelope';
import { participates } from './interaction-access';
import { operationBody, plainBody, text } from './request-body';
import type { GwsState } from './types';
import { agentWorkbin, placeInWorkbin, workbinContentView, workbinInteractions } from './workbin-content';

/** GetWorkbinTypesInfo: the agent's workbins. */
export const getMeWorkbins: Handler<GwsState> = (request, state) =>
  guarded(request, () => {
    const user = currentUser(state, request);
    const workbins = [...state.workbins.values()].filter((w) => w.userId === user.id).map(({ workbinId, active, workbinName, viewName, workbinType }) => ({ workbinId, active, workbinName, viewName, workbinType }));
    // Breaks gws.envelope.status-code-always: the document's {"status":0} variant, without statusCode.
    if (request.faults.has('gws-workbins-without-status-code')) return { status: 200, body: { status: 0, workbins } };
    return ok(request, { workbins });
  });

/** SubscribeWorkbinEvents / UnsubscribeWorkbinEvents (gws.notification.workbin-events). */
export const postMeWorkbinsByWorkbinId: Handler<GwsState> = (request, state) =>
  guarded(request, () => {
    const { name } = operationBody(request);
    const workbin = agentWorkbin(state, currentUser(state, request), request.params.workbinId ?? '');
    workbin.subscribed = name === 'Subscribe';
    return ok(request);
  });

/** GetWorkbinContent: the interactions parked in the workbin. */
export const getMeWorkbinsByWorkbinIdInteractions: Handler<GwsState> = (request, state) =>
  guarded(request, () => {
    const user = currentUser(state, request);
    const workbin = agentWorkbin(state, user, request.params.workbinId ?? '');
    return ok(request, { interactions: workbinInteractions(state, workbin).map((i) => workbinContentView(workbin, i, user)) });
  });

/** AddInteractionToWorkbin: one of the agent's interactions is parked; answers its URI in the workbin. */
export const postMeWorkbinsByWorkbinIdInteractions: Handler<GwsState> = (request, state) =>
  guarded(request, () => {
    const body = plainBody(request);
    const user = currentUser(state, request);
    const id = text(body, 'interactionId') ?? '';
    const interaction = state.interactions.get(id);
    if (!interaction) throw notFound(`interaction ${id}`);
    if (!participates(interaction, user)) throw new GwsFailure(5, `interaction ${id} is not handled by ${user.userName}`);
    return ok(request, { uri: placeInWorkbin(state, request, interaction, user, request.params.workbinId ?? '') });
  });
