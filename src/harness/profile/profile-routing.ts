import { readFileSync } from 'node:fs';
import { isAbsolute } from 'node:path';

/**
 * Profile routing: one run in which each test goes to targets of its own. `CC_PROFILE_ROUTING`
 * names a JSON file `{ "<project>": { "<title path>": ["<profile file>", ...] } }`, the title
 * path being the test's file, describe titles and title joined by spaces. With routing on, the
 * harness `test` declares each test once per profile of its list (see withRoutedCopies), titled
 * "<title> (route i)", and copy i runs against the i-th profile. A test without an entry is
 * skipped with that reason.
 *
 * This is how the meta-tests run every fault's tests in one Playwright run: each fault has a
 * reference server (and a profile) of its own, and the workers keep one client per profile.
 * Copies rather than `repeatEach`: Playwright gives every repeat index workers of its own, and a
 * worker start (contracts compiled again) costs more than most of these tests.
 */
export type ProfileRoute = { readonly kind: 'unrouted' } | { readonly kind: 'routed'; readonly profileFile: string } | { readonly kind: 'not-routed'; readonly reason: string };

type RoutingTable = Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;

export const PROFILE_ROUTING_VARIABLE = 'CC_PROFILE_ROUTING';
/** The annotation a routed test carries: the profile it ran against. */
export const ROUTED_PROFILE_ANNOTATION = 'routed-profile';

let loaded: { readonly file: string; readonly table: RoutingTable } | undefined;

/** The route of a test: its title path (copy suffix dropped from the title) and copy number. */
export function profileRoute(project: string, titlePath: readonly string[], env: NodeJS.ProcessEnv = process.env): ProfileRoute {
  const file = env[PROFILE_ROUTING_VARIABLE];
  if (!file) return { kind: 'unrouted' };
  const table = routingTable(file);
  const title = titlePath[titlePath.length - 1] ?? '';
  const copy = routedCopyOf(title);
  const path = [...titlePath.slice(0, -1), copy?.title ?? title].join(' ');
  const index = copy?.index ?? 0;
  const profiles = table[project]?.[path];
  if (!profiles || profiles.length === 0) return { kind: 'not-routed', reason: `${PROFILE_ROUTING_VARIABLE} (${file}) routes no target for this test in project ${project}` };
  const profileFile = profiles[index];
  if (profileFile === undefined) return { kind: 'not-routed', reason: `${PROFILE_ROUTING_VARIABLE} routes this test to ${profiles.length} target(s); copy ${index + 1} has none` };
  return { kind: 'routed', profileFile };
}

/**
 * How many copies of a test titled `title` routing declares: the longest profile list of the
 * entries whose title path ends with that title (in any project; a copy no entry needs is skipped
 * at once). 1 without routing; 0 when routing is on and no entry names the title.
 */
export function routedCopies(title: string, env: NodeJS.ProcessEnv = process.env): number {
  const file = env[PROFILE_ROUTING_VARIABLE];
  if (!file) return 1;
  let most = 0;
  for (const tests of Object.values(routingTable(file))) {
    for (const [path, profiles] of Object.entries(tests)) if ((path === title || path.endsWith(` ${title}`)) && profiles.length > most) most = profiles.length;
  }
  return most;
}

const COPY_SUFFIX = / \(route ([1-9][0-9]*)\)$/;

/** The title of copy `index` (0-based) of a routed test. */
export function routedCopyTitle(title: string, index: number): string {
  return `${title} (route ${index + 1})`;
}

/** The original title and the copy index of a routed copy's title; undefined for any other title. */
export function routedCopyOf(title: string): { readonly title: string; readonly index: number } | undefined {
  const match = COPY_SUFFIX.exec(title);
  return match ? { title: title.slice(0, match.index), index: Number(match[1]) - 1 } : undefined;
}

/**
 * The test function, declaring routed copies of each test while routing is on (itself otherwise).
 * Only plain declarations `test(title, ...)` are copied; test.describe, hooks and modifiers pass
 * through unchanged.
 */
export function withRoutedCopies<T extends (...args: never[]) => unknown>(testFunction: T, env: NodeJS.ProcessEnv = process.env): T {
  if (!env[PROFILE_ROUTING_VARIABLE]) return testFunction;
  return new Proxy(testFunction, {
    apply(target, thisArg, args: unknown[]) {
      const [title, ...rest] = args;
      if (typeof title !== 'string') return Reflect.apply(target, thisArg, args) as unknown;
      const copies = routedCopies(title, env);
      if (copies === 0) return Reflect.apply(target, thisArg, args) as unknown;
      for (let index = 0; index < copies; index++) Reflect.apply(target, thisArg, [routedCopyTitle(title, index), ...rest]);
      return undefined;
    },
  });
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
