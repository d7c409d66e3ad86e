// The generated protobuf code is what `pnpm gen:proto` makes from the .proto files, and the CLI's service
// messages use core's c1.connector.v2 classes instead of carrying their own copy.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { c1Proto, googleProto, pb } from '@baton-scim/core';
import $protobuf from 'protobufjs/minimal.js';
import { afterAll, describe, expect, it } from 'vitest';
import { c1 } from '../src/gen/baton.js';
import { AnyPb } from '../src/service/pb.js';
import { REPO } from './support/bin.js';

const GENERATED = {
  'core/c1.js': 'packages/core/src/gen/c1.js',
  'core/c1.d.ts': 'packages/core/src/gen/c1.d.ts',
  'cli/baton.js': 'packages/cli/src/gen/baton.js',
  'cli/baton.d.ts': 'packages/cli/src/gen/baton.d.ts',
};

describe('generated protobuf code', () => {
  let out: string | undefined;
  afterAll(async () => {
    if (out) await rm(out, { recursive: true, force: true });
  });

  it('is exactly what scripts/gen-proto.mjs produces from the .proto files (run `pnpm gen:proto` when this fails)', async () => {
    out = await mkdtemp(join(tmpdir(), 'gen-proto-'));
    await promisify(execFile)(process.execPath, [join(REPO, 'scripts/gen-proto.mjs'), '--out', out], { cwd: REPO });
    for (const [fresh, committed] of Object.entries(GENERATED)) {
      const [want, got] = await Promise.all([readFile(join(out, fresh), 'utf8'), readFile(join(REPO, committed), 'utf8')]);
      expect(got === want, `${committed} is stale`).toBe(true);
    }
  }, 120_000);

  it("decodes the service's messages into core's classes, each package keeping its own namespace", () => {
    const v2 = c1.connector.v2 as Record<string, unknown>;
    expect(v2.Resource).toBeUndefined();
    expect(v2.Grant).toBeUndefined();
    expect((pb as Record<string, unknown>).ConnectorMetadata).toBeUndefined();
    expect(pb).toBe(c1Proto.connector.v2);
    expect(AnyPb).toBe(googleProto.protobuf.Any);
    expect($protobuf.roots['baton-scim-cli']).not.toBe($protobuf.roots.default);

    const entitlement = { id: 'group:eng:member', resource: { id: { resourceType: 'group', resource: 'eng' } } };
    const principal = { id: { resourceType: 'user', resource: 'u1' } };
    const wire = c1.connectorapi.baton.v1.Task.GrantTask.encode({ entitlement, principal }).finish();
    const task = c1.connectorapi.baton.v1.Task.GrantTask.decode(wire);
    expect(task.entitlement).toBeInstanceOf(pb.Entitlement);
    expect(task.principal).toBeInstanceOf(pb.Resource);
    expect(task.principal?.id).toBeInstanceOf(pb.ResourceId);
    // Same bytes as core encoding the entitlement on its own, under GrantTask's field 1.
    const alone = pb.Entitlement.encode(entitlement).finish();
    expect(Buffer.from(wire.subarray(2, 2 + alone.length))).toEqual(Buffer.from(alone));
  });
});
