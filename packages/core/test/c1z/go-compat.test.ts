// Checks files our writer produced with the zstd, sqlite3 and protoc command-line tools only: nothing here
// reuses the writer's code, so a shared misunderstanding cannot hide.
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SyncFile } from '../../src/c1z/sync-file.js';
import { FIXTURES, tempDir } from './helpers.js';
import { sampleSync } from './sample-data.js';

const PROTO_ROOT = new URL('../../proto/', import.meta.url).pathname;
const PROTO_FILES = readdirSync(join(PROTO_ROOT, 'c1/connector/v2')).map((f) => join(PROTO_ROOT, 'c1/connector/v2', f));
const KSUID_EPOCH = 1_400_000_000;
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

const run = (cmd: string, args: string[], input?: Buffer): string =>
  execFileSync(cmd, args, { input, maxBuffer: 1 << 28, stdio: ['pipe', 'pipe', 'pipe'] }).toString('utf8');
const sql = (db: string, query: string): Record<string, unknown>[] => {
  const out = run('sqlite3', ['-json', db, query]).trim();
  return out === '' ? [] : (JSON.parse(out) as Record<string, unknown>[]);
};
const protocDecode = (message: string, bytes: Buffer): string =>
  run('protoc', [`--decode=c1.connector.v2.${message}`, '-I', PROTO_ROOT, ...PROTO_FILES], bytes);

/** Splits `c1z` into its magic, its zstd stream (as a .zst file) and the decompressed database. */
function unpack(c1z: string, dir: string): { magic: Buffer; zst: Buffer; db: string } {
  const bytes = readFileSync(c1z);
  const zstPath = join(dir, 'payload.zst');
  writeFileSync(zstPath, bytes.subarray(5));
  const db = join(dir, 'payload.db');
  writeFileSync(db, execFileSync('zstd', ['-d', '-c', zstPath], { maxBuffer: 1 << 30 }));
  return { magic: bytes.subarray(0, 5), zst: bytes.subarray(5), db };
}

/** The KSUID timestamp: 27 base62 digits → 20 bytes, of which the first 4 are seconds since 1400000000. */
function ksuidSeconds(id: string): number {
  let n = 0n;
  for (const ch of id) n = n * 62n + BigInt(BASE62.indexOf(ch));
  return Number(n >> 128n) + KSUID_EPOCH;
}

/** Statements of a DDL text, without comments, `if not exists` or case and spacing differences. */
function statements(ddl: string): string[] {
  return ddl
    .replace(/--[^\n]*/g, '')
    .split(';')
    .map((s) =>
      s
        .replace(/if not exists/gi, '')
        .replace(/\s+/g, ' ')
        .replace(/\( /g, '(')
        .replace(/ \)/g, ')')
        .trim()
        .toLowerCase(),
    )
    .filter((s) => s !== '')
    .sort();
}

/** Top-level `google.protobuf.Any` values of field `field` in a message, read straight off the wire. */
function anys(message: Buffer, field: number): { typeUrl: string; value: Buffer }[] {
  const out: { typeUrl: string; value: Buffer }[] = [];
  for (const f of wireFields(message)) {
    if (f.number !== field || !f.bytes) continue;
    const parts = wireFields(f.bytes);
    out.push({
      typeUrl: parts.find((p) => p.number === 1)?.bytes?.toString('utf8') ?? '',
      value: parts.find((p) => p.number === 2)?.bytes ?? Buffer.alloc(0),
    });
  }
  return out;
}

function wireFields(buf: Buffer): { number: number; bytes?: Buffer }[] {
  const fields: { number: number; bytes?: Buffer }[] = [];
  let pos = 0;
  const varint = (): number => {
    let result = 0;
    for (let shift = 0; ; shift += 7) {
      const b = buf[pos++]!;
      result += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return result;
    }
  };
  while (pos < buf.length) {
    const key = varint();
    const type = key % 8;
    const number = Math.floor(key / 8);
    if (type === 0) varint();
    else if (type === 1) pos += 8;
    else if (type === 5) pos += 4;
    else if (type === 2) {
      const len = varint();
      fields.push({ number, bytes: buf.subarray(pos, pos + len) });
      pos += len;
      continue;
    } else throw new Error(`unexpected wire type ${type} at ${pos}`);
    fields.push({ number });
  }
  return fields;
}

const MESSAGES: Record<string, string> = {
  v1_resource_types: 'ResourceType',
  v1_resources: 'Resource',
  v1_entitlements: 'Entitlement',
  v1_grants: 'Grant',
};

describe('a .c1z written from scratch, checked with zstd, sqlite3 and protoc', () => {
  const dir = tempDir();
  let unpacked: { magic: Buffer; zst: Buffer; db: string };
  let finishedAt = '';

  beforeAll(async () => {
    const file = join(dir.path, 'out.c1z');
    const data = sampleSync();
    const sync = await SyncFile.begin(file, { now: () => new Date('2026-05-04T03:02:01.234Z') });
    sync.writer.commit({ resourceTypes: data.resourceTypes, resources: data.resources, notes: data.notes }, 'after-resources');
    sync.writer.commit({ entitlements: data.entitlements, grants: data.grants }, 'after-grants');
    finishedAt = (await sync.finish()).endedAt ?? '';
    unpacked = unpack(file, dir.path);
  });
  afterAll(() => dir.remove());

  it('starts with C1ZF\\0 and one checksummed zstd frame with an 8 MiB window and no content size', () => {
    expect([...unpacked.magic]).toEqual([0x43, 0x31, 0x5a, 0x46, 0x00]);
    expect([...unpacked.zst.subarray(0, 4)]).toEqual([0x28, 0xb5, 0x2f, 0xfd]);
    // Frame header descriptor: no content size, not single-segment, checksum on, no dictionary id.
    expect(unpacked.zst[4]).toBe(0x04);
    // Window descriptor 0x68: exponent 13 → 2^(10+13) bytes = 8 MiB, mantissa 0.
    expect(unpacked.zst[5]).toBe(0x68);
    const listing = run('zstd', ['-lv', join(dir.path, 'payload.zst')]);
    expect(listing).toMatch(/# Zstandard Frames: 1\n/);
    expect(listing).toMatch(/Window Size: 8\.00 MiB/);
    expect(listing).toMatch(/Check: XXH64/);
  });

  it('holds a sound SQLite database whose schema is the v0.2.61 DDL of the spec', () => {
    expect(sql(unpacked.db, 'pragma integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    const spec = readFileSync(join(FIXTURES, 'schema-v0.2.61.sql'), 'utf8');
    // The spec's DDL also issues a no-op index on v1_grants under a taken name; SQLite never stores it.
    const expected = statements(spec).filter((s) => !s.includes('idx_resource_types_external_sync_v1 on v1_grants'));
    const stored = statements(run('sqlite3', [unpacked.db, '.schema']));
    // Go's tables exactly as its DDL has them; beside them only the sync notes table, which Go never reads.
    expect(stored.filter((s) => !s.includes('baton_sync_notes'))).toEqual(expected);
    expect(stored.filter((s) => s.includes('baton_sync_notes')).map((s) => s.split('(')[0]?.trim())).toEqual([
      'create table baton_sync_notes',
      'create unique index idx_baton_sync_notes_sync_topic on baton_sync_notes',
    ]);
  });

  it('keeps the sync notes in their own table, under the sync id', () => {
    const [runRow] = sql(unpacked.db, 'select sync_id from v1_sync_runs');
    expect(sql(unpacked.db, 'select sync_id, topic, note from baton_sync_notes')).toEqual([
      { sync_id: runRow?.sync_id, topic: 'users listing', note: expect.stringMatching(/^users: \d+ resources listed in 1 page/) as unknown },
    ]);
  });

  it('has one finished full sync with a KSUID id and UTC text timestamps', () => {
    const runs = sql(
      unpacked.db,
      'select sync_id, started_at, ended_at, sync_token, typeof(started_at) t1, typeof(ended_at) t2 from v1_sync_runs',
    );
    expect(runs).toHaveLength(1);
    const r = runs[0]!;
    expect(r.sync_id).toMatch(/^[0-9A-Za-z]{27}$/);
    expect(ksuidSeconds(r.sync_id as string)).toBe(Date.parse('2026-05-04T03:02:01Z') / 1000);
    expect(r.started_at).toBe('2026-05-04 03:02:01.234000');
    expect(r.ended_at).toBe(finishedAt);
    expect(r.ended_at).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{6}$/);
    expect([r.t1, r.t2, r.sync_token]).toEqual(['text', 'text', '']);
  });

  it('stores blobs as BLOB, times as text, and every row in that sync', () => {
    for (const table of Object.keys(MESSAGES)) {
      const kinds = sql(
        unpacked.db,
        'select distinct typeof(data) d, typeof(external_id) e, typeof(discovered_at) t, ' +
          `sync_id = (select sync_id from v1_sync_runs) s from ${table}`,
      );
      expect(kinds, table).toEqual([{ d: 'blob', e: 'text', t: 'text', s: 1 }]);
    }
  });

  it('decodes every blob with protoc as its message, with indexed columns matching the blob', () => {
    const counts = Object.fromEntries(
      Object.entries(MESSAGES).map(([table, message]) => {
        const rows = sql(unpacked.db, `select *, hex(data) hex from ${table} order by id`);
        for (const row of rows) {
          const text = protocDecode(message, Buffer.from(row.hex as string, 'hex'));
          const where = `${table} ${String(row.external_id)}`;
          for (const snippet of columnSnippets(table, row)) expect(text, where).toContain(snippet);
        }
        return [table, rows.length];
      }),
    );
    const data = sampleSync();
    expect(counts).toEqual({
      v1_resource_types: data.resourceTypes.length,
      v1_resources: data.resources.length,
      v1_entitlements: data.entitlements.length,
      v1_grants: data.grants.length,
    });
  });

  it('decodes every Any annotation of every resource with its own message type', () => {
    const rows = sql(unpacked.db, 'select hex(data) hex from v1_resources');
    let decoded = 0;
    for (const row of rows) {
      for (const any of anys(Buffer.from(row.hex as string, 'hex'), 4)) {
        expect(any.typeUrl).toMatch(/^type\.googleapis\.com\/c1\.connector\.v2\.(UserTrait|GroupTrait|RoleTrait)$/);
        const text = protocDecode(any.typeUrl.split('.').at(-1)!, any.value);
        expect(text).toContain('profile {');
        decoded++;
      }
    }
    expect(decoded).toBe(rows.length);
  });
});

/** protoc's text for a ResourceId field at `indent`. */
const idText = (field: string, type: string, id: string, indent = ''): string =>
  `${indent}${field} {\n${indent}  resource_type: "${type}"\n${indent}  resource: "${id}"\n${indent}}`;

/** Text protoc must print for a row, derived from its indexed columns only. */
function columnSnippets(table: string, row: Record<string, unknown>): string[] {
  const s = (k: string): string => String(row[k]);
  switch (table) {
    case 'v1_resource_types':
      return [`id: "${s('external_id')}"`];
    case 'v1_resources': {
      const parent =
        row.parent_resource_id === null
          ? []
          : [idText('parent_resource_id', s('parent_resource_type_id'), s('parent_resource_id'))];
      // external_id is "<type>:<id>"; a type that disagrees with the column yields a snippet protoc never prints.
      const [type, ...rest] = s('external_id').split(':');
      const sameType = type === s('resource_type_id') ? '' : ' (external_id type differs)';
      return [idText('id', s('resource_type_id') + sameType, rest.join(':')), ...parent];
    }
    case 'v1_entitlements':
      return [
        `resource {\n${idText('id', s('resource_type_id'), s('resource_id'), '  ')}`,
        `\nid: "${s('external_id')}"`,
      ];
    default:
      return [
        `entitlement {\n  resource {\n${idText('id', s('resource_type_id'), s('resource_id'), '    ')}`,
        `\n  id: "${s('entitlement_id')}"\n`,
        idText('id', s('principal_resource_type_id'), s('principal_resource_id'), '  '),
        `\nid: "${s('external_id')}"\n`,
      ];
  }
}

describe('a new sync appended to a Go-written v0.7.27-era file', () => {
  const dir = tempDir();
  let db = '';

  beforeAll(async () => {
    const file = join(dir.path, 'go.c1z');
    copyFileSync(join(FIXTURES, 'go-expansion.expanded.c1z'), file);
    const data = sampleSync();
    const sync = await SyncFile.begin(file, { keepSyncs: 2 });
    sync.writer.commit(data, 'all');
    await sync.finish();
    db = unpack(file, dir.path).db;
  });
  afterAll(() => dir.remove());

  it("keeps Go's sync and writes ours as a finished full sync into Go's columns", () => {
    const runs = sql(
      db,
      'select sync_id, ended_at is not null finished, sync_type, parent_sync_id from v1_sync_runs order by id',
    );
    expect(runs).toHaveLength(2);
    expect(runs[0]).toMatchObject({ sync_id: '36zfOAoWMxQdISbixanQCRBiX7E', finished: 1, sync_type: 'full' });
    expect(runs[1]).toMatchObject({ finished: 1, sync_type: 'full', parent_sync_id: '' });
    expect(sql(db, 'select count(*) n from v1_grants where sync_id = (select sync_id from v1_sync_runs where id = 2)')).toEqual([
      { n: sampleSync().grants.length },
    ]);
    expect(sql(db, "select count(*) n from v1_grants where sync_id = '36zfOAoWMxQdISbixanQCRBiX7E'")).toEqual([{ n: 14981 }]);
  });

  it("keeps Go's schema, indexes included, and the database sound", () => {
    expect(sql(db, 'pragma integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    const indexes = sql(db, "select name from sqlite_master where type = 'index' and tbl_name = 'v1_grants' order by name");
    expect(indexes.map((r) => r.name)).toEqual([
      'idx_grants_entitlement_id_principal_id_v1',
      'idx_grants_external_sync_v1',
      'idx_grants_principal_id_v1',
      'idx_grants_resource_type_id_resource_id_v1',
    ]);
    const cols = sql(db, "select name from pragma_table_info('v1_sync_runs')").map((r) => r.name);
    expect(cols).toEqual(['id', 'sync_id', 'started_at', 'ended_at', 'sync_token', 'sync_type', 'parent_sync_id']);
  });
});
