/** One HTTP request and what came back: the record every check and every report reads. */
export interface Exchange {
  readonly id: number;
  readonly startedAt: string;
  readonly durationMs: number;
  /** Role whose credentials were used; undefined for an anonymous request. */
  readonly role?: string;
  readonly operationId?: string;
  readonly request: {
    readonly method: string;
    readonly url: string;
    /** Already redacted. */
    readonly headers: Readonly<Record<string, string>>;
    readonly body?: unknown;
  };
  readonly response?: {
    readonly status: number;
    readonly headers: Readonly<Record<string, string>>;
    readonly bodyText: string;
    /** Parsed when the body is JSON; undefined otherwise. */
    readonly json?: unknown;
  };
  /** Set when no response came (unreachable, timeout). */
  readonly error?: string;
}
