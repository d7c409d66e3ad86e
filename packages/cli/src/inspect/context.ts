// Opens a .c1z for the inspect commands and pages through its rows.
import { existsSync } from 'node:fs';
import { C1zReader, type Resource, type ResourceId, type Row, type SyncReader } from '@baton-scim/core';
import { UsageError } from '../options/usage-error.js';

export type OutputFormat = 'console' | 'json';

export interface InspectOptions {
  readonly file: string;
  readonly output: OutputFormat;
  readonly syncId?: string | undefined;
  readonly tmpDir?: string | undefined;
}

export function requireFile(file: string): void {
  if (!existsSync(file)) {
    throw new UsageError([`-f ${file}: no such file; pass -f with the .c1z a sync wrote, or sync into it first (baton-scim … -f ${file})`]);
  }
}

export async function withReader<T>(options: InspectOptions, use: (reader: SyncReader, c1z: C1zReader) => Promise<T> | T): Promise<T> {
  const c1z = await openReader(options);
  try {
    return await use(c1z.reader, c1z);
  } finally {
    c1z.close();
  }
}

/** The file opened on its chosen sync, or a usage error naming the file; the caller closes it. */
export async function openReader(options: InspectOptions): Promise<C1zReader> {
  const opened = await openChosen(options, async () => {
    const c1z = await C1zReader.open(options.file, { ...(options.syncId ? { syncId: options.syncId } : {}), ...(options.tmpDir ? { tmpDir: options.tmpDir } : {}) });
    return { c1z, close: () => c1z.close() };
  });
  return opened.c1z;
}

/** As openReader, with `open` doing the opening (explore reads through its cache); `close` undoes it. */
export async function openChosen<T extends { readonly c1z: C1zReader; close(): void }>(options: InspectOptions, open: () => Promise<T>): Promise<T> {
  requireFile(options.file);
  const opened = await open();
  if (!opened.c1z.selectedSync) {
    opened.close();
    throw new UsageError([`${options.file}: holds no finished sync${options.syncId ? ` with id ${options.syncId}` : ''}; run a sync first (baton-scim -f ${options.file} …)`]);
  }
  return opened;
}

const PAGE = 10_000;

/** Every row of a paged listing, in rowid order. */
export function* allRows<T>(list: (afterRowId: number, limit: number) => Row<T>[]): Generator<T> {
  let after = 0;
  for (;;) {
    const rows = list(after, PAGE);
    for (const row of rows) yield row.value;
    const last = rows[rows.length - 1];
    if (!last || rows.length < PAGE) return;
    after = last.rowId;
  }
}

export function resourceLabel(reader: SyncReader, id: ResourceId | null | undefined): string {
  if (!id) return '-';
  const found = reader.getResource(id);
  return found?.displayName || `${id.resourceType ?? ''}:${id.resource ?? ''}`;
}

export function typeLabel(reader: SyncReader, typeId: string | null | undefined): string {
  if (!typeId) return '-';
  return reader.getResourceType(typeId)?.displayName || typeId;
}

export function requireResourceId(type: string | undefined, id: string | undefined, flags: string): ResourceId {
  if (!type || !id) throw new UsageError([`${flags} are required together`]);
  return { resourceType: type, resource: id };
}

export function principalOf(reader: SyncReader, id: ResourceId): Resource {
  return reader.getResource(id) ?? { id, displayName: `MISSING RESOURCE (${id.resourceType ?? ''}:${id.resource ?? ''})` };
}
