import type { OperationContract } from '../../harness/contracts';
import type { FaultSet } from '../faults/fault-catalogue';
import type { FamilyImplementation } from '../http/reference-types';

/** Who a request bent in by a fault is taken to be: the Agent, so that /me resources answer. */
const INTRUDER = { username: 'agent1', role: 'Agent' } as const;

/** Faults in authentication and role checks, which the family server does (not the handlers). */
export const authorizationFault: NonNullable<FamilyImplementation<unknown>['authorizationFault']> = (operation: OperationContract, faults: FaultSet) => {
  // Breaks gws.auth.basic: a request without credentials is served.
  if (faults.has('gws-anonymous-accepted')) return { kind: 'accept-missing-credentials', principal: INTRUDER };
  // Breaks gws.auth.basic: a request with wrong Basic credentials is served.
  if (faults.has('gws-invalid-credentials-accepted')) return { kind: 'accept-invalid-credentials', principal: INTRUDER };
  const id = operation.operationId;
  // Breaks gws.auth.role-not-permitted: an Agent (or Supervisor) listing queues gets 200 instead of 403.
  if (id === 'getQueues' && faults.has('gws-queues-open-to-all-roles')) return { kind: 'skip-role-check' };
  // Breaks gws.auth.system-features-admin-only: any role may list the system's features.
  if (id === 'getSystemFeatures' && faults.has('gws-system-features-open-to-all-roles')) return { kind: 'skip-role-check' };
  // Breaks gws.auth.agent-states-write-admin: any role may create, change and delete agent states.
  if (/^(post|put|delete)SettingsAgentStates$/.test(id) && faults.has('gws-agent-states-writable-by-all-roles')) return { kind: 'skip-role-check' };
  // Breaks gws.auth.features-delete-cloud-admin: any role may delete a feature.
  if (id === 'deleteFeaturesById' && faults.has('gws-features-deletable-by-all-roles')) return { kind: 'skip-role-check' };
  // Breaks gws.auth.skills-admin: any role may read the contact center's skills.
  if ((id === 'getSkills' || id === 'getSkillsById') && faults.has('gws-skills-open-to-all-roles')) return { kind: 'skip-role-check' };
  return undefined;
};
