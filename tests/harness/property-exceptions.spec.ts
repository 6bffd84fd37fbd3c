import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { loadContracts } from '../../src/harness/contracts';
import { FAMILIES } from '../../src/harness/contracts/families';
import { loadProfile } from '../../src/harness/profile/load-profile';
import type { FamilyTarget } from '../../src/harness/profile/target-profile';
import { prepareProperty } from '../../src/harness/property/prepare-property';
import { PropertyRules } from '../../src/harness/property/property-rules';
import { repoRoot } from '../../src/harness/repo-root';

/**
 * The README lists every operation the property suites leave out, wholly or partly: the skips of
 * suites/generic/property-rules.yaml, and the exceptions the harness makes by itself (a
 * destructive operation without a resource of its own, a body it does not generate). These tests
 * keep that list from drifting, and the rules from naming what the contracts do not have.
 */
const ROOT = repoRoot();
const RULES = PropertyRules.load(join(ROOT, 'suites', 'generic', 'property-rules.yaml'));
const SECTION = 'Operations excepted from property tests';
const RULE_SKIPS = ['all', 'valid', 'invalid'] as const;

interface Row {
  readonly family: string;
  readonly operation: string;
  /** The skips (all, valid, invalid; comma-separated) of the rules, or what the harness sends. */
  readonly what: string;
}

/** The rows of the tables in the README section: `| family | \`operationId\` | what | reason |`. */
function readmeRows(): Row[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf(`\n## ${SECTION}\n`);
  if (start === -1) throw new Error(`README.md has no section "## ${SECTION}"`);
  const end = readme.indexOf('\n## ', start + 1);
  return readme
    .slice(start, end === -1 ? undefined : end)
    .split('\n')
    .flatMap((line) => {
      const match = /^\| ([a-z-]+) \| `([A-Za-z0-9]+)` \| ([^|]+) \|/.exec(line);
      return match ? [{ family: match[1]!, operation: match[2]!, what: match[3]!.trim() }] : [];
    });
}

/** The rule skips a row names (none for a row of the harness's own exceptions). */
function kindsOf(row: Row): string[] {
  const kinds = row.what.split(',').map((k) => k.trim());
  return kinds.every((k) => (RULE_SKIPS as readonly string[]).includes(k)) ? kinds : [];
}

/** Rule skips per family and operation. */
function ruleSkips(): Map<string, Set<string>> {
  const skips = new Map<string, Set<string>>();
  for (const rule of RULES.rules) {
    if (!rule.skip) continue;
    for (const operation of rule.operations) {
      const key = `${rule.family} ${operation}`;
      skips.set(key, (skips.get(key) ?? new Set()).add(rule.skip));
    }
  }
  return skips;
}

test('every operation a property rule skips is listed in the README, with its skip', () => {
  const rows = readmeRows();
  const missing = [...ruleSkips()].flatMap(([key, kinds]) =>
    [...kinds].filter((kind) => !rows.some((row) => `${row.family} ${row.operation}` === key && kindsOf(row).includes(kind))).map((kind) => `${key} (skip: ${kind})`),
  );
  expect(missing, `README.md "${SECTION}" must list these`).toEqual([]);
});

test('every rule skip the README lists is still made by a rule', () => {
  const skips = ruleSkips();
  const stale = readmeRows()
    .flatMap((row) => kindsOf(row).map((kind) => ({ ...row, kind })))
    .filter((row) => !skips.get(`${row.family} ${row.operation}`)?.has(row.kind))
    .map((row) => `${row.family} ${row.operation} (skip: ${row.kind})`);
  expect(stale, `README.md "${SECTION}" lists skips no rule makes`).toEqual([]);
});

test('every operation the harness itself excepts (on the reference profile) is listed in the README', () => {
  const contracts = loadContracts({ root: ROOT, checkStructure: false, examples: false });
  const profile = loadProfile(join(ROOT, 'targets', 'reference.yaml'), new Proxy({}, { get: () => 'unused' }));
  const rows = readmeRows();
  const skips = ruleSkips();
  const missing: string[] = [];
  for (const family of FAMILIES) {
    const target: FamilyTarget | undefined = profile.families[family];
    if (!target) continue;
    for (const operation of contracts.operations(family)) {
      const key = `${family} ${operation.operationId}`;
      const byRule = skips.get(key) ?? new Set<string>();
      const prepared = prepareProperty(contracts, RULES, operation, { ...target, allowDestructive: true }, {});
      const excepted = 'skip' in prepared ? !byRule.has('all') : [...prepared.plan.rules.skip].some((kind) => !byRule.has(kind));
      if (excepted && !rows.some((row) => `${row.family} ${row.operation}` === key)) missing.push(`${key}: ${'skip' in prepared ? prepared.skip : prepared.plan.rules.reasons.join('; ')}`);
    }
  }
  expect(missing, `README.md "${SECTION}" must list these`).toEqual([]);
});

test('the property rules name only operations, parameters, provider states, clauses and ambiguities the contracts have', () => {
  const contracts = loadContracts({ root: ROOT, checkStructure: false, examples: false });
  expect(RULES.problems(contracts)).toEqual([]);
});
