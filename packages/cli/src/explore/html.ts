// Server-rendered HTML for the explorer: escaping, the page frame, tables of list rows and small SVG bar charts.

/** A table cell: plain text, a link, or a chain of them (a path through nested groups). */
export type Cell = string | { readonly text: string; readonly href?: string | undefined; readonly tone?: 'alert' | 'muted' | undefined } | readonly Cell[];

export interface Table {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
}

export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A cell as plain text, for CSV: a chain reads "A > B > C". */
export function cellText(cell: Cell): string {
  if (typeof cell === 'string') return cell;
  if (isChain(cell)) return cell.map(cellText).join(' > ');
  return cell.text;
}

function isChain(cell: Cell): cell is readonly Cell[] {
  return Array.isArray(cell);
}

export function cellHtml(cell: Cell): string {
  if (typeof cell === 'string') return esc(cell);
  if (isChain(cell)) return cell.map(cellHtml).join(' <span class="sep" aria-hidden="true">›</span> ');
  const tone = cell.tone ? ` class="${cell.tone}"` : '';
  return cell.href ? `<a href="${esc(cell.href)}"${tone}>${esc(cell.text)}</a>` : `<span${tone}>${esc(cell.text)}</span>`;
}

export interface ListView {
  readonly id: string;
  readonly title: string;
  readonly table: Table;
  readonly csvHref: string;
  readonly nextHref?: string | undefined;
  readonly empty: string;
  /** Shown after the title, e.g. a total. */
  readonly note?: string | undefined;
}

export function listSection(view: ListView): string {
  const head = `<div class="list-head"><h2 id="${esc(view.id)}">${esc(view.title)}</h2>${view.note ? `<span class="note">${esc(view.note)}</span>` : ''}
<a class="csv" href="${esc(view.csvHref)}" download>Export CSV<span class="visually-hidden"> of ${esc(view.title)}</span></a></div>`;
  if (view.table.rows.length === 0) return `<section aria-labelledby="${esc(view.id)}">${head}<p class="empty">${esc(view.empty)}</p></section>`;
  const th = view.table.columns.map((c) => `<th scope="col">${esc(c)}</th>`).join('');
  const body = view.table.rows.map((r) => `<tr>${r.map((c) => `<td>${cellHtml(c)}</td>`).join('')}</tr>`).join('\n');
  const more = view.nextHref ? `<p class="more"><a href="${esc(view.nextHref)}" rel="next">Next page<span class="visually-hidden"> of ${esc(view.title)}</span></a></p>` : '';
  return `<section aria-labelledby="${esc(view.id)}">${head}
<table aria-labelledby="${esc(view.id)}"><thead><tr>${th}</tr></thead><tbody>
${body}
</tbody></table>${more}</section>`;
}

export interface Bar { readonly label: string; readonly value: number; readonly href?: string | undefined }

/** A horizontal bar chart as inline SVG, labelled for screen readers, with each bar a link when it has one. */
export function barChart(title: string, bars: readonly Bar[]): string {
  if (bars.length === 0) return '';
  const max = Math.max(1, ...bars.map((b) => b.value));
  const rowH = 26;
  const labelW = 260;
  const barW = 300;
  const height = bars.length * rowH + 4;
  const items = bars.map((b, i) => {
    const y = i * rowH + 2;
    const w = Math.max(2, Math.round((b.value / max) * barW));
    const label = b.label.length > 38 ? `${b.label.slice(0, 37)}…` : b.label;
    const inner = `<title>${esc(b.label)}: ${b.value}</title><text x="${labelW - 8}" y="${y + 17}" text-anchor="end" class="bar-label">${esc(label)}</text>`
      + `<rect x="${labelW}" y="${y + 4}" width="${w}" height="${rowH - 8}" rx="3" class="bar"/>`
      + `<text x="${labelW + w + 6}" y="${y + 17}" class="bar-value">${b.value.toLocaleString('en-US')}</text>`;
    return b.href ? `<a href="${esc(b.href)}">${inner}</a>` : `<g>${inner}</g>`;
  }).join('');
  const summary = bars.map((b) => `${b.label}: ${b.value}`).join('; ');
  return `<figure class="chart"><figcaption>${esc(title)}</figcaption>
<svg role="img" aria-label="${esc(`${title}. ${summary}`)}" viewBox="0 0 ${labelW + barW + 80} ${height}" width="100%" preserveAspectRatio="xMinYMin meet">${items}</svg></figure>`;
}

export interface Frame {
  readonly base: string;
  readonly title: string;
  readonly current: 'glance' | 'search' | 'changes' | 'detail';
  readonly file: string;
  readonly syncId: string;
  readonly query?: string | undefined;
  readonly body: string;
}

export function layout(f: Frame): string {
  const nav = (key: Frame['current'], href: string, text: string) =>
    `<a href="${esc(href)}"${f.current === key ? ' aria-current="page"' : ''}>${esc(text)}</a>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${esc(f.title)} · baton-scim explore</title>
<link rel="stylesheet" href="${esc(f.base)}/assets/app.css">
<script src="${esc(f.base)}/assets/app.js" defer></script>
</head><body>
<a class="skip" href="#main">Skip to content</a>
<header><div class="brand">baton-scim explore <span class="file" title="${esc(f.file)}">${esc(f.file)} · sync ${esc(f.syncId)}</span></div>
<nav aria-label="Views">${nav('glance', `${f.base}/`, 'At a glance')}${nav('search', `${f.base}/search`, 'Search')}${nav('changes', `${f.base}/changes`, 'Changes')}</nav>
<form role="search" action="${esc(f.base)}/search" method="get" class="search">
<label for="q">Search users, groups, roles, entitlements</label>
<input id="q" name="q" type="search" autocomplete="off" value="${esc(f.query ?? '')}" placeholder="name, email or id  ( / )" data-live="${esc(f.base)}/search">
<button type="submit">Search</button></form></header>
<main id="main" tabindex="-1"><h1>${esc(f.title)}</h1>
${f.body}
</main></body></html>
`;
}

export const CSS = `
:root { color-scheme: light; --fg: #1b1f24; --muted: #57606a; --line: #d0d7de; --accent: #0b5cad; --alert: #a40e26; --alert-bg: #ffebe9; --bg: #fff; --soft: #f6f8fa; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
header { display: flex; flex-wrap: wrap; gap: .75rem 1.5rem; align-items: center; padding: .75rem 1.5rem; border-bottom: 1px solid var(--line); background: var(--soft); }
.brand { font-weight: 600; }
.brand .file { font-weight: 400; color: var(--muted); margin-left: .5rem; font-size: .85em; }
nav a { margin-right: 1rem; color: var(--accent); text-decoration: none; padding: .25rem 0; }
nav a[aria-current="page"] { font-weight: 600; border-bottom: 2px solid var(--accent); }
form.search { display: flex; gap: .5rem; align-items: center; margin-left: auto; }
form.search label { font-size: .85em; color: var(--muted); }
input[type="search"] { width: 22rem; max-width: 60vw; padding: .4rem .6rem; border: 1px solid var(--line); border-radius: 6px; font: inherit; }
button { padding: .4rem .8rem; border: 1px solid var(--line); border-radius: 6px; background: var(--bg); font: inherit; cursor: pointer; }
main { padding: 1rem 1.5rem 3rem; max-width: 78rem; }
h1 { font-size: 1.45rem; margin: .5rem 0 1rem; }
h2 { font-size: 1.1rem; margin: 0; }
a { color: var(--accent); }
a:focus-visible, button:focus-visible, input:focus-visible, main:focus-visible { outline: 3px solid #ffb000; outline-offset: 2px; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: .5rem; background: var(--bg); padding: .25rem .5rem; z-index: 1; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
section { margin: 1.25rem 0 1.75rem; }
.list-head { display: flex; gap: 1rem; align-items: baseline; margin-bottom: .4rem; }
.list-head .note { color: var(--muted); }
.list-head .csv { margin-left: auto; font-size: .9em; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .35rem .6rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: var(--soft); font-weight: 600; font-size: .9em; }
tbody tr:hover { background: #f3f8ff; }
.sep { color: var(--muted); }
.alert { color: var(--alert); font-weight: 600; }
.muted, .empty { color: var(--muted); }
.banner { padding: .6rem .9rem; border-radius: 6px; margin: .5rem 0 1rem; }
.banner.alert { background: var(--alert-bg); border: 1px solid var(--alert); }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0 0 1rem; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }
.tiles { display: flex; flex-wrap: wrap; gap: .75rem; margin-bottom: 1rem; padding: 0; list-style: none; }
.tiles li { border: 1px solid var(--line); border-radius: 8px; padding: .6rem 1rem; min-width: 9rem; }
.tiles .n { display: block; font-size: 1.5rem; font-weight: 600; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(30rem, 1fr)); gap: 1rem 2rem; }
figure.chart { margin: 0; }
figure.chart figcaption { font-weight: 600; margin-bottom: .3rem; }
.bar { fill: var(--accent); }
a:focus .bar, a:hover .bar { fill: #ffb000; }
.bar-label, .bar-value { font-size: 13px; fill: var(--fg); }
.more { margin: .5rem 0; }
`;

/**
 * The only script: search results update while typing (the form works without it), and "/" focuses the
 * search box.
 */
export const JS = `
(function () {
  var input = document.getElementById('q');
  if (!input) return;
  document.addEventListener('keydown', function (e) {
    if (e.key === '/' && document.activeElement !== input && !(e.target instanceof HTMLInputElement)) { e.preventDefault(); input.focus(); }
  });
  var results = document.getElementById('results');
  if (!results) return;
  var seq = 0;
  input.addEventListener('input', function () {
    var mine = ++seq;
    var url = input.getAttribute('data-live') + '?fragment=1&q=' + encodeURIComponent(input.value);
    fetch(url, { credentials: 'same-origin' }).then(function (r) { return r.text(); }).then(function (html) {
      if (mine !== seq) return;
      results.innerHTML = html;
      results.setAttribute('data-query', input.value);
      history.replaceState(null, '', input.getAttribute('data-live') + '?q=' + encodeURIComponent(input.value));
    });
  });
})();
`;
