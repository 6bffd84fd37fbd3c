import { FAMILY_INFO } from '../../contracts';
import { LEVELS, VERDICTS, type ConformanceRecord } from '../record-types';
import { scoreText } from '../summarize';
import { REPORT_CSS, REPORT_SCRIPT } from './html-assets';
import { escapeHtml as e } from './html-escape';
import { badge, checksHtml, clauseTable, coverageHtml, testsHtml, waiversHtml, type SourceLinker } from './html-sections';

function option(value: string, label = value): string {
  return `<option value="${e(value)}">${e(label)}</option>`;
}

function summaryTable(record: ConformanceRecord): string {
  const { summary } = record;
  const header = `<tr><th>level</th><th class="n">clauses</th>${VERDICTS.map((v) => `<th class="n">${badge(v)}</th>`).join('')}<th>score</th></tr>`;
  const rows = LEVELS.map((level) => {
    const s = summary.levels[level];
    return `<tr><td>${level}</td><td class="n">${s.total}</td>${VERDICTS.map((v) => `<td class="n">${s.verdicts[v]}</td>`).join('')}<td>${scoreText(s.score)}</td></tr>`;
  }).join('');
  return `<table class="summary">${header}${rows}<tr><td>all</td><td class="n">${summary.clauses}</td>${VERDICTS.map((v) => `<td class="n">${summary.verdicts[v]}</td>`).join('')}<td></td></tr></table>`;
}

/**
 * The conformance record as one self-contained page: no external asset, so it opens offline
 * from a CI artefact. Per family and clause: verdict, level, source and evidence; coverage of
 * operations and status codes; MUST and SHOULD scores; filters by family, verdict and level.
 * Everything shown comes from the record, which holds redacted exchanges only.
 */
export function htmlView(record: ConformanceRecord, link: SourceLinker): string {
  const { summary } = record;
  const families = record.families
    .map((family) => {
      const clauses = record.clauses.filter((c) => c.family === family);
      const coverage = record.coverage.find((c) => c.family === family);
      return `<section class="family" data-family="${e(family)}"><h2>${e(FAMILY_INFO[family].title)} <span class="muted">(${e(family)}, ${clauses.length} clauses)</span></h2>
${coverage ? coverageHtml(coverage) : ''}
${checksHtml(record.checks.filter((c) => c.family === family))}
${clauseTable(clauses, link)}</section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Conformance of ${e(record.target)}</title><style>${REPORT_CSS}</style></head>
<body>
<h1>Conformance of ${e(record.target)}</h1>
<div class="muted">Run ${e(record.startedAt)} to ${e(record.finishedAt)}; families: ${e(record.families.join(', ') || 'none')}; record schema v${record.schemaVersion}.</div>
<div class="scores">
<div class="score" id="score-must"><b>${scoreText(summary.levels.MUST.score)}</b>MUST clauses passed (of those checked)</div>
<div class="score" id="score-should"><b>${scoreText(summary.levels.SHOULD.score)}</b>SHOULD clauses passed</div>
<div class="score"><b>${summary.verdicts.unchecked + summary.verdicts.skipped}</b>clauses not checked (skipped or unchecked): not passes</div>
</div>
${summaryTable(record)}
<div>Tests: ${summary.tests.passed} passed, ${summary.tests.failed + summary.tests.timedOut} failed, ${summary.tests.skipped} skipped.</div>
${record.problems.length > 0 ? `<h2>Problems with the run</h2><ul class="problems">${record.problems.map((p) => `<li>${e(p)}</li>`).join('')}</ul>` : ''}
<div class="filters">
<label>family <select id="filter-family">${option('', 'all')}${record.families.map((f) => option(f)).join('')}</select></label>
<label>verdict <select id="filter-verdict">${option('', 'all')}${VERDICTS.map((v) => option(v)).join('')}</select></label>
<label>level <select id="filter-level">${option('', 'all')}${LEVELS.map((l) => option(l)).join('')}</select></label>
<label>text <input id="filter-text" type="search" placeholder="clause id, statement, section"></label>
<span><span id="shown-count">${record.clauses.length}</span> of ${record.clauses.length} clauses shown</span>
</div>
${families}
<h2>Waivers</h2>
${waiversHtml(record.waivers)}
<h2>Tests</h2>
${testsHtml(record.tests)}
<script>${REPORT_SCRIPT}</script>
</body></html>
`;
}
