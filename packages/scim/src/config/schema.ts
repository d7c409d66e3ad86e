// The one schema of a SCIM provider config: types, the JSON Schema and validation all come from it.
import { z } from 'zod';
import { authSchema } from './auth-schema.js';
import { baseUrlField } from './fields.js';
import { groupSchema } from './group-schema.js';
import { httpSchema } from './http-schema.js';
import { paginationSchema } from './pagination-schema.js';
import { provisioningSchema } from './provisioning-schema.js';
import { userSchema } from './user-schema.js';

// Credentials come from flags, and Accept/Content-Type from hasScimHeader and the client.
const RESERVED_HEADERS: ReadonlySet<string> = new Set([
  'authorization',
  'proxy-authorization',
  'cookie',
  'host',
  'content-length',
  'content-type',
  'accept',
]);

const headerName = z
  .string()
  .regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, 'is not a valid HTTP header name')
  .refine((name) => !RESERVED_HEADERS.has(name.toLowerCase()), {
    message: 'is set by the connector; credentials come from flags such as --token or --api-key',
  });

const headerValue = z.string().regex(/^[^\r\n]*$/, 'must be a single line');

export const scimConfigSchema = z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes')
      .optional()
      .describe('Provider id of a built-in provider, spelled like its folder and package suffix (e.g. "slack").'),
    apiEndpoint: baseUrlField('The URL of the SCIM API endpoint (required), e.g. "https://api.example.com/scim/v2/".'),
    hasScimHeader: z
      .boolean()
      .describe('Whether the service requires the SCIM media type in Accept (application/scim+json) (required).'),
    bodyMediaType: z
      .enum(['application/scim+json', 'application/json'])
      .optional()
      .describe('Extension: Content-Type of request bodies when the service documents another one than Accept (Zoom and Miro show application/json bodies). Default: application/scim+json with hasScimHeader, else application/json.'),
    auth: authSchema,
    user: userSchema,
    group: groupSchema,
    pagination: paginationSchema,
    provisioning: provisioningSchema.optional(),
    http: httpSchema.optional(),
    headers: z
      .record(headerName, headerValue)
      .optional()
      .describe('Extension: extra static headers sent with every SCIM request (never credentials).'),
  })
  .meta({
    title: 'baton-scim SCIM provider configuration',
    description: 'Maps a SCIM 2.0 service provider to Baton users, groups and roles. Secrets are never part of it; they come from flags.',
  });

/** The config as written in YAML (defaults not applied). */
export type ScimConfigInput = z.input<typeof scimConfigSchema>;
/** The validated config with defaults applied. */
export type ScimConfigData = z.infer<typeof scimConfigSchema>;
export type AuthConfigData = ScimConfigData['auth'];
export type UserConfigData = ScimConfigData['user'];
export type GroupConfigData = ScimConfigData['group'];
export type PaginationConfigData = ScimConfigData['pagination'];
export type ProvisioningConfigData = NonNullable<ScimConfigData['provisioning']>;
export type HttpConfigData = NonNullable<ScimConfigData['http']>;
