import { isLoopback } from '../../src/harness/net/is-loopback';
import { WebhookReceiver } from '../../src/harness/notifications/webhook-receiver';
import { ClauseLedger } from '../../src/harness/models/clause-ledger';
import { runClauseScenario } from '../../src/harness/models/clause-scenario';
import { checkModelProperty } from '../../src/harness/models/model-property';
import { dixaLifecycleCommands } from '../../src/harness/models/dixa-lifecycle/commands';
import { AnonymizeCommand } from '../../src/harness/models/dixa-lifecycle/commands/anonymize';
import { ClaimCommand } from '../../src/harness/models/dixa-lifecycle/commands/claim';
import { CloseCommand } from '../../src/harness/models/dixa-lifecycle/commands/close';
import { CreateCommand } from '../../src/harness/models/dixa-lifecycle/commands/create';
import { NoteCommand } from '../../src/harness/models/dixa-lifecycle/commands/note';
import { ReopenCommand } from '../../src/harness/models/dixa-lifecycle/commands/reopen';
import { TagCommand } from '../../src/harness/models/dixa-lifecycle/commands/tag';
import { ToggleTagCommand } from '../../src/harness/models/dixa-lifecycle/commands/toggle-tag';
import { TransferCommand } from '../../src/harness/models/dixa-lifecycle/commands/transfer';
import { LIFECYCLE_ACTIONS, UnknownConversationCommand } from '../../src/harness/models/dixa-lifecycle/commands/unknown-conversation';
import type { ConversationFacts, DixaLifecycleModel } from '../../src/harness/models/dixa-lifecycle/lifecycle-model';
import { conversationSeen, type Answer, type DixaLifecycleReal, type LifecycleHooks } from '../../src/harness/models/dixa-lifecycle/lifecycle-real';
import type { ContractRegistry } from '../../src/harness/contracts';
import type { TargetApi } from '../../src/harness/fixtures/target-api';
import type { ProviderStates } from '../../src/harness/fixtures/provider-states';
import type { Exchange } from '../../src/harness/http/exchange';
import type { FamilyTarget } from '../../src/harness/profile/target-profile';
import { test } from '../../src/harness/test';

/**
 * The Dixa conversation lifecycle (003; dixa.conversation-lifecycle and dixa.tag-state in
 * clauses.yaml): create, claim with and without force, transfer to a queue, close, reopen, tags,
 * notes and anonymization, each webhook event the machine names received by a loopback receiver
 * subscribed through the webhook operations and checked against its AsyncAPI message.
 */
const TAGS = { tag: ['@dixa-lifecycle', '@dixa'] };
/** The events the lifecycle and tag machines and the note clause name. */
const EVENTS = ['ConversationCreated', 'ConversationAssigned', 'ConversationTransferred', 'ConversationClosed', 'ConversationOpen', 'ConversationTagAdded', 'ConversationTagRemoved', 'ConversationNoteAdded'] as const;

const answerOf = (exchange: Exchange): Answer => ({ status: exchange.response?.status ?? 0, json: exchange.response?.json, text: exchange.response?.bodyText ?? exchange.error ?? '' });
const dataOf = (answer: Answer) => ((answer.json as { data?: unknown } | undefined)?.data ?? {}) as Record<string, unknown>;

/** Whether a payload mentions the conversation: some value anywhere in it equals the id. */
function mentions(payload: unknown, id: number): boolean {
  if (payload === id || payload === String(id)) return true;
  if (payload === null || typeof payload !== 'object') return false;
  return Object.values(payload as Record<string, unknown>).some((value) => mentions(value, id));
}

interface Fixture {
  readonly real: (ledger: ClauseLedger) => DixaLifecycleReal;
  /** Fresh conversations, tags and facts for one run. */
  readonly freshModel: (real: DixaLifecycleReal) => Promise<DixaLifecycleModel>;
  readonly close: () => Promise<void>;
}

async function openFixture(api: TargetApi, providerStates: ProviderStates, target: FamilyTarget, contracts: ContractRegistry): Promise<Fixture | string> {
  const as = Object.keys(target.credentials).includes('Administrator') ? 'Administrator' : (Object.keys(target.credentials)[0] ?? 'anonymous');
  const send = async (method: string, path: string, operationId: string, body?: unknown, query?: Readonly<Record<string, string | number | boolean>>) =>
    answerOf(await api.send({ method, path, as, operationId, ...(body !== undefined ? { body } : {}), ...(query ? { query } : {}) }));
  const assigned = await providerStates.setUp('an open conversation is assigned to an agent');
  if (!assigned.ok) return assigned.reason;
  const agents = [String(assigned.data.agentId), String(assigned.data.otherAgentId)];
  const queues = ((dataOf(await send('GET', '/v1/queues', 'getQueues')) as unknown as { id?: unknown }[]) ?? []).map((q) => String(q.id)).slice(0, 2);
  if (queues.length === 0) return 'GET /v1/queues lists no queue to transfer conversations to';
  const requester = await providerStates.setUp('end users exist', { count: 1 });
  const endpoints = dataOf(await send('GET', '/v1/contact-endpoints', 'getContactEndpoints', undefined, { _type: 'EmailEndpoint' })) as unknown as { address?: unknown }[];
  const integration = Array.isArray(endpoints) ? endpoints.map((e) => e.address).find((a): a is string => typeof a === 'string') : undefined;
  const requesterId = requester.ok ? (requester.data.userIds as string[] | undefined)?.[0] : undefined;

  // Webhooks: one subscription per event, each to its own path on a loopback receiver.
  const receiver = isLoopback(new URL(target.baseUrl).hostname) ? await WebhookReceiver.start() : undefined;
  const run = Math.random().toString(36).slice(2, 10);
  const subscriptions: string[] = [];
  for (const event of receiver ? EVENTS : []) {
    const made = await send('POST', '/v1/webhooks', 'postWebhooks', { name: `cc-lifecycle ${run} ${event}`, url: receiver!.url(`/${run}/${event}`), events: [event], authorization: { _type: 'NoAuth' } });
    const id = dataOf(made).id;
    if (made.status >= 300 || typeof id !== 'string') {
      await receiver?.close();
      return `subscribing a webhook to ${event} failed (${made.status}: ${made.text.slice(0, 200)})`;
    }
    subscriptions.push(id);
  }
  if (!receiver) test.info().annotations.push({ type: 'not-applicable', description: `webhook deliveries: ${target.baseUrl} is not on this machine, so it cannot reach the loopback receiver; the notification parts of the lifecycle clauses are not judged` });
  const hooks: LifecycleHooks | undefined = receiver && {
    mark: () => receiver.mark(),
    waitFor: async (event, id, after) => (await receiver.waitFor(`of ${event} about conversation ${id}`, (d) => d.path === `/${run}/${event}` && mentions(d.json, id), { after })).json,
    seen: (event, id, after) => receiver.deliveries((d) => d.path === `/${run}/${event}` && mentions(d.json, id), after).map((d) => d.json),
    invalidPayload: (event, payload) => {
      const message = contracts.message('dixa', event);
      return message.validate(payload) ? undefined : JSON.stringify(message.validate.errors?.slice(0, 3));
    },
  };
  const real = (ledger: ClauseLedger): DixaLifecycleReal => ({
    ledger,
    lifecycle: contracts.stateMachine('dixa.conversation-lifecycle'),
    tagMachine: contracts.stateMachine('dixa.tag-state'),
    ...(hooks ? { hooks } : {}),
    send,
    conversation: async (id) => conversationSeen(await send('GET', `/v1/conversations/${id}`, 'getConversationsByConversationId')),
    create: () => send('POST', '/v1/conversations', 'postConversations', { requesterId, emailIntegrationId: integration, subject: 'Where is my order?', message: { content: { _type: 'Text', value: 'Hello, my order has not arrived.' } } }),
  });
  const factsOf = async (r: DixaLifecycleReal, id: number): Promise<ConversationFacts> => {
    const seen = await r.conversation(id);
    return { id, state: seen.state === 'Closed' ? 'Closed' : 'Open', ...(seen.assignee ? { assignee: seen.assignee } : {}), ...(seen.queueId ? { queueId: seen.queueId } : {}), tags: new Set(), anonymized: false };
  };
  const idOf = async (state: string, params: Record<string, unknown> = {}) => {
    const made = await providerStates.setUp(state, params);
    if (!made.ok) throw new Error(made.reason);
    return Number(made.data.conversationId);
  };
  const tagOf = async (state: 'Active' | 'Inactive') => {
    const made = await providerStates.setUp('a tag exists in state', { state });
    if (!made.ok) throw new Error(made.reason);
    return String(made.data.tagId);
  };
  const freshModel = async (r: DixaLifecycleReal): Promise<DixaLifecycleModel> => ({
    conversations: await Promise.all([await idOf('a conversation exists in state', { state: 'Open' }), await idOf('a conversation exists in state', { state: 'Closed' }), await idOf('an open conversation is assigned to an agent')].map((id) => factsOf(r, id))),
    tags: new Map([
      [await tagOf('Active'), 'Active'],
      [await tagOf('Inactive'), 'Inactive'],
    ]),
    agents,
    queues,
    canCreate: requesterId !== undefined && integration !== undefined,
    destructive: target.allowDestructive,
  });
  const close = async () => {
    for (const id of subscriptions) {
      if (target.allowDestructive) await send('DELETE', `/v1/webhooks/${id}`, 'deleteWebhooksByWebhookSubscriptionId');
      else await send('PATCH', `/v1/webhooks/${id}`, 'patchWebhooksByWebhookSubscriptionId', { enabled: false });
    }
    await receiver?.close();
  };
  return { real, freshModel, close };
}

test.describe('Dixa conversation lifecycle', () => {
  test('Dixa walkthrough: create, claim, take over, transfer, tag, note, close, reopen in the same queue, illegal moves refused, anonymize', TAGS, async ({ api, providerStates, target, contracts }) => {
    const fixture = await openFixture(api, providerStates, target, contracts);
    test.skip(typeof fixture === 'string', typeof fixture === 'string' ? fixture : '');
    const { real, freshModel, close } = fixture as Fixture;
    try {
      await runClauseScenario(async (ledger) => {
        const context = real(ledger);
        const fresh = await freshModel(context);
        // The scenario follows one conversation: a created one when the target lets us, else the provider state's Open one.
        const model: DixaLifecycleModel = { ...fresh, conversations: fresh.canCreate ? [] : fresh.conversations.slice(0, 1) };
        if (model.canCreate) await new CreateCommand().run(model, context);
        if (model.conversations[0]?.assignee === model.agents[0]) await new ClaimCommand(0, 1, true).run(model, context);
        const steps = [
          new ClaimCommand(0, 0, false),
          new ClaimCommand(0, 1, false),
          new ClaimCommand(0, 1, true),
          new TransferCommand(0, 1),
          new TagCommand(0, 0, false),
          new NoteCommand(0),
          new CloseCommand(0),
          new TransferCommand(0, 0),
          new ClaimCommand(0, 0, true),
          new NoteCommand(0),
          new ReopenCommand(0),
          new ReopenCommand(0),
          new TagCommand(0, 1, false),
          new ToggleTagCommand(0),
          new TagCommand(0, 0, true),
          new ToggleTagCommand(0),
          new ToggleTagCommand(1),
          new TagCommand(0, 1, false),
          new CloseCommand(0),
          ...LIFECYCLE_ACTIONS.map((action) => new UnknownConversationCommand(action)),
        ];
        for (const step of steps) if (step.check(model)) await step.run(model, context);
        if (model.destructive) {
          await new AnonymizeCommand(0, false).run({ ...model, conversations: fresh.conversations.slice(0, 1) }, context);
          await new AnonymizeCommand(0, true).run({ ...model, conversations: fresh.conversations.slice(0, 1) }, context);
          await new AnonymizeCommand(0, false).run(model, context);
        }
      });
    } finally {
      await close();
    }
  });

  test('Dixa lifecycle model: random sequences of claims, transfers, closes, reopens, tags, notes and anonymizations', TAGS, async ({ api, providerStates, target, contracts }) => {
    const fixture = await openFixture(api, providerStates, target, contracts);
    test.skip(typeof fixture === 'string', typeof fixture === 'string' ? fixture : '');
    const { real, freshModel, close } = fixture as Fixture;
    const ledger = new ClauseLedger();
    try {
      await checkModelProperty<DixaLifecycleModel, DixaLifecycleReal>({
        name: 'Every lifecycle move lands where the state machine says, with its webhook event, and illegal moves change nothing',
        ledger,
        commands: dixaLifecycleCommands(10),
        numRuns: 12,
        setup: async () => {
          const context = real(ledger);
          return { model: await freshModel(context), real: context };
        },
      });
    } finally {
      await close();
    }
  });
});
