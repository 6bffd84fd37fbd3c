import { expect } from '@playwright/test';
import type { ContractRegistry } from '../../src/harness/contracts';
import { test } from '../../src/harness/fixtures/notifications';
import type { ProviderStates } from '../../src/harness/fixtures/provider-states';
import type { TargetApi } from '../../src/harness/fixtures/target-api';
import { ClauseLedger } from '../../src/harness/models/clause-ledger';
import { runClauseScenario } from '../../src/harness/models/clause-scenario';
import { GwsClient, told, type Json } from '../../src/harness/models/gws-common/gws-client';
import { arrived, NotificationProbe } from '../../src/harness/models/gws-common/notification-probe';
import { channelEntries, isInteractionState } from '../../src/harness/models/gws-common/notification-views';
import { AGENT, given, prepared, requireNotifications, requireRole } from '../../src/harness/models/gws-common/scenario-setup';
import { emailReplyCommands } from '../../src/harness/models/gws-email-reply/commands';
import { AcceptCommand } from '../../src/harness/models/gws-email-reply/commands/accept';
import { EndOwnershipCommand } from '../../src/harness/models/gws-email-reply/commands/end-ownership';
import { FinishReplyCommand } from '../../src/harness/models/gws-email-reply/commands/finish-reply';
import { NewInvitationCommand } from '../../src/harness/models/gws-email-reply/commands/new-invitation';
import { RefusedOperationCommand } from '../../src/harness/models/gws-email-reply/commands/refused-operation';
import { ReplyCommand } from '../../src/harness/models/gws-email-reply/commands/reply';
import { RevokeCommand } from '../../src/harness/models/gws-email-reply/commands/revoke';
import { checkInteractionNotification } from '../../src/harness/models/gws-email-reply/email-checks';
import type { EmailModel, OriginalEmail } from '../../src/harness/models/gws-email-reply/email-model';
import { cleanUp, INTERACTIONS, type EmailReal } from '../../src/harness/models/gws-email-reply/email-real';
import { checkModelProperty } from '../../src/harness/models/model-property';

/**
 * The e-mail reply flow (004, "Interactions On E-mail Channel", "Reply", "ReplyAll", "Send",
 * "Interaction Notifications"): an inbound e-mail offered to the agent (Invited), Accept, Reply or
 * ReplyAll creating an outbound reply whose fields derive from the original, Send or Cancel on the
 * reply, and Reject, Complete, PlaceInQueue and the system's Revoked ending the agent's ownership;
 * capabilities per state and the InteractionStateMessages on /v2/me/interactions. Operations out of
 * order are refused with the error envelope.
 */
const TAGS = { tag: ['@email-reply', '@genesys-web-services'] };
const INVITATION = 'agent1 has an inbound e-mail invitation';
const LOGIN = 'agent1 is logged in with channels ready';
const CHANNELS = '/v2/me/channels';
/** A multi-line original, so that quoting and indenting are visible line by line. */
const ORIGINAL_TEXT = 'Hello,\nmy invoice 42 is wrong.\nRegards, a customer';

interface Fixtures {
  readonly api: TargetApi;
  readonly contracts: ContractRegistry;
  readonly providerStates: ProviderStates;
}

interface InvitationAnswer {
  readonly interactionId: string;
  readonly invited: boolean;
  readonly queueName?: string;
  readonly email: OriginalEmail;
}

/** The target side of the model, with the first inbound e-mail offered to the agent and its invitation checked (gws.interaction.invite). */
async function emailReal(fixtures: Fixtures, probe: NotificationProbe, ledger: ClauseLedger, inRun: boolean): Promise<EmailReal> {
  const real: EmailReal = {
    ledger,
    machine: fixtures.contracts.stateMachine('gws.email-reply'),
    client: new GwsClient(fixtures.api, fixtures.contracts, AGENT),
    probe,
    providerStates: fixtures.providerStates,
    inbound: { interactionId: '', original: { FromAddress: '', ToAddress: '', Subject: '', Text: '' } },
    inboundIds: [],
    replyIds: [],
    invite: async () => {
      const mark = probe.mark();
      const state = await (inRun ? prepared : given)<InvitationAnswer>(fixtures.providerStates, INVITATION, { text: ORIGINAL_TEXT });
      if (!state.invited) throw new Error(`provider state "${INVITATION}": the e-mail was not offered to the agent`);
      real.inbound = { interactionId: state.interactionId, original: state.email, ...(state.queueName ? { queueName: state.queueName } : {}) };
      real.inboundIds.push(state.interactionId);
      const invited = await probe.next(INTERACTIONS, isInteractionState(state.interactionId, 'Invited'), `the invitation (state Invited) of e-mail ${state.interactionId}`, mark);
      await checkInteractionNotification(real, 'gws.interaction.invite', invited, 'the invitation', ['Accept', 'Reject']);
    },
  };
  await real.invite();
  return real;
}

/** Runs a written-out flow on a fresh invitation, then ends whatever it left with the agent. */
async function scenario(fixtures: Fixtures, probe: NotificationProbe, steps: (model: EmailModel, real: EmailReal) => Promise<void>): Promise<void> {
  let real: EmailReal | undefined;
  try {
    await runClauseScenario(async (ledger) => {
      real = await emailReal(fixtures, probe, ledger, false);
      await steps({ inbound: 'Invited', replies: [] }, real);
    });
  } finally {
    if (real) await cleanUp(real);
  }
}

test.describe('GWS e-mail reply flow', () => {
  test.beforeEach(async ({ target, exclusiveUser }) => {
    requireRole(target, AGENT);
    await exclusiveUser(AGENT);
  });

  test('GWS e-mail walkthrough (Reply): invitation, Accept, Reply with subjectPrefix and the original quoted, Send; then Complete', TAGS, async ({ api, contracts, providerStates, notifications }) => {
    const probe = await NotificationProbe.open(notifications, AGENT, [INTERACTIONS]);
    await scenario({ api, contracts, providerStates }, probe, async (model, real) => {
      await new AcceptCommand().run(model, real);
      await new ReplyCommand(false, { subjectPrefix: 'Re: ', replyToStartLine: 'On Monday the customer wrote:', indentCharacter: '> ', quoteOriginal: true }).run(model, real);
      await new FinishReplyCommand('Send', 0).run(model, real);
      await new EndOwnershipCommand('Complete').run(model, real);
    });
  });

  test('GWS e-mail walkthrough (ReplyAll): CC kept, optional members left out, body empty without quoteOriginal; Cancel, then PlaceInQueue', TAGS, async ({ api, contracts, providerStates, notifications }) => {
    const probe = await NotificationProbe.open(notifications, AGENT, [INTERACTIONS]);
    await scenario({ api, contracts, providerStates }, probe, async (model, real) => {
      await new AcceptCommand().run(model, real);
      await new ReplyCommand(true, { quoteOriginal: false }).run(model, real);
      await new FinishReplyCommand('Cancel', 0).run(model, real);
      await new ReplyCommand(true, { subjectPrefix: 'RE: ', indentCharacter: '|', quoteOriginal: true }).run(model, real);
      await new FinishReplyCommand('Send', 0).run(model, real);
      await new EndOwnershipCommand('PlaceInQueue').run(model, real);
    });
  });

  test('GWS e-mail notifications (Interaction Notifications, E-mail Reply Created): Invited, Accepted, ReplyCreated and Revoked on /v2/me/interactions', TAGS, async ({ api, contracts, providerStates, notifications }) => {
    requireNotifications(notifications, ['gws.interaction.invite', 'gws.interaction.accept-result-via-cometd', 'gws.email-reply.created-notification', 'gws.interaction.revoked-after-inactivity']);
    const probe = await NotificationProbe.open(notifications, AGENT, [INTERACTIONS]);
    await scenario({ api, contracts, providerStates }, probe, async (model, real) => {
      await new AcceptCommand().run(model, real);
      await new ReplyCommand(false, { subjectPrefix: 'Re: ', quoteOriginal: false }).run(model, real);
      await new FinishReplyCommand('Cancel', 0).run(model, real);
      await new EndOwnershipCommand('Complete').run(model, real);
      await new NewInvitationCommand().run(model, real);
      await new RevokeCommand().run(model, real);
    });
  });

  test('GWS e-mail: an agent NotReady on email is offered no invitation (Interaction Notifications)', TAGS, async ({ api, contracts, providerStates, notifications }) => {
    const clause = 'gws.interaction.ready-required';
    const probe = await NotificationProbe.open(notifications, AGENT, [INTERACTIONS, CHANNELS]);
    const client = new GwsClient(api, contracts, AGENT);
    await given(providerStates, LOGIN, { readyChannels: [] });
    await runClauseScenario(async (ledger) => {
      const mark = probe.mark();
      const state = await given<InvitationAnswer>(providerStates, INVITATION, { ready: false, text: ORIGINAL_TEXT });
      const listed = await client.call('getMeInteractions', { query: { fields: '*' } });
      const ids = (Array.isArray(listed.body.interactions) ? (listed.body.interactions as Json[]) : []).map((i) => i.id as unknown);
      await ledger.check(clause, () => expect(ids, `the e-mail ${state.interactionId} is not offered to an agent NotReady on email: ${told(listed)}`).not.toContain(state.interactionId));
      if (!probe.available) return probe.notChecked(clause);
      // Barrier on the ordered stream: the agent's own Ready on email, announced after anything the e-mail caused.
      await client.call('postMeChannelsByChannelId', { params: { channelId: 'email' }, body: { operationName: 'Ready' } });
      const ready = await probe.next(CHANNELS, (data) => channelEntries(data).some((e) => e.channel === 'email' && (e.userState as Json | undefined)?.state === 'Ready'), 'the Ready of the email channel (barrier)', mark);
      if (!arrived(ready)) throw new Error(`cannot tell whether an invitation came: the barrier was not announced: ${ready?.message ?? ''}`);
      const invitations = probe.between(INTERACTIONS, mark, ready.sequence, isInteractionState(state.interactionId, 'Invited'));
      await ledger.check(clause, () => expect(invitations.length, `no invitation of e-mail ${state.interactionId} while NotReady on email`).toBe(0));
    });
  });

  test('GWS e-mail: an invitation is rejected, and another is revoked after inactivity', TAGS, async ({ api, contracts, providerStates, notifications }) => {
    const probe = await NotificationProbe.open(notifications, AGENT, [INTERACTIONS]);
    await scenario({ api, contracts, providerStates }, probe, async (model, real) => new EndOwnershipCommand('Reject').run(model, real));
    await scenario({ api, contracts, providerStates }, probe, async (model, real) => new RevokeCommand().run(model, real));
  });

  test('GWS e-mail: operations out of order (Reply or Complete before Accept, Send or Cancel without a reply) are refused with the error envelope', TAGS, async ({ api, contracts, providerStates, notifications }) => {
    const probe = await NotificationProbe.open(notifications, AGENT, [INTERACTIONS]);
    await scenario({ api, contracts, providerStates }, probe, async (model, real) => {
      await new RefusedOperationCommand('Reply').run(model, real);
      await new RefusedOperationCommand('Complete').run(model, real);
      await new AcceptCommand().run(model, real);
      await new RefusedOperationCommand('Send').run(model, real);
      await new RefusedOperationCommand('Cancel').run(model, real);
    });
  });

  test('GWS e-mail reply model: random flows from the invitation follow gws.email-reply and derive every reply as documented', TAGS, async ({ api, contracts, providerStates, notifications }) => {
    const probe = await NotificationProbe.open(notifications, AGENT, [INTERACTIONS]);
    const ledger = new ClauseLedger();
    // One invitation first, outside the property: a target without the provider state skips the test here.
    await runClauseScenario(async (first) => cleanUp(await emailReal({ api, contracts, providerStates }, probe, first, false)));
    await checkModelProperty<EmailModel, EmailReal>({
      name: 'E-mail invitations, acceptance, replies, sending, cancelling and ends of ownership follow gws.email-reply',
      ledger,
      commands: emailReplyCommands(12),
      numRuns: 30,
      setup: async () => ({ model: { inbound: 'Invited', replies: [] }, real: await emailReal({ api, contracts, providerStates }, probe, ledger, true) }),
      teardown: cleanUp,
    });
  });
});
