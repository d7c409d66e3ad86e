// First-party provider ids and the package that provides each, for discovery and install hints.

export const FIRST_PARTY_PROVIDERS: readonly string[] = [
  'slack', 'zoom', 'miro', 'postman', 'github', 'atlassian', 'aws-identity-center', 'databricks', '1password', 'snowflake', 'okta',
  'sentry', 'hcp-terraform', 'figma', 'datadog', 'notion', 'asana', 'salesforce', 'webex', 'contentful', 'attio', 'tableau', 'statsig', 'keeper', 'amplitude',
  'entra-id', 'jumpcloud', 'onelogin', 'google-workspace',
];

export function providerPackageName(id: string): string {
  return id.startsWith('@') || id.includes('/') ? id : `@baton-scim/provider-${id}`;
}

export function installHint(pkg: string): string {
  return `npm install ${pkg}   (or: pnpm add ${pkg})`;
}
