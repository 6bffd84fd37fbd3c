import type { OperationContract } from '../../harness/contracts';
import type { FaultSet } from '../faults/fault-catalogue';
import type { FamilyImplementation } from '../http/reference-types';

/** Who a request bent in by a fault is taken to be: an Administrator, so that the defect shows. */
const INTRUDER = { username: 'intruder', role: 'Administrator' } as const;

/** Faults in authentication and role checks, which the family server does (not the handlers). */
export const authorizationFault: NonNullable<FamilyImplementation<unknown>['authorizationFault']> = (operation: OperationContract, faults: FaultSet) => {
  // Breaks gir.authorization.unauthenticated-401: a request without credentials is served.
  if (faults.has('gir-anonymous-accepted')) return { kind: 'accept-missing-credentials', principal: INTRUDER };
  // Breaks gir.authorization.invalid-credentials-401: wrong credentials are served.
  if (faults.has('gir-invalid-credentials-accepted')) return { kind: 'accept-invalid-credentials', principal: INTRUDER };
  const id = operation.operationId;
  // Breaks gir.authorization.search-agent-forbidden: an Agent may search.
  if (id === 'getRecordings' && faults.has('gir-agent-may-search')) return { kind: 'skip-role-check' };
  // Breaks gir.authorization.get-agent-forbidden: an Agent may get a recording by id.
  if (id === 'getRecordingsByRecordingId' && faults.has('gir-agent-may-get')) return { kind: 'skip-role-check' };
  // Breaks gir.authorization.delete-supervisor-forbidden / delete-agent-forbidden: the role check of
  // Delete Recording by ID is skipped; the handler still refuses the role the fault does not name.
  if (id === 'deleteRecordingsByRecordingId' && (faults.has('gir-supervisor-may-delete') || faults.has('gir-agent-may-delete'))) return { kind: 'skip-role-check' };
  // Breaks gir.authorization.settings-administrator-only: any role may use the recording settings.
  if (id.endsWith('SettingsRecording') && faults.has('gir-settings-open-to-all-roles')) return { kind: 'skip-role-check' };
  return undefined;
};
