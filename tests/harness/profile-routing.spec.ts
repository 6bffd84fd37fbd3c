import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { profileRoute, PROFILE_ROUTING_VARIABLE } from '../../src/harness/profile/profile-routing';

/** Profile routing: repeat i of a test goes to the i-th profile of its list, and nothing else runs. */
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

test('without CC_PROFILE_ROUTING every test is unrouted (the project profile applies)', () => {
  expect(profileRoute('dixa', 'dixa/x.spec.ts a test', 0, {})).toEqual({ kind: 'unrouted' });
});

test('repeat i runs against the i-th profile; past the list, or without an entry, the test is skipped with the reason', () => {
  const env = table('ok.json', JSON.stringify({ 'dixa x2': { 'dixa/x.spec.ts a test': ['/tmp/a.yaml', '/tmp/b.yaml'] } }));
  expect(profileRoute('dixa x2', 'dixa/x.spec.ts a test', 0, env)).toEqual({ kind: 'routed', profileFile: '/tmp/a.yaml' });
  expect(profileRoute('dixa x2', 'dixa/x.spec.ts a test', 1, env)).toEqual({ kind: 'routed', profileFile: '/tmp/b.yaml' });
  const past = profileRoute('dixa x2', 'dixa/x.spec.ts a test', 2, env);
  expect(past.kind === 'not-routed' && past.reason).toContain('repeat 3 has none');
  const absent = profileRoute('dixa x2', 'dixa/x.spec.ts another test', 0, env);
  expect(absent.kind === 'not-routed' && absent.reason).toContain('routes no target for this test in project dixa x2');
});

test('a malformed routing table is refused with the file and the place named', () => {
  const notJson = table('broken.json', '{ not json');
  expect(() => profileRoute('p', 't', 0, notJson)).toThrow(/CC_PROFILE_ROUTING: cannot read the routing table .*broken\.json/);
  const relative = table('relative.json', JSON.stringify({ p: { t: ['targets/x.yaml'] } }));
  expect(() => profileRoute('p', 't', 0, relative)).toThrow(/relative\.json: \/p\/t must be a list of absolute profile paths/);
});
