import type { AsyncCommand } from 'fast-check';
import { expect } from '@playwright/test';
import { checkErrorEnvelope } from '../../gws-common/error-envelope';
import { refused, told } from '../../gws-common/gws-client';
import { checkChannels } from '../agent-checks';
import type { AgentModel } from '../agent-model';
import type { AgentReal } from '../agent-real';

/**
 * Ready on a channel the agent does not have: refused, no channel changes
 * (gws.agent-state.unknown-channel), with statusCode 6 for the missing resource
 * (gws.negative.not-found) in the error envelope.
 */
export class UnknownChannelCommand implements AsyncCommand<AgentModel, AgentReal> {
  check(): boolean {
    return true;
  }

  async run(model: AgentModel, real: AgentReal): Promise<void> {
    const clause = 'gws.agent-state.unknown-channel';
    const channel = 'no-such-channel';
    const answer = await real.client.call('postMeChannelsByChannelId', { params: { channelId: channel }, body: { operationName: 'Ready' } });
    await real.ledger.check(clause, () => expect(refused(answer), `Ready on channel ${channel} is refused: ${told(answer)}`).toBe(true));
    await checkChannels(real, model, clause, `the refused Ready on ${channel}`);
    await real.ledger.check('gws.negative.not-found', () => expect(answer.body.statusCode, `an unknown channel is statusCode 6 (not found): ${told(answer)}`).toBe(6));
    await checkErrorEnvelope(real.ledger, answer);
  }

  toString(): string {
    return 'Ready(unknown channel)';
  }
}
