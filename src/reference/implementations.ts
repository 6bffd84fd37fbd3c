import type { Family } from '../harness/contracts';
import type { FamilyImplementation } from './http/reference-types';

/**
 * The families the reference target implements. A family is added here when every operation of
 * its contract has a handler (a test enforces that), never before.
 */
export const REFERENCE_IMPLEMENTATIONS: Partial<Record<Family, FamilyImplementation<never>>> = {};
