// The Snowflake provider: provider.yaml, plus hooks that refuse Snowflake's synthetic sample listing.
import { defineScimProvider } from '@baton-scim/scim';
import { hooks } from './hooks.js';

export default defineScimProvider({
  id: 'snowflake',
  displayName: 'Snowflake',
  config: new URL('../provider.yaml', import.meta.url),
  hooks,
});
