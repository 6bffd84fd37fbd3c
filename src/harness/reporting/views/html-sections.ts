import type { SourceRef } from '../../contracts';
import type { CheckResult, ClauseResult, FailureEvidence, FamilyCoverage, RecordedExchange, TestRecord, WaiverUse } from '../record-types';
import { escapeHtml as e } from './html-escape';

export type SourceLinker = (source: SourceRef) => string | undefined;

export function badge(verdict: string): string {
  return `<span class="badge v-${e(verdict)}">${e(verdict)}</span>`;
}

function exchangeHtml(exchange: RecordedExchange): string {
  const outcome = exchange.response ? `${exchange.response.status}` : `no response: ${exchange.error ?? ''}`;
  return `<div class="exchange">
<div><code>${e(exchange.request.method)} ${e(exchange.request.url)}</code> as ${e(exchange.role ?? 'anonymous')} → <b>${e(outcome)}</b></div>
${exchange.request.body !== undefined ? `<div class="muted">request body</div><pre>${e(exchange.request.body)}</pre>` : ''}
${exchange.response ? `<div class="muted">response ${e(exchange.response.headers['content-type'] ?? '')}</div><pre>${e(exchange.response.body || '(empty)')}</pre>` : ''}
<div class="muted">reproduce</div><pre class="curl">${e(exchange.curl)}</pre>
</div>`;
}

function failureHtml(failure: FailureEvidence): string {
  return `<div class="failure">
<div><b>${e(failure.project)} › ${e(failure.test)}</b></div>
${failure.error ? `<pre class="error">${e(failure.error)}</pre>` : ''}
${failure.seed ? `<div>replay: seed <code>${e(failure.seed)}</code>, path <code>${e(failure.path ?? '')}</code></div>` : ''}
${failure.exchanges.map(exchangeHtml).join('\n')}
</div>`;
}

function evidenceHtml(clause: ClauseResult): string {
  const { tests, failures } = clause.evidence;
  if (tests.length === 0 && failures.length === 0) return '<span class="muted">none</span>';
  const open = clause.verdict === 'fail' ? ' open' : '';
  const testList = tests.length > 0 ? `<div class="muted">checked by ${tests.length} test(s)</div><ul>${tests.slice(0, 20).map((t) => `<li>${e(t)}</li>`).join('')}${tests.length > 20 ? `<li>… ${tests.length - 20} more</li>` : ''}</ul>` : '';
  return `<details class="evidence"${open}><summary>${failures.length > 0 ? `${failures.length} failure(s)` : `${tests.length} test(s)`}</summary>${failures.map(failureHtml).join('\n')}${testList}</details>`;
}

export function clauseRow(clause: ClauseResult, link: SourceLinker): string {
  const href = link(clause.source);
  const source = `${e(clause.source.document)} § ${e(clause.source.section)}`;
  const search = `${clause.id} ${clause.statement} ${clause.source.section}`.toLowerCase();
  return `<tr class="clause" data-clause="${e(clause.id)}" data-family="${e(clause.family)}" data-verdict="${e(clause.verdict)}" data-level="${e(clause.level)}" data-search="${e(search)}">
<td>${badge(clause.verdict)}</td><td><code>${e(clause.id)}</code></td><td>${e(clause.level)}</td>
<td class="source">${href ? `<a href="${e(href)}">${source}</a>` : source}</td>
<td>${e(clause.statement)}${clause.reason ? `<div class="reason">${e(clause.reason)}</div>` : ''}${clause.checks.length > 0 ? `<div class="muted">checks: ${clause.checks.map((c) => `<code>${e(c)}</code>`).join(', ')}</div>` : ''}</td>
<td>${evidenceHtml(clause)}</td></tr>`;
}

export function clauseTable(clauses: readonly ClauseResult[], link: SourceLinker): string {
  return `<table class="clauses"><thead><tr><th>verdict</th><th>clause</th><th>level</th><th>source</th><th>statement</th><th>evidence</th></tr></thead>
<tbody>${clauses.map((c) => clauseRow(c, link)).join('\n')}</tbody></table>`;
}

export function coverageHtml(coverage: FamilyCoverage): string {
  const rows = coverage.operations
    .map((o) => `<tr class="operation${o.exercised ? '' : ' muted'}"><td><code>${e(o.method)} ${e(o.path)}</code></td><td>${e(o.operationId)}</td><td>${o.statuses.map((s) => e(s)).join(', ') || '-'}</td><td class="muted">${o.documented.map((s) => e(s)).join(', ')}</td></tr>`)
    .join('\n');
  const documented = coverage.operations.flatMap((o) => o.documented.filter((code) => /^\d{3}$/.test(code)).map((code) => `${o.operationId} ${code}`));
  const seen = new Set(coverage.operations.flatMap((o) => o.statuses.map((status) => `${o.operationId} ${status}`)));
  const codes = `${documented.filter((d) => seen.has(d)).length} of ${documented.length} documented status codes seen`;
  return `<details class="coverage"><summary>Coverage: ${coverage.operationsExercised} of ${coverage.operationsTotal} operations exercised; ${codes}</summary>
<table><thead><tr><th>operation</th><th>operationId</th><th>statuses seen</th><th>statuses documented</th></tr></thead><tbody>${rows}</tbody></table></details>`;
}

export function checksHtml(checks: readonly CheckResult[]): string {
  if (checks.length === 0) return '';
  return `<details class="checks"><summary>Checks (${checks.length})</summary><table><thead><tr><th>verdict</th><th>check</th><th>severity</th><th>clauses</th></tr></thead><tbody>
${checks.map((c) => `<tr><td>${badge(c.verdict)}</td><td><code>${e(c.id)}</code></td><td>${e(c.severity)}</td><td>${c.clauses.map((id) => `<code>${e(id)}</code>`).join(' ')}</td></tr>`).join('\n')}</tbody></table></details>`;
}

export function waiversHtml(waivers: readonly WaiverUse[]): string {
  if (waivers.length === 0) return '<p class="muted">No waivers.</p>';
  return `<table class="waivers"><thead><tr><th>status</th><th>waives</th><th>target</th><th>reason</th><th>expires</th><th>file</th></tr></thead><tbody>
${waivers.map((w) => `<tr data-status="${e(w.status)}"><td>${e(w.status)}</td><td><code>${e(w.clause ?? w.check ?? '')}</code></td><td>${e(w.target)}</td><td>${e(w.reason)} <a href="${e(w.link)}">${e(w.link)}</a></td><td>${e(w.expires)}</td><td>${e(w.file)} [${w.index}]</td></tr>`).join('\n')}</tbody></table>`;
}

export function testsHtml(tests: readonly TestRecord[]): string {
  return `<details class="tests"><summary>Tests (${tests.length})</summary><table><thead><tr><th>status</th><th>test</th><th class="n">ms</th><th>clauses checked</th><th>note</th></tr></thead><tbody>
${tests.map((t) => `<tr><td>${e(t.status)}</td><td>${e(t.project)} › ${e(t.title)}</td><td class="n">${t.durationMs}</td><td>${t.clausesChecked.length}${t.clausesFailed.length > 0 ? ` (failed: ${t.clausesFailed.map((c) => e(c)).join(', ')})` : ''}</td><td class="reason">${e(t.skipReason ?? t.error?.split('\n')[0] ?? '')}</td></tr>`).join('\n')}</tbody></table></details>`;
}
