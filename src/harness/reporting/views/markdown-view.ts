import { LEVELS, VERDICTS, type ClauseResult, type ConformanceRecord } from '../record-types';
import { scoreText } from '../summarize';

const LIST_LIMIT = 30;

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function firstLine(text: string | undefined): string {
  return (text ?? '').split('\n').find((l) => l.trim() !== '')?.trim() ?? '';
}

function clauseLine(clause: ClauseResult, detail: string): string {
  return `- **${clause.id}** (${clause.level}, ${clause.source.document} § ${clause.source.section})${detail ? `: ${cell(detail)}` : ''}`;
}

function failureLines(clause: ClauseResult): string[] {
  const failure = clause.evidence.failures[0];
  if (!failure) return [clauseLine(clause, clause.reason ?? '')];
  const exchange = failure.exchanges[failure.exchanges.length - 1];
  return [
    clauseLine(clause, firstLine(failure.error)),
    `  - test: ${failure.project} › ${failure.test}${clause.evidence.failures.length > 1 ? ` (and ${clause.evidence.failures.length - 1} more)` : ''}`,
    ...(failure.seed ? [`  - replay: seed ${failure.seed}, path "${failure.path ?? ''}"`] : []),
    ...(exchange ? [`  - reproduce: \`${exchange.curl}\` → ${exchange.response?.status ?? exchange.error ?? 'no response'}`] : []),
  ];
}

function section(title: string, clauses: readonly ClauseResult[], lines: (c: ClauseResult) => string[]): string[] {
  if (clauses.length === 0) return [];
  const shown = clauses.slice(0, LIST_LIMIT).flatMap(lines);
  return ['', `### ${title} (${clauses.length})`, '', ...shown, ...(clauses.length > LIST_LIMIT ? [`- … and ${clauses.length - LIST_LIMIT} more in conformance.html`] : [])];
}

/** The summary for CI logs: counts per level and verdict, scores, then what failed and how to reproduce it. */
export function markdownView(record: ConformanceRecord): string {
  const { summary } = record;
  const of = (verdict: string) => record.clauses.filter((c) => c.verdict === verdict);
  const lines = [
    `## Conformance of ${record.target}`,
    '',
    `Families: ${record.families.join(', ') || 'none'}. Run ${record.startedAt} to ${record.finishedAt}. Record schema v${record.schemaVersion}.`,
    '',
    `| level | clauses | ${VERDICTS.join(' | ')} | score |`,
    `|---|---:|${VERDICTS.map(() => '---:').join('|')}|---|`,
    ...LEVELS.map((level) => {
      const s = summary.levels[level];
      return `| ${level} | ${s.total} | ${VERDICTS.map((v) => s.verdicts[v]).join(' | ')} | ${scoreText(s.score)} |`;
    }),
    `| all | ${summary.clauses} | ${VERDICTS.map((v) => summary.verdicts[v]).join(' | ')} | |`,
    '',
    `Tests: ${summary.tests.passed} passed, ${summary.tests.failed + summary.tests.timedOut} failed, ${summary.tests.skipped} skipped${summary.tests.interrupted ? `, ${summary.tests.interrupted} interrupted` : ''}.`,
    ...section('Failed clauses', of('fail'), failureLines),
    ...section('Inconclusive clauses', of('inconclusive'), (c) => [clauseLine(c, c.reason ?? '')]),
    ...section('Waived clauses', of('waived'), (c) => [clauseLine(c, c.waiver ? `${c.waiver.reason} (${c.waiver.link}, until ${c.waiver.expires})` : '')]),
  ];
  const stale = record.waivers.filter((w) => w.status === 'no-longer-needed');
  if (stale.length > 0) lines.push('', `### Waivers no longer needed (${stale.length}): remove them`, '', ...stale.map((w) => `- ${w.file} waivers[${w.index}] (${w.clause ?? w.check ?? ''}): everything it covers passes`));
  if (record.problems.length > 0) lines.push('', `### Problems with the run (${record.problems.length})`, '', ...record.problems.map((p) => `- ${cell(p)}`));
  const unchecked = summary.verdicts.unchecked + summary.verdicts.skipped;
  if (unchecked > 0) lines.push('', `${summary.verdicts.skipped} clause(s) skipped and ${summary.verdicts.unchecked} unchecked: not passes; see conformance.html for the reasons.`);
  return `${lines.join('\n')}\n`;
}
