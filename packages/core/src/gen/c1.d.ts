import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace c1. */
export namespace c1 {

    /** Namespace connector. */
    namespace connector {

        /** Namespace v2. */
        namespace v2 {

            /**
             * Properties of a UserTrait.
             * @deprecated Use c1.connector.v2.UserTrait.$Properties instead.
             */
            interface IUserTrait extends c1.connector.v2.UserTrait.$Properties {
            }

            /** Represents a UserTrait. */
            class UserTrait {

                /**
                 * Constructs a new UserTrait.
                 * @param [p] Properties to set
                 */
                constructor(p?: c1.connector.v2.UserTrait.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** UserTrait emails. */
                emails: c1.connector.v2.UserTrait.Email.$Properties[];

                /** UserTrait status. */
                status?: (c1.connector.v2.UserTrait.Status.$Properties|null);

                /** UserTrait profile. */
                profile?: (google.protobuf.Struct.$Properties|null);

                /** UserTrait icon. */
                icon?: (c1.connector.v2.AssetRef.$Properties|null);

                /** UserTrait accountType. */
                accountType: c1.connector.v2.UserTrait.AccountType;

                /** UserTrait login. */
                login: string;

                /** UserTrait loginAliases. */
                loginAliases: string[];

                /** UserTrait createdAt. */
                createdAt?: (google.protobuf.Timestamp.$Properties|null);

                /** UserTrait lastLogin. */
                lastLogin?: (google.protobuf.Timestamp.$Properties|null);

                /** UserTrait mfaStatus. */
                mfaStatus?: (c1.connector.v2.UserTrait.MFAStatus.$Properties|null);

                /** UserTrait ssoStatus. */
                ssoStatus?: (c1.connector.v2.UserTrait.SSOStatus.$Properties|null);

                /** UserTrait structuredName. */
                structuredName?: (c1.connector.v2.UserTrait.StructuredName.$Properties|null);

                /** UserTrait employeeIds. */
                employeeIds: string[];

                /**
                 * Creates a new UserTrait instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns UserTrait instance
                 */
                static create(properties: c1.connector.v2.UserTrait.$Shape): c1.connector.v2.UserTrait & c1.connector.v2.UserTrait.$Shape;
                static create(properties?: c1.connector.v2.UserTrait.$Properties): c1.connector.v2.UserTrait;

                /**
                 * Encodes the specified UserTrait message. Does not implicitly {@link c1.connector.v2.UserTrait.verify|verify} messages.
                 * @param m UserTrait message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: c1.connector.v2.UserTrait.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a UserTrait message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {c1.connector.v2.UserTrait & c1.connector.v2.UserTrait.$Shape} UserTrait
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connector.v2.UserTrait & c1.connector.v2.UserTrait.$Shape;

                /**
                 * Creates a UserTrait message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns UserTrait
                 */
                static fromObject(d: { [k: string]: any }): c1.connector.v2.UserTrait;

                /**
                 * Creates a plain object from a UserTrait message. Also converts values to other types if specified.
                 * @param m UserTrait
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: c1.connector.v2.UserTrait, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this UserTrait to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for UserTrait
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace UserTrait {

                /** Properties of a UserTrait. */
                interface $Properties {

                    /** UserTrait emails */
                    emails?: (c1.connector.v2.UserTrait.Email.$Properties[]|null);

                    /** UserTrait status */
                    status?: (c1.connector.v2.UserTrait.Status.$Properties|null);

                    /** UserTrait profile */
                    profile?: (google.protobuf.Struct.$Properties|null);

                    /** UserTrait icon */
                    icon?: (c1.connector.v2.AssetRef.$Properties|null);

                    /** UserTrait accountType */
                    accountType?: (c1.connector.v2.UserTrait.AccountType|null);

                    /** UserTrait login */
                    login?: (string|null);

                    /** UserTrait loginAliases */
                    loginAliases?: (string[]|null);

                    /** UserTrait createdAt */
                    createdAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** UserTrait lastLogin */
                    lastLogin?: (google.protobuf.Timestamp.$Properties|null);

                    /** UserTrait mfaStatus */
                    mfaStatus?: (c1.connector.v2.UserTrait.MFAStatus.$Properties|null);

                    /** UserTrait ssoStatus */
                    ssoStatus?: (c1.connector.v2.UserTrait.SSOStatus.$Properties|null);

                    /** UserTrait structuredName */
                    structuredName?: (c1.connector.v2.UserTrait.StructuredName.$Properties|null);

                    /** UserTrait employeeIds */
                    employeeIds?: (string[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a UserTrait. */
                type $Shape = {
                  emails?: c1.connector.v2.UserTrait.Email.$Shape[]|null;
                  status?: c1.connector.v2.UserTrait.Status.$Shape|null;
                  profile?: google.protobuf.Struct.$Shape|null;
                  icon?: c1.connector.v2.AssetRef.$Shape|null;
                  accountType?: c1.connector.v2.UserTrait.AccountType|null;
                  login?: string|null;
                  loginAliases?: string[]|null;
                  createdAt?: google.protobuf.Timestamp.$Shape|null;
                  lastLogin?: google.protobuf.Timestamp.$Shape|null;
                  mfaStatus?: c1.connector.v2.UserTrait.MFAStatus.$Shape|null;
                  ssoStatus?: c1.connector.v2.UserTrait.SSOStatus.$Shape|null;
                  structuredName?: c1.connector.v2.UserTrait.StructuredName.$Shape|null;
                  employeeIds?: string[]|null;
                  $unknowns?: Uint8Array[];
                };

                /**
                 * Properties of an Email.
                 * @deprecated Use c1.connector.v2.UserTrait.Email.$Properties instead.
                 */
                interface IEmail extends c1.connector.v2.UserTrait.Email.$Properties {
                }

                /** Represents an Email. */
                class Email {

                    /**
                     * Constructs a new Email.
                     * @param [p] Properties to set
                     */
                    constructor(p?: c1.connector.v2.UserTrait.Email.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Email address. */
                    address: string;

                    /** Email isPrimary. */
                    isPrimary: boolean;

                    /**
                     * Creates a new Email instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Email instance
                     */
                    static create(properties: c1.connector.v2.UserTrait.Email.$Shape): c1.connector.v2.UserTrait.Email & c1.connector.v2.UserTrait.Email.$Shape;
                    static create(properties?: c1.connector.v2.UserTrait.Email.$Properties): c1.connector.v2.UserTrait.Email;

                    /**
                     * Encodes the specified Email message. Does not implicitly {@link c1.connector.v2.UserTrait.Email.verify|verify} messages.
                     * @param m Email message or plain object to encode
                     * @param [w] Writer to encode to
                     * @returns Writer
                     */
                    static encode(m: c1.connector.v2.UserTrait.Email.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an Email message from the specified reader or buffer.
                     * @param r Reader or buffer to decode from
                     * @param [l] Message length if known beforehand
                     * @returns {c1.connector.v2.UserTrait.Email & c1.connector.v2.UserTrait.Email.$Shape} Email
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connector.v2.UserTrait.Email & c1.connector.v2.UserTrait.Email.$Shape;

                    /**
                     * Creates an Email message from a plain object. Also converts values to their respective internal types.
                     * @param d Plain object
                     * @returns Email
                     */
                    static fromObject(d: { [k: string]: any }): c1.connector.v2.UserTrait.Email;

                    /**
                     * Creates a plain object from an Email message. Also converts values to other types if specified.
                     * @param m Email
                     * @param [o] Conversion options
                     * @returns Plain object
                     */
                    static toObject(m: c1.connector.v2.UserTrait.Email, o?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Email to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for Email
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace Email {

                    /** Properties of an Email. */
                    interface $Properties {

                        /** Email address */
                        address?: (string|null);

                        /** Email isPrimary */
                        isPrimary?: (boolean|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of an Email. */
                    type $Shape = c1.connector.v2.UserTrait.Email.$Properties;
                }

                /**
                 * Properties of a Status.
                 * @deprecated Use c1.connector.v2.UserTrait.Status.$Properties instead.
                 */
                interface IStatus extends c1.connector.v2.UserTrait.Status.$Properties {
                }

                /** Represents a Status. */
                class Status {

                    /**
                     * Constructs a new Status.
                     * @param [p] Properties to set
                     */
                    constructor(p?: c1.connector.v2.UserTrait.Status.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Status status. */
                    status: c1.connector.v2.UserTrait.Status.Status;

                    /** Status details. */
                    details: string;

                    /**
                     * Creates a new Status instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Status instance
                     */
                    static create(properties: c1.connector.v2.UserTrait.Status.$Shape): c1.connector.v2.UserTrait.Status & c1.connector.v2.UserTrait.Status.$Shape;
                    static create(properties?: c1.connector.v2.UserTrait.Status.$Properties): c1.connector.v2.UserTrait.Status;

                    /**
                     * Encodes the specified Status message. Does not implicitly {@link c1.connector.v2.UserTrait.Status.verify|verify} messages.
                     * @param m Status message or plain object to encode
                     * @param [w] Writer to encode to
                     * @returns Writer
                     */
                    static encode(m: c1.connector.v2.UserTrait.Status.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Status message from the specified reader or buffer.
                     * @param r Reader or buffer to decode from
                     * @param [l] Message length if known beforehand
                     * @returns {c1.connector.v2.UserTrait.Status & c1.connector.v2.UserTrait.Status.$Shape} Status
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connector.v2.UserTrait.Status & c1.connector.v2.UserTrait.Status.$Shape;

                    /**
                     * Creates a Status message from a plain object. Also converts values to their respective internal types.
                     * @param d Plain object
                     * @returns Status
                     */
                    static fromObject(d: { [k: string]: any }): c1.connector.v2.UserTrait.Status;

                    /**
                     * Creates a plain object from a Status message. Also converts values to other types if specified.
                     * @param m Status
                     * @param [o] Conversion options
                     * @returns Plain object
                     */
                    static toObject(m: c1.connector.v2.UserTrait.Status, o?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Status to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for Status
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace Status {

                    /** Properties of a Status. */
                    interface $Properties {

                        /** Status status */
                        status?: (c1.connector.v2.UserTrait.Status.Status|null);

                        /** Status details */
                        details?: (string|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a Status. */
                    type $Shape = c1.connector.v2.UserTrait.Status.$Properties;

                    /** Status enum. */
                    enum Status {

                        /** STATUS_UNSPECIFIED value */
                        STATUS_UNSPECIFIED = 0,

                        /** STATUS_ENABLED value */
                        STATUS_ENABLED = 1,

                        /** STATUS_DISABLED value */
                        STATUS_DISABLED = 2,

                        /** STATUS_DELETED value */
                        STATUS_DELETED = 3
                    }
                }

                /** AccountType enum. */
                enum AccountType {

                    /** ACCOUNT_TYPE_UNSPECIFIED value */
                    ACCOUNT_TYPE_UNSPECIFIED = 0,

                    /** ACCOUNT_TYPE_HUMAN value */
                    ACCOUNT_TYPE_HUMAN = 1,

                    /** ACCOUNT_TYPE_SERVICE value */
                    ACCOUNT_TYPE_SERVICE = 2,

                    /** ACCOUNT_TYPE_SYSTEM value */
                    ACCOUNT_TYPE_SYSTEM = 3
                }

                /**
                 * Properties of a MFAStatus.
                 * @deprecated Use c1.connector.v2.UserTrait.MFAStatus.$Properties instead.
                 */
                interface IMFAStatus extends c1.connector.v2.UserTrait.MFAStatus.$Properties {
                }

                /** Represents a MFAStatus. */
                class MFAStatus {

                    /**
                     * Constructs a new MFAStatus.
                     * @param [p] Properties to set
                     */
                    constructor(p?: c1.connector.v2.UserTrait.MFAStatus.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** MFAStatus mfaEnabled. */
                    mfaEnabled: boolean;

                    /**
                     * Creates a new MFAStatus instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns MFAStatus instance
                     */
                    static create(properties: c1.connector.v2.UserTrait.MFAStatus.$Shape): c1.connector.v2.UserTrait.MFAStatus & c1.connector.v2.UserTrait.MFAStatus.$Shape;
                    static create(properties?: c1.connector.v2.UserTrait.MFAStatus.$Properties): c1.connector.v2.UserTrait.MFAStatus;

                    /**
                     * Encodes the specified MFAStatus message. Does not implicitly {@link c1.connector.v2.UserTrait.MFAStatus.verify|verify} messages.
                     * @param m MFAStatus message or plain object to encode
                     * @param [w] Writer to encode to
                     * @returns Writer
                     */
                    static encode(m: c1.connector.v2.UserTrait.MFAStatus.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a MFAStatus message from the specified reader or buffer.
                     * @param r Reader or buffer to decode from
                     * @param [l] Message length if known beforehand
                     * @returns {c1.connector.v2.UserTrait.MFAStatus & c1.connector.v2.UserTrait.MFAStatus.$Shape} MFAStatus
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connector.v2.UserTrait.MFAStatus & c1.connector.v2.UserTrait.MFAStatus.$Shape;

                    /**
                     * Creates a MFAStatus message from a plain object. Also converts values to their respective internal types.
                     * @param d Plain object
                     * @returns MFAStatus
                     */
                    static fromObject(d: { [k: string]: any }): c1.connector.v2.UserTrait.MFAStatus;

                    /**
                     * Creates a plain object from a MFAStatus message. Also converts values to other types if specified.
                     * @param m MFAStatus
                     * @param [o] Conversion options
                     * @returns Plain object
                     */
                    static toObject(m: c1.connector.v2.UserTrait.MFAStatus, o?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this MFAStatus to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for MFAStatus
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace MFAStatus {

                    /** Properties of a MFAStatus. */
                    interface $Properties {

                        /** MFAStatus mfaEnabled */
                        mfaEnabled?: (boolean|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a MFAStatus. */
                    type $Shape = c1.connector.v2.UserTrait.MFAStatus.$Properties;
                }

                /**
                 * Properties of a SSOStatus.
                 * @deprecated Use c1.connector.v2.UserTrait.SSOStatus.$Properties instead.
                 */
                interface ISSOStatus extends c1.connector.v2.UserTrait.SSOStatus.$Properties {
                }

                /** Represents a SSOStatus. */
                class SSOStatus {

                    /**
                     * Constructs a new SSOStatus.
                     * @param [p] Properties to set
                     */
                    constructor(p?: c1.connector.v2.UserTrait.SSOStatus.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** SSOStatus ssoEnabled. */
                    ssoEnabled: boolean;

                    /**
                     * Creates a new SSOStatus instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns SSOStatus instance
                     */
                    static create(properties: c1.connector.v2.UserTrait.SSOStatus.$Shape): c1.connector.v2.UserTrait.SSOStatus & c1.connector.v2.UserTrait.SSOStatus.$Shape;
                    static create(properties?: c1.connector.v2.UserTrait.SSOStatus.$Properties): c1.connector.v2.UserTrait.SSOStatus;

                    /**
                     * Encodes the specified SSOStatus message. Does not implicitly {@link c1.connector.v2.UserTrait.SSOStatus.verify|verify} messages.
                     * @param m SSOStatus message or plain object to encode
                     * @param [w] Writer to encode to
                     * @returns Writer
                     */
                    static encode(m: c1.connector.v2.UserTrait.SSOStatus.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a SSOStatus message from the specified reader or buffer.
                     * @param r Reader or buffer to decode from
                     * @param [l] Message length if known beforehand
                     * @returns {c1.connector.v2.UserTrait.SSOStatus & c1.connector.v2.UserTrait.SSOStatus.$Shape} SSOStatus
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connector.v2.UserTrait.SSOStatus & c1.connector.v2.UserTrait.SSOStatus.$Shape;

                    /**
                     * Creates a SSOStatus message from a plain object. Also converts values to their respective internal types.
                     * @param d Plain object
                     * @returns SSOStatus
                     */
                    static fromObject(d: { [k: string]: any }): c1.connector.v2.UserTrait.SSOStatus;

                    /**
                     * Creates a plain object from a SSOStatus message. Also converts values to other types if specified.
                     * @param m SSOStatus
                     * @param [o] Conversion options
                     * @returns Plain object
                     */
                    static toObject(m: c1.connector.v2.UserTrait.SSOStatus, o?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this SSOStatus to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for SSOStatus
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace SSOStatus {

                    /** Properties of a SSOStatus. */
                    interface $Properties {

                        /** SSOStatus ssoEnabled */
                        ssoEnabled?: (boolean|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a SSOStatus. */
                    type $Shape = c1.connector.v2.UserTrait.SSOStatus.$Properties;
                }

                /**
                 * Properties of a StructuredName.
                 * @deprecated Use c1.connector.v2.UserTrait.StructuredName.$Properties instead.
                 */
                interface IStructuredName extends c1.connector.v2.UserTrait.StructuredName.$Properties {
                }

                /** Represents a StructuredName. */
                class StructuredName {

                    /**
                     * Constructs a new StructuredName.
                     * @param [p] Properties to set
                     */
                    constructor(p?: c1.connector.v2.UserTrait.StructuredName.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** StructuredName givenName. */
                    givenName: string;

                    /** StructuredName familyName. */
                    familyName: string;

                    /** StructuredName middleNames. */
                    middleNames: string[];

                    /** StructuredName prefix. */
                    prefix: string;

                    /** StructuredName suffix. */
                    suffix: string;

                    /**
                     * Creates a new StructuredName instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns StructuredName instance
                     */
                    static create(properties: c1.connector.v2.UserTrait.StructuredName.$Shape): c1.connector.v2.UserTrait.StructuredName & c1.connector.v2.UserTrait.StructuredName.$Shape;
                    static create(properties?: c1.connector.v2.UserTrait.StructuredName.$Properties): c1.connector.v2.UserTrait.StructuredName;

                    /**
                     * Encodes the specified StructuredName message. Does not implicitly {@link c1.connector.v2.UserTrait.StructuredName.verify|verify} messages.
                     * @param m StructuredName message or plain object to encode
                     * @param [w] Writer to encode to
                     * @returns Writer
                     */
                    static encode(m: c1.connector.v2.UserTrait.StructuredName.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a StructuredName message from the specified reader or buffer.
                     * @param r Reader or buffer to decode from
                     * @param [l] Message length if known beforehand
                     * @returns {c1.connector.v2.UserTrait.StructuredName & c1.connector.v2.UserTrait.StructuredName.$Shape} StructuredName
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connector.v2.UserTrait.StructuredName & c1.connector.v2.UserTrait.StructuredName.$Shape;

                    /**
                     * Creates a StructuredName message from a plain object. Also converts values to their respective internal types.
                     * @param d Plain object
                     * @returns StructuredName
                     */
                    static fromObject(d: { [k: string]: any }): c1.connector.v2.UserTrait.StructuredName;

                    /**
                     * Creates a plain object from a StructuredName message. Also converts values to other types if specified.
                     * @param m StructuredName
                     * @param [o] Conversion options
                     * @returns Plain object
                     */
                    static toObject(m: c1.connector.v2.UserTrait.StructuredName, o?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this StructuredName to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for StructuredName
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace StructuredName {

                    /** Properties of a StructuredName. */
                    interface $Properties {

                        /** StructuredName givenName */
                        givenName?: (string|null);

                        /** StructuredName familyName */
                        familyName?: (string|null);

                        /** StructuredName middleNames */
                        middleNames?: (string[]|null);

                        /** StructuredName prefix */
                        prefix?: (string|null);

                        /** StructuredName suffix */
                        suffix?: (string|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a StructuredName. */
                    type $Shape = c1.connector.v2.UserTrait.StructuredName.$Properties;
                }
            }

            /**
             * Properties of a GroupTrait.
             * @deprecated Use c1.connector.v2.GroupTrait.$Properties instead.
             */
            interface IGroupTrait extends c1.connector.v2.GroupTrait.$Properties {
            }

            /** Represents a GroupTrait. */
            class GroupTrait {

                /**
                 * Constructs a new GroupTrait.
                 * @param [p] Properties to set
                 */
                constructor(p?: c1.connector.v2.GroupTrait.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GroupTrait icon. */
                icon?: (c1.connector.v2.AssetRef.$Properties|null);

                /** GroupTrait profile. */
                profile?: (google.protobuf.Struct.$Properties|null);

                /**
                 * Creates a new GroupTrait instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GroupTrait instance
                 */
                static create(properties: c1.connector.v2.GroupTrait.$Shape): c1.connector.v2.GroupTrait & c1.connector.v2.GroupTrait.$Shape;
                static create(properties?: c1.connector.v2.GroupTrait.$Properties): c1.connector.v2.GroupTrait;

                /**
                 * Encodes the specified GroupTrait message. Does not implicitly {@link c1.connector.v2.GroupTrait.verify|verify} messages.
                 * @param m GroupTrait message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: c1.connector.v2.GroupTrait.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GroupTrait message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {c1.connector.v2.GroupTrait & c1.connector.v2.GroupTrait.$Shape} GroupTrait
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connector.v2.GroupTrait & c1.connector.v2.GroupTrait.$Shape;

                /**
                 * Creates a GroupTrait message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns GroupTrait
                 */
                static fromObject(d: { [k: string]: any }): c1.connector.v2.GroupTrait;

                /**
                 * Creates a plain object from a GroupTrait message. Also converts values to other types if specified.
                 * @param m GroupTrait
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: c1.connector.v2.GroupTrait, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GroupTrait to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GroupTrait
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GroupTrait {

                /** Properties of a GroupTrait. */
                interface $Properties {

                    /** GroupTrait icon */
                    icon?: (c1.connector.v2.AssetRef.$Properties|null);

                    /** GroupTrait profile */
                    profile?: (google.protobuf.Struct.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GroupTrait. */
                type $Shape = {
                  icon?: c1.connector.v2.AssetRef.$Shape|null;
                  profile?: google.protobuf.Struct.$Shape|null;
                  $unknowns?: Uint8Array[];
                };
            }

            /**
             * Properties of a RoleTrait.
             * @deprecated Use c1.connector.v2.RoleTrait.$Properties instead.
             */
            interface IRoleTrait extends c1.connector.v2.RoleTrait.$Properties {
            }

            /** Represents a RoleTrait. */
            class RoleTrait {

                /**
                 * Constructs a new RoleTrait.
                 * @param [p] Properties to set
                 */
                constructor(p?: c1.connector.v2.RoleTrait.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RoleTrait profile. */
                profile?: (google.protobuf.Struct.$Properties|null);

                /**
                 * Creates a new RoleTrait instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RoleTrait instance
                 */
                static create(properties: c1.connector.v2.RoleTrait.$Shape): c1.connector.v2.RoleTrait & c1.connector.v2.RoleTrait.$Shape;
                static create(properties?: c1.connector.v2.RoleTrait.$Properties): c1.connector.v2.RoleTrait;

                /**
                 * Encodes the specified RoleTrait message. Does not implicitly {@link c1.connector.v2.RoleTrait.verify|verify} messages.
                 * @param m RoleTrait message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: c1.connector.v2.RoleTrait.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RoleTrait message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {c1.connector.v2.RoleTrait & c1.connector.v2.RoleTrait.$Shape} RoleTrait
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connector.v2.RoleTrait & c1.connector.v2.RoleTrait.$Shape;

                /**
                 * Creates a RoleTrait message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns RoleTrait
                 */
                static fromObject(d: { [k: string]: any }): c1.connector.v2.RoleTrait;

                /**
                 * Creates a plain object from a RoleTrait message. Also converts values to other types if specified.
                 * @param m RoleTrait
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: c1.connector.v2.RoleTrait, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RoleTrait to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for RoleTrait
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RoleTrait {

                /** Properties of a RoleTrait. */
                interface $Properties {

                    /** RoleTrait profile */
                    profile?: (google.protobuf.Struct.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RoleTrait. */
                type $Shape = {
                  profile?: google.protobuf.Struct.$Shape|null;
                  $unknowns?: Uint8Array[];
                };
            }

            /**
             * Properties of an AppTrait.
             * @deprecated Use c1.connector.v2.AppTrait.$Properties instead.
             */
            interface IAppTrait extends c1.connector.v2.AppTrait.$Properties {
            }

            /** Represents an AppTrait. */
            class AppTrait {

                /**
                 * Constructs a new AppTrait.
                 * @param [p] Properties to set
                 */
                constructor(p?: c1.connector.v2.AppTrait.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AppTrait helpUrl. */
                helpUrl: string;

                /** AppTrait icon. */
                icon?: (c1.connector.v2.AssetRef.$Properties|null);

                /** AppTrait logo. */
                logo?: (c1.connector.v2.AssetRef.$Properties|null);

                /** AppTrait profile. */
                profile?: (google.protobuf.Struct.$Properties|null);

                /** AppTrait flags. */
                flags: c1.connector.v2.AppTrait.AppFlag[];

                /**
                 * Creates a new AppTrait instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AppTrait instance
                 */
                static create(properties: c1.connector.v2.AppTrait.$Shape): c1.connector.v2.AppTrait & c1.connector.v2.AppTrait.$Shape;
                static create(properties?: c1.connector.v2.AppTrait.$Properties): c1.connector.v2.AppTrait;

                /**
                 * Encodes the specified AppTrait message. Does not implicitly {@link c1.connector.v2.AppTrait.verify|verify} messages.
                 * @param m AppTrait message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: c1.connector.v2.AppTrait.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AppTrait message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {c1.connector.v2.AppTrait & c1.connector.v2.AppTrait.$Shape} AppTrait
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connector.v2.AppTrait & c1.connector.v2.AppTrait.$Shape;

                /**
                 * Creates an AppTrait message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns AppTrait
                 */
                static fromObject(d: { [k: string]: any }): c1.connector.v2.AppTrait;

                /**
                 * Creates a plain object from an AppTrait message. Also converts values to other types if specified.
                 * @param m AppTrait
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: c1.connector.v2.AppTrait, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AppTrait to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for AppTrait
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace AppTrait {

                /** Properties of an AppTrait. */
                interface $Properties {

                    /** AppTrait helpUrl */
                    helpUrl?: (string|null);

                    /** AppTrait icon */
                    icon?: (c1.connector.v2.AssetRef.$Properties|null);

                    /** AppTrait logo */
                    logo?: (c1.connector.v2.AssetRef.$Properties|null);

                    /** AppTrait profile */
                    profile?: (google.protobuf.Struct.$Properties|null);

                    /** AppTrait flags */
                    flags?: (c1.connector.v2.AppTrait.AppFlag[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AppTrait. */
                type $Shape = {
                  helpUrl?: string|null;
                  icon?: c1.connector.v2.AssetRef.$Shape|null;
                  logo?: c1.connector.v2.AssetRef.$Shape|null;
                  profile?: google.protobuf.Struct.$Shape|null;
                  flags?: c1.connector.v2.AppTrait.AppFlag[]|null;
                  $unknowns?: Uint8Array[];
                };

                /** AppFlag enum. */
                enum AppFlag {

                    /** APP_FLAG_UNSPECIFIED value */
                    APP_FLAG_UNSPECIFIED = 0,

                    /** APP_FLAG_HIDDEN value */
                    APP_FLAG_HIDDEN = 1,

                    /** APP_FLAG_INACTIVE value */
                    APP_FLAG_INACTIVE = 2,

                    /** APP_FLAG_SAML value */
                    APP_FLAG_SAML = 3,

                    /** APP_FLAG_OIDC value */
                    APP_FLAG_OIDC = 4,

                    /** APP_FLAG_BOOKMARK value */
                    APP_FLAG_BOOKMARK = 5
                }
            }

            /**
             * Properties of a ChildResourceType.
             * @deprecated Use c1.connector.v2.ChildResourceType.$Properties instead.
             */
            interface IChildResourceType extends c1.connector.v2.ChildResourceType.$Properties {
            }

            /** Represents a ChildResourceType. */
            class ChildResourceType {

                /**
                 * Constructs a new ChildResourceType.
                 * @param [p] Properties to set
                 */
                constructor(p?: c1.connector.v2.ChildResourceType.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ChildResourceType resourceTypeId. */
                resourceTypeId: string;

                /**
                 * Creates a new ChildResourceType instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ChildResourceType instance
                 */
                static create(properties: c1.connector.v2.ChildResourceType.$Shape): c1.connector.v2.ChildResourceType & c1.connector.v2.ChildResourceType.$Shape;
                static create(properties?: c1.connector.v2.ChildResourceType.$Properties): c1.connector.v2.ChildResourceType;

                /**
                 * Encodes the specified ChildResourceType message. Does not implicitly {@link c1.connector.v2.ChildResourceType.verify|verify} messages.
                 * @param m ChildResourceType message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: c1.connector.v2.ChildResourceType.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ChildResourceType message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {c1.connector.v2.ChildResourceType & c1.connector.v2.ChildResourceType.$Shape} ChildResourceType
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connector.v2.ChildResourceType & c1.connector.v2.ChildResourceType.$Shape;

                /**
                 * Creates a ChildResourceType message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns ChildResourceType
                 */
                static fromObject(d: { [k: string]: any }): c1.connector.v2.ChildResourceType;

                /**
                 * Creates a plain object from a ChildResourceType message. Also converts values to other types if specified.
                 * @param m ChildResourceType
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: c1.connector.v2.ChildResourceType, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ChildResourceType to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ChildResourceType
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ChildResourceType {

                /** Properties of a ChildResourceType. */
                interface $Properties {

                    /** ChildResourceType resourceTypeId */
                    resourceTypeId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ChildResourceType. */
                type $Shape = c1.connector.v2.ChildResourceType.$Properties;
            }

            /**
             * Properties of a SkipEntitlementsAndGrants.
             * @deprecated Use c1.connector.v2.SkipEntitlementsAndGrants.$Properties instead.
             */
            interface ISkipEntitlementsAndGrants extends c1.connector.v2.SkipEntitlementsAndGrants.$Properties {
            }

            /** Represents a SkipEntitlementsAndGrants. */
            class SkipEntitlementsAndGrants {

                /**
                 * Constructs a new SkipEntitlementsAndGrants.
                 * @param [p] Properties to set
                 */
                constructor(p?: c1.connector.v2.SkipEntitlementsAndGrants.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new SkipEntitlementsAndGrants instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SkipEntitlementsAndGrants instance
                 */
                static create(properties: c1.connector.v2.SkipEntitlementsAndGrants.$Shape): c1.connector.v2.SkipEntitlementsAndGrants & c1.connector.v2.SkipEntitlementsAndGrants.$Shape;
                static create(properties?: c1.connector.v2.SkipEntitlementsAndGrants.$Properties): c1.connector.v2.SkipEntitlementsAndGrants;

                /**
                 * Encodes the specified SkipEntitlementsAndGrants message. Does not implicitly {@link c1.connector.v2.SkipEntitlementsAndGrants.verify|verify} messages.
                 * @param m SkipEntitlementsAndGrants message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: c1.connector.v2.SkipEntitlementsAndGrants.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SkipEntitlementsAndGrants message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {c1.connector.v2.SkipEntitlementsAndGrants & c1.connector.v2.SkipEntitlementsAndGrants.$Shape} SkipEntitlementsAndGrants
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connector.v2.SkipEntitlementsAndGrants & c1.connector.v2.SkipEntitlementsAndGrants.$Shape;

                /**
                 * Creates a SkipEntitlementsAndGrants message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns SkipEntitlementsAndGrants
                 */
                static fromObject(d: { [k: string]: any }): c1.connector.v2.SkipEntitlementsAndGrants;

                /**
                 * Creates a plain object from a SkipEntitlementsAndGrants message. Also converts values to other types if specified.
                 * @param m SkipEntitlementsAndGrants
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: c1.connector.v2.SkipEntitlementsAndGrants, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SkipEntitlementsAndGrants to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SkipEntitlementsAndGrants
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SkipEntitlementsAndGrants {

                /** Properties of a SkipEntitlementsAndGrants. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SkipEntitlementsAndGrants. */
                type $Shape = c1.connector.v2.SkipEntitlementsAndGrants.$Properties;
            }

            /**
             * Properties of an ExternalLink.
             * @deprecated Use c1.connector.v2.ExternalLink.$Properties instead.
             */
            interface IExternalLink extends c1.connector.v2.ExternalLink.$Properties {
            }

            /** Represents an ExternalLink. */
            class ExternalLink {

                /**
                 * Constructs a new ExternalLink.
                 * @param [p] Properties to set
                 */
                constructor(p?: c1.connector.v2.ExternalLink.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ExternalLink url. */
                url: string;

                /**
                 * Creates a new ExternalLink instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ExternalLink instance
                 */
                static create(properties: c1.connector.v2.ExternalLink.$Shape): c1.connector.v2.ExternalLink & c1.connector.v2.ExternalLink.$Shape;
                static create(properties?: c1.connector.v2.ExternalLink.$Properties): c1.connector.v2.ExternalLink;

                /**
                 * Encodes the specified ExternalLink message. Does not implicitly {@link c1.connector.v2.ExternalLink.verify|verify} messages.
                 * @param m ExternalLink message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: c1.connector.v2.ExternalLink.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an ExternalLink message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {c1.connector.v2.ExternalLink & c1.connector.v2.ExternalLink.$Shape} ExternalLink
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connector.v2.ExternalLink & c1.connector.v2.ExternalLink.$Shape;

                /**
                 * Creates an ExternalLink message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns ExternalLink
                 */
                static fromObject(d: { [k: string]: any }): c1.connector.v2.ExternalLink;

                /**
                 * Creates a plain object from an ExternalLink message. Also converts values to other types if specified.
                 * @param m ExternalLink
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: c1.connector.v2.ExternalLink, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ExternalLink to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ExternalLink
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ExternalLink {

                /** Properties of an ExternalLink. */
                interface $Properties {

                    /** ExternalLink url */
                    url?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an ExternalLink. */
                type $Shape = c1.connector.v2.ExternalLink.$Properties;
            }

            /**
             * Properties of a V1Identifier.
             * @deprecated Use c1.connector.v2.V1Identifier.$Properties instead.
             */
            interface IV1Identifier extends c1.connector.v2.V1Identifier.$Properties {
            }

            /** Represents a V1Identifier. */
            class V1Identifier {

                /**
                 * Constructs a new V1Identifier.
                 * @param [p] Properties to set
                 */
                constructor(p?: c1.connector.v2.V1Identifier.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** V1Identifier id. */
                id: string;

                /**
                 * Creates a new V1Identifier instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns V1Identifier instance
                 */
                static create(properties: c1.connector.v2.V1Identifier.$Shape): c1.connector.v2.V1Identifier & c1.connector.v2.V1Identifier.$Shape;
                static create(properties?: c1.connector.v2.V1Identifier.$Properties): c1.connector.v2.V1Identifier;

                /**
                 * Encodes the specified V1Identifier message. Does not implicitly {@link c1.connector.v2.V1Identifier.verify|verify} messages.
                 * @param m V1Identifier message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: c1.connector.v2.V1Identifier.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a V1Identifier message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {c1.connector.v2.V1Identifier & c1.connector.v2.V1Identifier.$Shape} V1Identifier
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connector.v2.V1Identifier & c1.connector.v2.V1Identifier.$Shape;

                /**
                 * Creates a V1Identifier message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns V1Identifier
                 */
                static fromObject(d: { [k: string]: any }): c1.connector.v2.V1Identifier;

                /**
                 * Creates a plain object from a V1Identifier message. Also converts values to other types if specified.
                 * @param m V1Identifier
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: c1.connector.v2.V1Identifier, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this V1Identifier to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for V1Identifier
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace V1Identifier {

                /** Properties of a V1Identifier. */
                interface $Properties {

                    /** V1Identifier id */
                    id?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a V1Identifier. */
                type $Shape = c1.connector.v2.V1Identifier.$Properties;
            }

            /**
             * Properties of a ETag.
             * @deprecated Use c1.connector.v2.ETag.$Properties instead.
             */
            interface IETag extends c1.connector.v2.ETag.$Properties {
            }

            /** Represents a ETag. */
            class ETag {

                /**
                 * Constructs a new ETag.
                 * @param [p] Properties to set
                 */
                constructor(p?: c1.connector.v2.ETag.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ETag value. */
                value: string;

                /** ETag entitlementId. */
                entitlementId: string;

                /**
                 * Creates a new ETag instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ETag instance
                 */
                static create(properties: c1.connector.v2.ETag.$Shape): c1.connector.v2.ETag & c1.connector.v2.ETag.$Shape;
                static create(properties?: c1.connector.v2.ETag.$Properties): c1.connector.v2.ETag;

                /**
                 * Encodes the specified ETag message. Does not implicitly {@link c1.connector.v2.ETag.verify|verify} messages.
                 * @param m ETag message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: c1.connector.v2.ETag.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ETag message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {c1.connector.v2.ETag & c1.connector.v2.ETag.$Shape} ETag
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connector.v2.ETag & c1.connector.v2.ETag.$Shape;

                /**
                 * Creates a ETag message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns ETag
                 */
                static fromObject(d: { [k: string]: any }): c1.connector.v2.ETag;

                /**
                 * Creates a plain object from a ETag message. Also converts values to other types if specified.
                 * @param m ETag
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: c1.connector.v2.ETag, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ETag to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ETag
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ETag {

                /** Properties of a ETag. */
                interface $Properties {

                    /** ETag value */
                    value?: (string|null);

                    /** ETag entitlementId */
                    entitlementId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ETag. */
                type $Shape = c1.connector.v2.ETag.$Properties;
            }

            /**
             * Properties of a GrantMetadata.
             * @deprecated Use c1.connector.v2.GrantMetadata.$Properties instead.
             */
            interface IGrantMetadata extends c1.connector.v2.GrantMetadata.$Properties {
            }

            /** Represents a GrantMetadata. */
            class GrantMetadata {

                /**
                 * Constructs a new GrantMetadata.
                 * @param [p] Properties to set
                 */
                constructor(p?: c1.connector.v2.GrantMetadata.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GrantMetadata metadata. */
                metadata?: (google.protobuf.Struct.$Properties|null);

                /**
                 * Creates a new GrantMetadata instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GrantMetadata instance
                 */
                static create(properties: c1.connector.v2.GrantMetadata.$Shape): c1.connector.v2.GrantMetadata & c1.connector.v2.GrantMetadata.$Shape;
                static create(properties?: c1.connector.v2.GrantMetadata.$Properties): c1.connector.v2.GrantMetadata;

                /**
                 * Encodes the specified GrantMetadata message. Does not implicitly {@link c1.connector.v2.GrantMetadata.verify|verify} messages.
                 * @param m GrantMetadata message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: c1.connector.v2.GrantMetadata.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GrantMetadata message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {c1.connector.v2.GrantMetadata & c1.connector.v2.GrantMetadata.$Shape} GrantMetadata
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connector.v2.GrantMetadata & c1.connector.v2.GrantMetadata.$Shape;

                /**
                 * Creates a GrantMetadata message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns GrantMetadata
                 */
                static fromObject(d: { [k: string]: any }): c1.connector.v2.GrantMetadata;

                /**
                 * Creates a plain object from a GrantMetadata message. Also converts values to other types if specified.
                 * @param m GrantMetadata
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: c1.connector.v2.GrantMetadata, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GrantMetadata to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GrantMetadata
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GrantMetadata {

                /** Properties of a GrantMetadata. */
                interface $Properties {

                    /** GrantMetadata metadata */
                    metadata?: (google.protobuf.Struct.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GrantMetadata. */
                type $Shape = {
                  metadata?: google.protobuf.Struct.$Shape|null;
                  $unknowns?: Uint8Array[];
                };
            }

            /**
             * Properties of a GrantExpandable.
             * @deprecated Use c1.connector.v2.GrantExpandable.$Properties instead.
             */
            interface IGrantExpandable extends c1.connector.v2.GrantExpandable.$Properties {
            }

            /** Represents a GrantExpandable. */
            class GrantExpandable {

                /**
                 * Constructs a new GrantExpandable.
                 * @param [p] Properties to set
                 */
                constructor(p?: c1.connector.v2.GrantExpandable.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GrantExpandable entitlementIds. */
                entitlementIds: string[];

                /** GrantExpandable shallow. */
                shallow: boolean;

                /** GrantExpandable resourceTypeIds. */
                resourceTypeIds: string[];

                /**
                 * Creates a new GrantExpandable instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GrantExpandable instance
                 */
                static create(properties: c1.connector.v2.GrantExpandable.$Shape): c1.connector.v2.GrantExpandable & c1.connector.v2.GrantExpandable.$Shape;
                static create(properties?: c1.connector.v2.GrantExpandable.$Properties): c1.connector.v2.GrantExpandable;

                /**
                 * Encodes the specified GrantExpandable message. Does not implicitly {@link c1.connector.v2.GrantExpandable.verify|verify} messages.
                 * @param m GrantExpandable message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: c1.connector.v2.GrantExpandable.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GrantExpandable message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {c1.connector.v2.GrantExpandable & c1.connector.v2.GrantExpandable.$Shape} GrantExpandable
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connector.v2.GrantExpandable & c1.connector.v2.GrantExpandable.$Shape;

                /**
                 * Creates a GrantExpandable message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns GrantExpandable
                 */
                static fromObject(d: { [k: string]: any }): c1.connector.v2.GrantExpandable;

                /**
                 * Creates a plain object from a GrantExpandable message. Also converts values to other types if specified.
                 * @param m GrantExpandable
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: c1.connector.v2.GrantExpandable, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GrantExpandable to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GrantExpandable
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GrantExpandable {

                /** Properties of a GrantExpandable. */
                interface $Properties {

                    /** GrantExpandable entitlementIds */
                    entitlementIds?: (string[]|null);

                    /** GrantExpandable shallow */
                    shallow?: (boolean|null);

                    /** GrantExpandable resourceTypeIds */
                    resourceTypeIds?: (string[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GrantExpandable. */
                type $Shape = c1.connector.v2.GrantExpandable.$Properties;
            }

            /**
             * Properties of a GrantImmutable.
             * @deprecated Use c1.connector.v2.GrantImmutable.$Properties instead.
             */
            interface IGrantImmutable extends c1.connector.v2.GrantImmutable.$Properties {
            }

            /** Represents a GrantImmutable. */
            class GrantImmutable {

                /**
                 * Constructs a new GrantImmutable.
                 * @param [p] Properties to set
                 */
                constructor(p?: c1.connector.v2.GrantImmutable.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GrantImmutable sourceId. */
                sourceId: string;

                /** GrantImmutable metadata. */
                metadata?: (google.protobuf.Struct.$Properties|null);

                /**
                 * Creates a new GrantImmutable instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GrantImmutable instance
                 */
                static create(properties: c1.connector.v2.GrantImmutable.$Shape): c1.connector.v2.GrantImmutable & c1.connector.v2.GrantImmutable.$Shape;
                static create(properties?: c1.connector.v2.GrantImmutable.$Properties): c1.connector.v2.GrantImmutable;

                /**
                 * Encodes the specified GrantImmutable message. Does not implicitly {@link c1.connector.v2.GrantImmutable.verify|verify} messages.
                 * @param m GrantImmutable message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: c1.connector.v2.GrantImmutable.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GrantImmutable message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {c1.connector.v2.GrantImmutable & c1.connector.v2.GrantImmutable.$Shape} GrantImmutable
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connector.v2.GrantImmutable & c1.connector.v2.GrantImmutable.$Shape;

                /**
                 * Creates a GrantImmutable message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns GrantImmutable
                 */
                static fromObject(d: { [k: string]: any }): c1.connector.v2.GrantImmutable;

                /**
                 * Creates a plain object from a GrantImmutable message. Also converts values to other types if specified.
                 * @param m GrantImmutable
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: c1.connector.v2.GrantImmutable, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GrantImmutable to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GrantImmutable
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GrantImmutable {

                /** Properties of a GrantImmutable. */
                interface $Properties {

                    /** GrantImmutable sourceId */
                    sourceId?: (string|null);

                    /** GrantImmutable metadata */
                    metadata?: (google.protobuf.Struct.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GrantImmutable. */
                type $Shape = {
                  sourceId?: string|null;
                  metadata?: google.protobuf.Struct.$Shape|null;
                  $unknowns?: Uint8Array[];
                };
            }

            /**
             * Properties of an EntitlementImmutable.
             * @deprecated Use c1.connector.v2.EntitlementImmutable.$Properties instead.
             */
            interface IEntitlementImmutable extends c1.connector.v2.EntitlementImmutable.$Properties {
            }

            /** Represents an EntitlementImmutable. */
            class EntitlementImmutable {

                /**
                 * Constructs a new EntitlementImmutable.
                 * @param [p] Properties to set
                 */
                constructor(p?: c1.connector.v2.EntitlementImmutable.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EntitlementImmutable sourceId. */
                sourceId: string;

                /** EntitlementImmutable metadata. */
                metadata?: (google.protobuf.Struct.$Properties|null);

                /**
                 * Creates a new EntitlementImmutable instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EntitlementImmutable instance
                 */
                static create(properties: c1.connector.v2.EntitlementImmutable.$Shape): c1.connector.v2.EntitlementImmutable & c1.connector.v2.EntitlementImmutable.$Shape;
                static create(properties?: c1.connector.v2.EntitlementImmutable.$Properties): c1.connector.v2.EntitlementImmutable;

                /**
                 * Encodes the specified EntitlementImmutable message. Does not implicitly {@link c1.connector.v2.EntitlementImmutable.verify|verify} messages.
                 * @param m EntitlementImmutable message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: c1.connector.v2.EntitlementImmutable.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EntitlementImmutable message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {c1.connector.v2.EntitlementImmutable & c1.connector.v2.EntitlementImmutable.$Shape} EntitlementImmutable
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connector.v2.EntitlementImmutable & c1.connector.v2.EntitlementImmutable.$Shape;

                /**
                 * Creates an EntitlementImmutable message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns EntitlementImmutable
                 */
                static fromObject(d: { [k: string]: any }): c1.connector.v2.EntitlementImmutable;

                /**
                 * Creates a plain object from an EntitlementImmutable message. Also converts values to other types if specified.
                 * @param m EntitlementImmutable
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: c1.connector.v2.EntitlementImmutable, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EntitlementImmutable to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for EntitlementImmutable
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EntitlementImmutable {

                /** Properties of an EntitlementImmutable. */
                interface $Properties {

                    /** EntitlementImmutable sourceId */
                    sourceId?: (string|null);

                    /** EntitlementImmutable metadata */
                    metadata?: (google.protobuf.Struct.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EntitlementImmutable. */
                type $Shape = {
                  sourceId?: string|null;
                  metadata?: google.protobuf.Struct.$Shape|null;
                  $unknowns?: Uint8Array[];
                };
            }

            /**
             * Properties of a ResourceType.
             * @deprecated Use c1.connector.v2.ResourceType.$Properties instead.
             */
            interface IResourceType extends c1.connector.v2.ResourceType.$Properties {
            }

            /** Represents a ResourceType. */
            class ResourceType {

                /**
                 * Constructs a new ResourceType.
                 * @param [p] Properties to set
                 */
                constructor(p?: c1.connector.v2.ResourceType.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ResourceType id. */
                id: string;

                /** ResourceType displayName. */
                displayName: string;

                /** ResourceType traits. */
                traits: c1.connector.v2.ResourceType.Trait[];

                /** ResourceType annotations. */
                annotations: google.protobuf.Any.$Properties[];

                /** ResourceType description. */
                description: string;

                /** ResourceType sourcedExternally. */
                sourcedExternally: boolean;

                /**
                 * Creates a new ResourceType instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ResourceType instance
                 */
                static create(properties: c1.connector.v2.ResourceType.$Shape): c1.connector.v2.ResourceType & c1.connector.v2.ResourceType.$Shape;
                static create(properties?: c1.connector.v2.ResourceType.$Properties): c1.connector.v2.ResourceType;

                /**
                 * Encodes the specified ResourceType message. Does not implicitly {@link c1.connector.v2.ResourceType.verify|verify} messages.
                 * @param m ResourceType message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: c1.connector.v2.ResourceType.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ResourceType message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {c1.connector.v2.ResourceType & c1.connector.v2.ResourceType.$Shape} ResourceType
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connector.v2.ResourceType & c1.connector.v2.ResourceType.$Shape;

                /**
                 * Creates a ResourceType message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns ResourceType
                 */
                static fromObject(d: { [k: string]: any }): c1.connector.v2.ResourceType;

                /**
                 * Creates a plain object from a ResourceType message. Also converts values to other types if specified.
                 * @param m ResourceType
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: c1.connector.v2.ResourceType, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ResourceType to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ResourceType
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ResourceType {

                /** Properties of a ResourceType. */
                interface $Properties {

                    /** ResourceType id */
                    id?: (string|null);

                    /** ResourceType displayName */
                    displayName?: (string|null);

                    /** ResourceType traits */
                    traits?: (c1.connector.v2.ResourceType.Trait[]|null);

                    /** ResourceType annotations */
                    annotations?: (google.protobuf.Any.$Properties[]|null);

                    /** ResourceType description */
                    description?: (string|null);

                    /** ResourceType sourcedExternally */
                    sourcedExternally?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ResourceType. */
                type $Shape = c1.connector.v2.ResourceType.$Properties;

                /** Trait enum. */
                enum Trait {

                    /** TRAIT_UNSPECIFIED value */
                    TRAIT_UNSPECIFIED = 0,

                    /** TRAIT_USER value */
                    TRAIT_USER = 1,

                    /** TRAIT_GROUP value */
                    TRAIT_GROUP = 2,

                    /** TRAIT_ROLE value */
                    TRAIT_ROLE = 3,

                    /** TRAIT_APP value */
                    TRAIT_APP = 4,

                    /** TRAIT_SECRET value */
                    TRAIT_SECRET = 5,

                    /** TRAIT_SECURITY_INSIGHT value */
                    TRAIT_SECURITY_INSIGHT = 6,

                    /** TRAIT_SCOPE_BINDING value */
                    TRAIT_SCOPE_BINDING = 7
                }
            }

            /**
             * Properties of a ResourceId.
             * @deprecated Use c1.connector.v2.ResourceId.$Properties instead.
             */
            interface IResourceId extends c1.connector.v2.ResourceId.$Properties {
            }

            /** Represents a ResourceId. */
            class ResourceId {

                /**
                 * Constructs a new ResourceId.
                 * @param [p] Properties to set
                 */
                constructor(p?: c1.connector.v2.ResourceId.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ResourceId resourceType. */
                resourceType: string;

                /** ResourceId resource. */
                resource: string;

                /** ResourceId batonResource. */
                batonResource: boolean;

                /**
                 * Creates a new ResourceId instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ResourceId instance
                 */
                static create(properties: c1.connector.v2.ResourceId.$Shape): c1.connector.v2.ResourceId & c1.connector.v2.ResourceId.$Shape;
                static create(properties?: c1.connector.v2.ResourceId.$Properties): c1.connector.v2.ResourceId;

                /**
                 * Encodes the specified ResourceId message. Does not implicitly {@link c1.connector.v2.ResourceId.verify|verify} messages.
                 * @param m ResourceId message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: c1.connector.v2.ResourceId.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ResourceId message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {c1.connector.v2.ResourceId & c1.connector.v2.ResourceId.$Shape} ResourceId
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connector.v2.ResourceId & c1.connector.v2.ResourceId.$Shape;

                /**
                 * Creates a ResourceId message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns ResourceId
                 */
                static fromObject(d: { [k: string]: any }): c1.connector.v2.ResourceId;

                /**
                 * Creates a plain object from a ResourceId message. Also converts values to other types if specified.
                 * @param m ResourceId
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: c1.connector.v2.ResourceId, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ResourceId to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ResourceId
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ResourceId {

                /** Properties of a ResourceId. */
                interface $Properties {

                    /** ResourceId resourceType */
                    resourceType?: (string|null);

                    /** ResourceId resource */
                    resource?: (string|null);

                    /** ResourceId batonResource */
                    batonResource?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ResourceId. */
                type $Shape = c1.connector.v2.ResourceId.$Properties;
            }

            /**
             * Properties of an ExternalId.
             * @deprecated Use c1.connector.v2.ExternalId.$Properties instead.
             */
            interface IExternalId extends c1.connector.v2.ExternalId.$Properties {
            }

            /** Represents an ExternalId. */
            class ExternalId {

                /**
                 * Constructs a new ExternalId.
                 * @param [p] Properties to set
                 */
                constructor(p?: c1.connector.v2.ExternalId.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ExternalId id. */
                id: string;

                /** ExternalId link. */
                link: string;

                /** ExternalId description. */
                description: string;

                /**
                 * Creates a new ExternalId instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ExternalId instance
                 */
                static create(properties: c1.connector.v2.ExternalId.$Shape): c1.connector.v2.ExternalId & c1.connector.v2.ExternalId.$Shape;
                static create(properties?: c1.connector.v2.ExternalId.$Properties): c1.connector.v2.ExternalId;

                /**
                 * Encodes the specified ExternalId message. Does not implicitly {@link c1.connector.v2.ExternalId.verify|verify} messages.
                 * @param m ExternalId message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: c1.connector.v2.ExternalId.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an ExternalId message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {c1.connector.v2.ExternalId & c1.connector.v2.ExternalId.$Shape} ExternalId
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connector.v2.ExternalId & c1.connector.v2.ExternalId.$Shape;

                /**
                 * Creates an ExternalId message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns ExternalId
                 */
                static fromObject(d: { [k: string]: any }): c1.connector.v2.ExternalId;

                /**
                 * Creates a plain object from an ExternalId message. Also converts values to other types if specified.
                 * @param m ExternalId
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: c1.connector.v2.ExternalId, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ExternalId to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ExternalId
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ExternalId {

                /** Properties of an ExternalId. */
                interface $Properties {

                    /** ExternalId id */
                    id?: (string|null);

                    /** ExternalId link */
                    link?: (string|null);

                    /** ExternalId description */
                    description?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an ExternalId. */
                type $Shape = c1.connector.v2.ExternalId.$Properties;
            }

            /**
             * Properties of a Resource.
             * @deprecated Use c1.connector.v2.Resource.$Properties instead.
             */
            interface IResource extends c1.connector.v2.Resource.$Properties {
            }

            /** Represents a Resource. */
            class Resource {

                /**
                 * Constructs a new Resource.
                 * @param [p] Properties to set
                 */
                constructor(p?: c1.connector.v2.Resource.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Resource id. */
                id?: (c1.connector.v2.ResourceId.$Properties|null);

                /** Resource parentResourceId. */
                parentResourceId?: (c1.connector.v2.ResourceId.$Properties|null);

                /** Resource displayName. */
                displayName: string;

                /** Resource annotations. */
                annotations: google.protobuf.Any.$Properties[];

                /** Resource description. */
                description: string;

                /** Resource batonResource. */
                batonResource: boolean;

                /** Resource externalId. */
                externalId?: (c1.connector.v2.ExternalId.$Properties|null);

                /** Resource creationSource. */
                creationSource: c1.connector.v2.Resource.CreationSource;

                /**
                 * Creates a new Resource instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Resource instance
                 */
                static create(properties: c1.connector.v2.Resource.$Shape): c1.connector.v2.Resource & c1.connector.v2.Resource.$Shape;
                static create(properties?: c1.connector.v2.Resource.$Properties): c1.connector.v2.Resource;

                /**
                 * Encodes the specified Resource message. Does not implicitly {@link c1.connector.v2.Resource.verify|verify} messages.
                 * @param m Resource message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: c1.connector.v2.Resource.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Resource message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {c1.connector.v2.Resource & c1.connector.v2.Resource.$Shape} Resource
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connector.v2.Resource & c1.connector.v2.Resource.$Shape;

                /**
                 * Creates a Resource message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns Resource
                 */
                static fromObject(d: { [k: string]: any }): c1.connector.v2.Resource;

                /**
                 * Creates a plain object from a Resource message. Also converts values to other types if specified.
                 * @param m Resource
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: c1.connector.v2.Resource, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Resource to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Resource
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Resource {

                /** Properties of a Resource. */
                interface $Properties {

                    /** Resource id */
                    id?: (c1.connector.v2.ResourceId.$Properties|null);

                    /** Resource parentResourceId */
                    parentResourceId?: (c1.connector.v2.ResourceId.$Properties|null);

                    /** Resource displayName */
                    displayName?: (string|null);

                    /** Resource annotations */
                    annotations?: (google.protobuf.Any.$Properties[]|null);

                    /** Resource description */
                    description?: (string|null);

                    /** Resource batonResource */
                    batonResource?: (boolean|null);

                    /** Resource externalId */
                    externalId?: (c1.connector.v2.ExternalId.$Properties|null);

                    /** Resource creationSource */
                    creationSource?: (c1.connector.v2.Resource.CreationSource|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Resource. */
                type $Shape = c1.connector.v2.Resource.$Properties;

                /** CreationSource enum. */
                enum CreationSource {

                    /** CREATION_SOURCE_UNSPECIFIED value */
                    CREATION_SOURCE_UNSPECIFIED = 0,

                    /** CREATION_SOURCE_CONNECTOR_LIST_RESOURCES value */
                    CREATION_SOURCE_CONNECTOR_LIST_RESOURCES = 1,

                    /** CREATION_SOURCE_CONNECTOR_LIST_GRANTS_PRINCIPAL_JIT value */
                    CREATION_SOURCE_CONNECTOR_LIST_GRANTS_PRINCIPAL_JIT = 2
                }
            }

            /**
             * Properties of an AssetRef.
             * @deprecated Use c1.connector.v2.AssetRef.$Properties instead.
             */
            interface IAssetRef extends c1.connector.v2.AssetRef.$Properties {
            }

            /** Represents an AssetRef. */
            class AssetRef {

                /**
                 * Constructs a new AssetRef.
                 * @param [p] Properties to set
                 */
                constructor(p?: c1.connector.v2.AssetRef.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AssetRef id. */
                id: string;

                /**
                 * Creates a new AssetRef instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AssetRef instance
                 */
                static create(properties: c1.connector.v2.AssetRef.$Shape): c1.connector.v2.AssetRef & c1.connector.v2.AssetRef.$Shape;
                static create(properties?: c1.connector.v2.AssetRef.$Properties): c1.connector.v2.AssetRef;

                /**
                 * Encodes the specified AssetRef message. Does not implicitly {@link c1.connector.v2.AssetRef.verify|verify} messages.
                 * @param m AssetRef message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: c1.connector.v2.AssetRef.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AssetRef message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {c1.connector.v2.AssetRef & c1.connector.v2.AssetRef.$Shape} AssetRef
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connector.v2.AssetRef & c1.connector.v2.AssetRef.$Shape;

                /**
                 * Creates an AssetRef message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns AssetRef
                 */
                static fromObject(d: { [k: string]: any }): c1.connector.v2.AssetRef;

                /**
                 * Creates a plain object from an AssetRef message. Also converts values to other types if specified.
                 * @param m AssetRef
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: c1.connector.v2.AssetRef, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AssetRef to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for AssetRef
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace AssetRef {

                /** Properties of an AssetRef. */
                interface $Properties {

                    /** AssetRef id */
                    id?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AssetRef. */
                type $Shape = c1.connector.v2.AssetRef.$Properties;
            }

            /**
             * Properties of an Entitlement.
             * @deprecated Use c1.connector.v2.Entitlement.$Properties instead.
             */
            interface IEntitlement extends c1.connector.v2.Entitlement.$Properties {
            }

            /** Represents an Entitlement. */
            class Entitlement {

                /**
                 * Constructs a new Entitlement.
                 * @param [p] Properties to set
                 */
                constructor(p?: c1.connector.v2.Entitlement.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Entitlement resource. */
                resource?: (c1.connector.v2.Resource.$Properties|null);

                /** Entitlement id. */
                id: string;

                /** Entitlement displayName. */
                displayName: string;

                /** Entitlement description. */
                description: string;

                /** Entitlement grantableTo. */
                grantableTo: c1.connector.v2.ResourceType.$Properties[];

                /** Entitlement annotations. */
                annotations: google.protobuf.Any.$Properties[];

                /** Entitlement purpose. */
                purpose: c1.connector.v2.Entitlement.PurposeValue;

                /** Entitlement slug. */
                slug: string;

                /**
                 * Creates a new Entitlement instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Entitlement instance
                 */
                static create(properties: c1.connector.v2.Entitlement.$Shape): c1.connector.v2.Entitlement & c1.connector.v2.Entitlement.$Shape;
                static create(properties?: c1.connector.v2.Entitlement.$Properties): c1.connector.v2.Entitlement;

                /**
                 * Encodes the specified Entitlement message. Does not implicitly {@link c1.connector.v2.Entitlement.verify|verify} messages.
                 * @param m Entitlement message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: c1.connector.v2.Entitlement.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Entitlement message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {c1.connector.v2.Entitlement & c1.connector.v2.Entitlement.$Shape} Entitlement
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connector.v2.Entitlement & c1.connector.v2.Entitlement.$Shape;

                /**
                 * Creates an Entitlement message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns Entitlement
                 */
                static fromObject(d: { [k: string]: any }): c1.connector.v2.Entitlement;

                /**
                 * Creates a plain object from an Entitlement message. Also converts values to other types if specified.
                 * @param m Entitlement
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: c1.connector.v2.Entitlement, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Entitlement to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Entitlement
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Entitlement {

                /** Properties of an Entitlement. */
                interface $Properties {

                    /** Entitlement resource */
                    resource?: (c1.connector.v2.Resource.$Properties|null);

                    /** Entitlement id */
                    id?: (string|null);

                    /** Entitlement displayName */
                    displayName?: (string|null);

                    /** Entitlement description */
                    description?: (string|null);

                    /** Entitlement grantableTo */
                    grantableTo?: (c1.connector.v2.ResourceType.$Properties[]|null);

                    /** Entitlement annotations */
                    annotations?: (google.protobuf.Any.$Properties[]|null);

                    /** Entitlement purpose */
                    purpose?: (c1.connector.v2.Entitlement.PurposeValue|null);

                    /** Entitlement slug */
                    slug?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Entitlement. */
                type $Shape = c1.connector.v2.Entitlement.$Properties;

                /** PurposeValue enum. */
                enum PurposeValue {

                    /** PURPOSE_VALUE_UNSPECIFIED value */
                    PURPOSE_VALUE_UNSPECIFIED = 0,

                    /** PURPOSE_VALUE_ASSIGNMENT value */
                    PURPOSE_VALUE_ASSIGNMENT = 1,

                    /** PURPOSE_VALUE_PERMISSION value */
                    PURPOSE_VALUE_PERMISSION = 2,

                    /** PURPOSE_VALUE_OWNERSHIP value */
                    PURPOSE_VALUE_OWNERSHIP = 3
                }
            }

            /**
             * Properties of a GrantSources.
             * @deprecated Use c1.connector.v2.GrantSources.$Properties instead.
             */
            interface IGrantSources extends c1.connector.v2.GrantSources.$Properties {
            }

            /** Represents a GrantSources. */
            class GrantSources {

                /**
                 * Constructs a new GrantSources.
                 * @param [p] Properties to set
                 */
                constructor(p?: c1.connector.v2.GrantSources.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GrantSources sources. */
                sources: { [k: string]: c1.connector.v2.GrantSources.GrantSource.$Properties };

                /**
                 * Creates a new GrantSources instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GrantSources instance
                 */
                static create(properties: c1.connector.v2.GrantSources.$Shape): c1.connector.v2.GrantSources & c1.connector.v2.GrantSources.$Shape;
                static create(properties?: c1.connector.v2.GrantSources.$Properties): c1.connector.v2.GrantSources;

                /**
                 * Encodes the specified GrantSources message. Does not implicitly {@link c1.connector.v2.GrantSources.verify|verify} messages.
                 * @param m GrantSources message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: c1.connector.v2.GrantSources.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GrantSources message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {c1.connector.v2.GrantSources & c1.connector.v2.GrantSources.$Shape} GrantSources
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connector.v2.GrantSources & c1.connector.v2.GrantSources.$Shape;

                /**
                 * Creates a GrantSources message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns GrantSources
                 */
                static fromObject(d: { [k: string]: any }): c1.connector.v2.GrantSources;

                /**
                 * Creates a plain object from a GrantSources message. Also converts values to other types if specified.
                 * @param m GrantSources
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: c1.connector.v2.GrantSources, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GrantSources to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GrantSources
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GrantSources {

                /** Properties of a GrantSources. */
                interface $Properties {

                    /** GrantSources sources */
                    sources?: ({ [k: string]: c1.connector.v2.GrantSources.GrantSource.$Properties }|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GrantSources. */
                type $Shape = c1.connector.v2.GrantSources.$Properties;

                /**
                 * Properties of a GrantSource.
                 * @deprecated Use c1.connector.v2.GrantSources.GrantSource.$Properties instead.
                 */
                interface IGrantSource extends c1.connector.v2.GrantSources.GrantSource.$Properties {
                }

                /** Represents a GrantSource. */
                class GrantSource {

                    /**
                     * Constructs a new GrantSource.
                     * @param [p] Properties to set
                     */
                    constructor(p?: c1.connector.v2.GrantSources.GrantSource.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** GrantSource isDirect. */
                    isDirect: boolean;

                    /**
                     * Creates a new GrantSource instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns GrantSource instance
                     */
                    static create(properties: c1.connector.v2.GrantSources.GrantSource.$Shape): c1.connector.v2.GrantSources.GrantSource & c1.connector.v2.GrantSources.GrantSource.$Shape;
                    static create(properties?: c1.connector.v2.GrantSources.GrantSource.$Properties): c1.connector.v2.GrantSources.GrantSource;

                    /**
                     * Encodes the specified GrantSource message. Does not implicitly {@link c1.connector.v2.GrantSources.GrantSource.verify|verify} messages.
                     * @param m GrantSource message or plain object to encode
                     * @param [w] Writer to encode to
                     * @returns Writer
                     */
                    static encode(m: c1.connector.v2.GrantSources.GrantSource.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a GrantSource message from the specified reader or buffer.
                     * @param r Reader or buffer to decode from
                     * @param [l] Message length if known beforehand
                     * @returns {c1.connector.v2.GrantSources.GrantSource & c1.connector.v2.GrantSources.GrantSource.$Shape} GrantSource
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connector.v2.GrantSources.GrantSource & c1.connector.v2.GrantSources.GrantSource.$Shape;

                    /**
                     * Creates a GrantSource message from a plain object. Also converts values to their respective internal types.
                     * @param d Plain object
                     * @returns GrantSource
                     */
                    static fromObject(d: { [k: string]: any }): c1.connector.v2.GrantSources.GrantSource;

                    /**
                     * Creates a plain object from a GrantSource message. Also converts values to other types if specified.
                     * @param m GrantSource
                     * @param [o] Conversion options
                     * @returns Plain object
                     */
                    static toObject(m: c1.connector.v2.GrantSources.GrantSource, o?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this GrantSource to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for GrantSource
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace GrantSource {

                    /** Properties of a GrantSource. */
                    interface $Properties {

                        /** GrantSource isDirect */
                        isDirect?: (boolean|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a GrantSource. */
                    type $Shape = c1.connector.v2.GrantSources.GrantSource.$Properties;
                }
            }

            /**
             * Properties of a Grant.
             * @deprecated Use c1.connector.v2.Grant.$Properties instead.
             */
            interface IGrant extends c1.connector.v2.Grant.$Properties {
            }

            /** Represents a Grant. */
            class Grant {

                /**
                 * Constructs a new Grant.
                 * @param [p] Properties to set
                 */
                constructor(p?: c1.connector.v2.Grant.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Grant entitlement. */
                entitlement?: (c1.connector.v2.Entitlement.$Properties|null);

                /** Grant principal. */
                principal?: (c1.connector.v2.Resource.$Properties|null);

                /** Grant id. */
                id: string;

                /** Grant sources. */
                sources?: (c1.connector.v2.GrantSources.$Properties|null);

                /** Grant annotations. */
                annotations: google.protobuf.Any.$Properties[];

                /**
                 * Creates a new Grant instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Grant instance
                 */
                static create(properties: c1.connector.v2.Grant.$Shape): c1.connector.v2.Grant & c1.connector.v2.Grant.$Shape;
                static create(properties?: c1.connector.v2.Grant.$Properties): c1.connector.v2.Grant;

                /**
                 * Encodes the specified Grant message. Does not implicitly {@link c1.connector.v2.Grant.verify|verify} messages.
                 * @param m Grant message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: c1.connector.v2.Grant.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Grant message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {c1.connector.v2.Grant & c1.connector.v2.Grant.$Shape} Grant
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connector.v2.Grant & c1.connector.v2.Grant.$Shape;

                /**
                 * Creates a Grant message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns Grant
                 */
                static fromObject(d: { [k: string]: any }): c1.connector.v2.Grant;

                /**
                 * Creates a plain object from a Grant message. Also converts values to other types if specified.
                 * @param m Grant
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: c1.connector.v2.Grant, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Grant to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Grant
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Grant {

                /** Properties of a Grant. */
                interface $Properties {

                    /** Grant entitlement */
                    entitlement?: (c1.connector.v2.Entitlement.$Properties|null);

                    /** Grant principal */
                    principal?: (c1.connector.v2.Resource.$Properties|null);

                    /** Grant id */
                    id?: (string|null);

                    /** Grant sources */
                    sources?: (c1.connector.v2.GrantSources.$Properties|null);

                    /** Grant annotations */
                    annotations?: (google.protobuf.Any.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Grant. */
                type $Shape = c1.connector.v2.Grant.$Properties;
            }
        }
    }
}

/** Namespace google. */
export namespace google {

    /** Namespace protobuf. */
    namespace protobuf {

        /**
         * Properties of a Struct.
         * @deprecated Use google.protobuf.Struct.$Properties instead.
         */
        interface IStruct extends google.protobuf.Struct.$Properties {
        }

        /** Represents a Struct. */
        class Struct {

            /**
             * Constructs a new Struct.
             * @param [p] Properties to set
             */
            constructor(p?: google.protobuf.Struct.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Struct fields. */
            fields: { [k: string]: google.protobuf.Value.$Properties };

            /**
             * Creates a new Struct instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Struct instance
             */
            static create(properties: google.protobuf.Struct.$Shape): google.protobuf.Struct & google.protobuf.Struct.$Shape;
            static create(properties?: google.protobuf.Struct.$Properties): google.protobuf.Struct;

            /**
             * Encodes the specified Struct message. Does not implicitly {@link google.protobuf.Struct.verify|verify} messages.
             * @param m Struct message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: google.protobuf.Struct.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Struct message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {google.protobuf.Struct & google.protobuf.Struct.$Shape} Struct
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): google.protobuf.Struct & google.protobuf.Struct.$Shape;

            /**
             * Creates a Struct message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Struct
             */
            static fromObject(d: { [k: string]: any }): google.protobuf.Struct;

            /**
             * Creates a plain object from a Struct message. Also converts values to other types if specified.
             * @param m Struct
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: google.protobuf.Struct, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Struct to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Struct
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Struct {

            /** Properties of a Struct. */
            interface $Properties {

                /** Struct fields */
                fields?: ({ [k: string]: google.protobuf.Value.$Properties }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Struct. */
            type $Shape = {
              fields?: { [k: string]: google.protobuf.Value.$Shape }|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a Value.
         * @deprecated Use google.protobuf.Value.$Properties instead.
         */
        interface IValue extends google.protobuf.Value.$Properties {
        }

        /** Represents a Value. */
        class Value {

            /**
             * Constructs a new Value.
             * @param [p] Properties to set
             */
            constructor(p?: google.protobuf.Value.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Value nullValue. */
            nullValue?: (google.protobuf.NullValue|null);

            /** Value numberValue. */
            numberValue?: (number|null);

            /** Value stringValue. */
            stringValue?: (string|null);

            /** Value boolValue. */
            boolValue?: (boolean|null);

            /** Value structValue. */
            structValue?: (google.protobuf.Struct.$Properties|null);

            /** Value listValue. */
            listValue?: (google.protobuf.ListValue.$Properties|null);

            /** Value kind. */
            kind?: ("nullValue"|"numberValue"|"stringValue"|"boolValue"|"structValue"|"listValue");

            /**
             * Creates a new Value instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Value instance
             */
            static create(properties: google.protobuf.Value.$Shape): google.protobuf.Value & google.protobuf.Value.$Shape;
            static create(properties?: google.protobuf.Value.$Properties): google.protobuf.Value;

            /**
             * Encodes the specified Value message. Does not implicitly {@link google.protobuf.Value.verify|verify} messages.
             * @param m Value message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: google.protobuf.Value.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Value message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {google.protobuf.Value & google.protobuf.Value.$Shape} Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): google.protobuf.Value & google.protobuf.Value.$Shape;

            /**
             * Creates a Value message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Value
             */
            static fromObject(d: { [k: string]: any }): google.protobuf.Value;

            /**
             * Creates a plain object from a Value message. Also converts values to other types if specified.
             * @param m Value
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: google.protobuf.Value, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Value to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Value
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Value {

            /** Properties of a Value. */
            interface $Properties {

                /** Value nullValue */
                nullValue?: (google.protobuf.NullValue|null);

                /** Value numberValue */
                numberValue?: (number|null);

                /** Value stringValue */
                stringValue?: (string|null);

                /** Value boolValue */
                boolValue?: (boolean|null);

                /** Value structValue */
                structValue?: (google.protobuf.Struct.$Properties|null);

                /** Value listValue */
                listValue?: (google.protobuf.ListValue.$Properties|null);

                /** Value kind */
                kind?: ("nullValue"|"numberValue"|"stringValue"|"boolValue"|"structValue"|"listValue");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Value. */
            type $Shape = {
              nullValue?: google.protobuf.NullValue|null;
              numberValue?: number|null;
              stringValue?: string|null;
              boolValue?: boolean|null;
              structValue?: google.protobuf.Struct.$Shape|null;
              listValue?: google.protobuf.ListValue.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ kind?: undefined; nullValue?: null; numberValue?: null; stringValue?: null; boolValue?: null; structValue?: null; listValue?: null }|{ kind?: "nullValue"; nullValue: google.protobuf.NullValue; numberValue?: null; stringValue?: null; boolValue?: null; structValue?: null; listValue?: null }|{ kind?: "numberValue"; nullValue?: null; numberValue: number; stringValue?: null; boolValue?: null; structValue?: null; listValue?: null }|{ kind?: "stringValue"; nullValue?: null; numberValue?: null; stringValue: string; boolValue?: null; structValue?: null; listValue?: null }|{ kind?: "boolValue"; nullValue?: null; numberValue?: null; stringValue?: null; boolValue: boolean; structValue?: null; listValue?: null }|{ kind?: "structValue"; nullValue?: null; numberValue?: null; stringValue?: null; boolValue?: null; structValue: google.protobuf.Struct.$Shape; listValue?: null }|{ kind?: "listValue"; nullValue?: null; numberValue?: null; stringValue?: null; boolValue?: null; structValue?: null; listValue: google.protobuf.ListValue.$Shape })
            );
        }

        /** NullValue enum. */
        enum NullValue {

            /** NULL_VALUE value */
            NULL_VALUE = 0
        }

        /**
         * Properties of a ListValue.
         * @deprecated Use google.protobuf.ListValue.$Properties instead.
         */
        interface IListValue extends google.protobuf.ListValue.$Properties {
        }

        /** Represents a ListValue. */
        class ListValue {

            /**
             * Constructs a new ListValue.
             * @param [p] Properties to set
             */
            constructor(p?: google.protobuf.ListValue.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListValue values. */
            values: google.protobuf.Value.$Properties[];

            /**
             * Creates a new ListValue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListValue instance
             */
            static create(properties: google.protobuf.ListValue.$Shape): google.protobuf.ListValue & google.protobuf.ListValue.$Shape;
            static create(properties?: google.protobuf.ListValue.$Properties): google.protobuf.ListValue;

            /**
             * Encodes the specified ListValue message. Does not implicitly {@link google.protobuf.ListValue.verify|verify} messages.
             * @param m ListValue message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: google.protobuf.ListValue.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListValue message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {google.protobuf.ListValue & google.protobuf.ListValue.$Shape} ListValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): google.protobuf.ListValue & google.protobuf.ListValue.$Shape;

            /**
             * Creates a ListValue message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ListValue
             */
            static fromObject(d: { [k: string]: any }): google.protobuf.ListValue;

            /**
             * Creates a plain object from a ListValue message. Also converts values to other types if specified.
             * @param m ListValue
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: google.protobuf.ListValue, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListValue to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ListValue
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListValue {

            /** Properties of a ListValue. */
            interface $Properties {

                /** ListValue values */
                values?: (google.protobuf.Value.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListValue. */
            type $Shape = {
              values?: google.protobuf.Value.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a Timestamp.
         * @deprecated Use google.protobuf.Timestamp.$Properties instead.
         */
        interface ITimestamp extends google.protobuf.Timestamp.$Properties {
        }

        /** Represents a Timestamp. */
        class Timestamp {

            /**
             * Constructs a new Timestamp.
             * @param [p] Properties to set
             */
            constructor(p?: google.protobuf.Timestamp.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Timestamp seconds. */
            seconds: number;

            /** Timestamp nanos. */
            nanos: number;

            /**
             * Creates a new Timestamp instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Timestamp instance
             */
            static create(properties: google.protobuf.Timestamp.$Shape): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;
            static create(properties?: google.protobuf.Timestamp.$Properties): google.protobuf.Timestamp;

            /**
             * Encodes the specified Timestamp message. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @param m Timestamp message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: google.protobuf.Timestamp.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Timestamp message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape} Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;

            /**
             * Creates a Timestamp message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Timestamp
             */
            static fromObject(d: { [k: string]: any }): google.protobuf.Timestamp;

            /**
             * Creates a plain object from a Timestamp message. Also converts values to other types if specified.
             * @param m Timestamp
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: google.protobuf.Timestamp, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Timestamp to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Timestamp
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Timestamp {

            /** Properties of a Timestamp. */
            interface $Properties {

                /** Timestamp seconds */
                seconds?: (number|null);

                /** Timestamp nanos */
                nanos?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Timestamp. */
            type $Shape = google.protobuf.Timestamp.$Properties;
        }

        /**
         * Properties of an Any.
         * @deprecated Use google.protobuf.Any.$Properties instead.
         */
        interface IAny extends google.protobuf.Any.$Properties {
        }

        /** Represents an Any. */
        class Any {

            /**
             * Constructs a new Any.
             * @param [p] Properties to set
             */
            constructor(p?: google.protobuf.Any.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Any type_url. */
            type_url: string;

            /** Any value. */
            value: Uint8Array;

            /**
             * Creates a new Any instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Any instance
             */
            static create(properties: google.protobuf.Any.$Shape): google.protobuf.Any & google.protobuf.Any.$Shape;
            static create(properties?: google.protobuf.Any.$Properties): google.protobuf.Any;

            /**
             * Encodes the specified Any message. Does not implicitly {@link google.protobuf.Any.verify|verify} messages.
             * @param m Any message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: google.protobuf.Any.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Any message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {google.protobuf.Any & google.protobuf.Any.$Shape} Any
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): google.protobuf.Any & google.protobuf.Any.$Shape;

            /**
             * Creates an Any message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Any
             */
            static fromObject(d: { [k: string]: any }): google.protobuf.Any;

            /**
             * Creates a plain object from an Any message. Also converts values to other types if specified.
             * @param m Any
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: google.protobuf.Any, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Any to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Any
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Any {

            /** Properties of an Any. */
            interface $Properties {

                /** Any type_url */
                type_url?: (string|null);

                /** Any value */
                value?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Any. */
            type $Shape = google.protobuf.Any.$Properties;
        }
    }
}
