import { expect } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { checkClause } from '../../src/harness/checks/clause-check';
import { test } from '../../src/harness/test';
import { GwsClient, refused, succeeded, told, type GwsAnswer, type Json } from '../../src/harness/models/gws-common/gws-client';
import { requireRole } from '../../src/harness/models/gws-common/scenario-setup';
import { CLAUSE_PLANNED } from '../../src/harness/reporting/test-outcome';
import { roleOf } from '../generic/behaviour-support';
import { listOf } from './list-of';

/**
 * Requests the API does not support (004, "Features": "The full feature set is defined by Web
 * Services and is not modifiable"; "Real-Time Reporting": "POST and DELETE are not supported").
 * No operation of the contract sends them, so the tests send the method on the contract's path
 * (GwsClient.callUndocumented), as a role that could otherwise act there. Each request must be
 * refused, in whatever form (ambiguity gws.unsupported-method-refusal), and change nothing, as
 * GET shows afterwards; which requests are sent is ambiguity gws.unsupported-method-requests.
 * What a target wrongly accepted is undone where it can be (a failure there is no verdict).
 */
const FEATURES = 'gws.negative.features-not-modifiable';
const REPORTING = 'gws.negative.reporting-post-delete-unsupported';
const ADMIN = 'Contact Center Admin';
const CLOUD_ADMIN = 'Cloud Admin';
const PERCENTAGE = 'defaultTargetServiceLevelPercentage';

/** Test details: the tags, and the clause a skip is traced to. */
const details = (clause: string) => ({ tag: ['@behaviour', '@genesys-web-services'], annotation: { type: CLAUSE_PLANNED, description: clause } });

/** A refusal in any form: an HTTP error status whatever the body, or a non-zero statusCode other than 7 (gws.unsupported-method-refusal). */
const isRefusal = (answer: GwsAnswer): boolean => answer.status >= 400 || refused(answer);

/** The objects of a list member of an answer (items that are not objects left out). */
const objectsOf = (answer: GwsAnswer, member: string): Json[] => listOf(answer.body, member).filter((item) => item !== null && typeof item === 'object');

/** The attributes a modification would change. */
const attributesOf = (feature: Json): Json => ({ displayName: feature.displayName as unknown, description: feature.description as unknown });

test('the feature set cannot be created or modified: POST on the feature lists, PUT and POST on a feature are refused and change nothing', details(FEATURES), async ({ api, contracts, target }) => {
  requireRole(target, ADMIN);
  const reader = new GwsClient(api, contracts, ADMIN);
  const writer = new GwsClient(api, contracts, roleOf(target, [CLOUD_ADMIN, ADMIN]));
  const listed = await reader.call('getFeatures', { query: { fields: '*' } });
  const feature = objectsOf(listed, 'features').find((f) => typeof f.id === 'string' && f.id !== '');
  test.skip(feature === undefined, `the contact center lists no feature to modify: ${told(listed)}`);
  const id = String(feature?.id);
  const original = attributesOf(feature ?? {});
  const newId = `cc-conformance-${randomBytes(4).toString('hex')}`;
  const created = { id: newId, displayName: 'Conformance: a feature made through the API', description: 'Made by cc-conformance; the API must refuse it.' };
  const changed = { displayName: `Conformance: ${newId}`, description: 'Changed by cc-conformance; the API must refuse it.' };
  const attempts: (readonly [string, GwsAnswer])[] = [
    ['POST /features', await writer.callUndocumented('POST', 'getFeatures', { body: created })],
    ['POST /system/features', await writer.callUndocumented('POST', 'getSystemFeatures', { body: created })],
    [`PUT /features/${id}`, await writer.callUndocumented('PUT', 'getFeaturesById', { params: { id }, body: changed })],
    [`POST /features/${id}`, await writer.callUndocumented('POST', 'getFeaturesById', { params: { id }, body: changed })],
  ];
  try {
    // Read back from both lists: a feature made through the API may show in either.
    const lists = [await reader.call('getFeatures', { query: { fields: '*' } }), await reader.call('getSystemFeatures', { query: { fields: '*' } })].filter(succeeded);
    await checkClause(FEATURES, () => {
      for (const [what, answer] of attempts) expect(isRefusal(answer), `${what} as ${writer.role} is refused: ${told(answer)}`).toBe(true);
      for (const list of lists) {
        const features = objectsOf(list, 'features');
        expect(features.filter((f) => f.id === newId), `feature ${newId} that POST tried to make: ${told(list)}`).toEqual([]);
        const same = features.find((f) => f.id === id);
        if (same) expect(attributesOf(same), `feature ${id} after PUT and POST ${JSON.stringify(changed)}: ${told(list)}`).toEqual(original);
      }
      expect(lists.some((list) => objectsOf(list, 'features').some((f) => f.id === id)), `feature ${id} is still listed after PUT and POST`).toBe(true);
    });
  } finally {
    await undoFeatureChanges(writer, attempts, { id, original, newId, mayDelete: target.allowDestructive && CLOUD_ADMIN in target.credentials });
  }
});

/** Undoes what the feature requests changed on a target that accepted them: the attributes put back by the method it accepted, a made feature deleted. */
async function undoFeatureChanges(writer: GwsClient, attempts: readonly (readonly [string, GwsAnswer])[], made: { id: string; original: Json; newId: string; mayDelete: boolean }): Promise<void> {
  const accepted = (what: string) => attempts.some(([w, answer]) => w === what && !isRefusal(answer));
  for (const method of ['PUT', 'POST'] as const) {
    if (accepted(`${method} /features/${made.id}`)) {
      await writer.callUndocumented(method, 'getFeaturesById', { params: { id: made.id }, body: made.original });
      break;
    }
  }
  if (made.mayDelete && (accepted('POST /features') || accepted('POST /system/features'))) await writer.call('deleteFeaturesById', { params: { id: made.newId } }, CLOUD_ADMIN);
}

test.describe('/settings/reporting supports GET and PUT only', () => {
  /** The reporting settings by name (name → value). */
  const settingsOf = (answer: GwsAnswer): Json => Object.fromEntries(objectsOf(answer, 'settings').map((s) => [String(s.name), s.value as unknown]));

  test('POST /settings/reporting is refused and changes no setting', details(REPORTING), async ({ api, contracts, target }) => {
    const admin = new GwsClient(api, contracts, roleOf(target, [ADMIN]));
    const before = await admin.call('getSettingsReporting');
    const value: unknown = settingsOf(before)[PERCENTAGE];
    test.skip(!succeeded(before) || value === undefined, `no ${PERCENTAGE} reporting setting to post with its own value: ${told(before)}`);
    // The setting's own value: a target that wrongly accepts the POST is left as it was.
    const posted = await admin.callUndocumented('POST', 'getSettingsReporting', { body: { name: PERCENTAGE, value } });
    const after = await admin.call('getSettingsReporting');
    await checkClause(REPORTING, () => {
      expect(isRefusal(posted), `POST /settings/reporting as ${admin.role} is refused: ${told(posted)}`).toBe(true);
      expect(settingsOf(after), `the reporting settings after the POST: ${told(after)}`).toEqual(settingsOf(before));
    });
  });

  test('DELETE /settings/reporting is refused and removes no setting', details(REPORTING), async ({ api, contracts, target }) => {
    test.skip(!target.allowDestructive, `the profile does not allow destructive operations on ${target.family}: a DELETE /settings/reporting that the target wrongly accepted would remove its reporting settings`);
    const admin = new GwsClient(api, contracts, roleOf(target, [ADMIN]));
    const before = await admin.call('getSettingsReporting');
    const settings = settingsOf(before);
    test.skip(!succeeded(before) || settings[PERCENTAGE] === undefined, `no ${PERCENTAGE} reporting setting to ask the DELETE to remove: ${told(before)}`);
    const deleted = await admin.callUndocumented('DELETE', 'getSettingsReporting', { body: { name: PERCENTAGE } });
    let after: GwsAnswer | undefined;
    try {
      after = await admin.call('getSettingsReporting');
      const read = after;
      await checkClause(REPORTING, () => {
        expect(isRefusal(deleted), `DELETE /settings/reporting as ${admin.role} is refused: ${told(deleted)}`).toBe(true);
        expect(settingsOf(read), `the reporting settings after the DELETE: ${told(read)}`).toEqual(settings);
      });
    } finally {
      // Each setting the DELETE removed or changed is written back (PUT, the group's one way to write).
      const now = after ? settingsOf(after) : {};
      for (const [name, was] of Object.entries(settings)) {
        if (!isRefusal(deleted) && now[name] !== was && (typeof was === 'string' || typeof was === 'number')) await admin.call('putSettingsReporting', { body: { name, value: was } });
      }
    }
  });
});
