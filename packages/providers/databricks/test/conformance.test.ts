import { main } from '@baton-scim/cli';
import { defineProviderConformance } from '@baton-scim/testkit/conformance';

defineProviderConformance({
  providerId: 'databricks',
  packageDir: new URL('..', import.meta.url),
  main,
  credentialFlags: ['--token', 'conformance-token'],
  serverAuth: { bearer: 'conformance-token' },
});
