import { expect } from '@playwright/test';
import { checkClause } from '../../src/harness/checks/clause-check';
import { test } from '../../src/harness/fixtures/notifications';
import { GwsClient, refused, succeeded, told, type GwsAnswer } from '../../src/harness/models/gws-common/gws-client';
import { AGENT, given, requireRole } from '../../src/harness/models/gws-common/scenario-setup';
import { CLAUSE_PLANNED } from '../../src/harness/reporting/test-outcome';

/**
 * What a second user of the same role may not do (004, "Interactions On Chat Channel" and
 * "Devices API"): an agent who is not in a chat may not request its history, and while one
 * supervisor monitors a device no other supervisor may. The second user is one the profile need
 * not have credentials for: a provider state brings the other agent's chat or the other
 * supervisor's monitoring about. Each refusal counts only after the same request was seen to
 * succeed where the rule does not forbid it (the Agent's own chat, a device nobody monitors).
 */
const SUPERVISOR = 'Supervisor';
const CHAT = 'agent1 has an inbound chat invitation';
const OTHERS_CHAT = 'a chat exists in which agent1 is not a participant';
const MONITORED = "another supervisor monitors an agent's device";
const HISTORY_CLAUSE = 'gws.auth.request-chat-history-participants';
const MONITORING_CLAUSE = 'gws.auth.one-supervisor-monitoring';
/** The monitoring functions of the Devices API, in the order a second supervisor requests them. */
const MONITORING = ['ListenIn', 'Bargain', 'Coach', 'CancelSupervisorMonitoring'];

/** Test details: the tags, and the clause a skip is traced to. */
const details = (clause: string) => ({ tag: ['@behaviour', '@genesys-web-services'], annotation: { type: CLAUSE_PLANNED, description: clause } });

test('RequestChatHistory is refused to an agent who is not participating in the chat', details(HISTORY_CLAUSE), async ({ api, contracts, target, providerStates, exclusiveUser }) => {
  requireRole(target, AGENT);
  await exclusiveUser(AGENT);
  const agent = new GwsClient(api, contracts, AGENT);
  const history = (id: string) => agent.call('postMeInteractionsById', { params: { id }, body: { operationName: 'RequestChatHistory' } });
  const own = await given<{ interactionId: string; invited: boolean }>(providerStates, CHAT);
  test.skip(!own.invited, `provider state "${CHAT}" did not invite the Agent, so the Agent has no chat of its own to request the history of`);
  const accepted = await agent.call('postMeInteractionsById', { params: { id: own.interactionId }, body: { operationName: 'Accept', nickname: 'Ada' } });
  const control = await history(own.interactionId);
  await agent.call('postMeInteractionsById', { params: { id: own.interactionId }, body: { operationName: 'Complete' } });
  test.skip(!succeeded(control), `the Agent's RequestChatHistory on chat ${own.interactionId}, which it accepted (${told(accepted)}), did not succeed, so a refusal on another agent's chat would prove nothing: ${told(control)}`);
  const { interactionId } = await given<{ interactionId: string }>(providerStates, OTHERS_CHAT);
  const asked = await history(interactionId);
  await checkClause(HISTORY_CLAUSE, () => {
    // Any refusal: the statusCode is unstated (ambiguity gws.chat-history-non-participant-error).
    expect(refused(asked), `the Agent's RequestChatHistory on chat ${interactionId}, which it does not participate in: ${told(asked)}`).toBe(true);
  });
});

test('while another supervisor monitors a device, the Supervisor\'s ListenIn, Bargain, Coach and CancelSupervisorMonitoring on it are refused', details(MONITORING_CLAUSE), async ({ api, contracts, target, providerStates }) => {
  requireRole(target, SUPERVISOR);
  const supervisor = new GwsClient(api, contracts, SUPERVISOR);
  const monitor = (deviceId: string, operationName: string) => supervisor.call('postDevicesById', { params: { id: deviceId }, body: { operationName } });
  const free = await given<{ deviceId: string }>(providerStates, MONITORED, { monitored: false });
  const control = await monitor(free.deviceId, 'ListenIn');
  if (succeeded(control)) await monitor(free.deviceId, 'CancelSupervisorMonitoring');
  test.skip(!succeeded(control), `the Supervisor's ListenIn on device ${free.deviceId}, which nobody monitors, did not succeed (how monitoring is requested is unstated, ambiguity gws.supervisor-monitoring-request), so refusals on a monitored device would prove nothing: ${told(control)}`);
  const { deviceId } = await given<{ deviceId: string }>(providerStates, MONITORED);
  const answers: [string, GwsAnswer][] = [];
  for (const operationName of MONITORING) answers.push([operationName, await monitor(deviceId, operationName)]);
  await checkClause(MONITORING_CLAUSE, () => {
    // Any refusal: the statusCode is unstated (ambiguity gws.supervisor-monitoring-refusal-error).
    for (const [operationName, answer] of answers) expect(refused(answer), `the Supervisor's ${operationName} on device ${deviceId}, which another supervisor monitors: ${told(answer)}`).toBe(true);
  });
});
