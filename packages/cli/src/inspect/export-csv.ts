// inspect export csv: identities, entitlements and user grants in the column layout of Go's `baton export csv`.
import { writeFileSync } from 'node:fs';
import { findAnnotation, UserStatus, type Struct } from '@baton-scim/core';
import { allRows, resourceLabel, typeLabel, withReader, type InspectOptions } from './context.js';

const HEADER = ['Type', 'Last Name', 'First Name', 'User ID', 'User Status', 'Email Address', 'Entitlement Display Name', 'Entitlement', 'Resource Type', 'Resource Name', 'Entitlement Description', 'Entitlement Slug'];

export function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function profileString(profile: Struct | null | undefined, key: string): string {
  const v = profile?.fields?.[key];
  return v?.stringValue ?? '';
}

export const STATUS: Record<number, string> = { [UserStatus.STATUS_ENABLED]: 'Enabled', [UserStatus.STATUS_DISABLED]: 'Disabled', [UserStatus.STATUS_DELETED]: 'Deleted' };

export async function exportCsv(o: InspectOptions, out: string): Promise<string> {
  return withReader(o, (reader) => {
    const lines: string[][] = [HEADER];
    for (const r of allRows((a, l) => reader.listResources({}, a, l))) {
      const trait = findAnnotation(r.annotations, 'UserTrait');
      if (!trait) continue;
      const email = trait.emails?.find((e) => e.isPrimary)?.address ?? trait.emails?.[0]?.address ?? '';
      lines.push(['Identity', profileString(trait.profile, 'last_name'), profileString(trait.profile, 'first_name'),
        profileString(trait.profile, 'user_id') || (r.id?.resource ?? ''), STATUS[trait.status?.status ?? 0] ?? 'Unknown', email, '', '', '', '', '', '']);
    }
    for (const e of allRows((a, l) => reader.listEntitlements({}, a, l))) {
      lines.push(['Entitlement', '', '', '', '', '', e.displayName ?? '', e.id ?? '', typeLabel(reader, e.resource?.id?.resourceType), resourceLabel(reader, e.resource?.id), e.description ?? '', e.slug ?? '']);
    }
    for (const g of allRows((a, l) => reader.listGrants({}, a, l))) {
      if (g.principal?.id?.resourceType !== 'user') continue;
      const e = reader.getEntitlement(g.entitlement?.id ?? '');
      lines.push(['Grant', '', '', g.principal.id.resource ?? '', '', '', e?.displayName ?? '', g.entitlement?.id ?? '', typeLabel(reader, g.entitlement?.resource?.id?.resourceType), resourceLabel(reader, g.entitlement?.resource?.id), e?.description ?? '', e?.slug ?? '']);
    }
    writeFileSync(out, lines.map((l) => l.map(csvCell).join(',')).join('\n') + '\n');
    return `wrote ${lines.length - 1} rows to ${out}\n`;
  });
}
