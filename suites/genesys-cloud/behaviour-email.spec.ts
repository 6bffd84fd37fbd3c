import { checkClause } from '../../src/harness/checks/clause-check';
import { expect, test } from '../../src/harness/test';
import { bodyOf, is2xx, statusOf, told } from '../generic/behaviour-support';
import { agent, externalEmail, rejects, TAGS } from './behaviour-gc';

/**
 * E-mail conversations created through the API (001, genesys_conversations_create_email and the
 * inbound-message tool): required provider, direction values, the reserved native provider,
 * externalContactId only outbound, flowId and queueId exclusive, inbound e-mails chained.
 */
const EMAILS = 'postConversationsEmails';

test.describe('genesys-cloud e-mail creation', () => {
  test('creating an e-mail conversation: provider, direction, externalContactId, flowId or queueId', TAGS, async ({ api, contracts, target }) => {
    const gc = agent(api, contracts, target);
    await checkClause('gc.input.email-provider-required', () => rejects(gc, { 'without provider': { operationId: EMAILS, body: { direction: 'INBOUND', fromAddress: 'a@example.org' } } }));
    await checkClause('gc.email.direction-values', () => rejects(gc, { 'direction SIDEWAYS': { operationId: EMAILS, body: { provider: 'Partner Mail', direction: 'SIDEWAYS' } } }));
    await checkClause('gc.email.external-contact-outbound-only', () => rejects(gc, { 'externalContactId with direction INBOUND': { operationId: EMAILS, body: { provider: 'Partner Mail', direction: 'INBOUND', externalContactId: 'x1' } } }));
    await checkClause('gc.exclusive.flow-queue-create-email', () => rejects(gc, { 'flowId with queueId': { operationId: EMAILS, body: { provider: 'Partner Mail', flowId: 'f1', queueId: 'q1' } } }));
    await checkClause('gc.email.provider-reserved', async () => {
      const reserved = await gc.call({ operationId: EMAILS, body: { provider: 'PureCloud Email', direction: 'INBOUND', fromAddress: 'a@example.org' } });
      expect(statusOf(reserved) >= 400 && statusOf(reserved) < 500, `an INBOUND conversation with the provider "PureCloud Email": ${told(reserved)}`).toBe(true);
    });
  });

  test('an agentless e-mail needs fromAddress, senderType and toAddresses', TAGS, async ({ api, contracts, target }) => {
    const gc = agent(api, contracts, target);
    const complete = { fromAddress: { email: 'noreply@example.com' }, senderType: 'Outbound', toAddresses: [{ email: 'dan@example.org' }], subject: 'Receipt', textBody: 'Thanks' };
    const without = (name: keyof typeof complete) => ({ operationId: 'postConversationsEmailsAgentless', body: Object.fromEntries(Object.entries(complete).filter(([key]) => key !== name)) });
    await checkClause('gc.input.agentless-email-required', () => rejects(gc, { 'without senderType': without('senderType'), 'without fromAddress': without('fromAddress'), 'without toAddresses': without('toAddresses') }));
  });

  test('an inbound e-mail to an external conversation: provider required, flowId or queueId, chained to the conversation', TAGS, async ({ api, contracts, target, providerStates }) => {
    const gc = agent(api, contracts, target);
    const { conversationId, provider, customerAddress } = await externalEmail(providerStates);
    const inbound = (body: Record<string, unknown>) => ({ operationId: 'postConversationsEmailInboundmessages', params: { conversationId }, body });
    const messages = async () => {
      const listed = await gc.call({ operationId: 'getConversationsEmailMessages', params: { conversationId } });
      expect(statusOf(listed), told(listed)).toBe(200);
      const entities: unknown = bodyOf(listed).entities;
      return Array.isArray(entities) ? entities.length : -1;
    };

    await checkClause('gc.input.email-provider-required', () => rejects(gc, { 'an inbound e-mail without provider': inbound({ fromAddress: customerAddress, subject: 'Follow-up' }) }));
    await checkClause('gc.exclusive.flow-queue-inbound-message', () => rejects(gc, { 'an inbound e-mail with flowId and queueId': inbound({ provider, flowId: 'f1', queueId: 'q1' }) }));
    await checkClause('gc.email.inbound-chained', async () => {
      const before = await messages();
      const sent = await gc.call(inbound({ provider, fromAddress: customerAddress, subject: 'Follow-up' }));
      expect(is2xx(sent), told(sent)).toBe(true);
      expect(await messages(), 'messages of the external conversation after one inbound e-mail').toBe(before + 1);
    });
  });
});
