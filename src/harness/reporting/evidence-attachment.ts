import type { Family } from '../contracts';
import type { Exchange } from '../http/exchange';
import type { Redactor } from '../http/redactor';
import { recordExchange } from './recorded-exchange';
import type { OperationSeen, RecordedExchange } from './record-types';

/** The attachment every harness test carries, which the conformance reporter reads. */
export const EVIDENCE_ATTACHMENT = 'conformance-evidence.json';
export const EVIDENCE_CONTENT_TYPE = 'application/vnd.cc-conformance.evidence+json';

/** Annotation types a property-based test adds so that its failure can be replayed. */
export const SEED_ANNOTATION = 'seed';
export const PATH_ANNOTATION = 'path';

export interface EvidenceAttachment {
  readonly version: 1;
  /** The profile the test ran against. */
  readonly target: string;
  readonly family: Family;
  /** Every operation called and the status that came back (coverage), for every test. */
  readonly operations: readonly OperationSeen[];
  /** The exchanges in full, only when the test did not end as expected. */
  readonly exchanges: readonly RecordedExchange[];
}

/**
 * Builds a test's evidence from its exchanges. The client has redacted them already; the
 * redactor runs once more over the result, so that nothing in a report can carry a secret even
 * if a test built an exchange by hand.
 */
export function evidenceAttachment(options: { target: string; family: Family; exchanges: readonly Exchange[]; failed: boolean; redactor: Redactor }): EvidenceAttachment {
  const operations = options.exchanges.filter((e) => e.operationId).map((e) => ({ operationId: e.operationId!, status: e.response?.status ?? ('error' as const) }));
  const exchanges = options.failed ? options.exchanges.map((e) => recordExchange(e)) : [];
  return { version: 1, target: options.target, family: options.family, operations, exchanges: options.redactor.json(exchanges) as RecordedExchange[] };
}
