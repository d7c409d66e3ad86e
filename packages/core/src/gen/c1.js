/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Array = $util.global.Array, $String = $util.global.String, $Boolean = $util.global.Boolean, $Number = $util.global.Number, $isFinite = $util.global.isFinite, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const c1 = $root.c1 = (() => {

    /**
     * Namespace c1.
     * @exports c1
     * @namespace
     */
    const c1 = {};

    c1.connector = (function() {

        /**
         * Namespace connector.
         * @memberof c1
         * @namespace
         */
        const connector = {};

        connector.v2 = (function() {

            /**
             * Namespace v2.
             * @memberof c1.connector
             * @namespace
             */
            const v2 = {};

            v2.UserTrait = (function() {

                /**
                 * Properties of a UserTrait.
                 * @typedef {Object} c1.connector.v2.UserTrait.$Properties
                 * @property {Array.<c1.connector.v2.UserTrait.Email.$Properties>|null} [emails] UserTrait emails
                 * @property {c1.connector.v2.UserTrait.Status.$Properties|null} [status] UserTrait status
                 * @property {google.protobuf.Struct.$Properties|null} [profile] UserTrait profile
                 * @property {c1.connector.v2.AssetRef.$Properties|null} [icon] UserTrait icon
                 * @property {c1.connector.v2.UserTrait.AccountType|null} [accountType] UserTrait accountType
                 * @property {string|null} [login] UserTrait login
                 * @property {Array.<string>|null} [loginAliases] UserTrait loginAliases
                 * @property {google.protobuf.Timestamp.$Properties|null} [createdAt] UserTrait createdAt
                 * @property {google.protobuf.Timestamp.$Properties|null} [lastLogin] UserTrait lastLogin
                 * @property {c1.connector.v2.UserTrait.MFAStatus.$Properties|null} [mfaStatus] UserTrait mfaStatus
                 * @property {c1.connector.v2.UserTrait.SSOStatus.$Properties|null} [ssoStatus] UserTrait ssoStatus
                 * @property {c1.connector.v2.UserTrait.StructuredName.$Properties|null} [structuredName] UserTrait structuredName
                 * @property {Array.<string>|null} [employeeIds] UserTrait employeeIds
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a UserTrait.
                 * @memberof c1.connector.v2
                 * @interface IUserTrait
                 * @augments c1.connector.v2.UserTrait.$Properties
                 * @deprecated Use c1.connector.v2.UserTrait.$Properties instead.
                 */

                /**
                 * Shape of a UserTrait.
                 * @typedef {{
                 *   emails?: Array.<c1.connector.v2.UserTrait.Email.$Shape>|null;
                 *   status?: c1.connector.v2.UserTrait.Status.$Shape|null;
                 *   profile?: google.protobuf.Struct.$Shape|null;
                 *   icon?: c1.connector.v2.AssetRef.$Shape|null;
                 *   accountType?: c1.connector.v2.UserTrait.AccountType|null;
                 *   login?: string|null;
                 *   loginAliases?: Array.<string>|null;
                 *   createdAt?: google.protobuf.Timestamp.$Shape|null;
                 *   lastLogin?: google.protobuf.Timestamp.$Shape|null;
                 *   mfaStatus?: c1.connector.v2.UserTrait.MFAStatus.$Shape|null;
                 *   ssoStatus?: c1.connector.v2.UserTrait.SSOStatus.$Shape|null;
                 *   structuredName?: c1.connector.v2.UserTrait.StructuredName.$Shape|null;
                 *   employeeIds?: Array.<string>|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} c1.connector.v2.UserTrait.$Shape
                 */

                /**
                 * Constructs a new UserTrait.
                 * @memberof c1.connector.v2
                 * @classdesc Represents a UserTrait.
                 * @constructor
                 * @param {c1.connector.v2.UserTrait.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const UserTrait = function (p) {
                    this.emails = [];
                    this.loginAliases = [];
                    this.employeeIds = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * UserTrait emails.
                 * @member {Array.<c1.connector.v2.UserTrait.Email.$Properties>} emails
                 * @memberof c1.connector.v2.UserTrait
                 * @instance
                 */
                UserTrait.prototype.emails = $util.emptyArray;

                /**
                 * UserTrait status.
                 * @member {c1.connector.v2.UserTrait.Status.$Properties|null|undefined} status
                 * @memberof c1.connector.v2.UserTrait
                 * @instance
                 */
                UserTrait.prototype.status = null;

                /**
                 * UserTrait profile.
                 * @member {google.protobuf.Struct.$Properties|null|undefined} profile
                 * @memberof c1.connector.v2.UserTrait
                 * @instance
                 */
                UserTrait.prototype.profile = null;

                /**
                 * UserTrait icon.
                 * @member {c1.connector.v2.AssetRef.$Properties|null|undefined} icon
                 * @memberof c1.connector.v2.UserTrait
                 * @instance
                 */
                UserTrait.prototype.icon = null;

                /**
                 * UserTrait accountType.
                 * @member {c1.connector.v2.UserTrait.AccountType} accountType
                 * @memberof c1.connector.v2.UserTrait
                 * @instance
                 */
                UserTrait.prototype.accountType = 0;

                /**
                 * UserTrait login.
                 * @member {string} login
                 * @memberof c1.connector.v2.UserTrait
                 * @instance
                 */
                UserTrait.prototype.login = "";

                /**
                 * UserTrait loginAliases.
                 * @member {Array.<string>} loginAliases
                 * @memberof c1.connector.v2.UserTrait
                 * @instance
                 */
                UserTrait.prototype.loginAliases = $util.emptyArray;

                /**
                 * UserTrait createdAt.
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} createdAt
                 * @memberof c1.connector.v2.UserTrait
                 * @instance
                 */
                UserTrait.prototype.createdAt = null;

                /**
                 * UserTrait lastLogin.
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} lastLogin
                 * @memberof c1.connector.v2.UserTrait
                 * @instance
                 */
                UserTrait.prototype.lastLogin = null;

                /**
                 * UserTrait mfaStatus.
                 * @member {c1.connector.v2.UserTrait.MFAStatus.$Properties|null|undefined} mfaStatus
                 * @memberof c1.connector.v2.UserTrait
                 * @instance
                 */
                UserTrait.prototype.mfaStatus = null;

                /**
                 * UserTrait ssoStatus.
                 * @member {c1.connector.v2.UserTrait.SSOStatus.$Properties|null|undefined} ssoStatus
                 * @memberof c1.connector.v2.UserTrait
                 * @instance
                 */
                UserTrait.prototype.ssoStatus = null;

                /**
                 * UserTrait structuredName.
                 * @member {c1.connector.v2.UserTrait.StructuredName.$Properties|null|undefined} structuredName
                 * @memberof c1.connector.v2.UserTrait
                 * @instance
                 */
                UserTrait.prototype.structuredName = null;

                /**
                 * UserTrait employeeIds.
                 * @member {Array.<string>} employeeIds
                 * @memberof c1.connector.v2.UserTrait
                 * @instance
                 */
                UserTrait.prototype.employeeIds = $util.emptyArray;

                /**
                 * Creates a new UserTrait instance using the specified properties.
                 * @function create
                 * @memberof c1.connector.v2.UserTrait
                 * @static
                 * @param {c1.connector.v2.UserTrait.$Properties=} [properties] Properties to set
                 * @returns {c1.connector.v2.UserTrait} UserTrait instance
                 * @type {{
                 *   (properties: c1.connector.v2.UserTrait.$Shape): c1.connector.v2.UserTrait & c1.connector.v2.UserTrait.$Shape;
                 *   (properties?: c1.connector.v2.UserTrait.$Properties): c1.connector.v2.UserTrait;
                 * }}
                 */
                UserTrait.create = function(properties) {
                    return new UserTrait(properties);
                };

                /**
                 * Encodes the specified UserTrait message. Does not implicitly {@link c1.connector.v2.UserTrait.verify|verify} messages.
                 * @function encode
                 * @memberof c1.connector.v2.UserTrait
                 * @static
                 * @param {c1.connector.v2.UserTrait.$Properties} m UserTrait message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                UserTrait.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.emails != null && m.emails.length) {
                        for (var i = 0; i < m.emails.length; ++i)
                            $root.c1.connector.v2.UserTrait.Email.encode(m.emails[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    }
                    if (m.status != null && $Object.hasOwnProperty.call(m, "status"))
                        $root.c1.connector.v2.UserTrait.Status.encode(m.status, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    if (m.profile != null && $Object.hasOwnProperty.call(m, "profile"))
                        $root.google.protobuf.Struct.encode(m.profile, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    if (m.icon != null && $Object.hasOwnProperty.call(m, "icon"))
                        $root.c1.connector.v2.AssetRef.encode(m.icon, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                    if (m.accountType != null && $Object.hasOwnProperty.call(m, "accountType") && m.accountType !== 0)
                        w.uint32(/* id 5, wireType 0 =*/40).int32(m.accountType);
                    if (m.login != null && $Object.hasOwnProperty.call(m, "login") && m.login !== "")
                        w.uint32(/* id 6, wireType 2 =*/50).string(m.login);
                    if (m.loginAliases != null && m.loginAliases.length) {
                        for (var i = 0; i < m.loginAliases.length; ++i)
                            w.uint32(/* id 7, wireType 2 =*/58).string(m.loginAliases[i]);
                    }
                    if (m.createdAt != null && $Object.hasOwnProperty.call(m, "createdAt"))
                        $root.google.protobuf.Timestamp.encode(m.createdAt, w.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                    if (m.lastLogin != null && $Object.hasOwnProperty.call(m, "lastLogin"))
                        $root.google.protobuf.Timestamp.encode(m.lastLogin, w.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
                    if (m.mfaStatus != null && $Object.hasOwnProperty.call(m, "mfaStatus"))
                        $root.c1.connector.v2.UserTrait.MFAStatus.encode(m.mfaStatus, w.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                    if (m.ssoStatus != null && $Object.hasOwnProperty.call(m, "ssoStatus"))
                        $root.c1.connector.v2.UserTrait.SSOStatus.encode(m.ssoStatus, w.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
                    if (m.structuredName != null && $Object.hasOwnProperty.call(m, "structuredName"))
                        $root.c1.connector.v2.UserTrait.StructuredName.encode(m.structuredName, w.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
                    if (m.employeeIds != null && m.employeeIds.length) {
                        for (var i = 0; i < m.employeeIds.length; ++i)
                            w.uint32(/* id 13, wireType 2 =*/106).string(m.employeeIds[i]);
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a UserTrait message from the specified reader or buffer.
                 * @function decode
                 * @memberof c1.connector.v2.UserTrait
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {c1.connector.v2.UserTrait & c1.connector.v2.UserTrait.$Shape} UserTrait
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                UserTrait.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.c1.connector.v2.UserTrait();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if (!(m.emails && m.emails.length))
                                    m.emails = [];
                                m.emails.push($root.c1.connector.v2.UserTrait.Email.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                m.status = $root.c1.connector.v2.UserTrait.Status.decode(r, r.size(), $undefined, q + 1, m.status);
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                m.profile = $root.google.protobuf.Struct.decode(r, r.size(), $undefined, q + 1, m.profile);
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                m.icon = $root.c1.connector.v2.AssetRef.decode(r, r.size(), $undefined, q + 1, m.icon);
                                continue;
                            }
                        case 5: {
                                if (u !== 0)
                                    break;
                                if (v = r.int32())
                                    m.accountType = v;
                                else
                                    delete m.accountType;
                                continue;
                            }
                        case 6: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.login = v;
                                else
                                    delete m.login;
                                continue;
                            }
                        case 7: {
                                if (u !== 2)
                                    break;
                                if (!(m.loginAliases && m.loginAliases.length))
                                    m.loginAliases = [];
                                m.loginAliases.push(r.stringVerify());
                                continue;
                            }
                        case 8: {
                                if (u !== 2)
                                    break;
                                m.createdAt = $root.google.protobuf.Timestamp.decode(r, r.size(), $undefined, q + 1, m.createdAt);
                                continue;
                            }
                        case 9: {
                                if (u !== 2)
                                    break;
                                m.lastLogin = $root.google.protobuf.Timestamp.decode(r, r.size(), $undefined, q + 1, m.lastLogin);
                                continue;
                            }
                        case 10: {
                                if (u !== 2)
                                    break;
                                m.mfaStatus = $root.c1.connector.v2.UserTrait.MFAStatus.decode(r, r.size(), $undefined, q + 1, m.mfaStatus);
                                continue;
                            }
                        case 11: {
                                if (u !== 2)
                                    break;
                                m.ssoStatus = $root.c1.connector.v2.UserTrait.SSOStatus.decode(r, r.size(), $undefined, q + 1, m.ssoStatus);
                                continue;
                            }
                        case 12: {
                                if (u !== 2)
                                    break;
                                m.structuredName = $root.c1.connector.v2.UserTrait.StructuredName.decode(r, r.size(), $undefined, q + 1, m.structuredName);
                                continue;
                            }
                        case 13: {
                                if (u !== 2)
                                    break;
                                if (!(m.employeeIds && m.employeeIds.length))
                                    m.employeeIds = [];
                                m.employeeIds.push(r.stringVerify());
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Creates a UserTrait message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof c1.connector.v2.UserTrait
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {c1.connector.v2.UserTrait} UserTrait
                 */
                UserTrait.fromObject = function (d, q) {
                    if (d instanceof $root.c1.connector.v2.UserTrait)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".c1.connector.v2.UserTrait: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.c1.connector.v2.UserTrait();
                    if (d.emails) {
                        if (!$Array.isArray(d.emails))
                            throw $TypeError(".c1.connector.v2.UserTrait.emails: array expected");
                        m.emails = $Array(d.emails.length);
                        for (var i = 0; i < d.emails.length; ++i) {
                            if (!$util.isObject(d.emails[i]))
                                throw $TypeError(".c1.connector.v2.UserTrait.emails: object expected");
                            m.emails[i] = $root.c1.connector.v2.UserTrait.Email.fromObject(d.emails[i], q + 1);
                        }
                    }
                    if (d.status != null) {
                        if (!$util.isObject(d.status))
                            throw $TypeError(".c1.connector.v2.UserTrait.status: object expected");
                        m.status = $root.c1.connector.v2.UserTrait.Status.fromObject(d.status, q + 1);
                    }
                    if (d.profile != null) {
                        if (!$util.isObject(d.profile))
                            throw $TypeError(".c1.connector.v2.UserTrait.profile: object expected");
                        m.profile = $root.google.protobuf.Struct.fromObject(d.profile, q + 1);
                    }
                    if (d.icon != null) {
                        if (!$util.isObject(d.icon))
                            throw $TypeError(".c1.connector.v2.UserTrait.icon: object expected");
                        m.icon = $root.c1.connector.v2.AssetRef.fromObject(d.icon, q + 1);
                    }
                    if (d.accountType !== 0 && (typeof d.accountType !== "string" || $root.c1.connector.v2.UserTrait.AccountType[d.accountType] !== 0)) {
                        switch (d.accountType) {
                        case "ACCOUNT_TYPE_UNSPECIFIED":
                        case 0:
                            m.accountType = 0;
                            break;
                        case "ACCOUNT_TYPE_HUMAN":
                        case 1:
                            m.accountType = 1;
                            break;
                        case "ACCOUNT_TYPE_SERVICE":
                        case 2:
                            m.accountType = 2;
                            break;
                        case "ACCOUNT_TYPE_SYSTEM":
                        case 3:
                            m.accountType = 3;
                            break;
                        default:
                            if (typeof d.accountType === "number" && (d.accountType | 0) === d.accountType)
                                m.accountType = d.accountType;
                        }
                    }
                    if (d.login != null) {
                        if (typeof d.login !== "string" || d.login.length) {
                            m.login = $String(d.login);
                        }
                    }
                    if (d.loginAliases) {
                        if (!$Array.isArray(d.loginAliases))
                            throw $TypeError(".c1.connector.v2.UserTrait.loginAliases: array expected");
                        m.loginAliases = $Array(d.loginAliases.length);
                        for (var i = 0; i < d.loginAliases.length; ++i) {
                            m.loginAliases[i] = $String(d.loginAliases[i]);
                        }
                    }
                    if (d.createdAt != null) {
                        if (!$util.isObject(d.createdAt))
                            throw $TypeError(".c1.connector.v2.UserTrait.createdAt: object expected");
                        m.createdAt = $root.google.protobuf.Timestamp.fromObject(d.createdAt, q + 1);
                    }
                    if (d.lastLogin != null) {
                        if (!$util.isObject(d.lastLogin))
                            throw $TypeError(".c1.connector.v2.UserTrait.lastLogin: object expected");
                        m.lastLogin = $root.google.protobuf.Timestamp.fromObject(d.lastLogin, q + 1);
                    }
                    if (d.mfaStatus != null) {
                        if (!$util.isObject(d.mfaStatus))
                            throw $TypeError(".c1.connector.v2.UserTrait.mfaStatus: object expected");
                        m.mfaStatus = $root.c1.connector.v2.UserTrait.MFAStatus.fromObject(d.mfaStatus, q + 1);
                    }
                    if (d.ssoStatus != null) {
                        if (!$util.isObject(d.ssoStatus))
                            throw $TypeError(".c1.connector.v2.UserTrait.ssoStatus: object expected");
                        m.ssoStatus = $root.c1.connector.v2.UserTrait.SSOStatus.fromObject(d.ssoStatus, q + 1);
                    }
                    if (d.structuredName != null) {
                        if (!$util.isObject(d.structuredName))
                            throw $TypeError(".c1.connector.v2.UserTrait.structuredName: object expected");
                        m.structuredName = $root.c1.connector.v2.UserTrait.StructuredName.fromObject(d.structuredName, q + 1);
                    }
                    if (d.employeeIds) {
                        if (!$Array.isArray(d.employeeIds))
                            throw $TypeError(".c1.connector.v2.UserTrait.employeeIds: array expected");
                        m.employeeIds = $Array(d.employeeIds.length);
                        for (var i = 0; i < d.employeeIds.length; ++i) {
                            m.employeeIds[i] = $String(d.employeeIds[i]);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a UserTrait message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof c1.connector.v2.UserTrait
                 * @static
                 * @param {c1.connector.v2.UserTrait} m UserTrait
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                UserTrait.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.emails = [];
                        d.loginAliases = [];
                        d.employeeIds = [];
                    }
                    if (o.defaults) {
                        d.status = null;
                        d.profile = null;
                        d.icon = null;
                        d.accountType = o.enums === $String ? "ACCOUNT_TYPE_UNSPECIFIED" : 0;
                        d.login = "";
                        d.createdAt = null;
                        d.lastLogin = null;
                        d.mfaStatus = null;
                        d.ssoStatus = null;
                        d.structuredName = null;
                    }
                    if (m.emails && m.emails.length) {
                        d.emails = $Array(m.emails.length);
                        for (var j = 0; j < m.emails.length; ++j) {
                            d.emails[j] = $root.c1.connector.v2.UserTrait.Email.toObject(m.emails[j], o, q + 1);
                        }
                    }
                    if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                        d.status = $root.c1.connector.v2.UserTrait.Status.toObject(m.status, o, q + 1);
                    }
                    if (m.profile != null && $Object.hasOwnProperty.call(m, "profile")) {
                        d.profile = $root.google.protobuf.Struct.toObject(m.profile, o, q + 1);
                    }
                    if (m.icon != null && $Object.hasOwnProperty.call(m, "icon")) {
                        d.icon = $root.c1.connector.v2.AssetRef.toObject(m.icon, o, q + 1);
                    }
                    if (m.accountType != null && $Object.hasOwnProperty.call(m, "accountType")) {
                        d.accountType = o.enums === $String ? $root.c1.connector.v2.UserTrait.AccountType[m.accountType] === $undefined ? m.accountType : $root.c1.connector.v2.UserTrait.AccountType[m.accountType] : m.accountType;
                    }
                    if (m.login != null && $Object.hasOwnProperty.call(m, "login")) {
                        d.login = m.login;
                    }
                    if (m.loginAliases && m.loginAliases.length) {
                        d.loginAliases = $Array(m.loginAliases.length);
                        for (var j = 0; j < m.loginAliases.length; ++j) {
                            d.loginAliases[j] = m.loginAliases[j];
                        }
                    }
                    if (m.createdAt != null && $Object.hasOwnProperty.call(m, "createdAt")) {
                        d.createdAt = $root.google.protobuf.Timestamp.toObject(m.createdAt, o, q + 1);
                    }
                    if (m.lastLogin != null && $Object.hasOwnProperty.call(m, "lastLogin")) {
                        d.lastLogin = $root.google.protobuf.Timestamp.toObject(m.lastLogin, o, q + 1);
                    }
                    if (m.mfaStatus != null && $Object.hasOwnProperty.call(m, "mfaStatus")) {
                        d.mfaStatus = $root.c1.connector.v2.UserTrait.MFAStatus.toObject(m.mfaStatus, o, q + 1);
                    }
                    if (m.ssoStatus != null && $Object.hasOwnProperty.call(m, "ssoStatus")) {
                        d.ssoStatus = $root.c1.connector.v2.UserTrait.SSOStatus.toObject(m.ssoStatus, o, q + 1);
                    }
                    if (m.structuredName != null && $Object.hasOwnProperty.call(m, "structuredName")) {
                        d.structuredName = $root.c1.connector.v2.UserTrait.StructuredName.toObject(m.structuredName, o, q + 1);
                    }
                    if (m.employeeIds && m.employeeIds.length) {
                        d.employeeIds = $Array(m.employeeIds.length);
                        for (var j = 0; j < m.employeeIds.length; ++j) {
                            d.employeeIds[j] = m.employeeIds[j];
                        }
                    }
                    return d;
                };

                /**
                 * Converts this UserTrait to JSON.
                 * @function toJSON
                 * @memberof c1.connector.v2.UserTrait
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                UserTrait.prototype.toJSON = function() {
                    return UserTrait.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for UserTrait
                 * @function getTypeUrl
                 * @memberof c1.connector.v2.UserTrait
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                UserTrait.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/c1.connector.v2.UserTrait";
                };

                UserTrait.Email = (function() {

                    /**
                     * Properties of an Email.
                     * @typedef {Object} c1.connector.v2.UserTrait.Email.$Properties
                     * @property {string|null} [address] Email address
                     * @property {boolean|null} [isPrimary] Email isPrimary
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of an Email.
                     * @memberof c1.connector.v2.UserTrait
                     * @interface IEmail
                     * @augments c1.connector.v2.UserTrait.Email.$Properties
                     * @deprecated Use c1.connector.v2.UserTrait.Email.$Properties instead.
                     */

                    /**
                     * Shape of an Email.
                     * @typedef {c1.connector.v2.UserTrait.Email.$Properties} c1.connector.v2.UserTrait.Email.$Shape
                     */

                    /**
                     * Constructs a new Email.
                     * @memberof c1.connector.v2.UserTrait
                     * @classdesc Represents an Email.
                     * @constructor
                     * @param {c1.connector.v2.UserTrait.Email.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const Email = function (p) {
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * Email address.
                     * @member {string} address
                     * @memberof c1.connector.v2.UserTrait.Email
                     * @instance
                     */
                    Email.prototype.address = "";

                    /**
                     * Email isPrimary.
                     * @member {boolean} isPrimary
                     * @memberof c1.connector.v2.UserTrait.Email
                     * @instance
                     */
                    Email.prototype.isPrimary = false;

                    /**
                     * Creates a new Email instance using the specified properties.
                     * @function create
                     * @memberof c1.connector.v2.UserTrait.Email
                     * @static
                     * @param {c1.connector.v2.UserTrait.Email.$Properties=} [properties] Properties to set
                     * @returns {c1.connector.v2.UserTrait.Email} Email instance
                     * @type {{
                     *   (properties: c1.connector.v2.UserTrait.Email.$Shape): c1.connector.v2.UserTrait.Email & c1.connector.v2.UserTrait.Email.$Shape;
                     *   (properties?: c1.connector.v2.UserTrait.Email.$Properties): c1.connector.v2.UserTrait.Email;
                     * }}
                     */
                    Email.create = function(properties) {
                        return new Email(properties);
                    };

                    /**
                     * Encodes the specified Email message. Does not implicitly {@link c1.connector.v2.UserTrait.Email.verify|verify} messages.
                     * @function encode
                     * @memberof c1.connector.v2.UserTrait.Email
                     * @static
                     * @param {c1.connector.v2.UserTrait.Email.$Properties} m Email message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Email.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.address != null && $Object.hasOwnProperty.call(m, "address") && m.address !== "")
                            w.uint32(/* id 1, wireType 2 =*/10).string(m.address);
                        if (m.isPrimary != null && $Object.hasOwnProperty.call(m, "isPrimary") && m.isPrimary !== false)
                            w.uint32(/* id 2, wireType 0 =*/16).bool(m.isPrimary);
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes an Email message from the specified reader or buffer.
                     * @function decode
                     * @memberof c1.connector.v2.UserTrait.Email
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {c1.connector.v2.UserTrait.Email & c1.connector.v2.UserTrait.Email.$Shape} Email
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Email.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.c1.connector.v2.UserTrait.Email();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.stringVerify()).length)
                                        m.address = v;
                                    else
                                        delete m.address;
                                    continue;
                                }
                            case 2: {
                                    if (u !== 0)
                                        break;
                                    if (v = r.bool())
                                        m.isPrimary = v;
                                    else
                                        delete m.isPrimary;
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Creates an Email message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof c1.connector.v2.UserTrait.Email
                     * @static
                     * @param {Object.<string,*>} d Plain object
                     * @returns {c1.connector.v2.UserTrait.Email} Email
                     */
                    Email.fromObject = function (d, q) {
                        if (d instanceof $root.c1.connector.v2.UserTrait.Email)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".c1.connector.v2.UserTrait.Email: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.c1.connector.v2.UserTrait.Email();
                        if (d.address != null) {
                            if (typeof d.address !== "string" || d.address.length) {
                                m.address = $String(d.address);
                            }
                        }
                        if (d.isPrimary != null) {
                            if (d.isPrimary) {
                                m.isPrimary = $Boolean(d.isPrimary);
                            }
                        }
                        return m;
                    };

                    /**
                     * Creates a plain object from an Email message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof c1.connector.v2.UserTrait.Email
                     * @static
                     * @param {c1.connector.v2.UserTrait.Email} m Email
                     * @param {$protobuf.IConversionOptions} [o] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    Email.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (o.defaults) {
                            d.address = "";
                            d.isPrimary = false;
                        }
                        if (m.address != null && $Object.hasOwnProperty.call(m, "address")) {
                            d.address = m.address;
                        }
                        if (m.isPrimary != null && $Object.hasOwnProperty.call(m, "isPrimary")) {
                            d.isPrimary = m.isPrimary;
                        }
                        return d;
                    };

                    /**
                     * Converts this Email to JSON.
                     * @function toJSON
                     * @memberof c1.connector.v2.UserTrait.Email
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    Email.prototype.toJSON = function() {
                        return Email.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for Email
                     * @function getTypeUrl
                     * @memberof c1.connector.v2.UserTrait.Email
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    Email.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/c1.connector.v2.UserTrait.Email";
                    };

                    return Email;
                })();

                UserTrait.Status = (function() {

                    /**
                     * Properties of a Status.
                     * @typedef {Object} c1.connector.v2.UserTrait.Status.$Properties
                     * @property {c1.connector.v2.UserTrait.Status.Status|null} [status] Status status
                     * @property {string|null} [details] Status details
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a Status.
                     * @memberof c1.connector.v2.UserTrait
                     * @interface IStatus
                     * @augments c1.connector.v2.UserTrait.Status.$Properties
                     * @deprecated Use c1.connector.v2.UserTrait.Status.$Properties instead.
                     */

                    /**
                     * Shape of a Status.
                     * @typedef {c1.connector.v2.UserTrait.Status.$Properties} c1.connector.v2.UserTrait.Status.$Shape
                     */

                    /**
                     * Constructs a new Status.
                     * @memberof c1.connector.v2.UserTrait
                     * @classdesc Represents a Status.
                     * @constructor
                     * @param {c1.connector.v2.UserTrait.Status.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const Status = function (p) {
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * Status status.
                     * @member {c1.connector.v2.UserTrait.Status.Status} status
                     * @memberof c1.connector.v2.UserTrait.Status
                     * @instance
                     */
                    Status.prototype.status = 0;

                    /**
                     * Status details.
                     * @member {string} details
                     * @memberof c1.connector.v2.UserTrait.Status
                     * @instance
                     */
                    Status.prototype.details = "";

                    /**
                     * Creates a new Status instance using the specified properties.
                     * @function create
                     * @memberof c1.connector.v2.UserTrait.Status
                     * @static
                     * @param {c1.connector.v2.UserTrait.Status.$Properties=} [properties] Properties to set
                     * @returns {c1.connector.v2.UserTrait.Status} Status instance
                     * @type {{
                     *   (properties: c1.connector.v2.UserTrait.Status.$Shape): c1.connector.v2.UserTrait.Status & c1.connector.v2.UserTrait.Status.$Shape;
                     *   (properties?: c1.connector.v2.UserTrait.Status.$Properties): c1.connector.v2.UserTrait.Status;
                     * }}
                     */
                    Status.create = function(properties) {
                        return new Status(properties);
                    };

                    /**
                     * Encodes the specified Status message. Does not implicitly {@link c1.connector.v2.UserTrait.Status.verify|verify} messages.
                     * @function encode
                     * @memberof c1.connector.v2.UserTrait.Status
                     * @static
                     * @param {c1.connector.v2.UserTrait.Status.$Properties} m Status message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Status.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.status != null && $Object.hasOwnProperty.call(m, "status") && m.status !== 0)
                            w.uint32(/* id 1, wireType 0 =*/8).int32(m.status);
                        if (m.details != null && $Object.hasOwnProperty.call(m, "details") && m.details !== "")
                            w.uint32(/* id 2, wireType 2 =*/18).string(m.details);
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes a Status message from the specified reader or buffer.
                     * @function decode
                     * @memberof c1.connector.v2.UserTrait.Status
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {c1.connector.v2.UserTrait.Status & c1.connector.v2.UserTrait.Status.$Shape} Status
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Status.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.c1.connector.v2.UserTrait.Status();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 0)
                                        break;
                                    if (v = r.int32())
                                        m.status = v;
                                    else
                                        delete m.status;
                                    continue;
                                }
                            case 2: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.stringVerify()).length)
                                        m.details = v;
                                    else
                                        delete m.details;
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Creates a Status message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof c1.connector.v2.UserTrait.Status
                     * @static
                     * @param {Object.<string,*>} d Plain object
                     * @returns {c1.connector.v2.UserTrait.Status} Status
                     */
                    Status.fromObject = function (d, q) {
                        if (d instanceof $root.c1.connector.v2.UserTrait.Status)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".c1.connector.v2.UserTrait.Status: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.c1.connector.v2.UserTrait.Status();
                        if (d.status !== 0 && (typeof d.status !== "string" || $root.c1.connector.v2.UserTrait.Status.Status[d.status] !== 0)) {
                            switch (d.status) {
                            case "STATUS_UNSPECIFIED":
                            case 0:
                                m.status = 0;
                                break;
                            case "STATUS_ENABLED":
                            case 1:
                                m.status = 1;
                                break;
                            case "STATUS_DISABLED":
                            case 2:
                                m.status = 2;
                                break;
                            case "STATUS_DELETED":
                            case 3:
                                m.status = 3;
                                break;
                            default:
                                if (typeof d.status === "number" && (d.status | 0) === d.status)
                                    m.status = d.status;
                            }
                        }
                        if (d.details != null) {
                            if (typeof d.details !== "string" || d.details.length) {
                                m.details = $String(d.details);
                            }
                        }
                        return m;
                    };

                    /**
                     * Creates a plain object from a Status message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof c1.connector.v2.UserTrait.Status
                     * @static
                     * @param {c1.connector.v2.UserTrait.Status} m Status
                     * @param {$protobuf.IConversionOptions} [o] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    Status.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (o.defaults) {
                            d.status = o.enums === $String ? "STATUS_UNSPECIFIED" : 0;
                            d.details = "";
                        }
                        if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                            d.status = o.enums === $String ? $root.c1.connector.v2.UserTrait.Status.Status[m.status] === $undefined ? m.status : $root.c1.connector.v2.UserTrait.Status.Status[m.status] : m.status;
                        }
                        if (m.details != null && $Object.hasOwnProperty.call(m, "details")) {
                            d.details = m.details;
                        }
                        return d;
                    };

                    /**
                     * Converts this Status to JSON.
                     * @function toJSON
                     * @memberof c1.connector.v2.UserTrait.Status
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    Status.prototype.toJSON = function() {
                        return Status.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for Status
                     * @function getTypeUrl
                     * @memberof c1.connector.v2.UserTrait.Status
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    Status.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/c1.connector.v2.UserTrait.Status";
                    };

                    /**
                     * Status enum.
                     * @name c1.connector.v2.UserTrait.Status.Status
                     * @enum {number}
                     * @property {number} STATUS_UNSPECIFIED=0 STATUS_UNSPECIFIED value
                     * @property {number} STATUS_ENABLED=1 STATUS_ENABLED value
                     * @property {number} STATUS_DISABLED=2 STATUS_DISABLED value
                     * @property {number} STATUS_DELETED=3 STATUS_DELETED value
                     */
                    Status.Status = (function() {
                        const valuesById = $Object.create(null), values = $Object.create(valuesById);
                        values[valuesById[0] = "STATUS_UNSPECIFIED"] = 0;
                        values[valuesById[1] = "STATUS_ENABLED"] = 1;
                        values[valuesById[2] = "STATUS_DISABLED"] = 2;
                        values[valuesById[3] = "STATUS_DELETED"] = 3;
                        return values;
                    })();

                    return Status;
                })();

                /**
                 * AccountType enum.
                 * @name c1.connector.v2.UserTrait.AccountType
                 * @enum {number}
                 * @property {number} ACCOUNT_TYPE_UNSPECIFIED=0 ACCOUNT_TYPE_UNSPECIFIED value
                 * @property {number} ACCOUNT_TYPE_HUMAN=1 ACCOUNT_TYPE_HUMAN value
                 * @property {number} ACCOUNT_TYPE_SERVICE=2 ACCOUNT_TYPE_SERVICE value
                 * @property {number} ACCOUNT_TYPE_SYSTEM=3 ACCOUNT_TYPE_SYSTEM value
                 */
                UserTrait.AccountType = (function() {
                    const valuesById = $Object.create(null), values = $Object.create(valuesById);
                    values[valuesById[0] = "ACCOUNT_TYPE_UNSPECIFIED"] = 0;
                    values[valuesById[1] = "ACCOUNT_TYPE_HUMAN"] = 1;
                    values[valuesById[2] = "ACCOUNT_TYPE_SERVICE"] = 2;
                    values[valuesById[3] = "ACCOUNT_TYPE_SYSTEM"] = 3;
                    return values;
                })();

                UserTrait.MFAStatus = (function() {

                    /**
                     * Properties of a MFAStatus.
                     * @typedef {Object} c1.connector.v2.UserTrait.MFAStatus.$Properties
                     * @property {boolean|null} [mfaEnabled] MFAStatus mfaEnabled
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a MFAStatus.
                     * @memberof c1.connector.v2.UserTrait
                     * @interface IMFAStatus
                     * @augments c1.connector.v2.UserTrait.MFAStatus.$Properties
                     * @deprecated Use c1.connector.v2.UserTrait.MFAStatus.$Properties instead.
                     */

                    /**
                     * Shape of a MFAStatus.
                     * @typedef {c1.connector.v2.UserTrait.MFAStatus.$Properties} c1.connector.v2.UserTrait.MFAStatus.$Shape
                     */

                    /**
                     * Constructs a new MFAStatus.
                     * @memberof c1.connector.v2.UserTrait
                     * @classdesc Represents a MFAStatus.
                     * @constructor
                     * @param {c1.connector.v2.UserTrait.MFAStatus.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const MFAStatus = function (p) {
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * MFAStatus mfaEnabled.
                     * @member {boolean} mfaEnabled
                     * @memberof c1.connector.v2.UserTrait.MFAStatus
                     * @instance
                     */
                    MFAStatus.prototype.mfaEnabled = false;

                    /**
                     * Creates a new MFAStatus instance using the specified properties.
                     * @function create
                     * @memberof c1.connector.v2.UserTrait.MFAStatus
                     * @static
                     * @param {c1.connector.v2.UserTrait.MFAStatus.$Properties=} [properties] Properties to set
                     * @returns {c1.connector.v2.UserTrait.MFAStatus} MFAStatus instance
                     * @type {{
                     *   (properties: c1.connector.v2.UserTrait.MFAStatus.$Shape): c1.connector.v2.UserTrait.MFAStatus & c1.connector.v2.UserTrait.MFAStatus.$Shape;
                     *   (properties?: c1.connector.v2.UserTrait.MFAStatus.$Properties): c1.connector.v2.UserTrait.MFAStatus;
                     * }}
                     */
                    MFAStatus.create = function(properties) {
                        return new MFAStatus(properties);
                    };

                    /**
                     * Encodes the specified MFAStatus message. Does not implicitly {@link c1.connector.v2.UserTrait.MFAStatus.verify|verify} messages.
                     * @function encode
                     * @memberof c1.connector.v2.UserTrait.MFAStatus
                     * @static
                     * @param {c1.connector.v2.UserTrait.MFAStatus.$Properties} m MFAStatus message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    MFAStatus.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.mfaEnabled != null && $Object.hasOwnProperty.call(m, "mfaEnabled") && m.mfaEnabled !== false)
                            w.uint32(/* id 1, wireType 0 =*/8).bool(m.mfaEnabled);
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes a MFAStatus message from the specified reader or buffer.
                     * @function decode
                     * @memberof c1.connector.v2.UserTrait.MFAStatus
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {c1.connector.v2.UserTrait.MFAStatus & c1.connector.v2.UserTrait.MFAStatus.$Shape} MFAStatus
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    MFAStatus.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.c1.connector.v2.UserTrait.MFAStatus();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 0)
                                        break;
                                    if (v = r.bool())
                                        m.mfaEnabled = v;
                                    else
                                        delete m.mfaEnabled;
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Creates a MFAStatus message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof c1.connector.v2.UserTrait.MFAStatus
                     * @static
                     * @param {Object.<string,*>} d Plain object
                     * @returns {c1.connector.v2.UserTrait.MFAStatus} MFAStatus
                     */
                    MFAStatus.fromObject = function (d, q) {
                        if (d instanceof $root.c1.connector.v2.UserTrait.MFAStatus)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".c1.connector.v2.UserTrait.MFAStatus: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.c1.connector.v2.UserTrait.MFAStatus();
                        if (d.mfaEnabled != null) {
                            if (d.mfaEnabled) {
                                m.mfaEnabled = $Boolean(d.mfaEnabled);
                            }
                        }
                        return m;
                    };

                    /**
                     * Creates a plain object from a MFAStatus message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof c1.connector.v2.UserTrait.MFAStatus
                     * @static
                     * @param {c1.connector.v2.UserTrait.MFAStatus} m MFAStatus
                     * @param {$protobuf.IConversionOptions} [o] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    MFAStatus.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (o.defaults) {
                            d.mfaEnabled = false;
                        }
                        if (m.mfaEnabled != null && $Object.hasOwnProperty.call(m, "mfaEnabled")) {
                            d.mfaEnabled = m.mfaEnabled;
                        }
                        return d;
                    };

                    /**
                     * Converts this MFAStatus to JSON.
                     * @function toJSON
                     * @memberof c1.connector.v2.UserTrait.MFAStatus
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    MFAStatus.prototype.toJSON = function() {
                        return MFAStatus.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for MFAStatus
                     * @function getTypeUrl
                     * @memberof c1.connector.v2.UserTrait.MFAStatus
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    MFAStatus.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/c1.connector.v2.UserTrait.MFAStatus";
                    };

                    return MFAStatus;
                })();

                UserTrait.SSOStatus = (function() {

                    /**
                     * Properties of a SSOStatus.
                     * @typedef {Object} c1.connector.v2.UserTrait.SSOStatus.$Properties
                     * @property {boolean|null} [ssoEnabled] SSOStatus ssoEnabled
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a SSOStatus.
                     * @memberof c1.connector.v2.UserTrait
                     * @interface ISSOStatus
                     * @augments c1.connector.v2.UserTrait.SSOStatus.$Properties
                     * @deprecated Use c1.connector.v2.UserTrait.SSOStatus.$Properties instead.
                     */

                    /**
                     * Shape of a SSOStatus.
                     * @typedef {c1.connector.v2.UserTrait.SSOStatus.$Properties} c1.connector.v2.UserTrait.SSOStatus.$Shape
                     */

                    /**
                     * Constructs a new SSOStatus.
                     * @memberof c1.connector.v2.UserTrait
                     * @classdesc Represents a SSOStatus.
                     * @constructor
                     * @param {c1.connector.v2.UserTrait.SSOStatus.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const SSOStatus = function (p) {
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * SSOStatus ssoEnabled.
                     * @member {boolean} ssoEnabled
                     * @memberof c1.connector.v2.UserTrait.SSOStatus
                     * @instance
                     */
                    SSOStatus.prototype.ssoEnabled = false;

                    /**
                     * Creates a new SSOStatus instance using the specified properties.
                     * @function create
                     * @memberof c1.connector.v2.UserTrait.SSOStatus
                     * @static
                     * @param {c1.connector.v2.UserTrait.SSOStatus.$Properties=} [properties] Properties to set
                     * @returns {c1.connector.v2.UserTrait.SSOStatus} SSOStatus instance
                     * @type {{
                     *   (properties: c1.connector.v2.UserTrait.SSOStatus.$Shape): c1.connector.v2.UserTrait.SSOStatus & c1.connector.v2.UserTrait.SSOStatus.$Shape;
                     *   (properties?: c1.connector.v2.UserTrait.SSOStatus.$Properties): c1.connector.v2.UserTrait.SSOStatus;
                     * }}
                     */
                    SSOStatus.create = function(properties) {
                        return new SSOStatus(properties);
                    };

                    /**
                     * Encodes the specified SSOStatus message. Does not implicitly {@link c1.connector.v2.UserTrait.SSOStatus.verify|verify} messages.
                     * @function encode
                     * @memberof c1.connector.v2.UserTrait.SSOStatus
                     * @static
                     * @param {c1.connector.v2.UserTrait.SSOStatus.$Properties} m SSOStatus message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    SSOStatus.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.ssoEnabled != null && $Object.hasOwnProperty.call(m, "ssoEnabled") && m.ssoEnabled !== false)
                            w.uint32(/* id 1, wireType 0 =*/8).bool(m.ssoEnabled);
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes a SSOStatus message from the specified reader or buffer.
                     * @function decode
                     * @memberof c1.connector.v2.UserTrait.SSOStatus
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {c1.connector.v2.UserTrait.SSOStatus & c1.connector.v2.UserTrait.SSOStatus.$Shape} SSOStatus
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    SSOStatus.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.c1.connector.v2.UserTrait.SSOStatus();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 0)
                                        break;
                                    if (v = r.bool())
                                        m.ssoEnabled = v;
                                    else
                                        delete m.ssoEnabled;
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Creates a SSOStatus message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof c1.connector.v2.UserTrait.SSOStatus
                     * @static
                     * @param {Object.<string,*>} d Plain object
                     * @returns {c1.connector.v2.UserTrait.SSOStatus} SSOStatus
                     */
                    SSOStatus.fromObject = function (d, q) {
                        if (d instanceof $root.c1.connector.v2.UserTrait.SSOStatus)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".c1.connector.v2.UserTrait.SSOStatus: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.c1.connector.v2.UserTrait.SSOStatus();
                        if (d.ssoEnabled != null) {
                            if (d.ssoEnabled) {
                                m.ssoEnabled = $Boolean(d.ssoEnabled);
                            }
                        }
                        return m;
                    };

                    /**
                     * Creates a plain object from a SSOStatus message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof c1.connector.v2.UserTrait.SSOStatus
                     * @static
                     * @param {c1.connector.v2.UserTrait.SSOStatus} m SSOStatus
                     * @param {$protobuf.IConversionOptions} [o] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    SSOStatus.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (o.defaults) {
                            d.ssoEnabled = false;
                        }
                        if (m.ssoEnabled != null && $Object.hasOwnProperty.call(m, "ssoEnabled")) {
                            d.ssoEnabled = m.ssoEnabled;
                        }
                        return d;
                    };

                    /**
                     * Converts this SSOStatus to JSON.
                     * @function toJSON
                     * @memberof c1.connector.v2.UserTrait.SSOStatus
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    SSOStatus.prototype.toJSON = function() {
                        return SSOStatus.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for SSOStatus
                     * @function getTypeUrl
                     * @memberof c1.connector.v2.UserTrait.SSOStatus
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    SSOStatus.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/c1.connector.v2.UserTrait.SSOStatus";
                    };

                    return SSOStatus;
                })();

                UserTrait.StructuredName = (function() {

                    /**
                     * Properties of a StructuredName.
                     * @typedef {Object} c1.connector.v2.UserTrait.StructuredName.$Properties
                     * @property {string|null} [givenName] StructuredName givenName
                     * @property {string|null} [familyName] StructuredName familyName
                     * @property {Array.<string>|null} [middleNames] StructuredName middleNames
                     * @property {string|null} [prefix] StructuredName prefix
                     * @property {string|null} [suffix] StructuredName suffix
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a StructuredName.
                     * @memberof c1.connector.v2.UserTrait
                     * @interface IStructuredName
                     * @augments c1.connector.v2.UserTrait.StructuredName.$Properties
                     * @deprecated Use c1.connector.v2.UserTrait.StructuredName.$Properties instead.
                     */

                    /**
                     * Shape of a StructuredName.
                     * @typedef {c1.connector.v2.UserTrait.StructuredName.$Properties} c1.connector.v2.UserTrait.StructuredName.$Shape
                     */

                    /**
                     * Constructs a new StructuredName.
                     * @memberof c1.connector.v2.UserTrait
                     * @classdesc Represents a StructuredName.
                     * @constructor
                     * @param {c1.connector.v2.UserTrait.StructuredName.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const StructuredName = function (p) {
                        this.middleNames = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * StructuredName givenName.
                     * @member {string} givenName
                     * @memberof c1.connector.v2.UserTrait.StructuredName
                     * @instance
                     */
                    StructuredName.prototype.givenName = "";

                    /**
                     * StructuredName familyName.
                     * @member {string} familyName
                     * @memberof c1.connector.v2.UserTrait.StructuredName
                     * @instance
                     */
                    StructuredName.prototype.familyName = "";

                    /**
                     * StructuredName middleNames.
                     * @member {Array.<string>} middleNames
                     * @memberof c1.connector.v2.UserTrait.StructuredName
                     * @instance
                     */
                    StructuredName.prototype.middleNames = $util.emptyArray;

                    /**
                     * StructuredName prefix.
                     * @member {string} prefix
                     * @memberof c1.connector.v2.UserTrait.StructuredName
                     * @instance
                     */
                    StructuredName.prototype.prefix = "";

                    /**
                     * StructuredName suffix.
                     * @member {string} suffix
                     * @memberof c1.connector.v2.UserTrait.StructuredName
                     * @instance
                     */
                    StructuredName.prototype.suffix = "";

                    /**
                     * Creates a new StructuredName instance using the specified properties.
                     * @function create
                     * @memberof c1.connector.v2.UserTrait.StructuredName
                     * @static
                     * @param {c1.connector.v2.UserTrait.StructuredName.$Properties=} [properties] Properties to set
                     * @returns {c1.connector.v2.UserTrait.StructuredName} StructuredName instance
                     * @type {{
                     *   (properties: c1.connector.v2.UserTrait.StructuredName.$Shape): c1.connector.v2.UserTrait.StructuredName & c1.connector.v2.UserTrait.StructuredName.$Shape;
                     *   (properties?: c1.connector.v2.UserTrait.StructuredName.$Properties): c1.connector.v2.UserTrait.StructuredName;
                     * }}
                     */
                    StructuredName.create = function(properties) {
                        return new StructuredName(properties);
                    };

                    /**
                     * Encodes the specified StructuredName message. Does not implicitly {@link c1.connector.v2.UserTrait.StructuredName.verify|verify} messages.
                     * @function encode
                     * @memberof c1.connector.v2.UserTrait.StructuredName
                     * @static
                     * @param {c1.connector.v2.UserTrait.StructuredName.$Properties} m StructuredName message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    StructuredName.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.givenName != null && $Object.hasOwnProperty.call(m, "givenName") && m.givenName !== "")
                            w.uint32(/* id 1, wireType 2 =*/10).string(m.givenName);
                        if (m.familyName != null && $Object.hasOwnProperty.call(m, "familyName") && m.familyName !== "")
                            w.uint32(/* id 2, wireType 2 =*/18).string(m.familyName);
                        if (m.middleNames != null && m.middleNames.length) {
                            for (var i = 0; i < m.middleNames.length; ++i)
                                w.uint32(/* id 3, wireType 2 =*/26).string(m.middleNames[i]);
                        }
                        if (m.prefix != null && $Object.hasOwnProperty.call(m, "prefix") && m.prefix !== "")
                            w.uint32(/* id 4, wireType 2 =*/34).string(m.prefix);
                        if (m.suffix != null && $Object.hasOwnProperty.call(m, "suffix") && m.suffix !== "")
                            w.uint32(/* id 5, wireType 2 =*/42).string(m.suffix);
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes a StructuredName message from the specified reader or buffer.
                     * @function decode
                     * @memberof c1.connector.v2.UserTrait.StructuredName
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {c1.connector.v2.UserTrait.StructuredName & c1.connector.v2.UserTrait.StructuredName.$Shape} StructuredName
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    StructuredName.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.c1.connector.v2.UserTrait.StructuredName();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.stringVerify()).length)
                                        m.givenName = v;
                                    else
                                        delete m.givenName;
                                    continue;
                                }
                            case 2: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.stringVerify()).length)
                                        m.familyName = v;
                                    else
                                        delete m.familyName;
                                    continue;
                                }
                            case 3: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.middleNames && m.middleNames.length))
                                        m.middleNames = [];
                                    m.middleNames.push(r.stringVerify());
                                    continue;
                                }
                            case 4: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.stringVerify()).length)
                                        m.prefix = v;
                                    else
                                        delete m.prefix;
                                    continue;
                                }
                            case 5: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.stringVerify()).length)
                                        m.suffix = v;
                                    else
                                        delete m.suffix;
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Creates a StructuredName message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof c1.connector.v2.UserTrait.StructuredName
                     * @static
                     * @param {Object.<string,*>} d Plain object
                     * @returns {c1.connector.v2.UserTrait.StructuredName} StructuredName
                     */
                    StructuredName.fromObject = function (d, q) {
                        if (d instanceof $root.c1.connector.v2.UserTrait.StructuredName)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".c1.connector.v2.UserTrait.StructuredName: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.c1.connector.v2.UserTrait.StructuredName();
                        if (d.givenName != null) {
                            if (typeof d.givenName !== "string" || d.givenName.length) {
                                m.givenName = $String(d.givenName);
                            }
                        }
                        if (d.familyName != null) {
                            if (typeof d.familyName !== "string" || d.familyName.length) {
                                m.familyName = $String(d.familyName);
                            }
                        }
                        if (d.middleNames) {
                            if (!$Array.isArray(d.middleNames))
                                throw $TypeError(".c1.connector.v2.UserTrait.StructuredName.middleNames: array expected");
                            m.middleNames = $Array(d.middleNames.length);
                            for (var i = 0; i < d.middleNames.length; ++i) {
                                m.middleNames[i] = $String(d.middleNames[i]);
                            }
                        }
                        if (d.prefix != null) {
                            if (typeof d.prefix !== "string" || d.prefix.length) {
                                m.prefix = $String(d.prefix);
                            }
                        }
                        if (d.suffix != null) {
                            if (typeof d.suffix !== "string" || d.suffix.length) {
                                m.suffix = $String(d.suffix);
                            }
                        }
                        return m;
                    };

                    /**
                     * Creates a plain object from a StructuredName message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof c1.connector.v2.UserTrait.StructuredName
                     * @static
                     * @param {c1.connector.v2.UserTrait.StructuredName} m StructuredName
                     * @param {$protobuf.IConversionOptions} [o] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    StructuredName.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (o.arrays || o.defaults) {
                            d.middleNames = [];
                        }
                        if (o.defaults) {
                            d.givenName = "";
                            d.familyName = "";
                            d.prefix = "";
                            d.suffix = "";
                        }
                        if (m.givenName != null && $Object.hasOwnProperty.call(m, "givenName")) {
                            d.givenName = m.givenName;
                        }
                        if (m.familyName != null && $Object.hasOwnProperty.call(m, "familyName")) {
                            d.familyName = m.familyName;
                        }
                        if (m.middleNames && m.middleNames.length) {
                            d.middleNames = $Array(m.middleNames.length);
                            for (var j = 0; j < m.middleNames.length; ++j) {
                                d.middleNames[j] = m.middleNames[j];
                            }
                        }
                        if (m.prefix != null && $Object.hasOwnProperty.call(m, "prefix")) {
                            d.prefix = m.prefix;
                        }
                        if (m.suffix != null && $Object.hasOwnProperty.call(m, "suffix")) {
                            d.suffix = m.suffix;
                        }
                        return d;
                    };

                    /**
                     * Converts this StructuredName to JSON.
                     * @function toJSON
                     * @memberof c1.connector.v2.UserTrait.StructuredName
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    StructuredName.prototype.toJSON = function() {
                        return StructuredName.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for StructuredName
                     * @function getTypeUrl
                     * @memberof c1.connector.v2.UserTrait.StructuredName
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    StructuredName.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/c1.connector.v2.UserTrait.StructuredName";
                    };

                    return StructuredName;
                })();

                return UserTrait;
            })();

            v2.GroupTrait = (function() {

                /**
                 * Properties of a GroupTrait.
                 * @typedef {Object} c1.connector.v2.GroupTrait.$Properties
                 * @property {c1.connector.v2.AssetRef.$Properties|null} [icon] GroupTrait icon
                 * @property {google.protobuf.Struct.$Properties|null} [profile] GroupTrait profile
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a GroupTrait.
                 * @memberof c1.connector.v2
                 * @interface IGroupTrait
                 * @augments c1.connector.v2.GroupTrait.$Properties
                 * @deprecated Use c1.connector.v2.GroupTrait.$Properties instead.
                 */

                /**
                 * Shape of a GroupTrait.
                 * @typedef {{
                 *   icon?: c1.connector.v2.AssetRef.$Shape|null;
                 *   profile?: google.protobuf.Struct.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} c1.connector.v2.GroupTrait.$Shape
                 */

                /**
                 * Constructs a new GroupTrait.
                 * @memberof c1.connector.v2
                 * @classdesc Represents a GroupTrait.
                 * @constructor
                 * @param {c1.connector.v2.GroupTrait.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const GroupTrait = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * GroupTrait icon.
                 * @member {c1.connector.v2.AssetRef.$Properties|null|undefined} icon
                 * @memberof c1.connector.v2.GroupTrait
                 * @instance
                 */
                GroupTrait.prototype.icon = null;

                /**
                 * GroupTrait profile.
                 * @member {google.protobuf.Struct.$Properties|null|undefined} profile
                 * @memberof c1.connector.v2.GroupTrait
                 * @instance
                 */
                GroupTrait.prototype.profile = null;

                /**
                 * Creates a new GroupTrait instance using the specified properties.
                 * @function create
                 * @memberof c1.connector.v2.GroupTrait
                 * @static
                 * @param {c1.connector.v2.GroupTrait.$Properties=} [properties] Properties to set
                 * @returns {c1.connector.v2.GroupTrait} GroupTrait instance
                 * @type {{
                 *   (properties: c1.connector.v2.GroupTrait.$Shape): c1.connector.v2.GroupTrait & c1.connector.v2.GroupTrait.$Shape;
                 *   (properties?: c1.connector.v2.GroupTrait.$Properties): c1.connector.v2.GroupTrait;
                 * }}
                 */
                GroupTrait.create = function(properties) {
                    return new GroupTrait(properties);
                };

                /**
                 * Encodes the specified GroupTrait message. Does not implicitly {@link c1.connector.v2.GroupTrait.verify|verify} messages.
                 * @function encode
                 * @memberof c1.connector.v2.GroupTrait
                 * @static
                 * @param {c1.connector.v2.GroupTrait.$Properties} m GroupTrait message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GroupTrait.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.icon != null && $Object.hasOwnProperty.call(m, "icon"))
                        $root.c1.connector.v2.AssetRef.encode(m.icon, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (m.profile != null && $Object.hasOwnProperty.call(m, "profile"))
                        $root.google.protobuf.Struct.encode(m.profile, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a GroupTrait message from the specified reader or buffer.
                 * @function decode
                 * @memberof c1.connector.v2.GroupTrait
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {c1.connector.v2.GroupTrait & c1.connector.v2.GroupTrait.$Shape} GroupTrait
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GroupTrait.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.c1.connector.v2.GroupTrait();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                m.icon = $root.c1.connector.v2.AssetRef.decode(r, r.size(), $undefined, q + 1, m.icon);
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                m.profile = $root.google.protobuf.Struct.decode(r, r.size(), $undefined, q + 1, m.profile);
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Creates a GroupTrait message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof c1.connector.v2.GroupTrait
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {c1.connector.v2.GroupTrait} GroupTrait
                 */
                GroupTrait.fromObject = function (d, q) {
                    if (d instanceof $root.c1.connector.v2.GroupTrait)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".c1.connector.v2.GroupTrait: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.c1.connector.v2.GroupTrait();
                    if (d.icon != null) {
                        if (!$util.isObject(d.icon))
                            throw $TypeError(".c1.connector.v2.GroupTrait.icon: object expected");
                        m.icon = $root.c1.connector.v2.AssetRef.fromObject(d.icon, q + 1);
                    }
                    if (d.profile != null) {
                        if (!$util.isObject(d.profile))
                            throw $TypeError(".c1.connector.v2.GroupTrait.profile: object expected");
                        m.profile = $root.google.protobuf.Struct.fromObject(d.profile, q + 1);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a GroupTrait message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof c1.connector.v2.GroupTrait
                 * @static
                 * @param {c1.connector.v2.GroupTrait} m GroupTrait
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                GroupTrait.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.icon = null;
                        d.profile = null;
                    }
                    if (m.icon != null && $Object.hasOwnProperty.call(m, "icon")) {
                        d.icon = $root.c1.connector.v2.AssetRef.toObject(m.icon, o, q + 1);
                    }
                    if (m.profile != null && $Object.hasOwnProperty.call(m, "profile")) {
                        d.profile = $root.google.protobuf.Struct.toObject(m.profile, o, q + 1);
                    }
                    return d;
                };

                /**
                 * Converts this GroupTrait to JSON.
                 * @function toJSON
                 * @memberof c1.connector.v2.GroupTrait
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                GroupTrait.prototype.toJSON = function() {
                    return GroupTrait.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for GroupTrait
                 * @function getTypeUrl
                 * @memberof c1.connector.v2.GroupTrait
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                GroupTrait.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/c1.connector.v2.GroupTrait";
                };

                return GroupTrait;
            })();

            v2.RoleTrait = (function() {

                /**
                 * Properties of a RoleTrait.
                 * @typedef {Object} c1.connector.v2.RoleTrait.$Properties
                 * @property {google.protobuf.Struct.$Properties|null} [profile] RoleTrait profile
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RoleTrait.
                 * @memberof c1.connector.v2
                 * @interface IRoleTrait
                 * @augments c1.connector.v2.RoleTrait.$Properties
                 * @deprecated Use c1.connector.v2.RoleTrait.$Properties instead.
                 */

                /**
                 * Shape of a RoleTrait.
                 * @typedef {{
                 *   profile?: google.protobuf.Struct.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} c1.connector.v2.RoleTrait.$Shape
                 */

                /**
                 * Constructs a new RoleTrait.
                 * @memberof c1.connector.v2
                 * @classdesc Represents a RoleTrait.
                 * @constructor
                 * @param {c1.connector.v2.RoleTrait.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RoleTrait = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * RoleTrait profile.
                 * @member {google.protobuf.Struct.$Properties|null|undefined} profile
                 * @memberof c1.connector.v2.RoleTrait
                 * @instance
                 */
                RoleTrait.prototype.profile = null;

                /**
                 * Creates a new RoleTrait instance using the specified properties.
                 * @function create
                 * @memberof c1.connector.v2.RoleTrait
                 * @static
                 * @param {c1.connector.v2.RoleTrait.$Properties=} [properties] Properties to set
                 * @returns {c1.connector.v2.RoleTrait} RoleTrait instance
                 * @type {{
                 *   (properties: c1.connector.v2.RoleTrait.$Shape): c1.connector.v2.RoleTrait & c1.connector.v2.RoleTrait.$Shape;
                 *   (properties?: c1.connector.v2.RoleTrait.$Properties): c1.connector.v2.RoleTrait;
                 * }}
                 */
                RoleTrait.create = function(properties) {
                    return new RoleTrait(properties);
                };

                /**
                 * Encodes the specified RoleTrait message. Does not implicitly {@link c1.connector.v2.RoleTrait.verify|verify} messages.
                 * @function encode
                 * @memberof c1.connector.v2.RoleTrait
                 * @static
                 * @param {c1.connector.v2.RoleTrait.$Properties} m RoleTrait message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RoleTrait.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.profile != null && $Object.hasOwnProperty.call(m, "profile"))
                        $root.google.protobuf.Struct.encode(m.profile, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a RoleTrait message from the specified reader or buffer.
                 * @function decode
                 * @memberof c1.connector.v2.RoleTrait
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {c1.connector.v2.RoleTrait & c1.connector.v2.RoleTrait.$Shape} RoleTrait
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RoleTrait.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.c1.connector.v2.RoleTrait();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                m.profile = $root.google.protobuf.Struct.decode(r, r.size(), $undefined, q + 1, m.profile);
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Creates a RoleTrait message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof c1.connector.v2.RoleTrait
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {c1.connector.v2.RoleTrait} RoleTrait
                 */
                RoleTrait.fromObject = function (d, q) {
                    if (d instanceof $root.c1.connector.v2.RoleTrait)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".c1.connector.v2.RoleTrait: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.c1.connector.v2.RoleTrait();
                    if (d.profile != null) {
                        if (!$util.isObject(d.profile))
                            throw $TypeError(".c1.connector.v2.RoleTrait.profile: object expected");
                        m.profile = $root.google.protobuf.Struct.fromObject(d.profile, q + 1);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a RoleTrait message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof c1.connector.v2.RoleTrait
                 * @static
                 * @param {c1.connector.v2.RoleTrait} m RoleTrait
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                RoleTrait.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.profile = null;
                    }
                    if (m.profile != null && $Object.hasOwnProperty.call(m, "profile")) {
                        d.profile = $root.google.protobuf.Struct.toObject(m.profile, o, q + 1);
                    }
                    return d;
                };

                /**
                 * Converts this RoleTrait to JSON.
                 * @function toJSON
                 * @memberof c1.connector.v2.RoleTrait
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                RoleTrait.prototype.toJSON = function() {
                    return RoleTrait.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for RoleTrait
                 * @function getTypeUrl
                 * @memberof c1.connector.v2.RoleTrait
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RoleTrait.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/c1.connector.v2.RoleTrait";
                };

                return RoleTrait;
            })();

            v2.AppTrait = (function() {

                /**
                 * Properties of an AppTrait.
                 * @typedef {Object} c1.connector.v2.AppTrait.$Properties
                 * @property {string|null} [helpUrl] AppTrait helpUrl
                 * @property {c1.connector.v2.AssetRef.$Properties|null} [icon] AppTrait icon
                 * @property {c1.connector.v2.AssetRef.$Properties|null} [logo] AppTrait logo
                 * @property {google.protobuf.Struct.$Properties|null} [profile] AppTrait profile
                 * @property {Array.<c1.connector.v2.AppTrait.AppFlag>|null} [flags] AppTrait flags
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an AppTrait.
                 * @memberof c1.connector.v2
                 * @interface IAppTrait
                 * @augments c1.connector.v2.AppTrait.$Properties
                 * @deprecated Use c1.connector.v2.AppTrait.$Properties instead.
                 */

                /**
                 * Shape of an AppTrait.
                 * @typedef {{
                 *   helpUrl?: string|null;
                 *   icon?: c1.connector.v2.AssetRef.$Shape|null;
                 *   logo?: c1.connector.v2.AssetRef.$Shape|null;
                 *   profile?: google.protobuf.Struct.$Shape|null;
                 *   flags?: Array.<c1.connector.v2.AppTrait.AppFlag>|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} c1.connector.v2.AppTrait.$Shape
                 */

                /**
                 * Constructs a new AppTrait.
                 * @memberof c1.connector.v2
                 * @classdesc Represents an AppTrait.
                 * @constructor
                 * @param {c1.connector.v2.AppTrait.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const AppTrait = function (p) {
                    this.flags = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * AppTrait helpUrl.
                 * @member {string} helpUrl
                 * @memberof c1.connector.v2.AppTrait
                 * @instance
                 */
                AppTrait.prototype.helpUrl = "";

                /**
                 * AppTrait icon.
                 * @member {c1.connector.v2.AssetRef.$Properties|null|undefined} icon
                 * @memberof c1.connector.v2.AppTrait
                 * @instance
                 */
                AppTrait.prototype.icon = null;

                /**
                 * AppTrait logo.
                 * @member {c1.connector.v2.AssetRef.$Properties|null|undefined} logo
                 * @memberof c1.connector.v2.AppTrait
                 * @instance
                 */
                AppTrait.prototype.logo = null;

                /**
                 * AppTrait profile.
                 * @member {google.protobuf.Struct.$Properties|null|undefined} profile
                 * @memberof c1.connector.v2.AppTrait
                 * @instance
                 */
                AppTrait.prototype.profile = null;

                /**
                 * AppTrait flags.
                 * @member {Array.<c1.connector.v2.AppTrait.AppFlag>} flags
                 * @memberof c1.connector.v2.AppTrait
                 * @instance
                 */
                AppTrait.prototype.flags = $util.emptyArray;

                /**
                 * Creates a new AppTrait instance using the specified properties.
                 * @function create
                 * @memberof c1.connector.v2.AppTrait
                 * @static
                 * @param {c1.connector.v2.AppTrait.$Properties=} [properties] Properties to set
                 * @returns {c1.connector.v2.AppTrait} AppTrait instance
                 * @type {{
                 *   (properties: c1.connector.v2.AppTrait.$Shape): c1.connector.v2.AppTrait & c1.connector.v2.AppTrait.$Shape;
                 *   (properties?: c1.connector.v2.AppTrait.$Properties): c1.connector.v2.AppTrait;
                 * }}
                 */
                AppTrait.create = function(properties) {
                    return new AppTrait(properties);
                };

                /**
                 * Encodes the specified AppTrait message. Does not implicitly {@link c1.connector.v2.AppTrait.verify|verify} messages.
                 * @function encode
                 * @memberof c1.connector.v2.AppTrait
                 * @static
                 * @param {c1.connector.v2.AppTrait.$Properties} m AppTrait message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AppTrait.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.helpUrl != null && $Object.hasOwnProperty.call(m, "helpUrl") && m.helpUrl !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.helpUrl);
                    if (m.icon != null && $Object.hasOwnProperty.call(m, "icon"))
                        $root.c1.connector.v2.AssetRef.encode(m.icon, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    if (m.logo != null && $Object.hasOwnProperty.call(m, "logo"))
                        $root.c1.connector.v2.AssetRef.encode(m.logo, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    if (m.profile != null && $Object.hasOwnProperty.call(m, "profile"))
                        $root.google.protobuf.Struct.encode(m.profile, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                    if (m.flags != null && m.flags.length) {
                        w.uint32(/* id 5, wireType 2 =*/42).int32s(m.flags);
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes an AppTrait message from the specified reader or buffer.
                 * @function decode
                 * @memberof c1.connector.v2.AppTrait
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {c1.connector.v2.AppTrait & c1.connector.v2.AppTrait.$Shape} AppTrait
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AppTrait.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.c1.connector.v2.AppTrait();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.helpUrl = v;
                                else
                                    delete m.helpUrl;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                m.icon = $root.c1.connector.v2.AssetRef.decode(r, r.size(), $undefined, q + 1, m.icon);
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                m.logo = $root.c1.connector.v2.AssetRef.decode(r, r.size(), $undefined, q + 1, m.logo);
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                m.profile = $root.google.protobuf.Struct.decode(r, r.size(), $undefined, q + 1, m.profile);
                                continue;
                            }
                        case 5: {
                                if (u === 2) {
                                    if (!(m.flags && m.flags.length))
                                        m.flags = [];
                                    r.int32s(m.flags);
                                    continue;
                                }
                                if (u !== 0)
                                    break;
                                if (!(m.flags && m.flags.length))
                                    m.flags = [];
                                m.flags.push(r.int32());
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Creates an AppTrait message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof c1.connector.v2.AppTrait
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {c1.connector.v2.AppTrait} AppTrait
                 */
                AppTrait.fromObject = function (d, q) {
                    if (d instanceof $root.c1.connector.v2.AppTrait)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".c1.connector.v2.AppTrait: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.c1.connector.v2.AppTrait();
                    if (d.helpUrl != null) {
                        if (typeof d.helpUrl !== "string" || d.helpUrl.length) {
                            m.helpUrl = $String(d.helpUrl);
                        }
                    }
                    if (d.icon != null) {
                        if (!$util.isObject(d.icon))
                            throw $TypeError(".c1.connector.v2.AppTrait.icon: object expected");
                        m.icon = $root.c1.connector.v2.AssetRef.fromObject(d.icon, q + 1);
                    }
                    if (d.logo != null) {
                        if (!$util.isObject(d.logo))
                            throw $TypeError(".c1.connector.v2.AppTrait.logo: object expected");
                        m.logo = $root.c1.connector.v2.AssetRef.fromObject(d.logo, q + 1);
                    }
                    if (d.profile != null) {
                        if (!$util.isObject(d.profile))
                            throw $TypeError(".c1.connector.v2.AppTrait.profile: object expected");
                        m.profile = $root.google.protobuf.Struct.fromObject(d.profile, q + 1);
                    }
                    if (d.flags) {
                        if (!$Array.isArray(d.flags))
                            throw $TypeError(".c1.connector.v2.AppTrait.flags: array expected");
                        m.flags = [];
                        for (var i = 0; i < d.flags.length; ++i) {
                            switch (d.flags[i]) {
                            case "APP_FLAG_UNSPECIFIED":
                            case 0:
                                m.flags[m.flags.length] = 0;
                                break;
                            case "APP_FLAG_HIDDEN":
                            case 1:
                                m.flags[m.flags.length] = 1;
                                break;
                            case "APP_FLAG_INACTIVE":
                            case 2:
                                m.flags[m.flags.length] = 2;
                                break;
                            case "APP_FLAG_SAML":
                            case 3:
                                m.flags[m.flags.length] = 3;
                                break;
                            case "APP_FLAG_OIDC":
                            case 4:
                                m.flags[m.flags.length] = 4;
                                break;
                            case "APP_FLAG_BOOKMARK":
                            case 5:
                                m.flags[m.flags.length] = 5;
                                break;
                            default:
                                if (typeof d.flags[i] === "number" && (d.flags[i] | 0) === d.flags[i])
                                    m.flags[m.flags.length] = d.flags[i];
                            }
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from an AppTrait message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof c1.connector.v2.AppTrait
                 * @static
                 * @param {c1.connector.v2.AppTrait} m AppTrait
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                AppTrait.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.flags = [];
                    }
                    if (o.defaults) {
                        d.helpUrl = "";
                        d.icon = null;
                        d.logo = null;
                        d.profile = null;
                    }
                    if (m.helpUrl != null && $Object.hasOwnProperty.call(m, "helpUrl")) {
                        d.helpUrl = m.helpUrl;
                    }
                    if (m.icon != null && $Object.hasOwnProperty.call(m, "icon")) {
                        d.icon = $root.c1.connector.v2.AssetRef.toObject(m.icon, o, q + 1);
                    }
                    if (m.logo != null && $Object.hasOwnProperty.call(m, "logo")) {
                        d.logo = $root.c1.connector.v2.AssetRef.toObject(m.logo, o, q + 1);
                    }
                    if (m.profile != null && $Object.hasOwnProperty.call(m, "profile")) {
                        d.profile = $root.google.protobuf.Struct.toObject(m.profile, o, q + 1);
                    }
                    if (m.flags && m.flags.length) {
                        d.flags = $Array(m.flags.length);
                        for (var j = 0; j < m.flags.length; ++j) {
                            d.flags[j] = o.enums === $String ? $root.c1.connector.v2.AppTrait.AppFlag[m.flags[j]] === $undefined ? m.flags[j] : $root.c1.connector.v2.AppTrait.AppFlag[m.flags[j]] : m.flags[j];
                        }
                    }
                    return d;
                };

                /**
                 * Converts this AppTrait to JSON.
                 * @function toJSON
                 * @memberof c1.connector.v2.AppTrait
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                AppTrait.prototype.toJSON = function() {
                    return AppTrait.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for AppTrait
                 * @function getTypeUrl
                 * @memberof c1.connector.v2.AppTrait
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                AppTrait.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/c1.connector.v2.AppTrait";
                };

                /**
                 * AppFlag enum.
                 * @name c1.connector.v2.AppTrait.AppFlag
                 * @enum {number}
                 * @property {number} APP_FLAG_UNSPECIFIED=0 APP_FLAG_UNSPECIFIED value
                 * @property {number} APP_FLAG_HIDDEN=1 APP_FLAG_HIDDEN value
                 * @property {number} APP_FLAG_INACTIVE=2 APP_FLAG_INACTIVE value
                 * @property {number} APP_FLAG_SAML=3 APP_FLAG_SAML value
                 * @property {number} APP_FLAG_OIDC=4 APP_FLAG_OIDC value
                 * @property {number} APP_FLAG_BOOKMARK=5 APP_FLAG_BOOKMARK value
                 */
                AppTrait.AppFlag = (function() {
                    const valuesById = $Object.create(null), values = $Object.create(valuesById);
                    values[valuesById[0] = "APP_FLAG_UNSPECIFIED"] = 0;
                    values[valuesById[1] = "APP_FLAG_HIDDEN"] = 1;
                    values[valuesById[2] = "APP_FLAG_INACTIVE"] = 2;
                    values[valuesById[3] = "APP_FLAG_SAML"] = 3;
                    values[valuesById[4] = "APP_FLAG_OIDC"] = 4;
                    values[valuesById[5] = "APP_FLAG_BOOKMARK"] = 5;
                    return values;
                })();

                return AppTrait;
            })();

            v2.ChildResourceType = (function() {

                /**
                 * Properties of a ChildResourceType.
                 * @typedef {Object} c1.connector.v2.ChildResourceType.$Properties
                 * @property {string|null} [resourceTypeId] ChildResourceType resourceTypeId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ChildResourceType.
                 * @memberof c1.connector.v2
                 * @interface IChildResourceType
                 * @augments c1.connector.v2.ChildResourceType.$Properties
                 * @deprecated Use c1.connector.v2.ChildResourceType.$Properties instead.
                 */

                /**
                 * Shape of a ChildResourceType.
                 * @typedef {c1.connector.v2.ChildResourceType.$Properties} c1.connector.v2.ChildResourceType.$Shape
                 */

                /**
                 * Constructs a new ChildResourceType.
                 * @memberof c1.connector.v2
                 * @classdesc Represents a ChildResourceType.
                 * @constructor
                 * @param {c1.connector.v2.ChildResourceType.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ChildResourceType = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * ChildResourceType resourceTypeId.
                 * @member {string} resourceTypeId
                 * @memberof c1.connector.v2.ChildResourceType
                 * @instance
                 */
                ChildResourceType.prototype.resourceTypeId = "";

                /**
                 * Creates a new ChildResourceType instance using the specified properties.
                 * @function create
                 * @memberof c1.connector.v2.ChildResourceType
                 * @static
                 * @param {c1.connector.v2.ChildResourceType.$Properties=} [properties] Properties to set
                 * @returns {c1.connector.v2.ChildResourceType} ChildResourceType instance
                 * @type {{
                 *   (properties: c1.connector.v2.ChildResourceType.$Shape): c1.connector.v2.ChildResourceType & c1.connector.v2.ChildResourceType.$Shape;
                 *   (properties?: c1.connector.v2.ChildResourceType.$Properties): c1.connector.v2.ChildResourceType;
                 * }}
                 */
                ChildResourceType.create = function(properties) {
                    return new ChildResourceType(properties);
                };

                /**
                 * Encodes the specified ChildResourceType message. Does not implicitly {@link c1.connector.v2.ChildResourceType.verify|verify} messages.
                 * @function encode
                 * @memberof c1.connector.v2.ChildResourceType
                 * @static
                 * @param {c1.connector.v2.ChildResourceType.$Properties} m ChildResourceType message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ChildResourceType.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.resourceTypeId != null && $Object.hasOwnProperty.call(m, "resourceTypeId") && m.resourceTypeId !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.resourceTypeId);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a ChildResourceType message from the specified reader or buffer.
                 * @function decode
                 * @memberof c1.connector.v2.ChildResourceType
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {c1.connector.v2.ChildResourceType & c1.connector.v2.ChildResourceType.$Shape} ChildResourceType
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ChildResourceType.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.c1.connector.v2.ChildResourceType();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.resourceTypeId = v;
                                else
                                    delete m.resourceTypeId;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Creates a ChildResourceType message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof c1.connector.v2.ChildResourceType
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {c1.connector.v2.ChildResourceType} ChildResourceType
                 */
                ChildResourceType.fromObject = function (d, q) {
                    if (d instanceof $root.c1.connector.v2.ChildResourceType)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".c1.connector.v2.ChildResourceType: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.c1.connector.v2.ChildResourceType();
                    if (d.resourceTypeId != null) {
                        if (typeof d.resourceTypeId !== "string" || d.resourceTypeId.length) {
                            m.resourceTypeId = $String(d.resourceTypeId);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a ChildResourceType message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof c1.connector.v2.ChildResourceType
                 * @static
                 * @param {c1.connector.v2.ChildResourceType} m ChildResourceType
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ChildResourceType.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.resourceTypeId = "";
                    }
                    if (m.resourceTypeId != null && $Object.hasOwnProperty.call(m, "resourceTypeId")) {
                        d.resourceTypeId = m.resourceTypeId;
                    }
                    return d;
                };

                /**
                 * Converts this ChildResourceType to JSON.
                 * @function toJSON
                 * @memberof c1.connector.v2.ChildResourceType
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ChildResourceType.prototype.toJSON = function() {
                    return ChildResourceType.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ChildResourceType
                 * @function getTypeUrl
                 * @memberof c1.connector.v2.ChildResourceType
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ChildResourceType.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/c1.connector.v2.ChildResourceType";
                };

                return ChildResourceType;
            })();

            v2.SkipEntitlementsAndGrants = (function() {

                /**
                 * Properties of a SkipEntitlementsAndGrants.
                 * @typedef {Object} c1.connector.v2.SkipEntitlementsAndGrants.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SkipEntitlementsAndGrants.
                 * @memberof c1.connector.v2
                 * @interface ISkipEntitlementsAndGrants
                 * @augments c1.connector.v2.SkipEntitlementsAndGrants.$Properties
                 * @deprecated Use c1.connector.v2.SkipEntitlementsAndGrants.$Properties instead.
                 */

                /**
                 * Shape of a SkipEntitlementsAndGrants.
                 * @typedef {c1.connector.v2.SkipEntitlementsAndGrants.$Properties} c1.connector.v2.SkipEntitlementsAndGrants.$Shape
                 */

                /**
                 * Constructs a new SkipEntitlementsAndGrants.
                 * @memberof c1.connector.v2
                 * @classdesc Represents a SkipEntitlementsAndGrants.
                 * @constructor
                 * @param {c1.connector.v2.SkipEntitlementsAndGrants.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SkipEntitlementsAndGrants = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Creates a new SkipEntitlementsAndGrants instance using the specified properties.
                 * @function create
                 * @memberof c1.connector.v2.SkipEntitlementsAndGrants
                 * @static
                 * @param {c1.connector.v2.SkipEntitlementsAndGrants.$Properties=} [properties] Properties to set
                 * @returns {c1.connector.v2.SkipEntitlementsAndGrants} SkipEntitlementsAndGrants instance
                 * @type {{
                 *   (properties: c1.connector.v2.SkipEntitlementsAndGrants.$Shape): c1.connector.v2.SkipEntitlementsAndGrants & c1.connector.v2.SkipEntitlementsAndGrants.$Shape;
                 *   (properties?: c1.connector.v2.SkipEntitlementsAndGrants.$Properties): c1.connector.v2.SkipEntitlementsAndGrants;
                 * }}
                 */
                SkipEntitlementsAndGrants.create = function(properties) {
                    return new SkipEntitlementsAndGrants(properties);
                };

                /**
                 * Encodes the specified SkipEntitlementsAndGrants message. Does not implicitly {@link c1.connector.v2.SkipEntitlementsAndGrants.verify|verify} messages.
                 * @function encode
                 * @memberof c1.connector.v2.SkipEntitlementsAndGrants
                 * @static
                 * @param {c1.connector.v2.SkipEntitlementsAndGrants.$Properties} m SkipEntitlementsAndGrants message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SkipEntitlementsAndGrants.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a SkipEntitlementsAndGrants message from the specified reader or buffer.
                 * @function decode
                 * @memberof c1.connector.v2.SkipEntitlementsAndGrants
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {c1.connector.v2.SkipEntitlementsAndGrants & c1.connector.v2.SkipEntitlementsAndGrants.$Shape} SkipEntitlementsAndGrants
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SkipEntitlementsAndGrants.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.c1.connector.v2.SkipEntitlementsAndGrants();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        r.skipType(t & 7, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Creates a SkipEntitlementsAndGrants message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof c1.connector.v2.SkipEntitlementsAndGrants
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {c1.connector.v2.SkipEntitlementsAndGrants} SkipEntitlementsAndGrants
                 */
                SkipEntitlementsAndGrants.fromObject = function (d, q) {
                    if (d instanceof $root.c1.connector.v2.SkipEntitlementsAndGrants)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".c1.connector.v2.SkipEntitlementsAndGrants: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.c1.connector.v2.SkipEntitlementsAndGrants();
                };

                /**
                 * Creates a plain object from a SkipEntitlementsAndGrants message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof c1.connector.v2.SkipEntitlementsAndGrants
                 * @static
                 * @param {c1.connector.v2.SkipEntitlementsAndGrants} m SkipEntitlementsAndGrants
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SkipEntitlementsAndGrants.toObject = function () {
                    return {};
                };

                /**
                 * Converts this SkipEntitlementsAndGrants to JSON.
                 * @function toJSON
                 * @memberof c1.connector.v2.SkipEntitlementsAndGrants
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SkipEntitlementsAndGrants.prototype.toJSON = function() {
                    return SkipEntitlementsAndGrants.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for SkipEntitlementsAndGrants
                 * @function getTypeUrl
                 * @memberof c1.connector.v2.SkipEntitlementsAndGrants
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SkipEntitlementsAndGrants.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/c1.connector.v2.SkipEntitlementsAndGrants";
                };

                return SkipEntitlementsAndGrants;
            })();

            v2.ExternalLink = (function() {

                /**
                 * Properties of an ExternalLink.
                 * @typedef {Object} c1.connector.v2.ExternalLink.$Properties
                 * @property {string|null} [url] ExternalLink url
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an ExternalLink.
                 * @memberof c1.connector.v2
                 * @interface IExternalLink
                 * @augments c1.connector.v2.ExternalLink.$Properties
                 * @deprecated Use c1.connector.v2.ExternalLink.$Properties instead.
                 */

                /**
                 * Shape of an ExternalLink.
                 * @typedef {c1.connector.v2.ExternalLink.$Properties} c1.connector.v2.ExternalLink.$Shape
                 */

                /**
                 * Constructs a new ExternalLink.
                 * @memberof c1.connector.v2
                 * @classdesc Represents an ExternalLink.
                 * @constructor
                 * @param {c1.connector.v2.ExternalLink.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ExternalLink = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * ExternalLink url.
                 * @member {string} url
                 * @memberof c1.connector.v2.ExternalLink
                 * @instance
                 */
                ExternalLink.prototype.url = "";

                /**
                 * Creates a new ExternalLink instance using the specified properties.
                 * @function create
                 * @memberof c1.connector.v2.ExternalLink
                 * @static
                 * @param {c1.connector.v2.ExternalLink.$Properties=} [properties] Properties to set
                 * @returns {c1.connector.v2.ExternalLink} ExternalLink instance
                 * @type {{
                 *   (properties: c1.connector.v2.ExternalLink.$Shape): c1.connector.v2.ExternalLink & c1.connector.v2.ExternalLink.$Shape;
                 *   (properties?: c1.connector.v2.ExternalLink.$Properties): c1.connector.v2.ExternalLink;
                 * }}
                 */
                ExternalLink.create = function(properties) {
                    return new ExternalLink(properties);
                };

                /**
                 * Encodes the specified ExternalLink message. Does not implicitly {@link c1.connector.v2.ExternalLink.verify|verify} messages.
                 * @function encode
                 * @memberof c1.connector.v2.ExternalLink
                 * @static
                 * @param {c1.connector.v2.ExternalLink.$Properties} m ExternalLink message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ExternalLink.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.url != null && $Object.hasOwnProperty.call(m, "url") && m.url !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.url);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes an ExternalLink message from the specified reader or buffer.
                 * @function decode
                 * @memberof c1.connector.v2.ExternalLink
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {c1.connector.v2.ExternalLink & c1.connector.v2.ExternalLink.$Shape} ExternalLink
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ExternalLink.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.c1.connector.v2.ExternalLink();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.url = v;
                                else
                                    delete m.url;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Creates an ExternalLink message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof c1.connector.v2.ExternalLink
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {c1.connector.v2.ExternalLink} ExternalLink
                 */
                ExternalLink.fromObject = function (d, q) {
                    if (d instanceof $root.c1.connector.v2.ExternalLink)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".c1.connector.v2.ExternalLink: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.c1.connector.v2.ExternalLink();
                    if (d.url != null) {
                        if (typeof d.url !== "string" || d.url.length) {
                            m.url = $String(d.url);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from an ExternalLink message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof c1.connector.v2.ExternalLink
                 * @static
                 * @param {c1.connector.v2.ExternalLink} m ExternalLink
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ExternalLink.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.url = "";
                    }
                    if (m.url != null && $Object.hasOwnProperty.call(m, "url")) {
                        d.url = m.url;
                    }
                    return d;
                };

                /**
                 * Converts this ExternalLink to JSON.
                 * @function toJSON
                 * @memberof c1.connector.v2.ExternalLink
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ExternalLink.prototype.toJSON = function() {
                    return ExternalLink.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ExternalLink
                 * @function getTypeUrl
                 * @memberof c1.connector.v2.ExternalLink
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ExternalLink.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/c1.connector.v2.ExternalLink";
                };

                return ExternalLink;
            })();

            v2.V1Identifier = (function() {

                /**
                 * Properties of a V1Identifier.
                 * @typedef {Object} c1.connector.v2.V1Identifier.$Properties
                 * @property {string|null} [id] V1Identifier id
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a V1Identifier.
                 * @memberof c1.connector.v2
                 * @interface IV1Identifier
                 * @augments c1.connector.v2.V1Identifier.$Properties
                 * @deprecated Use c1.connector.v2.V1Identifier.$Properties instead.
                 */

                /**
                 * Shape of a V1Identifier.
                 * @typedef {c1.connector.v2.V1Identifier.$Properties} c1.connector.v2.V1Identifier.$Shape
                 */

                /**
                 * Constructs a new V1Identifier.
                 * @memberof c1.connector.v2
                 * @classdesc Represents a V1Identifier.
                 * @constructor
                 * @param {c1.connector.v2.V1Identifier.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const V1Identifier = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * V1Identifier id.
                 * @member {string} id
                 * @memberof c1.connector.v2.V1Identifier
                 * @instance
                 */
                V1Identifier.prototype.id = "";

                /**
                 * Creates a new V1Identifier instance using the specified properties.
                 * @function create
                 * @memberof c1.connector.v2.V1Identifier
                 * @static
                 * @param {c1.connector.v2.V1Identifier.$Properties=} [properties] Properties to set
                 * @returns {c1.connector.v2.V1Identifier} V1Identifier instance
                 * @type {{
                 *   (properties: c1.connector.v2.V1Identifier.$Shape): c1.connector.v2.V1Identifier & c1.connector.v2.V1Identifier.$Shape;
                 *   (properties?: c1.connector.v2.V1Identifier.$Properties): c1.connector.v2.V1Identifier;
                 * }}
                 */
                V1Identifier.create = function(properties) {
                    return new V1Identifier(properties);
                };

                /**
                 * Encodes the specified V1Identifier message. Does not implicitly {@link c1.connector.v2.V1Identifier.verify|verify} messages.
                 * @function encode
                 * @memberof c1.connector.v2.V1Identifier
                 * @static
                 * @param {c1.connector.v2.V1Identifier.$Properties} m V1Identifier message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                V1Identifier.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a V1Identifier message from the specified reader or buffer.
                 * @function decode
                 * @memberof c1.connector.v2.V1Identifier
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {c1.connector.v2.V1Identifier & c1.connector.v2.V1Identifier.$Shape} V1Identifier
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                V1Identifier.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.c1.connector.v2.V1Identifier();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.id = v;
                                else
                                    delete m.id;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Creates a V1Identifier message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof c1.connector.v2.V1Identifier
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {c1.connector.v2.V1Identifier} V1Identifier
                 */
                V1Identifier.fromObject = function (d, q) {
                    if (d instanceof $root.c1.connector.v2.V1Identifier)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".c1.connector.v2.V1Identifier: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.c1.connector.v2.V1Identifier();
                    if (d.id != null) {
                        if (typeof d.id !== "string" || d.id.length) {
                            m.id = $String(d.id);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a V1Identifier message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof c1.connector.v2.V1Identifier
                 * @static
                 * @param {c1.connector.v2.V1Identifier} m V1Identifier
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                V1Identifier.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.id = "";
                    }
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                        d.id = m.id;
                    }
                    return d;
                };

                /**
                 * Converts this V1Identifier to JSON.
                 * @function toJSON
                 * @memberof c1.connector.v2.V1Identifier
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                V1Identifier.prototype.toJSON = function() {
                    return V1Identifier.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for V1Identifier
                 * @function getTypeUrl
                 * @memberof c1.connector.v2.V1Identifier
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                V1Identifier.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/c1.connector.v2.V1Identifier";
                };

                return V1Identifier;
            })();

            v2.ETag = (function() {

                /**
                 * Properties of a ETag.
                 * @typedef {Object} c1.connector.v2.ETag.$Properties
                 * @property {string|null} [value] ETag value
                 * @property {string|null} [entitlementId] ETag entitlementId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ETag.
                 * @memberof c1.connector.v2
                 * @interface IETag
                 * @augments c1.connector.v2.ETag.$Properties
                 * @deprecated Use c1.connector.v2.ETag.$Properties instead.
                 */

                /**
                 * Shape of a ETag.
                 * @typedef {c1.connector.v2.ETag.$Properties} c1.connector.v2.ETag.$Shape
                 */

                /**
                 * Constructs a new ETag.
                 * @memberof c1.connector.v2
                 * @classdesc Represents a ETag.
                 * @constructor
                 * @param {c1.connector.v2.ETag.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ETag = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * ETag value.
                 * @member {string} value
                 * @memberof c1.connector.v2.ETag
                 * @instance
                 */
                ETag.prototype.value = "";

                /**
                 * ETag entitlementId.
                 * @member {string} entitlementId
                 * @memberof c1.connector.v2.ETag
                 * @instance
                 */
                ETag.prototype.entitlementId = "";

                /**
                 * Creates a new ETag instance using the specified properties.
                 * @function create
                 * @memberof c1.connector.v2.ETag
                 * @static
                 * @param {c1.connector.v2.ETag.$Properties=} [properties] Properties to set
                 * @returns {c1.connector.v2.ETag} ETag instance
                 * @type {{
                 *   (properties: c1.connector.v2.ETag.$Shape): c1.connector.v2.ETag & c1.connector.v2.ETag.$Shape;
                 *   (properties?: c1.connector.v2.ETag.$Properties): c1.connector.v2.ETag;
                 * }}
                 */
                ETag.create = function(properties) {
                    return new ETag(properties);
                };

                /**
                 * Encodes the specified ETag message. Does not implicitly {@link c1.connector.v2.ETag.verify|verify} messages.
                 * @function encode
                 * @memberof c1.connector.v2.ETag
                 * @static
                 * @param {c1.connector.v2.ETag.$Properties} m ETag message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ETag.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.value != null && $Object.hasOwnProperty.call(m, "value") && m.value !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.value);
                    if (m.entitlementId != null && $Object.hasOwnProperty.call(m, "entitlementId") && m.entitlementId !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.entitlementId);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a ETag message from the specified reader or buffer.
                 * @function decode
                 * @memberof c1.connector.v2.ETag
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {c1.connector.v2.ETag & c1.connector.v2.ETag.$Shape} ETag
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ETag.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.c1.connector.v2.ETag();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.value = v;
                                else
                                    delete m.value;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.entitlementId = v;
                                else
                                    delete m.entitlementId;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Creates a ETag message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof c1.connector.v2.ETag
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {c1.connector.v2.ETag} ETag
                 */
                ETag.fromObject = function (d, q) {
                    if (d instanceof $root.c1.connector.v2.ETag)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".c1.connector.v2.ETag: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.c1.connector.v2.ETag();
                    if (d.value != null) {
                        if (typeof d.value !== "string" || d.value.length) {
                            m.value = $String(d.value);
                        }
                    }
                    if (d.entitlementId != null) {
                        if (typeof d.entitlementId !== "string" || d.entitlementId.length) {
                            m.entitlementId = $String(d.entitlementId);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a ETag message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof c1.connector.v2.ETag
                 * @static
                 * @param {c1.connector.v2.ETag} m ETag
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ETag.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.value = "";
                        d.entitlementId = "";
                    }
                    if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                        d.value = m.value;
                    }
                    if (m.entitlementId != null && $Object.hasOwnProperty.call(m, "entitlementId")) {
                        d.entitlementId = m.entitlementId;
                    }
                    return d;
                };

                /**
                 * Converts this ETag to JSON.
                 * @function toJSON
                 * @memberof c1.connector.v2.ETag
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ETag.prototype.toJSON = function() {
                    return ETag.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ETag
                 * @function getTypeUrl
                 * @memberof c1.connector.v2.ETag
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ETag.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/c1.connector.v2.ETag";
                };

                return ETag;
            })();

            v2.GrantMetadata = (function() {

                /**
                 * Properties of a GrantMetadata.
                 * @typedef {Object} c1.connector.v2.GrantMetadata.$Properties
                 * @property {google.protobuf.Struct.$Properties|null} [metadata] GrantMetadata metadata
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a GrantMetadata.
                 * @memberof c1.connector.v2
                 * @interface IGrantMetadata
                 * @augments c1.connector.v2.GrantMetadata.$Properties
                 * @deprecated Use c1.connector.v2.GrantMetadata.$Properties instead.
                 */

                /**
                 * Shape of a GrantMetadata.
                 * @typedef {{
                 *   metadata?: google.protobuf.Struct.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} c1.connector.v2.GrantMetadata.$Shape
                 */

                /**
                 * Constructs a new GrantMetadata.
                 * @memberof c1.connector.v2
                 * @classdesc Represents a GrantMetadata.
                 * @constructor
                 * @param {c1.connector.v2.GrantMetadata.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const GrantMetadata = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * GrantMetadata metadata.
                 * @member {google.protobuf.Struct.$Properties|null|undefined} metadata
                 * @memberof c1.connector.v2.GrantMetadata
                 * @instance
                 */
                GrantMetadata.prototype.metadata = null;

                /**
                 * Creates a new GrantMetadata instance using the specified properties.
                 * @function create
                 * @memberof c1.connector.v2.GrantMetadata
                 * @static
                 * @param {c1.connector.v2.GrantMetadata.$Properties=} [properties] Properties to set
                 * @returns {c1.connector.v2.GrantMetadata} GrantMetadata instance
                 * @type {{
                 *   (properties: c1.connector.v2.GrantMetadata.$Shape): c1.connector.v2.GrantMetadata & c1.connector.v2.GrantMetadata.$Shape;
                 *   (properties?: c1.connector.v2.GrantMetadata.$Properties): c1.connector.v2.GrantMetadata;
                 * }}
                 */
                GrantMetadata.create = function(properties) {
                    return new GrantMetadata(properties);
                };

                /**
                 * Encodes the specified GrantMetadata message. Does not implicitly {@link c1.connector.v2.GrantMetadata.verify|verify} messages.
                 * @function encode
                 * @memberof c1.connector.v2.GrantMetadata
                 * @static
                 * @param {c1.connector.v2.GrantMetadata.$Properties} m GrantMetadata message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GrantMetadata.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata"))
                        $root.google.protobuf.Struct.encode(m.metadata, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a GrantMetadata message from the specified reader or buffer.
                 * @function decode
                 * @memberof c1.connector.v2.GrantMetadata
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {c1.connector.v2.GrantMetadata & c1.connector.v2.GrantMetadata.$Shape} GrantMetadata
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GrantMetadata.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.c1.connector.v2.GrantMetadata();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                m.metadata = $root.google.protobuf.Struct.decode(r, r.size(), $undefined, q + 1, m.metadata);
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Creates a GrantMetadata message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof c1.connector.v2.GrantMetadata
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {c1.connector.v2.GrantMetadata} GrantMetadata
                 */
                GrantMetadata.fromObject = function (d, q) {
                    if (d instanceof $root.c1.connector.v2.GrantMetadata)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".c1.connector.v2.GrantMetadata: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.c1.connector.v2.GrantMetadata();
                    if (d.metadata != null) {
                        if (!$util.isObject(d.metadata))
                            throw $TypeError(".c1.connector.v2.GrantMetadata.metadata: object expected");
                        m.metadata = $root.google.protobuf.Struct.fromObject(d.metadata, q + 1);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a GrantMetadata message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof c1.connector.v2.GrantMetadata
                 * @static
                 * @param {c1.connector.v2.GrantMetadata} m GrantMetadata
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                GrantMetadata.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.metadata = null;
                    }
                    if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata")) {
                        d.metadata = $root.google.protobuf.Struct.toObject(m.metadata, o, q + 1);
                    }
                    return d;
                };

                /**
                 * Converts this GrantMetadata to JSON.
                 * @function toJSON
                 * @memberof c1.connector.v2.GrantMetadata
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                GrantMetadata.prototype.toJSON = function() {
                    return GrantMetadata.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for GrantMetadata
                 * @function getTypeUrl
                 * @memberof c1.connector.v2.GrantMetadata
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                GrantMetadata.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/c1.connector.v2.GrantMetadata";
                };

                return GrantMetadata;
            })();

            v2.GrantExpandable = (function() {

                /**
                 * Properties of a GrantExpandable.
                 * @typedef {Object} c1.connector.v2.GrantExpandable.$Properties
                 * @property {Array.<string>|null} [entitlementIds] GrantExpandable entitlementIds
                 * @property {boolean|null} [shallow] GrantExpandable shallow
                 * @property {Array.<string>|null} [resourceTypeIds] GrantExpandable resourceTypeIds
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a GrantExpandable.
                 * @memberof c1.connector.v2
                 * @interface IGrantExpandable
                 * @augments c1.connector.v2.GrantExpandable.$Properties
                 * @deprecated Use c1.connector.v2.GrantExpandable.$Properties instead.
                 */

                /**
                 * Shape of a GrantExpandable.
                 * @typedef {c1.connector.v2.GrantExpandable.$Properties} c1.connector.v2.GrantExpandable.$Shape
                 */

                /**
                 * Constructs a new GrantExpandable.
                 * @memberof c1.connector.v2
                 * @classdesc Represents a GrantExpandable.
                 * @constructor
                 * @param {c1.connector.v2.GrantExpandable.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const GrantExpandable = function (p) {
                    this.entitlementIds = [];
                    this.resourceTypeIds = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * GrantExpandable entitlementIds.
                 * @member {Array.<string>} entitlementIds
                 * @memberof c1.connector.v2.GrantExpandable
                 * @instance
                 */
                GrantExpandable.prototype.entitlementIds = $util.emptyArray;

                /**
                 * GrantExpandable shallow.
                 * @member {boolean} shallow
                 * @memberof c1.connector.v2.GrantExpandable
                 * @instance
                 */
                GrantExpandable.prototype.shallow = false;

                /**
                 * GrantExpandable resourceTypeIds.
                 * @member {Array.<string>} resourceTypeIds
                 * @memberof c1.connector.v2.GrantExpandable
                 * @instance
                 */
                GrantExpandable.prototype.resourceTypeIds = $util.emptyArray;

                /**
                 * Creates a new GrantExpandable instance using the specified properties.
                 * @function create
                 * @memberof c1.connector.v2.GrantExpandable
                 * @static
                 * @param {c1.connector.v2.GrantExpandable.$Properties=} [properties] Properties to set
                 * @returns {c1.connector.v2.GrantExpandable} GrantExpandable instance
                 * @type {{
                 *   (properties: c1.connector.v2.GrantExpandable.$Shape): c1.connector.v2.GrantExpandable & c1.connector.v2.GrantExpandable.$Shape;
                 *   (properties?: c1.connector.v2.GrantExpandable.$Properties): c1.connector.v2.GrantExpandable;
                 * }}
                 */
                GrantExpandable.create = function(properties) {
                    return new GrantExpandable(properties);
                };

                /**
                 * Encodes the specified GrantExpandable message. Does not implicitly {@link c1.connector.v2.GrantExpandable.verify|verify} messages.
                 * @function encode
                 * @memberof c1.connector.v2.GrantExpandable
                 * @static
                 * @param {c1.connector.v2.GrantExpandable.$Properties} m GrantExpandable message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GrantExpandable.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.entitlementIds != null && m.entitlementIds.length) {
                        for (var i = 0; i < m.entitlementIds.length; ++i)
                            w.uint32(/* id 1, wireType 2 =*/10).string(m.entitlementIds[i]);
                    }
                    if (m.shallow != null && $Object.hasOwnProperty.call(m, "shallow") && m.shallow !== false)
                        w.uint32(/* id 2, wireType 0 =*/16).bool(m.shallow);
                    if (m.resourceTypeIds != null && m.resourceTypeIds.length) {
                        for (var i = 0; i < m.resourceTypeIds.length; ++i)
                            w.uint32(/* id 3, wireType 2 =*/26).string(m.resourceTypeIds[i]);
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a GrantExpandable message from the specified reader or buffer.
                 * @function decode
                 * @memberof c1.connector.v2.GrantExpandable
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {c1.connector.v2.GrantExpandable & c1.connector.v2.GrantExpandable.$Shape} GrantExpandable
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GrantExpandable.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.c1.connector.v2.GrantExpandable();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if (!(m.entitlementIds && m.entitlementIds.length))
                                    m.entitlementIds = [];
                                m.entitlementIds.push(r.stringVerify());
                                continue;
                            }
                        case 2: {
                                if (u !== 0)
                                    break;
                                if (v = r.bool())
                                    m.shallow = v;
                                else
                                    delete m.shallow;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if (!(m.resourceTypeIds && m.resourceTypeIds.length))
                                    m.resourceTypeIds = [];
                                m.resourceTypeIds.push(r.stringVerify());
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Creates a GrantExpandable message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof c1.connector.v2.GrantExpandable
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {c1.connector.v2.GrantExpandable} GrantExpandable
                 */
                GrantExpandable.fromObject = function (d, q) {
                    if (d instanceof $root.c1.connector.v2.GrantExpandable)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".c1.connector.v2.GrantExpandable: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.c1.connector.v2.GrantExpandable();
                    if (d.entitlementIds) {
                        if (!$Array.isArray(d.entitlementIds))
                            throw $TypeError(".c1.connector.v2.GrantExpandable.entitlementIds: array expected");
                        m.entitlementIds = $Array(d.entitlementIds.length);
                        for (var i = 0; i < d.entitlementIds.length; ++i) {
                            m.entitlementIds[i] = $String(d.entitlementIds[i]);
                        }
                    }
                    if (d.shallow != null) {
                        if (d.shallow) {
                            m.shallow = $Boolean(d.shallow);
                        }
                    }
                    if (d.resourceTypeIds) {
                        if (!$Array.isArray(d.resourceTypeIds))
                            throw $TypeError(".c1.connector.v2.GrantExpandable.resourceTypeIds: array expected");
                        m.resourceTypeIds = $Array(d.resourceTypeIds.length);
                        for (var i = 0; i < d.resourceTypeIds.length; ++i) {
                            m.resourceTypeIds[i] = $String(d.resourceTypeIds[i]);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a GrantExpandable message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof c1.connector.v2.GrantExpandable
                 * @static
                 * @param {c1.connector.v2.GrantExpandable} m GrantExpandable
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                GrantExpandable.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.entitlementIds = [];
                        d.resourceTypeIds = [];
                    }
                    if (o.defaults) {
                        d.shallow = false;
                    }
                    if (m.entitlementIds && m.entitlementIds.length) {
                        d.entitlementIds = $Array(m.entitlementIds.length);
                        for (var j = 0; j < m.entitlementIds.length; ++j) {
                            d.entitlementIds[j] = m.entitlementIds[j];
                        }
                    }
                    if (m.shallow != null && $Object.hasOwnProperty.call(m, "shallow")) {
                        d.shallow = m.shallow;
                    }
                    if (m.resourceTypeIds && m.resourceTypeIds.length) {
                        d.resourceTypeIds = $Array(m.resourceTypeIds.length);
                        for (var j = 0; j < m.resourceTypeIds.length; ++j) {
                            d.resourceTypeIds[j] = m.resourceTypeIds[j];
                        }
                    }
                    return d;
                };

                /**
                 * Converts this GrantExpandable to JSON.
                 * @function toJSON
                 * @memberof c1.connector.v2.GrantExpandable
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                GrantExpandable.prototype.toJSON = function() {
                    return GrantExpandable.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for GrantExpandable
                 * @function getTypeUrl
                 * @memberof c1.connector.v2.GrantExpandable
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                GrantExpandable.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/c1.connector.v2.GrantExpandable";
                };

                return GrantExpandable;
            })();

            v2.GrantImmutable = (function() {

                /**
                 * Properties of a GrantImmutable.
                 * @typedef {Object} c1.connector.v2.GrantImmutable.$Properties
                 * @property {string|null} [sourceId] GrantImmutable sourceId
                 * @property {google.protobuf.Struct.$Properties|null} [metadata] GrantImmutable metadata
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a GrantImmutable.
                 * @memberof c1.connector.v2
                 * @interface IGrantImmutable
                 * @augments c1.connector.v2.GrantImmutable.$Properties
                 * @deprecated Use c1.connector.v2.GrantImmutable.$Properties instead.
                 */

                /**
                 * Shape of a GrantImmutable.
                 * @typedef {{
                 *   sourceId?: string|null;
                 *   metadata?: google.protobuf.Struct.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} c1.connector.v2.GrantImmutable.$Shape
                 */

                /**
                 * Constructs a new GrantImmutable.
                 * @memberof c1.connector.v2
                 * @classdesc Represents a GrantImmutable.
                 * @constructor
                 * @param {c1.connector.v2.GrantImmutable.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const GrantImmutable = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * GrantImmutable sourceId.
                 * @member {string} sourceId
                 * @memberof c1.connector.v2.GrantImmutable
                 * @instance
                 */
                GrantImmutable.prototype.sourceId = "";

                /**
                 * GrantImmutable metadata.
                 * @member {google.protobuf.Struct.$Properties|null|undefined} metadata
                 * @memberof c1.connector.v2.GrantImmutable
                 * @instance
                 */
                GrantImmutable.prototype.metadata = null;

                /**
                 * Creates a new GrantImmutable instance using the specified properties.
                 * @function create
                 * @memberof c1.connector.v2.GrantImmutable
                 * @static
                 * @param {c1.connector.v2.GrantImmutable.$Properties=} [properties] Properties to set
                 * @returns {c1.connector.v2.GrantImmutable} GrantImmutable instance
                 * @type {{
                 *   (properties: c1.connector.v2.GrantImmutable.$Shape): c1.connector.v2.GrantImmutable & c1.connector.v2.GrantImmutable.$Shape;
                 *   (properties?: c1.connector.v2.GrantImmutable.$Properties): c1.connector.v2.GrantImmutable;
                 * }}
                 */
                GrantImmutable.create = function(properties) {
                    return new GrantImmutable(properties);
                };

                /**
                 * Encodes the specified GrantImmutable message. Does not implicitly {@link c1.connector.v2.GrantImmutable.verify|verify} messages.
                 * @function encode
                 * @memberof c1.connector.v2.GrantImmutable
                 * @static
                 * @param {c1.connector.v2.GrantImmutable.$Properties} m GrantImmutable message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GrantImmutable.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.sourceId != null && $Object.hasOwnProperty.call(m, "sourceId") && m.sourceId !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.sourceId);
                    if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata"))
                        $root.google.protobuf.Struct.encode(m.metadata, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a GrantImmutable message from the specified reader or buffer.
                 * @function decode
                 * @memberof c1.connector.v2.GrantImmutable
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {c1.connector.v2.GrantImmutable & c1.connector.v2.GrantImmutable.$Shape} GrantImmutable
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GrantImmutable.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.c1.connector.v2.GrantImmutable();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.sourceId = v;
                                else
                                    delete m.sourceId;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                m.metadata = $root.google.protobuf.Struct.decode(r, r.size(), $undefined, q + 1, m.metadata);
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Creates a GrantImmutable message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof c1.connector.v2.GrantImmutable
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {c1.connector.v2.GrantImmutable} GrantImmutable
                 */
                GrantImmutable.fromObject = function (d, q) {
                    if (d instanceof $root.c1.connector.v2.GrantImmutable)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".c1.connector.v2.GrantImmutable: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.c1.connector.v2.GrantImmutable();
                    if (d.sourceId != null) {
                        if (typeof d.sourceId !== "string" || d.sourceId.length) {
                            m.sourceId = $String(d.sourceId);
                        }
                    }
                    if (d.metadata != null) {
                        if (!$util.isObject(d.metadata))
                            throw $TypeError(".c1.connector.v2.GrantImmutable.metadata: object expected");
                        m.metadata = $root.google.protobuf.Struct.fromObject(d.metadata, q + 1);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a GrantImmutable message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof c1.connector.v2.GrantImmutable
                 * @static
                 * @param {c1.connector.v2.GrantImmutable} m GrantImmutable
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                GrantImmutable.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.sourceId = "";
                        d.metadata = null;
                    }
                    if (m.sourceId != null && $Object.hasOwnProperty.call(m, "sourceId")) {
                        d.sourceId = m.sourceId;
                    }
                    if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata")) {
                        d.metadata = $root.google.protobuf.Struct.toObject(m.metadata, o, q + 1);
                    }
                    return d;
                };

                /**
                 * Converts this GrantImmutable to JSON.
                 * @function toJSON
                 * @memberof c1.connector.v2.GrantImmutable
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                GrantImmutable.prototype.toJSON = function() {
                    return GrantImmutable.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for GrantImmutable
                 * @function getTypeUrl
                 * @memberof c1.connector.v2.GrantImmutable
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                GrantImmutable.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/c1.connector.v2.GrantImmutable";
                };

                return GrantImmutable;
            })();

            v2.EntitlementImmutable = (function() {

                /**
                 * Properties of an EntitlementImmutable.
                 * @typedef {Object} c1.connector.v2.EntitlementImmutable.$Properties
                 * @property {string|null} [sourceId] EntitlementImmutable sourceId
                 * @property {google.protobuf.Struct.$Properties|null} [metadata] EntitlementImmutable metadata
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an EntitlementImmutable.
                 * @memberof c1.connector.v2
                 * @interface IEntitlementImmutable
                 * @augments c1.connector.v2.EntitlementImmutable.$Properties
                 * @deprecated Use c1.connector.v2.EntitlementImmutable.$Properties instead.
                 */

                /**
                 * Shape of an EntitlementImmutable.
                 * @typedef {{
                 *   sourceId?: string|null;
                 *   metadata?: google.protobuf.Struct.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} c1.connector.v2.EntitlementImmutable.$Shape
                 */

                /**
                 * Constructs a new EntitlementImmutable.
                 * @memberof c1.connector.v2
                 * @classdesc Represents an EntitlementImmutable.
                 * @constructor
                 * @param {c1.connector.v2.EntitlementImmutable.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const EntitlementImmutable = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * EntitlementImmutable sourceId.
                 * @member {string} sourceId
                 * @memberof c1.connector.v2.EntitlementImmutable
                 * @instance
                 */
                EntitlementImmutable.prototype.sourceId = "";

                /**
                 * EntitlementImmutable metadata.
                 * @member {google.protobuf.Struct.$Properties|null|undefined} metadata
                 * @memberof c1.connector.v2.EntitlementImmutable
                 * @instance
                 */
                EntitlementImmutable.prototype.metadata = null;

                /**
                 * Creates a new EntitlementImmutable instance using the specified properties.
                 * @function create
                 * @memberof c1.connector.v2.EntitlementImmutable
                 * @static
                 * @param {c1.connector.v2.EntitlementImmutable.$Properties=} [properties] Properties to set
                 * @returns {c1.connector.v2.EntitlementImmutable} EntitlementImmutable instance
                 * @type {{
                 *   (properties: c1.connector.v2.EntitlementImmutable.$Shape): c1.connector.v2.EntitlementImmutable & c1.connector.v2.EntitlementImmutable.$Shape;
                 *   (properties?: c1.connector.v2.EntitlementImmutable.$Properties): c1.connector.v2.EntitlementImmutable;
                 * }}
                 */
                EntitlementImmutable.create = function(properties) {
                    return new EntitlementImmutable(properties);
                };

                /**
                 * Encodes the specified EntitlementImmutable message. Does not implicitly {@link c1.connector.v2.EntitlementImmutable.verify|verify} messages.
                 * @function encode
                 * @memberof c1.connector.v2.EntitlementImmutable
                 * @static
                 * @param {c1.connector.v2.EntitlementImmutable.$Properties} m EntitlementImmutable message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                EntitlementImmutable.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.sourceId != null && $Object.hasOwnProperty.call(m, "sourceId") && m.sourceId !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.sourceId);
                    if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata"))
                        $root.google.protobuf.Struct.encode(m.metadata, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes an EntitlementImmutable message from the specified reader or buffer.
                 * @function decode
                 * @memberof c1.connector.v2.EntitlementImmutable
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {c1.connector.v2.EntitlementImmutable & c1.connector.v2.EntitlementImmutable.$Shape} EntitlementImmutable
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                EntitlementImmutable.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.c1.connector.v2.EntitlementImmutable();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.sourceId = v;
                                else
                                    delete m.sourceId;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                m.metadata = $root.google.protobuf.Struct.decode(r, r.size(), $undefined, q + 1, m.metadata);
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Creates an EntitlementImmutable message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof c1.connector.v2.EntitlementImmutable
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {c1.connector.v2.EntitlementImmutable} EntitlementImmutable
                 */
                EntitlementImmutable.fromObject = function (d, q) {
                    if (d instanceof $root.c1.connector.v2.EntitlementImmutable)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".c1.connector.v2.EntitlementImmutable: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.c1.connector.v2.EntitlementImmutable();
                    if (d.sourceId != null) {
                        if (typeof d.sourceId !== "string" || d.sourceId.length) {
                            m.sourceId = $String(d.sourceId);
                        }
                    }
                    if (d.metadata != null) {
                        if (!$util.isObject(d.metadata))
                            throw $TypeError(".c1.connector.v2.EntitlementImmutable.metadata: object expected");
                        m.metadata = $root.google.protobuf.Struct.fromObject(d.metadata, q + 1);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from an EntitlementImmutable message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof c1.connector.v2.EntitlementImmutable
                 * @static
                 * @param {c1.connector.v2.EntitlementImmutable} m EntitlementImmutable
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                EntitlementImmutable.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.sourceId = "";
                        d.metadata = null;
                    }
                    if (m.sourceId != null && $Object.hasOwnProperty.call(m, "sourceId")) {
                        d.sourceId = m.sourceId;
                    }
                    if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata")) {
                        d.metadata = $root.google.protobuf.Struct.toObject(m.metadata, o, q + 1);
                    }
                    return d;
                };

                /**
                 * Converts this EntitlementImmutable to JSON.
                 * @function toJSON
                 * @memberof c1.connector.v2.EntitlementImmutable
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                EntitlementImmutable.prototype.toJSON = function() {
                    return EntitlementImmutable.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for EntitlementImmutable
                 * @function getTypeUrl
                 * @memberof c1.connector.v2.EntitlementImmutable
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                EntitlementImmutable.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/c1.connector.v2.EntitlementImmutable";
                };

                return EntitlementImmutable;
            })();

            v2.ResourceType = (function() {

                /**
                 * Properties of a ResourceType.
                 * @typedef {Object} c1.connector.v2.ResourceType.$Properties
                 * @property {string|null} [id] ResourceType id
                 * @property {string|null} [displayName] ResourceType displayName
                 * @property {Array.<c1.connector.v2.ResourceType.Trait>|null} [traits] ResourceType traits
                 * @property {Array.<google.protobuf.Any.$Properties>|null} [annotations] ResourceType annotations
                 * @property {string|null} [description] ResourceType description
                 * @property {boolean|null} [sourcedExternally] ResourceType sourcedExternally
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ResourceType.
                 * @memberof c1.connector.v2
                 * @interface IResourceType
                 * @augments c1.connector.v2.ResourceType.$Properties
                 * @deprecated Use c1.connector.v2.ResourceType.$Properties instead.
                 */

                /**
                 * Shape of a ResourceType.
                 * @typedef {c1.connector.v2.ResourceType.$Properties} c1.connector.v2.ResourceType.$Shape
                 */

                /**
                 * Constructs a new ResourceType.
                 * @memberof c1.connector.v2
                 * @classdesc Represents a ResourceType.
                 * @constructor
                 * @param {c1.connector.v2.ResourceType.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ResourceType = function (p) {
                    this.traits = [];
                    this.annotations = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * ResourceType id.
                 * @member {string} id
                 * @memberof c1.connector.v2.ResourceType
                 * @instance
                 */
                ResourceType.prototype.id = "";

                /**
                 * ResourceType displayName.
                 * @member {string} displayName
                 * @memberof c1.connector.v2.ResourceType
                 * @instance
                 */
                ResourceType.prototype.displayName = "";

                /**
                 * ResourceType traits.
                 * @member {Array.<c1.connector.v2.ResourceType.Trait>} traits
                 * @memberof c1.connector.v2.ResourceType
                 * @instance
                 */
                ResourceType.prototype.traits = $util.emptyArray;

                /**
                 * ResourceType annotations.
                 * @member {Array.<google.protobuf.Any.$Properties>} annotations
                 * @memberof c1.connector.v2.ResourceType
                 * @instance
                 */
                ResourceType.prototype.annotations = $util.emptyArray;

                /**
                 * ResourceType description.
                 * @member {string} description
                 * @memberof c1.connector.v2.ResourceType
                 * @instance
                 */
                ResourceType.prototype.description = "";

                /**
                 * ResourceType sourcedExternally.
                 * @member {boolean} sourcedExternally
                 * @memberof c1.connector.v2.ResourceType
                 * @instance
                 */
                ResourceType.prototype.sourcedExternally = false;

                /**
                 * Creates a new ResourceType instance using the specified properties.
                 * @function create
                 * @memberof c1.connector.v2.ResourceType
                 * @static
                 * @param {c1.connector.v2.ResourceType.$Properties=} [properties] Properties to set
                 * @returns {c1.connector.v2.ResourceType} ResourceType instance
                 * @type {{
                 *   (properties: c1.connector.v2.ResourceType.$Shape): c1.connector.v2.ResourceType & c1.connector.v2.ResourceType.$Shape;
                 *   (properties?: c1.connector.v2.ResourceType.$Properties): c1.connector.v2.ResourceType;
                 * }}
                 */
                ResourceType.create = function(properties) {
                    return new ResourceType(properties);
                };

                /**
                 * Encodes the specified ResourceType message. Does not implicitly {@link c1.connector.v2.ResourceType.verify|verify} messages.
                 * @function encode
                 * @memberof c1.connector.v2.ResourceType
                 * @static
                 * @param {c1.connector.v2.ResourceType.$Properties} m ResourceType message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ResourceType.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
                    if (m.displayName != null && $Object.hasOwnProperty.call(m, "displayName") && m.displayName !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.displayName);
                    if (m.traits != null && m.traits.length) {
                        w.uint32(/* id 3, wireType 2 =*/26).int32s(m.traits);
                    }
                    if (m.annotations != null && m.annotations.length) {
                        for (var i = 0; i < m.annotations.length; ++i)
                            $root.google.protobuf.Any.encode(m.annotations[i], w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                    }
                    if (m.description != null && $Object.hasOwnProperty.call(m, "description") && m.description !== "")
                        w.uint32(/* id 5, wireType 2 =*/42).string(m.description);
                    if (m.sourcedExternally != null && $Object.hasOwnProperty.call(m, "sourcedExternally") && m.sourcedExternally !== false)
                        w.uint32(/* id 6, wireType 0 =*/48).bool(m.sourcedExternally);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a ResourceType message from the specified reader or buffer.
                 * @function decode
                 * @memberof c1.connector.v2.ResourceType
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {c1.connector.v2.ResourceType & c1.connector.v2.ResourceType.$Shape} ResourceType
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ResourceType.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.c1.connector.v2.ResourceType();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.id = v;
                                else
                                    delete m.id;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.displayName = v;
                                else
                                    delete m.displayName;
                                continue;
                            }
                        case 3: {
                                if (u === 2) {
                                    if (!(m.traits && m.traits.length))
                                        m.traits = [];
                                    r.int32s(m.traits);
                                    continue;
                                }
                                if (u !== 0)
                                    break;
                                if (!(m.traits && m.traits.length))
                                    m.traits = [];
                                m.traits.push(r.int32());
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if (!(m.annotations && m.annotations.length))
                                    m.annotations = [];
                                m.annotations.push($root.google.protobuf.Any.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.description = v;
                                else
                                    delete m.description;
                                continue;
                            }
                        case 6: {
                                if (u !== 0)
                                    break;
                                if (v = r.bool())
                                    m.sourcedExternally = v;
                                else
                                    delete m.sourcedExternally;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Creates a ResourceType message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof c1.connector.v2.ResourceType
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {c1.connector.v2.ResourceType} ResourceType
                 */
                ResourceType.fromObject = function (d, q) {
                    if (d instanceof $root.c1.connector.v2.ResourceType)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".c1.connector.v2.ResourceType: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.c1.connector.v2.ResourceType();
                    if (d.id != null) {
                        if (typeof d.id !== "string" || d.id.length) {
                            m.id = $String(d.id);
                        }
                    }
                    if (d.displayName != null) {
                        if (typeof d.displayName !== "string" || d.displayName.length) {
                            m.displayName = $String(d.displayName);
                        }
                    }
                    if (d.traits) {
                        if (!$Array.isArray(d.traits))
                            throw $TypeError(".c1.connector.v2.ResourceType.traits: array expected");
                        m.traits = [];
                        for (var i = 0; i < d.traits.length; ++i) {
                            switch (d.traits[i]) {
                            case "TRAIT_UNSPECIFIED":
                            case 0:
                                m.traits[m.traits.length] = 0;
                                break;
                            case "TRAIT_USER":
                            case 1:
                                m.traits[m.traits.length] = 1;
                                break;
                            case "TRAIT_GROUP":
                            case 2:
                                m.traits[m.traits.length] = 2;
                                break;
                            case "TRAIT_ROLE":
                            case 3:
                                m.traits[m.traits.length] = 3;
                                break;
                            case "TRAIT_APP":
                            case 4:
                                m.traits[m.traits.length] = 4;
                                break;
                            case "TRAIT_SECRET":
                            case 5:
                                m.traits[m.traits.length] = 5;
                                break;
                            case "TRAIT_SECURITY_INSIGHT":
                            case 6:
                                m.traits[m.traits.length] = 6;
                                break;
                            case "TRAIT_SCOPE_BINDING":
                            case 7:
                                m.traits[m.traits.length] = 7;
                                break;
                            default:
                                if (typeof d.traits[i] === "number" && (d.traits[i] | 0) === d.traits[i])
                                    m.traits[m.traits.length] = d.traits[i];
                            }
                        }
                    }
                    if (d.annotations) {
                        if (!$Array.isArray(d.annotations))
                            throw $TypeError(".c1.connector.v2.ResourceType.annotations: array expected");
                        m.annotations = $Array(d.annotations.length);
                        for (var i = 0; i < d.annotations.length; ++i) {
                            if (!$util.isObject(d.annotations[i]))
                                throw $TypeError(".c1.connector.v2.ResourceType.annotations: object expected");
                            m.annotations[i] = $root.google.protobuf.Any.fromObject(d.annotations[i], q + 1);
                        }
                    }
                    if (d.description != null) {
                        if (typeof d.description !== "string" || d.description.length) {
                            m.description = $String(d.description);
                        }
                    }
                    if (d.sourcedExternally != null) {
                        if (d.sourcedExternally) {
                            m.sourcedExternally = $Boolean(d.sourcedExternally);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a ResourceType message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof c1.connector.v2.ResourceType
                 * @static
                 * @param {c1.connector.v2.ResourceType} m ResourceType
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ResourceType.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.traits = [];
                        d.annotations = [];
                    }
                    if (o.defaults) {
                        d.id = "";
                        d.displayName = "";
                        d.description = "";
                        d.sourcedExternally = false;
                    }
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                        d.id = m.id;
                    }
                    if (m.displayName != null && $Object.hasOwnProperty.call(m, "displayName")) {
                        d.displayName = m.displayName;
                    }
                    if (m.traits && m.traits.length) {
                        d.traits = $Array(m.traits.length);
                        for (var j = 0; j < m.traits.length; ++j) {
                            d.traits[j] = o.enums === $String ? $root.c1.connector.v2.ResourceType.Trait[m.traits[j]] === $undefined ? m.traits[j] : $root.c1.connector.v2.ResourceType.Trait[m.traits[j]] : m.traits[j];
                        }
                    }
                    if (m.annotations && m.annotations.length) {
                        d.annotations = $Array(m.annotations.length);
                        for (var j = 0; j < m.annotations.length; ++j) {
                            d.annotations[j] = $root.google.protobuf.Any.toObject(m.annotations[j], o, q + 1);
                        }
                    }
                    if (m.description != null && $Object.hasOwnProperty.call(m, "description")) {
                        d.description = m.description;
                    }
                    if (m.sourcedExternally != null && $Object.hasOwnProperty.call(m, "sourcedExternally")) {
                        d.sourcedExternally = m.sourcedExternally;
                    }
                    return d;
                };

                /**
                 * Converts this ResourceType to JSON.
                 * @function toJSON
                 * @memberof c1.connector.v2.ResourceType
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ResourceType.prototype.toJSON = function() {
                    return ResourceType.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ResourceType
                 * @function getTypeUrl
                 * @memberof c1.connector.v2.ResourceType
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ResourceType.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/c1.connector.v2.ResourceType";
                };

                /**
                 * Trait enum.
                 * @name c1.connector.v2.ResourceType.Trait
                 * @enum {number}
                 * @property {number} TRAIT_UNSPECIFIED=0 TRAIT_UNSPECIFIED value
                 * @property {number} TRAIT_USER=1 TRAIT_USER value
                 * @property {number} TRAIT_GROUP=2 TRAIT_GROUP value
                 * @property {number} TRAIT_ROLE=3 TRAIT_ROLE value
                 * @property {number} TRAIT_APP=4 TRAIT_APP value
                 * @property {number} TRAIT_SECRET=5 TRAIT_SECRET value
                 * @property {number} TRAIT_SECURITY_INSIGHT=6 TRAIT_SECURITY_INSIGHT value
                 * @property {number} TRAIT_SCOPE_BINDING=7 TRAIT_SCOPE_BINDING value
                 */
                ResourceType.Trait = (function() {
                    const valuesById = $Object.create(null), values = $Object.create(valuesById);
                    values[valuesById[0] = "TRAIT_UNSPECIFIED"] = 0;
                    values[valuesById[1] = "TRAIT_USER"] = 1;
                    values[valuesById[2] = "TRAIT_GROUP"] = 2;
                    values[valuesById[3] = "TRAIT_ROLE"] = 3;
                    values[valuesById[4] = "TRAIT_APP"] = 4;
                    values[valuesById[5] = "TRAIT_SECRET"] = 5;
                    values[valuesById[6] = "TRAIT_SECURITY_INSIGHT"] = 6;
                    values[valuesById[7] = "TRAIT_SCOPE_BINDING"] = 7;
                    return values;
                })();

                return ResourceType;
            })();

            v2.ResourceId = (function() {

                /**
                 * Properties of a ResourceId.
                 * @typedef {Object} c1.connector.v2.ResourceId.$Properties
                 * @property {string|null} [resourceType] ResourceId resourceType
                 * @property {string|null} [resource] ResourceId resource
                 * @property {boolean|null} [batonResource] ResourceId batonResource
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ResourceId.
                 * @memberof c1.connector.v2
                 * @interface IResourceId
                 * @augments c1.connector.v2.ResourceId.$Properties
                 * @deprecated Use c1.connector.v2.ResourceId.$Properties instead.
                 */

                /**
                 * Shape of a ResourceId.
                 * @typedef {c1.connector.v2.ResourceId.$Properties} c1.connector.v2.ResourceId.$Shape
                 */

                /**
                 * Constructs a new ResourceId.
                 * @memberof c1.connector.v2
                 * @classdesc Represents a ResourceId.
                 * @constructor
                 * @param {c1.connector.v2.ResourceId.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ResourceId = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * ResourceId resourceType.
                 * @member {string} resourceType
                 * @memberof c1.connector.v2.ResourceId
                 * @instance
                 */
                ResourceId.prototype.resourceType = "";

                /**
                 * ResourceId resource.
                 * @member {string} resource
                 * @memberof c1.connector.v2.ResourceId
                 * @instance
                 */
                ResourceId.prototype.resource = "";

                /**
                 * ResourceId batonResource.
                 * @member {boolean} batonResource
                 * @memberof c1.connector.v2.ResourceId
                 * @instance
                 */
                ResourceId.prototype.batonResource = false;

                /**
                 * Creates a new ResourceId instance using the specified properties.
                 * @function create
                 * @memberof c1.connector.v2.ResourceId
                 * @static
                 * @param {c1.connector.v2.ResourceId.$Properties=} [properties] Properties to set
                 * @returns {c1.connector.v2.ResourceId} ResourceId instance
                 * @type {{
                 *   (properties: c1.connector.v2.ResourceId.$Shape): c1.connector.v2.ResourceId & c1.connector.v2.ResourceId.$Shape;
                 *   (properties?: c1.connector.v2.ResourceId.$Properties): c1.connector.v2.ResourceId;
                 * }}
                 */
                ResourceId.create = function(properties) {
                    return new ResourceId(properties);
                };

                /**
                 * Encodes the specified ResourceId message. Does not implicitly {@link c1.connector.v2.ResourceId.verify|verify} messages.
                 * @function encode
                 * @memberof c1.connector.v2.ResourceId
                 * @static
                 * @param {c1.connector.v2.ResourceId.$Properties} m ResourceId message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ResourceId.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.resourceType != null && $Object.hasOwnProperty.call(m, "resourceType") && m.resourceType !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.resourceType);
                    if (m.resource != null && $Object.hasOwnProperty.call(m, "resource") && m.resource !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.resource);
                    if (m.batonResource != null && $Object.hasOwnProperty.call(m, "batonResource") && m.batonResource !== false)
                        w.uint32(/* id 3, wireType 0 =*/24).bool(m.batonResource);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a ResourceId message from the specified reader or buffer.
                 * @function decode
                 * @memberof c1.connector.v2.ResourceId
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {c1.connector.v2.ResourceId & c1.connector.v2.ResourceId.$Shape} ResourceId
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ResourceId.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.c1.connector.v2.ResourceId();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.resourceType = v;
                                else
                                    delete m.resourceType;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.resource = v;
                                else
                                    delete m.resource;
                                continue;
                            }
                        case 3: {
                                if (u !== 0)
                                    break;
                                if (v = r.bool())
                                    m.batonResource = v;
                                else
                                    delete m.batonResource;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Creates a ResourceId message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof c1.connector.v2.ResourceId
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {c1.connector.v2.ResourceId} ResourceId
                 */
                ResourceId.fromObject = function (d, q) {
                    if (d instanceof $root.c1.connector.v2.ResourceId)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".c1.connector.v2.ResourceId: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.c1.connector.v2.ResourceId();
                    if (d.resourceType != null) {
                        if (typeof d.resourceType !== "string" || d.resourceType.length) {
                            m.resourceType = $String(d.resourceType);
                        }
                    }
                    if (d.resource != null) {
                        if (typeof d.resource !== "string" || d.resource.length) {
                            m.resource = $String(d.resource);
                        }
                    }
                    if (d.batonResource != null) {
                        if (d.batonResource) {
                            m.batonResource = $Boolean(d.batonResource);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a ResourceId message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof c1.connector.v2.ResourceId
                 * @static
                 * @param {c1.connector.v2.ResourceId} m ResourceId
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ResourceId.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.resourceType = "";
                        d.resource = "";
                        d.batonResource = false;
                    }
                    if (m.resourceType != null && $Object.hasOwnProperty.call(m, "resourceType")) {
                        d.resourceType = m.resourceType;
                    }
                    if (m.resource != null && $Object.hasOwnProperty.call(m, "resource")) {
                        d.resource = m.resource;
                    }
                    if (m.batonResource != null && $Object.hasOwnProperty.call(m, "batonResource")) {
                        d.batonResource = m.batonResource;
                    }
                    return d;
                };

                /**
                 * Converts this ResourceId to JSON.
                 * @function toJSON
                 * @memberof c1.connector.v2.ResourceId
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ResourceId.prototype.toJSON = function() {
                    return ResourceId.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ResourceId
                 * @function getTypeUrl
                 * @memberof c1.connector.v2.ResourceId
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ResourceId.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/c1.connector.v2.ResourceId";
                };

                return ResourceId;
            })();

            v2.ExternalId = (function() {

                /**
                 * Properties of an ExternalId.
                 * @typedef {Object} c1.connector.v2.ExternalId.$Properties
                 * @property {string|null} [id] ExternalId id
                 * @property {string|null} [link] ExternalId link
                 * @property {string|null} [description] ExternalId description
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an ExternalId.
                 * @memberof c1.connector.v2
                 * @interface IExternalId
                 * @augments c1.connector.v2.ExternalId.$Properties
                 * @deprecated Use c1.connector.v2.ExternalId.$Properties instead.
                 */

                /**
                 * Shape of an ExternalId.
                 * @typedef {c1.connector.v2.ExternalId.$Properties} c1.connector.v2.ExternalId.$Shape
                 */

                /**
                 * Constructs a new ExternalId.
                 * @memberof c1.connector.v2
                 * @classdesc Represents an ExternalId.
                 * @constructor
                 * @param {c1.connector.v2.ExternalId.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ExternalId = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * ExternalId id.
                 * @member {string} id
                 * @memberof c1.connector.v2.ExternalId
                 * @instance
                 */
                ExternalId.prototype.id = "";

                /**
                 * ExternalId link.
                 * @member {string} link
                 * @memberof c1.connector.v2.ExternalId
                 * @instance
                 */
                ExternalId.prototype.link = "";

                /**
                 * ExternalId description.
                 * @member {string} description
                 * @memberof c1.connector.v2.ExternalId
                 * @instance
                 */
                ExternalId.prototype.description = "";

                /**
                 * Creates a new ExternalId instance using the specified properties.
                 * @function create
                 * @memberof c1.connector.v2.ExternalId
                 * @static
                 * @param {c1.connector.v2.ExternalId.$Properties=} [properties] Properties to set
                 * @returns {c1.connector.v2.ExternalId} ExternalId instance
                 * @type {{
                 *   (properties: c1.connector.v2.ExternalId.$Shape): c1.connector.v2.ExternalId & c1.connector.v2.ExternalId.$Shape;
                 *   (properties?: c1.connector.v2.ExternalId.$Properties): c1.connector.v2.ExternalId;
                 * }}
                 */
                ExternalId.create = function(properties) {
                    return new ExternalId(properties);
                };

                /**
                 * Encodes the specified ExternalId message. Does not implicitly {@link c1.connector.v2.ExternalId.verify|verify} messages.
                 * @function encode
                 * @memberof c1.connector.v2.ExternalId
                 * @static
                 * @param {c1.connector.v2.ExternalId.$Properties} m ExternalId message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ExternalId.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
                    if (m.link != null && $Object.hasOwnProperty.call(m, "link") && m.link !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.link);
                    if (m.description != null && $Object.hasOwnProperty.call(m, "description") && m.description !== "")
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.description);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes an ExternalId message from the specified reader or buffer.
                 * @function decode
                 * @memberof c1.connector.v2.ExternalId
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {c1.connector.v2.ExternalId & c1.connector.v2.ExternalId.$Shape} ExternalId
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ExternalId.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.c1.connector.v2.ExternalId();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.id = v;
                                else
                                    delete m.id;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.link = v;
                                else
                                    delete m.link;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.description = v;
                                else
                                    delete m.description;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Creates an ExternalId message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof c1.connector.v2.ExternalId
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {c1.connector.v2.ExternalId} ExternalId
                 */
                ExternalId.fromObject = function (d, q) {
                    if (d instanceof $root.c1.connector.v2.ExternalId)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".c1.connector.v2.ExternalId: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.c1.connector.v2.ExternalId();
                    if (d.id != null) {
                        if (typeof d.id !== "string" || d.id.length) {
                            m.id = $String(d.id);
                        }
                    }
                    if (d.link != null) {
                        if (typeof d.link !== "string" || d.link.length) {
                            m.link = $String(d.link);
                        }
                    }
                    if (d.description != null) {
                        if (typeof d.description !== "string" || d.description.length) {
                            m.description = $String(d.description);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from an ExternalId message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof c1.connector.v2.ExternalId
                 * @static
                 * @param {c1.connector.v2.ExternalId} m ExternalId
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ExternalId.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.id = "";
                        d.link = "";
                        d.description = "";
                    }
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                        d.id = m.id;
                    }
                    if (m.link != null && $Object.hasOwnProperty.call(m, "link")) {
                        d.link = m.link;
                    }
                    if (m.description != null && $Object.hasOwnProperty.call(m, "description")) {
                        d.description = m.description;
                    }
                    return d;
                };

                /**
                 * Converts this ExternalId to JSON.
                 * @function toJSON
                 * @memberof c1.connector.v2.ExternalId
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ExternalId.prototype.toJSON = function() {
                    return ExternalId.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ExternalId
                 * @function getTypeUrl
                 * @memberof c1.connector.v2.ExternalId
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ExternalId.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/c1.connector.v2.ExternalId";
                };

                return ExternalId;
            })();

            v2.Resource = (function() {

                /**
                 * Properties of a Resource.
                 * @typedef {Object} c1.connector.v2.Resource.$Properties
                 * @property {c1.connector.v2.ResourceId.$Properties|null} [id] Resource id
                 * @property {c1.connector.v2.ResourceId.$Properties|null} [parentResourceId] Resource parentResourceId
                 * @property {string|null} [displayName] Resource displayName
                 * @property {Array.<google.protobuf.Any.$Properties>|null} [annotations] Resource annotations
                 * @property {string|null} [description] Resource description
                 * @property {boolean|null} [batonResource] Resource batonResource
                 * @property {c1.connector.v2.ExternalId.$Properties|null} [externalId] Resource externalId
                 * @property {c1.connector.v2.Resource.CreationSource|null} [creationSource] Resource creationSource
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Resource.
                 * @memberof c1.connector.v2
                 * @interface IResource
                 * @augments c1.connector.v2.Resource.$Properties
                 * @deprecated Use c1.connector.v2.Resource.$Properties instead.
                 */

                /**
                 * Shape of a Resource.
                 * @typedef {c1.connector.v2.Resource.$Properties} c1.connector.v2.Resource.$Shape
                 */

                /**
                 * Constructs a new Resource.
                 * @memberof c1.connector.v2
                 * @classdesc Represents a Resource.
                 * @constructor
                 * @param {c1.connector.v2.Resource.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Resource = function (p) {
                    this.annotations = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Resource id.
                 * @member {c1.connector.v2.ResourceId.$Properties|null|undefined} id
                 * @memberof c1.connector.v2.Resource
                 * @instance
                 */
                Resource.prototype.id = null;

                /**
                 * Resource parentResourceId.
                 * @member {c1.connector.v2.ResourceId.$Properties|null|undefined} parentResourceId
                 * @memberof c1.connector.v2.Resource
                 * @instance
                 */
                Resource.prototype.parentResourceId = null;

                /**
                 * Resource displayName.
                 * @member {string} displayName
                 * @memberof c1.connector.v2.Resource
                 * @instance
                 */
                Resource.prototype.displayName = "";

                /**
                 * Resource annotations.
                 * @member {Array.<google.protobuf.Any.$Properties>} annotations
                 * @memberof c1.connector.v2.Resource
                 * @instance
                 */
                Resource.prototype.annotations = $util.emptyArray;

                /**
                 * Resource description.
                 * @member {string} description
                 * @memberof c1.connector.v2.Resource
                 * @instance
                 */
                Resource.prototype.description = "";

                /**
                 * Resource batonResource.
                 * @member {boolean} batonResource
                 * @memberof c1.connector.v2.Resource
                 * @instance
                 */
                Resource.prototype.batonResource = false;

                /**
                 * Resource externalId.
                 * @member {c1.connector.v2.ExternalId.$Properties|null|undefined} externalId
                 * @memberof c1.connector.v2.Resource
                 * @instance
                 */
                Resource.prototype.externalId = null;

                /**
                 * Resource creationSource.
                 * @member {c1.connector.v2.Resource.CreationSource} creationSource
                 * @memberof c1.connector.v2.Resource
                 * @instance
                 */
                Resource.prototype.creationSource = 0;

                /**
                 * Creates a new Resource instance using the specified properties.
                 * @function create
                 * @memberof c1.connector.v2.Resource
                 * @static
                 * @param {c1.connector.v2.Resource.$Properties=} [properties] Properties to set
                 * @returns {c1.connector.v2.Resource} Resource instance
                 * @type {{
                 *   (properties: c1.connector.v2.Resource.$Shape): c1.connector.v2.Resource & c1.connector.v2.Resource.$Shape;
                 *   (properties?: c1.connector.v2.Resource.$Properties): c1.connector.v2.Resource;
                 * }}
                 */
                Resource.create = function(properties) {
                    return new Resource(properties);
                };

                /**
                 * Encodes the specified Resource message. Does not implicitly {@link c1.connector.v2.Resource.verify|verify} messages.
                 * @function encode
                 * @memberof c1.connector.v2.Resource
                 * @static
                 * @param {c1.connector.v2.Resource.$Properties} m Resource message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Resource.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id"))
                        $root.c1.connector.v2.ResourceId.encode(m.id, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (m.parentResourceId != null && $Object.hasOwnProperty.call(m, "parentResourceId"))
                        $root.c1.connector.v2.ResourceId.encode(m.parentResourceId, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    if (m.displayName != null && $Object.hasOwnProperty.call(m, "displayName") && m.displayName !== "")
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.displayName);
                    if (m.annotations != null && m.annotations.length) {
                        for (var i = 0; i < m.annotations.length; ++i)
                            $root.google.protobuf.Any.encode(m.annotations[i], w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                    }
                    if (m.description != null && $Object.hasOwnProperty.call(m, "description") && m.description !== "")
                        w.uint32(/* id 5, wireType 2 =*/42).string(m.description);
                    if (m.batonResource != null && $Object.hasOwnProperty.call(m, "batonResource") && m.batonResource !== false)
                        w.uint32(/* id 6, wireType 0 =*/48).bool(m.batonResource);
                    if (m.externalId != null && $Object.hasOwnProperty.call(m, "externalId"))
                        $root.c1.connector.v2.ExternalId.encode(m.externalId, w.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                    if (m.creationSource != null && $Object.hasOwnProperty.call(m, "creationSource") && m.creationSource !== 0)
                        w.uint32(/* id 8, wireType 0 =*/64).int32(m.creationSource);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a Resource message from the specified reader or buffer.
                 * @function decode
                 * @memberof c1.connector.v2.Resource
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {c1.connector.v2.Resource & c1.connector.v2.Resource.$Shape} Resource
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Resource.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.c1.connector.v2.Resource();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                m.id = $root.c1.connector.v2.ResourceId.decode(r, r.size(), $undefined, q + 1, m.id);
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                m.parentResourceId = $root.c1.connector.v2.ResourceId.decode(r, r.size(), $undefined, q + 1, m.parentResourceId);
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.displayName = v;
                                else
                                    delete m.displayName;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if (!(m.annotations && m.annotations.length))
                                    m.annotations = [];
                                m.annotations.push($root.google.protobuf.Any.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.description = v;
                                else
                                    delete m.description;
                                continue;
                            }
                        case 6: {
                                if (u !== 0)
                                    break;
                                if (v = r.bool())
                                    m.batonResource = v;
                                else
                                    delete m.batonResource;
                                continue;
                            }
                        case 7: {
                                if (u !== 2)
                                    break;
                                m.externalId = $root.c1.connector.v2.ExternalId.decode(r, r.size(), $undefined, q + 1, m.externalId);
                                continue;
                            }
                        case 8: {
                                if (u !== 0)
                                    break;
                                if (v = r.int32())
                                    m.creationSource = v;
                                else
                                    delete m.creationSource;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Creates a Resource message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof c1.connector.v2.Resource
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {c1.connector.v2.Resource} Resource
                 */
                Resource.fromObject = function (d, q) {
                    if (d instanceof $root.c1.connector.v2.Resource)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".c1.connector.v2.Resource: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.c1.connector.v2.Resource();
                    if (d.id != null) {
                        if (!$util.isObject(d.id))
                            throw $TypeError(".c1.connector.v2.Resource.id: object expected");
                        m.id = $root.c1.connector.v2.ResourceId.fromObject(d.id, q + 1);
                    }
                    if (d.parentResourceId != null) {
                        if (!$util.isObject(d.parentResourceId))
                            throw $TypeError(".c1.connector.v2.Resource.parentResourceId: object expected");
                        m.parentResourceId = $root.c1.connector.v2.ResourceId.fromObject(d.parentResourceId, q + 1);
                    }
                    if (d.displayName != null) {
                        if (typeof d.displayName !== "string" || d.displayName.length) {
                            m.displayName = $String(d.displayName);
                        }
                    }
                    if (d.annotations) {
                        if (!$Array.isArray(d.annotations))
                            throw $TypeError(".c1.connector.v2.Resource.annotations: array expected");
                        m.annotations = $Array(d.annotations.length);
                        for (var i = 0; i < d.annotations.length; ++i) {
                            if (!$util.isObject(d.annotations[i]))
                                throw $TypeError(".c1.connector.v2.Resource.annotations: object expected");
                            m.annotations[i] = $root.google.protobuf.Any.fromObject(d.annotations[i], q + 1);
                        }
                    }
                    if (d.description != null) {
                        if (typeof d.description !== "string" || d.description.length) {
                            m.description = $String(d.description);
                        }
                    }
                    if (d.batonResource != null) {
                        if (d.batonResource) {
                            m.batonResource = $Boolean(d.batonResource);
                        }
                    }
                    if (d.externalId != null) {
                        if (!$util.isObject(d.externalId))
                            throw $TypeError(".c1.connector.v2.Resource.externalId: object expected");
                        m.externalId = $root.c1.connector.v2.ExternalId.fromObject(d.externalId, q + 1);
                    }
                    if (d.creationSource !== 0 && (typeof d.creationSource !== "string" || $root.c1.connector.v2.Resource.CreationSource[d.creationSource] !== 0)) {
                        switch (d.creationSource) {
                        case "CREATION_SOURCE_UNSPECIFIED":
                        case 0:
                            m.creationSource = 0;
                            break;
                        case "CREATION_SOURCE_CONNECTOR_LIST_RESOURCES":
                        case 1:
                            m.creationSource = 1;
                            break;
                        case "CREATION_SOURCE_CONNECTOR_LIST_GRANTS_PRINCIPAL_JIT":
                        case 2:
                            m.creationSource = 2;
                            break;
                        default:
                            if (typeof d.creationSource === "number" && (d.creationSource | 0) === d.creationSource)
                                m.creationSource = d.creationSource;
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a Resource message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof c1.connector.v2.Resource
                 * @static
                 * @param {c1.connector.v2.Resource} m Resource
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Resource.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.annotations = [];
                    }
                    if (o.defaults) {
                        d.id = null;
                        d.parentResourceId = null;
                        d.displayName = "";
                        d.description = "";
                        d.batonResource = false;
                        d.externalId = null;
                        d.creationSource = o.enums === $String ? "CREATION_SOURCE_UNSPECIFIED" : 0;
                    }
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                        d.id = $root.c1.connector.v2.ResourceId.toObject(m.id, o, q + 1);
                    }
                    if (m.parentResourceId != null && $Object.hasOwnProperty.call(m, "parentResourceId")) {
                        d.parentResourceId = $root.c1.connector.v2.ResourceId.toObject(m.parentResourceId, o, q + 1);
                    }
                    if (m.displayName != null && $Object.hasOwnProperty.call(m, "displayName")) {
                        d.displayName = m.displayName;
                    }
                    if (m.annotations && m.annotations.length) {
                        d.annotations = $Array(m.annotations.length);
                        for (var j = 0; j < m.annotations.length; ++j) {
                            d.annotations[j] = $root.google.protobuf.Any.toObject(m.annotations[j], o, q + 1);
                        }
                    }
                    if (m.description != null && $Object.hasOwnProperty.call(m, "description")) {
                        d.description = m.description;
                    }
                    if (m.batonResource != null && $Object.hasOwnProperty.call(m, "batonResource")) {
                        d.batonResource = m.batonResource;
                    }
                    if (m.externalId != null && $Object.hasOwnProperty.call(m, "externalId")) {
                        d.externalId = $root.c1.connector.v2.ExternalId.toObject(m.externalId, o, q + 1);
                    }
                    if (m.creationSource != null && $Object.hasOwnProperty.call(m, "creationSource")) {
                        d.creationSource = o.enums === $String ? $root.c1.connector.v2.Resource.CreationSource[m.creationSource] === $undefined ? m.creationSource : $root.c1.connector.v2.Resource.CreationSource[m.creationSource] : m.creationSource;
                    }
                    return d;
                };

                /**
                 * Converts this Resource to JSON.
                 * @function toJSON
                 * @memberof c1.connector.v2.Resource
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Resource.prototype.toJSON = function() {
                    return Resource.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Resource
                 * @function getTypeUrl
                 * @memberof c1.connector.v2.Resource
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Resource.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/c1.connector.v2.Resource";
                };

                /**
                 * CreationSource enum.
                 * @name c1.connector.v2.Resource.CreationSource
                 * @enum {number}
                 * @property {number} CREATION_SOURCE_UNSPECIFIED=0 CREATION_SOURCE_UNSPECIFIED value
                 * @property {number} CREATION_SOURCE_CONNECTOR_LIST_RESOURCES=1 CREATION_SOURCE_CONNECTOR_LIST_RESOURCES value
                 * @property {number} CREATION_SOURCE_CONNECTOR_LIST_GRANTS_PRINCIPAL_JIT=2 CREATION_SOURCE_CONNECTOR_LIST_GRANTS_PRINCIPAL_JIT value
                 */
                Resource.CreationSource = (function() {
                    const valuesById = $Object.create(null), values = $Object.create(valuesById);
                    values[valuesById[0] = "CREATION_SOURCE_UNSPECIFIED"] = 0;
                    values[valuesById[1] = "CREATION_SOURCE_CONNECTOR_LIST_RESOURCES"] = 1;
                    values[valuesById[2] = "CREATION_SOURCE_CONNECTOR_LIST_GRANTS_PRINCIPAL_JIT"] = 2;
                    return values;
                })();

                return Resource;
            })();

            v2.AssetRef = (function() {

                /**
                 * Properties of an AssetRef.
                 * @typedef {Object} c1.connector.v2.AssetRef.$Properties
                 * @property {string|null} [id] AssetRef id
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an AssetRef.
                 * @memberof c1.connector.v2
                 * @interface IAssetRef
                 * @augments c1.connector.v2.AssetRef.$Properties
                 * @deprecated Use c1.connector.v2.AssetRef.$Properties instead.
                 */

                /**
                 * Shape of an AssetRef.
                 * @typedef {c1.connector.v2.AssetRef.$Properties} c1.connector.v2.AssetRef.$Shape
                 */

                /**
                 * Constructs a new AssetRef.
                 * @memberof c1.connector.v2
                 * @classdesc Represents an AssetRef.
                 * @constructor
                 * @param {c1.connector.v2.AssetRef.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const AssetRef = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * AssetRef id.
                 * @member {string} id
                 * @memberof c1.connector.v2.AssetRef
                 * @instance
                 */
                AssetRef.prototype.id = "";

                /**
                 * Creates a new AssetRef instance using the specified properties.
                 * @function create
                 * @memberof c1.connector.v2.AssetRef
                 * @static
                 * @param {c1.connector.v2.AssetRef.$Properties=} [properties] Properties to set
                 * @returns {c1.connector.v2.AssetRef} AssetRef instance
                 * @type {{
                 *   (properties: c1.connector.v2.AssetRef.$Shape): c1.connector.v2.AssetRef & c1.connector.v2.AssetRef.$Shape;
                 *   (properties?: c1.connector.v2.AssetRef.$Properties): c1.connector.v2.AssetRef;
                 * }}
                 */
                AssetRef.create = function(properties) {
                    return new AssetRef(properties);
                };

                /**
                 * Encodes the specified AssetRef message. Does not implicitly {@link c1.connector.v2.AssetRef.verify|verify} messages.
                 * @function encode
                 * @memberof c1.connector.v2.AssetRef
                 * @static
                 * @param {c1.connector.v2.AssetRef.$Properties} m AssetRef message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AssetRef.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes an AssetRef message from the specified reader or buffer.
                 * @function decode
                 * @memberof c1.connector.v2.AssetRef
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {c1.connector.v2.AssetRef & c1.connector.v2.AssetRef.$Shape} AssetRef
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AssetRef.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.c1.connector.v2.AssetRef();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.id = v;
                                else
                                    delete m.id;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Creates an AssetRef message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof c1.connector.v2.AssetRef
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {c1.connector.v2.AssetRef} AssetRef
                 */
                AssetRef.fromObject = function (d, q) {
                    if (d instanceof $root.c1.connector.v2.AssetRef)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".c1.connector.v2.AssetRef: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.c1.connector.v2.AssetRef();
                    if (d.id != null) {
                        if (typeof d.id !== "string" || d.id.length) {
                            m.id = $String(d.id);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from an AssetRef message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof c1.connector.v2.AssetRef
                 * @static
                 * @param {c1.connector.v2.AssetRef} m AssetRef
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                AssetRef.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.id = "";
                    }
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                        d.id = m.id;
                    }
                    return d;
                };

                /**
                 * Converts this AssetRef to JSON.
                 * @function toJSON
                 * @memberof c1.connector.v2.AssetRef
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                AssetRef.prototype.toJSON = function() {
                    return AssetRef.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for AssetRef
                 * @function getTypeUrl
                 * @memberof c1.connector.v2.AssetRef
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                AssetRef.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/c1.connector.v2.AssetRef";
                };

                return AssetRef;
            })();

            v2.Entitlement = (function() {

                /**
                 * Properties of an Entitlement.
                 * @typedef {Object} c1.connector.v2.Entitlement.$Properties
                 * @property {c1.connector.v2.Resource.$Properties|null} [resource] Entitlement resource
                 * @property {string|null} [id] Entitlement id
                 * @property {string|null} [displayName] Entitlement displayName
                 * @property {string|null} [description] Entitlement description
                 * @property {Array.<c1.connector.v2.ResourceType.$Properties>|null} [grantableTo] Entitlement grantableTo
                 * @property {Array.<google.protobuf.Any.$Properties>|null} [annotations] Entitlement annotations
                 * @property {c1.connector.v2.Entitlement.PurposeValue|null} [purpose] Entitlement purpose
                 * @property {string|null} [slug] Entitlement slug
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Entitlement.
                 * @memberof c1.connector.v2
                 * @interface IEntitlement
                 * @augments c1.connector.v2.Entitlement.$Properties
                 * @deprecated Use c1.connector.v2.Entitlement.$Properties instead.
                 */

                /**
                 * Shape of an Entitlement.
                 * @typedef {c1.connector.v2.Entitlement.$Properties} c1.connector.v2.Entitlement.$Shape
                 */

                /**
                 * Constructs a new Entitlement.
                 * @memberof c1.connector.v2
                 * @classdesc Represents an Entitlement.
                 * @constructor
                 * @param {c1.connector.v2.Entitlement.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Entitlement = function (p) {
                    this.grantableTo = [];
                    this.annotations = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Entitlement resource.
                 * @member {c1.connector.v2.Resource.$Properties|null|undefined} resource
                 * @memberof c1.connector.v2.Entitlement
                 * @instance
                 */
                Entitlement.prototype.resource = null;

                /**
                 * Entitlement id.
                 * @member {string} id
                 * @memberof c1.connector.v2.Entitlement
                 * @instance
                 */
                Entitlement.prototype.id = "";

                /**
                 * Entitlement displayName.
                 * @member {string} displayName
                 * @memberof c1.connector.v2.Entitlement
                 * @instance
                 */
                Entitlement.prototype.displayName = "";

                /**
                 * Entitlement description.
                 * @member {string} description
                 * @memberof c1.connector.v2.Entitlement
                 * @instance
                 */
                Entitlement.prototype.description = "";

                /**
                 * Entitlement grantableTo.
                 * @member {Array.<c1.connector.v2.ResourceType.$Properties>} grantableTo
                 * @memberof c1.connector.v2.Entitlement
                 * @instance
                 */
                Entitlement.prototype.grantableTo = $util.emptyArray;

                /**
                 * Entitlement annotations.
                 * @member {Array.<google.protobuf.Any.$Properties>} annotations
                 * @memberof c1.connector.v2.Entitlement
                 * @instance
                 */
                Entitlement.prototype.annotations = $util.emptyArray;

                /**
                 * Entitlement purpose.
                 * @member {c1.connector.v2.Entitlement.PurposeValue} purpose
                 * @memberof c1.connector.v2.Entitlement
                 * @instance
                 */
                Entitlement.prototype.purpose = 0;

                /**
                 * Entitlement slug.
                 * @member {string} slug
                 * @memberof c1.connector.v2.Entitlement
                 * @instance
                 */
                Entitlement.prototype.slug = "";

                /**
                 * Creates a new Entitlement instance using the specified properties.
                 * @function create
                 * @memberof c1.connector.v2.Entitlement
                 * @static
                 * @param {c1.connector.v2.Entitlement.$Properties=} [properties] Properties to set
                 * @returns {c1.connector.v2.Entitlement} Entitlement instance
                 * @type {{
                 *   (properties: c1.connector.v2.Entitlement.$Shape): c1.connector.v2.Entitlement & c1.connector.v2.Entitlement.$Shape;
                 *   (properties?: c1.connector.v2.Entitlement.$Properties): c1.connector.v2.Entitlement;
                 * }}
                 */
                Entitlement.create = function(properties) {
                    return new Entitlement(properties);
                };

                /**
                 * Encodes the specified Entitlement message. Does not implicitly {@link c1.connector.v2.Entitlement.verify|verify} messages.
                 * @function encode
                 * @memberof c1.connector.v2.Entitlement
                 * @static
                 * @param {c1.connector.v2.Entitlement.$Properties} m Entitlement message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Entitlement.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.resource != null && $Object.hasOwnProperty.call(m, "resource"))
                        $root.c1.connector.v2.Resource.encode(m.resource, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.id);
                    if (m.displayName != null && $Object.hasOwnProperty.call(m, "displayName") && m.displayName !== "")
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.displayName);
                    if (m.description != null && $Object.hasOwnProperty.call(m, "description") && m.description !== "")
                        w.uint32(/* id 4, wireType 2 =*/34).string(m.description);
                    if (m.grantableTo != null && m.grantableTo.length) {
                        for (var i = 0; i < m.grantableTo.length; ++i)
                            $root.c1.connector.v2.ResourceType.encode(m.grantableTo[i], w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                    }
                    if (m.annotations != null && m.annotations.length) {
                        for (var i = 0; i < m.annotations.length; ++i)
                            $root.google.protobuf.Any.encode(m.annotations[i], w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                    }
                    if (m.purpose != null && $Object.hasOwnProperty.call(m, "purpose") && m.purpose !== 0)
                        w.uint32(/* id 7, wireType 0 =*/56).int32(m.purpose);
                    if (m.slug != null && $Object.hasOwnProperty.call(m, "slug") && m.slug !== "")
                        w.uint32(/* id 8, wireType 2 =*/66).string(m.slug);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes an Entitlement message from the specified reader or buffer.
                 * @function decode
                 * @memberof c1.connector.v2.Entitlement
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {c1.connector.v2.Entitlement & c1.connector.v2.Entitlement.$Shape} Entitlement
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Entitlement.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.c1.connector.v2.Entitlement();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                m.resource = $root.c1.connector.v2.Resource.decode(r, r.size(), $undefined, q + 1, m.resource);
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.id = v;
                                else
                                    delete m.id;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.displayName = v;
                                else
                                    delete m.displayName;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.description = v;
                                else
                                    delete m.description;
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                if (!(m.grantableTo && m.grantableTo.length))
                                    m.grantableTo = [];
                                m.grantableTo.push($root.c1.connector.v2.ResourceType.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        case 6: {
                                if (u !== 2)
                                    break;
                                if (!(m.annotations && m.annotations.length))
                                    m.annotations = [];
                                m.annotations.push($root.google.protobuf.Any.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        case 7: {
                                if (u !== 0)
                                    break;
                                if (v = r.int32())
                                    m.purpose = v;
                                else
                                    delete m.purpose;
                                continue;
                            }
                        case 8: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.slug = v;
                                else
                                    delete m.slug;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Creates an Entitlement message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof c1.connector.v2.Entitlement
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {c1.connector.v2.Entitlement} Entitlement
                 */
                Entitlement.fromObject = function (d, q) {
                    if (d instanceof $root.c1.connector.v2.Entitlement)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".c1.connector.v2.Entitlement: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.c1.connector.v2.Entitlement();
                    if (d.resource != null) {
                        if (!$util.isObject(d.resource))
                            throw $TypeError(".c1.connector.v2.Entitlement.resource: object expected");
                        m.resource = $root.c1.connector.v2.Resource.fromObject(d.resource, q + 1);
                    }
                    if (d.id != null) {
                        if (typeof d.id !== "string" || d.id.length) {
                            m.id = $String(d.id);
                        }
                    }
                    if (d.displayName != null) {
                        if (typeof d.displayName !== "string" || d.displayName.length) {
                            m.displayName = $String(d.displayName);
                        }
                    }
                    if (d.description != null) {
                        if (typeof d.description !== "string" || d.description.length) {
                            m.description = $String(d.description);
                        }
                    }
                    if (d.grantableTo) {
                        if (!$Array.isArray(d.grantableTo))
                            throw $TypeError(".c1.connector.v2.Entitlement.grantableTo: array expected");
                        m.grantableTo = $Array(d.grantableTo.length);
                        for (var i = 0; i < d.grantableTo.length; ++i) {
                            if (!$util.isObject(d.grantableTo[i]))
                                throw $TypeError(".c1.connector.v2.Entitlement.grantableTo: object expected");
                            m.grantableTo[i] = $root.c1.connector.v2.ResourceType.fromObject(d.grantableTo[i], q + 1);
                        }
                    }
                    if (d.annotations) {
                        if (!$Array.isArray(d.annotations))
                            throw $TypeError(".c1.connector.v2.Entitlement.annotations: array expected");
                        m.annotations = $Array(d.annotations.length);
                        for (var i = 0; i < d.annotations.length; ++i) {
                            if (!$util.isObject(d.annotations[i]))
                                throw $TypeError(".c1.connector.v2.Entitlement.annotations: object expected");
                            m.annotations[i] = $root.google.protobuf.Any.fromObject(d.annotations[i], q + 1);
                        }
                    }
                    if (d.purpose !== 0 && (typeof d.purpose !== "string" || $root.c1.connector.v2.Entitlement.PurposeValue[d.purpose] !== 0)) {
                        switch (d.purpose) {
                        case "PURPOSE_VALUE_UNSPECIFIED":
                        case 0:
                            m.purpose = 0;
                            break;
                        case "PURPOSE_VALUE_ASSIGNMENT":
                        case 1:
                            m.purpose = 1;
                            break;
                        case "PURPOSE_VALUE_PERMISSION":
                        case 2:
                            m.purpose = 2;
                            break;
                        case "PURPOSE_VALUE_OWNERSHIP":
                        case 3:
                            m.purpose = 3;
                            break;
                        default:
                            if (typeof d.purpose === "number" && (d.purpose | 0) === d.purpose)
                                m.purpose = d.purpose;
                        }
                    }
                    if (d.slug != null) {
                        if (typeof d.slug !== "string" || d.slug.length) {
                            m.slug = $String(d.slug);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from an Entitlement message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof c1.connector.v2.Entitlement
                 * @static
                 * @param {c1.connector.v2.Entitlement} m Entitlement
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Entitlement.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.grantableTo = [];
                        d.annotations = [];
                    }
                    if (o.defaults) {
                        d.resource = null;
                        d.id = "";
                        d.displayName = "";
                        d.description = "";
                        d.purpose = o.enums === $String ? "PURPOSE_VALUE_UNSPECIFIED" : 0;
                        d.slug = "";
                    }
                    if (m.resource != null && $Object.hasOwnProperty.call(m, "resource")) {
                        d.resource = $root.c1.connector.v2.Resource.toObject(m.resource, o, q + 1);
                    }
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                        d.id = m.id;
                    }
                    if (m.displayName != null && $Object.hasOwnProperty.call(m, "displayName")) {
                        d.displayName = m.displayName;
                    }
                    if (m.description != null && $Object.hasOwnProperty.call(m, "description")) {
                        d.description = m.description;
                    }
                    if (m.grantableTo && m.grantableTo.length) {
                        d.grantableTo = $Array(m.grantableTo.length);
                        for (var j = 0; j < m.grantableTo.length; ++j) {
                            d.grantableTo[j] = $root.c1.connector.v2.ResourceType.toObject(m.grantableTo[j], o, q + 1);
                        }
                    }
                    if (m.annotations && m.annotations.length) {
                        d.annotations = $Array(m.annotations.length);
                        for (var j = 0; j < m.annotations.length; ++j) {
                            d.annotations[j] = $root.google.protobuf.Any.toObject(m.annotations[j], o, q + 1);
                        }
                    }
                    if (m.purpose != null && $Object.hasOwnProperty.call(m, "purpose")) {
                        d.purpose = o.enums === $String ? $root.c1.connector.v2.Entitlement.PurposeValue[m.purpose] === $undefined ? m.purpose : $root.c1.connector.v2.Entitlement.PurposeValue[m.purpose] : m.purpose;
                    }
                    if (m.slug != null && $Object.hasOwnProperty.call(m, "slug")) {
                        d.slug = m.slug;
                    }
                    return d;
                };

                /**
                 * Converts this Entitlement to JSON.
                 * @function toJSON
                 * @memberof c1.connector.v2.Entitlement
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Entitlement.prototype.toJSON = function() {
                    return Entitlement.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Entitlement
                 * @function getTypeUrl
                 * @memberof c1.connector.v2.Entitlement
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Entitlement.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/c1.connector.v2.Entitlement";
                };

                /**
                 * PurposeValue enum.
                 * @name c1.connector.v2.Entitlement.PurposeValue
                 * @enum {number}
                 * @property {number} PURPOSE_VALUE_UNSPECIFIED=0 PURPOSE_VALUE_UNSPECIFIED value
                 * @property {number} PURPOSE_VALUE_ASSIGNMENT=1 PURPOSE_VALUE_ASSIGNMENT value
                 * @property {number} PURPOSE_VALUE_PERMISSION=2 PURPOSE_VALUE_PERMISSION value
                 * @property {number} PURPOSE_VALUE_OWNERSHIP=3 PURPOSE_VALUE_OWNERSHIP value
                 */
                Entitlement.PurposeValue = (function() {
                    const valuesById = $Object.create(null), values = $Object.create(valuesById);
                    values[valuesById[0] = "PURPOSE_VALUE_UNSPECIFIED"] = 0;
                    values[valuesById[1] = "PURPOSE_VALUE_ASSIGNMENT"] = 1;
                    values[valuesById[2] = "PURPOSE_VALUE_PERMISSION"] = 2;
                    values[valuesById[3] = "PURPOSE_VALUE_OWNERSHIP"] = 3;
                    return values;
                })();

                return Entitlement;
            })();

            v2.GrantSources = (function() {

                /**
                 * Properties of a GrantSources.
                 * @typedef {Object} c1.connector.v2.GrantSources.$Properties
                 * @property {Object.<string,c1.connector.v2.GrantSources.GrantSource.$Properties>|null} [sources] GrantSources sources
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a GrantSources.
                 * @memberof c1.connector.v2
                 * @interface IGrantSources
                 * @augments c1.connector.v2.GrantSources.$Properties
                 * @deprecated Use c1.connector.v2.GrantSources.$Properties instead.
                 */

                /**
                 * Shape of a GrantSources.
                 * @typedef {c1.connector.v2.GrantSources.$Properties} c1.connector.v2.GrantSources.$Shape
                 */

                /**
                 * Constructs a new GrantSources.
                 * @memberof c1.connector.v2
                 * @classdesc Represents a GrantSources.
                 * @constructor
                 * @param {c1.connector.v2.GrantSources.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const GrantSources = function (p) {
                    this.sources = {};
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * GrantSources sources.
                 * @member {Object.<string,c1.connector.v2.GrantSources.GrantSource.$Properties>} sources
                 * @memberof c1.connector.v2.GrantSources
                 * @instance
                 */
                GrantSources.prototype.sources = $util.emptyObject;

                /**
                 * Creates a new GrantSources instance using the specified properties.
                 * @function create
                 * @memberof c1.connector.v2.GrantSources
                 * @static
                 * @param {c1.connector.v2.GrantSources.$Properties=} [properties] Properties to set
                 * @returns {c1.connector.v2.GrantSources} GrantSources instance
                 * @type {{
                 *   (properties: c1.connector.v2.GrantSources.$Shape): c1.connector.v2.GrantSources & c1.connector.v2.GrantSources.$Shape;
                 *   (properties?: c1.connector.v2.GrantSources.$Properties): c1.connector.v2.GrantSources;
                 * }}
                 */
                GrantSources.create = function(properties) {
                    return new GrantSources(properties);
                };

                /**
                 * Encodes the specified GrantSources message. Does not implicitly {@link c1.connector.v2.GrantSources.verify|verify} messages.
                 * @function encode
                 * @memberof c1.connector.v2.GrantSources
                 * @static
                 * @param {c1.connector.v2.GrantSources.$Properties} m GrantSources message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GrantSources.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.sources != null && $Object.hasOwnProperty.call(m, "sources")) {
                        for (var ks = $Object.keys(m.sources), i = 0; i < ks.length; ++i) {
                            w.uint32(/* id 1, wireType 2 =*/10).fork().uint32(/* id 1, wireType 2 =*/10).string(ks[i]);
                            $root.c1.connector.v2.GrantSources.GrantSource.encode(m.sources[ks[i]], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim().ldelim();
                        }
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a GrantSources message from the specified reader or buffer.
                 * @function decode
                 * @memberof c1.connector.v2.GrantSources
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {c1.connector.v2.GrantSources & c1.connector.v2.GrantSources.$Shape} GrantSources
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GrantSources.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, k, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.c1.connector.v2.GrantSources();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if (m.sources === $util.emptyObject)
                                    m.sources = {};
                                var c2 = r.size() + r.pos;
                                if (c2 > r.len)
                                    throw $RangeError("index out of range");
                                r.len = c2;
                                k = "";
                                v = null;
                                while (r.pos < c2) {
                                    var t2 = r.tag();
                                    u = t2 & 7;
                                    switch (t2 >>>= 3) {
                                    case 1:
                                        if (u !== 2)
                                            break;
                                        k = r.stringVerify();
                                        continue;
                                    case 2:
                                        if (u !== 2)
                                            break;
                                        v = $root.c1.connector.v2.GrantSources.GrantSource.decode(r, r.size(), $undefined, q + 1, v);
                                        continue;
                                    }
                                    r.skipType(u, q, t2);
                                }
                                if (r.pos !== c2)
                                    throw $RangeError("index out of range");
                                r.len = c;
                                if (k === "__proto__")
                                    $util.makeProp(m.sources, k);
                                m.sources[k] = v || new $root.c1.connector.v2.GrantSources.GrantSource();
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Creates a GrantSources message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof c1.connector.v2.GrantSources
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {c1.connector.v2.GrantSources} GrantSources
                 */
                GrantSources.fromObject = function (d, q) {
                    if (d instanceof $root.c1.connector.v2.GrantSources)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".c1.connector.v2.GrantSources: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.c1.connector.v2.GrantSources();
                    if (d.sources) {
                        if (!$util.isObject(d.sources))
                            throw $TypeError(".c1.connector.v2.GrantSources.sources: object expected");
                        m.sources = {};
                        for (var ks = $Object.keys(d.sources), i = 0; i < ks.length; ++i) {
                            if (ks[i] === "__proto__")
                                $util.makeProp(m.sources, ks[i]);
                            if (!$util.isObject(d.sources[ks[i]]))
                                throw $TypeError(".c1.connector.v2.GrantSources.sources: object expected");
                            m.sources[ks[i]] = $root.c1.connector.v2.GrantSources.GrantSource.fromObject(d.sources[ks[i]], q + 1);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a GrantSources message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof c1.connector.v2.GrantSources
                 * @static
                 * @param {c1.connector.v2.GrantSources} m GrantSources
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                GrantSources.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.objects || o.defaults) {
                        d.sources = {};
                    }
                    var ks2;
                    if (m.sources && (ks2 = $Object.keys(m.sources)).length) {
                        d.sources = {};
                        for (var j = 0; j < ks2.length; ++j) {
                            if (ks2[j] === "__proto__")
                                $util.makeProp(d.sources, ks2[j]);
                            d.sources[ks2[j]] = $root.c1.connector.v2.GrantSources.GrantSource.toObject(m.sources[ks2[j]], o, q + 1);
                        }
                    }
                    return d;
                };

                /**
                 * Converts this GrantSources to JSON.
                 * @function toJSON
                 * @memberof c1.connector.v2.GrantSources
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                GrantSources.prototype.toJSON = function() {
                    return GrantSources.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for GrantSources
                 * @function getTypeUrl
                 * @memberof c1.connector.v2.GrantSources
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                GrantSources.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/c1.connector.v2.GrantSources";
                };

                GrantSources.GrantSource = (function() {

                    /**
                     * Properties of a GrantSource.
                     * @typedef {Object} c1.connector.v2.GrantSources.GrantSource.$Properties
                     * @property {boolean|null} [isDirect] GrantSource isDirect
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a GrantSource.
                     * @memberof c1.connector.v2.GrantSources
                     * @interface IGrantSource
                     * @augments c1.connector.v2.GrantSources.GrantSource.$Properties
                     * @deprecated Use c1.connector.v2.GrantSources.GrantSource.$Properties instead.
                     */

                    /**
                     * Shape of a GrantSource.
                     * @typedef {c1.connector.v2.GrantSources.GrantSource.$Properties} c1.connector.v2.GrantSources.GrantSource.$Shape
                     */

                    /**
                     * Constructs a new GrantSource.
                     * @memberof c1.connector.v2.GrantSources
                     * @classdesc Represents a GrantSource.
                     * @constructor
                     * @param {c1.connector.v2.GrantSources.GrantSource.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const GrantSource = function (p) {
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * GrantSource isDirect.
                     * @member {boolean} isDirect
                     * @memberof c1.connector.v2.GrantSources.GrantSource
                     * @instance
                     */
                    GrantSource.prototype.isDirect = false;

                    /**
                     * Creates a new GrantSource instance using the specified properties.
                     * @function create
                     * @memberof c1.connector.v2.GrantSources.GrantSource
                     * @static
                     * @param {c1.connector.v2.GrantSources.GrantSource.$Properties=} [properties] Properties to set
                     * @returns {c1.connector.v2.GrantSources.GrantSource} GrantSource instance
                     * @type {{
                     *   (properties: c1.connector.v2.GrantSources.GrantSource.$Shape): c1.connector.v2.GrantSources.GrantSource & c1.connector.v2.GrantSources.GrantSource.$Shape;
                     *   (properties?: c1.connector.v2.GrantSources.GrantSource.$Properties): c1.connector.v2.GrantSources.GrantSource;
                     * }}
                     */
                    GrantSource.create = function(properties) {
                        return new GrantSource(properties);
                    };

                    /**
                     * Encodes the specified GrantSource message. Does not implicitly {@link c1.connector.v2.GrantSources.GrantSource.verify|verify} messages.
                     * @function encode
                     * @memberof c1.connector.v2.GrantSources.GrantSource
                     * @static
                     * @param {c1.connector.v2.GrantSources.GrantSource.$Properties} m GrantSource message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    GrantSource.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.isDirect != null && $Object.hasOwnProperty.call(m, "isDirect") && m.isDirect !== false)
                            w.uint32(/* id 1, wireType 0 =*/8).bool(m.isDirect);
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes a GrantSource message from the specified reader or buffer.
                     * @function decode
                     * @memberof c1.connector.v2.GrantSources.GrantSource
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {c1.connector.v2.GrantSources.GrantSource & c1.connector.v2.GrantSources.GrantSource.$Shape} GrantSource
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    GrantSource.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.c1.connector.v2.GrantSources.GrantSource();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 0)
                                        break;
                                    if (v = r.bool())
                                        m.isDirect = v;
                                    else
                                        delete m.isDirect;
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Creates a GrantSource message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof c1.connector.v2.GrantSources.GrantSource
                     * @static
                     * @param {Object.<string,*>} d Plain object
                     * @returns {c1.connector.v2.GrantSources.GrantSource} GrantSource
                     */
                    GrantSource.fromObject = function (d, q) {
                        if (d instanceof $root.c1.connector.v2.GrantSources.GrantSource)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".c1.connector.v2.GrantSources.GrantSource: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.c1.connector.v2.GrantSources.GrantSource();
                        if (d.isDirect != null) {
                            if (d.isDirect) {
                                m.isDirect = $Boolean(d.isDirect);
                            }
                        }
                        return m;
                    };

                    /**
                     * Creates a plain object from a GrantSource message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof c1.connector.v2.GrantSources.GrantSource
                     * @static
                     * @param {c1.connector.v2.GrantSources.GrantSource} m GrantSource
                     * @param {$protobuf.IConversionOptions} [o] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    GrantSource.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (o.defaults) {
                            d.isDirect = false;
                        }
                        if (m.isDirect != null && $Object.hasOwnProperty.call(m, "isDirect")) {
                            d.isDirect = m.isDirect;
                        }
                        return d;
                    };

                    /**
                     * Converts this GrantSource to JSON.
                     * @function toJSON
                     * @memberof c1.connector.v2.GrantSources.GrantSource
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    GrantSource.prototype.toJSON = function() {
                        return GrantSource.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for GrantSource
                     * @function getTypeUrl
                     * @memberof c1.connector.v2.GrantSources.GrantSource
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    GrantSource.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/c1.connector.v2.GrantSources.GrantSource";
                    };

                    return GrantSource;
                })();

                return GrantSources;
            })();

            v2.Grant = (function() {

                /**
                 * Properties of a Grant.
                 * @typedef {Object} c1.connector.v2.Grant.$Properties
                 * @property {c1.connector.v2.Entitlement.$Properties|null} [entitlement] Grant entitlement
                 * @property {c1.connector.v2.Resource.$Properties|null} [principal] Grant principal
                 * @property {string|null} [id] Grant id
                 * @property {c1.connector.v2.GrantSources.$Properties|null} [sources] Grant sources
                 * @property {Array.<google.protobuf.Any.$Properties>|null} [annotations] Grant annotations
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Grant.
                 * @memberof c1.connector.v2
                 * @interface IGrant
                 * @augments c1.connector.v2.Grant.$Properties
                 * @deprecated Use c1.connector.v2.Grant.$Properties instead.
                 */

                /**
                 * Shape of a Grant.
                 * @typedef {c1.connector.v2.Grant.$Properties} c1.connector.v2.Grant.$Shape
                 */

                /**
                 * Constructs a new Grant.
                 * @memberof c1.connector.v2
                 * @classdesc Represents a Grant.
                 * @constructor
                 * @param {c1.connector.v2.Grant.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Grant = function (p) {
                    this.annotations = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Grant entitlement.
                 * @member {c1.connector.v2.Entitlement.$Properties|null|undefined} entitlement
                 * @memberof c1.connector.v2.Grant
                 * @instance
                 */
                Grant.prototype.entitlement = null;

                /**
                 * Grant principal.
                 * @member {c1.connector.v2.Resource.$Properties|null|undefined} principal
                 * @memberof c1.connector.v2.Grant
                 * @instance
                 */
                Grant.prototype.principal = null;

                /**
                 * Grant id.
                 * @member {string} id
                 * @memberof c1.connector.v2.Grant
                 * @instance
                 */
                Grant.prototype.id = "";

                /**
                 * Grant sources.
                 * @member {c1.connector.v2.GrantSources.$Properties|null|undefined} sources
                 * @memberof c1.connector.v2.Grant
                 * @instance
                 */
                Grant.prototype.sources = null;

                /**
                 * Grant annotations.
                 * @member {Array.<google.protobuf.Any.$Properties>} annotations
                 * @memberof c1.connector.v2.Grant
                 * @instance
                 */
                Grant.prototype.annotations = $util.emptyArray;

                /**
                 * Creates a new Grant instance using the specified properties.
                 * @function create
                 * @memberof c1.connector.v2.Grant
                 * @static
                 * @param {c1.connector.v2.Grant.$Properties=} [properties] Properties to set
                 * @returns {c1.connector.v2.Grant} Grant instance
                 * @type {{
                 *   (properties: c1.connector.v2.Grant.$Shape): c1.connector.v2.Grant & c1.connector.v2.Grant.$Shape;
                 *   (properties?: c1.connector.v2.Grant.$Properties): c1.connector.v2.Grant;
                 * }}
                 */
                Grant.create = function(properties) {
                    return new Grant(properties);
                };

                /**
                 * Encodes the specified Grant message. Does not implicitly {@link c1.connector.v2.Grant.verify|verify} messages.
                 * @function encode
                 * @memberof c1.connector.v2.Grant
                 * @static
                 * @param {c1.connector.v2.Grant.$Properties} m Grant message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Grant.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.entitlement != null && $Object.hasOwnProperty.call(m, "entitlement"))
                        $root.c1.connector.v2.Entitlement.encode(m.entitlement, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (m.principal != null && $Object.hasOwnProperty.call(m, "principal"))
                        $root.c1.connector.v2.Resource.encode(m.principal, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.id);
                    if (m.annotations != null && m.annotations.length) {
                        for (var i = 0; i < m.annotations.length; ++i)
                            $root.google.protobuf.Any.encode(m.annotations[i], w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                    }
                    if (m.sources != null && $Object.hasOwnProperty.call(m, "sources"))
                        $root.c1.connector.v2.GrantSources.encode(m.sources, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a Grant message from the specified reader or buffer.
                 * @function decode
                 * @memberof c1.connector.v2.Grant
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {c1.connector.v2.Grant & c1.connector.v2.Grant.$Shape} Grant
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Grant.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.c1.connector.v2.Grant();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                m.entitlement = $root.c1.connector.v2.Entitlement.decode(r, r.size(), $undefined, q + 1, m.entitlement);
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                m.principal = $root.c1.connector.v2.Resource.decode(r, r.size(), $undefined, q + 1, m.principal);
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.id = v;
                                else
                                    delete m.id;
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                m.sources = $root.c1.connector.v2.GrantSources.decode(r, r.size(), $undefined, q + 1, m.sources);
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if (!(m.annotations && m.annotations.length))
                                    m.annotations = [];
                                m.annotations.push($root.google.protobuf.Any.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Creates a Grant message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof c1.connector.v2.Grant
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {c1.connector.v2.Grant} Grant
                 */
                Grant.fromObject = function (d, q) {
                    if (d instanceof $root.c1.connector.v2.Grant)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".c1.connector.v2.Grant: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.c1.connector.v2.Grant();
                    if (d.entitlement != null) {
                        if (!$util.isObject(d.entitlement))
                            throw $TypeError(".c1.connector.v2.Grant.entitlement: object expected");
                        m.entitlement = $root.c1.connector.v2.Entitlement.fromObject(d.entitlement, q + 1);
                    }
                    if (d.principal != null) {
                        if (!$util.isObject(d.principal))
                            throw $TypeError(".c1.connector.v2.Grant.principal: object expected");
                        m.principal = $root.c1.connector.v2.Resource.fromObject(d.principal, q + 1);
                    }
                    if (d.id != null) {
                        if (typeof d.id !== "string" || d.id.length) {
                            m.id = $String(d.id);
                        }
                    }
                    if (d.sources != null) {
                        if (!$util.isObject(d.sources))
                            throw $TypeError(".c1.connector.v2.Grant.sources: object expected");
                        m.sources = $root.c1.connector.v2.GrantSources.fromObject(d.sources, q + 1);
                    }
                    if (d.annotations) {
                        if (!$Array.isArray(d.annotations))
                            throw $TypeError(".c1.connector.v2.Grant.annotations: array expected");
                        m.annotations = $Array(d.annotations.length);
                        for (var i = 0; i < d.annotations.length; ++i) {
                            if (!$util.isObject(d.annotations[i]))
                                throw $TypeError(".c1.connector.v2.Grant.annotations: object expected");
                            m.annotations[i] = $root.google.protobuf.Any.fromObject(d.annotations[i], q + 1);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a Grant message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof c1.connector.v2.Grant
                 * @static
                 * @param {c1.connector.v2.Grant} m Grant
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Grant.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.annotations = [];
                    }
                    if (o.defaults) {
                        d.entitlement = null;
                        d.principal = null;
                        d.id = "";
                        d.sources = null;
                    }
                    if (m.entitlement != null && $Object.hasOwnProperty.call(m, "entitlement")) {
                        d.entitlement = $root.c1.connector.v2.Entitlement.toObject(m.entitlement, o, q + 1);
                    }
                    if (m.principal != null && $Object.hasOwnProperty.call(m, "principal")) {
                        d.principal = $root.c1.connector.v2.Resource.toObject(m.principal, o, q + 1);
                    }
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                        d.id = m.id;
                    }
                    if (m.annotations && m.annotations.length) {
                        d.annotations = $Array(m.annotations.length);
                        for (var j = 0; j < m.annotations.length; ++j) {
                            d.annotations[j] = $root.google.protobuf.Any.toObject(m.annotations[j], o, q + 1);
                        }
                    }
                    if (m.sources != null && $Object.hasOwnProperty.call(m, "sources")) {
                        d.sources = $root.c1.connector.v2.GrantSources.toObject(m.sources, o, q + 1);
                    }
                    return d;
                };

                /**
                 * Converts this Grant to JSON.
                 * @function toJSON
                 * @memberof c1.connector.v2.Grant
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Grant.prototype.toJSON = function() {
                    return Grant.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Grant
                 * @function getTypeUrl
                 * @memberof c1.connector.v2.Grant
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Grant.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/c1.connector.v2.Grant";
                };

                return Grant;
            })();

            return v2;
        })();

        return connector;
    })();

    return c1;
})();

export const google = $root.google = (() => {

    /**
     * Namespace google.
     * @exports google
     * @namespace
     */
    const google = {};

    google.protobuf = (function() {

        /**
         * Namespace protobuf.
         * @memberof google
         * @namespace
         */
        const protobuf = {};

        protobuf.Struct = (function() {

            /**
             * Properties of a Struct.
             * @typedef {Object} google.protobuf.Struct.$Properties
             * @property {Object.<string,google.protobuf.Value.$Properties>|null} [fields] Struct fields
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Struct.
             * @memberof google.protobuf
             * @interface IStruct
             * @augments google.protobuf.Struct.$Properties
             * @deprecated Use google.protobuf.Struct.$Properties instead.
             */

            /**
             * Shape of a Struct.
             * @typedef {{
             *   fields?: Object.<string,google.protobuf.Value.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} google.protobuf.Struct.$Shape
             */

            /**
             * Constructs a new Struct.
             * @memberof google.protobuf
             * @classdesc Represents a Struct.
             * @constructor
             * @param {google.protobuf.Struct.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Struct = function (p) {
                this.fields = {};
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Struct fields.
             * @member {Object.<string,google.protobuf.Value.$Properties>} fields
             * @memberof google.protobuf.Struct
             * @instance
             */
            Struct.prototype.fields = $util.emptyObject;

            /**
             * Creates a new Struct instance using the specified properties.
             * @function create
             * @memberof google.protobuf.Struct
             * @static
             * @param {google.protobuf.Struct.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.Struct} Struct instance
             * @type {{
             *   (properties: google.protobuf.Struct.$Shape): google.protobuf.Struct & google.protobuf.Struct.$Shape;
             *   (properties?: google.protobuf.Struct.$Properties): google.protobuf.Struct;
             * }}
             */
            Struct.create = function(properties) {
                return new Struct(properties);
            };

            /**
             * Encodes the specified Struct message. Does not implicitly {@link google.protobuf.Struct.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Struct
             * @static
             * @param {google.protobuf.Struct.$Properties} m Struct message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Struct.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.fields != null && $Object.hasOwnProperty.call(m, "fields")) {
                    for (var ks = $Object.keys(m.fields), i = 0; i < ks.length; ++i) {
                        w.uint32(/* id 1, wireType 2 =*/10).fork().uint32(/* id 1, wireType 2 =*/10).string(ks[i]);
                        $root.google.protobuf.Value.encode(m.fields[ks[i]], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim().ldelim();
                    }
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Struct message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Struct
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {google.protobuf.Struct & google.protobuf.Struct.$Shape} Struct
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Struct.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, k, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.google.protobuf.Struct();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (m.fields === $util.emptyObject)
                                m.fields = {};
                            var c2 = r.size() + r.pos;
                            if (c2 > r.len)
                                throw $RangeError("index out of range");
                            r.len = c2;
                            k = "";
                            v = null;
                            while (r.pos < c2) {
                                var t2 = r.tag();
                                u = t2 & 7;
                                switch (t2 >>>= 3) {
                                case 1:
                                    if (u !== 2)
                                        break;
                                    k = r.stringVerify();
                                    continue;
                                case 2:
                                    if (u !== 2)
                                        break;
                                    v = $root.google.protobuf.Value.decode(r, r.size(), $undefined, q + 1, v);
                                    continue;
                                }
                                r.skipType(u, q, t2);
                            }
                            if (r.pos !== c2)
                                throw $RangeError("index out of range");
                            r.len = c;
                            if (k === "__proto__")
                                $util.makeProp(m.fields, k);
                            m.fields[k] = v || new $root.google.protobuf.Value();
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a Struct message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.Struct
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {google.protobuf.Struct} Struct
             */
            Struct.fromObject = function (d, q) {
                if (d instanceof $root.google.protobuf.Struct)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".google.protobuf.Struct: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.google.protobuf.Struct();
                if (d.fields) {
                    if (!$util.isObject(d.fields))
                        throw $TypeError(".google.protobuf.Struct.fields: object expected");
                    m.fields = {};
                    for (var ks = $Object.keys(d.fields), i = 0; i < ks.length; ++i) {
                        if (ks[i] === "__proto__")
                            $util.makeProp(m.fields, ks[i]);
                        if (!$util.isObject(d.fields[ks[i]]))
                            throw $TypeError(".google.protobuf.Struct.fields: object expected");
                        m.fields[ks[i]] = $root.google.protobuf.Value.fromObject(d.fields[ks[i]], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Struct message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.Struct
             * @static
             * @param {google.protobuf.Struct} m Struct
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Struct.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.objects || o.defaults) {
                    d.fields = {};
                }
                var ks2;
                if (m.fields && (ks2 = $Object.keys(m.fields)).length) {
                    d.fields = {};
                    for (var j = 0; j < ks2.length; ++j) {
                        if (ks2[j] === "__proto__")
                            $util.makeProp(d.fields, ks2[j]);
                        d.fields[ks2[j]] = $root.google.protobuf.Value.toObject(m.fields[ks2[j]], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this Struct to JSON.
             * @function toJSON
             * @memberof google.protobuf.Struct
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Struct.prototype.toJSON = function() {
                return Struct.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Struct
             * @function getTypeUrl
             * @memberof google.protobuf.Struct
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Struct.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.Struct";
            };

            return Struct;
        })();

        protobuf.Value = (function() {

            /**
             * Properties of a Value.
             * @typedef {Object} google.protobuf.Value.$Properties
             * @property {google.protobuf.NullValue|null} [nullValue] Value nullValue
             * @property {number|null} [numberValue] Value numberValue
             * @property {string|null} [stringValue] Value stringValue
             * @property {boolean|null} [boolValue] Value boolValue
             * @property {google.protobuf.Struct.$Properties|null} [structValue] Value structValue
             * @property {google.protobuf.ListValue.$Properties|null} [listValue] Value listValue
             * @property {"nullValue"|"numberValue"|"stringValue"|"boolValue"|"structValue"|"listValue"} [kind] Value kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Value.
             * @memberof google.protobuf
             * @interface IValue
             * @augments google.protobuf.Value.$Properties
             * @deprecated Use google.protobuf.Value.$Properties instead.
             */

            /**
             * Narrowed shape of a Value.
             * @typedef {{
             *   nullValue?: google.protobuf.NullValue|null;
             *   numberValue?: number|null;
             *   stringValue?: string|null;
             *   boolValue?: boolean|null;
             *   structValue?: google.protobuf.Struct.$Shape|null;
             *   listValue?: google.protobuf.ListValue.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ kind?: undefined; nullValue?: null; numberValue?: null; stringValue?: null; boolValue?: null; structValue?: null; listValue?: null }|{ kind?: "nullValue"; nullValue: google.protobuf.NullValue; numberValue?: null; stringValue?: null; boolValue?: null; structValue?: null; listValue?: null }|{ kind?: "numberValue"; nullValue?: null; numberValue: number; stringValue?: null; boolValue?: null; structValue?: null; listValue?: null }|{ kind?: "stringValue"; nullValue?: null; numberValue?: null; stringValue: string; boolValue?: null; structValue?: null; listValue?: null }|{ kind?: "boolValue"; nullValue?: null; numberValue?: null; stringValue?: null; boolValue: boolean; structValue?: null; listValue?: null }|{ kind?: "structValue"; nullValue?: null; numberValue?: null; stringValue?: null; boolValue?: null; structValue: google.protobuf.Struct.$Shape; listValue?: null }|{ kind?: "listValue"; nullValue?: null; numberValue?: null; stringValue?: null; boolValue?: null; structValue?: null; listValue: google.protobuf.ListValue.$Shape })
             * )} google.protobuf.Value.$Shape
             */

            /**
             * Constructs a new Value.
             * @memberof google.protobuf
             * @classdesc Represents a Value.
             * @constructor
             * @param {google.protobuf.Value.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Value = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Value nullValue.
             * @member {google.protobuf.NullValue|null|undefined} nullValue
             * @memberof google.protobuf.Value
             * @instance
             */
            Value.prototype.nullValue = null;

            /**
             * Value numberValue.
             * @member {number|null|undefined} numberValue
             * @memberof google.protobuf.Value
             * @instance
             */
            Value.prototype.numberValue = null;

            /**
             * Value stringValue.
             * @member {string|null|undefined} stringValue
             * @memberof google.protobuf.Value
             * @instance
             */
            Value.prototype.stringValue = null;

            /**
             * Value boolValue.
             * @member {boolean|null|undefined} boolValue
             * @memberof google.protobuf.Value
             * @instance
             */
            Value.prototype.boolValue = null;

            /**
             * Value structValue.
             * @member {google.protobuf.Struct.$Properties|null|undefined} structValue
             * @memberof google.protobuf.Value
             * @instance
             */
            Value.prototype.structValue = null;

            /**
             * Value listValue.
             * @member {google.protobuf.ListValue.$Properties|null|undefined} listValue
             * @memberof google.protobuf.Value
             * @instance
             */
            Value.prototype.listValue = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Value kind.
             * @member {"nullValue"|"numberValue"|"stringValue"|"boolValue"|"structValue"|"listValue"|undefined} kind
             * @memberof google.protobuf.Value
             * @instance
             */
            $Object.defineProperty(Value.prototype, "kind", {
                get: $util.oneOfGetter($oneOfFields = ["nullValue", "numberValue", "stringValue", "boolValue", "structValue", "listValue"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Value instance using the specified properties.
             * @function create
             * @memberof google.protobuf.Value
             * @static
             * @param {google.protobuf.Value.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.Value} Value instance
             * @type {{
             *   (properties: google.protobuf.Value.$Shape): google.protobuf.Value & google.protobuf.Value.$Shape;
             *   (properties?: google.protobuf.Value.$Properties): google.protobuf.Value;
             * }}
             */
            Value.create = function(properties) {
                return new Value(properties);
            };

            /**
             * Encodes the specified Value message. Does not implicitly {@link google.protobuf.Value.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Value
             * @static
             * @param {google.protobuf.Value.$Properties} m Value message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Value.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.nullValue != null && $Object.hasOwnProperty.call(m, "nullValue"))
                    w.uint32(/* id 1, wireType 0 =*/8).int32(m.nullValue);
                if (m.numberValue != null && $Object.hasOwnProperty.call(m, "numberValue"))
                    w.uint32(/* id 2, wireType 1 =*/17).double(m.numberValue);
                if (m.stringValue != null && $Object.hasOwnProperty.call(m, "stringValue"))
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.stringValue);
                if (m.boolValue != null && $Object.hasOwnProperty.call(m, "boolValue"))
                    w.uint32(/* id 4, wireType 0 =*/32).bool(m.boolValue);
                if (m.structValue != null && $Object.hasOwnProperty.call(m, "structValue"))
                    $root.google.protobuf.Struct.encode(m.structValue, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (m.listValue != null && $Object.hasOwnProperty.call(m, "listValue"))
                    $root.google.protobuf.ListValue.encode(m.listValue, w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Value message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Value
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {google.protobuf.Value & google.protobuf.Value.$Shape} Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Value.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.google.protobuf.Value();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            m.nullValue = r.int32();
                            m.kind = "nullValue";
                            continue;
                        }
                    case 2: {
                            if (u !== 1)
                                break;
                            m.numberValue = r.double();
                            m.kind = "numberValue";
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.stringValue = r.stringVerify();
                            m.kind = "stringValue";
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            m.boolValue = r.bool();
                            m.kind = "boolValue";
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            m.structValue = $root.google.protobuf.Struct.decode(r, r.size(), $undefined, q + 1, m.structValue);
                            m.kind = "structValue";
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            m.listValue = $root.google.protobuf.ListValue.decode(r, r.size(), $undefined, q + 1, m.listValue);
                            m.kind = "listValue";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a Value message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.Value
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {google.protobuf.Value} Value
             */
            Value.fromObject = function (d, q) {
                if (d instanceof $root.google.protobuf.Value)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".google.protobuf.Value: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.google.protobuf.Value();
                switch (d.nullValue) {
                case "NULL_VALUE":
                case 0:
                    m.nullValue = 0;
                    break;
                default:
                    if (typeof d.nullValue === "number" && (d.nullValue | 0) === d.nullValue)
                        m.nullValue = d.nullValue;
                }
                if (d.numberValue != null) {
                    m.numberValue = $Number(d.numberValue);
                }
                if (d.stringValue != null) {
                    m.stringValue = $String(d.stringValue);
                }
                if (d.boolValue != null) {
                    m.boolValue = $Boolean(d.boolValue);
                }
                if (d.structValue != null) {
                    if (!$util.isObject(d.structValue))
                        throw $TypeError(".google.protobuf.Value.structValue: object expected");
                    m.structValue = $root.google.protobuf.Struct.fromObject(d.structValue, q + 1);
                }
                if (d.listValue != null) {
                    if (!$util.isObject(d.listValue))
                        throw $TypeError(".google.protobuf.Value.listValue: object expected");
                    m.listValue = $root.google.protobuf.ListValue.fromObject(d.listValue, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a Value message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.Value
             * @static
             * @param {google.protobuf.Value} m Value
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Value.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (m.nullValue != null && $Object.hasOwnProperty.call(m, "nullValue")) {
                    d.nullValue = o.enums === $String ? $root.google.protobuf.NullValue[m.nullValue] === $undefined ? m.nullValue : $root.google.protobuf.NullValue[m.nullValue] : m.nullValue;
                    if (o.oneofs)
                        d.kind = "nullValue";
                }
                if (m.numberValue != null && $Object.hasOwnProperty.call(m, "numberValue")) {
                    d.numberValue = o.json && !$isFinite(m.numberValue) ? $String(m.numberValue) : m.numberValue;
                    if (o.oneofs)
                        d.kind = "numberValue";
                }
                if (m.stringValue != null && $Object.hasOwnProperty.call(m, "stringValue")) {
                    d.stringValue = m.stringValue;
                    if (o.oneofs)
                        d.kind = "stringValue";
                }
                if (m.boolValue != null && $Object.hasOwnProperty.call(m, "boolValue")) {
                    d.boolValue = m.boolValue;
                    if (o.oneofs)
                        d.kind = "boolValue";
                }
                if (m.structValue != null && $Object.hasOwnProperty.call(m, "structValue")) {
                    d.structValue = $root.google.protobuf.Struct.toObject(m.structValue, o, q + 1);
                    if (o.oneofs)
                        d.kind = "structValue";
                }
                if (m.listValue != null && $Object.hasOwnProperty.call(m, "listValue")) {
                    d.listValue = $root.google.protobuf.ListValue.toObject(m.listValue, o, q + 1);
                    if (o.oneofs)
                        d.kind = "listValue";
                }
                return d;
            };

            /**
             * Converts this Value to JSON.
             * @function toJSON
             * @memberof google.protobuf.Value
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Value.prototype.toJSON = function() {
                return Value.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Value
             * @function getTypeUrl
             * @memberof google.protobuf.Value
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Value.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.Value";
            };

            return Value;
        })();

        /**
         * NullValue enum.
         * @name google.protobuf.NullValue
         * @enum {number}
         * @property {number} NULL_VALUE=0 NULL_VALUE value
         */
        protobuf.NullValue = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "NULL_VALUE"] = 0;
            return values;
        })();

        protobuf.ListValue = (function() {

            /**
             * Properties of a ListValue.
             * @typedef {Object} google.protobuf.ListValue.$Properties
             * @property {Array.<google.protobuf.Value.$Properties>|null} [values] ListValue values
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListValue.
             * @memberof google.protobuf
             * @interface IListValue
             * @augments google.protobuf.ListValue.$Properties
             * @deprecated Use google.protobuf.ListValue.$Properties instead.
             */

            /**
             * Shape of a ListValue.
             * @typedef {{
             *   values?: Array.<google.protobuf.Value.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} google.protobuf.ListValue.$Shape
             */

            /**
             * Constructs a new ListValue.
             * @memberof google.protobuf
             * @classdesc Represents a ListValue.
             * @constructor
             * @param {google.protobuf.ListValue.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListValue = function (p) {
                this.values = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ListValue values.
             * @member {Array.<google.protobuf.Value.$Properties>} values
             * @memberof google.protobuf.ListValue
             * @instance
             */
            ListValue.prototype.values = $util.emptyArray;

            /**
             * Creates a new ListValue instance using the specified properties.
             * @function create
             * @memberof google.protobuf.ListValue
             * @static
             * @param {google.protobuf.ListValue.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.ListValue} ListValue instance
             * @type {{
             *   (properties: google.protobuf.ListValue.$Shape): google.protobuf.ListValue & google.protobuf.ListValue.$Shape;
             *   (properties?: google.protobuf.ListValue.$Properties): google.protobuf.ListValue;
             * }}
             */
            ListValue.create = function(properties) {
                return new ListValue(properties);
            };

            /**
             * Encodes the specified ListValue message. Does not implicitly {@link google.protobuf.ListValue.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.ListValue
             * @static
             * @param {google.protobuf.ListValue.$Properties} m ListValue message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListValue.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.values != null && m.values.length) {
                    for (var i = 0; i < m.values.length; ++i)
                        $root.google.protobuf.Value.encode(m.values[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ListValue message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.ListValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {google.protobuf.ListValue & google.protobuf.ListValue.$Shape} ListValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListValue.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.google.protobuf.ListValue();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.values && m.values.length))
                                m.values = [];
                            m.values.push($root.google.protobuf.Value.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a ListValue message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.ListValue
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {google.protobuf.ListValue} ListValue
             */
            ListValue.fromObject = function (d, q) {
                if (d instanceof $root.google.protobuf.ListValue)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".google.protobuf.ListValue: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.google.protobuf.ListValue();
                if (d.values) {
                    if (!$Array.isArray(d.values))
                        throw $TypeError(".google.protobuf.ListValue.values: array expected");
                    m.values = $Array(d.values.length);
                    for (var i = 0; i < d.values.length; ++i) {
                        if (!$util.isObject(d.values[i]))
                            throw $TypeError(".google.protobuf.ListValue.values: object expected");
                        m.values[i] = $root.google.protobuf.Value.fromObject(d.values[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ListValue message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.ListValue
             * @static
             * @param {google.protobuf.ListValue} m ListValue
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ListValue.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.values = [];
                }
                if (m.values && m.values.length) {
                    d.values = $Array(m.values.length);
                    for (var j = 0; j < m.values.length; ++j) {
                        d.values[j] = $root.google.protobuf.Value.toObject(m.values[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this ListValue to JSON.
             * @function toJSON
             * @memberof google.protobuf.ListValue
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ListValue.prototype.toJSON = function() {
                return ListValue.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ListValue
             * @function getTypeUrl
             * @memberof google.protobuf.ListValue
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ListValue.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.ListValue";
            };

            return ListValue;
        })();

        protobuf.Timestamp = (function() {

            /**
             * Properties of a Timestamp.
             * @typedef {Object} google.protobuf.Timestamp.$Properties
             * @property {number|null} [seconds] Timestamp seconds
             * @property {number|null} [nanos] Timestamp nanos
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Timestamp.
             * @memberof google.protobuf
             * @interface ITimestamp
             * @augments google.protobuf.Timestamp.$Properties
             * @deprecated Use google.protobuf.Timestamp.$Properties instead.
             */

            /**
             * Shape of a Timestamp.
             * @typedef {google.protobuf.Timestamp.$Properties} google.protobuf.Timestamp.$Shape
             */

            /**
             * Constructs a new Timestamp.
             * @memberof google.protobuf
             * @classdesc Represents a Timestamp.
             * @constructor
             * @param {google.protobuf.Timestamp.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Timestamp = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Timestamp seconds.
             * @member {number} seconds
             * @memberof google.protobuf.Timestamp
             * @instance
             */
            Timestamp.prototype.seconds = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Timestamp nanos.
             * @member {number} nanos
             * @memberof google.protobuf.Timestamp
             * @instance
             */
            Timestamp.prototype.nanos = 0;

            /**
             * Creates a new Timestamp instance using the specified properties.
             * @function create
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {google.protobuf.Timestamp.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.Timestamp} Timestamp instance
             * @type {{
             *   (properties: google.protobuf.Timestamp.$Shape): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;
             *   (properties?: google.protobuf.Timestamp.$Properties): google.protobuf.Timestamp;
             * }}
             */
            Timestamp.create = function(properties) {
                return new Timestamp(properties);
            };

            /**
             * Encodes the specified Timestamp message. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {google.protobuf.Timestamp.$Properties} m Timestamp message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Timestamp.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.seconds != null && $Object.hasOwnProperty.call(m, "seconds") && (typeof m.seconds === "object" ? m.seconds.low || m.seconds.high : m.seconds !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).int64(m.seconds);
                if (m.nanos != null && $Object.hasOwnProperty.call(m, "nanos") && m.nanos !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).int32(m.nanos);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Timestamp message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape} Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Timestamp.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.google.protobuf.Timestamp();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.seconds = v;
                            else
                                delete m.seconds;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.nanos = v;
                            else
                                delete m.nanos;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a Timestamp message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {google.protobuf.Timestamp} Timestamp
             */
            Timestamp.fromObject = function (d, q) {
                if (d instanceof $root.google.protobuf.Timestamp)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".google.protobuf.Timestamp: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.google.protobuf.Timestamp();
                if (d.seconds != null) {
                    if (typeof d.seconds === "object" ? d.seconds.low || d.seconds.high : $Number(d.seconds) !== 0) {
                        if ($util.Long)
                            m.seconds = $util.Long.fromValue(d.seconds, false);
                        else if (typeof d.seconds === "string")
                            m.seconds = $parseInt(d.seconds, 10);
                        else if (typeof d.seconds === "number")
                            m.seconds = d.seconds;
                        else if (typeof d.seconds === "object")
                            m.seconds = new $util.LongBits(d.seconds.low >>> 0, d.seconds.high >>> 0).toNumber();
                    }
                }
                if (d.nanos != null) {
                    if ($Number(d.nanos) !== 0) {
                        m.nanos = d.nanos | 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Timestamp message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {google.protobuf.Timestamp} m Timestamp
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Timestamp.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.seconds = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.seconds = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.nanos = 0;
                }
                if (m.seconds != null && $Object.hasOwnProperty.call(m, "seconds")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.seconds = typeof m.seconds === "number" ? $BigInt(m.seconds) : $util.Long.fromBits(m.seconds.low >>> 0, m.seconds.high >>> 0, false).toBigInt();
                    else if (typeof m.seconds === "number")
                        d.seconds = o.longs === $String ? $String(m.seconds) : m.seconds;
                    else
                        d.seconds = o.longs === $String ? $util.Long.prototype.toString.call(m.seconds) : o.longs === $Number ? new $util.LongBits(m.seconds.low >>> 0, m.seconds.high >>> 0).toNumber() : m.seconds;
                }
                if (m.nanos != null && $Object.hasOwnProperty.call(m, "nanos")) {
                    d.nanos = m.nanos;
                }
                return d;
            };

            /**
             * Converts this Timestamp to JSON.
             * @function toJSON
             * @memberof google.protobuf.Timestamp
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Timestamp.prototype.toJSON = function() {
                return Timestamp.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Timestamp
             * @function getTypeUrl
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Timestamp.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.Timestamp";
            };

            return Timestamp;
        })();

        protobuf.Any = (function() {

            /**
             * Properties of an Any.
             * @typedef {Object} google.protobuf.Any.$Properties
             * @property {string|null} [type_url] Any type_url
             * @property {Uint8Array|null} [value] Any value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Any.
             * @memberof google.protobuf
             * @interface IAny
             * @augments google.protobuf.Any.$Properties
             * @deprecated Use google.protobuf.Any.$Properties instead.
             */

            /**
             * Shape of an Any.
             * @typedef {google.protobuf.Any.$Properties} google.protobuf.Any.$Shape
             */

            /**
             * Constructs a new Any.
             * @memberof google.protobuf
             * @classdesc Represents an Any.
             * @constructor
             * @param {google.protobuf.Any.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Any = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Any type_url.
             * @member {string} type_url
             * @memberof google.protobuf.Any
             * @instance
             */
            Any.prototype.type_url = "";

            /**
             * Any value.
             * @member {Uint8Array} value
             * @memberof google.protobuf.Any
             * @instance
             */
            Any.prototype.value = $util.newBuffer([]);

            /**
             * Creates a new Any instance using the specified properties.
             * @function create
             * @memberof google.protobuf.Any
             * @static
             * @param {google.protobuf.Any.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.Any} Any instance
             * @type {{
             *   (properties: google.protobuf.Any.$Shape): google.protobuf.Any & google.protobuf.Any.$Shape;
             *   (properties?: google.protobuf.Any.$Properties): google.protobuf.Any;
             * }}
             */
            Any.create = function(properties) {
                return new Any(properties);
            };

            /**
             * Encodes the specified Any message. Does not implicitly {@link google.protobuf.Any.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Any
             * @static
             * @param {google.protobuf.Any.$Properties} m Any message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Any.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.type_url != null && $Object.hasOwnProperty.call(m, "type_url") && m.type_url !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.type_url);
                if (m.value != null && $Object.hasOwnProperty.call(m, "value") && m.value.length)
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.value);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an Any message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Any
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {google.protobuf.Any & google.protobuf.Any.$Shape} Any
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Any.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.google.protobuf.Any();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.type_url = v;
                            else
                                delete m.type_url;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.value = v;
                            else
                                delete m.value;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates an Any message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.Any
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {google.protobuf.Any} Any
             */
            Any.fromObject = function (d, q) {
                if (d instanceof $root.google.protobuf.Any)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".google.protobuf.Any: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.google.protobuf.Any();
                if (d.type_url != null) {
                    if (typeof d.type_url !== "string" || d.type_url.length) {
                        m.type_url = $String(d.type_url);
                    }
                }
                if (d.value != null) {
                    if (d.value.length) {
                        if (typeof d.value === "string")
                            $util.base64.decode(d.value, m.value = $util.newBuffer($util.base64.length(d.value)), 0);
                        else if (d.value.length >= 0)
                            m.value = d.value;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an Any message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.Any
             * @static
             * @param {google.protobuf.Any} m Any
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Any.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.type_url = "";
                    if (o.bytes === $String)
                        d.value = "";
                    else {
                        d.value = [];
                        if (o.bytes !== $Array)
                            d.value = $util.newBuffer(d.value);
                    }
                }
                if (m.type_url != null && $Object.hasOwnProperty.call(m, "type_url")) {
                    d.type_url = m.type_url;
                }
                if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                    d.value = o.bytes === $String ? $util.base64.encode(m.value, 0, m.value.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.value) : m.value;
                }
                return d;
            };

            /**
             * Converts this Any to JSON.
             * @function toJSON
             * @memberof google.protobuf.Any
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Any.prototype.toJSON = function() {
                return Any.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Any
             * @function getTypeUrl
             * @memberof google.protobuf.Any
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Any.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.Any";
            };

            return Any;
        })();

        return protobuf;
    })();

    return google;
})();

export {
  $root as default
};
