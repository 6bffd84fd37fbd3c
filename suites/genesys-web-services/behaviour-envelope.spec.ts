import { checkClause } from '../../src/harness/checks/clause-check';
import type { ContractRegistry } from '../../src/harness/contracts';
import type { ReadPathParameters } from '../../src/harness/fixtures/profile-resources';
import type { TargetApi } from '../../src/harness/fixtures/target-api';
import { GwsClient, refused, succeeded, told, type Json } from '../../src/harness/models/gws-common/gws-client';
import type { FamilyTarget } from '../../src/harness/profile/target-profile';
import { expect } from '@playwright/test';
import { test } from '../../src/harness/fixtures/notifications';
import { AGENT } from '../../src/harness/models/gws-common/scenario-setup';
import { given, requireDestructive, roleOf } from '../generic/behaviour-support';
import { listOf } from './list-of';

/**
 * The GWS response conventions (004, "Return Values", "Request Parameters", "Object Fields",
 * "Object Filtering", "Resolving URIs", "Subresources", "Statistics"), one clause per test, on the
 * resources the read provider state names: lists of URIs or of objects, field selection and
 * filtering, singular attributes, created ids, bare PUT and DELETE answers, errors without side
 * effects, numValues and the recordings' paging.
 */
const TAGS = { tag: ['@behaviour', '@genesys-web-services'] };

function admin(api: TargetApi, contracts: ContractRegistry, target: FamilyTarget): GwsClient {
  return new GwsClient(api, contracts, roleOf(target, ['Contact Center Admin']));
}

/** The read provider state's ids; a target without them skips the test with its reason. */
function ids(readPathParameters: ReadPathParameters): Readonly<Record<string, string>> {
  if ('unavailable' in readPathParameters) test.skip(true, String(readPathParameters.unavailable));
  return readPathParameters;
}

test.describe('GWS response conventions', () => {
  test('a list without fields answers statusCode 0 and the URIs of the objects', TAGS, async ({ api, contracts, target }) => {
    const answer = await admin(api, contracts, target).call('getQueues');
    await checkClause('gws.envelope.list-returns-uris', () => {
      expect(answer.body.statusCode, told(answer)).toBe(0);
      expect(Array.isArray(answer.body.uris) && (answer.body.uris as unknown[]).every((u) => typeof u === 'string'), `a "uris" array of strings: ${told(answer)}`).toBe(true);
    });
  });

  test('a list with fields=* answers the objects in an array named after the resource', TAGS, async ({ api, contracts, target }) => {
    const answer = await admin(api, contracts, target).call('getQueues', { query: { fields: '*' } });
    await checkClause('gws.envelope.list-fields-returns-objects', () => {
      expect(answer.body.statusCode, told(answer)).toBe(0);
      const queues: unknown = answer.body.queues;
      expect(Array.isArray(queues) && queues.length > 0 && queues.every((q) => q !== null && typeof q === 'object'), `a "queues" array of objects: ${told(answer)}`).toBe(true);
    });
  });

  test('fields=id,name answers only those fields of each object', TAGS, async ({ api, contracts, target }) => {
    const answer = await admin(api, contracts, target).call('getQueues', { query: { fields: 'id,name' } });
    await checkClause('gws.envelope.fields-selects-fields', () => {
      const extra = listOf(answer.body, 'queues').flatMap((q) => Object.keys(q).filter((k) => k !== 'id' && k !== 'name'));
      expect(listOf(answer.body, 'queues').length, `queues listed: ${told(answer)}`).toBeGreaterThan(0);
      expect([...new Set(extra)], `fields besides id and name: ${told(answer)}`).toEqual([]);
    });
  });

  test('a list filtered by a field answers only the objects whose field has that value', TAGS, async ({ api, contracts, target }) => {
    const client = admin(api, contracts, target);
    const all = listOf((await client.call('getQueues', { query: { fields: '*' } })).body, 'queues');
    const channel = all.map((q): unknown => q.channel).find((c): c is string => typeof c === 'string');
    test.skip(channel === undefined || all.every((q) => q.channel === channel), 'no two queues of different channels to filter');
    const answer = await client.call('getQueues', { query: { fields: '*', channel } });
    await checkClause('gws.envelope.filter-by-field', () => {
      const listed = listOf(answer.body, 'queues');
      expect(listed.length, `queues of channel ${String(channel)}: ${told(answer)}`).toBeGreaterThan(0);
      expect(listed.filter((q) => q.channel !== channel).map((q): unknown => q.id), `queues of another channel: ${told(answer)}`).toEqual([]);
    });
  });

  test('a singular resource comes in the attribute named after it (device)', TAGS, async ({ api, contracts, target, readPathParameters }) => {
    const { id } = ids(readPathParameters);
    const answer = await admin(api, contracts, target).call('getDevicesById', { params: { id: id ?? '' } });
    await checkClause('gws.envelope.singular-resource-attribute', () => {
      const device: unknown = answer.body.device;
      expect(device !== null && typeof device === 'object', `the device in "device": ${told(answer)}`).toBe(true);
    });
  });

  test('resolveUri=* adds the objects the URI properties refer to; without it they are left out', TAGS, async ({ api, contracts, target, readPathParameters }) => {
    const { id } = ids(readPathParameters);
    const client = admin(api, contracts, target);
    const plain = await client.call('getDevicesById', { params: { id: id ?? '' } });
    const resolved = await client.call('getDevicesById', { params: { id: id ?? '' }, query: { resolveUri: '*' } });
    test.skip(typeof (plain.body.device as Json | undefined)?.phoneNumberUri !== 'string', 'the device has no phoneNumberUri to resolve');
    await checkClause('gws.envelope.resolve-uri', () => {
      const device = resolved.body.device as Json | undefined;
      expect(device?.phoneNumber !== null && typeof device?.phoneNumber === 'object', `phoneNumber resolved into an object: ${told(resolved)}`).toBe(true);
      expect(typeof (plain.body.device as Json | undefined)?.phoneNumber === 'object', `phoneNumber not resolved without resolveUri: ${told(plain)}`).toBe(false);
    });
  });

  test('a user without subresources has no skills or devices; subresources=* adds them', TAGS, async ({ api, contracts, target, readPathParameters }) => {
    const { user_id: userId } = ids(readPathParameters);
    const client = admin(api, contracts, target);
    const plain = await client.call('getUsersById', { params: { id: userId ?? '' } });
    const full = await client.call('getUsersById', { params: { id: userId ?? '' }, query: { subresources: '*' } });
    await checkClause('gws.envelope.subresources', () => {
      const user = (plain.body.user ?? {}) as Json;
      expect(['skills', 'devices'].filter((s) => s in user), `subresources without subresources=*: ${told(plain)}`).toEqual([]);
      const withAll = (full.body.user ?? {}) as Json;
      expect(['skills', 'devices'].filter((s) => !(s in withAll)), `subresources missing with subresources=*: ${told(full)}`).toEqual([]);
    });
  });

  test('a skill listed with fields=* has a description only when it has one (never an empty one)', TAGS, async ({ api, contracts, target }) => {
    const answer = await admin(api, contracts, target).call('getSkills', { query: { fields: '*' } });
    await checkClause('gws.envelope.skill-description-absent', () => {
      const skills = listOf(answer.body, 'skills');
      expect(skills.length, told(answer)).toBeGreaterThan(0);
      expect(skills.filter((s) => 'description' in s && (typeof s.description !== 'string' || s.description === '')).map((s): unknown => s.id), `skills with an empty description: ${told(answer)}`).toEqual([]);
    });
  });

  test('a POST that creates an agent state definition answers its id and uri', TAGS, async ({ api, contracts, target }) => {
    requireDestructive(target, contracts, ['postSettingsAgentStates', 'deleteSettingsAgentStates']);
    const client = admin(api, contracts, target);
    const operationName = `Envelope${Date.now()}`;
    const created = await client.call('postSettingsAgentStates', { body: { operationName, displayName: 'Envelope check', state: 'NotReady' } });
    await checkClause('gws.envelope.create-returns-id-uri', () => {
      expect(created.body.statusCode, told(created)).toBe(0);
      expect(typeof created.body.id === 'string' && typeof created.body.uri === 'string', `id and uri of the new definition: ${told(created)}`).toBe(true);
    });
    await client.call('deleteSettingsAgentStates', { body: { operationName } });
  });

  test('the DELETE of a contact answers only statusCode 0', TAGS, async ({ api, contracts, target, providerStates }) => {
    requireDestructive(target, contracts, ['deleteContacts']);
    const contact = await given<{ contactId: string }>(providerStates, 'a custom contact exists');
    const removed = await admin(api, contracts, target).call('deleteContacts', { body: { id: contact.contactId } });
    await checkClause('gws.envelope.delete-only-status', () => expect(removed.body, `the DELETE answer: ${told(removed)}`).toEqual({ statusCode: 0 }));
  });

  test('a PUT answers only statusCode 0', TAGS, async ({ api, contracts, target }) => {
    requireDestructive(target, contracts, ['putSettingsReporting']);
    const client = admin(api, contracts, target);
    const setting = listOf((await client.call('getSettingsReporting')).body, 'settings').find((s) => s.name === 'defaultServiceLevelInterval');
    test.skip(typeof setting?.value !== 'string', 'no defaultServiceLevelInterval reporting setting to write back');
    const answer = await client.call('putSettingsReporting', { body: { name: 'defaultServiceLevelInterval', value: setting?.value as string } });
    await checkClause('gws.envelope.put-only-status', () => expect(answer.body, `the PUT answer: ${told(answer)}`).toEqual({ statusCode: 0 }));
  });

  test('a refused request leaves the data as it was', TAGS, async ({ api, contracts, target }) => {
    requireDestructive(target, contracts, ['putSettingsReporting']);
    const client = admin(api, contracts, target);
    const read = async () => listOf((await client.call('getSettingsReporting')).body, 'settings').find((s) => s.name === 'defaultServiceLevelInterval')?.value as unknown;
    const before = await read();
    test.skip(typeof before !== 'string', 'no defaultServiceLevelInterval reporting setting');
    const answer = await client.call('putSettingsReporting', { body: { name: 'defaultServiceLevelInterval', value: '0' } });
    await checkClause('gws.envelope.error-no-side-effect', async () => {
      expect(refused(answer), `a service level interval of 0 is refused (gws.negative.reporting-interval-positive): ${told(answer)}`).toBe(true);
      expect(await read(), 'the setting after the refused PUT').toBe(before);
    });
  });

  test.describe('bulk assign of skills to a user', () => {
    /** A fresh user and the URIs of a skill that exists and of one that does not. */
    async function setUp(client: GwsClient, providerStates: Parameters<typeof given>[0]): Promise<{ userId: string; skill: string; missing: string }> {
      const user = await given<{ id: string }>(providerStates, 'a user exists');
      const skills = await client.call('getSkills');
      const skill = Array.isArray(skills.body.uris) ? (skills.body.uris as unknown[]).find((u): u is string => typeof u === 'string') : undefined;
      test.skip(skill === undefined, `no skill to assign: ${told(skills)}`);
      return { userId: user.id, skill: skill ?? '', missing: (skill ?? '').replace(/[^/]+$/, 'no-such-skill') };
    }

    test('a successful assign answers only statusCode 0', TAGS, async ({ api, contracts, target, providerStates }) => {
      requireDestructive(target, contracts, ['postUsersByUserIdSkills']);
      const client = admin(api, contracts, target);
      const { userId, skill } = await setUp(client, providerStates);
      const answer = await client.call('postUsersByUserIdSkills', { params: { user_id: userId }, body: { uris: [skill] } });
      await checkClause('gws.envelope.assign-only-status', () => expect(answer.body, `the assign answer: ${told(answer)}`).toEqual({ statusCode: 0 }));
    });

    test('an assign that partly fails answers statusCode 7 with succeeded {uri, id} and failed {uri, statusCode, statusMessage}', TAGS, async ({ api, contracts, target, providerStates }) => {
      requireDestructive(target, contracts, ['postUsersByUserIdSkills']);
      const client = admin(api, contracts, target);
      const { userId, skill, missing } = await setUp(client, providerStates);
      const answer = await client.call('postUsersByUserIdSkills', { params: { user_id: userId }, body: { uris: [skill, missing] } });
      await checkClause('gws.envelope.partial-success-shape', () => {
        expect(answer.body.statusCode, told(answer)).toBe(7);
        const succeededList = listOf(answer.body, 'succeeded');
        const failedList = listOf(answer.body, 'failed');
        expect(succeededList.map((s): unknown => s.uri), `succeeded: ${told(answer)}`).toEqual([skill]);
        expect(succeededList.every((s) => typeof s.id === 'string'), `succeeded descriptors carry id: ${told(answer)}`).toBe(true);
        expect(failedList.map((f): unknown => f.uri), `failed: ${told(answer)}`).toEqual([missing]);
        expect(failedList.every((f) => typeof f.statusCode === 'number' && f.statusCode !== 0 && typeof f.statusMessage === 'string'), `failed descriptors carry statusCode and statusMessage: ${told(answer)}`).toBe(true);
      });
    });

    test('an assign whose every transaction fails is an error, not statusCode 7', TAGS, async ({ api, contracts, target, providerStates }) => {
      requireDestructive(target, contracts, ['postUsersByUserIdSkills']);
      const client = admin(api, contracts, target);
      const { userId, missing } = await setUp(client, providerStates);
      const answer = await client.call('postUsersByUserIdSkills', { params: { user_id: userId }, body: { uris: [missing] } });
      await checkClause('gws.envelope.partial-success-at-least-one', () => {
        expect(refused(answer), `the assign of a skill that does not exist is refused: ${told(answer)}`).toBe(true);
        expect(answer.body.statusCode, `not a partial success: ${told(answer)}`).not.toBe(7);
      });
    });
  });

  test('a statistic answers one value without numValues and at most numValues with it', TAGS, async ({ api, contracts, target, readPathParameters }) => {
    const { objectId, statisticName } = ids(readPathParameters);
    const client = admin(api, contracts, target);
    const params = { objectId: objectId ?? '', statisticName: statisticName ?? '' };
    const one = await client.call('getStatsByObjectIdByStatisticName', { params });
    const two = await client.call('getStatsByObjectIdByStatisticName', { params, query: { numValues: 2 } });
    const values = (answer: typeof one): unknown[] => {
      const statistics = listOf(answer.body, 'statistics');
      return Array.isArray(statistics[0]?.values) ? (statistics[0].values as unknown[]) : [];
    };
    await checkClause('gws.pagination.stats-num-values', () => {
      expect(values(one).length, `values without numValues: ${told(one)}`).toBe(1);
      expect(values(two).length, `values with numValues=2: ${told(two)}`).toBeLessThanOrEqual(2);
    });
  });

  test('GET /recordings takes offset and limit (MAY)', TAGS, async ({ api, contracts, target, providerStates, exclusiveUser }) => {
    const client = admin(api, contracts, target);
    // Two recorded calls of the agent (then hung up), so that limit=1 has something to leave out.
    await exclusiveUser(AGENT);
    const agent = new GwsClient(api, contracts, AGENT);
    for (let i = 0; i < 2; i += 1) {
      const { callId } = await given<{ callId: string }>(providerStates, "a call is established on agent1's device", { recordingState: 'Recording' });
      await agent.call('postMeCallsById', { params: { id: callId }, body: { operationName: 'Hangup' } });
    }
    const answer = await client.call('getRecordings', { query: { offset: 0, limit: 1 } });
    await checkClause('gws.pagination.recordings-offset-limit', () => {
      expect(succeeded(answer), `offset and limit are accepted: ${told(answer)}`).toBe(true);
      expect(listOf(answer.body, 'recordings').length, `recordings with limit=1: ${told(answer)}`).toBeLessThanOrEqual(1);
    });
  });
});

