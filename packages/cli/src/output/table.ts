// Plain-text tables for console output: a header row, a rule, and padded columns.

import { terminalSafe } from './safe-text.js';

/** Cells may hold server data: control sequences, NULs and bidi marks are shown escaped, never sent raw. */
export function renderTable(headers: readonly string[], rawRows: readonly (readonly string[])[]): string {
  const rows = rawRows.map((r) => r.map(terminalSafe));
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n') + '\n';
}
