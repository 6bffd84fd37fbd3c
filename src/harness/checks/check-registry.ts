import { forbiddenRoleRejected, invalidCredentialsRejected, missingCredentialsRejected } from './auth-checks';
import { envelopeErrorOnlyCodeAndMessage, envelopeStatusCodePresent, envelopeStatusCodeRange, envelopeSuccessWithoutMessage, errorBodyShape } from './envelope-checks';
import type { ExchangeCheck } from './exchange-check';
import { invalidInputRejected, noServerError, validInputAccepted } from './input-checks';
import { createdResourceReadable, deletedResourceGone, deletedResourceUnlisted } from './lifecycle-checks';
import { contentTypeDocumented, responseSchemaConformance, statusCodeDocumented } from './response-checks';

/**
 * The check functions, by their catalogue id (check-catalogue.yaml says what each proves and
 * under which clause), in the order a case is judged: who may call first (a case whose caller
 * should have been refused is judged no further), then the response; a property reports the
 * first failing check of its smallest case.
 */
export const CHECK_FUNCTIONS: Readonly<Record<string, ExchangeCheck>> = {
  missing_credentials_rejected: missingCredentialsRejected,
  invalid_credentials_rejected: invalidCredentialsRejected,
  forbidden_role_rejected: forbiddenRoleRejected,
  no_server_error: noServerError,
  status_code_documented: (c) => statusCodeDocumented(c.contracts, c.operation, c.exchange),
  content_type_documented: (c) => contentTypeDocumented(c.contracts, c.operation, c.exchange),
  error_body_shape: errorBodyShape,
  response_schema_conformance: (c) => responseSchemaConformance(c.contracts, c.operation, c.exchange),
  envelope_status_code_present: envelopeStatusCodePresent,
  envelope_status_code_range: envelopeStatusCodeRange,
  envelope_success_without_message: envelopeSuccessWithoutMessage,
  envelope_error_only_code_and_message: envelopeErrorOnlyCodeAndMessage,
  invalid_input_rejected: invalidInputRejected,
  valid_input_accepted: validInputAccepted,
  created_resource_readable: createdResourceReadable,
  deleted_resource_gone: deletedResourceGone,
  deleted_resource_unlisted: deletedResourceUnlisted,
};

/** The checks that judge whether the caller may call the operation at all. */
export const CALLER_CHECKS: ReadonlySet<string> = new Set(['missing_credentials_rejected', 'invalid_credentials_rejected', 'forbidden_role_rejected']);

/** Thrown for a check name the configuration asks for that no check has. */
export class UnknownCheckError extends Error {
  readonly code = 'CC_UNKNOWN_CHECK';

  constructor(readonly names: readonly string[], known: readonly string[]) {
    super(`unknown check${names.length > 1 ? 's' : ''} ${names.map((n) => `"${n}"`).join(', ')}; known checks: ${known.join(', ')}`);
    this.name = 'UnknownCheckError';
  }
}

/**
 * The checks a run uses: all of them, or the comma-separated names configured (CC_CHECKS). A
 * name no check has is an error, never silently ignored.
 */
export function selectChecks(configured: string | undefined, known: readonly string[] = Object.keys(CHECK_FUNCTIONS)): string[] {
  if (configured === undefined || configured.trim() === '') return [...known];
  const names = configured.split(',').map((n) => n.trim()).filter(Boolean);
  const unknown = names.filter((n) => !known.includes(n));
  if (unknown.length > 0) throw new UnknownCheckError(unknown, known);
  return known.filter((n) => names.includes(n));
}
