import type { ReferenceRequest } from '../http/reference-types';
import { badRequest, DixaError } from './responses';

/** The BulkError variant a failed item reports (NotFound is NotFound1 in the contract). */
export type BulkErrorKind = 'EmptyPatchSet' | 'Integrity' | 'NotFound' | 'Validation';

/** A per-item failure; a DixaError thrown by an item maps to the variant of its status. */
export class BulkItemError extends Error {
  constructor(readonly kind: BulkErrorKind, message: string) {
    super(message);
  }
}

const KIND_OF_STATUS: Record<DixaError['status'], BulkErrorKind> = { 400: 'Validation', 404: 'NotFound', 409: 'Integrity' };

export type BulkOutcome<R> = { data: R } | { error: { _type: BulkErrorKind; id?: string; message?: string; reason?: string } };

/**
 * Applies `apply` to each item in order and answers one outcome per item, so that one failing
 * item does not fail the request (dixa.envelope.bulk-outcomes).
 */
export function bulkOutcomes<I, R>(request: ReferenceRequest, items: readonly I[], idOf: (item: I) => string | undefined, apply: (item: I) => R): BulkOutcome<R>[] {
  // the notes bulk answers to its own clause (dixa.notes.bulk-per-item), so the fault leaves it alone
  const faulty = request.faults.has('dixa-bulk-item-error-fails-request') && request.operation.operationId !== 'postConversationsByConversationIdNotesBulk';
  const outcomes = items.map((item): BulkOutcome<R> => {
    try {
      return { data: apply(item) };
    } catch (error) {
      if (!(error instanceof BulkItemError) && !(error instanceof DixaError)) throw error;
      const kind = error instanceof BulkItemError ? error.kind : KIND_OF_STATUS[error.status];
      const id = idOf(item);
      // Breaks dixa.envelope.bulk-error-shapes: the error's text is under reason, with no message.
      if (request.faults.has('dixa-bulk-error-reason-field')) return { error: { _type: kind, ...(id === undefined ? {} : { id }), reason: error.message } };
      return { error: { _type: kind, ...(id === undefined ? {} : { id }), message: error.message } };
    }
  });
  const failed = outcomes.find((o) => 'error' in o);
  if (faulty && failed && 'error' in failed) throw badRequest(failed.error.message ?? failed.error.reason ?? 'an item failed');
  return outcomes;
}
