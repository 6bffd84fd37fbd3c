import { ClauseLedger } from '../../src/harness/models/clause-ledger';
import { runClauseScenario } from '../../src/harness/models/clause-scenario';
import { checkModelProperty } from '../../src/harness/models/model-property';
import { emailReplyCommands } from '../../src/harness/models/gc-email-reply/commands';
import { AttachmentCommand } from '../../src/harness/models/gc-email-reply/commands/attachments';
import { ConnectedStateCommand } from '../../src/harness/models/gc-email-reply/commands/conversation-state';
import { DisconnectCommand } from '../../src/harness/models/gc-email-reply/commands/disconnect';
import { GetDraftCommand } from '../../src/harness/models/gc-email-reply/commands/get-draft';
import { PatchDraftCommand } from '../../src/harness/models/gc-email-reply/commands/patch-draft';
import { PutDraftCommand } from '../../src/harness/models/gc-email-reply/commands/put-draft';
import { ReconnectCommand } from '../../src/harness/models/gc-email-reply/commands/reconnect';
import { SendReplyCommand } from '../../src/harness/models/gc-email-reply/commands/send-reply';
import { WrapUpCommand } from '../../src/harness/models/gc-email-reply/commands/wrap-up';
import { draftContent, type EmailReplyModel } from '../../src/harness/models/gc-email-reply/reply-model';
import { draftPath, type Answer, type EmailIds, type EmailReplyReal } from '../../src/harness/models/gc-email-reply/reply-real';
import type { TargetApi } from '../../src/harness/fixtures/target-api';
import type { ProviderStates } from '../../src/harness/fixtures/provider-states';
import type { Exchange } from '../../src/harness/http/exchange';
import type { FamilyTarget } from '../../src/harness/profile/target-profile';
import { test } from '../../src/harness/test';

/**
 * Replying to an e-mail conversation in Genesys Cloud (001, the genesys_conversations_digital
 * e-mail tools; state machine gc.email-draft): draft get / put / patch (autoFill, discard) and its
 * attachments, send the reply, wrap up, disconnect, reconnect - with the required fields of the
 * draft and the reply enforced.
 */
const TAGS = { tag: ['@email-reply', '@genesys-cloud'] };
const answerOf = (exchange: Exchange): Answer => ({ status: exchange.response?.status ?? 0, json: exchange.response?.json, text: exchange.response?.bodyText ?? exchange.error ?? '' });

/** A fresh conversation with its draft in its initial state, the model that goes with it, and the real side; a string says why not. */
async function prepare(api: TargetApi, providerStates: ProviderStates, target: FamilyTarget, ledger: ClauseLedger): Promise<{ model: EmailReplyModel; real: EmailReplyReal } | string> {
  const state = await providerStates.setUp('an e-mail conversation with a draft exists');
  if (!state.ok) return state.reason;
  const ids = state.data as unknown as EmailIds & { attachmentIds: string[] };
  const as = Object.keys(target.credentials).includes('Agent') ? 'Agent' : (Object.keys(target.credentials)[0] ?? 'anonymous');
  const send = async (method: string, path: string, operationId: string, body?: unknown, query?: Readonly<Record<string, string>>) =>
    answerOf(await api.send({ method, path, as, operationId, ...(body !== undefined ? { body } : {}), ...(query ? { query } : {}) }));
  const codes = await send('GET', `/api/v2/conversations/emails/${ids.conversationId}/participants/${ids.participantId}/wrapupcodes`, 'getConversationsEmailParticipantWrapupcodes');
  const wrapupCodes = (Array.isArray(codes.json) ? (codes.json as { id?: unknown }[]) : []).map((c) => String(c.id));
  const initial = draftContent((await send('GET', draftPath(ids), 'getConversationsEmailMessagesDraft')).json);
  const real: EmailReplyReal = { ledger, ids, wrapupCodes, send };
  const model: EmailReplyModel = {
    phase: 'DraftInitial',
    expected: { subject: initial.subject, textBody: initial.textBody },
    attachments: new Set(initial.attachments),
    sourceAttachments: ids.attachmentIds,
    initial,
    destructive: target.allowDestructive,
  };
  return { model, real };
}

test.describe('Genesys Cloud e-mail reply', () => {
  test('GC e-mail reply walkthrough: draft read, auto-filled, edited, attachments copied and deleted, discarded, required fields, reply sent, wrapped up, disconnected and reconnected', TAGS, async ({ api, providerStates, target }) => {
    const ledger = new ClauseLedger();
    const first = await prepare(api, providerStates, target, ledger);
    test.skip(typeof first === 'string', typeof first === 'string' ? first : '');
    test.skip(!target.allowDestructive, `the profile does not allow x-destructive operations on ${target.baseUrl}; the flow ends with disconnects`);
    await runClauseScenario(async (scenarioLedger) => {
      const run = async (prepared: { model: EmailReplyModel; real: EmailReplyReal }, steps: { check(m: EmailReplyModel): boolean; run(m: EmailReplyModel, r: EmailReplyReal): Promise<void>; toString(): string }[]) => {
        const real = { ...prepared.real, ledger: scenarioLedger };
        for (const step of steps) {
          if (!step.check(prepared.model)) throw new Error(`the walkthrough reached ${step.toString()} in phase ${prepared.model.phase}`);
          await step.run(prepared.model, real);
        }
      };
      await run(first as { model: EmailReplyModel; real: EmailReplyReal }, [
        new GetDraftCommand(),
        new PatchDraftCommand('autoFill'),
        new PutDraftCommand('Re: your order 4711', 'Your parcel left our warehouse this morning.'),
        new GetDraftCommand(),
        new AttachmentCommand('copy', 0),
        new AttachmentCommand('copy', 1),
        new AttachmentCommand('delete', 0),
        new PatchDraftCommand('discard'),
        new PutDraftCommand('Re: your order 4711', 'Without a text body this is refused.', 'textBody'),
        new PutDraftCommand('Re: your order 4711', 'Your parcel left our warehouse this morning.'),
        new SendReplyCommand('Without a recipient this is refused.', 'to'),
        new SendReplyCommand('Your parcel left our warehouse this morning.'),
        new ReconnectCommand(),
        new ConnectedStateCommand(),
        new WrapUpCommand(0),
        new DisconnectCommand('communication'),
        new ReconnectCommand(),
      ]);
      const second = await prepare(api, providerStates, target, scenarioLedger);
      if (typeof second === 'string') throw new Error(second);
      await run(second, [new PutDraftCommand('Re: hello', 'A first answer.'), new DisconnectCommand('conversation'), new ReconnectCommand(), new GetDraftCommand()]);
    });
  });

  test('GC e-mail reply model: random sequences over the draft, the reply, the wrap-up and the disconnects', TAGS, async ({ api, providerStates, target }) => {
    const ledger = new ClauseLedger();
    const probe = await prepare(api, providerStates, target, ledger);
    test.skip(typeof probe === 'string', typeof probe === 'string' ? probe : '');
    await checkModelProperty<EmailReplyModel, EmailReplyReal>({
      name: 'The draft keeps what is stored, reads change nothing, replies need from, textBody and to, and the flow moves as gc.email-draft says',
      ledger,
      commands: emailReplyCommands(12),
      numRuns: 12,
      setup: async () => {
        const prepared = await prepare(api, providerStates, target, ledger);
        if (typeof prepared === 'string') throw new Error(prepared);
        return prepared;
      },
    });
  });
});
