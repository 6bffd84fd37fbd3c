import type { Family } from '../harness/contracts';

/** Default ports of `npm run reference` and of the reference profile: base + offset per family. */
export const DEFAULT_REFERENCE_PORT_BASE = 4410;

export const REFERENCE_PORT_OFFSET: Readonly<Record<Family, number>> = {
  'genesys-web-services': 0,
  'genesys-interaction-recording': 1,
  'genesys-cloud': 2,
  dixa: 3,
};

export function referencePorts(base: number): Record<Family, number> {
  return Object.fromEntries(Object.entries(REFERENCE_PORT_OFFSET).map(([family, offset]) => [family, base + offset])) as Record<Family, number>;
}
