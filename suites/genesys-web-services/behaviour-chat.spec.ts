import { expect } from '@playwright/test';
import type { ProviderStates } from '../../src/harness/fixtures/provider-states';
import { test } from '../../src/harness/fixtures/notifications';
import type { ClauseLedger } from '../../src/harness/models/clause-ledger';
import { runClauseScenario } from '../../src/harness/models/clause-scenario';
import { GwsClient, refused, succeeded, told, type GwsAnswer, type Json } from '../../src/harness/models/gws-common/gws-client';
import { arrived, NotificationProbe } from '../../src/harness/models/gws-common/notification-probe';
import { capabilitiesOf, interactionOf } from '../../src/harness/models/gws-common/notification-views';
import { AGENT, given, requireNotifications, requireRole } from '../../src/harness/models/gws-common/scenario-setup';
import { listOf } from './list-of';

/**
 * Chat interactions (004, "Chat" operations on /me/interactions/{id}), example by example on the
 * gws.chat transition table: Accept, Reject, SendMessage, typing notices, InviteUser and
 * LeaveConference, EndChatSession and Complete, the refused SendMessage rows, and the
 * notifications that carry the transcript. Each test checks its clauses in order and stops at
 * the first that fails; every wait is on a notification, bounded.
 */
const TAGS = { tag: ['@behaviour', '@genesys-web-services'] };
const CHAT = 'agent1 has an inbound chat invitation';
const INTERACTIONS = '/v2/me/interactions';

/** The transcript events of an interaction view (content.events). */
function eventsOf(interaction: Json | undefined): Json[] {
  const content = interaction?.content as Json | undefined;
  return Array.isArray(content?.events) ? (content.events as Json[]) : [];
}

/** One chat of the agent, acted on by id; read back through /me/interactions and /interactions/{id}. */
class ChatUnderTest {
  constructor(
    readonly client: GwsClient,
    readonly ledger: ClauseLedger,
    readonly id: string,
    readonly otherAgentId: string | undefined,
  ) {}

  static async invited(client: GwsClient, providerStates: ProviderStates, ledger: ClauseLedger): Promise<ChatUnderTest> {
    const state = await given<{ interactionId: string; invited: boolean; otherAgentId?: string }>(providerStates, CHAT);
    if (!state.invited) test.skip(true, `provider state "${CHAT}" did not invite the agent`);
    return new ChatUnderTest(client, ledger, state.interactionId, state.otherAgentId);
  }

  operate(operationName: string, extra: Json = {}): Promise<GwsAnswer> {
    return this.client.call('postMeInteractionsById', { params: { id: this.id }, body: { operationName, ...extra } });
  }

  /** The chat among the agent's interactions (undefined once it is no longer the agent's). */
  async mine(): Promise<{ answer: GwsAnswer; chat: Json | undefined }> {
    const answer = await this.client.call('getMeInteractions', { query: { fields: '*' } });
    return { answer, chat: listOf(answer.body, 'interactions').find((i) => i.id === this.id) };
  }

  /** The chat's transcript events (GET /interactions/{id}). */
  async events(): Promise<Json[]> {
    const answer = await this.client.call('getInteractionsById', { params: { id: this.id } });
    return eventsOf(answer.body.interaction as Json | undefined);
  }

  async accept(): Promise<GwsAnswer> {
    return this.operate('Accept', { nickname: 'Ada' });
  }

  /** An operation the table allows: accepted, and the chat is then in `state` and still the agent's. */
  async stays(clause: string, operationName: string, state: string, extra: Json = {}): Promise<void> {
    const answer = await this.operate(operationName, extra);
    await this.ledger.check(clause, () => expect(succeeded(answer), `${operationName} is accepted: ${told(answer)}`).toBe(true));
    const { answer: read, chat } = await this.mine();
    await this.ledger.check(clause, () => expect(chat?.state, `the chat after ${operationName}, among the agent's interactions: ${told(read)}`).toBe(state));
  }

  /** An operation that ends the agent's part: accepted, and the chat is no longer the agent's. */
  async leaves(clause: string, operationName: string, extra: Json = {}): Promise<void> {
    const answer = await this.operate(operationName, extra);
    await this.ledger.check(clause, () => expect(succeeded(answer), `${operationName} is accepted: ${told(answer)}`).toBe(true));
    const { answer: read, chat } = await this.mine();
    await this.ledger.check(clause, () => expect(chat, `the chat is no longer among the agent's interactions after ${operationName}: ${told(read)}`).toBeUndefined());
  }

  /** An error row: refused, and the chat keeps its state. */
  async refuses(clause: string, operationName: string, state: string, extra: Json = {}): Promise<void> {
    const answer = await this.operate(operationName, extra);
    await this.ledger.check(clause, () => expect(refused(answer), `${operationName} on a ${state} chat is refused: ${told(answer)}`).toBe(true));
    const { answer: read, chat } = await this.mine();
    await this.ledger.check(clause, () => expect(chat?.state, `the chat after the refused ${operationName}: ${told(read)}`).toBe(state));
  }
}

test.describe('GWS chat', () => {
  test.beforeEach(async ({ target, exclusiveUser }) => {
    requireRole(target, AGENT);
    await exclusiveUser(AGENT);
  });

  test('a chat from invitation to completion: SendMessage refused while Invited, Accept, SendMessage, typing notices, EndChatSession, SendMessage refused, Complete', TAGS, async ({ api, contracts, providerStates }) => {
    const client = new GwsClient(api, contracts, AGENT);
    const accepted = contracts.stateMachine('gws.chat').states.find((s) => s.name === 'Accepted')?.capabilities ?? [];
    await runClauseScenario(async (ledger) => {
      const chat = await ChatUnderTest.invited(client, providerStates, ledger);
      await chat.refuses('gws.chat.illegal-send-invited', 'SendMessage', 'Invited', { text: 'Too early' });
      const answer = await chat.accept();
      await ledger.check('gws.chat.accept', () => expect(succeeded(answer), `Accept with a nickname is accepted: ${told(answer)}`).toBe(true));
      const { answer: read, chat: shown } = await chat.mine();
      await ledger.check('gws.chat.accept', () => {
        expect(shown?.state, `the chat after Accept: ${told(read)}`).toBe('Accepted');
        expect(['Send', 'EndChatSession', 'RequestChatHistory'].filter((c) => accepted.includes(c) && !capabilitiesOf(shown).includes(c)), `the chat capabilities of an accepted chat: ${told(read)}`).toEqual([]);
      });
      await chat.stays('gws.chat.send-message', 'SendMessage', 'Accepted', { text: 'How can I help?' });
      const events = await chat.events();
      await ledger.check('gws.chat.send-message', () => expect(events.some((e) => e.text === 'How can I help?'), `the transcript holds the message: ${JSON.stringify(events).slice(0, 400)}`).toBe(true));
      await chat.stays('gws.chat.typing-notifications', 'SendStartTypingNotification', 'Accepted');
      await chat.stays('gws.chat.typing-notifications', 'SendStopTypingNotification', 'Accepted');
      await chat.stays('gws.chat.end-session-keeps-interaction', 'EndChatSession', 'SessionEnded');
      await chat.refuses('gws.chat.illegal-send-ended', 'SendMessage', 'SessionEnded', { text: 'Too late' });
      await chat.leaves('gws.chat.complete-after-end', 'Complete');
    });
  });

  test('an invited chat: Reject takes it from the agent', TAGS, async ({ api, contracts, providerStates }) => {
    const client = new GwsClient(api, contracts, AGENT);
    await runClauseScenario(async (ledger) => {
      const chat = await ChatUnderTest.invited(client, providerStates, ledger);
      await chat.leaves('gws.chat.reject', 'Reject');
    });
  });

  test('an accepted chat: Complete ends the session and completes the interaction', TAGS, async ({ api, contracts, providerStates }) => {
    const client = new GwsClient(api, contracts, AGENT);
    await runClauseScenario(async (ledger) => {
      const chat = await ChatUnderTest.invited(client, providerStates, ledger);
      await chat.accept();
      await chat.leaves('gws.chat.complete-ends-session', 'Complete');
      const events = await chat.events();
      await ledger.check('gws.chat.complete-ends-session', () => expect(events.some((e) => e.messageType === 'PARTY_LEFT' && e.userType === 'Client'), `the session has ended (the customer left): ${JSON.stringify(events).slice(0, 400)}`).toBe(true));
    });
  });

  test('an accepted chat: InviteUser brings the other agent into a conference; LeaveConference leaves it to them', TAGS, async ({ api, contracts, providerStates }) => {
    const client = new GwsClient(api, contracts, AGENT);
    await runClauseScenario(async (ledger) => {
      const chat = await ChatUnderTest.invited(client, providerStates, ledger);
      if (chat.otherAgentId === undefined) test.skip(true, `provider state "${CHAT}" names no other agent to invite`);
      await chat.accept();
      await chat.stays('gws.chat.invite-user', 'InviteUser', 'Conference', { agentId: chat.otherAgentId });
      const events = await chat.events();
      await ledger.check('gws.chat.invite-user', () => expect(events.filter((e) => e.messageType === 'PARTY_JOINED' && e.userType === 'Agent').length, `two agents joined the chat: ${JSON.stringify(events).slice(0, 400)}`).toBe(2));
      await chat.leaves('gws.chat.leave-conference', 'LeaveConference');
      const after = await client.call('getInteractionsById', { params: { id: chat.id } });
      await ledger.check('gws.chat.leave-conference', () => expect((after.body.interaction as Json | undefined)?.state, `the chat stays with the other agent: ${told(after)}`).toBe('Accepted'));
    });
  });

  test('chat notifications: Accept brings the history so far, a transcript change is announced, RequestChatHistory sends the history', TAGS, async ({ api, contracts, providerStates, notifications }) => {
    requireNotifications(notifications, ['gws.chat.accept-history', 'gws.chat.transcript-change-notification', 'gws.chat.request-history']);
    const client = new GwsClient(api, contracts, AGENT);
    const probe = await NotificationProbe.open(notifications, AGENT, [INTERACTIONS]);
    const ofChat = (id: string, state: string, minEvents: number) => (data: unknown) => {
      const interaction = interactionOf(data);
      return interaction?.id === id && interaction.state === state && eventsOf(interaction).length >= minEvents;
    };
    await runClauseScenario(async (ledger) => {
      const chat = await ChatUnderTest.invited(client, providerStates, ledger);
      const history = (await chat.events()).length;
      let mark = probe.mark();
      await chat.accept();
      const acceptedWithHistory = await probe.next(INTERACTIONS, ofChat(chat.id, 'Accepted', history + 1), `the Accepted notification of chat ${chat.id} with its ${history} events and the agent's joining`, mark);
      await ledger.check('gws.chat.accept-history', () => {
        if (!arrived(acceptedWithHistory)) throw acceptedWithHistory ?? new Error('no notification session');
      });
      mark = probe.mark();
      await chat.operate('SendMessage', { text: 'Announced?' });
      const changed = await probe.next(INTERACTIONS, ofChat(chat.id, 'PropertiesChanged', history + 2), `the PropertiesChanged notification of chat ${chat.id} after SendMessage`, mark);
      await ledger.check('gws.chat.transcript-change-notification', () => {
        if (!arrived(changed)) throw changed ?? new Error('no notification session');
      });
      mark = probe.mark();
      await chat.operate('RequestChatHistory');
      const sent = await probe.next(INTERACTIONS, (data) => interactionOf(data)?.id === chat.id && eventsOf(interactionOf(data)).some((e) => e.text === 'Announced?'), `the history of chat ${chat.id} after RequestChatHistory`, mark);
      await ledger.check('gws.chat.request-history', () => {
        if (!arrived(sent)) throw sent ?? new Error('no notification session');
      });
      await chat.operate('Complete');
    });
  });
});
