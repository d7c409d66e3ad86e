// A throw-away certificate authority and a server certificate for 127.0.0.1, made fresh for each test run.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from 'selfsigned';

/** A host name that resolves nowhere but in the test proxy's table; the server certificate names it. */
export const PROXY_ONLY_HOST = 'conductorone.proxy-only.test';

export interface TestTls {
  readonly caPem: string;
  /** A file holding the CA, for NODE_EXTRA_CA_CERTS. */
  readonly caFile: string;
  readonly key: string;
  readonly cert: string;
}

export async function makeTestTls(dir: string): Promise<TestTls> {
  const notBeforeDate = new Date(Date.now() - 60_000);
  const ca = await generate([{ name: 'commonName', value: 'baton-scim test CA' }], {
    algorithm: 'sha256', keyType: 'ec', notBeforeDate,
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true },
    ],
  });
  const server = await generate([{ name: 'commonName', value: 'localhost' }], {
    algorithm: 'sha256', keyType: 'ec', notBeforeDate,
    ca: { key: ca.private, cert: ca.cert },
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }, { type: 2, value: PROXY_ONLY_HOST }, { type: 7, ip: '127.0.0.1' }] },
    ],
  });
  const caFile = join(dir, 'test-ca.pem');
  writeFileSync(caFile, ca.cert);
  return { caPem: ca.cert, caFile, key: server.private, cert: server.cert };
}
