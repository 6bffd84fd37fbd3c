/** The report's only style sheet and script, inlined so that the page works offline and alone. */
export const REPORT_CSS = `
body { font: 14px/1.45 system-ui, sans-serif; margin: 0 1.5rem 3rem; color: #1b1f24; }
h1 { font-size: 1.4rem; margin: 1rem 0 .25rem; } h2 { font-size: 1.15rem; margin-top: 2rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
th, td { border-bottom: 1px solid #d8dee4; padding: .3rem .45rem; text-align: left; vertical-align: top; }
th { background: #f3f5f7; position: sticky; top: 0; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
pre { white-space: pre-wrap; word-break: break-word; background: #f6f8fa; padding: .4rem; margin: .25rem 0; max-height: 22rem; overflow: auto; }
code { font-size: 12.5px; }
.badge { display: inline-block; min-width: 5.5rem; text-align: center; border-radius: 3px; padding: 0 .3rem; font-weight: 600; }
.v-pass { background: #d1f5d3; } .v-fail { background: #ffd7d5; } .v-waived { background: #fff1c2; }
.v-inconclusive { background: #ffe2c2; } .v-skipped { background: #e6e9ed; } .v-unchecked { background: #eceff3; color: #57606a; }
.scores { display: flex; gap: 2rem; margin: .75rem 0; } .score b { font-size: 1.6rem; display: block; }
.filters { display: flex; gap: 1rem; align-items: center; padding: .5rem 0; position: sticky; top: 0; background: #fff; z-index: 1; border-bottom: 1px solid #d8dee4; }
.muted { color: #57606a; } .reason { color: #57606a; font-size: 13px; }
.exchange { border-left: 3px solid #d8dee4; padding-left: .5rem; margin: .5rem 0; }
details summary { cursor: pointer; }
`;

/** Filters by family, verdict, level and text; the state is kept in the URL hash (`#verdict=fail`). */
export const REPORT_SCRIPT = `
(function () {
  var names = ['family', 'verdict', 'level'];
  var controls = names.map(function (n) { return document.getElementById('filter-' + n); });
  var text = document.getElementById('filter-text');
  function apply() {
    var want = {}; names.forEach(function (n, i) { want[n] = controls[i].value; });
    var needle = text.value.trim().toLowerCase();
    var shown = 0;
    Array.prototype.forEach.call(document.querySelectorAll('tr.clause'), function (row) {
      var ok = names.every(function (n) { return !want[n] || row.getAttribute('data-' + n) === want[n]; })
        && (!needle || row.getAttribute('data-search').indexOf(needle) >= 0);
      row.hidden = !ok;
      if (ok) shown += 1;
    });
    Array.prototype.forEach.call(document.querySelectorAll('section.family'), function (section) {
      section.hidden = !!want.family && section.getAttribute('data-family') !== want.family;
    });
    document.getElementById('shown-count').textContent = String(shown);
    var hash = names.filter(function (n) { return want[n]; }).map(function (n) { return n + '=' + encodeURIComponent(want[n]); }).join('&');
    if (history.replaceState) history.replaceState(null, '', hash ? '#' + hash : location.pathname + location.search);
  }
  location.hash.slice(1).split('&').forEach(function (pair) {
    var kv = pair.split('='); var i = names.indexOf(kv[0]);
    if (i >= 0) controls[i].value = decodeURIComponent(kv[1] || '');
  });
  controls.forEach(function (c) { c.addEventListener('change', apply); });
  text.addEventListener('input', apply);
  apply();
})();
`;
