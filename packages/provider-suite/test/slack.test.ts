// Slack quirks that need code: how a free-text SCIM attribute lands in the synced file.
import { startScimServer } from '@baton-scim/testkit';
import { describe, expect, it } from 'vitest';
import { readDeclared } from '../src/declared.js';
import { cli, fixtureDirectory, syncArgv } from '../src/suite.js';

const slack = readDeclared('slack')!;

type Listed = { resources: { resource: { id: { resourceType: string; resource: string }; annotations?: { profile?: { fields: Record<string, { stringValue?: string }> } }[] } }[] };

describe('provider slack: quirks in code', () => {
  it('keeps the free-text roles profile field as a profile value, not as roles', async () => {
    const server = await startScimServer({ directory: fixtureDirectory(slack), auth: slack.serverAuth, basePath: slack.basePath });
    try {
      const argv = syncArgv(slack, server);
      const run = await cli(slack, argv);
      expect(run.code, run.stderr).toBe(0);
      const listed = await cli(slack, ['inspect', 'resources', '-o', 'json', '-f', argv[argv.indexOf('-f') + 1]!]);
      expect(listed.code, listed.stderr).toBe(0);
      const resources = (JSON.parse(listed.stdout) as Listed).resources;
      expect(resources.filter((r) => r.resource.id.resourceType === 'role')).toEqual([]);
      const ada = resources.find((r) => r.resource.id.resource === 'U01ABCD2EF3');
      expect(ada?.resource.annotations?.find((a) => a.profile)?.profile?.fields['roles_profile_field']?.stringValue).toBe('Tech Lead');
    } finally {
      await server.close();
    }
  });
});
