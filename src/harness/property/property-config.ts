import { selectChecks } from '../checks/check-registry';

/** How the property suites run: cases per operation, the seed (and path) to replay, the checks used. */
export interface PropertyConfig {
  /** Generated cases per operation (CC_PROPERTY_RUNS, 100 by default). */
  readonly runs: number;
  /**
   * The fast-check seeds every operation's property runs with (CC_PROPERTY_SEED: one seed, or
   * several separated by commas, each giving every operation a test of its own; random by default).
   */
  readonly seeds: readonly [number, ...number[]];
  /** Whether the seeds came from the configuration (else one was drawn for this run). */
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
  const seedText = env.CC_PROPERTY_SEED!;
  const [first, ...more] = seedText.split(',').map((text) => strictInteger(text, 'CC_PROPERTY_SEED', 'an integer (or integers separated by commas)'));
  const seeds: [number, ...number[]] = [first!, ...more];
  if (new Set(seeds).size !== seeds.length) throw new PropertyConfigError(`CC_PROPERTY_SEED names a seed twice: "${seedText}"`);
  const path = env.CC_PROPERTY_PATH ? env.CC_PROPERTY_PATH.trim() : undefined;
  if (path !== undefined && !/^\d+(:\d+)*$/.test(path)) throw new PropertyConfigError(`CC_PROPERTY_PATH must look like 12:0:3 (a fast-check path), got "${path}"`);
  if (path !== undefined && seeds.length > 1) throw new PropertyConfigError(`CC_PROPERTY_PATH replays one failure, so CC_PROPERTY_SEED must name one seed, got "${seedText}"`);
  return { runs, seeds, seedConfigured, ...(path ? { path } : {}), checks: selectChecks(env.CC_CHECKS) };
}

function integer(text: string | undefined, name: string, fallback: number): number {
  return text === undefined || text.trim() === '' ? fallback : strictInteger(text, name, 'an integer');
}

function strictInteger(text: string, name: string, expected: string): number {
  const value = Number(text);
  if (!/^\s*-?[0-9]+\s*$/.test(text) || !Number.isSafeInteger(value)) throw new PropertyConfigError(`${name} must be ${expected}, got "${text}"`);
  return value;
}
