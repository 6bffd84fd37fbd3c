import { expect } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { checkClause } from '../../src/harness/checks/clause-check';
import { test } from '../../src/harness/test';
import { GwsClient, refused, succeeded, told, type Json } from '../../src/harness/models/gws-common/gws-client';
import { given, requireRole } from '../../src/harness/models/gws-common/scenario-setup';
import type { FamilyTarget } from '../../src/harness/profile/target-profile';
import { requireDestructive } from '../generic/behaviour-support';
import { listOf } from './list-of';

/**
 * Settings groups (004, "Settings" and "User-Defined Setting Groups"): the key attribute a group
 * is created with identifies its settings and is required on each, only groups created through
 * the API can be deleted, and setting values are JSON (an object attribute is replaced whole).
 * Groups the tests create are named per run ("cc-conformance-…") and removed where the profile
 * allows destructive operations.
 */
const TAGS = { tag: ['@behaviour', '@genesys-web-services'] };
const ADMIN = 'Contact Center Admin';

const runName = (what: string) => `cc-conformance-${what}-${randomBytes(4).toString('hex')}`;

/** Removes a group the test created, where the profile allows it (a failure here is no verdict). */
async function removeGroup(client: GwsClient, target: FamilyTarget, name: string): Promise<void> {
  if (target.allowDestructive) await client.call('deleteSettings', { body: { name } });
}

test('a setting without the key attribute its group was created with is refused', TAGS, async ({ api, contracts, target }) => {
  requireRole(target, ADMIN);
  const admin = new GwsClient(api, contracts, ADMIN);
  const name = runName('key');
  const created = await admin.call('postSettings', { body: { name, displayName: 'Conformance: settings keyed by code', key: 'code' } });
  test.skip(!succeeded(created), `POST /settings did not create a group: ${told(created)}`);
  try {
    const keyed = await admin.call('postSettingsByGroupName', { params: { 'group-name': name }, body: { code: 'first', name: 'first', displayName: 'First' } });
    test.skip(!succeeded(keyed), `a setting with the key attribute "code" was refused as well, so a refusal would prove nothing: ${told(keyed)}`);
    const unkeyed = await admin.call('postSettingsByGroupName', { params: { 'group-name': name }, body: { name: 'second', displayName: 'Second' } });
    await checkClause('gws.negative.settings-key-required', () => expect(refused(unkeyed), `a setting without "code" in group ${name} (created with key "code"): ${told(unkeyed)}`).toBe(true));
  } finally {
    await removeGroup(admin, target, name);
  }
});

test('DELETE /settings removes a group created through the API and refuses one from Configuration Server', TAGS, async ({ api, contracts, target, providerStates }) => {
  requireDestructive(target, contracts, ['deleteSettings']);
  requireRole(target, ADMIN);
  const admin = new GwsClient(api, contracts, ADMIN);
  const imported = await given<{ groupName: string }>(providerStates, 'a settings group comes from configuration server');
  // The same DELETE on a group of the API first: the document does not say how the group is named (ambiguity gws.settings-delete-target).
  const name = runName('deletable');
  const created = await admin.call('postSettings', { body: { name, displayName: 'Conformance: deletable group' } });
  test.skip(!succeeded(created), `POST /settings did not create a group: ${told(created)}`);
  const deleted = await admin.call('deleteSettings', { body: { name } });
  test.skip(!succeeded(deleted), `DELETE /settings {"name"} did not remove a group created through the API either (ambiguity gws.settings-delete-target), so a refusal would prove nothing: ${told(deleted)}`);
  const refusedDelete = await admin.call('deleteSettings', { body: { name: imported.groupName } });
  const still = await admin.call('getSettingsByGroupName', { params: { 'group-name': imported.groupName } });
  await checkClause('gws.negative.settings-delete-api-groups-only', () => {
    expect(refused(refusedDelete), `deleting Configuration Server group ${imported.groupName}: ${told(refusedDelete)}`).toBe(true);
    expect(succeeded(still), `group ${imported.groupName} is still there: ${told(still)}`).toBe(true);
  });
});

test.describe('user-defined setting values are JSON', () => {
  test('POST /settings/{group-name} with a value that is not valid JSON is refused and stores nothing', TAGS, async ({ api, contracts, target, providerStates }) => {
    requireRole(target, ADMIN);
    const admin = new GwsClient(api, contracts, ADMIN);
    const group = await given<{ groupName: string; key: string }>(providerStates, 'a user-defined settings group has a setting');
    const setting = runName('not-json');
    // The displayName value is bare text, as the document's own examples leave out commas (ambiguity gws.example-missing-commas).
    const answer = await admin.call('postSettingsByGroupName', { params: { 'group-name': group.groupName }, rawBody: `{"${group.key}": "${setting}", "displayName": Not quoted}` });
    const read = await admin.call('getSettingsByGroupName', { params: { 'group-name': group.groupName } });
    await checkClause('gws.negative.user-settings-valid-json', () => {
      expect(refused(answer), `a setting whose displayName is not JSON: ${told(answer)}`).toBe(true);
      expect(listOf(read.body, 'settings').filter((s) => s[group.key] === setting), `settings ${setting} stored: ${told(read)}`).toEqual([]);
    });
  });

  test('PUT /settings/{group-name} replaces an attribute holding a JSON object whole', TAGS, async ({ api, contracts, target, providerStates }) => {
    requireRole(target, ADMIN);
    const admin = new GwsClient(api, contracts, ADMIN);
    const group = await given<{ groupName: string; key: string; settingName: string }>(providerStates, 'a user-defined settings group has a setting');
    const put = (details: Json) => admin.call('putSettingsByGroupName', { params: { 'group-name': group.groupName }, body: { [group.key]: group.settingName, details } });
    const first = await put({ level: 'one', reviewed: true });
    test.skip(!succeeded(first), `PUT of setting ${group.settingName} with an object attribute was refused: ${told(first)}`);
    const second = await put({ level: 'two' });
    const read = await admin.call('getSettingsByGroupName', { params: { 'group-name': group.groupName } });
    const stored = listOf(read.body, 'settings').find((s) => s[group.key] === group.settingName);
    await checkClause('gws.negative.user-settings-valid-json', () => {
      expect(succeeded(second), `the second PUT: ${told(second)}`).toBe(true);
      expect(stored?.details, `"details" after PUT {"level": "two"} over {"level": "one", "reviewed": true}: ${told(read)}`).toEqual({ level: 'two' });
    });
  });
});
