// The few lines a person reads after a sync: what was stored, how many requests, how long, where.
import type { SyncSummary } from '@baton-scim/core';

export interface ConnectorReport {
  readonly requests: number;
  /** One line per kind of data problem (e.g. "100 users have no email address"). */
  readonly dataWarnings: readonly string[];
  readonly droppedGrants: number;
  /** How each listing ended (see listing-lines.ts); empty when the connector pages by cursor or by hook. */
  readonly listings: readonly string[];
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function seconds(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}

/** `warningsLogged`: the log level already shows warnings, so the summary does not suggest asking for them. */
export function formatSyncSummary(summary: SyncSummary, report: ConnectorReport, file: string, warningsLogged = false): string {
  const types = Object.entries(summary.resourceTypes).map(([id, c]) => plural(c.resources, id));
  const { entitlements, grants } = summary.counts;
  const retried = summary.requestsRetried > 0 ? ` (${summary.requestsRetried} retried)` : '';
  const lines = [
    `Synced ${types.join(', ')}, ${plural(entitlements, 'entitlement')} and ${plural(grants, 'grant')}${summary.resumed ? ' (resumed)' : ''}`,
    `${plural(report.requests, 'SCIM request')}${retried} in ${seconds(summary.durationMs)}, written to ${file}`,
    ...report.listings,
  ];
  const notes = [
    ...report.dataWarnings,
    ...(report.droppedGrants > 0 ? [`${plural(report.droppedGrants, 'membership grant')} to principals missing from the listings were left out`] : []),
    ...summary.warnings,
  ];
  const more = summary.warningCount - summary.warnings.length;
  if (more > 0) notes.push(`${more} more sync warnings`);
  if (notes.length > 0) {
    lines.push(warningsLogged ? 'Warnings (logged above with examples):' : 'Warnings (--log-level warn shows them with examples):', ...notes.map((n) => `  ${n}`));
  }
  return lines.join('\n') + '\n';
}
