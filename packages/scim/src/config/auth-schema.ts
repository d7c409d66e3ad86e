// The `auth` section: how requests are authenticated. Secrets never live here; they come from flags.
import { z } from 'zod';
import { evenWithOtherIssues, httpUrlField, jsonPathField, problemAt } from './fields.js';

export const tokenRequestSchema = z
  .strictObject({
    style: z
      .enum(['form', 'json'])
      .default('form')
      .describe('Body encoding of the token request: "form" (application/x-www-form-urlencoded, standard OAuth 2.0) or "json".'),
    clientAuth: z
      .enum(['basic', 'body'])
      .default('basic')
      .describe('Where the client id and secret go: "basic" (HTTP Basic header, required by Zoom) or "body" (client_id and client_secret parameters).'),
    grantType: z
      .enum(['client_credentials', 'account_credentials'])
      .default('client_credentials')
      .describe('"client_credentials", or "account_credentials" (Zoom server-to-server OAuth; also sends account_id from --account-id).'),
    scope: z
      .string()
      .min(1)
      .optional()
      .describe('Scope parameter of the token request, e.g. "https://graph.microsoft.com/.default".'),
  })
  .describe('Extension: how the token request is made when shouldObtainToken is true.');

export const authSchema = z
  .strictObject({
    authType: z
      .enum(['oauth2', 'apiKey', 'basic'])
      .describe('Authentication type: "oauth2" (--token, or a token obtained with --scim-client-id/--scim-client-secret), "apiKey" (--api-key) or "basic" (--username/--password).'),
    apiKeyPrefix: z
      .string()
      .optional()
      .describe('Prefix put before the token or API key in the Authorization header, e.g. "Bearer". Without it an API key is sent bare and an OAuth2 token with "Bearer".'),
    shouldObtainToken: z
      .boolean()
      .default(false)
      .describe('Obtain the token from authUrl with the client credentials instead of taking it from --token.'),
    authUrl: httpUrlField('Token endpoint URL; required when shouldObtainToken is true.').optional(),
    tokenPath: jsonPathField('JSONPath to the access token in the token response, e.g. "access_token"; required when shouldObtainToken is true.').optional(),
    tokenRequest: tokenRequestSchema.optional(),
  })
  .superRefine((auth, ctx) => {
    const obtain = auth.shouldObtainToken === true;
    const required = 'required when auth.shouldObtainToken is true';
    if (obtain && auth.authUrl === undefined) problemAt(ctx, 'authUrl', required);
    if (obtain && auth.tokenPath === undefined) problemAt(ctx, 'tokenPath', required);
    if (!obtain && auth.tokenRequest !== undefined) {
      const message = 'only used when auth.shouldObtainToken is true; set that or remove this block';
      problemAt(ctx, 'tokenRequest', message);
    }
    if (auth.authType === 'basic' && auth.apiKeyPrefix !== undefined) {
      problemAt(ctx, 'apiKeyPrefix', 'not used with authType "basic"; remove it');
    }
  }, evenWithOtherIssues)
  .describe('Authentication configuration (required).');
