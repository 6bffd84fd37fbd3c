/**
 * Errors of the harness's own infrastructure. They mean "could not test", never "the target
 * does not conform", so that a dead target is reported as such and not as a conformance failure.
 */
export class TargetUnreachableError extends Error {
  readonly code = 'CC_TARGET_UNREACHABLE';

  constructor(readonly url: string, cause: string) {
    super(`target unreachable: ${url}: ${cause}`);
    this.name = 'TargetUnreachableError';
  }
}

export class TargetTimeoutError extends Error {
  readonly code = 'CC_TARGET_TIMEOUT';

  constructor(readonly url: string, readonly timeoutMs: number) {
    super(`no response from ${url} within ${timeoutMs} ms`);
    this.name = 'TargetTimeoutError';
  }
}

export class ResponseTooLargeError extends Error {
  readonly code = 'CC_RESPONSE_TOO_LARGE';

  constructor(readonly url: string, readonly limitBytes: number) {
    super(`response from ${url} exceeds ${limitBytes} bytes`);
    this.name = 'ResponseTooLargeError';
  }
}
