// The result of a one-shot grant or revoke, printed on stdout whatever the log level: what the directory now
// holds and whether anything was sent, or the failure and what the connector put back.
import type { ProvisionOutcome } from '@baton-scim/core';

export type OutputFormat = 'console' | 'json';

export type ProvisionAction =
  | { readonly action: 'grant'; readonly entitlement: string; readonly principal: string; readonly grants?: readonly string[] }
  | { readonly action: 'revoke'; readonly grant: string };

export type ProvisionReport = ProvisionAction & (
  | { readonly outcome: ProvisionOutcome }
  | { readonly outcome: 'failed'; readonly error: string }
);

const DONE: Record<ProvisionAction['action'], Record<ProvisionOutcome, string>> = {
  grant: { 'written': 'granted: written and verified by reading it back', 'already-in-place': 'already granted: nothing sent' },
  revoke: { 'written': 'revoked: written and verified by reading it back', 'already-in-place': 'already revoked: nothing sent' },
};

export function formatProvisionReport(report: ProvisionReport, format: OutputFormat): string {
  if (format === 'json') return JSON.stringify(report) + '\n';
  // The error already names the action, what failed and what was put back.
  if (report.outcome === 'failed') return `${report.error}\n`;
  const what = report.action === 'grant' ? `${report.entitlement} to ${report.principal}` : report.grant;
  return `${what}: ${DONE[report.action][report.outcome]}\n`;
}
