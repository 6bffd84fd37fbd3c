import * as fc from 'fast-check';
import { ClauseLedger } from '../../src/harness/models/clause-ledger';
import { runClauseScenario } from '../../src/harness/models/clause-scenario';
import { checkModelProperty } from '../../src/harness/models/model-property';
import { recordingCommands } from '../../src/harness/models/gc-recording/commands';
import { UpdateRecordingCommand } from '../../src/harness/models/gc-recording/commands/update-recording';
import { UpdateUserWithoutVersionCommand } from '../../src/harness/models/gc-recording/commands/update-user-without-version';
import type { RecordingModel } from '../../src/harness/models/gc-recording/recording-model';
import type { RecordingReal } from '../../src/harness/models/gc-recording/recording-real';
import type { TargetApi } from '../../src/harness/fixtures/target-api';
import type { ProviderStates } from '../../src/harness/fixtures/provider-states';
import type { FamilyTarget } from '../../src/harness/profile/target-profile';
import { test } from '../../src/harness/test';

/**
 * The Genesys Cloud recording update (000, the Recording schema of
 * genesys_conversations_recording_update): annotation descriptions up to 500 characters, the
 * retention dates (when the recording is archived or deleted), clearing a pending export, the
 * annotation id rules and what a recording without playable media reports. The update is
 * x-destructive: it runs only where the profile allows.
 */
const TAGS = { tag: ['@call-recording', '@genesys-cloud'] };

async function prepare(api: TargetApi, providerStates: ProviderStates, target: FamilyTarget, ledger: ClauseLedger, playableMedia: boolean): Promise<{ model: RecordingModel; real: RecordingReal } | string> {
  if (!target.allowDestructive) return `the recording update is x-destructive and the profile does not allow such operations on ${target.baseUrl}`;
  const state = await providerStates.setUp('a recording exists for a conversation', { playableMedia });
  if (!state.ok) return state.reason;
  const conversationId = String(state.data.conversationId);
  const recordingId = String(state.data.recordingId);
  const as = Object.keys(target.credentials).includes('Supervisor') ? 'Supervisor' : (Object.keys(target.credentials)[0] ?? 'anonymous');
  const real: RecordingReal = {
    ledger,
    conversationId,
    recordingId,
    update: async (body, query) => {
      const exchange = await api.send({ method: 'PUT', path: `/api/v2/conversations/${encodeURIComponent(conversationId)}/recordings/${encodeURIComponent(recordingId)}`, body, ...(query ? { query } : {}), as, operationId: 'putConversationRecording' });
      return { status: exchange.response?.status ?? 0, json: exchange.response?.json, text: exchange.response?.bodyText ?? exchange.error ?? '' };
    },
  };
  return { model: { playable: playableMedia, exportPending: true }, real };
}

test.describe('Genesys Cloud recording update', () => {
  test('GC recording walkthrough: annotations at the 500-character limit, archive and delete dates, export cleared, users need a version', TAGS, async ({ api, providerStates, target }) => {
    const probe = await prepare(api, providerStates, target, new ClauseLedger(), false);
    test.skip(typeof probe === 'string', typeof probe === 'string' ? probe : '');
    await runClauseScenario(async (ledger) => {
      for (const playable of [false, true]) {
        const prepared = await prepare(api, providerStates, target, ledger, playable);
        if (typeof prepared === 'string') throw new Error(prepared);
        const { model, real } = prepared;
        const steps = [
          new UpdateRecordingCommand({ annotations: [{ kind: 'bookmark', description: 500 }, { kind: 'pause', description: 0 }, { kind: 'pause', description: 0 }, { kind: 'bookmark', description: 12 }], clearExport: false }),
          new UpdateRecordingCommand({ annotations: [{ kind: 'bookmark', description: 501 }], clearExport: false }),
          new UpdateRecordingCommand({ annotations: [{ kind: 'hold', description: 0 }], archiveDate: '2031-06-30T00:00:00.000Z', deleteDate: '2033-06-30T00:00:00.000Z', clearExport: true }),
          new UpdateUserWithoutVersionCommand(),
        ];
        for (const step of steps) await step.run(model, real);
      }
    });
  });

  test('GC recording model: random annotation sets, retention dates and export clearing', TAGS, async ({ api, providerStates, target }) => {
    const probe = await prepare(api, providerStates, target, new ClauseLedger(), false);
    test.skip(typeof probe === 'string', typeof probe === 'string' ? probe : '');
    const ledger = new ClauseLedger();
    await checkModelProperty<RecordingModel, RecordingReal, boolean>({
      name: 'Recording updates keep the limits, dates, export and annotation-id rules of 000',
      ledger,
      given: fc.boolean(),
      commands: recordingCommands(6),
      numRuns: 15,
      setup: async (playable) => {
        const prepared = await prepare(api, providerStates, target, ledger, playable);
        if (typeof prepared === 'string') throw new Error(prepared);
        return prepared;
      },
    });
  });
});
