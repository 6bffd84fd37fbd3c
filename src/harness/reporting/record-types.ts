/**
 * The conformance record: the one result of a run that every view (JSON, HTML, Markdown) and the
 * gate read. Its JSON Schema is conformance-record.schema.json next to this file; a change to
 * these types that changes the JSON bumps RECORD_SCHEMA_VERSION and the schema together.
 */
import type { ClauseKind, ClauseLevel, Family, SourceRef } from '../contracts';

export const RECORD_SCHEMA_VERSION = 1;

export const VERDICTS = ['pass', 'fail', 'waived', 'inconclusive', 'skipped', 'unchecked'] as const;
/**
 * `waived`: failed, and a waiver in force accepts it. `inconclusive`: checked only by tests that
 * ended in an error no clause was blamed for (target down, timeout). `skipped`: every test that
 * would check it was skipped, with the reason. `unchecked`: no test checked it in this run; never
 * a pass.
 */
export type Verdict = (typeof VERDICTS)[number];

export const LEVELS: readonly ClauseLevel[] = ['MUST', 'SHOULD', 'MAY'];

export const TEST_STATUSES = ['passed', 'failed', 'timedOut', 'skipped', 'interrupted'] as const;
export type TestStatus = (typeof TEST_STATUSES)[number];

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

/** One operation call a test made, for coverage: the status that came back, or `error`. */
export interface OperationSeen {
  readonly operationId: string;
  readonly status: number | 'error';
}

/** What the record builder needs of one test: the reporter turns a Playwright TestCase into this. */
export interface TestOutcome {
  readonly id: string;
  readonly project: string;
  readonly file: string;
  /** Describe titles and the test title, joined with ` › `. */
  readonly title: string;
  readonly status: TestStatus;
  readonly durationMs: number;
  /** The family the test's project checks, when known. */
  readonly family?: Family;
  /** The profile name the test ran against (from its evidence), when known. */
  readonly target?: string;
  readonly clausesChecked: readonly string[];
  readonly clausesFailed: readonly string[];
  /** Clauses the test declares it would check (`clause-planned` annotations), known even when it is skipped. */
  readonly clausesPlanned: readonly string[];
  readonly skipReason?: string;
  /** `not-applicable` annotations: checks the family is not held to, with why. */
  readonly notApplicable: readonly string[];
  readonly error?: string;
  /** Property-based tests: the fast-check seed and path that replay the failure. */
  readonly seed?: string;
  readonly path?: string;
  readonly operationsSeen: readonly OperationSeen[];
  /** Exchanges attached as evidence (tests that did not end as expected), in record form. */
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

export interface WaiverRef {
  readonly file: string;
  /** Position in the file's `waivers` list, from 0. */
  readonly index: number;
  readonly reason: string;
  readonly link: string;
  readonly expires: string;
}

export interface ClauseResult {
  readonly id: string;
  readonly family: Family;
  readonly level: ClauseLevel;
  readonly kind: ClauseKind;
  readonly statement: string;
  /** The document and section the clause comes from (its `source`, the contracts' x-source). */
  readonly source: SourceRef;
  readonly verdict: Verdict;
  /** Why, for every verdict but pass and fail. */
  readonly reason?: string;
  /** The catalogue checks that prove this clause. */
  readonly checks: readonly string[];
  /** The waiver that turned a failure into `waived`, or that is no longer needed. */
  readonly waiver?: WaiverRef;
  readonly evidence: {
    /** Titles of the tests that checked the clause (`project › title`). */
    readonly tests: readonly string[];
    readonly failures: readonly FailureEvidence[];
  };
}

/** A catalogue check in one family: the verdict of the clauses it proves there. */
export interface CheckResult {
  readonly id: string;
  readonly family: Family;
  readonly severity: string;
  readonly clauses: readonly string[];
  readonly verdict: Verdict;
}

export type WaiverStatus = 'applied' | 'no-longer-needed' | 'not-exercised' | 'other-target';

export interface WaiverUse extends WaiverRef {
  readonly clause?: string;
  readonly check?: string;
  readonly target: string;
  readonly status: WaiverStatus;
  /** The clauses the waiver covers in this run's families. */
  readonly clauses: readonly string[];
}

export type VerdictCounts = Readonly<Record<Verdict, number>>;

export interface LevelSummary {
  readonly total: number;
  readonly verdicts: VerdictCounts;
  /** passed / checked, where checked counts clauses with a conclusive result: pass, fail, waived. */
  readonly score: { readonly passed: number; readonly checked: number };
}

export interface RecordSummary {
  readonly clauses: number;
  readonly verdicts: VerdictCounts;
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
  /** Status codes the contract documents (`200`, `4XX`, `default`). */
  readonly documented: readonly string[];
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
  /** The profile name (or names, comma-separated) the run was against. */
  readonly target: string;
  readonly startedAt: string;
  readonly finishedAt: string;
  /** Families whose projects were part of the run; only their clauses are listed. */
  readonly families: readonly Family[];
  readonly summary: RecordSummary;
  readonly clauses: readonly ClauseResult[];
  readonly checks: readonly CheckResult[];
  readonly coverage: readonly FamilyCoverage[];
  readonly tests: readonly TestRecord[];
  readonly waivers: readonly WaiverUse[];
  /** Problems with the run itself (a waiver file that does not load, a clause id no contract defines). */
  readonly problems: readonly string[];
}
