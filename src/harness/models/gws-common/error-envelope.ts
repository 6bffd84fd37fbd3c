import { expect } from '@playwright/test';
import type { ClauseLedger } from '../clause-ledger';
import { told, type GwsAnswer } from './gws-client';

/**
 * The error envelope of a refused operation ("All Methods"): a statusMessage next to the non-zero
 * statusCode, and no other attribute. Checked only on answers that carry statusCode: the
 * {"status": "error", "errorDescription": ...} variant of the examples is judged by
 * gws.sm-status-ok-envelope, not here.
 */
export async function checkErrorEnvelope(ledger: ClauseLedger, answer: GwsAnswer): Promise<void> {
  const body = answer.body;
  if (typeof body.statusCode !== 'number' || body.statusCode === 0) return;
  await ledger.check('gws.envelope.error-has-status-message', () => {
    expect(typeof body.statusMessage === 'string' && body.statusMessage.length > 0, `a statusMessage describes the error: ${told(answer)}`).toBe(true);
  });
  await ledger.check('gws.envelope.error-only-code-and-message', () => {
    expect(Object.keys(body).filter((k) => k !== 'statusCode' && k !== 'statusMessage'), `no attribute besides statusCode and statusMessage: ${told(answer)}`).toEqual([]);
  });
}
