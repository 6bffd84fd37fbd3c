import { checkModelProperty } from '../../src/harness/models/model-property';
import { ClauseLedger } from '../../src/harness/models/clause-ledger';
import { runClauseScenario } from '../../src/harness/models/clause-scenario';
import { girMaskingCommands } from '../../src/harness/models/gir-masking/commands';
import { InspectRecordingsCommand } from '../../src/harness/models/gir-masking/commands/inspect-recordings';
import { SearchByParameterCommand } from '../../src/harness/models/gir-masking/commands/search-by-parameter';
import { SetSettingsCommand } from '../../src/harness/models/gir-masking/commands/set-settings';
import { fieldNames, settingValues, type Answer, type Baseline, type GirMaskingReal } from '../../src/harness/models/gir-masking/masking-real';
import { flatten, type PrivacyModel } from '../../src/harness/models/gir-masking/privacy-model';
import type { Exchange } from '../../src/harness/http/exchange';
import type { TargetApi } from '../../src/harness/fixtures/target-api';
import type { ProviderStates } from '../../src/harness/fixtures/provider-states';
import type { FamilyTarget } from '../../src/harness/profile/target-profile';
import { test } from '../../src/harness/test';

/**
 * Recording privacy settings (002, "Recording privacy settings", "Mask settings and query
 * parameters", Sample 2): what a Supervisor and an Administrator see for random sets of masked
 * agent and customer fields, set through /api/v2/settings/recording, and which searches a
 * Supervisor may make. The settings are the contact center's: where the target offers a scope
 * for them (provider state "recording privacy settings are scoped") the tests work in one;
 * otherwise they change the real settings, run one at a time and put them back as they found them.
 */
const TAGS = { tag: ['@masking', '@genesys-interaction-recording'] };
const SETTINGS = '/api/v2/settings/recording';
const AGENT = 'metadata.privacy.agent_fields';
const CUSTOMER = 'metadata.privacy.customer_fields';
/** The prepared recordings' window (2031-01-01, one day), apart from the pagination suite's. */
const T1 = Date.UTC(2031, 0, 1);

const answer = (exchange: Exchange): Answer => ({ status: exchange.response?.status ?? 0, json: exchange.response?.json, text: exchange.response?.bodyText ?? exchange.error ?? '' });

interface Session {
  readonly real: (ledger: ClauseLedger) => GirMaskingReal;
  /** Puts the settings back as they were before the test. */
  readonly restore: () => Promise<void>;
}

/** Prepares two recordings, notes the settings, blanks them and takes the Administrator's baseline; a string is why it cannot. */
async function openSession(api: TargetApi, providerStates: ProviderStates, target: FamilyTarget): Promise<Session | string> {
  const roles = Object.keys(target.credentials);
  if (!roles.includes('Supervisor') || !roles.includes('Administrator')) return `masking needs Supervisor and Administrator credentials; the profile has ${roles.join(', ')}`;
  // A scope of the settings keeps this test's changes away from tests running meanwhile; without one, the real settings are changed and restored.
  const scope = await providerStates.setUp('recording privacy settings are scoped');
  const headers = scope.ok ? { [String(scope.data.header)]: String(scope.data.value) } : {};
  if (!scope.ok) test.info().annotations.push({ type: 'shared-settings', description: `the contact center's privacy settings are changed for this test and restored after it (${scope.reason}); tests running meanwhile see them` });
  const send = (method: string, path: string, as: string, extra: { query?: Record<string, string | number>; body?: unknown; operationId: string }) => api.send({ method, path, as, headers, ...extra });
  const before = answer(await send('GET', SETTINGS, 'Administrator', { operationId: 'getSettingsRecording' }));
  if (before.status !== 200) return `the target does not let an Administrator read ${SETTINGS} (${before.status}), so the privacy settings cannot be set and restored`;
  const original = settingValues(before.json);
  const write = async (agent: readonly string[], customer: readonly string[]) => answer(await send('PUT', SETTINGS, 'Administrator', { body: { [AGENT]: agent.join(','), [CUSTOMER]: customer.join(',') }, operationId: 'putSettingsRecording' }));
  const restore = async () => void (await write(fieldNames(original.agent), fieldNames(original.customer)));
  const blank = await write([], []);
  if (blank.status >= 300) return `the target refuses PUT ${SETTINGS} (${blank.status}: ${blank.text.slice(0, 200)})`;
  const state = await providerStates.setUp('n recordings exist between t1 and t2', { count: 2, startTime: T1, endTime: T1 + 86_400_000 });
  if (!state.ok) {
    await restore();
    return state.reason;
  }
  const prepared = state.data as { recordingIds: string[]; query: Record<string, string> };
  const views = new Map<string, ReturnType<typeof flatten>>();
  for (const id of prepared.recordingIds) views.set(id, flatten(answer(await send('GET', `/api/v2/recordings/${encodeURIComponent(id)}`, 'Administrator', { operationId: 'getRecordingsByRecordingId' })).json));
  const baseline: Baseline = { ids: prepared.recordingIds, views, criteria: prepared.query };
  const real = (ledger: ClauseLedger): GirMaskingReal => ({
    ledger,
    baseline,
    supervisor: 'Supervisor',
    administrator: 'Administrator',
    writeSettings: write,
    readSettings: async () => answer(await send('GET', SETTINGS, 'Administrator', { operationId: 'getSettingsRecording' })),
    search: async (as, query) => answer(await send('GET', '/api/v2/recordings', as, { query: { ...baseline.criteria, ...query }, operationId: 'getRecordings' })),
    get: async (as, id) => answer(await send('GET', `/api/v2/recordings/${encodeURIComponent(id)}`, as, { operationId: 'getRecordingsByRecordingId' })),
  });
  return { real, restore };
}

test.describe('GIR recording privacy settings and masking', () => {
  test.describe.configure({ mode: 'serial' });

  test('GIR Sample 2: agent and customer fields masked for a Supervisor, searches on them refused, then unlisted and blank again', TAGS, async ({ api, providerStates, target }) => {
    const session = await openSession(api, providerStates, target);
    test.skip(typeof session === 'string', typeof session === 'string' ? session : '');
    const { real, restore } = session as Session;
    try {
      await runClauseScenario(async (ledger) => {
        const model: PrivacyModel = { agent: [], customer: [] };
        const steps = [
          new InspectRecordingsCommand(),
          // The fields Sample 2 shows masked: numbers, agent id, user name, extension, names, GSIP_RECORD.
          new SetSettingsCommand(['callerPhoneNumber', 'userName', 'agentId', 'phoneNumber'], ['dialedPhoneNumber', 'GSIP_RECORD', 'firstName', 'lastName']),
          new InspectRecordingsCommand(),
          new SearchByParameterCommand('callerPhoneNumber', 0),
          new SearchByParameterCommand('dialedPhoneNumber', 0),
          new SearchByParameterCommand('userName', 0),
          new SearchByParameterCommand('userData', 0),
          // Only names listed: the agent's first name is hidden, so searching userName for it finds nothing.
          new SetSettingsCommand(['GSIP_RECORD', 'recordDN', 'firstName'], ['dialedPhoneNumber']),
          new InspectRecordingsCommand(),
          new SearchByParameterCommand('userName', 1),
          new SearchByParameterCommand('userData', 2),
          new SearchByParameterCommand('callerPhoneNumber', 0),
          // userData masks every attached-data value, and its search is refused.
          new SetSettingsCommand(['userData'], ['callerPhoneNumber']),
          new InspectRecordingsCommand(),
          new SearchByParameterCommand('userData', 0),
          new SearchByParameterCommand('userName', 0),
          new SetSettingsCommand([], []),
          new InspectRecordingsCommand(),
        ];
        const context = real(ledger);
        for (const step of steps) await step.run(model, context);
      });
    } finally {
      await restore();
    }
  });

  test('GIR masking model: random sets of masked agent and customer fields, every view and search checked', TAGS, async ({ api, providerStates, target }) => {
    const session = await openSession(api, providerStates, target);
    test.skip(typeof session === 'string', typeof session === 'string' ? session : '');
    const { real, restore } = session as Session;
    const ledger = new ClauseLedger();
    try {
      await checkModelProperty<PrivacyModel, GirMaskingReal>({
        name: 'A Supervisor sees the mask exactly in the listed fields, an Administrator never; searches on listed fields are refused',
        ledger,
        commands: girMaskingCommands(6),
        numRuns: 10,
        setup: async () => {
          const context = real(ledger);
          const blank = await context.writeSettings([], []);
          if (blank.status >= 300) throw new Error(`blanking the settings: ${blank.status} ${blank.text.slice(0, 200)}`);
          return { model: { agent: [], customer: [] }, real: context };
        },
      });
    } finally {
      await restore();
    }
  });
});
