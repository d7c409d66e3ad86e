// Turns validated config data into the runtime ScimConfig: paths compiled, defaults resolved, all frozen.
import { BatonError } from '@baton-scim/core';
import { compilePath, type CompiledPath } from '../jsonpath/compile.js';
import { deepFreeze } from './deep-freeze.js';
import { maybe } from './maybe.js';
import { DEFAULT_PAGE_CONCURRENCY, DEFAULT_PAGE_SIZE } from './pagination-schema.js';
import { normaliseProvisioning } from './normalise-provisioning.js';
import type { AuthConfigData, GroupConfigData, HttpConfigData, PaginationConfigData, ScimConfigData, UserConfigData } from './schema.js';
import type { AuthConfig, GroupMapping, HttpTuning, PaginationConfig, ScimConfig, UserMapping, UserRolePaths } from './types.js';

const path = (source: string, key: string): CompiledPath => compilePath(source, { key });
const maybePath = (source: string | undefined, key: string): CompiledPath | undefined =>
  source === undefined ? undefined : path(source, key);

export function normaliseConfig(data: ScimConfigData, file: string): ScimConfig {
  const pagination = normalisePagination(data.pagination);
  return deepFreeze({
    file,
    ...maybe('id', data.id),
    apiEndpoint: data.apiEndpoint,
    hasScimHeader: data.hasScimHeader,
    bodyMediaType: data.bodyMediaType ?? (data.hasScimHeader ? 'application/scim+json' : 'application/json'),
    headers: { ...data.headers },
    auth: normaliseAuth(data.auth),
    user: normaliseUser(data.user),
    group: normaliseGroup(data.group, pagination.pageSize),
    pagination,
    provisioning: normaliseProvisioning(data.provisioning),
    http: normaliseHttp(data.http ?? {}),
    data: structuredClone(data),
  });
}

const ms = (s: number | undefined): number | undefined => (s === undefined ? undefined : Math.max(1, Math.round(s * 1000)));

function normaliseHttp(h: HttpConfigData): HttpTuning {
  return {
    timeouts: {
      ...maybe('connectMs', ms(h.connectTimeoutSeconds)),
      ...maybe('headersMs', ms(h.headersTimeoutSeconds)),
      ...maybe('bodyMs', ms(h.bodyTimeoutSeconds)),
      ...maybe('requestMs', ms(h.requestTimeoutSeconds)),
      ...maybe('minBytesPerSecond', h.minBytesPerSecond),
    },
    retry: {
      ...maybe('maxAttempts', h.maxAttempts),
      ...maybe('maxDelayMs', ms(h.maxRetryWaitSeconds)),
      ...maybe('requestBudgetMs', ms(h.requestBudgetSeconds)),
      ...maybe('syncBudgetMs', ms(h.syncRetryBudgetSeconds)),
    },
    ...maybe('maxResponseBytes', h.maxResponseBytes),
    ...maybe('rateLimits', h.rateLimits?.map((r) => ({ requests: r.requests, perSeconds: r.perSeconds, ...maybe('method', r.method), ...maybe('path', r.path) }))),
    ...maybe('retryOn403Reasons', h.retryOn403Reasons),
  };
}

function normaliseAuth(auth: AuthConfigData): AuthConfig {
  const request = auth.tokenRequest;
  const obtainToken =
    auth.shouldObtainToken && auth.authUrl !== undefined && auth.tokenPath !== undefined
      ? {
          url: auth.authUrl,
          tokenPath: path(auth.tokenPath, 'auth.tokenPath'),
          style: request?.style ?? 'form',
          clientAuth: request?.clientAuth ?? 'basic',
          grantType: request?.grantType ?? 'client_credentials',
          ...maybe('scope', request?.scope),
        }
      : undefined;
  return { authType: auth.authType, ...maybe('apiKeyPrefix', auth.apiKeyPrefix), ...maybe('obtainToken', obtainToken) };
}

function normaliseUser(user: UserConfigData): UserMapping {
  const group = user.hasGroupsOnUser ? user.userGroup : undefined;
  const roles = user.roles;
  return {
    id: path(user.id, 'user.id'),
    userName: path(user.userName, 'user.userName'),
    firstName: path(user.firstName, 'user.firstName'),
    lastName: path(user.lastName, 'user.lastName'),
    primaryEmail: path(user.primaryEmail, 'user.primaryEmail'),
    ...maybe('firstEmail', maybePath(user.firstEmail, 'user.firstEmail')),
    emails: path(user.emails, 'user.emails'),
    active: path(user.active, 'user.active'),
    ...maybe('displayName', maybePath(user.displayName, 'user.displayName')),
    ...maybe(
      'groupsOnUser',
      group && {
        path: path(group.path, 'user.userGroup.path'),
        name: path(group.name, 'user.userGroup.name'),
        ...maybe('id', maybePath(group.id, 'user.userGroup.id')),
      },
    ),
    ...maybe('roles', roles && rolePaths(roles, 'user.roles')),
    enterprise: user.enterprise,
    profile: Object.entries(user.profile ?? {}).map(([key, source]) => ({ key, path: path(source, `user.profile.${key}`) })),
  };
}

function rolePaths(roles: { path: string; name: string; display?: string | undefined }, at: string): UserRolePaths {
  return {
    path: path(roles.path, `${at}.path`),
    name: path(roles.name, `${at}.name`),
    ...maybe('display', maybePath(roles.display, `${at}.display`)),
  };
}

function normaliseGroup(group: GroupConfigData, pageSize: number): GroupMapping {
  const members = group.members;
  return {
    id: path(group.id, 'group.id'),
    displayName: path(group.displayName, 'group.displayName'),
    ...maybe(
      'members',
      members && {
        path: path(members.path, 'group.members.path'),
        id: path(members.id, 'group.members.id'),
        ...maybe('displayName', maybePath(members.displayName, 'group.members.displayName')),
        type: path(members.type, 'group.members.type'),
        sentWhenEmpty: members.sentWhenEmpty,
      },
    ),
    ...maybe('roles', group.roles && rolePaths(group.roles, 'group.roles')),
    excludeMembersInList: group.excludeMembersInList,
    memberPageSize: group.memberPageSize ?? pageSize,
  };
}

function normalisePagination(page: PaginationConfigData): PaginationConfig {
  const sizes = {
    pageSize: page.pageSize ?? Math.min(DEFAULT_PAGE_SIZE, page.maxPageSize ?? DEFAULT_PAGE_SIZE),
    ...maybe('maxPageSize', page.maxPageSize),
    concurrency: page.concurrency ?? DEFAULT_PAGE_CONCURRENCY,
  };
  if (page.style === 'cursor') {
    return {
      ...sizes,
      style: 'cursor',
      nextCursor: path(page.nextCursor ?? 'nextCursor', 'pagination.nextCursor'),
      ...maybe('totalResults', maybePath(page.totalResults, 'pagination.totalResults')),
    };
  }
  const required = (source: string | undefined, key: string): CompiledPath => {
    if (source === undefined) throw new BatonError('internal', `${key} passed validation without a value`);
    return path(source, key);
  };
  return {
    ...sizes,
    style: 'index',
    totalResults: required(page.totalResults, 'pagination.totalResults'),
    itemsPerPage: required(page.itemsPerPage, 'pagination.itemsPerPage'),
    startIndex: required(page.startIndex, 'pagination.startIndex'),
  };
}
