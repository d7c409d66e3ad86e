// Snowflake answers an unfiltered user or group list with one synthetic sample object unless the account has the
// 2026_03 behaviour change bundle (BCR-2276); such a listing is refused rather than synced as a fake user and role.
import type { JsonObject, JsonValue, ScimProviderHooks } from '@baton-scim/scim';
import { ScimHttpError } from '@baton-scim/scim';

/** The documented sample user: id "1", userName synthesis_user, externalId synthesis_user_external_id. */
export function isSyntheticUser(user: JsonObject): boolean {
  return text(user['userName']) === 'synthesis_user' && text(user['externalId']) === 'synthesis_user_external_id';
}

/** The documented sample group is named synthetic_group; its other attributes are not documented. */
export function isSyntheticGroup(group: JsonObject): boolean {
  return text(group['displayName']) === 'synthetic_group';
}

function text(value: JsonValue | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function refuse(path: string, what: string): never {
  throw new ScimHttpError({
    code: 'failed-precondition',
    method: 'GET',
    path,
    problem: `returned Snowflake's synthetic sample ${what} instead of the account's ${path === '/Users' ? 'users' : 'roles'}: without the 2026_03 behavior change bundle (BCR-2276) an unfiltered SCIM list returns only this placeholder`,
    advice: "have an ACCOUNTADMIN run SELECT SYSTEM$ENABLE_BEHAVIOR_CHANGE_BUNDLE('2026_03'); and sync again",
    requestSent: true,
  });
}

export const hooks: ScimProviderHooks = {
  mapUser: (user, scim) => (isSyntheticUser(scim) ? refuse('/Users', 'user (userName synthesis_user)') : user),
  mapGroup: (group, scim) => (isSyntheticGroup(scim) ? refuse('/Groups', 'group (synthetic_group)') : group),
};
