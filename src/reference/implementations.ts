import type { Family } from '../harness/contracts';
import type { FamilyImplementation } from './http/reference-types';
import { dixaImplementation } from './dixa';
import { genesysCloudImplementation } from './genesys-cloud';
import { genesysInteractionRecording } from './genesys-interaction-recording';
import { genesysWebServices } from './genesys-web-services';

/**
 * The families the reference target implements. A family is added here when every operation of
 * its contract has a handler (a test enforces that), never before.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each family has its own state type
export const REFERENCE_IMPLEMENTATIONS: Partial<Record<Family, FamilyImplementation<any>>> = {
  'genesys-cloud': genesysCloudImplementation,
  dixa: dixaImplementation,
  'genesys-interaction-recording': genesysInteractionRecording,
  'genesys-web-services': genesysWebServices,
};
