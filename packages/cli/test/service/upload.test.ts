import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openChannel } from '../../src/service/channel.js';
import { BatonClient } from '../../src/service/client.js';
import { parseClientCredentials } from '../../src/service/credentials.js';
import { resolveEndpoint } from '../../src/service/endpoint.js';
import { TokenSource } from '../../src/service/token-source.js';
import { trustedCertificates } from '../../src/service/trust.js';
import { UPLOAD_CHUNK_BYTES, uploadAsset } from '../../src/service/upload.js';
import { startWorld, type World } from './service-harness.js';

let world: World;
beforeAll(async () => { world = await startWorld(); });
afterAll(async () => world.close());

describe('the gRPC channel', () => {
  it('refuses a server whose CA is not among the trusted certificates, even with a valid token', async () => {
    const credentials = parseClientCredentials(world.client.clientId, world.client.clientSecret);
    const endpoint = resolveEndpoint(credentials.tenantHost, world.env());
    const tokens = new TokenSource({ credentials, endpoint, ca: trustedCertificates(world.env()), userAgent: 'test' });
    const channel = openChannel({ endpoint, ca: trustedCertificates({}), userAgent: 'test' });
    try {
      const client = new BatonClient(channel, tokens, 'tls-host', endpoint.authority);
      await expect(client.getTask({ signal: new AbortController().signal })).rejects.toMatchObject({ code: 'unavailable' });
      expect(world.fake.polls).toBe(0);
    } finally {
      channel.close();
    }
  });
});

describe('UploadAsset', () => {
  it('streams metadata, 512 KiB chunks and the SHA-256 the server checks', async () => {
    const credentials = parseClientCredentials(world.client.clientId, world.client.clientSecret);
    const endpoint = resolveEndpoint(credentials.tenantHost, world.env());
    const ca = trustedCertificates(world.env());
    const channel = openChannel({ endpoint, ca, userAgent: 'test' });
    try {
      const client = new BatonClient(channel, new TokenSource({ credentials, endpoint, ca, userAgent: 'test' }), 'upload-host', endpoint.authority);
      const data = randomBytes(2 * UPLOAD_CHUNK_BYTES + 12345);
      const file = join(world.dir, 'asset.c1z');
      writeFileSync(file, data);
      const taskId = 'T'.repeat(27);
      expect(await uploadAsset(client, taskId, file, { signal: new AbortController().signal })).toEqual({ bytes: data.length, attempts: 1 });
      const upload = world.fake.uploads.find((u) => u.taskId === taskId);
      expect(upload?.hostId).toBe('upload-host');
      expect(upload?.chunkSizes).toEqual([UPLOAD_CHUNK_BYTES, UPLOAD_CHUNK_BYTES, 12345]);
      expect(upload?.data.equals(data)).toBe(true);
    } finally {
      channel.close();
    }
  });
});
