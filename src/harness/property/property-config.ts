import { selectChecks } from '../checks/check-registry';

/** How the property suites run: cases per operation, the seed (and path) to replay, the checks used. */
export interface PropertyConfig {
  /** Generated cases per operation (CC_PROPERTY_RUNS, 100 by default). */
  readonly runs: number;
  /** The fast-check seed every operation's property starts from (CC_PROPERTY_SEED, random by default). */
  readonly seed: number;
  /** Whether the seed came from the configuration (else it was drawn for this run). */
  readonly seedConfigured: boolean;
  /** A fast-check replay path (CC_PROPERTY_PATH), given with the seed to replay one failure. */
  readonly path?: string;
  /** Check ids in use (CC_CHECKS: comma-separated; all by default). An unknown name is an error. */
  readonly checks: readonly string[];
}

export class PropertyConfigError extends Error {
  readonly code = 'CC_PROPERTY_CONFIG';

  constructor(message: string) {
    super(message);
    this.name = 'PropertyConfigError';
  }
}

/**
 * Reads the property configuration from the environment. Without CC_PROPERTY_SEED a seed is drawn
 * and written back to `env`, so that every Playwright worker (which inherits the runner's
 * environment) and the printed replay command use the same one.
 */
export function propertyConfig(env: NodeJS.ProcessEnv = process.env): PropertyConfig {
  const runs = integer(env.CC_PROPERTY_RUNS, 'CC_PROPERTY_RUNS', 100);
  if (runs < 1) throw new PropertyConfigError(`CC_PROPERTY_RUNS must be at least 1, got ${runs}`);
  const seedConfigured = env.CC_PROPERTY_SEED !== undefined && env.CC_PROPERTY_SEED !== '';
  if (!seedConfigured) env.CC_PROPERTY_SEED = String((Date.now() ^ Math.floor(Math.random() * 0x7fffffff)) | 0);
  const seed = integer(env.CC_PROPERTY_SEED, 'CC_PROPERTY_SEED', 0);
  const path = env.CC_PROPERTY_PATH ? env.CC_PROPERTY_PATH.trim() : undefined;
  if (path !== undefined && !/^\d+(:\d+)*$/.test(path)) throw new PropertyConfigError(`CC_PROPERTY_PATH must look like 12:0:3 (a fast-check path), got "${path}"`);
  return { runs, seed, seedConfigured, ...(path ? { path } : {}), checks: selectChecks(env.CC_CHECKS) };
}

function integer(text: string | undefined, name: string, fallback: number): number {
  if (text === undefined || text.trim() === '') return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new PropertyConfigError(`${name} must be an integer, got "${text}"`);
  return value;
}
