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
  if (Object.entries(OPENED).some(([fault, operations]) => operations.includes(id) && faults.has(fault))) return { kind: 'skip-role-check' };
  return undefined;
};

/** Faults that open one operation to every role (one Permissions clause each): fault id → operationIds. */
const OPENED: Readonly<Record<string, readonly string[]>> = {
  // Breaks gws.auth.features-read: a Supervisor or Cloud Admin may read a feature.
  'gws-feature-open-to-all-roles': ['getFeaturesById'],
  // Breaks gws.auth.services-read: a Cloud Admin may read a service.
  'gws-service-open-to-all-roles': ['getServicesById'],
  // Breaks gws.auth.settings-admin-only: any role may list the settings groups.
  'gws-settings-open-to-all-roles': ['getSettings'],
  // Breaks gws.auth.agent-states-read: a Supervisor or Cloud Admin may read the agent states.
  'gws-agent-states-readable-by-all-roles': ['getSettingsAgentStates'],
  // Breaks gws.auth.user-settings-groups: a Cloud Admin may read a settings group.
  'gws-settings-group-open-to-all-roles': ['getSettingsByGroupName'],
  // Breaks gws.auth.me-agent: any role may read /me/channels.
  'gws-me-channels-open-to-all-roles': ['getMeChannels'],
  // Breaks gws.auth.interactions-list: a Supervisor or Cloud Admin may list the interactions.
  'gws-interactions-open-to-all-roles': ['getInteractions'],
  // Breaks gws.auth.interactions-agent: any role may list /me/interactions.
  'gws-me-interactions-open-to-all-roles': ['getMeInteractions'],
  // Breaks gws.auth.users-list: a Supervisor or Cloud Admin may list the users.
  'gws-users-open-to-all-roles': ['getUsers'],
  // Breaks gws.auth.users-by-id-roles: a Supervisor or Cloud Admin may read a user.
  'gws-user-open-to-all-roles': ['getUsersById'],
  // Breaks gws.auth.me-skills: a Supervisor or Cloud Admin may read /me/skills.
  'gws-me-skills-open-to-all-roles': ['getMeSkills'],
  // Breaks gws.auth.devices-list-roles: any role may list a user's devices.
  'gws-user-devices-open-to-all-roles': ['getUsersByIdDevices'],
  // Breaks gws.auth.contacts: a Supervisor or Cloud Admin may list the contacts.
  'gws-contacts-open-to-all-roles': ['getContacts'],
  // Breaks gws.auth.queues-admin: any role may read a queue.
  'gws-queue-open-to-all-roles': ['getQueuesById'],
  // Breaks gws.auth.queue-recording-settings-admin: any role may read a queue's call recording settings.
  'gws-queue-recording-settings-open-to-all-roles': ['getQueuesByIdSettingsCallRecording'],
  // Breaks gws.auth.workbins-agent: any role may list /me/workbins.
  'gws-workbins-open-to-all-roles': ['getMeWorkbins'],
};
