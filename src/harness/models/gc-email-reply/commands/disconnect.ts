import type { AsyncCommand } from 'fast-check';
import { expect } from '@playwright/test';
import type { EmailReplyModel } from '../reply-model';
import { communicationPath, communicationStates, EMAILS, type EmailReplyReal } from '../reply-real';

/**
 * Disconnects the agent's communication after the reply (gc.email-draft.disconnect; its wrap-up
 * is not changed by a wrap-up sent along, gc.state.communication-no-wrapup-update), or the whole
 * conversation (gc.email-draft.disconnect-all). Both are x-destructive.
 */
export class DisconnectCommand implements AsyncCommand<EmailReplyModel, EmailReplyReal> {
  constructor(readonly scope: 'communication' | 'conversation') {}

  check(model: Readonly<EmailReplyModel>): boolean {
    if (!model.destructive) return false;
    if (this.scope === 'communication') return model.phase === 'ReplySent' || model.phase === 'WrappedUp';
    return model.phase !== 'AgentDisconnected' && model.phase !== 'Disconnected';
  }

  async run(model: EmailReplyModel, real: EmailReplyReal): Promise<void> {
    const { ids } = real;
    if (this.scope === 'conversation') {
      const answer = await real.send('PATCH', `${EMAILS}/${ids.conversationId}`, 'patchConversationsEmail', { state: 'disconnected' });
      const states = await communicationStates(real);
      await real.ledger.check('gc.email-draft.disconnect-all', () => {
        expect(answer.status, `disconnect the conversation: ${answer.text.slice(0, 200)}`).toBeLessThan(300);
        expect({ agent: states[ids.participantId], customer: states[ids.customerParticipantId] }, 'every participant is disconnected').toEqual({ agent: ['disconnected'], customer: ['disconnected'] });
      });
      model.phase = 'Disconnected';
      return;
    }
    const other = real.wrapupCodes.find((code) => code !== model.wrapup);
    const answer = await real.send('PATCH', communicationPath(ids), 'patchConversationsEmailParticipantCommunication', { state: 'disconnected', ...(model.wrapup && other ? { wrapup: { code: other } } : {}) });
    const states = await communicationStates(real);
    await real.ledger.check('gc.email-draft.disconnect', () => {
      expect(answer.status, `disconnect the agent's communication: ${answer.text.slice(0, 200)}`).toBeLessThan(300);
      expect(states[ids.participantId], "the agent's communication is disconnected").toEqual(['disconnected']);
    });
    if (model.wrapup && other) {
      const read = await real.send('GET', `${communicationPath(ids)}/wrapup`, 'getConversationsEmailParticipantCommunicationWrapup');
      await real.ledger.check('gc.state.communication-no-wrapup-update', () => expect((read.json as { code?: unknown } | undefined)?.code, 'the wrap-up sent with the disconnect is not applied').toBe(model.wrapup));
    }
    model.phase = 'AgentDisconnected';
  }

  toString(): string {
    return `disconnect(${this.scope})`;
  }
}
