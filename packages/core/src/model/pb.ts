// The c1.connector.v2 protobuf messages (generated) under the names the rest of the code uses.
import { c1, google } from '../gen/c1.js';

/** The generated namespaces themselves, for generated code elsewhere that refers to these messages. */
export { c1 as c1Proto, google as googleProto };

export const pb = c1.connector.v2;
export const pbStruct = google.protobuf.Struct;

export type ResourceType = c1.connector.v2.ResourceType.$Properties;
export type ResourceId = c1.connector.v2.ResourceId.$Properties;
export type Resource = c1.connector.v2.Resource.$Properties;
export type Entitlement = c1.connector.v2.Entitlement.$Properties;
export type Grant = c1.connector.v2.Grant.$Properties;
export type GrantSources = c1.connector.v2.GrantSources.$Properties;
export type UserTrait = c1.connector.v2.UserTrait.$Properties;
export type GroupTrait = c1.connector.v2.GroupTrait.$Properties;
export type RoleTrait = c1.connector.v2.RoleTrait.$Properties;
export type AppTrait = c1.connector.v2.AppTrait.$Properties;
export type GrantExpandable = c1.connector.v2.GrantExpandable.$Properties;
export type GrantImmutable = c1.connector.v2.GrantImmutable.$Properties;
/** google.protobuf.Any as protobufjs spells it (snake_case `type_url`). */
export type Any = google.protobuf.Any.$Properties;
export type Struct = google.protobuf.Struct.$Properties;

export const Trait = c1.connector.v2.ResourceType.Trait;
export type Trait = c1.connector.v2.ResourceType.Trait;
export const UserStatus = c1.connector.v2.UserTrait.Status.Status;
export const AccountType = c1.connector.v2.UserTrait.AccountType;
export const Purpose = c1.connector.v2.Entitlement.PurposeValue;
export const CreationSource = c1.connector.v2.Resource.CreationSource;
