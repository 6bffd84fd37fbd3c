import { readFileSync } from 'node:fs';
import type { TestCase, TestResult } from '@playwright/test/reporter';
import { CLAUSE_CHECKED, CLAUSE_FAILED } from '../checks/clause-check';
import { EVIDENCE_ATTACHMENT, PATH_ANNOTATION, SEED_ANNOTATION, type EvidenceAttachment } from './evidence-attachment';
import type { TestOutcome } from './record-types';

/** Annotation a test may carry (in its details) to name the clauses it would check, so that a skip is traced to them. */
export const CLAUSE_PLANNED = 'clause-planned';
export const NOT_APPLICABLE = 'not-applicable';

type Annotation = { type: string; description?: string };

/** Removes terminal colour codes from Playwright's error text. */
export function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}

/**
 * One Playwright test result as the record builder sees it: the clause annotations, the skip
 * reason, the error, and the harness's evidence attachment (read at once: under merge-reports
 * the attachment is a temporary file).
 */
export function testOutcome(test: TestCase, result: TestResult): TestOutcome {
  const annotations: Annotation[] = [...test.annotations, ...result.annotations];
  const of = (type: string) => [...new Set(annotations.filter((a) => a.type === type && a.description).map((a) => a.description!))];
  const [, project = '', file = '', ...titles] = test.titlePath();
  const evidence = readEvidence(result);
  const error = result.errors.length > 0 ? stripAnsi(result.errors.map((e) => e.message ?? e.value ?? '').join('\n')) : undefined;
  const replay = error ? /seed:\s*(-?\d+),\s*path:\s*"([^"]*)"/.exec(error) : null;
  const seed = of(SEED_ANNOTATION)[0] ?? replay?.[1];
  const path = of(PATH_ANNOTATION)[0] ?? replay?.[2];
  const skipReason = result.status === 'skipped' ? (annotations.find((a) => a.type === 'skip' || a.type === 'fixme')?.description ?? 'skipped without a reason') : undefined;
  return {
    id: test.id,
    project: test.parent.project()?.name ?? project,
    file,
    title: titles.join(' › '),
    status: result.status,
    durationMs: result.duration,
    ...(evidence?.family ? { family: evidence.family } : {}),
    ...(evidence?.target ? { target: evidence.target } : {}),
    clausesChecked: of(CLAUSE_CHECKED),
    clausesFailed: of(CLAUSE_FAILED),
    clausesPlanned: of(CLAUSE_PLANNED),
    ...(skipReason ? { skipReason } : {}),
    notApplicable: of(NOT_APPLICABLE),
    ...(error ? { error: error.slice(0, 4000) } : {}),
    ...(seed ? { seed } : {}),
    ...(path !== undefined ? { path } : {}),
    operationsSeen: evidence?.operations ?? [],
    exchanges: evidence?.exchanges ?? [],
  };
}

function readEvidence(result: TestResult): EvidenceAttachment | undefined {
  const attachment = result.attachments.find((a) => a.name === EVIDENCE_ATTACHMENT);
  if (!attachment) return undefined;
  try {
    const text = attachment.body ? attachment.body.toString('utf8') : attachment.path ? readFileSync(attachment.path, 'utf8') : undefined;
    return text ? (JSON.parse(text) as EvidenceAttachment) : undefined;
  } catch {
    return undefined;
  }
}
