import type { ReferenceRequest } from '../http/reference-types';
import { currentUser } from './current-user';
import { GwsFailure, notFound } from './envelope';
import type { Device, GwsState, SupervisorMonitoring, User } from './types';

/**
 * Supervisor monitoring (004, Devices API: the capabilities ListenIn, Bargain, Coach and
 * CancelSupervisorMonitoring of users with ROLE_SUPERVISOR), requested as POST /devices/{id} on
 * the monitored device (ambiguity gws.supervisor-monitoring-request). Only one supervisor at a
 * time monitors a device: while one does, the functions are not available to the others
 * (gws.auth.one-supervisor-monitoring).
 */
const STARTS: readonly SupervisorMonitoring['state'][] = ['ListenIn', 'Bargain', 'Coach'];
const CANCEL = 'CancelSupervisorMonitoring';

/** Whether an operationName of POST /devices/{id} is one of the supervisor monitoring functions. */
export function isMonitoringOperation(name: string): boolean {
  return name === CANCEL || (STARTS as readonly string[]).includes(name);
}

/** The monitoring functions a supervisor is offered on a device: none while another supervisor monitors it. */
export function monitoringCapabilities(device: Device, supervisor: User): string[] {
  if (!device.monitoring) return [...STARTS];
  if (device.monitoring.supervisorId !== supervisor.id) return [];
  return [...STARTS.filter((s) => s !== device.monitoring?.state), CANCEL];
}

/**
 * ListenIn, Bargain, Coach or CancelSupervisorMonitoring by the caller on the device the request
 * names: a supervisor's only (statusCode 5 otherwise), on another user's device, and only while
 * the device offers the function to that supervisor (statusCode 2 otherwise,
 * gws.supervisor-monitoring-refusal-error).
 */
export function superviseDevice(state: GwsState, request: ReferenceRequest, name: string): void {
  const supervisor = currentUser(state, request);
  if (!supervisor.roles.includes('ROLE_SUPERVISOR')) throw new GwsFailure(5, `${name} is for supervisors (ROLE_SUPERVISOR)`);
  const id = request.params.id ?? '';
  const device = state.devices.get(id);
  if (!device) throw notFound(`device ${id}`);
  if (device.userId === supervisor.id) throw new GwsFailure(2, `${name}: a supervisor monitors the devices of others, not device ${id} of its own`);
  // Breaks gws.auth.one-supervisor-monitoring: a second supervisor's ListenIn, Bargain or Coach on a device another supervisor monitors is accepted, and takes the monitoring over.
  const takeOver = name !== CANCEL && request.faults.has('gws-second-supervisor-monitors');
  if (!takeOver && !monitoringCapabilities(device, supervisor).includes(name)) {
    throw new GwsFailure(2, device.monitoring && device.monitoring.supervisorId !== supervisor.id ? `${name}: another supervisor monitors device ${id}` : `${name} is not valid for device ${id} in its current state`);
  }
  if (name === CANCEL) delete device.monitoring;
  else device.monitoring = { supervisorId: supervisor.id, state: name as SupervisorMonitoring['state'] };
}
