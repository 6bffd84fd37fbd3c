import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { profileRoute, PROFILE_ROUTING_VARIABLE, routedCopies, routedCopyOf, routedCopyTitle, withRoutedCopies } from '../../src/harness/profile/profile-routing';

/** Profile routing: copy i of a test goes to the i-th profile of its list, and nothing else runs. */
let folder: string;
test.beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'cc-routing-'));
});
test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

function table(name: string, content: string): NodeJS.ProcessEnv {
  const file = join(folder, name);
  writeFileSync(file, content);
  return { [PROFILE_ROUTING_VARIABLE]: file };
}

test('without CC_PROFILE_ROUTING every test is unrouted (the project profile applies) and declared once, as written', () => {
  expect(profileRoute('dixa', ['dixa/x.spec.ts', 'a test'], {})).toEqual({ kind: 'unrouted' });
  expect(routedCopies('a test', {})).toBe(1);
  const declare = (...args: unknown[]) => args;
  expect(withRoutedCopies(declare, {})).toBe(declare);
});

test('copy i runs against the i-th profile; past the list, or without an entry, the test is skipped with the reason', () => {
  const env = table('ok.json', JSON.stringify({ dixa: { 'dixa/x.spec.ts a test': ['/tmp/a.yaml', '/tmp/b.yaml'] } }));
  expect(profileRoute('dixa', ['dixa/x.spec.ts', `a test (route 1)`], env)).toEqual({ kind: 'routed', profileFile: '/tmp/a.yaml' });
  expect(profileRoute('dixa', ['dixa/x.spec.ts', routedCopyTitle('a test', 1)], env)).toEqual({ kind: 'routed', profileFile: '/tmp/b.yaml' });
  const past = profileRoute('dixa', ['dixa/x.spec.ts', routedCopyTitle('a test', 2)], env);
  expect(past.kind === 'not-routed' && past.reason).toContain('copy 3 has none');
  const absent = profileRoute('dixa', ['dixa/x.spec.ts', 'another test'], env);
  expect(absent.kind === 'not-routed' && absent.reason).toContain('routes no target for this test in project dixa');
});

test('routing declares one copy of a test per profile of its longest list, each titled with its route', () => {
  const env = table('copies.json', JSON.stringify({ dixa: { 'dixa/x.spec.ts a test': ['/tmp/a.yaml', '/tmp/b.yaml'], 'dixa/y.spec.ts suite a test': ['/tmp/c.yaml', '/tmp/d.yaml', '/tmp/e.yaml'], 'dixa/y.spec.ts not a test either': ['/tmp/f.yaml'] } }));
  expect(routedCopies('a test', env)).toBe(3);
  expect(routedCopies('unknown', env)).toBe(0);
  const declared: unknown[][] = [];
  const declare = withRoutedCopies((...args: unknown[]) => void declared.push(args), env);
  const body = () => undefined;
  declare('a test', { tag: '@x' }, body);
  declare('unknown', body);
  expect(declared).toEqual([
    ['a test (route 1)', { tag: '@x' }, body],
    ['a test (route 2)', { tag: '@x' }, body],
    ['a test (route 3)', { tag: '@x' }, body],
    ['unknown', body],
  ]);
  expect(routedCopyOf('a test (route 12)')).toEqual({ title: 'a test', index: 11 });
  expect(routedCopyOf('a test (route 0)')).toBeUndefined();
  expect(routedCopyOf('a test')).toBeUndefined();
});

test('a malformed routing table is refused with the file and the place named', () => {
  const notJson = table('broken.json', '{ not json');
  expect(() => profileRoute('p', ['t'], notJson)).toThrow(/CC_PROFILE_ROUTING: cannot read the routing table .*broken\.json/);
  const relative = table('relative.json', JSON.stringify({ p: { t: ['targets/x.yaml'] } }));
  expect(() => profileRoute('p', ['t'], relative)).toThrow(/relative\.json: \/p\/t must be a list of absolute profile paths/);
});
