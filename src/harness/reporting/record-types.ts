/**
 * The conformance record: the one result of a run that every view (JSON, HTML, Markdown) and the
 * gate read. Its JSON Schema is contracts/_meta/conformance-record.schema.json; a change to
 * these types that changes the JSON bumps RECORD_SCHEMA_VERSION and the schema together.
 */
import type { ClauseKind, ClauseLevel, Family, SourceRef } from '../contracts';

export const RECORD_SCHEMA_VERSION = 1;

export const VERDICTS = ['pass', 'fail', 'waived', 'inconclusive', 'skipped', 'unchecked'] as const;
/** `unchecked`: no test checked the clause in this run; it is not a pass. */
export type Verdict = (typeof VERDICTS)[number];

export const LEVELS: readonly ClauseLevel[] = ['MUST', 'SHOULD', 'MAY'];

export type TestStatus = 'passed' | 'failed' | 'timedOut' | 'skipped' | 'interrupted' | 'notRun';

/** An exchange as the record keeps it: redacted, bodies cut to a readable size. */
export interface RecordedExchange {
  readonly operationId?: string;
  readonly role?: string;
  readonly request: { readonly method: string; readonly url: string; readonly headers: Readonly<Record<string, string>>; readonly body?: string };
  readonly response?: { readonly status: number; readonly headers: Readonly<Record<string, string>>; readonly body: string };
  readonly error?: string;
  /** A copy-pasteable reproduction; credentials appear as `<redacted>`. */
  readonly curl: string;
}

/** What the builder needs of one test: the reporter turns a Playwright TestCase into this. */
export interface TestOutcome {
  readonly id: string;
  readonly project: string;
  readonly file: string;
  /** Describe titles and the test title, joined with ` › `. */
  readonly title: string;
  readonly status: TestStatus;
  readonly durationMs: number;
  readonly clausesChecked: readonly string[];
  readonly clausesFailed: readonly string[];
  /** Clauses the test declares it would check (`clause-planned`), known even when it is skipped. */
  readonly clausesPlanned: readonly string[];
  readonly skipReason?: string;
  readonly notApplicable: readonly string[];
  readonly error?: string;
  readonly seed?: string;
  readonly path?: string;
  /** `operationId status` pairs the test exercised (coverage). */
  readonly operationsSeen: readonly { readonly operationId: string; readonly status: number | 'error' }[];
  /** Exchanges attached as evidence (failing tests only), already in record form. */
  readonly exchanges: readonly RecordedExchange[];
}

export interface FailureEvidence {
  readonly test: string;
  readonly project: string;
  readonly error?: string;
  readonly seed?: string;
  readonly path?: string;
  readonly exchanges: readonly RecordedExchange[];
}

export interface ClauseResult {
  readonly id: string;
  readonly family: Family;
  readonly level: ClauseLevel;
  readonly kind: ClauseKind;
  readonly statement: string;
  readonly source: SourceRef;
  readonly verdict: Verdict;
  /** Why, for every verdict but pass and fail. */
  readonly reason?: string;
  /** The waiver that turned a failure into `waived`, or that is no longer needed. */
  readonly waiver?: WaiverRef;
  readonly evidence: { readonly tests: readonly string[]; readonly failures: readonly FailureEvidence[] };
}

export interface WaiverRef {
  readonly file: string;
  readonly index: number;
  readonly reason: string;
  readonly link: string;
  readonly expires: string;
}

export type WaiverStatus = 'applied' | 'no-longer-needed' | 'not-exercised' | 'other-target';

export interface WaiverUse extends WaiverRef {
  readonly clause?: string;
  readonly check?: string;
  readonly target: string;
  readonly status: WaiverStatus;
  readonly clauses: readonly string[];
}

export interface LevelSummary {
  readonly total: number;
  /** Verdict → count. */
  readonly verdicts: Readonly<Record<Verdict, number>>;
  /** passed / checked, where checked counts clauses with a conclusive result: pass, fail, waived. */
  readonly score: { readonly passed: number; readonly checked: number };
}

export interface RecordSummary {
  readonly clauses: number;
  readonly verdicts: Readonly<Record<Verdict, number>>;
  readonly levels: Readonly<Record<ClauseLevel, LevelSummary>>;
  readonly tests: Readonly<Record<TestStatus, number>>;
  readonly waiversNoLongerNeeded: number;
}

export interface OperationCoverage {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly exercised: boolean;
  /** Status codes seen, ascending; `error` when no response came. */
  readonly statuses: readonly (number | 'error')[];
}

export interface FamilyCoverage {
  readonly family: Family;
  readonly operationsTotal: number;
  readonly operationsExercised: number;
  readonly operations: readonly OperationCoverage[];
}

export interface TestRecord {
  readonly title: string;
  readonly project: string;
  readonly file: string;
  readonly status: TestStatus;
  readonly durationMs: number;
  readonly clausesChecked: readonly string[];
  readonly clausesFailed: readonly string[];
  readonly skipReason?: string;
  readonly notApplicable?: readonly string[];
  readonly error?: string;
}

export interface ConformanceRecord {
  readonly schemaVersion: typeof RECORD_SCHEMA_VERSION;
  readonly target: string;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly summary: RecordSummary;
  readonly clauses: readonly ClauseResult[];
  readonly coverage: readonly FamilyCoverage[];
  readonly tests: readonly TestRecord[];
  readonly waivers: readonly WaiverUse[];
}
