// Discovery endpoints: /ServiceProviderConfig (incl. RFC 9865 pagination), /ResourceTypes and minimal /Schemas.
import {
  ENTERPRISE_SCHEMA,
  GROUP_SCHEMA,
  LIST_RESPONSE_SCHEMA,
  RESOURCE_TYPE_SCHEMA,
  SCHEMA_SCHEMA,
  SPC_SCHEMA,
  USER_SCHEMA,
} from '../scim-types.js';
import { jsonReply, ScimHttpError, type Reply } from './http-io.js';
import type { ServerState } from './state.js';

function authenticationSchemes(state: ServerState): Array<Record<string, unknown>> {
  const auth = state.auth ?? {};
  return [
    ...(auth.bearer !== undefined || auth.oauth !== undefined
      ? [{ type: 'oauthbearertoken', name: 'OAuth Bearer Token', description: 'Authorization: Bearer' }]
      : []),
    ...(auth.basic !== undefined ? [{ type: 'httpbasic', name: 'HTTP Basic', description: 'Authorization: Basic' }] : []),
  ];
}

export function serviceProviderConfig(state: ServerState): Reply {
  const { paging } = state;
  return jsonReply(200, {
    schemas: [SPC_SCHEMA],
    patch: { supported: true },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    filter: { supported: true, maxResults: paging.maxPageSize },
    changePassword: { supported: false },
    sort: { supported: false },
    etag: { supported: state.etag },
    authenticationSchemes: authenticationSchemes(state),
    pagination: {
      cursor: paging.cursor,
      index: true,
      defaultPaginationMethod: paging.cursor ? paging.defaultMethod : 'index',
      defaultPageSize: paging.defaultPageSize,
      maxPageSize: paging.maxPageSize,
    },
    meta: { resourceType: 'ServiceProviderConfig', location: `${state.baseUrl}/ServiceProviderConfig` },
  });
}

function resourceTypes(state: ServerState): Array<Record<string, unknown>> {
  const entry = (id: string, endpoint: string, schema: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
    schemas: [RESOURCE_TYPE_SCHEMA],
    id,
    name: id,
    endpoint,
    schema,
    ...extra,
    meta: { resourceType: 'ResourceType', location: `${state.baseUrl}/ResourceTypes/${id}` },
  });
  return [
    entry('User', '/Users', USER_SCHEMA, { schemaExtensions: [{ schema: ENTERPRISE_SCHEMA, required: false }] }),
    entry('Group', '/Groups', GROUP_SCHEMA),
  ];
}

/** Just enough of each schema for a client to see names, types and multi-valuedness. */
const SCHEMA_ATTRIBUTES: Array<[id: string, name: string, attributes: Array<[string, string, boolean?]>]> = [
  [USER_SCHEMA, 'User', [
    ['userName', 'string'], ['name', 'complex'], ['displayName', 'string'], ['emails', 'complex', true],
    ['active', 'boolean'], ['roles', 'complex', true], ['groups', 'complex', true],
  ]],
  [GROUP_SCHEMA, 'Group', [['displayName', 'string'], ['members', 'complex', true]]],
  [ENTERPRISE_SCHEMA, 'EnterpriseUser', [['employeeNumber', 'string'], ['department', 'string'], ['manager', 'complex']]],
];

function schemas(state: ServerState): Array<Record<string, unknown>> {
  return SCHEMA_ATTRIBUTES.map(([id, name, attributes]) => ({
    schemas: [SCHEMA_SCHEMA],
    id,
    name,
    attributes: attributes.map(([attr, type, multiValued = false]) => ({
      name: attr,
      type,
      multiValued,
      required: attr === 'userName' || attr === 'displayName',
    })),
    meta: { resourceType: 'Schema', location: `${state.baseUrl}/Schemas/${id}` },
  }));
}

/** `/ResourceTypes` and `/Schemas`, as a list or one entry by id. */
export function discoveryList(state: ServerState, what: 'ResourceTypes' | 'Schemas', id: string | undefined): Reply {
  const all = what === 'ResourceTypes' ? resourceTypes(state) : schemas(state);
  if (id === undefined) {
    return jsonReply(200, { schemas: [LIST_RESPONSE_SCHEMA], totalResults: all.length, itemsPerPage: all.length, startIndex: 1, Resources: all });
  }
  const one = all.find((r) => r['id'] === id);
  if (one === undefined) throw new ScimHttpError(404, `${what}/${id} not found`);
  return jsonReply(200, one);
}
