import { randomUUID } from 'node:crypto';
import { checkClause } from '../../src/harness/checks/clause-check';
import { expect, test } from '../../src/harness/test';
import { bodyOf, Caller, given, is2xx, requireDestructive, roleOf, statusOf, told, type Json } from '../generic/behaviour-support';
import { FAMILY, TAGS } from './behaviour-gc';

/**
 * The recording update (000, genesys_conversations_recording_update) sent as a plain REST call
 * (no PCID), and fields of its Recording model: a user's skill and
 * language proficiency is a rating from 0.0 to 5.0, a user contact has an address or an
 * extension but not both, and the enumerated fields take only their enum values. The update is
 * x-destructive: it runs only where the profile allows.
 */
const RECORDING = 'putConversationRecording';
/** The enum values the contract's Recording schema gives (gc.recording-enum-case: the enum spellings, strictly). */
const ENUMS: Readonly<Record<string, readonly string[]>> = {
  archiveMedium: ['CLOUDARCHIVE'],
  fileState: ['ARCHIVED', 'AVAILABLE', 'DELETED', 'RESTORED', 'RESTORING', 'UPLOADING', 'ERROR'],
  mediaSubtype: ['Trunk', 'Station', 'Consult', 'Screen', 'Snippet'],
  recordingErrorStatus: ['EMAIL_TRANSCRIPT_TOO_LARGE'],
  recordingFileRole: ['CUSTOMER_EXPERIENCE', 'ADHOC'],
};
const REASONS = ['Hold', 'SecurePause', 'FlowOrQueue', 'Pause'];

const user = (extra: Json): Json => ({ id: randomUUID(), name: 'Recorded Agent', version: 1, ...extra });

test.describe('genesys-cloud recording fields', () => {
  test.beforeEach(({ target, contracts }) => requireDestructive(target, contracts, [RECORDING]));

  const recording = async (providerStates: Parameters<typeof given>[0]) => given<{ conversationId: string; recordingId: string }>(providerStates, 'a recording exists for a conversation', { playableMedia: false });

  test('a recording update carries no PCID: the bearer token alone authenticates it', TAGS, async ({ api, contracts, target, providerStates }) => {
    const gc = new Caller(api, contracts, FAMILY, roleOf(target, ['Supervisor', 'Administrator']));
    const params = await recording(providerStates);
    await checkClause('gc.auth.pcid-not-sent', async () => {
      const updated = await gc.call({ operationId: RECORDING, params, body: { name: 'Renamed without PCID' } });
      expect(is2xx(updated), `without PCID (neither query nor header): ${told(updated)}`).toBe(true);
    });
  });

  test("a recording user's proficiency is a rating from 0.0 to 5.0", TAGS, async ({ api, contracts, target, providerStates }) => {
    const gc = new Caller(api, contracts, FAMILY, roleOf(target, ['Supervisor', 'Administrator']));
    const params = await recording(providerStates);
    await checkClause('gc.limits.proficiency-range', async () => {
      for (const list of ['skills', 'languages']) {
        const over = await gc.call({ operationId: RECORDING, params, body: { users: [user({ [list]: [{ id: randomUUID(), name: 'Billing', proficiency: 5.5 }] })] } });
        expect(statusOf(over), `${list} proficiency 5.5: ${told(over)}`).toBe(400);
      }
      const top = await gc.call({ operationId: RECORDING, params, body: { users: [user({ skills: [{ id: randomUUID(), name: 'Billing', proficiency: 5 }], languages: [{ id: randomUUID(), name: 'English', proficiency: 0 }] })] } });
      expect(is2xx(top), `proficiency 5.0 and 0.0: ${told(top)}`).toBe(true);
      for (const listed of (Array.isArray(bodyOf(top).users) ? bodyOf(top).users : []) as Json[]) {
        for (const rating of [...((listed.skills ?? []) as Json[]), ...((listed.languages ?? []) as Json[])]) {
          expect(Number(rating.proficiency), `a returned proficiency: ${JSON.stringify(rating)}`).toBeGreaterThanOrEqual(0);
          expect(Number(rating.proficiency), `a returned proficiency: ${JSON.stringify(rating)}`).toBeLessThanOrEqual(5);
        }
      }
    });
  });

  test('a recording user contact has an address or an extension, never both', TAGS, async ({ api, contracts, target, providerStates }) => {
    const gc = new Caller(api, contracts, FAMILY, roleOf(target, ['Supervisor', 'Administrator']));
    const params = await recording(providerStates);
    await checkClause('gc.exclusive.contact-address-extension', async () => {
      for (const list of ['addresses', 'primaryContactInfo']) {
        const both = await gc.call({ operationId: RECORDING, params, body: { users: [user({ [list]: [{ type: 'WORK', mediaType: 'PHONE', address: '+13175550123', extension: '4711' }] })] } });
        expect(statusOf(both), `a ${list} item with address and extension: ${told(both)}`).toBe(400);
      }
      const one = await gc.call({ operationId: RECORDING, params, body: { users: [user({ addresses: [{ type: 'WORK', mediaType: 'PHONE', extension: '4711' }] })] } });
      expect(is2xx(one), `an extension alone: ${told(one)}`).toBe(true);
    });
  });

  test('the enumerated recording fields take only their enum values', TAGS, async ({ api, contracts, target, providerStates }) => {
    const gc = new Caller(api, contracts, FAMILY, roleOf(target, ['Supervisor', 'Administrator']));
    const params = await recording(providerStates);
    await checkClause('gc.recording.enum-values', async () => {
      const refused = await gc.call({ operationId: RECORDING, params, body: { annotations: [{ name: 'Break', type: 'pause', reason: 'CoffeeBreak', location: 0, durationMs: 1000 }] } });
      expect(statusOf(refused), `annotation reason "CoffeeBreak": ${told(refused)}`).toBe(400);
      const updated = await gc.call({ operationId: RECORDING, params, body: { name: 'Enum check' } });
      expect(is2xx(updated), told(updated)).toBe(true);
      const view = bodyOf(updated);
      for (const [field, values] of Object.entries(ENUMS)) {
        if (view[field] !== undefined && view[field] !== null) expect(values, `${field} of the recording: ${told(updated)}`).toContain(view[field]);
      }
      for (const annotation of (Array.isArray(view.annotations) ? view.annotations : []) as Json[]) {
        if (annotation.reason !== undefined) expect(REASONS, `annotation reason: ${JSON.stringify(annotation)}`).toContain(annotation.reason);
      }
    });
  });
});
