import type { Handler, ReferenceRequest } from '../http/reference-types';
import { GwsFailure, guarded, notFound, ok } from './envelope';
import { guid } from './ids';
import { bodyObject, text } from './request-body';
import type { AgentStateDefinition, GwsState, NotReadyWorkMode, ReadyWorkMode } from './types';
import { uri } from './uris';
import { compact } from './views';

type Json = Record<string, unknown>;

/** Work modes per T-Server state ("This should be enforced by the API"). */
const WORK_MODES: Readonly<Record<'Ready' | 'NotReady', readonly string[]>> = {
  Ready: ['ManualIn', 'AutoIn', 'ReturnBack'],
  NotReady: ['AfterCallWork', 'AuxWork', 'LegalGuard', 'NoCallDisconnect', 'WalkAway'],
};

export function definitionView(definition: AgentStateDefinition, faults?: { has(id: string): boolean }): Json {
  const condition = definition.state === 'Logout' ? {} : { workMode: definition.workMode, reason: definition.reason };
  // Breaks gws.schema.response-matches-contract: a custom definition is listed without its required displayName.
  const displayName = !definition.readOnly && faults?.has('gws-agent-state-without-display-name') ? undefined : definition.displayName;
  return compact({ id: definition.id, operationName: definition.operationName, displayName, state: definition.state, ...condition });
}

/** GET /settings/agent-states: the five read-only defaults and the custom definitions, key operationName. */
export const getSettingsAgentStates: Handler<GwsState> = (request, state) =>
  guarded(request, () => {
    // Breaks gws.agent-state.default-states-present: the AuxWork default is not listed.
    const listed = request.faults.has('gws-default-state-missing') ? state.agentStates.filter((d) => d.operationName !== 'AuxWork') : state.agentStates;
    return ok(request, { key: 'operationName', settings: listed.map((d) => definitionView(d, request.faults)) });
  });

/** POST /settings/agent-states: a new definition; answers its id and uri. */
export const postSettingsAgentStates: Handler<GwsState> = (request, state) =>
  guarded(request, () => {
    const body = bodyObject(request);
    for (const member of ['operationName', 'displayName', 'state']) {
      if (body[member] !== undefined && body[member] !== null && typeof body[member] !== 'string') throw new GwsFailure(2, `${member} must be a string`);
    }
    const operationName = text(body, 'operationName');
    const displayName = text(body, 'displayName');
    const stateName = text(body, 'state');
    if (!operationName) throw new GwsFailure(1, 'operationName is required');
    // Breaks gws.negative.agent-state-required: a definition without displayName is created.
    if (displayName === undefined && !request.faults.has('gws-agent-state-without-display-name-accepted')) throw new GwsFailure(1, 'displayName is required');
    if (!stateName) throw new GwsFailure(1, 'state is required');
    // Breaks gws.negative.agent-state-operation-name-unique: a second definition with the same operationName is created.
    if (state.agentStates.some((d) => d.operationName === operationName) && !request.faults.has('gws-agent-state-duplicate-operation-name')) throw new GwsFailure(2, `an agent state with operationName ${operationName} already exists`);
    const definition = checkedDefinition(request, state, { id: guid(), operationName, displayName: displayName ?? '', readOnly: false }, stateName, body.workMode, body.reason);
    state.agentStates.push(definition);
    // Breaks gws.envelope.create-returns-id-uri: the create answers only statusCode 0.
    if (request.faults.has('gws-create-without-id-uri')) return ok(request);
    return ok(request, { id: definition.id, uri: uri(state, `/settings/agent-states/${definition.id}`) });
  });

/** PUT /settings/agent-states: changes the definition named by operationName; the five defaults are read only. */
export const putSettingsAgentStates: Handler<GwsState> = (request, state) =>
  guarded(request, () => {
    const body = bodyObject(request);
    const existing = writableDefinition(request, state, body);
    // A member given is replaced, so a null or another type is not valid (not "keep the current value").
    for (const member of ['displayName', 'state', 'workMode', 'reason']) {
      if (body[member] !== undefined && typeof body[member] !== 'string') throw new GwsFailure(2, `${member} must be a string`);
    }
    const stateName = text(body, 'state') ?? existing.state;
    const current: { workMode?: string; reason?: string } = existing.state === 'Logout' ? {} : existing;
    const updated = checkedDefinition(request, state, { id: existing.id, operationName: existing.operationName, displayName: text(body, 'displayName') ?? existing.displayName, readOnly: false }, stateName, body.workMode ?? current.workMode, body.reason ?? current.reason, existing.id);
    state.agentStates.splice(state.agentStates.indexOf(existing), 1, updated);
    return ok(request);
  });

/** DELETE /settings/agent-states {operationName}: removes a custom definition. */
export const deleteSettingsAgentStates: Handler<GwsState> = (request, state) =>
  guarded(request, () => {
    const body = request.body === undefined ? Object.fromEntries(request.query.entries()) : bodyObject(request);
    const existing = writableDefinition(request, state, body);
    state.agentStates.splice(state.agentStates.indexOf(existing), 1);
    return ok(request);
  });

/** The definition the body's operationName names; a default one is statusCode 3 (gws.agent-state.default-states-read-only). */
function writableDefinition(request: ReferenceRequest, state: GwsState, body: Json): AgentStateDefinition {
  const operationName = text(body, 'operationName');
  if (!operationName) throw new GwsFailure(1, 'operationName is required to identify the agent state');
  const existing = state.agentStates.find((d) => d.operationName === operationName);
  if (!existing) throw notFound(`agent state ${operationName}`);
  // Breaks gws.agent-state.default-states-read-only: a default agent state can be changed and deleted.
  if (existing.readOnly && !request.faults.has('gws-default-agent-state-writable')) throw new GwsFailure(3, `agent state ${operationName} is one of the five read-only defaults`);
  return existing;
}

/** A definition whose state, work mode and reason are valid and whose reason is unique. */
function checkedDefinition(request: ReferenceRequest, state: GwsState, base: Pick<AgentStateDefinition, 'id' | 'operationName' | 'displayName' | 'readOnly'>, stateName: string, workMode: unknown, reason: unknown, self?: string): AgentStateDefinition {
  if (stateName !== 'Ready' && stateName !== 'NotReady') throw new GwsFailure(2, 'state must be Ready or NotReady');
  if (workMode !== undefined && typeof workMode !== 'string') throw new GwsFailure(2, 'workMode must be a string');
  if (reason !== undefined && typeof reason !== 'string') throw new GwsFailure(2, 'reason must be a string');
  // Breaks gws.negative.agent-state-workmode-per-state: a work mode of the other state is accepted.
  if (workMode !== undefined && !WORK_MODES[stateName].includes(workMode) && !request.faults.has('gws-agent-state-workmode-unchecked')) {
    throw new GwsFailure(2, `workMode ${workMode} does not apply to state ${stateName} (${WORK_MODES[stateName].join(', ')})`);
  }
  // Breaks gws.negative.agent-state-reason-unique: two definitions may share a reason.
  if (reason !== undefined && state.agentStates.some((d) => d.id !== self && d.state !== 'Logout' && d.reason === reason) && !request.faults.has('gws-agent-state-duplicate-reason')) {
    throw new GwsFailure(2, `reason ${reason} is already used by another agent state`);
  }
  const extra = { ...(reason !== undefined ? { reason } : {}) };
  return stateName === 'Ready'
    ? { ...base, state: 'Ready', ...(workMode !== undefined ? { workMode: workMode as ReadyWorkMode } : {}), ...extra }
    : { ...base, state: 'NotReady', ...(workMode !== undefined ? { workMode: workMode as NotReadyWorkMode } : {}), ...extra };
}
