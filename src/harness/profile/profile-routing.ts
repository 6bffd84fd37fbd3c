import { readFileSync } from 'node:fs';
import { isAbsolute } from 'node:path';

/**
 * Profile routing: one run in which each test goes to targets of its own. `CC_PROFILE_ROUTING`
 * names a JSON file `{ "<project>": { "<title path>": ["<profile file>", ...] } }`, the title
 * path being the test's file, describe titles and title joined by spaces; the run is
 * made with `--repeat-each` (or a project's `repeatEach`) at least as large as the longest list,
 * and repeat number i of a test runs against the i-th profile of its list. A test without an
 * entry, or a repeat past the end of its list, is skipped with that reason.
 *
 * This is how the meta-tests run every fault's tests in one Playwright run without a worker per
 * fault: each fault has a reference server (and a profile) of its own, and the workers keep one
 * client per profile.
 */
export type ProfileRoute = { readonly kind: 'unrouted' } | { readonly kind: 'routed'; readonly profileFile: string } | { readonly kind: 'not-routed'; readonly reason: string };

type RoutingTable = Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;

export const PROFILE_ROUTING_VARIABLE = 'CC_PROFILE_ROUTING';
/** The annotation a routed test carries: the profile it ran against. */
export const ROUTED_PROFILE_ANNOTATION = 'routed-profile';

let loaded: { readonly file: string; readonly table: RoutingTable } | undefined;

export function profileRoute(project: string, titlePath: string, repeatIndex: number, env: NodeJS.ProcessEnv = process.env): ProfileRoute {
  const file = env[PROFILE_ROUTING_VARIABLE];
  if (!file) return { kind: 'unrouted' };
  const table = routingTable(file);
  const profiles = table[project]?.[titlePath];
  if (!profiles || profiles.length === 0) return { kind: 'not-routed', reason: `${PROFILE_ROUTING_VARIABLE} (${file}) routes no target for this test in project ${project}` };
  const profileFile = profiles[repeatIndex];
  if (profileFile === undefined) return { kind: 'not-routed', reason: `${PROFILE_ROUTING_VARIABLE} routes this test to ${profiles.length} target(s); repeat ${repeatIndex + 1} has none` };
  return { kind: 'routed', profileFile };
}

function routingTable(file: string): RoutingTable {
  if (loaded?.file === file) return loaded.table;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${PROFILE_ROUTING_VARIABLE}: cannot read the routing table ${file}: ${(error as Error).message}`, { cause: error });
  }
  const problem = tableProblem(parsed);
  if (problem) throw new Error(`${PROFILE_ROUTING_VARIABLE}: ${file}: ${problem}`);
  loaded = { file, table: parsed as RoutingTable };
  return loaded.table;
}

function tableProblem(value: unknown): string | undefined {
  if (!isRecord(value)) return 'the top level must be an object of projects';
  for (const [project, tests] of Object.entries(value)) {
    if (!isRecord(tests)) return `/${project} must be an object of test titles`;
    for (const [title, profiles] of Object.entries(tests)) {
      if (!Array.isArray(profiles) || !profiles.every((p) => typeof p === 'string' && isAbsolute(p))) return `/${project}/${title} must be a list of absolute profile paths`;
    }
  }
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
