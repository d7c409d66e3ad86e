/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Boolean = $util.global.Boolean, $Array = $util.global.Array, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt;

// Exported root namespace
const $root = $protobuf.roots["baton-scim-cli"] || ($protobuf.roots["baton-scim-cli"] = {});

export const c1 = $root.c1 = (() => {

    /**
     * Namespace c1.
     * @exports c1
     * @namespace
     */
    const c1 = {};

    c1.connectorapi = (function() {

        /**
         * Namespace connectorapi.
         * @memberof c1
         * @namespace
         */
        const connectorapi = {};

        connectorapi.baton = (function() {

            /**
             * Namespace baton.
             * @memberof c1.connectorapi
             * @namespace
             */
            const baton = {};

            baton.v1 = (function() {

                /**
                 * Namespace v1.
                 * @memberof c1.connectorapi.baton
                 * @namespace
                 */
                const v1 = {};

                v1.Task = (function() {

                    /**
                     * Properties of a Task.
                     * @typedef {Object} c1.connectorapi.baton.v1.Task.$Properties
                     * @property {string|null} [id] Task id
                     * @property {c1.connectorapi.baton.v1.Task.NoneTask.$Properties|null} [none] Task none
                     * @property {c1.connectorapi.baton.v1.Task.HelloTask.$Properties|null} [hello] Task hello
                     * @property {c1.connectorapi.baton.v1.Task.SyncFullTask.$Properties|null} [syncFull] Task syncFull
                     * @property {c1.connectorapi.baton.v1.Task.GrantTask.$Properties|null} [grant] Task grant
                     * @property {c1.connectorapi.baton.v1.Task.RevokeTask.$Properties|null} [revoke] Task revoke
                     * @property {c1.connectorapi.baton.v1.Task.CreateAccountTask.$Properties|null} [createAccount] Task createAccount
                     * @property {c1.connectorapi.baton.v1.Task.CreateResourceTask.$Properties|null} [createResource] Task createResource
                     * @property {c1.connectorapi.baton.v1.Task.DeleteResourceTask.$Properties|null} [deleteResource] Task deleteResource
                     * @property {c1.connectorapi.baton.v1.Task.RotateCredentialsTask.$Properties|null} [rotateCredentials] Task rotateCredentials
                     * @property {c1.connectorapi.baton.v1.Task.EventFeedTask.$Properties|null} [eventFeed] Task eventFeed
                     * @property {c1.connectorapi.baton.v1.Task.CreateTicketTask.$Properties|null} [createTicketTask] Task createTicketTask
                     * @property {c1.connectorapi.baton.v1.Task.ListTicketSchemasTask.$Properties|null} [listTicketSchemas] Task listTicketSchemas
                     * @property {c1.connectorapi.baton.v1.Task.GetTicketTask.$Properties|null} [getTicket] Task getTicket
                     * @property {c1.connectorapi.baton.v1.Task.BulkCreateTicketsTask.$Properties|null} [bulkCreateTickets] Task bulkCreateTickets
                     * @property {c1.connectorapi.baton.v1.Task.BulkGetTicketsTask.$Properties|null} [bulkGetTickets] Task bulkGetTickets
                     * @property {c1.connectorapi.baton.v1.Task.ActionListSchemasTask.$Properties|null} [actionListSchemas] Task actionListSchemas
                     * @property {c1.connectorapi.baton.v1.Task.ActionGetSchemaTask.$Properties|null} [actionGetSchema] Task actionGetSchema
                     * @property {c1.connectorapi.baton.v1.Task.ActionInvokeTask.$Properties|null} [actionInvoke] Task actionInvoke
                     * @property {c1.connectorapi.baton.v1.Task.ActionStatusTask.$Properties|null} [actionStatus] Task actionStatus
                     * @property {c1.connectorapi.baton.v1.Task.CreateSyncDiffTask.$Properties|null} [createSyncDiff] Task createSyncDiff
                     * @property {c1.connectorapi.baton.v1.Task.CompactSyncs.$Properties|null} [compactSyncs] Task compactSyncs
                     * @property {c1.connectorapi.baton.v1.Task.ListEventFeedsTask.$Properties|null} [listEventFeeds] Task listEventFeeds
                     * @property {c1.connectorapi.baton.v1.Task.ListEventsTask.$Properties|null} [listEvents] Task listEvents
                     * @property {c1.connectorapi.baton.v1.Task.IssueCredentialTask.$Properties|null} [issueCredential] Task issueCredential
                     * @property {boolean|null} [debug] Task debug
                     * @property {"none"|"hello"|"syncFull"|"grant"|"revoke"|"createAccount"|"createResource"|"deleteResource"|"rotateCredentials"|"eventFeed"|"createTicketTask"|"listTicketSchemas"|"getTicket"|"bulkCreateTickets"|"bulkGetTickets"|"actionListSchemas"|"actionGetSchema"|"actionInvoke"|"actionStatus"|"createSyncDiff"|"compactSyncs"|"listEventFeeds"|"listEvents"|"issueCredential"} [taskType] Task taskType
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a Task.
                     * @memberof c1.connectorapi.baton.v1
                     * @interface ITask
                     * @augments c1.connectorapi.baton.v1.Task.$Properties
                     * @deprecated Use c1.connectorapi.baton.v1.Task.$Properties instead.
                     */

                    /**
                     * Narrowed shape of a Task.
                     * @typedef {{
                     *   id?: string|null;
                     *   none?: c1.connectorapi.baton.v1.Task.NoneTask.$Shape|null;
                     *   hello?: c1.connectorapi.baton.v1.Task.HelloTask.$Shape|null;
                     *   syncFull?: c1.connectorapi.baton.v1.Task.SyncFullTask.$Shape|null;
                     *   grant?: c1.connectorapi.baton.v1.Task.GrantTask.$Shape|null;
                     *   revoke?: c1.connectorapi.baton.v1.Task.RevokeTask.$Shape|null;
                     *   createAccount?: c1.connectorapi.baton.v1.Task.CreateAccountTask.$Shape|null;
                     *   createResource?: c1.connectorapi.baton.v1.Task.CreateResourceTask.$Shape|null;
                     *   deleteResource?: c1.connectorapi.baton.v1.Task.DeleteResourceTask.$Shape|null;
                     *   rotateCredentials?: c1.connectorapi.baton.v1.Task.RotateCredentialsTask.$Shape|null;
                     *   eventFeed?: c1.connectorapi.baton.v1.Task.EventFeedTask.$Shape|null;
                     *   createTicketTask?: c1.connectorapi.baton.v1.Task.CreateTicketTask.$Shape|null;
                     *   listTicketSchemas?: c1.connectorapi.baton.v1.Task.ListTicketSchemasTask.$Shape|null;
                     *   getTicket?: c1.connectorapi.baton.v1.Task.GetTicketTask.$Shape|null;
                     *   bulkCreateTickets?: c1.connectorapi.baton.v1.Task.BulkCreateTicketsTask.$Shape|null;
                     *   bulkGetTickets?: c1.connectorapi.baton.v1.Task.BulkGetTicketsTask.$Shape|null;
                     *   actionListSchemas?: c1.connectorapi.baton.v1.Task.ActionListSchemasTask.$Shape|null;
                     *   actionGetSchema?: c1.connectorapi.baton.v1.Task.ActionGetSchemaTask.$Shape|null;
                     *   actionInvoke?: c1.connectorapi.baton.v1.Task.ActionInvokeTask.$Shape|null;
                     *   actionStatus?: c1.connectorapi.baton.v1.Task.ActionStatusTask.$Shape|null;
                     *   createSyncDiff?: c1.connectorapi.baton.v1.Task.CreateSyncDiffTask.$Shape|null;
                     *   compactSyncs?: c1.connectorapi.baton.v1.Task.CompactSyncs.$Shape|null;
                     *   listEventFeeds?: c1.connectorapi.baton.v1.Task.ListEventFeedsTask.$Shape|null;
                     *   listEvents?: c1.connectorapi.baton.v1.Task.ListEventsTask.$Shape|null;
                     *   issueCredential?: c1.connectorapi.baton.v1.Task.IssueCredentialTask.$Shape|null;
                     *   debug?: boolean|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * } & (
                     *   ({ taskType?: undefined; none?: null; hello?: null; syncFull?: null; grant?: null; revoke?: null; createAccount?: null; createResource?: null; deleteResource?: null; rotateCredentials?: null; eventFeed?: null; createTicketTask?: null; listTicketSchemas?: null; getTicket?: null; bulkCreateTickets?: null; bulkGetTickets?: null; actionListSchemas?: null; actionGetSchema?: null; actionInvoke?: null; actionStatus?: null; createSyncDiff?: null; compactSyncs?: null; listEventFeeds?: null; listEvents?: null; issueCredential?: null }|{ taskType?: "none"; none: c1.connectorapi.baton.v1.Task.NoneTask.$Shape; hello?: null; syncFull?: null; grant?: null; revoke?: null; createAccount?: null; createResource?: null; deleteResource?: null; rotateCredentials?: null; eventFeed?: null; createTicketTask?: null; listTicketSchemas?: null; getTicket?: null; bulkCreateTickets?: null; bulkGetTickets?: null; actionListSchemas?: null; actionGetSchema?: null; actionInvoke?: null; actionStatus?: null; createSyncDiff?: null; compactSyncs?: null; listEventFeeds?: null; listEvents?: null; issueCredential?: null }|{ taskType?: "hello"; none?: null; hello: c1.connectorapi.baton.v1.Task.HelloTask.$Shape; syncFull?: null; grant?: null; revoke?: null; createAccount?: null; createResource?: null; deleteResource?: null; rotateCredentials?: null; eventFeed?: null; createTicketTask?: null; listTicketSchemas?: null; getTicket?: null; bulkCreateTickets?: null; bulkGetTickets?: null; actionListSchemas?: null; actionGetSchema?: null; actionInvoke?: null; actionStatus?: null; createSyncDiff?: null; compactSyncs?: null; listEventFeeds?: null; listEvents?: null; issueCredential?: null }|{ taskType?: "syncFull"; none?: null; hello?: null; syncFull: c1.connectorapi.baton.v1.Task.SyncFullTask.$Shape; grant?: null; revoke?: null; createAccount?: null; createResource?: null; deleteResource?: null; rotateCredentials?: null; eventFeed?: null; createTicketTask?: null; listTicketSchemas?: null; getTicket?: null; bulkCreateTickets?: null; bulkGetTickets?: null; actionListSchemas?: null; actionGetSchema?: null; actionInvoke?: null; actionStatus?: null; createSyncDiff?: null; compactSyncs?: null; listEventFeeds?: null; listEvents?: null; issueCredential?: null }|{ taskType?: "grant"; none?: null; hello?: null; syncFull?: null; grant: c1.connectorapi.baton.v1.Task.GrantTask.$Shape; revoke?: null; createAccount?: null; createResource?: null; deleteResource?: null; rotateCredentials?: null; eventFeed?: null; createTicketTask?: null; listTicketSchemas?: null; getTicket?: null; bulkCreateTickets?: null; bulkGetTickets?: null; actionListSchemas?: null; actionGetSchema?: null; actionInvoke?: null; actionStatus?: null; createSyncDiff?: null; compactSyncs?: null; listEventFeeds?: null; listEvents?: null; issueCredential?: null }|{ taskType?: "revoke"; none?: null; hello?: null; syncFull?: null; grant?: null; revoke: c1.connectorapi.baton.v1.Task.RevokeTask.$Shape; createAccount?: null; createResource?: null; deleteResource?: null; rotateCredentials?: null; eventFeed?: null; createTicketTask?: null; listTicketSchemas?: null; getTicket?: null; bulkCreateTickets?: null; bulkGetTickets?: null; actionListSchemas?: null; actionGetSchema?: null; actionInvoke?: null; actionStatus?: null; createSyncDiff?: null; compactSyncs?: null; listEventFeeds?: null; listEvents?: null; issueCredential?: null }|{ taskType?: "createAccount"; none?: null; hello?: null; syncFull?: null; grant?: null; revoke?: null; createAccount: c1.connectorapi.baton.v1.Task.CreateAccountTask.$Shape; createResource?: null; deleteResource?: null; rotateCredentials?: null; eventFeed?: null; createTicketTask?: null; listTicketSchemas?: null; getTicket?: null; bulkCreateTickets?: null; bulkGetTickets?: null; actionListSchemas?: null; actionGetSchema?: null; actionInvoke?: null; actionStatus?: null; createSyncDiff?: null; compactSyncs?: null; listEventFeeds?: null; listEvents?: null; issueCredential?: null }|{ taskType?: "createResource"; none?: null; hello?: null; syncFull?: null; grant?: null; revoke?: null; createAccount?: null; createResource: c1.connectorapi.baton.v1.Task.CreateResourceTask.$Shape; deleteResource?: null; rotateCredentials?: null; eventFeed?: null; createTicketTask?: null; listTicketSchemas?: null; getTicket?: null; bulkCreateTickets?: null; bulkGetTickets?: null; actionListSchemas?: null; actionGetSchema?: null; actionInvoke?: null; actionStatus?: null; createSyncDiff?: null; compactSyncs?: null; listEventFeeds?: null; listEvents?: null; issueCredential?: null }|{ taskType?: "deleteResource"; none?: null; hello?: null; syncFull?: null; grant?: null; revoke?: null; createAccount?: null; createResource?: null; deleteResource: c1.connectorapi.baton.v1.Task.DeleteResourceTask.$Shape; rotateCredentials?: null; eventFeed?: null; createTicketTask?: null; listTicketSchemas?: null; getTicket?: null; bulkCreateTickets?: null; bulkGetTickets?: null; actionListSchemas?: null; actionGetSchema?: null; actionInvoke?: null; actionStatus?: null; createSyncDiff?: null; compactSyncs?: null; listEventFeeds?: null; listEvents?: null; issueCredential?: null }|{ taskType?: "rotateCredentials"; none?: null; hello?: null; syncFull?: null; grant?: null; revoke?: null; createAccount?: null; createResource?: null; deleteResource?: null; rotateCredentials: c1.connectorapi.baton.v1.Task.RotateCredentialsTask.$Shape; eventFeed?: null; createTicketTask?: null; listTicketSchemas?: null; getTicket?: null; bulkCreateTickets?: null; bulkGetTickets?: null; actionListSchemas?: null; actionGetSchema?: null; actionInvoke?: null; actionStatus?: null; createSyncDiff?: null; compactSyncs?: null; listEventFeeds?: null; listEvents?: null; issueCredential?: null }|{ taskType?: "eventFeed"; none?: null; hello?: null; syncFull?: null; grant?: null; revoke?: null; createAccount?: null; createResource?: null; deleteResource?: null; rotateCredentials?: null; eventFeed: c1.connectorapi.baton.v1.Task.EventFeedTask.$Shape; createTicketTask?: null; listTicketSchemas?: null; getTicket?: null; bulkCreateTickets?: null; bulkGetTickets?: null; actionListSchemas?: null; actionGetSchema?: null; actionInvoke?: null; actionStatus?: null; createSyncDiff?: null; compactSyncs?: null; listEventFeeds?: null; listEvents?: null; issueCredential?: null }|{ taskType?: "createTicketTask"; none?: null; hello?: null; syncFull?: null; grant?: null; revoke?: null; createAccount?: null; createResource?: null; deleteResource?: null; rotateCredentials?: null; eventFeed?: null; createTicketTask: c1.connectorapi.baton.v1.Task.CreateTicketTask.$Shape; listTicketSchemas?: null; getTicket?: null; bulkCreateTickets?: null; bulkGetTickets?: null; actionListSchemas?: null; actionGetSchema?: null; actionInvoke?: null; actionStatus?: null; createSyncDiff?: null; compactSyncs?: null; listEventFeeds?: null; listEvents?: null; issueCredential?: null }|{ taskType?: "listTicketSchemas"; none?: null; hello?: null; syncFull?: null; grant?: null; revoke?: null; createAccount?: null; createResource?: null; deleteResource?: null; rotateCredentials?: null; eventFeed?: null; createTicketTask?: null; listTicketSchemas: c1.connectorapi.baton.v1.Task.ListTicketSchemasTask.$Shape; getTicket?: null; bulkCreateTickets?: null; bulkGetTickets?: null; actionListSchemas?: null; actionGetSchema?: null; actionInvoke?: null; actionStatus?: null; createSyncDiff?: null; compactSyncs?: null; listEventFeeds?: null; listEvents?: null; issueCredential?: null }|{ taskType?: "getTicket"; none?: null; hello?: null; syncFull?: null; grant?: null; revoke?: null; createAccount?: null; createResource?: null; deleteResource?: null; rotateCredentials?: null; eventFeed?: null; createTicketTask?: null; listTicketSchemas?: null; getTicket: c1.connectorapi.baton.v1.Task.GetTicketTask.$Shape; bulkCreateTickets?: null; bulkGetTickets?: null; actionListSchemas?: null; actionGetSchema?: null; actionInvoke?: null; actionStatus?: null; createSyncDiff?: null; compactSyncs?: null; listEventFeeds?: null; listEvents?: null; issueCredential?: null }|{ taskType?: "bulkCreateTickets"; none?: null; hello?: null; syncFull?: null; grant?: null; revoke?: null; createAccount?: null; createResource?: null; deleteResource?: null; rotateCredentials?: null; eventFeed?: null; createTicketTask?: null; listTicketSchemas?: null; getTicket?: null; bulkCreateTickets: c1.connectorapi.baton.v1.Task.BulkCreateTicketsTask.$Shape; bulkGetTickets?: null; actionListSchemas?: null; actionGetSchema?: null; actionInvoke?: null; actionStatus?: null; createSyncDiff?: null; compactSyncs?: null; listEventFeeds?: null; listEvents?: null; issueCredential?: null }|{ taskType?: "bulkGetTickets"; none?: null; hello?: null; syncFull?: null; grant?: null; revoke?: null; createAccount?: null; createResource?: null; deleteResource?: null; rotateCredentials?: null; eventFeed?: null; createTicketTask?: null; listTicketSchemas?: null; getTicket?: null; bulkCreateTickets?: null; bulkGetTickets: c1.connectorapi.baton.v1.Task.BulkGetTicketsTask.$Shape; actionListSchemas?: null; actionGetSchema?: null; actionInvoke?: null; actionStatus?: null; createSyncDiff?: null; compactSyncs?: null; listEventFeeds?: null; listEvents?: null; issueCredential?: null }|{ taskType?: "actionListSchemas"; none?: null; hello?: null; syncFull?: null; grant?: null; revoke?: null; createAccount?: null; createResource?: null; deleteResource?: null; rotateCredentials?: null; eventFeed?: null; createTicketTask?: null; listTicketSchemas?: null; getTicket?: null; bulkCreateTickets?: null; bulkGetTickets?: null; actionListSchemas: c1.connectorapi.baton.v1.Task.ActionListSchemasTask.$Shape; actionGetSchema?: null; actionInvoke?: null; actionStatus?: null; createSyncDiff?: null; compactSyncs?: null; listEventFeeds?: null; listEvents?: null; issueCredential?: null }|{ taskType?: "actionGetSchema"; none?: null; hello?: null; syncFull?: null; grant?: null; revoke?: null; createAccount?: null; createResource?: null; deleteResource?: null; rotateCredentials?: null; eventFeed?: null; createTicketTask?: null; listTicketSchemas?: null; getTicket?: null; bulkCreateTickets?: null; bulkGetTickets?: null; actionListSchemas?: null; actionGetSchema: c1.connectorapi.baton.v1.Task.ActionGetSchemaTask.$Shape; actionInvoke?: null; actionStatus?: null; createSyncDiff?: null; compactSyncs?: null; listEventFeeds?: null; listEvents?: null; issueCredential?: null }|{ taskType?: "actionInvoke"; none?: null; hello?: null; syncFull?: null; grant?: null; revoke?: null; createAccount?: null; createResource?: null; deleteResource?: null; rotateCredentials?: null; eventFeed?: null; createTicketTask?: null; listTicketSchemas?: null; getTicket?: null; bulkCreateTickets?: null; bulkGetTickets?: null; actionListSchemas?: null; actionGetSchema?: null; actionInvoke: c1.connectorapi.baton.v1.Task.ActionInvokeTask.$Shape; actionStatus?: null; createSyncDiff?: null; compactSyncs?: null; listEventFeeds?: null; listEvents?: null; issueCredential?: null }|{ taskType?: "actionStatus"; none?: null; hello?: null; syncFull?: null; grant?: null; revoke?: null; createAccount?: null; createResource?: null; deleteResource?: null; rotateCredentials?: null; eventFeed?: null; createTicketTask?: null; listTicketSchemas?: null; getTicket?: null; bulkCreateTickets?: null; bulkGetTickets?: null; actionListSchemas?: null; actionGetSchema?: null; actionInvoke?: null; actionStatus: c1.connectorapi.baton.v1.Task.ActionStatusTask.$Shape; createSyncDiff?: null; compactSyncs?: null; listEventFeeds?: null; listEvents?: null; issueCredential?: null }|{ taskType?: "createSyncDiff"; none?: null; hello?: null; syncFull?: null; grant?: null; revoke?: null; createAccount?: null; createResource?: null; deleteResource?: null; rotateCredentials?: null; eventFeed?: null; createTicketTask?: null; listTicketSchemas?: null; getTicket?: null; bulkCreateTickets?: null; bulkGetTickets?: null; actionListSchemas?: null; actionGetSchema?: null; actionInvoke?: null; actionStatus?: null; createSyncDiff: c1.connectorapi.baton.v1.Task.CreateSyncDiffTask.$Shape; compactSyncs?: null; listEventFeeds?: null; listEvents?: null; issueCredential?: null }|{ taskType?: "compactSyncs"; none?: null; hello?: null; syncFull?: null; grant?: null; revoke?: null; createAccount?: null; createResource?: null; deleteResource?: null; rotateCredentials?: null; eventFeed?: null; createTicketTask?: null; listTicketSchemas?: null; getTicket?: null; bulkCreateTickets?: null; bulkGetTickets?: null; actionListSchemas?: null; actionGetSchema?: null; actionInvoke?: null; actionStatus?: null; createSyncDiff?: null; compactSyncs: c1.connectorapi.baton.v1.Task.CompactSyncs.$Shape; listEventFeeds?: null; listEvents?: null; issueCredential?: null }|{ taskType?: "listEventFeeds"; none?: null; hello?: null; syncFull?: null; grant?: null; revoke?: null; createAccount?: null; createResource?: null; deleteResource?: null; rotateCredentials?: null; eventFeed?: null; createTicketTask?: null; listTicketSchemas?: null; getTicket?: null; bulkCreateTickets?: null; bulkGetTickets?: null; actionListSchemas?: null; actionGetSchema?: null; actionInvoke?: null; actionStatus?: null; createSyncDiff?: null; compactSyncs?: null; listEventFeeds: c1.connectorapi.baton.v1.Task.ListEventFeedsTask.$Shape; listEvents?: null; issueCredential?: null }|{ taskType?: "listEvents"; none?: null; hello?: null; syncFull?: null; grant?: null; revoke?: null; createAccount?: null; createResource?: null; deleteResource?: null; rotateCredentials?: null; eventFeed?: null; createTicketTask?: null; listTicketSchemas?: null; getTicket?: null; bulkCreateTickets?: null; bulkGetTickets?: null; actionListSchemas?: null; actionGetSchema?: null; actionInvoke?: null; actionStatus?: null; createSyncDiff?: null; compactSyncs?: null; listEventFeeds?: null; listEvents: c1.connectorapi.baton.v1.Task.ListEventsTask.$Shape; issueCredential?: null }|{ taskType?: "issueCredential"; none?: null; hello?: null; syncFull?: null; grant?: null; revoke?: null; createAccount?: null; createResource?: null; deleteResource?: null; rotateCredentials?: null; eventFeed?: null; createTicketTask?: null; listTicketSchemas?: null; getTicket?: null; bulkCreateTickets?: null; bulkGetTickets?: null; actionListSchemas?: null; actionGetSchema?: null; actionInvoke?: null; actionStatus?: null; createSyncDiff?: null; compactSyncs?: null; listEventFeeds?: null; listEvents?: null; issueCredential: c1.connectorapi.baton.v1.Task.IssueCredentialTask.$Shape })
                     * )} c1.connectorapi.baton.v1.Task.$Shape
                     */

                    /**
                     * Constructs a new Task.
                     * @memberof c1.connectorapi.baton.v1
                     * @classdesc Represents a Task.
                     * @constructor
                     * @param {c1.connectorapi.baton.v1.Task.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const Task = function (p) {
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * Task id.
                     * @member {string} id
                     * @memberof c1.connectorapi.baton.v1.Task
                     * @instance
                     */
                    Task.prototype.id = "";

                    /**
                     * Task none.
                     * @member {c1.connectorapi.baton.v1.Task.NoneTask.$Properties|null|undefined} none
                     * @memberof c1.connectorapi.baton.v1.Task
                     * @instance
                     */
                    Task.prototype.none = null;

                    /**
                     * Task hello.
                     * @member {c1.connectorapi.baton.v1.Task.HelloTask.$Properties|null|undefined} hello
                     * @memberof c1.connectorapi.baton.v1.Task
                     * @instance
                     */
                    Task.prototype.hello = null;

                    /**
                     * Task syncFull.
                     * @member {c1.connectorapi.baton.v1.Task.SyncFullTask.$Properties|null|undefined} syncFull
                     * @memberof c1.connectorapi.baton.v1.Task
                     * @instance
                     */
                    Task.prototype.syncFull = null;

                    /**
                     * Task grant.
                     * @member {c1.connectorapi.baton.v1.Task.GrantTask.$Properties|null|undefined} grant
                     * @memberof c1.connectorapi.baton.v1.Task
                     * @instance
                     */
                    Task.prototype.grant = null;

                    /**
                     * Task revoke.
                     * @member {c1.connectorapi.baton.v1.Task.RevokeTask.$Properties|null|undefined} revoke
                     * @memberof c1.connectorapi.baton.v1.Task
                     * @instance
                     */
                    Task.prototype.revoke = null;

                    /**
                     * Task createAccount.
                     * @member {c1.connectorapi.baton.v1.Task.CreateAccountTask.$Properties|null|undefined} createAccount
                     * @memberof c1.connectorapi.baton.v1.Task
                     * @instance
                     */
                    Task.prototype.createAccount = null;

                    /**
                     * Task createResource.
                     * @member {c1.connectorapi.baton.v1.Task.CreateResourceTask.$Properties|null|undefined} createResource
                     * @memberof c1.connectorapi.baton.v1.Task
                     * @instance
                     */
                    Task.prototype.createResource = null;

                    /**
                     * Task deleteResource.
                     * @member {c1.connectorapi.baton.v1.Task.DeleteResourceTask.$Properties|null|undefined} deleteResource
                     * @memberof c1.connectorapi.baton.v1.Task
                     * @instance
                     */
                    Task.prototype.deleteResource = null;

                    /**
                     * Task rotateCredentials.
                     * @member {c1.connectorapi.baton.v1.Task.RotateCredentialsTask.$Properties|null|undefined} rotateCredentials
                     * @memberof c1.connectorapi.baton.v1.Task
                     * @instance
                     */
                    Task.prototype.rotateCredentials = null;

                    /**
                     * Task eventFeed.
                     * @member {c1.connectorapi.baton.v1.Task.EventFeedTask.$Properties|null|undefined} eventFeed
                     * @memberof c1.connectorapi.baton.v1.Task
                     * @instance
                     */
                    Task.prototype.eventFeed = null;

                    /**
                     * Task createTicketTask.
                     * @member {c1.connectorapi.baton.v1.Task.CreateTicketTask.$Properties|null|undefined} createTicketTask
                     * @memberof c1.connectorapi.baton.v1.Task
                     * @instance
                     */
                    Task.prototype.createTicketTask = null;

                    /**
                     * Task listTicketSchemas.
                     * @member {c1.connectorapi.baton.v1.Task.ListTicketSchemasTask.$Properties|null|undefined} listTicketSchemas
                     * @memberof c1.connectorapi.baton.v1.Task
                     * @instance
                     */
                    Task.prototype.listTicketSchemas = null;

                    /**
                     * Task getTicket.
                     * @member {c1.connectorapi.baton.v1.Task.GetTicketTask.$Properties|null|undefined} getTicket
                     * @memberof c1.connectorapi.baton.v1.Task
                     * @instance
                     */
                    Task.prototype.getTicket = null;

                    /**
                     * Task bulkCreateTickets.
                     * @member {c1.connectorapi.baton.v1.Task.BulkCreateTicketsTask.$Properties|null|undefined} bulkCreateTickets
                     * @memberof c1.connectorapi.baton.v1.Task
                     * @instance
                     */
                    Task.prototype.bulkCreateTickets = null;

                    /**
                     * Task bulkGetTickets.
                     * @member {c1.connectorapi.baton.v1.Task.BulkGetTicketsTask.$Properties|null|undefined} bulkGetTickets
                     * @memberof c1.connectorapi.baton.v1.Task
                     * @instance
                     */
                    Task.prototype.bulkGetTickets = null;

                    /**
                     * Task actionListSchemas.
                     * @member {c1.connectorapi.baton.v1.Task.ActionListSchemasTask.$Properties|null|undefined} actionListSchemas
                     * @memberof c1.connectorapi.baton.v1.Task
                     * @instance
                     */
                    Task.prototype.actionListSchemas = null;

                    /**
                     * Task actionGetSchema.
                     * @member {c1.connectorapi.baton.v1.Task.ActionGetSchemaTask.$Properties|null|undefined} actionGetSchema
                     * @memberof c1.connectorapi.baton.v1.Task
                     * @instance
                     */
                    Task.prototype.actionGetSchema = null;

                    /**
                     * Task actionInvoke.
                     * @member {c1.connectorapi.baton.v1.Task.ActionInvokeTask.$Properties|null|undefined} actionInvoke
                     * @memberof c1.connectorapi.baton.v1.Task
                     * @instance
                     */
                    Task.prototype.actionInvoke = null;

                    /**
                     * Task actionStatus.
                     * @member {c1.connectorapi.baton.v1.Task.ActionStatusTask.$Properties|null|undefined} actionStatus
                     * @memberof c1.connectorapi.baton.v1.Task
                     * @instance
                     */
                    Task.prototype.actionStatus = null;

                    /**
                     * Task createSyncDiff.
                     * @member {c1.connectorapi.baton.v1.Task.CreateSyncDiffTask.$Properties|null|undefined} createSyncDiff
                     * @memberof c1.connectorapi.baton.v1.Task
                     * @instance
                     */
                    Task.prototype.createSyncDiff = null;

                    /**
                     * Task compactSyncs.
                     * @member {c1.connectorapi.baton.v1.Task.CompactSyncs.$Properties|null|undefined} compactSyncs
                     * @memberof c1.connectorapi.baton.v1.Task
                     * @instance
                     */
                    Task.prototype.compactSyncs = null;

                    /**
                     * Task listEventFeeds.
                     * @member {c1.connectorapi.baton.v1.Task.ListEventFeedsTask.$Properties|null|undefined} listEventFeeds
                     * @memberof c1.connectorapi.baton.v1.Task
                     * @instance
                     */
                    Task.prototype.listEventFeeds = null;

                    /**
                     * Task listEvents.
                     * @member {c1.connectorapi.baton.v1.Task.ListEventsTask.$Properties|null|undefined} listEvents
                     * @memberof c1.connectorapi.baton.v1.Task
                     * @instance
                     */
                    Task.prototype.listEvents = null;

                    /**
                     * Task issueCredential.
                     * @member {c1.connectorapi.baton.v1.Task.IssueCredentialTask.$Properties|null|undefined} issueCredential
                     * @memberof c1.connectorapi.baton.v1.Task
                     * @instance
                     */
                    Task.prototype.issueCredential = null;

                    /**
                     * Task debug.
                     * @member {boolean} debug
                     * @memberof c1.connectorapi.baton.v1.Task
                     * @instance
                     */
                    Task.prototype.debug = false;

                    // OneOf field names bound to virtual getters and setters
                    let $oneOfFields;

                    /**
                     * Task taskType.
                     * @member {"none"|"hello"|"syncFull"|"grant"|"revoke"|"createAccount"|"createResource"|"deleteResource"|"rotateCredentials"|"eventFeed"|"createTicketTask"|"listTicketSchemas"|"getTicket"|"bulkCreateTickets"|"bulkGetTickets"|"actionListSchemas"|"actionGetSchema"|"actionInvoke"|"actionStatus"|"createSyncDiff"|"compactSyncs"|"listEventFeeds"|"listEvents"|"issueCredential"|undefined} taskType
                     * @memberof c1.connectorapi.baton.v1.Task
                     * @instance
                     */
                    $Object.defineProperty(Task.prototype, "taskType", {
                        get: $util.oneOfGetter($oneOfFields = ["none", "hello", "syncFull", "grant", "revoke", "createAccount", "createResource", "deleteResource", "rotateCredentials", "eventFeed", "createTicketTask", "listTicketSchemas", "getTicket", "bulkCreateTickets", "bulkGetTickets", "actionListSchemas", "actionGetSchema", "actionInvoke", "actionStatus", "createSyncDiff", "compactSyncs", "listEventFeeds", "listEvents", "issueCredential"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    /**
                     * Creates a new Task instance using the specified properties.
                     * @function create
                     * @memberof c1.connectorapi.baton.v1.Task
                     * @static
                     * @param {c1.connectorapi.baton.v1.Task.$Properties=} [properties] Properties to set
                     * @returns {c1.connectorapi.baton.v1.Task} Task instance
                     * @type {{
                     *   (properties: c1.connectorapi.baton.v1.Task.$Shape): c1.connectorapi.baton.v1.Task & c1.connectorapi.baton.v1.Task.$Shape;
                     *   (properties?: c1.connectorapi.baton.v1.Task.$Properties): c1.connectorapi.baton.v1.Task;
                     * }}
                     */
                    Task.create = function(properties) {
                        return new Task(properties);
                    };

                    /**
                     * Encodes the specified Task message. Does not implicitly {@link c1.connectorapi.baton.v1.Task.verify|verify} messages.
                     * @function encode
                     * @memberof c1.connectorapi.baton.v1.Task
                     * @static
                     * @param {c1.connectorapi.baton.v1.Task.$Properties} m Task message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Task.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                            w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
                        if (m.debug != null && $Object.hasOwnProperty.call(m, "debug") && m.debug !== false)
                            w.uint32(/* id 3, wireType 0 =*/24).bool(m.debug);
                        if (m.none != null && $Object.hasOwnProperty.call(m, "none"))
                            $root.c1.connectorapi.baton.v1.Task.NoneTask.encode(m.none, w.uint32(/* id 100, wireType 2 =*/802).fork(), q + 1).ldelim();
                        if (m.hello != null && $Object.hasOwnProperty.call(m, "hello"))
                            $root.c1.connectorapi.baton.v1.Task.HelloTask.encode(m.hello, w.uint32(/* id 101, wireType 2 =*/810).fork(), q + 1).ldelim();
                        if (m.syncFull != null && $Object.hasOwnProperty.call(m, "syncFull"))
                            $root.c1.connectorapi.baton.v1.Task.SyncFullTask.encode(m.syncFull, w.uint32(/* id 102, wireType 2 =*/818).fork(), q + 1).ldelim();
                        if (m.grant != null && $Object.hasOwnProperty.call(m, "grant"))
                            $root.c1.connectorapi.baton.v1.Task.GrantTask.encode(m.grant, w.uint32(/* id 103, wireType 2 =*/826).fork(), q + 1).ldelim();
                        if (m.revoke != null && $Object.hasOwnProperty.call(m, "revoke"))
                            $root.c1.connectorapi.baton.v1.Task.RevokeTask.encode(m.revoke, w.uint32(/* id 104, wireType 2 =*/834).fork(), q + 1).ldelim();
                        if (m.createAccount != null && $Object.hasOwnProperty.call(m, "createAccount"))
                            $root.c1.connectorapi.baton.v1.Task.CreateAccountTask.encode(m.createAccount, w.uint32(/* id 105, wireType 2 =*/842).fork(), q + 1).ldelim();
                        if (m.createResource != null && $Object.hasOwnProperty.call(m, "createResource"))
                            $root.c1.connectorapi.baton.v1.Task.CreateResourceTask.encode(m.createResource, w.uint32(/* id 106, wireType 2 =*/850).fork(), q + 1).ldelim();
                        if (m.deleteResource != null && $Object.hasOwnProperty.call(m, "deleteResource"))
                            $root.c1.connectorapi.baton.v1.Task.DeleteResourceTask.encode(m.deleteResource, w.uint32(/* id 107, wireType 2 =*/858).fork(), q + 1).ldelim();
                        if (m.rotateCredentials != null && $Object.hasOwnProperty.call(m, "rotateCredentials"))
                            $root.c1.connectorapi.baton.v1.Task.RotateCredentialsTask.encode(m.rotateCredentials, w.uint32(/* id 108, wireType 2 =*/866).fork(), q + 1).ldelim();
                        if (m.eventFeed != null && $Object.hasOwnProperty.call(m, "eventFeed"))
                            $root.c1.connectorapi.baton.v1.Task.EventFeedTask.encode(m.eventFeed, w.uint32(/* id 109, wireType 2 =*/874).fork(), q + 1).ldelim();
                        if (m.createTicketTask != null && $Object.hasOwnProperty.call(m, "createTicketTask"))
                            $root.c1.connectorapi.baton.v1.Task.CreateTicketTask.encode(m.createTicketTask, w.uint32(/* id 110, wireType 2 =*/882).fork(), q + 1).ldelim();
                        if (m.listTicketSchemas != null && $Object.hasOwnProperty.call(m, "listTicketSchemas"))
                            $root.c1.connectorapi.baton.v1.Task.ListTicketSchemasTask.encode(m.listTicketSchemas, w.uint32(/* id 111, wireType 2 =*/890).fork(), q + 1).ldelim();
                        if (m.getTicket != null && $Object.hasOwnProperty.call(m, "getTicket"))
                            $root.c1.connectorapi.baton.v1.Task.GetTicketTask.encode(m.getTicket, w.uint32(/* id 112, wireType 2 =*/898).fork(), q + 1).ldelim();
                        if (m.bulkCreateTickets != null && $Object.hasOwnProperty.call(m, "bulkCreateTickets"))
                            $root.c1.connectorapi.baton.v1.Task.BulkCreateTicketsTask.encode(m.bulkCreateTickets, w.uint32(/* id 113, wireType 2 =*/906).fork(), q + 1).ldelim();
                        if (m.bulkGetTickets != null && $Object.hasOwnProperty.call(m, "bulkGetTickets"))
                            $root.c1.connectorapi.baton.v1.Task.BulkGetTicketsTask.encode(m.bulkGetTickets, w.uint32(/* id 114, wireType 2 =*/914).fork(), q + 1).ldelim();
                        if (m.actionListSchemas != null && $Object.hasOwnProperty.call(m, "actionListSchemas"))
                            $root.c1.connectorapi.baton.v1.Task.ActionListSchemasTask.encode(m.actionListSchemas, w.uint32(/* id 115, wireType 2 =*/922).fork(), q + 1).ldelim();
                        if (m.actionGetSchema != null && $Object.hasOwnProperty.call(m, "actionGetSchema"))
                            $root.c1.connectorapi.baton.v1.Task.ActionGetSchemaTask.encode(m.actionGetSchema, w.uint32(/* id 116, wireType 2 =*/930).fork(), q + 1).ldelim();
                        if (m.actionInvoke != null && $Object.hasOwnProperty.call(m, "actionInvoke"))
                            $root.c1.connectorapi.baton.v1.Task.ActionInvokeTask.encode(m.actionInvoke, w.uint32(/* id 117, wireType 2 =*/938).fork(), q + 1).ldelim();
                        if (m.actionStatus != null && $Object.hasOwnProperty.call(m, "actionStatus"))
                            $root.c1.connectorapi.baton.v1.Task.ActionStatusTask.encode(m.actionStatus, w.uint32(/* id 118, wireType 2 =*/946).fork(), q + 1).ldelim();
                        if (m.createSyncDiff != null && $Object.hasOwnProperty.call(m, "createSyncDiff"))
                            $root.c1.connectorapi.baton.v1.Task.CreateSyncDiffTask.encode(m.createSyncDiff, w.uint32(/* id 119, wireType 2 =*/954).fork(), q + 1).ldelim();
                        if (m.compactSyncs != null && $Object.hasOwnProperty.call(m, "compactSyncs"))
                            $root.c1.connectorapi.baton.v1.Task.CompactSyncs.encode(m.compactSyncs, w.uint32(/* id 120, wireType 2 =*/962).fork(), q + 1).ldelim();
                        if (m.listEventFeeds != null && $Object.hasOwnProperty.call(m, "listEventFeeds"))
                            $root.c1.connectorapi.baton.v1.Task.ListEventFeedsTask.encode(m.listEventFeeds, w.uint32(/* id 121, wireType 2 =*/970).fork(), q + 1).ldelim();
                        if (m.listEvents != null && $Object.hasOwnProperty.call(m, "listEvents"))
                            $root.c1.connectorapi.baton.v1.Task.ListEventsTask.encode(m.listEvents, w.uint32(/* id 122, wireType 2 =*/978).fork(), q + 1).ldelim();
                        if (m.issueCredential != null && $Object.hasOwnProperty.call(m, "issueCredential"))
                            $root.c1.connectorapi.baton.v1.Task.IssueCredentialTask.encode(m.issueCredential, w.uint32(/* id 123, wireType 2 =*/986).fork(), q + 1).ldelim();
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes a Task message from the specified reader or buffer.
                     * @function decode
                     * @memberof c1.connectorapi.baton.v1.Task
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {c1.connectorapi.baton.v1.Task & c1.connectorapi.baton.v1.Task.$Shape} Task
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Task.decode = function (r, l, z, q, g) {
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
                        m = g || new $root.c1.connectorapi.baton.v1.Task();
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
                            case 100: {
                                    if (u !== 2)
                                        break;
                                    m.none = $root.c1.connectorapi.baton.v1.Task.NoneTask.decode(r, r.size(), $undefined, q + 1, m.none);
                                    m.taskType = "none";
                                    continue;
                                }
                            case 101: {
                                    if (u !== 2)
                                        break;
                                    m.hello = $root.c1.connectorapi.baton.v1.Task.HelloTask.decode(r, r.size(), $undefined, q + 1, m.hello);
                                    m.taskType = "hello";
                                    continue;
                                }
                            case 102: {
                                    if (u !== 2)
                                        break;
                                    m.syncFull = $root.c1.connectorapi.baton.v1.Task.SyncFullTask.decode(r, r.size(), $undefined, q + 1, m.syncFull);
                                    m.taskType = "syncFull";
                                    continue;
                                }
                            case 103: {
                                    if (u !== 2)
                                        break;
                                    m.grant = $root.c1.connectorapi.baton.v1.Task.GrantTask.decode(r, r.size(), $undefined, q + 1, m.grant);
                                    m.taskType = "grant";
                                    continue;
                                }
                            case 104: {
                                    if (u !== 2)
                                        break;
                                    m.revoke = $root.c1.connectorapi.baton.v1.Task.RevokeTask.decode(r, r.size(), $undefined, q + 1, m.revoke);
                                    m.taskType = "revoke";
                                    continue;
                                }
                            case 105: {
                                    if (u !== 2)
                                        break;
                                    m.createAccount = $root.c1.connectorapi.baton.v1.Task.CreateAccountTask.decode(r, r.size(), $undefined, q + 1, m.createAccount);
                                    m.taskType = "createAccount";
                                    continue;
                                }
                            case 106: {
                                    if (u !== 2)
                                        break;
                                    m.createResource = $root.c1.connectorapi.baton.v1.Task.CreateResourceTask.decode(r, r.size(), $undefined, q + 1, m.createResource);
                                    m.taskType = "createResource";
                                    continue;
                                }
                            case 107: {
                                    if (u !== 2)
                                        break;
                                    m.deleteResource = $root.c1.connectorapi.baton.v1.Task.DeleteResourceTask.decode(r, r.size(), $undefined, q + 1, m.deleteResource);
                                    m.taskType = "deleteResource";
                                    continue;
                                }
                            case 108: {
                                    if (u !== 2)
                                        break;
                                    m.rotateCredentials = $root.c1.connectorapi.baton.v1.Task.RotateCredentialsTask.decode(r, r.size(), $undefined, q + 1, m.rotateCredentials);
                                    m.taskType = "rotateCredentials";
                                    continue;
                                }
                            case 109: {
                                    if (u !== 2)
                                        break;
                                    m.eventFeed = $root.c1.connectorapi.baton.v1.Task.EventFeedTask.decode(r, r.size(), $undefined, q + 1, m.eventFeed);
                                    m.taskType = "eventFeed";
                                    continue;
                                }
                            case 110: {
                                    if (u !== 2)
                                        break;
                                    m.createTicketTask = $root.c1.connectorapi.baton.v1.Task.CreateTicketTask.decode(r, r.size(), $undefined, q + 1, m.createTicketTask);
                                    m.taskType = "createTicketTask";
                                    continue;
                                }
                            case 111: {
                                    if (u !== 2)
                                        break;
                                    m.listTicketSchemas = $root.c1.connectorapi.baton.v1.Task.ListTicketSchemasTask.decode(r, r.size(), $undefined, q + 1, m.listTicketSchemas);
                                    m.taskType = "listTicketSchemas";
                                    continue;
                                }
                            case 112: {
                                    if (u !== 2)
                                        break;
                                    m.getTicket = $root.c1.connectorapi.baton.v1.Task.GetTicketTask.decode(r, r.size(), $undefined, q + 1, m.getTicket);
                                    m.taskType = "getTicket";
                                    continue;
                                }
                            case 113: {
                                    if (u !== 2)
                                        break;
                                    m.bulkCreateTickets = $root.c1.connectorapi.baton.v1.Task.BulkCreateTicketsTask.decode(r, r.size(), $undefined, q + 1, m.bulkCreateTickets);
                                    m.taskType = "bulkCreateTickets";
                                    continue;
                                }
                            case 114: {
                                    if (u !== 2)
                                        break;
                                    m.bulkGetTickets = $root.c1.connectorapi.baton.v1.Task.BulkGetTicketsTask.decode(r, r.size(), $undefined, q + 1, m.bulkGetTickets);
                                    m.taskType = "bulkGetTickets";
                                    continue;
                                }
                            case 115: {
                                    if (u !== 2)
                                        break;
                                    m.actionListSchemas = $root.c1.connectorapi.baton.v1.Task.ActionListSchemasTask.decode(r, r.size(), $undefined, q + 1, m.actionListSchemas);
                                    m.taskType = "actionListSchemas";
                                    continue;
                                }
                            case 116: {
                                    if (u !== 2)
                                        break;
                                    m.actionGetSchema = $root.c1.connectorapi.baton.v1.Task.ActionGetSchemaTask.decode(r, r.size(), $undefined, q + 1, m.actionGetSchema);
                                    m.taskType = "actionGetSchema";
                                    continue;
                                }
                            case 117: {
                                    if (u !== 2)
                                        break;
                                    m.actionInvoke = $root.c1.connectorapi.baton.v1.Task.ActionInvokeTask.decode(r, r.size(), $undefined, q + 1, m.actionInvoke);
                                    m.taskType = "actionInvoke";
                                    continue;
                                }
                            case 118: {
                                    if (u !== 2)
                                        break;
                                    m.actionStatus = $root.c1.connectorapi.baton.v1.Task.ActionStatusTask.decode(r, r.size(), $undefined, q + 1, m.actionStatus);
                                    m.taskType = "actionStatus";
                                    continue;
                                }
                            case 119: {
                                    if (u !== 2)
                                        break;
                                    m.createSyncDiff = $root.c1.connectorapi.baton.v1.Task.CreateSyncDiffTask.decode(r, r.size(), $undefined, q + 1, m.createSyncDiff);
                                    m.taskType = "createSyncDiff";
                                    continue;
                                }
                            case 120: {
                                    if (u !== 2)
                                        break;
                                    m.compactSyncs = $root.c1.connectorapi.baton.v1.Task.CompactSyncs.decode(r, r.size(), $undefined, q + 1, m.compactSyncs);
                                    m.taskType = "compactSyncs";
                                    continue;
                                }
                            case 121: {
                                    if (u !== 2)
                                        break;
                                    m.listEventFeeds = $root.c1.connectorapi.baton.v1.Task.ListEventFeedsTask.decode(r, r.size(), $undefined, q + 1, m.listEventFeeds);
                                    m.taskType = "listEventFeeds";
                                    continue;
                                }
                            case 122: {
                                    if (u !== 2)
                                        break;
                                    m.listEvents = $root.c1.connectorapi.baton.v1.Task.ListEventsTask.decode(r, r.size(), $undefined, q + 1, m.listEvents);
                                    m.taskType = "listEvents";
                                    continue;
                                }
                            case 123: {
                                    if (u !== 2)
                                        break;
                                    m.issueCredential = $root.c1.connectorapi.baton.v1.Task.IssueCredentialTask.decode(r, r.size(), $undefined, q + 1, m.issueCredential);
                                    m.taskType = "issueCredential";
                                    continue;
                                }
                            case 3: {
                                    if (u !== 0)
                                        break;
                                    if (v = r.bool())
                                        m.debug = v;
                                    else
                                        delete m.debug;
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
                     * Creates a Task message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof c1.connectorapi.baton.v1.Task
                     * @static
                     * @param {Object.<string,*>} d Plain object
                     * @returns {c1.connectorapi.baton.v1.Task} Task
                     */
                    Task.fromObject = function (d, q) {
                        if (d instanceof $root.c1.connectorapi.baton.v1.Task)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".c1.connectorapi.baton.v1.Task: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.c1.connectorapi.baton.v1.Task();
                        if (d.id != null) {
                            if (typeof d.id !== "string" || d.id.length) {
                                m.id = $String(d.id);
                            }
                        }
                        if (d.none != null) {
                            if (!$util.isObject(d.none))
                                throw $TypeError(".c1.connectorapi.baton.v1.Task.none: object expected");
                            m.none = $root.c1.connectorapi.baton.v1.Task.NoneTask.fromObject(d.none, q + 1);
                        }
                        if (d.hello != null) {
                            if (!$util.isObject(d.hello))
                                throw $TypeError(".c1.connectorapi.baton.v1.Task.hello: object expected");
                            m.hello = $root.c1.connectorapi.baton.v1.Task.HelloTask.fromObject(d.hello, q + 1);
                        }
                        if (d.syncFull != null) {
                            if (!$util.isObject(d.syncFull))
                                throw $TypeError(".c1.connectorapi.baton.v1.Task.syncFull: object expected");
                            m.syncFull = $root.c1.connectorapi.baton.v1.Task.SyncFullTask.fromObject(d.syncFull, q + 1);
                        }
                        if (d.grant != null) {
                            if (!$util.isObject(d.grant))
                                throw $TypeError(".c1.connectorapi.baton.v1.Task.grant: object expected");
                            m.grant = $root.c1.connectorapi.baton.v1.Task.GrantTask.fromObject(d.grant, q + 1);
                        }
                        if (d.revoke != null) {
                            if (!$util.isObject(d.revoke))
                                throw $TypeError(".c1.connectorapi.baton.v1.Task.revoke: object expected");
                            m.revoke = $root.c1.connectorapi.baton.v1.Task.RevokeTask.fromObject(d.revoke, q + 1);
                        }
                        if (d.createAccount != null) {
                            if (!$util.isObject(d.createAccount))
                                throw $TypeError(".c1.connectorapi.baton.v1.Task.createAccount: object expected");
                            m.createAccount = $root.c1.connectorapi.baton.v1.Task.CreateAccountTask.fromObject(d.createAccount, q + 1);
                        }
                        if (d.createResource != null) {
                            if (!$util.isObject(d.createResource))
                                throw $TypeError(".c1.connectorapi.baton.v1.Task.createResource: object expected");
                            m.createResource = $root.c1.connectorapi.baton.v1.Task.CreateResourceTask.fromObject(d.createResource, q + 1);
                        }
                        if (d.deleteResource != null) {
                            if (!$util.isObject(d.deleteResource))
                                throw $TypeError(".c1.connectorapi.baton.v1.Task.deleteResource: object expected");
                            m.deleteResource = $root.c1.connectorapi.baton.v1.Task.DeleteResourceTask.fromObject(d.deleteResource, q + 1);
                        }
                        if (d.rotateCredentials != null) {
                            if (!$util.isObject(d.rotateCredentials))
                                throw $TypeError(".c1.connectorapi.baton.v1.Task.rotateCredentials: object expected");
                            m.rotateCredentials = $root.c1.connectorapi.baton.v1.Task.RotateCredentialsTask.fromObject(d.rotateCredentials, q + 1);
                        }
                        if (d.eventFeed != null) {
                            if (!$util.isObject(d.eventFeed))
                                throw $TypeError(".c1.connectorapi.baton.v1.Task.eventFeed: object expected");
                            m.eventFeed = $root.c1.connectorapi.baton.v1.Task.EventFeedTask.fromObject(d.eventFeed, q + 1);
                        }
                        if (d.createTicketTask != null) {
                            if (!$util.isObject(d.createTicketTask))
                                throw $TypeError(".c1.connectorapi.baton.v1.Task.createTicketTask: object expected");
                            m.createTicketTask = $root.c1.connectorapi.baton.v1.Task.CreateTicketTask.fromObject(d.createTicketTask, q + 1);
                        }
                        if (d.listTicketSchemas != null) {
                            if (!$util.isObject(d.listTicketSchemas))
                                throw $TypeError(".c1.connectorapi.baton.v1.Task.listTicketSchemas: object expected");
                            m.listTicketSchemas = $root.c1.connectorapi.baton.v1.Task.ListTicketSchemasTask.fromObject(d.listTicketSchemas, q + 1);
                        }
                        if (d.getTicket != null) {
                            if (!$util.isObject(d.getTicket))
                                throw $TypeError(".c1.connectorapi.baton.v1.Task.getTicket: object expected");
                            m.getTicket = $root.c1.connectorapi.baton.v1.Task.GetTicketTask.fromObject(d.getTicket, q + 1);
                        }
                        if (d.bulkCreateTickets != null) {
                            if (!$util.isObject(d.bulkCreateTickets))
                                throw $TypeError(".c1.connectorapi.baton.v1.Task.bulkCreateTickets: object expected");
                            m.bulkCreateTickets = $root.c1.connectorapi.baton.v1.Task.BulkCreateTicketsTask.fromObject(d.bulkCreateTickets, q + 1);
                        }
                        if (d.bulkGetTickets != null) {
                            if (!$util.isObject(d.bulkGetTickets))
                                throw $TypeError(".c1.connectorapi.baton.v1.Task.bulkGetTickets: object expected");
                            m.bulkGetTickets = $root.c1.connectorapi.baton.v1.Task.BulkGetTicketsTask.fromObject(d.bulkGetTickets, q + 1);
                        }
                        if (d.actionListSchemas != null) {
                            if (!$util.isObject(d.actionListSchemas))
                                throw $TypeError(".c1.connectorapi.baton.v1.Task.actionListSchemas: object expected");
                            m.actionListSchemas = $root.c1.connectorapi.baton.v1.Task.ActionListSchemasTask.fromObject(d.actionListSchemas, q + 1);
                        }
                        if (d.actionGetSchema != null) {
                            if (!$util.isObject(d.actionGetSchema))
                                throw $TypeError(".c1.connectorapi.baton.v1.Task.actionGetSchema: object expected");
                            m.actionGetSchema = $root.c1.connectorapi.baton.v1.Task.ActionGetSchemaTask.fromObject(d.actionGetSchema, q + 1);
                        }
                        if (d.actionInvoke != null) {
                            if (!$util.isObject(d.actionInvoke))
                                throw $TypeError(".c1.connectorapi.baton.v1.Task.actionInvoke: object expected");
                            m.actionInvoke = $root.c1.connectorapi.baton.v1.Task.ActionInvokeTask.fromObject(d.actionInvoke, q + 1);
                        }
                        if (d.actionStatus != null) {
                            if (!$util.isObject(d.actionStatus))
                                throw $TypeError(".c1.connectorapi.baton.v1.Task.actionStatus: object expected");
                            m.actionStatus = $root.c1.connectorapi.baton.v1.Task.ActionStatusTask.fromObject(d.actionStatus, q + 1);
                        }
                        if (d.createSyncDiff != null) {
                            if (!$util.isObject(d.createSyncDiff))
                                throw $TypeError(".c1.connectorapi.baton.v1.Task.createSyncDiff: object expected");
                            m.createSyncDiff = $root.c1.connectorapi.baton.v1.Task.CreateSyncDiffTask.fromObject(d.createSyncDiff, q + 1);
                        }
                        if (d.compactSyncs != null) {
                            if (!$util.isObject(d.compactSyncs))
                                throw $TypeError(".c1.connectorapi.baton.v1.Task.compactSyncs: object expected");
                            m.compactSyncs = $root.c1.connectorapi.baton.v1.Task.CompactSyncs.fromObject(d.compactSyncs, q + 1);
                        }
                        if (d.listEventFeeds != null) {
                            if (!$util.isObject(d.listEventFeeds))
                                throw $TypeError(".c1.connectorapi.baton.v1.Task.listEventFeeds: object expected");
                            m.listEventFeeds = $root.c1.connectorapi.baton.v1.Task.ListEventFeedsTask.fromObject(d.listEventFeeds, q + 1);
                        }
                        if (d.listEvents != null) {
                            if (!$util.isObject(d.listEvents))
                                throw $TypeError(".c1.connectorapi.baton.v1.Task.listEvents: object expected");
                            m.listEvents = $root.c1.connectorapi.baton.v1.Task.ListEventsTask.fromObject(d.listEvents, q + 1);
                        }
                        if (d.issueCredential != null) {
                            if (!$util.isObject(d.issueCredential))
                                throw $TypeError(".c1.connectorapi.baton.v1.Task.issueCredential: object expected");
                            m.issueCredential = $root.c1.connectorapi.baton.v1.Task.IssueCredentialTask.fromObject(d.issueCredential, q + 1);
                        }
                        if (d.debug != null) {
                            if (d.debug) {
                                m.debug = $Boolean(d.debug);
                            }
                        }
                        return m;
                    };

                    /**
                     * Creates a plain object from a Task message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof c1.connectorapi.baton.v1.Task
                     * @static
                     * @param {c1.connectorapi.baton.v1.Task} m Task
                     * @param {$protobuf.IConversionOptions} [o] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    Task.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (o.defaults) {
                            d.id = "";
                            d.debug = false;
                        }
                        if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                            d.id = m.id;
                        }
                        if (m.debug != null && $Object.hasOwnProperty.call(m, "debug")) {
                            d.debug = m.debug;
                        }
                        if (m.none != null && $Object.hasOwnProperty.call(m, "none")) {
                            d.none = $root.c1.connectorapi.baton.v1.Task.NoneTask.toObject(m.none, o, q + 1);
                            if (o.oneofs)
                                d.taskType = "none";
                        }
                        if (m.hello != null && $Object.hasOwnProperty.call(m, "hello")) {
                            d.hello = $root.c1.connectorapi.baton.v1.Task.HelloTask.toObject(m.hello, o, q + 1);
                            if (o.oneofs)
                                d.taskType = "hello";
                        }
                        if (m.syncFull != null && $Object.hasOwnProperty.call(m, "syncFull")) {
                            d.syncFull = $root.c1.connectorapi.baton.v1.Task.SyncFullTask.toObject(m.syncFull, o, q + 1);
                            if (o.oneofs)
                                d.taskType = "syncFull";
                        }
                        if (m.grant != null && $Object.hasOwnProperty.call(m, "grant")) {
                            d.grant = $root.c1.connectorapi.baton.v1.Task.GrantTask.toObject(m.grant, o, q + 1);
                            if (o.oneofs)
                                d.taskType = "grant";
                        }
                        if (m.revoke != null && $Object.hasOwnProperty.call(m, "revoke")) {
                            d.revoke = $root.c1.connectorapi.baton.v1.Task.RevokeTask.toObject(m.revoke, o, q + 1);
                            if (o.oneofs)
                                d.taskType = "revoke";
                        }
                        if (m.createAccount != null && $Object.hasOwnProperty.call(m, "createAccount")) {
                            d.createAccount = $root.c1.connectorapi.baton.v1.Task.CreateAccountTask.toObject(m.createAccount, o, q + 1);
                            if (o.oneofs)
                                d.taskType = "createAccount";
                        }
                        if (m.createResource != null && $Object.hasOwnProperty.call(m, "createResource")) {
                            d.createResource = $root.c1.connectorapi.baton.v1.Task.CreateResourceTask.toObject(m.createResource, o, q + 1);
                            if (o.oneofs)
                                d.taskType = "createResource";
                        }
                        if (m.deleteResource != null && $Object.hasOwnProperty.call(m, "deleteResource")) {
                            d.deleteResource = $root.c1.connectorapi.baton.v1.Task.DeleteResourceTask.toObject(m.deleteResource, o, q + 1);
                            if (o.oneofs)
                                d.taskType = "deleteResource";
                        }
                        if (m.rotateCredentials != null && $Object.hasOwnProperty.call(m, "rotateCredentials")) {
                            d.rotateCredentials = $root.c1.connectorapi.baton.v1.Task.RotateCredentialsTask.toObject(m.rotateCredentials, o, q + 1);
                            if (o.oneofs)
                                d.taskType = "rotateCredentials";
                        }
                        if (m.eventFeed != null && $Object.hasOwnProperty.call(m, "eventFeed")) {
                            d.eventFeed = $root.c1.connectorapi.baton.v1.Task.EventFeedTask.toObject(m.eventFeed, o, q + 1);
                            if (o.oneofs)
                                d.taskType = "eventFeed";
                        }
                        if (m.createTicketTask != null && $Object.hasOwnProperty.call(m, "createTicketTask")) {
                            d.createTicketTask = $root.c1.connectorapi.baton.v1.Task.CreateTicketTask.toObject(m.createTicketTask, o, q + 1);
                            if (o.oneofs)
                                d.taskType = "createTicketTask";
                        }
                        if (m.listTicketSchemas != null && $Object.hasOwnProperty.call(m, "listTicketSchemas")) {
                            d.listTicketSchemas = $root.c1.connectorapi.baton.v1.Task.ListTicketSchemasTask.toObject(m.listTicketSchemas, o, q + 1);
                            if (o.oneofs)
                                d.taskType = "listTicketSchemas";
                        }
                        if (m.getTicket != null && $Object.hasOwnProperty.call(m, "getTicket")) {
                            d.getTicket = $root.c1.connectorapi.baton.v1.Task.GetTicketTask.toObject(m.getTicket, o, q + 1);
                            if (o.oneofs)
                                d.taskType = "getTicket";
                        }
                        if (m.bulkCreateTickets != null && $Object.hasOwnProperty.call(m, "bulkCreateTickets")) {
                            d.bulkCreateTickets = $root.c1.connectorapi.baton.v1.Task.BulkCreateTicketsTask.toObject(m.bulkCreateTickets, o, q + 1);
                            if (o.oneofs)
                                d.taskType = "bulkCreateTickets";
                        }
                        if (m.bulkGetTickets != null && $Object.hasOwnProperty.call(m, "bulkGetTickets")) {
                            d.bulkGetTickets = $root.c1.connectorapi.baton.v1.Task.BulkGetTicketsTask.toObject(m.bulkGetTickets, o, q + 1);
                            if (o.oneofs)
                                d.taskType = "bulkGetTickets";
                        }
                        if (m.actionListSchemas != null && $Object.hasOwnProperty.call(m, "actionListSchemas")) {
                            d.actionListSchemas = $root.c1.connectorapi.baton.v1.Task.ActionListSchemasTask.toObject(m.actionListSchemas, o, q + 1);
                            if (o.oneofs)
                                d.taskType = "actionListSchemas";
                        }
                        if (m.actionGetSchema != null && $Object.hasOwnProperty.call(m, "actionGetSchema")) {
                            d.actionGetSchema = $root.c1.connectorapi.baton.v1.Task.ActionGetSchemaTask.toObject(m.actionGetSchema, o, q + 1);
                            if (o.oneofs)
                                d.taskType = "actionGetSchema";
                        }
                        if (m.actionInvoke != null && $Object.hasOwnProperty.call(m, "actionInvoke")) {
                            d.actionInvoke = $root.c1.connectorapi.baton.v1.Task.ActionInvokeTask.toObject(m.actionInvoke, o, q + 1);
                            if (o.oneofs)
                                d.taskType = "actionInvoke";
                        }
                        if (m.actionStatus != null && $Object.hasOwnProperty.call(m, "actionStatus")) {
                            d.actionStatus = $root.c1.connectorapi.baton.v1.Task.ActionStatusTask.toObject(m.actionStatus, o, q + 1);
                            if (o.oneofs)
                                d.taskType = "actionStatus";
                        }
                        if (m.createSyncDiff != null && $Object.hasOwnProperty.call(m, "createSyncDiff")) {
                            d.createSyncDiff = $root.c1.connectorapi.baton.v1.Task.CreateSyncDiffTask.toObject(m.createSyncDiff, o, q + 1);
                            if (o.oneofs)
                                d.taskType = "createSyncDiff";
                        }
                        if (m.compactSyncs != null && $Object.hasOwnProperty.call(m, "compactSyncs")) {
                            d.compactSyncs = $root.c1.connectorapi.baton.v1.Task.CompactSyncs.toObject(m.compactSyncs, o, q + 1);
                            if (o.oneofs)
                                d.taskType = "compactSyncs";
                        }
                        if (m.listEventFeeds != null && $Object.hasOwnProperty.call(m, "listEventFeeds")) {
                            d.listEventFeeds = $root.c1.connectorapi.baton.v1.Task.ListEventFeedsTask.toObject(m.listEventFeeds, o, q + 1);
                            if (o.oneofs)
                                d.taskType = "listEventFeeds";
                        }
                        if (m.listEvents != null && $Object.hasOwnProperty.call(m, "listEvents")) {
                            d.listEvents = $root.c1.connectorapi.baton.v1.Task.ListEventsTask.toObject(m.listEvents, o, q + 1);
                            if (o.oneofs)
                                d.taskType = "listEvents";
                        }
                        if (m.issueCredential != null && $Object.hasOwnProperty.call(m, "issueCredential")) {
                            d.issueCredential = $root.c1.connectorapi.baton.v1.Task.IssueCredentialTask.toObject(m.issueCredential, o, q + 1);
                            if (o.oneofs)
                                d.taskType = "issueCredential";
                        }
                        return d;
                    };

                    /**
                     * Converts this Task to JSON.
                     * @function toJSON
                     * @memberof c1.connectorapi.baton.v1.Task
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    Task.prototype.toJSON = function() {
                        return Task.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for Task
                     * @function getTypeUrl
                     * @memberof c1.connectorapi.baton.v1.Task
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    Task.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/c1.connectorapi.baton.v1.Task";
                    };

                    Task.NoneTask = (function() {

                        /**
                         * Properties of a NoneTask.
                         * @typedef {Object} c1.connectorapi.baton.v1.Task.NoneTask.$Properties
                         * @property {Array.<google.protobuf.Any.$Properties>|null} [annotations] NoneTask annotations
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of a NoneTask.
                         * @memberof c1.connectorapi.baton.v1.Task
                         * @interface INoneTask
                         * @augments c1.connectorapi.baton.v1.Task.NoneTask.$Properties
                         * @deprecated Use c1.connectorapi.baton.v1.Task.NoneTask.$Properties instead.
                         */

                        /**
                         * Shape of a NoneTask.
                         * @typedef {c1.connectorapi.baton.v1.Task.NoneTask.$Properties} c1.connectorapi.baton.v1.Task.NoneTask.$Shape
                         */

                        /**
                         * Constructs a new NoneTask.
                         * @memberof c1.connectorapi.baton.v1.Task
                         * @classdesc Represents a NoneTask.
                         * @constructor
                         * @param {c1.connectorapi.baton.v1.Task.NoneTask.$Properties=} [p] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const NoneTask = function (p) {
                            this.annotations = [];
                            if (p)
                                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                                        this[ks[i]] = p[ks[i]];
                        };

                        /**
                         * NoneTask annotations.
                         * @member {Array.<google.protobuf.Any.$Properties>} annotations
                         * @memberof c1.connectorapi.baton.v1.Task.NoneTask
                         * @instance
                         */
                        NoneTask.prototype.annotations = $util.emptyArray;

                        /**
                         * Creates a new NoneTask instance using the specified properties.
                         * @function create
                         * @memberof c1.connectorapi.baton.v1.Task.NoneTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.NoneTask.$Properties=} [properties] Properties to set
                         * @returns {c1.connectorapi.baton.v1.Task.NoneTask} NoneTask instance
                         * @type {{
                         *   (properties: c1.connectorapi.baton.v1.Task.NoneTask.$Shape): c1.connectorapi.baton.v1.Task.NoneTask & c1.connectorapi.baton.v1.Task.NoneTask.$Shape;
                         *   (properties?: c1.connectorapi.baton.v1.Task.NoneTask.$Properties): c1.connectorapi.baton.v1.Task.NoneTask;
                         * }}
                         */
                        NoneTask.create = function(properties) {
                            return new NoneTask(properties);
                        };

                        /**
                         * Encodes the specified NoneTask message. Does not implicitly {@link c1.connectorapi.baton.v1.Task.NoneTask.verify|verify} messages.
                         * @function encode
                         * @memberof c1.connectorapi.baton.v1.Task.NoneTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.NoneTask.$Properties} m NoneTask message or plain object to encode
                         * @param {$protobuf.Writer} [w] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        NoneTask.encode = function (m, w, q) {
                            if (!w)
                                w = $Writer.create();
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (m.annotations != null && m.annotations.length) {
                                for (var i = 0; i < m.annotations.length; ++i)
                                    $root.google.protobuf.Any.encode(m.annotations[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                            }
                            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                                for (var i = 0; i < m.$unknowns.length; ++i)
                                    w.raw(m.$unknowns[i]);
                            return w;
                        };

                        /**
                         * Decodes a NoneTask message from the specified reader or buffer.
                         * @function decode
                         * @memberof c1.connectorapi.baton.v1.Task.NoneTask
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                         * @param {number} [l] Message length if known beforehand
                         * @returns {c1.connectorapi.baton.v1.Task.NoneTask & c1.connectorapi.baton.v1.Task.NoneTask.$Shape} NoneTask
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        NoneTask.decode = function (r, l, z, q, g) {
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
                            m = g || new $root.c1.connectorapi.baton.v1.Task.NoneTask();
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
                         * Creates a NoneTask message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof c1.connectorapi.baton.v1.Task.NoneTask
                         * @static
                         * @param {Object.<string,*>} d Plain object
                         * @returns {c1.connectorapi.baton.v1.Task.NoneTask} NoneTask
                         */
                        NoneTask.fromObject = function (d, q) {
                            if (d instanceof $root.c1.connectorapi.baton.v1.Task.NoneTask)
                                return d;
                            if (!$util.isObject(d))
                                throw $TypeError(".c1.connectorapi.baton.v1.Task.NoneTask: object expected");
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            var m = new $root.c1.connectorapi.baton.v1.Task.NoneTask();
                            if (d.annotations) {
                                if (!$Array.isArray(d.annotations))
                                    throw $TypeError(".c1.connectorapi.baton.v1.Task.NoneTask.annotations: array expected");
                                m.annotations = $Array(d.annotations.length);
                                for (var i = 0; i < d.annotations.length; ++i) {
                                    if (!$util.isObject(d.annotations[i]))
                                        throw $TypeError(".c1.connectorapi.baton.v1.Task.NoneTask.annotations: object expected");
                                    m.annotations[i] = $root.google.protobuf.Any.fromObject(d.annotations[i], q + 1);
                                }
                            }
                            return m;
                        };

                        /**
                         * Creates a plain object from a NoneTask message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof c1.connectorapi.baton.v1.Task.NoneTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.NoneTask} m NoneTask
                         * @param {$protobuf.IConversionOptions} [o] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        NoneTask.toObject = function (m, o, q) {
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
                            if (m.annotations && m.annotations.length) {
                                d.annotations = $Array(m.annotations.length);
                                for (var j = 0; j < m.annotations.length; ++j) {
                                    d.annotations[j] = $root.google.protobuf.Any.toObject(m.annotations[j], o, q + 1);
                                }
                            }
                            return d;
                        };

                        /**
                         * Converts this NoneTask to JSON.
                         * @function toJSON
                         * @memberof c1.connectorapi.baton.v1.Task.NoneTask
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        NoneTask.prototype.toJSON = function() {
                            return NoneTask.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for NoneTask
                         * @function getTypeUrl
                         * @memberof c1.connectorapi.baton.v1.Task.NoneTask
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        NoneTask.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/c1.connectorapi.baton.v1.Task.NoneTask";
                        };

                        return NoneTask;
                    })();

                    Task.HelloTask = (function() {

                        /**
                         * Properties of a HelloTask.
                         * @typedef {Object} c1.connectorapi.baton.v1.Task.HelloTask.$Properties
                         * @property {Array.<google.protobuf.Any.$Properties>|null} [annotations] HelloTask annotations
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of a HelloTask.
                         * @memberof c1.connectorapi.baton.v1.Task
                         * @interface IHelloTask
                         * @augments c1.connectorapi.baton.v1.Task.HelloTask.$Properties
                         * @deprecated Use c1.connectorapi.baton.v1.Task.HelloTask.$Properties instead.
                         */

                        /**
                         * Shape of a HelloTask.
                         * @typedef {c1.connectorapi.baton.v1.Task.HelloTask.$Properties} c1.connectorapi.baton.v1.Task.HelloTask.$Shape
                         */

                        /**
                         * Constructs a new HelloTask.
                         * @memberof c1.connectorapi.baton.v1.Task
                         * @classdesc Represents a HelloTask.
                         * @constructor
                         * @param {c1.connectorapi.baton.v1.Task.HelloTask.$Properties=} [p] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const HelloTask = function (p) {
                            this.annotations = [];
                            if (p)
                                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                                        this[ks[i]] = p[ks[i]];
                        };

                        /**
                         * HelloTask annotations.
                         * @member {Array.<google.protobuf.Any.$Properties>} annotations
                         * @memberof c1.connectorapi.baton.v1.Task.HelloTask
                         * @instance
                         */
                        HelloTask.prototype.annotations = $util.emptyArray;

                        /**
                         * Creates a new HelloTask instance using the specified properties.
                         * @function create
                         * @memberof c1.connectorapi.baton.v1.Task.HelloTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.HelloTask.$Properties=} [properties] Properties to set
                         * @returns {c1.connectorapi.baton.v1.Task.HelloTask} HelloTask instance
                         * @type {{
                         *   (properties: c1.connectorapi.baton.v1.Task.HelloTask.$Shape): c1.connectorapi.baton.v1.Task.HelloTask & c1.connectorapi.baton.v1.Task.HelloTask.$Shape;
                         *   (properties?: c1.connectorapi.baton.v1.Task.HelloTask.$Properties): c1.connectorapi.baton.v1.Task.HelloTask;
                         * }}
                         */
                        HelloTask.create = function(properties) {
                            return new HelloTask(properties);
                        };

                        /**
                         * Encodes the specified HelloTask message. Does not implicitly {@link c1.connectorapi.baton.v1.Task.HelloTask.verify|verify} messages.
                         * @function encode
                         * @memberof c1.connectorapi.baton.v1.Task.HelloTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.HelloTask.$Properties} m HelloTask message or plain object to encode
                         * @param {$protobuf.Writer} [w] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        HelloTask.encode = function (m, w, q) {
                            if (!w)
                                w = $Writer.create();
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (m.annotations != null && m.annotations.length) {
                                for (var i = 0; i < m.annotations.length; ++i)
                                    $root.google.protobuf.Any.encode(m.annotations[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                            }
                            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                                for (var i = 0; i < m.$unknowns.length; ++i)
                                    w.raw(m.$unknowns[i]);
                            return w;
                        };

                        /**
                         * Decodes a HelloTask message from the specified reader or buffer.
                         * @function decode
                         * @memberof c1.connectorapi.baton.v1.Task.HelloTask
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                         * @param {number} [l] Message length if known beforehand
                         * @returns {c1.connectorapi.baton.v1.Task.HelloTask & c1.connectorapi.baton.v1.Task.HelloTask.$Shape} HelloTask
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        HelloTask.decode = function (r, l, z, q, g) {
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
                            m = g || new $root.c1.connectorapi.baton.v1.Task.HelloTask();
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
                         * Creates a HelloTask message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof c1.connectorapi.baton.v1.Task.HelloTask
                         * @static
                         * @param {Object.<string,*>} d Plain object
                         * @returns {c1.connectorapi.baton.v1.Task.HelloTask} HelloTask
                         */
                        HelloTask.fromObject = function (d, q) {
                            if (d instanceof $root.c1.connectorapi.baton.v1.Task.HelloTask)
                                return d;
                            if (!$util.isObject(d))
                                throw $TypeError(".c1.connectorapi.baton.v1.Task.HelloTask: object expected");
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            var m = new $root.c1.connectorapi.baton.v1.Task.HelloTask();
                            if (d.annotations) {
                                if (!$Array.isArray(d.annotations))
                                    throw $TypeError(".c1.connectorapi.baton.v1.Task.HelloTask.annotations: array expected");
                                m.annotations = $Array(d.annotations.length);
                                for (var i = 0; i < d.annotations.length; ++i) {
                                    if (!$util.isObject(d.annotations[i]))
                                        throw $TypeError(".c1.connectorapi.baton.v1.Task.HelloTask.annotations: object expected");
                                    m.annotations[i] = $root.google.protobuf.Any.fromObject(d.annotations[i], q + 1);
                                }
                            }
                            return m;
                        };

                        /**
                         * Creates a plain object from a HelloTask message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof c1.connectorapi.baton.v1.Task.HelloTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.HelloTask} m HelloTask
                         * @param {$protobuf.IConversionOptions} [o] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        HelloTask.toObject = function (m, o, q) {
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
                            if (m.annotations && m.annotations.length) {
                                d.annotations = $Array(m.annotations.length);
                                for (var j = 0; j < m.annotations.length; ++j) {
                                    d.annotations[j] = $root.google.protobuf.Any.toObject(m.annotations[j], o, q + 1);
                                }
                            }
                            return d;
                        };

                        /**
                         * Converts this HelloTask to JSON.
                         * @function toJSON
                         * @memberof c1.connectorapi.baton.v1.Task.HelloTask
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        HelloTask.prototype.toJSON = function() {
                            return HelloTask.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for HelloTask
                         * @function getTypeUrl
                         * @memberof c1.connectorapi.baton.v1.Task.HelloTask
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        HelloTask.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/c1.connectorapi.baton.v1.Task.HelloTask";
                        };

                        return HelloTask;
                    })();

                    Task.SyncFullTask = (function() {

                        /**
                         * Properties of a SyncFullTask.
                         * @typedef {Object} c1.connectorapi.baton.v1.Task.SyncFullTask.$Properties
                         * @property {Array.<google.protobuf.Any.$Properties>|null} [annotations] SyncFullTask annotations
                         * @property {boolean|null} [skipExpandGrants] SyncFullTask skipExpandGrants
                         * @property {boolean|null} [skipEntitlementsAndGrants] SyncFullTask skipEntitlementsAndGrants
                         * @property {Array.<c1.connector.v2.Resource.$Properties>|null} [targetedSyncResources] SyncFullTask targetedSyncResources
                         * @property {Array.<string>|null} [syncResourceTypeIds] SyncFullTask syncResourceTypeIds
                         * @property {boolean|null} [skipGrants] SyncFullTask skipGrants
                         * @property {string|null} [storageEngine] SyncFullTask storageEngine
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of a SyncFullTask.
                         * @memberof c1.connectorapi.baton.v1.Task
                         * @interface ISyncFullTask
                         * @augments c1.connectorapi.baton.v1.Task.SyncFullTask.$Properties
                         * @deprecated Use c1.connectorapi.baton.v1.Task.SyncFullTask.$Properties instead.
                         */

                        /**
                         * Shape of a SyncFullTask.
                         * @typedef {c1.connectorapi.baton.v1.Task.SyncFullTask.$Properties} c1.connectorapi.baton.v1.Task.SyncFullTask.$Shape
                         */

                        /**
                         * Constructs a new SyncFullTask.
                         * @memberof c1.connectorapi.baton.v1.Task
                         * @classdesc Represents a SyncFullTask.
                         * @constructor
                         * @param {c1.connectorapi.baton.v1.Task.SyncFullTask.$Properties=} [p] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const SyncFullTask = function (p) {
                            this.annotations = [];
                            this.targetedSyncResources = [];
                            this.syncResourceTypeIds = [];
                            if (p)
                                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                                        this[ks[i]] = p[ks[i]];
                        };

                        /**
                         * SyncFullTask annotations.
                         * @member {Array.<google.protobuf.Any.$Properties>} annotations
                         * @memberof c1.connectorapi.baton.v1.Task.SyncFullTask
                         * @instance
                         */
                        SyncFullTask.prototype.annotations = $util.emptyArray;

                        /**
                         * SyncFullTask skipExpandGrants.
                         * @member {boolean} skipExpandGrants
                         * @memberof c1.connectorapi.baton.v1.Task.SyncFullTask
                         * @instance
                         */
                        SyncFullTask.prototype.skipExpandGrants = false;

                        /**
                         * SyncFullTask skipEntitlementsAndGrants.
                         * @member {boolean} skipEntitlementsAndGrants
                         * @memberof c1.connectorapi.baton.v1.Task.SyncFullTask
                         * @instance
                         */
                        SyncFullTask.prototype.skipEntitlementsAndGrants = false;

                        /**
                         * SyncFullTask targetedSyncResources.
                         * @member {Array.<c1.connector.v2.Resource.$Properties>} targetedSyncResources
                         * @memberof c1.connectorapi.baton.v1.Task.SyncFullTask
                         * @instance
                         */
                        SyncFullTask.prototype.targetedSyncResources = $util.emptyArray;

                        /**
                         * SyncFullTask syncResourceTypeIds.
                         * @member {Array.<string>} syncResourceTypeIds
                         * @memberof c1.connectorapi.baton.v1.Task.SyncFullTask
                         * @instance
                         */
                        SyncFullTask.prototype.syncResourceTypeIds = $util.emptyArray;

                        /**
                         * SyncFullTask skipGrants.
                         * @member {boolean} skipGrants
                         * @memberof c1.connectorapi.baton.v1.Task.SyncFullTask
                         * @instance
                         */
                        SyncFullTask.prototype.skipGrants = false;

                        /**
                         * SyncFullTask storageEngine.
                         * @member {string} storageEngine
                         * @memberof c1.connectorapi.baton.v1.Task.SyncFullTask
                         * @instance
                         */
                        SyncFullTask.prototype.storageEngine = "";

                        /**
                         * Creates a new SyncFullTask instance using the specified properties.
                         * @function create
                         * @memberof c1.connectorapi.baton.v1.Task.SyncFullTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.SyncFullTask.$Properties=} [properties] Properties to set
                         * @returns {c1.connectorapi.baton.v1.Task.SyncFullTask} SyncFullTask instance
                         * @type {{
                         *   (properties: c1.connectorapi.baton.v1.Task.SyncFullTask.$Shape): c1.connectorapi.baton.v1.Task.SyncFullTask & c1.connectorapi.baton.v1.Task.SyncFullTask.$Shape;
                         *   (properties?: c1.connectorapi.baton.v1.Task.SyncFullTask.$Properties): c1.connectorapi.baton.v1.Task.SyncFullTask;
                         * }}
                         */
                        SyncFullTask.create = function(properties) {
                            return new SyncFullTask(properties);
                        };

                        /**
                         * Encodes the specified SyncFullTask message. Does not implicitly {@link c1.connectorapi.baton.v1.Task.SyncFullTask.verify|verify} messages.
                         * @function encode
                         * @memberof c1.connectorapi.baton.v1.Task.SyncFullTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.SyncFullTask.$Properties} m SyncFullTask message or plain object to encode
                         * @param {$protobuf.Writer} [w] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        SyncFullTask.encode = function (m, w, q) {
                            if (!w)
                                w = $Writer.create();
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (m.annotations != null && m.annotations.length) {
                                for (var i = 0; i < m.annotations.length; ++i)
                                    $root.google.protobuf.Any.encode(m.annotations[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                            }
                            if (m.skipExpandGrants != null && $Object.hasOwnProperty.call(m, "skipExpandGrants") && m.skipExpandGrants !== false)
                                w.uint32(/* id 2, wireType 0 =*/16).bool(m.skipExpandGrants);
                            if (m.skipEntitlementsAndGrants != null && $Object.hasOwnProperty.call(m, "skipEntitlementsAndGrants") && m.skipEntitlementsAndGrants !== false)
                                w.uint32(/* id 3, wireType 0 =*/24).bool(m.skipEntitlementsAndGrants);
                            if (m.targetedSyncResources != null && m.targetedSyncResources.length) {
                                for (var i = 0; i < m.targetedSyncResources.length; ++i)
                                    $root.c1.connector.v2.Resource.encode(m.targetedSyncResources[i], w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                            }
                            if (m.syncResourceTypeIds != null && m.syncResourceTypeIds.length) {
                                for (var i = 0; i < m.syncResourceTypeIds.length; ++i)
                                    w.uint32(/* id 5, wireType 2 =*/42).string(m.syncResourceTypeIds[i]);
                            }
                            if (m.skipGrants != null && $Object.hasOwnProperty.call(m, "skipGrants") && m.skipGrants !== false)
                                w.uint32(/* id 6, wireType 0 =*/48).bool(m.skipGrants);
                            if (m.storageEngine != null && $Object.hasOwnProperty.call(m, "storageEngine") && m.storageEngine !== "")
                                w.uint32(/* id 7, wireType 2 =*/58).string(m.storageEngine);
                            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                                for (var i = 0; i < m.$unknowns.length; ++i)
                                    w.raw(m.$unknowns[i]);
                            return w;
                        };

                        /**
                         * Decodes a SyncFullTask message from the specified reader or buffer.
                         * @function decode
                         * @memberof c1.connectorapi.baton.v1.Task.SyncFullTask
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                         * @param {number} [l] Message length if known beforehand
                         * @returns {c1.connectorapi.baton.v1.Task.SyncFullTask & c1.connectorapi.baton.v1.Task.SyncFullTask.$Shape} SyncFullTask
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        SyncFullTask.decode = function (r, l, z, q, g) {
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
                            m = g || new $root.c1.connectorapi.baton.v1.Task.SyncFullTask();
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
                                        if (!(m.annotations && m.annotations.length))
                                            m.annotations = [];
                                        m.annotations.push($root.google.protobuf.Any.decode(r, r.size(), $undefined, q + 1));
                                        continue;
                                    }
                                case 2: {
                                        if (u !== 0)
                                            break;
                                        if (v = r.bool())
                                            m.skipExpandGrants = v;
                                        else
                                            delete m.skipExpandGrants;
                                        continue;
                                    }
                                case 3: {
                                        if (u !== 0)
                                            break;
                                        if (v = r.bool())
                                            m.skipEntitlementsAndGrants = v;
                                        else
                                            delete m.skipEntitlementsAndGrants;
                                        continue;
                                    }
                                case 4: {
                                        if (u !== 2)
                                            break;
                                        if (!(m.targetedSyncResources && m.targetedSyncResources.length))
                                            m.targetedSyncResources = [];
                                        m.targetedSyncResources.push($root.c1.connector.v2.Resource.decode(r, r.size(), $undefined, q + 1));
                                        continue;
                                    }
                                case 5: {
                                        if (u !== 2)
                                            break;
                                        if (!(m.syncResourceTypeIds && m.syncResourceTypeIds.length))
                                            m.syncResourceTypeIds = [];
                                        m.syncResourceTypeIds.push(r.stringVerify());
                                        continue;
                                    }
                                case 6: {
                                        if (u !== 0)
                                            break;
                                        if (v = r.bool())
                                            m.skipGrants = v;
                                        else
                                            delete m.skipGrants;
                                        continue;
                                    }
                                case 7: {
                                        if (u !== 2)
                                            break;
                                        if ((v = r.stringVerify()).length)
                                            m.storageEngine = v;
                                        else
                                            delete m.storageEngine;
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
                         * Creates a SyncFullTask message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof c1.connectorapi.baton.v1.Task.SyncFullTask
                         * @static
                         * @param {Object.<string,*>} d Plain object
                         * @returns {c1.connectorapi.baton.v1.Task.SyncFullTask} SyncFullTask
                         */
                        SyncFullTask.fromObject = function (d, q) {
                            if (d instanceof $root.c1.connectorapi.baton.v1.Task.SyncFullTask)
                                return d;
                            if (!$util.isObject(d))
                                throw $TypeError(".c1.connectorapi.baton.v1.Task.SyncFullTask: object expected");
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            var m = new $root.c1.connectorapi.baton.v1.Task.SyncFullTask();
                            if (d.annotations) {
                                if (!$Array.isArray(d.annotations))
                                    throw $TypeError(".c1.connectorapi.baton.v1.Task.SyncFullTask.annotations: array expected");
                                m.annotations = $Array(d.annotations.length);
                                for (var i = 0; i < d.annotations.length; ++i) {
                                    if (!$util.isObject(d.annotations[i]))
                                        throw $TypeError(".c1.connectorapi.baton.v1.Task.SyncFullTask.annotations: object expected");
                                    m.annotations[i] = $root.google.protobuf.Any.fromObject(d.annotations[i], q + 1);
                                }
                            }
                            if (d.skipExpandGrants != null) {
                                if (d.skipExpandGrants) {
                                    m.skipExpandGrants = $Boolean(d.skipExpandGrants);
                                }
                            }
                            if (d.skipEntitlementsAndGrants != null) {
                                if (d.skipEntitlementsAndGrants) {
                                    m.skipEntitlementsAndGrants = $Boolean(d.skipEntitlementsAndGrants);
                                }
                            }
                            if (d.targetedSyncResources) {
                                if (!$Array.isArray(d.targetedSyncResources))
                                    throw $TypeError(".c1.connectorapi.baton.v1.Task.SyncFullTask.targetedSyncResources: array expected");
                                m.targetedSyncResources = $Array(d.targetedSyncResources.length);
                                for (var i = 0; i < d.targetedSyncResources.length; ++i) {
                                    if (!$util.isObject(d.targetedSyncResources[i]))
                                        throw $TypeError(".c1.connectorapi.baton.v1.Task.SyncFullTask.targetedSyncResources: object expected");
                                    m.targetedSyncResources[i] = $root.c1.connector.v2.Resource.fromObject(d.targetedSyncResources[i], q + 1);
                                }
                            }
                            if (d.syncResourceTypeIds) {
                                if (!$Array.isArray(d.syncResourceTypeIds))
                                    throw $TypeError(".c1.connectorapi.baton.v1.Task.SyncFullTask.syncResourceTypeIds: array expected");
                                m.syncResourceTypeIds = $Array(d.syncResourceTypeIds.length);
                                for (var i = 0; i < d.syncResourceTypeIds.length; ++i) {
                                    m.syncResourceTypeIds[i] = $String(d.syncResourceTypeIds[i]);
                                }
                            }
                            if (d.skipGrants != null) {
                                if (d.skipGrants) {
                                    m.skipGrants = $Boolean(d.skipGrants);
                                }
                            }
                            if (d.storageEngine != null) {
                                if (typeof d.storageEngine !== "string" || d.storageEngine.length) {
                                    m.storageEngine = $String(d.storageEngine);
                                }
                            }
                            return m;
                        };

                        /**
                         * Creates a plain object from a SyncFullTask message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof c1.connectorapi.baton.v1.Task.SyncFullTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.SyncFullTask} m SyncFullTask
                         * @param {$protobuf.IConversionOptions} [o] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        SyncFullTask.toObject = function (m, o, q) {
                            if (!o)
                                o = {};
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            var d = {};
                            if (o.arrays || o.defaults) {
                                d.annotations = [];
                                d.targetedSyncResources = [];
                                d.syncResourceTypeIds = [];
                            }
                            if (o.defaults) {
                                d.skipExpandGrants = false;
                                d.skipEntitlementsAndGrants = false;
                                d.skipGrants = false;
                                d.storageEngine = "";
                            }
                            if (m.annotations && m.annotations.length) {
                                d.annotations = $Array(m.annotations.length);
                                for (var j = 0; j < m.annotations.length; ++j) {
                                    d.annotations[j] = $root.google.protobuf.Any.toObject(m.annotations[j], o, q + 1);
                                }
                            }
                            if (m.skipExpandGrants != null && $Object.hasOwnProperty.call(m, "skipExpandGrants")) {
                                d.skipExpandGrants = m.skipExpandGrants;
                            }
                            if (m.skipEntitlementsAndGrants != null && $Object.hasOwnProperty.call(m, "skipEntitlementsAndGrants")) {
                                d.skipEntitlementsAndGrants = m.skipEntitlementsAndGrants;
                            }
                            if (m.targetedSyncResources && m.targetedSyncResources.length) {
                                d.targetedSyncResources = $Array(m.targetedSyncResources.length);
                                for (var j = 0; j < m.targetedSyncResources.length; ++j) {
                                    d.targetedSyncResources[j] = $root.c1.connector.v2.Resource.toObject(m.targetedSyncResources[j], o, q + 1);
                                }
                            }
                            if (m.syncResourceTypeIds && m.syncResourceTypeIds.length) {
                                d.syncResourceTypeIds = $Array(m.syncResourceTypeIds.length);
                                for (var j = 0; j < m.syncResourceTypeIds.length; ++j) {
                                    d.syncResourceTypeIds[j] = m.syncResourceTypeIds[j];
                                }
                            }
                            if (m.skipGrants != null && $Object.hasOwnProperty.call(m, "skipGrants")) {
                                d.skipGrants = m.skipGrants;
                            }
                            if (m.storageEngine != null && $Object.hasOwnProperty.call(m, "storageEngine")) {
                                d.storageEngine = m.storageEngine;
                            }
                            return d;
                        };

                        /**
                         * Converts this SyncFullTask to JSON.
                         * @function toJSON
                         * @memberof c1.connectorapi.baton.v1.Task.SyncFullTask
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        SyncFullTask.prototype.toJSON = function() {
                            return SyncFullTask.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for SyncFullTask
                         * @function getTypeUrl
                         * @memberof c1.connectorapi.baton.v1.Task.SyncFullTask
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        SyncFullTask.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/c1.connectorapi.baton.v1.Task.SyncFullTask";
                        };

                        return SyncFullTask;
                    })();

                    Task.GrantTask = (function() {

                        /**
                         * Properties of a GrantTask.
                         * @typedef {Object} c1.connectorapi.baton.v1.Task.GrantTask.$Properties
                         * @property {c1.connector.v2.Entitlement.$Properties|null} [entitlement] GrantTask entitlement
                         * @property {c1.connector.v2.Resource.$Properties|null} [principal] GrantTask principal
                         * @property {Array.<google.protobuf.Any.$Properties>|null} [annotations] GrantTask annotations
                         * @property {google.protobuf.Duration.$Properties|null} [duration] GrantTask duration
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of a GrantTask.
                         * @memberof c1.connectorapi.baton.v1.Task
                         * @interface IGrantTask
                         * @augments c1.connectorapi.baton.v1.Task.GrantTask.$Properties
                         * @deprecated Use c1.connectorapi.baton.v1.Task.GrantTask.$Properties instead.
                         */

                        /**
                         * Shape of a GrantTask.
                         * @typedef {c1.connectorapi.baton.v1.Task.GrantTask.$Properties} c1.connectorapi.baton.v1.Task.GrantTask.$Shape
                         */

                        /**
                         * Constructs a new GrantTask.
                         * @memberof c1.connectorapi.baton.v1.Task
                         * @classdesc Represents a GrantTask.
                         * @constructor
                         * @param {c1.connectorapi.baton.v1.Task.GrantTask.$Properties=} [p] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const GrantTask = function (p) {
                            this.annotations = [];
                            if (p)
                                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                                        this[ks[i]] = p[ks[i]];
                        };

                        /**
                         * GrantTask entitlement.
                         * @member {c1.connector.v2.Entitlement.$Properties|null|undefined} entitlement
                         * @memberof c1.connectorapi.baton.v1.Task.GrantTask
                         * @instance
                         */
                        GrantTask.prototype.entitlement = null;

                        /**
                         * GrantTask principal.
                         * @member {c1.connector.v2.Resource.$Properties|null|undefined} principal
                         * @memberof c1.connectorapi.baton.v1.Task.GrantTask
                         * @instance
                         */
                        GrantTask.prototype.principal = null;

                        /**
                         * GrantTask annotations.
                         * @member {Array.<google.protobuf.Any.$Properties>} annotations
                         * @memberof c1.connectorapi.baton.v1.Task.GrantTask
                         * @instance
                         */
                        GrantTask.prototype.annotations = $util.emptyArray;

                        /**
                         * GrantTask duration.
                         * @member {google.protobuf.Duration.$Properties|null|undefined} duration
                         * @memberof c1.connectorapi.baton.v1.Task.GrantTask
                         * @instance
                         */
                        GrantTask.prototype.duration = null;

                        /**
                         * Creates a new GrantTask instance using the specified properties.
                         * @function create
                         * @memberof c1.connectorapi.baton.v1.Task.GrantTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.GrantTask.$Properties=} [properties] Properties to set
                         * @returns {c1.connectorapi.baton.v1.Task.GrantTask} GrantTask instance
                         * @type {{
                         *   (properties: c1.connectorapi.baton.v1.Task.GrantTask.$Shape): c1.connectorapi.baton.v1.Task.GrantTask & c1.connectorapi.baton.v1.Task.GrantTask.$Shape;
                         *   (properties?: c1.connectorapi.baton.v1.Task.GrantTask.$Properties): c1.connectorapi.baton.v1.Task.GrantTask;
                         * }}
                         */
                        GrantTask.create = function(properties) {
                            return new GrantTask(properties);
                        };

                        /**
                         * Encodes the specified GrantTask message. Does not implicitly {@link c1.connectorapi.baton.v1.Task.GrantTask.verify|verify} messages.
                         * @function encode
                         * @memberof c1.connectorapi.baton.v1.Task.GrantTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.GrantTask.$Properties} m GrantTask message or plain object to encode
                         * @param {$protobuf.Writer} [w] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        GrantTask.encode = function (m, w, q) {
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
                            if (m.annotations != null && m.annotations.length) {
                                for (var i = 0; i < m.annotations.length; ++i)
                                    $root.google.protobuf.Any.encode(m.annotations[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                            }
                            if (m.duration != null && $Object.hasOwnProperty.call(m, "duration"))
                                $root.google.protobuf.Duration.encode(m.duration, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                                for (var i = 0; i < m.$unknowns.length; ++i)
                                    w.raw(m.$unknowns[i]);
                            return w;
                        };

                        /**
                         * Decodes a GrantTask message from the specified reader or buffer.
                         * @function decode
                         * @memberof c1.connectorapi.baton.v1.Task.GrantTask
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                         * @param {number} [l] Message length if known beforehand
                         * @returns {c1.connectorapi.baton.v1.Task.GrantTask & c1.connectorapi.baton.v1.Task.GrantTask.$Shape} GrantTask
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        GrantTask.decode = function (r, l, z, q, g) {
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
                            m = g || new $root.c1.connectorapi.baton.v1.Task.GrantTask();
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
                                        if (!(m.annotations && m.annotations.length))
                                            m.annotations = [];
                                        m.annotations.push($root.google.protobuf.Any.decode(r, r.size(), $undefined, q + 1));
                                        continue;
                                    }
                                case 4: {
                                        if (u !== 2)
                                            break;
                                        m.duration = $root.google.protobuf.Duration.decode(r, r.size(), $undefined, q + 1, m.duration);
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
                         * Creates a GrantTask message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof c1.connectorapi.baton.v1.Task.GrantTask
                         * @static
                         * @param {Object.<string,*>} d Plain object
                         * @returns {c1.connectorapi.baton.v1.Task.GrantTask} GrantTask
                         */
                        GrantTask.fromObject = function (d, q) {
                            if (d instanceof $root.c1.connectorapi.baton.v1.Task.GrantTask)
                                return d;
                            if (!$util.isObject(d))
                                throw $TypeError(".c1.connectorapi.baton.v1.Task.GrantTask: object expected");
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            var m = new $root.c1.connectorapi.baton.v1.Task.GrantTask();
                            if (d.entitlement != null) {
                                if (!$util.isObject(d.entitlement))
                                    throw $TypeError(".c1.connectorapi.baton.v1.Task.GrantTask.entitlement: object expected");
                                m.entitlement = $root.c1.connector.v2.Entitlement.fromObject(d.entitlement, q + 1);
                            }
                            if (d.principal != null) {
                                if (!$util.isObject(d.principal))
                                    throw $TypeError(".c1.connectorapi.baton.v1.Task.GrantTask.principal: object expected");
                                m.principal = $root.c1.connector.v2.Resource.fromObject(d.principal, q + 1);
                            }
                            if (d.annotations) {
                                if (!$Array.isArray(d.annotations))
                                    throw $TypeError(".c1.connectorapi.baton.v1.Task.GrantTask.annotations: array expected");
                                m.annotations = $Array(d.annotations.length);
                                for (var i = 0; i < d.annotations.length; ++i) {
                                    if (!$util.isObject(d.annotations[i]))
                                        throw $TypeError(".c1.connectorapi.baton.v1.Task.GrantTask.annotations: object expected");
                                    m.annotations[i] = $root.google.protobuf.Any.fromObject(d.annotations[i], q + 1);
                                }
                            }
                            if (d.duration != null) {
                                if (!$util.isObject(d.duration))
                                    throw $TypeError(".c1.connectorapi.baton.v1.Task.GrantTask.duration: object expected");
                                m.duration = $root.google.protobuf.Duration.fromObject(d.duration, q + 1);
                            }
                            return m;
                        };

                        /**
                         * Creates a plain object from a GrantTask message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof c1.connectorapi.baton.v1.Task.GrantTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.GrantTask} m GrantTask
                         * @param {$protobuf.IConversionOptions} [o] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        GrantTask.toObject = function (m, o, q) {
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
                                d.duration = null;
                            }
                            if (m.entitlement != null && $Object.hasOwnProperty.call(m, "entitlement")) {
                                d.entitlement = $root.c1.connector.v2.Entitlement.toObject(m.entitlement, o, q + 1);
                            }
                            if (m.principal != null && $Object.hasOwnProperty.call(m, "principal")) {
                                d.principal = $root.c1.connector.v2.Resource.toObject(m.principal, o, q + 1);
                            }
                            if (m.annotations && m.annotations.length) {
                                d.annotations = $Array(m.annotations.length);
                                for (var j = 0; j < m.annotations.length; ++j) {
                                    d.annotations[j] = $root.google.protobuf.Any.toObject(m.annotations[j], o, q + 1);
                                }
                            }
                            if (m.duration != null && $Object.hasOwnProperty.call(m, "duration")) {
                                d.duration = $root.google.protobuf.Duration.toObject(m.duration, o, q + 1);
                            }
                            return d;
                        };

                        /**
                         * Converts this GrantTask to JSON.
                         * @function toJSON
                         * @memberof c1.connectorapi.baton.v1.Task.GrantTask
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        GrantTask.prototype.toJSON = function() {
                            return GrantTask.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for GrantTask
                         * @function getTypeUrl
                         * @memberof c1.connectorapi.baton.v1.Task.GrantTask
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        GrantTask.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/c1.connectorapi.baton.v1.Task.GrantTask";
                        };

                        return GrantTask;
                    })();

                    Task.RevokeTask = (function() {

                        /**
                         * Properties of a RevokeTask.
                         * @typedef {Object} c1.connectorapi.baton.v1.Task.RevokeTask.$Properties
                         * @property {c1.connector.v2.Grant.$Properties|null} [grant] RevokeTask grant
                         * @property {Array.<google.protobuf.Any.$Properties>|null} [annotations] RevokeTask annotations
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of a RevokeTask.
                         * @memberof c1.connectorapi.baton.v1.Task
                         * @interface IRevokeTask
                         * @augments c1.connectorapi.baton.v1.Task.RevokeTask.$Properties
                         * @deprecated Use c1.connectorapi.baton.v1.Task.RevokeTask.$Properties instead.
                         */

                        /**
                         * Shape of a RevokeTask.
                         * @typedef {c1.connectorapi.baton.v1.Task.RevokeTask.$Properties} c1.connectorapi.baton.v1.Task.RevokeTask.$Shape
                         */

                        /**
                         * Constructs a new RevokeTask.
                         * @memberof c1.connectorapi.baton.v1.Task
                         * @classdesc Represents a RevokeTask.
                         * @constructor
                         * @param {c1.connectorapi.baton.v1.Task.RevokeTask.$Properties=} [p] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const RevokeTask = function (p) {
                            this.annotations = [];
                            if (p)
                                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                                        this[ks[i]] = p[ks[i]];
                        };

                        /**
                         * RevokeTask grant.
                         * @member {c1.connector.v2.Grant.$Properties|null|undefined} grant
                         * @memberof c1.connectorapi.baton.v1.Task.RevokeTask
                         * @instance
                         */
                        RevokeTask.prototype.grant = null;

                        /**
                         * RevokeTask annotations.
                         * @member {Array.<google.protobuf.Any.$Properties>} annotations
                         * @memberof c1.connectorapi.baton.v1.Task.RevokeTask
                         * @instance
                         */
                        RevokeTask.prototype.annotations = $util.emptyArray;

                        /**
                         * Creates a new RevokeTask instance using the specified properties.
                         * @function create
                         * @memberof c1.connectorapi.baton.v1.Task.RevokeTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.RevokeTask.$Properties=} [properties] Properties to set
                         * @returns {c1.connectorapi.baton.v1.Task.RevokeTask} RevokeTask instance
                         * @type {{
                         *   (properties: c1.connectorapi.baton.v1.Task.RevokeTask.$Shape): c1.connectorapi.baton.v1.Task.RevokeTask & c1.connectorapi.baton.v1.Task.RevokeTask.$Shape;
                         *   (properties?: c1.connectorapi.baton.v1.Task.RevokeTask.$Properties): c1.connectorapi.baton.v1.Task.RevokeTask;
                         * }}
                         */
                        RevokeTask.create = function(properties) {
                            return new RevokeTask(properties);
                        };

                        /**
                         * Encodes the specified RevokeTask message. Does not implicitly {@link c1.connectorapi.baton.v1.Task.RevokeTask.verify|verify} messages.
                         * @function encode
                         * @memberof c1.connectorapi.baton.v1.Task.RevokeTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.RevokeTask.$Properties} m RevokeTask message or plain object to encode
                         * @param {$protobuf.Writer} [w] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        RevokeTask.encode = function (m, w, q) {
                            if (!w)
                                w = $Writer.create();
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (m.grant != null && $Object.hasOwnProperty.call(m, "grant"))
                                $root.c1.connector.v2.Grant.encode(m.grant, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                            if (m.annotations != null && m.annotations.length) {
                                for (var i = 0; i < m.annotations.length; ++i)
                                    $root.google.protobuf.Any.encode(m.annotations[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                            }
                            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                                for (var i = 0; i < m.$unknowns.length; ++i)
                                    w.raw(m.$unknowns[i]);
                            return w;
                        };

                        /**
                         * Decodes a RevokeTask message from the specified reader or buffer.
                         * @function decode
                         * @memberof c1.connectorapi.baton.v1.Task.RevokeTask
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                         * @param {number} [l] Message length if known beforehand
                         * @returns {c1.connectorapi.baton.v1.Task.RevokeTask & c1.connectorapi.baton.v1.Task.RevokeTask.$Shape} RevokeTask
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        RevokeTask.decode = function (r, l, z, q, g) {
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
                            m = g || new $root.c1.connectorapi.baton.v1.Task.RevokeTask();
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
                                        m.grant = $root.c1.connector.v2.Grant.decode(r, r.size(), $undefined, q + 1, m.grant);
                                        continue;
                                    }
                                case 2: {
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
                         * Creates a RevokeTask message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof c1.connectorapi.baton.v1.Task.RevokeTask
                         * @static
                         * @param {Object.<string,*>} d Plain object
                         * @returns {c1.connectorapi.baton.v1.Task.RevokeTask} RevokeTask
                         */
                        RevokeTask.fromObject = function (d, q) {
                            if (d instanceof $root.c1.connectorapi.baton.v1.Task.RevokeTask)
                                return d;
                            if (!$util.isObject(d))
                                throw $TypeError(".c1.connectorapi.baton.v1.Task.RevokeTask: object expected");
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            var m = new $root.c1.connectorapi.baton.v1.Task.RevokeTask();
                            if (d.grant != null) {
                                if (!$util.isObject(d.grant))
                                    throw $TypeError(".c1.connectorapi.baton.v1.Task.RevokeTask.grant: object expected");
                                m.grant = $root.c1.connector.v2.Grant.fromObject(d.grant, q + 1);
                            }
                            if (d.annotations) {
                                if (!$Array.isArray(d.annotations))
                                    throw $TypeError(".c1.connectorapi.baton.v1.Task.RevokeTask.annotations: array expected");
                                m.annotations = $Array(d.annotations.length);
                                for (var i = 0; i < d.annotations.length; ++i) {
                                    if (!$util.isObject(d.annotations[i]))
                                        throw $TypeError(".c1.connectorapi.baton.v1.Task.RevokeTask.annotations: object expected");
                                    m.annotations[i] = $root.google.protobuf.Any.fromObject(d.annotations[i], q + 1);
                                }
                            }
                            return m;
                        };

                        /**
                         * Creates a plain object from a RevokeTask message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof c1.connectorapi.baton.v1.Task.RevokeTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.RevokeTask} m RevokeTask
                         * @param {$protobuf.IConversionOptions} [o] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        RevokeTask.toObject = function (m, o, q) {
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
                                d.grant = null;
                            }
                            if (m.grant != null && $Object.hasOwnProperty.call(m, "grant")) {
                                d.grant = $root.c1.connector.v2.Grant.toObject(m.grant, o, q + 1);
                            }
                            if (m.annotations && m.annotations.length) {
                                d.annotations = $Array(m.annotations.length);
                                for (var j = 0; j < m.annotations.length; ++j) {
                                    d.annotations[j] = $root.google.protobuf.Any.toObject(m.annotations[j], o, q + 1);
                                }
                            }
                            return d;
                        };

                        /**
                         * Converts this RevokeTask to JSON.
                         * @function toJSON
                         * @memberof c1.connectorapi.baton.v1.Task.RevokeTask
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        RevokeTask.prototype.toJSON = function() {
                            return RevokeTask.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for RevokeTask
                         * @function getTypeUrl
                         * @memberof c1.connectorapi.baton.v1.Task.RevokeTask
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        RevokeTask.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/c1.connectorapi.baton.v1.Task.RevokeTask";
                        };

                        return RevokeTask;
                    })();

                    Task.CreateAccountTask = (function() {

                        /**
                         * Properties of a CreateAccountTask.
                         * @typedef {Object} c1.connectorapi.baton.v1.Task.CreateAccountTask.$Properties
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of a CreateAccountTask.
                         * @memberof c1.connectorapi.baton.v1.Task
                         * @interface ICreateAccountTask
                         * @augments c1.connectorapi.baton.v1.Task.CreateAccountTask.$Properties
                         * @deprecated Use c1.connectorapi.baton.v1.Task.CreateAccountTask.$Properties instead.
                         */

                        /**
                         * Shape of a CreateAccountTask.
                         * @typedef {c1.connectorapi.baton.v1.Task.CreateAccountTask.$Properties} c1.connectorapi.baton.v1.Task.CreateAccountTask.$Shape
                         */

                        /**
                         * Constructs a new CreateAccountTask.
                         * @memberof c1.connectorapi.baton.v1.Task
                         * @classdesc Represents a CreateAccountTask.
                         * @constructor
                         * @param {c1.connectorapi.baton.v1.Task.CreateAccountTask.$Properties=} [p] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const CreateAccountTask = function (p) {
                            if (p)
                                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                                        this[ks[i]] = p[ks[i]];
                        };

                        /**
                         * Creates a new CreateAccountTask instance using the specified properties.
                         * @function create
                         * @memberof c1.connectorapi.baton.v1.Task.CreateAccountTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.CreateAccountTask.$Properties=} [properties] Properties to set
                         * @returns {c1.connectorapi.baton.v1.Task.CreateAccountTask} CreateAccountTask instance
                         * @type {{
                         *   (properties: c1.connectorapi.baton.v1.Task.CreateAccountTask.$Shape): c1.connectorapi.baton.v1.Task.CreateAccountTask & c1.connectorapi.baton.v1.Task.CreateAccountTask.$Shape;
                         *   (properties?: c1.connectorapi.baton.v1.Task.CreateAccountTask.$Properties): c1.connectorapi.baton.v1.Task.CreateAccountTask;
                         * }}
                         */
                        CreateAccountTask.create = function(properties) {
                            return new CreateAccountTask(properties);
                        };

                        /**
                         * Encodes the specified CreateAccountTask message. Does not implicitly {@link c1.connectorapi.baton.v1.Task.CreateAccountTask.verify|verify} messages.
                         * @function encode
                         * @memberof c1.connectorapi.baton.v1.Task.CreateAccountTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.CreateAccountTask.$Properties} m CreateAccountTask message or plain object to encode
                         * @param {$protobuf.Writer} [w] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        CreateAccountTask.encode = function (m, w, q) {
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
                         * Decodes a CreateAccountTask message from the specified reader or buffer.
                         * @function decode
                         * @memberof c1.connectorapi.baton.v1.Task.CreateAccountTask
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                         * @param {number} [l] Message length if known beforehand
                         * @returns {c1.connectorapi.baton.v1.Task.CreateAccountTask & c1.connectorapi.baton.v1.Task.CreateAccountTask.$Shape} CreateAccountTask
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        CreateAccountTask.decode = function (r, l, z, q, g) {
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
                            m = g || new $root.c1.connectorapi.baton.v1.Task.CreateAccountTask();
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
                         * Creates a CreateAccountTask message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof c1.connectorapi.baton.v1.Task.CreateAccountTask
                         * @static
                         * @param {Object.<string,*>} d Plain object
                         * @returns {c1.connectorapi.baton.v1.Task.CreateAccountTask} CreateAccountTask
                         */
                        CreateAccountTask.fromObject = function (d, q) {
                            if (d instanceof $root.c1.connectorapi.baton.v1.Task.CreateAccountTask)
                                return d;
                            if (!$util.isObject(d))
                                throw $TypeError(".c1.connectorapi.baton.v1.Task.CreateAccountTask: object expected");
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            return new $root.c1.connectorapi.baton.v1.Task.CreateAccountTask();
                        };

                        /**
                         * Creates a plain object from a CreateAccountTask message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof c1.connectorapi.baton.v1.Task.CreateAccountTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.CreateAccountTask} m CreateAccountTask
                         * @param {$protobuf.IConversionOptions} [o] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        CreateAccountTask.toObject = function () {
                            return {};
                        };

                        /**
                         * Converts this CreateAccountTask to JSON.
                         * @function toJSON
                         * @memberof c1.connectorapi.baton.v1.Task.CreateAccountTask
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        CreateAccountTask.prototype.toJSON = function() {
                            return CreateAccountTask.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for CreateAccountTask
                         * @function getTypeUrl
                         * @memberof c1.connectorapi.baton.v1.Task.CreateAccountTask
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        CreateAccountTask.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/c1.connectorapi.baton.v1.Task.CreateAccountTask";
                        };

                        return CreateAccountTask;
                    })();

                    Task.CreateResourceTask = (function() {

                        /**
                         * Properties of a CreateResourceTask.
                         * @typedef {Object} c1.connectorapi.baton.v1.Task.CreateResourceTask.$Properties
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of a CreateResourceTask.
                         * @memberof c1.connectorapi.baton.v1.Task
                         * @interface ICreateResourceTask
                         * @augments c1.connectorapi.baton.v1.Task.CreateResourceTask.$Properties
                         * @deprecated Use c1.connectorapi.baton.v1.Task.CreateResourceTask.$Properties instead.
                         */

                        /**
                         * Shape of a CreateResourceTask.
                         * @typedef {c1.connectorapi.baton.v1.Task.CreateResourceTask.$Properties} c1.connectorapi.baton.v1.Task.CreateResourceTask.$Shape
                         */

                        /**
                         * Constructs a new CreateResourceTask.
                         * @memberof c1.connectorapi.baton.v1.Task
                         * @classdesc Represents a CreateResourceTask.
                         * @constructor
                         * @param {c1.connectorapi.baton.v1.Task.CreateResourceTask.$Properties=} [p] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const CreateResourceTask = function (p) {
                            if (p)
                                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                                        this[ks[i]] = p[ks[i]];
                        };

                        /**
                         * Creates a new CreateResourceTask instance using the specified properties.
                         * @function create
                         * @memberof c1.connectorapi.baton.v1.Task.CreateResourceTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.CreateResourceTask.$Properties=} [properties] Properties to set
                         * @returns {c1.connectorapi.baton.v1.Task.CreateResourceTask} CreateResourceTask instance
                         * @type {{
                         *   (properties: c1.connectorapi.baton.v1.Task.CreateResourceTask.$Shape): c1.connectorapi.baton.v1.Task.CreateResourceTask & c1.connectorapi.baton.v1.Task.CreateResourceTask.$Shape;
                         *   (properties?: c1.connectorapi.baton.v1.Task.CreateResourceTask.$Properties): c1.connectorapi.baton.v1.Task.CreateResourceTask;
                         * }}
                         */
                        CreateResourceTask.create = function(properties) {
                            return new CreateResourceTask(properties);
                        };

                        /**
                         * Encodes the specified CreateResourceTask message. Does not implicitly {@link c1.connectorapi.baton.v1.Task.CreateResourceTask.verify|verify} messages.
                         * @function encode
                         * @memberof c1.connectorapi.baton.v1.Task.CreateResourceTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.CreateResourceTask.$Properties} m CreateResourceTask message or plain object to encode
                         * @param {$protobuf.Writer} [w] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        CreateResourceTask.encode = function (m, w, q) {
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
                         * Decodes a CreateResourceTask message from the specified reader or buffer.
                         * @function decode
                         * @memberof c1.connectorapi.baton.v1.Task.CreateResourceTask
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                         * @param {number} [l] Message length if known beforehand
                         * @returns {c1.connectorapi.baton.v1.Task.CreateResourceTask & c1.connectorapi.baton.v1.Task.CreateResourceTask.$Shape} CreateResourceTask
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        CreateResourceTask.decode = function (r, l, z, q, g) {
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
                            m = g || new $root.c1.connectorapi.baton.v1.Task.CreateResourceTask();
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
                         * Creates a CreateResourceTask message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof c1.connectorapi.baton.v1.Task.CreateResourceTask
                         * @static
                         * @param {Object.<string,*>} d Plain object
                         * @returns {c1.connectorapi.baton.v1.Task.CreateResourceTask} CreateResourceTask
                         */
                        CreateResourceTask.fromObject = function (d, q) {
                            if (d instanceof $root.c1.connectorapi.baton.v1.Task.CreateResourceTask)
                                return d;
                            if (!$util.isObject(d))
                                throw $TypeError(".c1.connectorapi.baton.v1.Task.CreateResourceTask: object expected");
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            return new $root.c1.connectorapi.baton.v1.Task.CreateResourceTask();
                        };

                        /**
                         * Creates a plain object from a CreateResourceTask message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof c1.connectorapi.baton.v1.Task.CreateResourceTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.CreateResourceTask} m CreateResourceTask
                         * @param {$protobuf.IConversionOptions} [o] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        CreateResourceTask.toObject = function () {
                            return {};
                        };

                        /**
                         * Converts this CreateResourceTask to JSON.
                         * @function toJSON
                         * @memberof c1.connectorapi.baton.v1.Task.CreateResourceTask
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        CreateResourceTask.prototype.toJSON = function() {
                            return CreateResourceTask.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for CreateResourceTask
                         * @function getTypeUrl
                         * @memberof c1.connectorapi.baton.v1.Task.CreateResourceTask
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        CreateResourceTask.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/c1.connectorapi.baton.v1.Task.CreateResourceTask";
                        };

                        return CreateResourceTask;
                    })();

                    Task.DeleteResourceTask = (function() {

                        /**
                         * Properties of a DeleteResourceTask.
                         * @typedef {Object} c1.connectorapi.baton.v1.Task.DeleteResourceTask.$Properties
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of a DeleteResourceTask.
                         * @memberof c1.connectorapi.baton.v1.Task
                         * @interface IDeleteResourceTask
                         * @augments c1.connectorapi.baton.v1.Task.DeleteResourceTask.$Properties
                         * @deprecated Use c1.connectorapi.baton.v1.Task.DeleteResourceTask.$Properties instead.
                         */

                        /**
                         * Shape of a DeleteResourceTask.
                         * @typedef {c1.connectorapi.baton.v1.Task.DeleteResourceTask.$Properties} c1.connectorapi.baton.v1.Task.DeleteResourceTask.$Shape
                         */

                        /**
                         * Constructs a new DeleteResourceTask.
                         * @memberof c1.connectorapi.baton.v1.Task
                         * @classdesc Represents a DeleteResourceTask.
                         * @constructor
                         * @param {c1.connectorapi.baton.v1.Task.DeleteResourceTask.$Properties=} [p] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const DeleteResourceTask = function (p) {
                            if (p)
                                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                                        this[ks[i]] = p[ks[i]];
                        };

                        /**
                         * Creates a new DeleteResourceTask instance using the specified properties.
                         * @function create
                         * @memberof c1.connectorapi.baton.v1.Task.DeleteResourceTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.DeleteResourceTask.$Properties=} [properties] Properties to set
                         * @returns {c1.connectorapi.baton.v1.Task.DeleteResourceTask} DeleteResourceTask instance
                         * @type {{
                         *   (properties: c1.connectorapi.baton.v1.Task.DeleteResourceTask.$Shape): c1.connectorapi.baton.v1.Task.DeleteResourceTask & c1.connectorapi.baton.v1.Task.DeleteResourceTask.$Shape;
                         *   (properties?: c1.connectorapi.baton.v1.Task.DeleteResourceTask.$Properties): c1.connectorapi.baton.v1.Task.DeleteResourceTask;
                         * }}
                         */
                        DeleteResourceTask.create = function(properties) {
                            return new DeleteResourceTask(properties);
                        };

                        /**
                         * Encodes the specified DeleteResourceTask message. Does not implicitly {@link c1.connectorapi.baton.v1.Task.DeleteResourceTask.verify|verify} messages.
                         * @function encode
                         * @memberof c1.connectorapi.baton.v1.Task.DeleteResourceTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.DeleteResourceTask.$Properties} m DeleteResourceTask message or plain object to encode
                         * @param {$protobuf.Writer} [w] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        DeleteResourceTask.encode = function (m, w, q) {
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
                         * Decodes a DeleteResourceTask message from the specified reader or buffer.
                         * @function decode
                         * @memberof c1.connectorapi.baton.v1.Task.DeleteResourceTask
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                         * @param {number} [l] Message length if known beforehand
                         * @returns {c1.connectorapi.baton.v1.Task.DeleteResourceTask & c1.connectorapi.baton.v1.Task.DeleteResourceTask.$Shape} DeleteResourceTask
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        DeleteResourceTask.decode = function (r, l, z, q, g) {
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
                            m = g || new $root.c1.connectorapi.baton.v1.Task.DeleteResourceTask();
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
                         * Creates a DeleteResourceTask message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof c1.connectorapi.baton.v1.Task.DeleteResourceTask
                         * @static
                         * @param {Object.<string,*>} d Plain object
                         * @returns {c1.connectorapi.baton.v1.Task.DeleteResourceTask} DeleteResourceTask
                         */
                        DeleteResourceTask.fromObject = function (d, q) {
                            if (d instanceof $root.c1.connectorapi.baton.v1.Task.DeleteResourceTask)
                                return d;
                            if (!$util.isObject(d))
                                throw $TypeError(".c1.connectorapi.baton.v1.Task.DeleteResourceTask: object expected");
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            return new $root.c1.connectorapi.baton.v1.Task.DeleteResourceTask();
                        };

                        /**
                         * Creates a plain object from a DeleteResourceTask message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof c1.connectorapi.baton.v1.Task.DeleteResourceTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.DeleteResourceTask} m DeleteResourceTask
                         * @param {$protobuf.IConversionOptions} [o] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        DeleteResourceTask.toObject = function () {
                            return {};
                        };

                        /**
                         * Converts this DeleteResourceTask to JSON.
                         * @function toJSON
                         * @memberof c1.connectorapi.baton.v1.Task.DeleteResourceTask
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        DeleteResourceTask.prototype.toJSON = function() {
                            return DeleteResourceTask.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for DeleteResourceTask
                         * @function getTypeUrl
                         * @memberof c1.connectorapi.baton.v1.Task.DeleteResourceTask
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        DeleteResourceTask.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/c1.connectorapi.baton.v1.Task.DeleteResourceTask";
                        };

                        return DeleteResourceTask;
                    })();

                    Task.RotateCredentialsTask = (function() {

                        /**
                         * Properties of a RotateCredentialsTask.
                         * @typedef {Object} c1.connectorapi.baton.v1.Task.RotateCredentialsTask.$Properties
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of a RotateCredentialsTask.
                         * @memberof c1.connectorapi.baton.v1.Task
                         * @interface IRotateCredentialsTask
                         * @augments c1.connectorapi.baton.v1.Task.RotateCredentialsTask.$Properties
                         * @deprecated Use c1.connectorapi.baton.v1.Task.RotateCredentialsTask.$Properties instead.
                         */

                        /**
                         * Shape of a RotateCredentialsTask.
                         * @typedef {c1.connectorapi.baton.v1.Task.RotateCredentialsTask.$Properties} c1.connectorapi.baton.v1.Task.RotateCredentialsTask.$Shape
                         */

                        /**
                         * Constructs a new RotateCredentialsTask.
                         * @memberof c1.connectorapi.baton.v1.Task
                         * @classdesc Represents a RotateCredentialsTask.
                         * @constructor
                         * @param {c1.connectorapi.baton.v1.Task.RotateCredentialsTask.$Properties=} [p] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const RotateCredentialsTask = function (p) {
                            if (p)
                                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                                        this[ks[i]] = p[ks[i]];
                        };

                        /**
                         * Creates a new RotateCredentialsTask instance using the specified properties.
                         * @function create
                         * @memberof c1.connectorapi.baton.v1.Task.RotateCredentialsTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.RotateCredentialsTask.$Properties=} [properties] Properties to set
                         * @returns {c1.connectorapi.baton.v1.Task.RotateCredentialsTask} RotateCredentialsTask instance
                         * @type {{
                         *   (properties: c1.connectorapi.baton.v1.Task.RotateCredentialsTask.$Shape): c1.connectorapi.baton.v1.Task.RotateCredentialsTask & c1.connectorapi.baton.v1.Task.RotateCredentialsTask.$Shape;
                         *   (properties?: c1.connectorapi.baton.v1.Task.RotateCredentialsTask.$Properties): c1.connectorapi.baton.v1.Task.RotateCredentialsTask;
                         * }}
                         */
                        RotateCredentialsTask.create = function(properties) {
                            return new RotateCredentialsTask(properties);
                        };

                        /**
                         * Encodes the specified RotateCredentialsTask message. Does not implicitly {@link c1.connectorapi.baton.v1.Task.RotateCredentialsTask.verify|verify} messages.
                         * @function encode
                         * @memberof c1.connectorapi.baton.v1.Task.RotateCredentialsTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.RotateCredentialsTask.$Properties} m RotateCredentialsTask message or plain object to encode
                         * @param {$protobuf.Writer} [w] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        RotateCredentialsTask.encode = function (m, w, q) {
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
                         * Decodes a RotateCredentialsTask message from the specified reader or buffer.
                         * @function decode
                         * @memberof c1.connectorapi.baton.v1.Task.RotateCredentialsTask
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                         * @param {number} [l] Message length if known beforehand
                         * @returns {c1.connectorapi.baton.v1.Task.RotateCredentialsTask & c1.connectorapi.baton.v1.Task.RotateCredentialsTask.$Shape} RotateCredentialsTask
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        RotateCredentialsTask.decode = function (r, l, z, q, g) {
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
                            m = g || new $root.c1.connectorapi.baton.v1.Task.RotateCredentialsTask();
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
                         * Creates a RotateCredentialsTask message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof c1.connectorapi.baton.v1.Task.RotateCredentialsTask
                         * @static
                         * @param {Object.<string,*>} d Plain object
                         * @returns {c1.connectorapi.baton.v1.Task.RotateCredentialsTask} RotateCredentialsTask
                         */
                        RotateCredentialsTask.fromObject = function (d, q) {
                            if (d instanceof $root.c1.connectorapi.baton.v1.Task.RotateCredentialsTask)
                                return d;
                            if (!$util.isObject(d))
                                throw $TypeError(".c1.connectorapi.baton.v1.Task.RotateCredentialsTask: object expected");
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            return new $root.c1.connectorapi.baton.v1.Task.RotateCredentialsTask();
                        };

                        /**
                         * Creates a plain object from a RotateCredentialsTask message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof c1.connectorapi.baton.v1.Task.RotateCredentialsTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.RotateCredentialsTask} m RotateCredentialsTask
                         * @param {$protobuf.IConversionOptions} [o] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        RotateCredentialsTask.toObject = function () {
                            return {};
                        };

                        /**
                         * Converts this RotateCredentialsTask to JSON.
                         * @function toJSON
                         * @memberof c1.connectorapi.baton.v1.Task.RotateCredentialsTask
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        RotateCredentialsTask.prototype.toJSON = function() {
                            return RotateCredentialsTask.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for RotateCredentialsTask
                         * @function getTypeUrl
                         * @memberof c1.connectorapi.baton.v1.Task.RotateCredentialsTask
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        RotateCredentialsTask.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/c1.connectorapi.baton.v1.Task.RotateCredentialsTask";
                        };

                        return RotateCredentialsTask;
                    })();

                    Task.EventFeedTask = (function() {

                        /**
                         * Properties of an EventFeedTask.
                         * @typedef {Object} c1.connectorapi.baton.v1.Task.EventFeedTask.$Properties
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of an EventFeedTask.
                         * @memberof c1.connectorapi.baton.v1.Task
                         * @interface IEventFeedTask
                         * @augments c1.connectorapi.baton.v1.Task.EventFeedTask.$Properties
                         * @deprecated Use c1.connectorapi.baton.v1.Task.EventFeedTask.$Properties instead.
                         */

                        /**
                         * Shape of an EventFeedTask.
                         * @typedef {c1.connectorapi.baton.v1.Task.EventFeedTask.$Properties} c1.connectorapi.baton.v1.Task.EventFeedTask.$Shape
                         */

                        /**
                         * Constructs a new EventFeedTask.
                         * @memberof c1.connectorapi.baton.v1.Task
                         * @classdesc Represents an EventFeedTask.
                         * @constructor
                         * @param {c1.connectorapi.baton.v1.Task.EventFeedTask.$Properties=} [p] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const EventFeedTask = function (p) {
                            if (p)
                                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                                        this[ks[i]] = p[ks[i]];
                        };

                        /**
                         * Creates a new EventFeedTask instance using the specified properties.
                         * @function create
                         * @memberof c1.connectorapi.baton.v1.Task.EventFeedTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.EventFeedTask.$Properties=} [properties] Properties to set
                         * @returns {c1.connectorapi.baton.v1.Task.EventFeedTask} EventFeedTask instance
                         * @type {{
                         *   (properties: c1.connectorapi.baton.v1.Task.EventFeedTask.$Shape): c1.connectorapi.baton.v1.Task.EventFeedTask & c1.connectorapi.baton.v1.Task.EventFeedTask.$Shape;
                         *   (properties?: c1.connectorapi.baton.v1.Task.EventFeedTask.$Properties): c1.connectorapi.baton.v1.Task.EventFeedTask;
                         * }}
                         */
                        EventFeedTask.create = function(properties) {
                            return new EventFeedTask(properties);
                        };

                        /**
                         * Encodes the specified EventFeedTask message. Does not implicitly {@link c1.connectorapi.baton.v1.Task.EventFeedTask.verify|verify} messages.
                         * @function encode
                         * @memberof c1.connectorapi.baton.v1.Task.EventFeedTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.EventFeedTask.$Properties} m EventFeedTask message or plain object to encode
                         * @param {$protobuf.Writer} [w] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        EventFeedTask.encode = function (m, w, q) {
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
                         * Decodes an EventFeedTask message from the specified reader or buffer.
                         * @function decode
                         * @memberof c1.connectorapi.baton.v1.Task.EventFeedTask
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                         * @param {number} [l] Message length if known beforehand
                         * @returns {c1.connectorapi.baton.v1.Task.EventFeedTask & c1.connectorapi.baton.v1.Task.EventFeedTask.$Shape} EventFeedTask
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        EventFeedTask.decode = function (r, l, z, q, g) {
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
                            m = g || new $root.c1.connectorapi.baton.v1.Task.EventFeedTask();
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
                         * Creates an EventFeedTask message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof c1.connectorapi.baton.v1.Task.EventFeedTask
                         * @static
                         * @param {Object.<string,*>} d Plain object
                         * @returns {c1.connectorapi.baton.v1.Task.EventFeedTask} EventFeedTask
                         */
                        EventFeedTask.fromObject = function (d, q) {
                            if (d instanceof $root.c1.connectorapi.baton.v1.Task.EventFeedTask)
                                return d;
                            if (!$util.isObject(d))
                                throw $TypeError(".c1.connectorapi.baton.v1.Task.EventFeedTask: object expected");
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            return new $root.c1.connectorapi.baton.v1.Task.EventFeedTask();
                        };

                        /**
                         * Creates a plain object from an EventFeedTask message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof c1.connectorapi.baton.v1.Task.EventFeedTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.EventFeedTask} m EventFeedTask
                         * @param {$protobuf.IConversionOptions} [o] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        EventFeedTask.toObject = function () {
                            return {};
                        };

                        /**
                         * Converts this EventFeedTask to JSON.
                         * @function toJSON
                         * @memberof c1.connectorapi.baton.v1.Task.EventFeedTask
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        EventFeedTask.prototype.toJSON = function() {
                            return EventFeedTask.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for EventFeedTask
                         * @function getTypeUrl
                         * @memberof c1.connectorapi.baton.v1.Task.EventFeedTask
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        EventFeedTask.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/c1.connectorapi.baton.v1.Task.EventFeedTask";
                        };

                        return EventFeedTask;
                    })();

                    Task.CreateTicketTask = (function() {

                        /**
                         * Properties of a CreateTicketTask.
                         * @typedef {Object} c1.connectorapi.baton.v1.Task.CreateTicketTask.$Properties
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of a CreateTicketTask.
                         * @memberof c1.connectorapi.baton.v1.Task
                         * @interface ICreateTicketTask
                         * @augments c1.connectorapi.baton.v1.Task.CreateTicketTask.$Properties
                         * @deprecated Use c1.connectorapi.baton.v1.Task.CreateTicketTask.$Properties instead.
                         */

                        /**
                         * Shape of a CreateTicketTask.
                         * @typedef {c1.connectorapi.baton.v1.Task.CreateTicketTask.$Properties} c1.connectorapi.baton.v1.Task.CreateTicketTask.$Shape
                         */

                        /**
                         * Constructs a new CreateTicketTask.
                         * @memberof c1.connectorapi.baton.v1.Task
                         * @classdesc Represents a CreateTicketTask.
                         * @constructor
                         * @param {c1.connectorapi.baton.v1.Task.CreateTicketTask.$Properties=} [p] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const CreateTicketTask = function (p) {
                            if (p)
                                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                                        this[ks[i]] = p[ks[i]];
                        };

                        /**
                         * Creates a new CreateTicketTask instance using the specified properties.
                         * @function create
                         * @memberof c1.connectorapi.baton.v1.Task.CreateTicketTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.CreateTicketTask.$Properties=} [properties] Properties to set
                         * @returns {c1.connectorapi.baton.v1.Task.CreateTicketTask} CreateTicketTask instance
                         * @type {{
                         *   (properties: c1.connectorapi.baton.v1.Task.CreateTicketTask.$Shape): c1.connectorapi.baton.v1.Task.CreateTicketTask & c1.connectorapi.baton.v1.Task.CreateTicketTask.$Shape;
                         *   (properties?: c1.connectorapi.baton.v1.Task.CreateTicketTask.$Properties): c1.connectorapi.baton.v1.Task.CreateTicketTask;
                         * }}
                         */
                        CreateTicketTask.create = function(properties) {
                            return new CreateTicketTask(properties);
                        };

                        /**
                         * Encodes the specified CreateTicketTask message. Does not implicitly {@link c1.connectorapi.baton.v1.Task.CreateTicketTask.verify|verify} messages.
                         * @function encode
                         * @memberof c1.connectorapi.baton.v1.Task.CreateTicketTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.CreateTicketTask.$Properties} m CreateTicketTask message or plain object to encode
                         * @param {$protobuf.Writer} [w] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        CreateTicketTask.encode = function (m, w, q) {
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
                         * Decodes a CreateTicketTask message from the specified reader or buffer.
                         * @function decode
                         * @memberof c1.connectorapi.baton.v1.Task.CreateTicketTask
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                         * @param {number} [l] Message length if known beforehand
                         * @returns {c1.connectorapi.baton.v1.Task.CreateTicketTask & c1.connectorapi.baton.v1.Task.CreateTicketTask.$Shape} CreateTicketTask
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        CreateTicketTask.decode = function (r, l, z, q, g) {
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
                            m = g || new $root.c1.connectorapi.baton.v1.Task.CreateTicketTask();
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
                         * Creates a CreateTicketTask message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof c1.connectorapi.baton.v1.Task.CreateTicketTask
                         * @static
                         * @param {Object.<string,*>} d Plain object
                         * @returns {c1.connectorapi.baton.v1.Task.CreateTicketTask} CreateTicketTask
                         */
                        CreateTicketTask.fromObject = function (d, q) {
                            if (d instanceof $root.c1.connectorapi.baton.v1.Task.CreateTicketTask)
                                return d;
                            if (!$util.isObject(d))
                                throw $TypeError(".c1.connectorapi.baton.v1.Task.CreateTicketTask: object expected");
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            return new $root.c1.connectorapi.baton.v1.Task.CreateTicketTask();
                        };

                        /**
                         * Creates a plain object from a CreateTicketTask message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof c1.connectorapi.baton.v1.Task.CreateTicketTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.CreateTicketTask} m CreateTicketTask
                         * @param {$protobuf.IConversionOptions} [o] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        CreateTicketTask.toObject = function () {
                            return {};
                        };

                        /**
                         * Converts this CreateTicketTask to JSON.
                         * @function toJSON
                         * @memberof c1.connectorapi.baton.v1.Task.CreateTicketTask
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        CreateTicketTask.prototype.toJSON = function() {
                            return CreateTicketTask.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for CreateTicketTask
                         * @function getTypeUrl
                         * @memberof c1.connectorapi.baton.v1.Task.CreateTicketTask
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        CreateTicketTask.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/c1.connectorapi.baton.v1.Task.CreateTicketTask";
                        };

                        return CreateTicketTask;
                    })();

                    Task.ListTicketSchemasTask = (function() {

                        /**
                         * Properties of a ListTicketSchemasTask.
                         * @typedef {Object} c1.connectorapi.baton.v1.Task.ListTicketSchemasTask.$Properties
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of a ListTicketSchemasTask.
                         * @memberof c1.connectorapi.baton.v1.Task
                         * @interface IListTicketSchemasTask
                         * @augments c1.connectorapi.baton.v1.Task.ListTicketSchemasTask.$Properties
                         * @deprecated Use c1.connectorapi.baton.v1.Task.ListTicketSchemasTask.$Properties instead.
                         */

                        /**
                         * Shape of a ListTicketSchemasTask.
                         * @typedef {c1.connectorapi.baton.v1.Task.ListTicketSchemasTask.$Properties} c1.connectorapi.baton.v1.Task.ListTicketSchemasTask.$Shape
                         */

                        /**
                         * Constructs a new ListTicketSchemasTask.
                         * @memberof c1.connectorapi.baton.v1.Task
                         * @classdesc Represents a ListTicketSchemasTask.
                         * @constructor
                         * @param {c1.connectorapi.baton.v1.Task.ListTicketSchemasTask.$Properties=} [p] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const ListTicketSchemasTask = function (p) {
                            if (p)
                                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                                        this[ks[i]] = p[ks[i]];
                        };

                        /**
                         * Creates a new ListTicketSchemasTask instance using the specified properties.
                         * @function create
                         * @memberof c1.connectorapi.baton.v1.Task.ListTicketSchemasTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.ListTicketSchemasTask.$Properties=} [properties] Properties to set
                         * @returns {c1.connectorapi.baton.v1.Task.ListTicketSchemasTask} ListTicketSchemasTask instance
                         * @type {{
                         *   (properties: c1.connectorapi.baton.v1.Task.ListTicketSchemasTask.$Shape): c1.connectorapi.baton.v1.Task.ListTicketSchemasTask & c1.connectorapi.baton.v1.Task.ListTicketSchemasTask.$Shape;
                         *   (properties?: c1.connectorapi.baton.v1.Task.ListTicketSchemasTask.$Properties): c1.connectorapi.baton.v1.Task.ListTicketSchemasTask;
                         * }}
                         */
                        ListTicketSchemasTask.create = function(properties) {
                            return new ListTicketSchemasTask(properties);
                        };

                        /**
                         * Encodes the specified ListTicketSchemasTask message. Does not implicitly {@link c1.connectorapi.baton.v1.Task.ListTicketSchemasTask.verify|verify} messages.
                         * @function encode
                         * @memberof c1.connectorapi.baton.v1.Task.ListTicketSchemasTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.ListTicketSchemasTask.$Properties} m ListTicketSchemasTask message or plain object to encode
                         * @param {$protobuf.Writer} [w] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        ListTicketSchemasTask.encode = function (m, w, q) {
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
                         * Decodes a ListTicketSchemasTask message from the specified reader or buffer.
                         * @function decode
                         * @memberof c1.connectorapi.baton.v1.Task.ListTicketSchemasTask
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                         * @param {number} [l] Message length if known beforehand
                         * @returns {c1.connectorapi.baton.v1.Task.ListTicketSchemasTask & c1.connectorapi.baton.v1.Task.ListTicketSchemasTask.$Shape} ListTicketSchemasTask
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        ListTicketSchemasTask.decode = function (r, l, z, q, g) {
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
                            m = g || new $root.c1.connectorapi.baton.v1.Task.ListTicketSchemasTask();
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
                         * Creates a ListTicketSchemasTask message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof c1.connectorapi.baton.v1.Task.ListTicketSchemasTask
                         * @static
                         * @param {Object.<string,*>} d Plain object
                         * @returns {c1.connectorapi.baton.v1.Task.ListTicketSchemasTask} ListTicketSchemasTask
                         */
                        ListTicketSchemasTask.fromObject = function (d, q) {
                            if (d instanceof $root.c1.connectorapi.baton.v1.Task.ListTicketSchemasTask)
                                return d;
                            if (!$util.isObject(d))
                                throw $TypeError(".c1.connectorapi.baton.v1.Task.ListTicketSchemasTask: object expected");
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            return new $root.c1.connectorapi.baton.v1.Task.ListTicketSchemasTask();
                        };

                        /**
                         * Creates a plain object from a ListTicketSchemasTask message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof c1.connectorapi.baton.v1.Task.ListTicketSchemasTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.ListTicketSchemasTask} m ListTicketSchemasTask
                         * @param {$protobuf.IConversionOptions} [o] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        ListTicketSchemasTask.toObject = function () {
                            return {};
                        };

                        /**
                         * Converts this ListTicketSchemasTask to JSON.
                         * @function toJSON
                         * @memberof c1.connectorapi.baton.v1.Task.ListTicketSchemasTask
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        ListTicketSchemasTask.prototype.toJSON = function() {
                            return ListTicketSchemasTask.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for ListTicketSchemasTask
                         * @function getTypeUrl
                         * @memberof c1.connectorapi.baton.v1.Task.ListTicketSchemasTask
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        ListTicketSchemasTask.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/c1.connectorapi.baton.v1.Task.ListTicketSchemasTask";
                        };

                        return ListTicketSchemasTask;
                    })();

                    Task.GetTicketTask = (function() {

                        /**
                         * Properties of a GetTicketTask.
                         * @typedef {Object} c1.connectorapi.baton.v1.Task.GetTicketTask.$Properties
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of a GetTicketTask.
                         * @memberof c1.connectorapi.baton.v1.Task
                         * @interface IGetTicketTask
                         * @augments c1.connectorapi.baton.v1.Task.GetTicketTask.$Properties
                         * @deprecated Use c1.connectorapi.baton.v1.Task.GetTicketTask.$Properties instead.
                         */

                        /**
                         * Shape of a GetTicketTask.
                         * @typedef {c1.connectorapi.baton.v1.Task.GetTicketTask.$Properties} c1.connectorapi.baton.v1.Task.GetTicketTask.$Shape
                         */

                        /**
                         * Constructs a new GetTicketTask.
                         * @memberof c1.connectorapi.baton.v1.Task
                         * @classdesc Represents a GetTicketTask.
                         * @constructor
                         * @param {c1.connectorapi.baton.v1.Task.GetTicketTask.$Properties=} [p] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const GetTicketTask = function (p) {
                            if (p)
                                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                                        this[ks[i]] = p[ks[i]];
                        };

                        /**
                         * Creates a new GetTicketTask instance using the specified properties.
                         * @function create
                         * @memberof c1.connectorapi.baton.v1.Task.GetTicketTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.GetTicketTask.$Properties=} [properties] Properties to set
                         * @returns {c1.connectorapi.baton.v1.Task.GetTicketTask} GetTicketTask instance
                         * @type {{
                         *   (properties: c1.connectorapi.baton.v1.Task.GetTicketTask.$Shape): c1.connectorapi.baton.v1.Task.GetTicketTask & c1.connectorapi.baton.v1.Task.GetTicketTask.$Shape;
                         *   (properties?: c1.connectorapi.baton.v1.Task.GetTicketTask.$Properties): c1.connectorapi.baton.v1.Task.GetTicketTask;
                         * }}
                         */
                        GetTicketTask.create = function(properties) {
                            return new GetTicketTask(properties);
                        };

                        /**
                         * Encodes the specified GetTicketTask message. Does not implicitly {@link c1.connectorapi.baton.v1.Task.GetTicketTask.verify|verify} messages.
                         * @function encode
                         * @memberof c1.connectorapi.baton.v1.Task.GetTicketTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.GetTicketTask.$Properties} m GetTicketTask message or plain object to encode
                         * @param {$protobuf.Writer} [w] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        GetTicketTask.encode = function (m, w, q) {
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
                         * Decodes a GetTicketTask message from the specified reader or buffer.
                         * @function decode
                         * @memberof c1.connectorapi.baton.v1.Task.GetTicketTask
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                         * @param {number} [l] Message length if known beforehand
                         * @returns {c1.connectorapi.baton.v1.Task.GetTicketTask & c1.connectorapi.baton.v1.Task.GetTicketTask.$Shape} GetTicketTask
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        GetTicketTask.decode = function (r, l, z, q, g) {
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
                            m = g || new $root.c1.connectorapi.baton.v1.Task.GetTicketTask();
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
                         * Creates a GetTicketTask message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof c1.connectorapi.baton.v1.Task.GetTicketTask
                         * @static
                         * @param {Object.<string,*>} d Plain object
                         * @returns {c1.connectorapi.baton.v1.Task.GetTicketTask} GetTicketTask
                         */
                        GetTicketTask.fromObject = function (d, q) {
                            if (d instanceof $root.c1.connectorapi.baton.v1.Task.GetTicketTask)
                                return d;
                            if (!$util.isObject(d))
                                throw $TypeError(".c1.connectorapi.baton.v1.Task.GetTicketTask: object expected");
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            return new $root.c1.connectorapi.baton.v1.Task.GetTicketTask();
                        };

                        /**
                         * Creates a plain object from a GetTicketTask message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof c1.connectorapi.baton.v1.Task.GetTicketTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.GetTicketTask} m GetTicketTask
                         * @param {$protobuf.IConversionOptions} [o] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        GetTicketTask.toObject = function () {
                            return {};
                        };

                        /**
                         * Converts this GetTicketTask to JSON.
                         * @function toJSON
                         * @memberof c1.connectorapi.baton.v1.Task.GetTicketTask
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        GetTicketTask.prototype.toJSON = function() {
                            return GetTicketTask.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for GetTicketTask
                         * @function getTypeUrl
                         * @memberof c1.connectorapi.baton.v1.Task.GetTicketTask
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        GetTicketTask.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/c1.connectorapi.baton.v1.Task.GetTicketTask";
                        };

                        return GetTicketTask;
                    })();

                    Task.BulkCreateTicketsTask = (function() {

                        /**
                         * Properties of a BulkCreateTicketsTask.
                         * @typedef {Object} c1.connectorapi.baton.v1.Task.BulkCreateTicketsTask.$Properties
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of a BulkCreateTicketsTask.
                         * @memberof c1.connectorapi.baton.v1.Task
                         * @interface IBulkCreateTicketsTask
                         * @augments c1.connectorapi.baton.v1.Task.BulkCreateTicketsTask.$Properties
                         * @deprecated Use c1.connectorapi.baton.v1.Task.BulkCreateTicketsTask.$Properties instead.
                         */

                        /**
                         * Shape of a BulkCreateTicketsTask.
                         * @typedef {c1.connectorapi.baton.v1.Task.BulkCreateTicketsTask.$Properties} c1.connectorapi.baton.v1.Task.BulkCreateTicketsTask.$Shape
                         */

                        /**
                         * Constructs a new BulkCreateTicketsTask.
                         * @memberof c1.connectorapi.baton.v1.Task
                         * @classdesc Represents a BulkCreateTicketsTask.
                         * @constructor
                         * @param {c1.connectorapi.baton.v1.Task.BulkCreateTicketsTask.$Properties=} [p] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const BulkCreateTicketsTask = function (p) {
                            if (p)
                                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                                        this[ks[i]] = p[ks[i]];
                        };

                        /**
                         * Creates a new BulkCreateTicketsTask instance using the specified properties.
                         * @function create
                         * @memberof c1.connectorapi.baton.v1.Task.BulkCreateTicketsTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.BulkCreateTicketsTask.$Properties=} [properties] Properties to set
                         * @returns {c1.connectorapi.baton.v1.Task.BulkCreateTicketsTask} BulkCreateTicketsTask instance
                         * @type {{
                         *   (properties: c1.connectorapi.baton.v1.Task.BulkCreateTicketsTask.$Shape): c1.connectorapi.baton.v1.Task.BulkCreateTicketsTask & c1.connectorapi.baton.v1.Task.BulkCreateTicketsTask.$Shape;
                         *   (properties?: c1.connectorapi.baton.v1.Task.BulkCreateTicketsTask.$Properties): c1.connectorapi.baton.v1.Task.BulkCreateTicketsTask;
                         * }}
                         */
                        BulkCreateTicketsTask.create = function(properties) {
                            return new BulkCreateTicketsTask(properties);
                        };

                        /**
                         * Encodes the specified BulkCreateTicketsTask message. Does not implicitly {@link c1.connectorapi.baton.v1.Task.BulkCreateTicketsTask.verify|verify} messages.
                         * @function encode
                         * @memberof c1.connectorapi.baton.v1.Task.BulkCreateTicketsTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.BulkCreateTicketsTask.$Properties} m BulkCreateTicketsTask message or plain object to encode
                         * @param {$protobuf.Writer} [w] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        BulkCreateTicketsTask.encode = function (m, w, q) {
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
                         * Decodes a BulkCreateTicketsTask message from the specified reader or buffer.
                         * @function decode
                         * @memberof c1.connectorapi.baton.v1.Task.BulkCreateTicketsTask
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                         * @param {number} [l] Message length if known beforehand
                         * @returns {c1.connectorapi.baton.v1.Task.BulkCreateTicketsTask & c1.connectorapi.baton.v1.Task.BulkCreateTicketsTask.$Shape} BulkCreateTicketsTask
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        BulkCreateTicketsTask.decode = function (r, l, z, q, g) {
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
                            m = g || new $root.c1.connectorapi.baton.v1.Task.BulkCreateTicketsTask();
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
                         * Creates a BulkCreateTicketsTask message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof c1.connectorapi.baton.v1.Task.BulkCreateTicketsTask
                         * @static
                         * @param {Object.<string,*>} d Plain object
                         * @returns {c1.connectorapi.baton.v1.Task.BulkCreateTicketsTask} BulkCreateTicketsTask
                         */
                        BulkCreateTicketsTask.fromObject = function (d, q) {
                            if (d instanceof $root.c1.connectorapi.baton.v1.Task.BulkCreateTicketsTask)
                                return d;
                            if (!$util.isObject(d))
                                throw $TypeError(".c1.connectorapi.baton.v1.Task.BulkCreateTicketsTask: object expected");
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            return new $root.c1.connectorapi.baton.v1.Task.BulkCreateTicketsTask();
                        };

                        /**
                         * Creates a plain object from a BulkCreateTicketsTask message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof c1.connectorapi.baton.v1.Task.BulkCreateTicketsTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.BulkCreateTicketsTask} m BulkCreateTicketsTask
                         * @param {$protobuf.IConversionOptions} [o] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        BulkCreateTicketsTask.toObject = function () {
                            return {};
                        };

                        /**
                         * Converts this BulkCreateTicketsTask to JSON.
                         * @function toJSON
                         * @memberof c1.connectorapi.baton.v1.Task.BulkCreateTicketsTask
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        BulkCreateTicketsTask.prototype.toJSON = function() {
                            return BulkCreateTicketsTask.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for BulkCreateTicketsTask
                         * @function getTypeUrl
                         * @memberof c1.connectorapi.baton.v1.Task.BulkCreateTicketsTask
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        BulkCreateTicketsTask.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/c1.connectorapi.baton.v1.Task.BulkCreateTicketsTask";
                        };

                        return BulkCreateTicketsTask;
                    })();

                    Task.BulkGetTicketsTask = (function() {

                        /**
                         * Properties of a BulkGetTicketsTask.
                         * @typedef {Object} c1.connectorapi.baton.v1.Task.BulkGetTicketsTask.$Properties
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of a BulkGetTicketsTask.
                         * @memberof c1.connectorapi.baton.v1.Task
                         * @interface IBulkGetTicketsTask
                         * @augments c1.connectorapi.baton.v1.Task.BulkGetTicketsTask.$Properties
                         * @deprecated Use c1.connectorapi.baton.v1.Task.BulkGetTicketsTask.$Properties instead.
                         */

                        /**
                         * Shape of a BulkGetTicketsTask.
                         * @typedef {c1.connectorapi.baton.v1.Task.BulkGetTicketsTask.$Properties} c1.connectorapi.baton.v1.Task.BulkGetTicketsTask.$Shape
                         */

                        /**
                         * Constructs a new BulkGetTicketsTask.
                         * @memberof c1.connectorapi.baton.v1.Task
                         * @classdesc Represents a BulkGetTicketsTask.
                         * @constructor
                         * @param {c1.connectorapi.baton.v1.Task.BulkGetTicketsTask.$Properties=} [p] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const BulkGetTicketsTask = function (p) {
                            if (p)
                                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                                        this[ks[i]] = p[ks[i]];
                        };

                        /**
                         * Creates a new BulkGetTicketsTask instance using the specified properties.
                         * @function create
                         * @memberof c1.connectorapi.baton.v1.Task.BulkGetTicketsTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.BulkGetTicketsTask.$Properties=} [properties] Properties to set
                         * @returns {c1.connectorapi.baton.v1.Task.BulkGetTicketsTask} BulkGetTicketsTask instance
                         * @type {{
                         *   (properties: c1.connectorapi.baton.v1.Task.BulkGetTicketsTask.$Shape): c1.connectorapi.baton.v1.Task.BulkGetTicketsTask & c1.connectorapi.baton.v1.Task.BulkGetTicketsTask.$Shape;
                         *   (properties?: c1.connectorapi.baton.v1.Task.BulkGetTicketsTask.$Properties): c1.connectorapi.baton.v1.Task.BulkGetTicketsTask;
                         * }}
                         */
                        BulkGetTicketsTask.create = function(properties) {
                            return new BulkGetTicketsTask(properties);
                        };

                        /**
                         * Encodes the specified BulkGetTicketsTask message. Does not implicitly {@link c1.connectorapi.baton.v1.Task.BulkGetTicketsTask.verify|verify} messages.
                         * @function encode
                         * @memberof c1.connectorapi.baton.v1.Task.BulkGetTicketsTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.BulkGetTicketsTask.$Properties} m BulkGetTicketsTask message or plain object to encode
                         * @param {$protobuf.Writer} [w] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        BulkGetTicketsTask.encode = function (m, w, q) {
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
                         * Decodes a BulkGetTicketsTask message from the specified reader or buffer.
                         * @function decode
                         * @memberof c1.connectorapi.baton.v1.Task.BulkGetTicketsTask
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                         * @param {number} [l] Message length if known beforehand
                         * @returns {c1.connectorapi.baton.v1.Task.BulkGetTicketsTask & c1.connectorapi.baton.v1.Task.BulkGetTicketsTask.$Shape} BulkGetTicketsTask
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        BulkGetTicketsTask.decode = function (r, l, z, q, g) {
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
                            m = g || new $root.c1.connectorapi.baton.v1.Task.BulkGetTicketsTask();
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
                         * Creates a BulkGetTicketsTask message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof c1.connectorapi.baton.v1.Task.BulkGetTicketsTask
                         * @static
                         * @param {Object.<string,*>} d Plain object
                         * @returns {c1.connectorapi.baton.v1.Task.BulkGetTicketsTask} BulkGetTicketsTask
                         */
                        BulkGetTicketsTask.fromObject = function (d, q) {
                            if (d instanceof $root.c1.connectorapi.baton.v1.Task.BulkGetTicketsTask)
                                return d;
                            if (!$util.isObject(d))
                                throw $TypeError(".c1.connectorapi.baton.v1.Task.BulkGetTicketsTask: object expected");
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            return new $root.c1.connectorapi.baton.v1.Task.BulkGetTicketsTask();
                        };

                        /**
                         * Creates a plain object from a BulkGetTicketsTask message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof c1.connectorapi.baton.v1.Task.BulkGetTicketsTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.BulkGetTicketsTask} m BulkGetTicketsTask
                         * @param {$protobuf.IConversionOptions} [o] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        BulkGetTicketsTask.toObject = function () {
                            return {};
                        };

                        /**
                         * Converts this BulkGetTicketsTask to JSON.
                         * @function toJSON
                         * @memberof c1.connectorapi.baton.v1.Task.BulkGetTicketsTask
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        BulkGetTicketsTask.prototype.toJSON = function() {
                            return BulkGetTicketsTask.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for BulkGetTicketsTask
                         * @function getTypeUrl
                         * @memberof c1.connectorapi.baton.v1.Task.BulkGetTicketsTask
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        BulkGetTicketsTask.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/c1.connectorapi.baton.v1.Task.BulkGetTicketsTask";
                        };

                        return BulkGetTicketsTask;
                    })();

                    Task.ActionListSchemasTask = (function() {

                        /**
                         * Properties of an ActionListSchemasTask.
                         * @typedef {Object} c1.connectorapi.baton.v1.Task.ActionListSchemasTask.$Properties
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of an ActionListSchemasTask.
                         * @memberof c1.connectorapi.baton.v1.Task
                         * @interface IActionListSchemasTask
                         * @augments c1.connectorapi.baton.v1.Task.ActionListSchemasTask.$Properties
                         * @deprecated Use c1.connectorapi.baton.v1.Task.ActionListSchemasTask.$Properties instead.
                         */

                        /**
                         * Shape of an ActionListSchemasTask.
                         * @typedef {c1.connectorapi.baton.v1.Task.ActionListSchemasTask.$Properties} c1.connectorapi.baton.v1.Task.ActionListSchemasTask.$Shape
                         */

                        /**
                         * Constructs a new ActionListSchemasTask.
                         * @memberof c1.connectorapi.baton.v1.Task
                         * @classdesc Represents an ActionListSchemasTask.
                         * @constructor
                         * @param {c1.connectorapi.baton.v1.Task.ActionListSchemasTask.$Properties=} [p] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const ActionListSchemasTask = function (p) {
                            if (p)
                                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                                        this[ks[i]] = p[ks[i]];
                        };

                        /**
                         * Creates a new ActionListSchemasTask instance using the specified properties.
                         * @function create
                         * @memberof c1.connectorapi.baton.v1.Task.ActionListSchemasTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.ActionListSchemasTask.$Properties=} [properties] Properties to set
                         * @returns {c1.connectorapi.baton.v1.Task.ActionListSchemasTask} ActionListSchemasTask instance
                         * @type {{
                         *   (properties: c1.connectorapi.baton.v1.Task.ActionListSchemasTask.$Shape): c1.connectorapi.baton.v1.Task.ActionListSchemasTask & c1.connectorapi.baton.v1.Task.ActionListSchemasTask.$Shape;
                         *   (properties?: c1.connectorapi.baton.v1.Task.ActionListSchemasTask.$Properties): c1.connectorapi.baton.v1.Task.ActionListSchemasTask;
                         * }}
                         */
                        ActionListSchemasTask.create = function(properties) {
                            return new ActionListSchemasTask(properties);
                        };

                        /**
                         * Encodes the specified ActionListSchemasTask message. Does not implicitly {@link c1.connectorapi.baton.v1.Task.ActionListSchemasTask.verify|verify} messages.
                         * @function encode
                         * @memberof c1.connectorapi.baton.v1.Task.ActionListSchemasTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.ActionListSchemasTask.$Properties} m ActionListSchemasTask message or plain object to encode
                         * @param {$protobuf.Writer} [w] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        ActionListSchemasTask.encode = function (m, w, q) {
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
                         * Decodes an ActionListSchemasTask message from the specified reader or buffer.
                         * @function decode
                         * @memberof c1.connectorapi.baton.v1.Task.ActionListSchemasTask
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                         * @param {number} [l] Message length if known beforehand
                         * @returns {c1.connectorapi.baton.v1.Task.ActionListSchemasTask & c1.connectorapi.baton.v1.Task.ActionListSchemasTask.$Shape} ActionListSchemasTask
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        ActionListSchemasTask.decode = function (r, l, z, q, g) {
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
                            m = g || new $root.c1.connectorapi.baton.v1.Task.ActionListSchemasTask();
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
                         * Creates an ActionListSchemasTask message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof c1.connectorapi.baton.v1.Task.ActionListSchemasTask
                         * @static
                         * @param {Object.<string,*>} d Plain object
                         * @returns {c1.connectorapi.baton.v1.Task.ActionListSchemasTask} ActionListSchemasTask
                         */
                        ActionListSchemasTask.fromObject = function (d, q) {
                            if (d instanceof $root.c1.connectorapi.baton.v1.Task.ActionListSchemasTask)
                                return d;
                            if (!$util.isObject(d))
                                throw $TypeError(".c1.connectorapi.baton.v1.Task.ActionListSchemasTask: object expected");
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            return new $root.c1.connectorapi.baton.v1.Task.ActionListSchemasTask();
                        };

                        /**
                         * Creates a plain object from an ActionListSchemasTask message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof c1.connectorapi.baton.v1.Task.ActionListSchemasTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.ActionListSchemasTask} m ActionListSchemasTask
                         * @param {$protobuf.IConversionOptions} [o] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        ActionListSchemasTask.toObject = function () {
                            return {};
                        };

                        /**
                         * Converts this ActionListSchemasTask to JSON.
                         * @function toJSON
                         * @memberof c1.connectorapi.baton.v1.Task.ActionListSchemasTask
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        ActionListSchemasTask.prototype.toJSON = function() {
                            return ActionListSchemasTask.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for ActionListSchemasTask
                         * @function getTypeUrl
                         * @memberof c1.connectorapi.baton.v1.Task.ActionListSchemasTask
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        ActionListSchemasTask.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/c1.connectorapi.baton.v1.Task.ActionListSchemasTask";
                        };

                        return ActionListSchemasTask;
                    })();

                    Task.ActionGetSchemaTask = (function() {

                        /**
                         * Properties of an ActionGetSchemaTask.
                         * @typedef {Object} c1.connectorapi.baton.v1.Task.ActionGetSchemaTask.$Properties
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of an ActionGetSchemaTask.
                         * @memberof c1.connectorapi.baton.v1.Task
                         * @interface IActionGetSchemaTask
                         * @augments c1.connectorapi.baton.v1.Task.ActionGetSchemaTask.$Properties
                         * @deprecated Use c1.connectorapi.baton.v1.Task.ActionGetSchemaTask.$Properties instead.
                         */

                        /**
                         * Shape of an ActionGetSchemaTask.
                         * @typedef {c1.connectorapi.baton.v1.Task.ActionGetSchemaTask.$Properties} c1.connectorapi.baton.v1.Task.ActionGetSchemaTask.$Shape
                         */

                        /**
                         * Constructs a new ActionGetSchemaTask.
                         * @memberof c1.connectorapi.baton.v1.Task
                         * @classdesc Represents an ActionGetSchemaTask.
                         * @constructor
                         * @param {c1.connectorapi.baton.v1.Task.ActionGetSchemaTask.$Properties=} [p] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const ActionGetSchemaTask = function (p) {
                            if (p)
                                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                                        this[ks[i]] = p[ks[i]];
                        };

                        /**
                         * Creates a new ActionGetSchemaTask instance using the specified properties.
                         * @function create
                         * @memberof c1.connectorapi.baton.v1.Task.ActionGetSchemaTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.ActionGetSchemaTask.$Properties=} [properties] Properties to set
                         * @returns {c1.connectorapi.baton.v1.Task.ActionGetSchemaTask} ActionGetSchemaTask instance
                         * @type {{
                         *   (properties: c1.connectorapi.baton.v1.Task.ActionGetSchemaTask.$Shape): c1.connectorapi.baton.v1.Task.ActionGetSchemaTask & c1.connectorapi.baton.v1.Task.ActionGetSchemaTask.$Shape;
                         *   (properties?: c1.connectorapi.baton.v1.Task.ActionGetSchemaTask.$Properties): c1.connectorapi.baton.v1.Task.ActionGetSchemaTask;
                         * }}
                         */
                        ActionGetSchemaTask.create = function(properties) {
                            return new ActionGetSchemaTask(properties);
                        };

                        /**
                         * Encodes the specified ActionGetSchemaTask message. Does not implicitly {@link c1.connectorapi.baton.v1.Task.ActionGetSchemaTask.verify|verify} messages.
                         * @function encode
                         * @memberof c1.connectorapi.baton.v1.Task.ActionGetSchemaTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.ActionGetSchemaTask.$Properties} m ActionGetSchemaTask message or plain object to encode
                         * @param {$protobuf.Writer} [w] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        ActionGetSchemaTask.encode = function (m, w, q) {
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
                         * Decodes an ActionGetSchemaTask message from the specified reader or buffer.
                         * @function decode
                         * @memberof c1.connectorapi.baton.v1.Task.ActionGetSchemaTask
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                         * @param {number} [l] Message length if known beforehand
                         * @returns {c1.connectorapi.baton.v1.Task.ActionGetSchemaTask & c1.connectorapi.baton.v1.Task.ActionGetSchemaTask.$Shape} ActionGetSchemaTask
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        ActionGetSchemaTask.decode = function (r, l, z, q, g) {
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
                            m = g || new $root.c1.connectorapi.baton.v1.Task.ActionGetSchemaTask();
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
                         * Creates an ActionGetSchemaTask message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof c1.connectorapi.baton.v1.Task.ActionGetSchemaTask
                         * @static
                         * @param {Object.<string,*>} d Plain object
                         * @returns {c1.connectorapi.baton.v1.Task.ActionGetSchemaTask} ActionGetSchemaTask
                         */
                        ActionGetSchemaTask.fromObject = function (d, q) {
                            if (d instanceof $root.c1.connectorapi.baton.v1.Task.ActionGetSchemaTask)
                                return d;
                            if (!$util.isObject(d))
                                throw $TypeError(".c1.connectorapi.baton.v1.Task.ActionGetSchemaTask: object expected");
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            return new $root.c1.connectorapi.baton.v1.Task.ActionGetSchemaTask();
                        };

                        /**
                         * Creates a plain object from an ActionGetSchemaTask message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof c1.connectorapi.baton.v1.Task.ActionGetSchemaTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.ActionGetSchemaTask} m ActionGetSchemaTask
                         * @param {$protobuf.IConversionOptions} [o] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        ActionGetSchemaTask.toObject = function () {
                            return {};
                        };

                        /**
                         * Converts this ActionGetSchemaTask to JSON.
                         * @function toJSON
                         * @memberof c1.connectorapi.baton.v1.Task.ActionGetSchemaTask
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        ActionGetSchemaTask.prototype.toJSON = function() {
                            return ActionGetSchemaTask.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for ActionGetSchemaTask
                         * @function getTypeUrl
                         * @memberof c1.connectorapi.baton.v1.Task.ActionGetSchemaTask
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        ActionGetSchemaTask.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/c1.connectorapi.baton.v1.Task.ActionGetSchemaTask";
                        };

                        return ActionGetSchemaTask;
                    })();

                    Task.ActionInvokeTask = (function() {

                        /**
                         * Properties of an ActionInvokeTask.
                         * @typedef {Object} c1.connectorapi.baton.v1.Task.ActionInvokeTask.$Properties
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of an ActionInvokeTask.
                         * @memberof c1.connectorapi.baton.v1.Task
                         * @interface IActionInvokeTask
                         * @augments c1.connectorapi.baton.v1.Task.ActionInvokeTask.$Properties
                         * @deprecated Use c1.connectorapi.baton.v1.Task.ActionInvokeTask.$Properties instead.
                         */

                        /**
                         * Shape of an ActionInvokeTask.
                         * @typedef {c1.connectorapi.baton.v1.Task.ActionInvokeTask.$Properties} c1.connectorapi.baton.v1.Task.ActionInvokeTask.$Shape
                         */

                        /**
                         * Constructs a new ActionInvokeTask.
                         * @memberof c1.connectorapi.baton.v1.Task
                         * @classdesc Represents an ActionInvokeTask.
                         * @constructor
                         * @param {c1.connectorapi.baton.v1.Task.ActionInvokeTask.$Properties=} [p] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const ActionInvokeTask = function (p) {
                            if (p)
                                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                                        this[ks[i]] = p[ks[i]];
                        };

                        /**
                         * Creates a new ActionInvokeTask instance using the specified properties.
                         * @function create
                         * @memberof c1.connectorapi.baton.v1.Task.ActionInvokeTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.ActionInvokeTask.$Properties=} [properties] Properties to set
                         * @returns {c1.connectorapi.baton.v1.Task.ActionInvokeTask} ActionInvokeTask instance
                         * @type {{
                         *   (properties: c1.connectorapi.baton.v1.Task.ActionInvokeTask.$Shape): c1.connectorapi.baton.v1.Task.ActionInvokeTask & c1.connectorapi.baton.v1.Task.ActionInvokeTask.$Shape;
                         *   (properties?: c1.connectorapi.baton.v1.Task.ActionInvokeTask.$Properties): c1.connectorapi.baton.v1.Task.ActionInvokeTask;
                         * }}
                         */
                        ActionInvokeTask.create = function(properties) {
                            return new ActionInvokeTask(properties);
                        };

                        /**
                         * Encodes the specified ActionInvokeTask message. Does not implicitly {@link c1.connectorapi.baton.v1.Task.ActionInvokeTask.verify|verify} messages.
                         * @function encode
                         * @memberof c1.connectorapi.baton.v1.Task.ActionInvokeTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.ActionInvokeTask.$Properties} m ActionInvokeTask message or plain object to encode
                         * @param {$protobuf.Writer} [w] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        ActionInvokeTask.encode = function (m, w, q) {
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
                         * Decodes an ActionInvokeTask message from the specified reader or buffer.
                         * @function decode
                         * @memberof c1.connectorapi.baton.v1.Task.ActionInvokeTask
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                         * @param {number} [l] Message length if known beforehand
                         * @returns {c1.connectorapi.baton.v1.Task.ActionInvokeTask & c1.connectorapi.baton.v1.Task.ActionInvokeTask.$Shape} ActionInvokeTask
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        ActionInvokeTask.decode = function (r, l, z, q, g) {
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
                            m = g || new $root.c1.connectorapi.baton.v1.Task.ActionInvokeTask();
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
                         * Creates an ActionInvokeTask message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof c1.connectorapi.baton.v1.Task.ActionInvokeTask
                         * @static
                         * @param {Object.<string,*>} d Plain object
                         * @returns {c1.connectorapi.baton.v1.Task.ActionInvokeTask} ActionInvokeTask
                         */
                        ActionInvokeTask.fromObject = function (d, q) {
                            if (d instanceof $root.c1.connectorapi.baton.v1.Task.ActionInvokeTask)
                                return d;
                            if (!$util.isObject(d))
                                throw $TypeError(".c1.connectorapi.baton.v1.Task.ActionInvokeTask: object expected");
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            return new $root.c1.connectorapi.baton.v1.Task.ActionInvokeTask();
                        };

                        /**
                         * Creates a plain object from an ActionInvokeTask message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof c1.connectorapi.baton.v1.Task.ActionInvokeTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.ActionInvokeTask} m ActionInvokeTask
                         * @param {$protobuf.IConversionOptions} [o] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        ActionInvokeTask.toObject = function () {
                            return {};
                        };

                        /**
                         * Converts this ActionInvokeTask to JSON.
                         * @function toJSON
                         * @memberof c1.connectorapi.baton.v1.Task.ActionInvokeTask
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        ActionInvokeTask.prototype.toJSON = function() {
                            return ActionInvokeTask.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for ActionInvokeTask
                         * @function getTypeUrl
                         * @memberof c1.connectorapi.baton.v1.Task.ActionInvokeTask
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        ActionInvokeTask.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/c1.connectorapi.baton.v1.Task.ActionInvokeTask";
                        };

                        return ActionInvokeTask;
                    })();

                    Task.ActionStatusTask = (function() {

                        /**
                         * Properties of an ActionStatusTask.
                         * @typedef {Object} c1.connectorapi.baton.v1.Task.ActionStatusTask.$Properties
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of an ActionStatusTask.
                         * @memberof c1.connectorapi.baton.v1.Task
                         * @interface IActionStatusTask
                         * @augments c1.connectorapi.baton.v1.Task.ActionStatusTask.$Properties
                         * @deprecated Use c1.connectorapi.baton.v1.Task.ActionStatusTask.$Properties instead.
                         */

                        /**
                         * Shape of an ActionStatusTask.
                         * @typedef {c1.connectorapi.baton.v1.Task.ActionStatusTask.$Properties} c1.connectorapi.baton.v1.Task.ActionStatusTask.$Shape
                         */

                        /**
                         * Constructs a new ActionStatusTask.
                         * @memberof c1.connectorapi.baton.v1.Task
                         * @classdesc Represents an ActionStatusTask.
                         * @constructor
                         * @param {c1.connectorapi.baton.v1.Task.ActionStatusTask.$Properties=} [p] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const ActionStatusTask = function (p) {
                            if (p)
                                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                                        this[ks[i]] = p[ks[i]];
                        };

                        /**
                         * Creates a new ActionStatusTask instance using the specified properties.
                         * @function create
                         * @memberof c1.connectorapi.baton.v1.Task.ActionStatusTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.ActionStatusTask.$Properties=} [properties] Properties to set
                         * @returns {c1.connectorapi.baton.v1.Task.ActionStatusTask} ActionStatusTask instance
                         * @type {{
                         *   (properties: c1.connectorapi.baton.v1.Task.ActionStatusTask.$Shape): c1.connectorapi.baton.v1.Task.ActionStatusTask & c1.connectorapi.baton.v1.Task.ActionStatusTask.$Shape;
                         *   (properties?: c1.connectorapi.baton.v1.Task.ActionStatusTask.$Properties): c1.connectorapi.baton.v1.Task.ActionStatusTask;
                         * }}
                         */
                        ActionStatusTask.create = function(properties) {
                            return new ActionStatusTask(properties);
                        };

                        /**
                         * Encodes the specified ActionStatusTask message. Does not implicitly {@link c1.connectorapi.baton.v1.Task.ActionStatusTask.verify|verify} messages.
                         * @function encode
                         * @memberof c1.connectorapi.baton.v1.Task.ActionStatusTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.ActionStatusTask.$Properties} m ActionStatusTask message or plain object to encode
                         * @param {$protobuf.Writer} [w] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        ActionStatusTask.encode = function (m, w, q) {
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
                         * Decodes an ActionStatusTask message from the specified reader or buffer.
                         * @function decode
                         * @memberof c1.connectorapi.baton.v1.Task.ActionStatusTask
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                         * @param {number} [l] Message length if known beforehand
                         * @returns {c1.connectorapi.baton.v1.Task.ActionStatusTask & c1.connectorapi.baton.v1.Task.ActionStatusTask.$Shape} ActionStatusTask
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        ActionStatusTask.decode = function (r, l, z, q, g) {
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
                            m = g || new $root.c1.connectorapi.baton.v1.Task.ActionStatusTask();
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
                         * Creates an ActionStatusTask message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof c1.connectorapi.baton.v1.Task.ActionStatusTask
                         * @static
                         * @param {Object.<string,*>} d Plain object
                         * @returns {c1.connectorapi.baton.v1.Task.ActionStatusTask} ActionStatusTask
                         */
                        ActionStatusTask.fromObject = function (d, q) {
                            if (d instanceof $root.c1.connectorapi.baton.v1.Task.ActionStatusTask)
                                return d;
                            if (!$util.isObject(d))
                                throw $TypeError(".c1.connectorapi.baton.v1.Task.ActionStatusTask: object expected");
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            return new $root.c1.connectorapi.baton.v1.Task.ActionStatusTask();
                        };

                        /**
                         * Creates a plain object from an ActionStatusTask message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof c1.connectorapi.baton.v1.Task.ActionStatusTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.ActionStatusTask} m ActionStatusTask
                         * @param {$protobuf.IConversionOptions} [o] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        ActionStatusTask.toObject = function () {
                            return {};
                        };

                        /**
                         * Converts this ActionStatusTask to JSON.
                         * @function toJSON
                         * @memberof c1.connectorapi.baton.v1.Task.ActionStatusTask
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        ActionStatusTask.prototype.toJSON = function() {
                            return ActionStatusTask.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for ActionStatusTask
                         * @function getTypeUrl
                         * @memberof c1.connectorapi.baton.v1.Task.ActionStatusTask
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        ActionStatusTask.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/c1.connectorapi.baton.v1.Task.ActionStatusTask";
                        };

                        return ActionStatusTask;
                    })();

                    Task.CreateSyncDiffTask = (function() {

                        /**
                         * Properties of a CreateSyncDiffTask.
                         * @typedef {Object} c1.connectorapi.baton.v1.Task.CreateSyncDiffTask.$Properties
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of a CreateSyncDiffTask.
                         * @memberof c1.connectorapi.baton.v1.Task
                         * @interface ICreateSyncDiffTask
                         * @augments c1.connectorapi.baton.v1.Task.CreateSyncDiffTask.$Properties
                         * @deprecated Use c1.connectorapi.baton.v1.Task.CreateSyncDiffTask.$Properties instead.
                         */

                        /**
                         * Shape of a CreateSyncDiffTask.
                         * @typedef {c1.connectorapi.baton.v1.Task.CreateSyncDiffTask.$Properties} c1.connectorapi.baton.v1.Task.CreateSyncDiffTask.$Shape
                         */

                        /**
                         * Constructs a new CreateSyncDiffTask.
                         * @memberof c1.connectorapi.baton.v1.Task
                         * @classdesc Represents a CreateSyncDiffTask.
                         * @constructor
                         * @param {c1.connectorapi.baton.v1.Task.CreateSyncDiffTask.$Properties=} [p] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const CreateSyncDiffTask = function (p) {
                            if (p)
                                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                                        this[ks[i]] = p[ks[i]];
                        };

                        /**
                         * Creates a new CreateSyncDiffTask instance using the specified properties.
                         * @function create
                         * @memberof c1.connectorapi.baton.v1.Task.CreateSyncDiffTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.CreateSyncDiffTask.$Properties=} [properties] Properties to set
                         * @returns {c1.connectorapi.baton.v1.Task.CreateSyncDiffTask} CreateSyncDiffTask instance
                         * @type {{
                         *   (properties: c1.connectorapi.baton.v1.Task.CreateSyncDiffTask.$Shape): c1.connectorapi.baton.v1.Task.CreateSyncDiffTask & c1.connectorapi.baton.v1.Task.CreateSyncDiffTask.$Shape;
                         *   (properties?: c1.connectorapi.baton.v1.Task.CreateSyncDiffTask.$Properties): c1.connectorapi.baton.v1.Task.CreateSyncDiffTask;
                         * }}
                         */
                        CreateSyncDiffTask.create = function(properties) {
                            return new CreateSyncDiffTask(properties);
                        };

                        /**
                         * Encodes the specified CreateSyncDiffTask message. Does not implicitly {@link c1.connectorapi.baton.v1.Task.CreateSyncDiffTask.verify|verify} messages.
                         * @function encode
                         * @memberof c1.connectorapi.baton.v1.Task.CreateSyncDiffTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.CreateSyncDiffTask.$Properties} m CreateSyncDiffTask message or plain object to encode
                         * @param {$protobuf.Writer} [w] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        CreateSyncDiffTask.encode = function (m, w, q) {
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
                         * Decodes a CreateSyncDiffTask message from the specified reader or buffer.
                         * @function decode
                         * @memberof c1.connectorapi.baton.v1.Task.CreateSyncDiffTask
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                         * @param {number} [l] Message length if known beforehand
                         * @returns {c1.connectorapi.baton.v1.Task.CreateSyncDiffTask & c1.connectorapi.baton.v1.Task.CreateSyncDiffTask.$Shape} CreateSyncDiffTask
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        CreateSyncDiffTask.decode = function (r, l, z, q, g) {
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
                            m = g || new $root.c1.connectorapi.baton.v1.Task.CreateSyncDiffTask();
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
                         * Creates a CreateSyncDiffTask message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof c1.connectorapi.baton.v1.Task.CreateSyncDiffTask
                         * @static
                         * @param {Object.<string,*>} d Plain object
                         * @returns {c1.connectorapi.baton.v1.Task.CreateSyncDiffTask} CreateSyncDiffTask
                         */
                        CreateSyncDiffTask.fromObject = function (d, q) {
                            if (d instanceof $root.c1.connectorapi.baton.v1.Task.CreateSyncDiffTask)
                                return d;
                            if (!$util.isObject(d))
                                throw $TypeError(".c1.connectorapi.baton.v1.Task.CreateSyncDiffTask: object expected");
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            return new $root.c1.connectorapi.baton.v1.Task.CreateSyncDiffTask();
                        };

                        /**
                         * Creates a plain object from a CreateSyncDiffTask message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof c1.connectorapi.baton.v1.Task.CreateSyncDiffTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.CreateSyncDiffTask} m CreateSyncDiffTask
                         * @param {$protobuf.IConversionOptions} [o] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        CreateSyncDiffTask.toObject = function () {
                            return {};
                        };

                        /**
                         * Converts this CreateSyncDiffTask to JSON.
                         * @function toJSON
                         * @memberof c1.connectorapi.baton.v1.Task.CreateSyncDiffTask
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        CreateSyncDiffTask.prototype.toJSON = function() {
                            return CreateSyncDiffTask.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for CreateSyncDiffTask
                         * @function getTypeUrl
                         * @memberof c1.connectorapi.baton.v1.Task.CreateSyncDiffTask
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        CreateSyncDiffTask.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/c1.connectorapi.baton.v1.Task.CreateSyncDiffTask";
                        };

                        return CreateSyncDiffTask;
                    })();

                    Task.CompactSyncs = (function() {

                        /**
                         * Properties of a CompactSyncs.
                         * @typedef {Object} c1.connectorapi.baton.v1.Task.CompactSyncs.$Properties
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of a CompactSyncs.
                         * @memberof c1.connectorapi.baton.v1.Task
                         * @interface ICompactSyncs
                         * @augments c1.connectorapi.baton.v1.Task.CompactSyncs.$Properties
                         * @deprecated Use c1.connectorapi.baton.v1.Task.CompactSyncs.$Properties instead.
                         */

                        /**
                         * Shape of a CompactSyncs.
                         * @typedef {c1.connectorapi.baton.v1.Task.CompactSyncs.$Properties} c1.connectorapi.baton.v1.Task.CompactSyncs.$Shape
                         */

                        /**
                         * Constructs a new CompactSyncs.
                         * @memberof c1.connectorapi.baton.v1.Task
                         * @classdesc Represents a CompactSyncs.
                         * @constructor
                         * @param {c1.connectorapi.baton.v1.Task.CompactSyncs.$Properties=} [p] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const CompactSyncs = function (p) {
                            if (p)
                                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                                        this[ks[i]] = p[ks[i]];
                        };

                        /**
                         * Creates a new CompactSyncs instance using the specified properties.
                         * @function create
                         * @memberof c1.connectorapi.baton.v1.Task.CompactSyncs
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.CompactSyncs.$Properties=} [properties] Properties to set
                         * @returns {c1.connectorapi.baton.v1.Task.CompactSyncs} CompactSyncs instance
                         * @type {{
                         *   (properties: c1.connectorapi.baton.v1.Task.CompactSyncs.$Shape): c1.connectorapi.baton.v1.Task.CompactSyncs & c1.connectorapi.baton.v1.Task.CompactSyncs.$Shape;
                         *   (properties?: c1.connectorapi.baton.v1.Task.CompactSyncs.$Properties): c1.connectorapi.baton.v1.Task.CompactSyncs;
                         * }}
                         */
                        CompactSyncs.create = function(properties) {
                            return new CompactSyncs(properties);
                        };

                        /**
                         * Encodes the specified CompactSyncs message. Does not implicitly {@link c1.connectorapi.baton.v1.Task.CompactSyncs.verify|verify} messages.
                         * @function encode
                         * @memberof c1.connectorapi.baton.v1.Task.CompactSyncs
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.CompactSyncs.$Properties} m CompactSyncs message or plain object to encode
                         * @param {$protobuf.Writer} [w] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        CompactSyncs.encode = function (m, w, q) {
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
                         * Decodes a CompactSyncs message from the specified reader or buffer.
                         * @function decode
                         * @memberof c1.connectorapi.baton.v1.Task.CompactSyncs
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                         * @param {number} [l] Message length if known beforehand
                         * @returns {c1.connectorapi.baton.v1.Task.CompactSyncs & c1.connectorapi.baton.v1.Task.CompactSyncs.$Shape} CompactSyncs
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        CompactSyncs.decode = function (r, l, z, q, g) {
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
                            m = g || new $root.c1.connectorapi.baton.v1.Task.CompactSyncs();
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
                         * Creates a CompactSyncs message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof c1.connectorapi.baton.v1.Task.CompactSyncs
                         * @static
                         * @param {Object.<string,*>} d Plain object
                         * @returns {c1.connectorapi.baton.v1.Task.CompactSyncs} CompactSyncs
                         */
                        CompactSyncs.fromObject = function (d, q) {
                            if (d instanceof $root.c1.connectorapi.baton.v1.Task.CompactSyncs)
                                return d;
                            if (!$util.isObject(d))
                                throw $TypeError(".c1.connectorapi.baton.v1.Task.CompactSyncs: object expected");
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            return new $root.c1.connectorapi.baton.v1.Task.CompactSyncs();
                        };

                        /**
                         * Creates a plain object from a CompactSyncs message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof c1.connectorapi.baton.v1.Task.CompactSyncs
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.CompactSyncs} m CompactSyncs
                         * @param {$protobuf.IConversionOptions} [o] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        CompactSyncs.toObject = function () {
                            return {};
                        };

                        /**
                         * Converts this CompactSyncs to JSON.
                         * @function toJSON
                         * @memberof c1.connectorapi.baton.v1.Task.CompactSyncs
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        CompactSyncs.prototype.toJSON = function() {
                            return CompactSyncs.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for CompactSyncs
                         * @function getTypeUrl
                         * @memberof c1.connectorapi.baton.v1.Task.CompactSyncs
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        CompactSyncs.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/c1.connectorapi.baton.v1.Task.CompactSyncs";
                        };

                        return CompactSyncs;
                    })();

                    Task.ListEventFeedsTask = (function() {

                        /**
                         * Properties of a ListEventFeedsTask.
                         * @typedef {Object} c1.connectorapi.baton.v1.Task.ListEventFeedsTask.$Properties
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of a ListEventFeedsTask.
                         * @memberof c1.connectorapi.baton.v1.Task
                         * @interface IListEventFeedsTask
                         * @augments c1.connectorapi.baton.v1.Task.ListEventFeedsTask.$Properties
                         * @deprecated Use c1.connectorapi.baton.v1.Task.ListEventFeedsTask.$Properties instead.
                         */

                        /**
                         * Shape of a ListEventFeedsTask.
                         * @typedef {c1.connectorapi.baton.v1.Task.ListEventFeedsTask.$Properties} c1.connectorapi.baton.v1.Task.ListEventFeedsTask.$Shape
                         */

                        /**
                         * Constructs a new ListEventFeedsTask.
                         * @memberof c1.connectorapi.baton.v1.Task
                         * @classdesc Represents a ListEventFeedsTask.
                         * @constructor
                         * @param {c1.connectorapi.baton.v1.Task.ListEventFeedsTask.$Properties=} [p] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const ListEventFeedsTask = function (p) {
                            if (p)
                                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                                        this[ks[i]] = p[ks[i]];
                        };

                        /**
                         * Creates a new ListEventFeedsTask instance using the specified properties.
                         * @function create
                         * @memberof c1.connectorapi.baton.v1.Task.ListEventFeedsTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.ListEventFeedsTask.$Properties=} [properties] Properties to set
                         * @returns {c1.connectorapi.baton.v1.Task.ListEventFeedsTask} ListEventFeedsTask instance
                         * @type {{
                         *   (properties: c1.connectorapi.baton.v1.Task.ListEventFeedsTask.$Shape): c1.connectorapi.baton.v1.Task.ListEventFeedsTask & c1.connectorapi.baton.v1.Task.ListEventFeedsTask.$Shape;
                         *   (properties?: c1.connectorapi.baton.v1.Task.ListEventFeedsTask.$Properties): c1.connectorapi.baton.v1.Task.ListEventFeedsTask;
                         * }}
                         */
                        ListEventFeedsTask.create = function(properties) {
                            return new ListEventFeedsTask(properties);
                        };

                        /**
                         * Encodes the specified ListEventFeedsTask message. Does not implicitly {@link c1.connectorapi.baton.v1.Task.ListEventFeedsTask.verify|verify} messages.
                         * @function encode
                         * @memberof c1.connectorapi.baton.v1.Task.ListEventFeedsTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.ListEventFeedsTask.$Properties} m ListEventFeedsTask message or plain object to encode
                         * @param {$protobuf.Writer} [w] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        ListEventFeedsTask.encode = function (m, w, q) {
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
                         * Decodes a ListEventFeedsTask message from the specified reader or buffer.
                         * @function decode
                         * @memberof c1.connectorapi.baton.v1.Task.ListEventFeedsTask
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                         * @param {number} [l] Message length if known beforehand
                         * @returns {c1.connectorapi.baton.v1.Task.ListEventFeedsTask & c1.connectorapi.baton.v1.Task.ListEventFeedsTask.$Shape} ListEventFeedsTask
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        ListEventFeedsTask.decode = function (r, l, z, q, g) {
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
                            m = g || new $root.c1.connectorapi.baton.v1.Task.ListEventFeedsTask();
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
                         * Creates a ListEventFeedsTask message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof c1.connectorapi.baton.v1.Task.ListEventFeedsTask
                         * @static
                         * @param {Object.<string,*>} d Plain object
                         * @returns {c1.connectorapi.baton.v1.Task.ListEventFeedsTask} ListEventFeedsTask
                         */
                        ListEventFeedsTask.fromObject = function (d, q) {
                            if (d instanceof $root.c1.connectorapi.baton.v1.Task.ListEventFeedsTask)
                                return d;
                            if (!$util.isObject(d))
                                throw $TypeError(".c1.connectorapi.baton.v1.Task.ListEventFeedsTask: object expected");
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            return new $root.c1.connectorapi.baton.v1.Task.ListEventFeedsTask();
                        };

                        /**
                         * Creates a plain object from a ListEventFeedsTask message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof c1.connectorapi.baton.v1.Task.ListEventFeedsTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.ListEventFeedsTask} m ListEventFeedsTask
                         * @param {$protobuf.IConversionOptions} [o] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        ListEventFeedsTask.toObject = function () {
                            return {};
                        };

                        /**
                         * Converts this ListEventFeedsTask to JSON.
                         * @function toJSON
                         * @memberof c1.connectorapi.baton.v1.Task.ListEventFeedsTask
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        ListEventFeedsTask.prototype.toJSON = function() {
                            return ListEventFeedsTask.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for ListEventFeedsTask
                         * @function getTypeUrl
                         * @memberof c1.connectorapi.baton.v1.Task.ListEventFeedsTask
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        ListEventFeedsTask.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/c1.connectorapi.baton.v1.Task.ListEventFeedsTask";
                        };

                        return ListEventFeedsTask;
                    })();

                    Task.ListEventsTask = (function() {

                        /**
                         * Properties of a ListEventsTask.
                         * @typedef {Object} c1.connectorapi.baton.v1.Task.ListEventsTask.$Properties
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of a ListEventsTask.
                         * @memberof c1.connectorapi.baton.v1.Task
                         * @interface IListEventsTask
                         * @augments c1.connectorapi.baton.v1.Task.ListEventsTask.$Properties
                         * @deprecated Use c1.connectorapi.baton.v1.Task.ListEventsTask.$Properties instead.
                         */

                        /**
                         * Shape of a ListEventsTask.
                         * @typedef {c1.connectorapi.baton.v1.Task.ListEventsTask.$Properties} c1.connectorapi.baton.v1.Task.ListEventsTask.$Shape
                         */

                        /**
                         * Constructs a new ListEventsTask.
                         * @memberof c1.connectorapi.baton.v1.Task
                         * @classdesc Represents a ListEventsTask.
                         * @constructor
                         * @param {c1.connectorapi.baton.v1.Task.ListEventsTask.$Properties=} [p] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const ListEventsTask = function (p) {
                            if (p)
                                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                                        this[ks[i]] = p[ks[i]];
                        };

                        /**
                         * Creates a new ListEventsTask instance using the specified properties.
                         * @function create
                         * @memberof c1.connectorapi.baton.v1.Task.ListEventsTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.ListEventsTask.$Properties=} [properties] Properties to set
                         * @returns {c1.connectorapi.baton.v1.Task.ListEventsTask} ListEventsTask instance
                         * @type {{
                         *   (properties: c1.connectorapi.baton.v1.Task.ListEventsTask.$Shape): c1.connectorapi.baton.v1.Task.ListEventsTask & c1.connectorapi.baton.v1.Task.ListEventsTask.$Shape;
                         *   (properties?: c1.connectorapi.baton.v1.Task.ListEventsTask.$Properties): c1.connectorapi.baton.v1.Task.ListEventsTask;
                         * }}
                         */
                        ListEventsTask.create = function(properties) {
                            return new ListEventsTask(properties);
                        };

                        /**
                         * Encodes the specified ListEventsTask message. Does not implicitly {@link c1.connectorapi.baton.v1.Task.ListEventsTask.verify|verify} messages.
                         * @function encode
                         * @memberof c1.connectorapi.baton.v1.Task.ListEventsTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.ListEventsTask.$Properties} m ListEventsTask message or plain object to encode
                         * @param {$protobuf.Writer} [w] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        ListEventsTask.encode = function (m, w, q) {
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
                         * Decodes a ListEventsTask message from the specified reader or buffer.
                         * @function decode
                         * @memberof c1.connectorapi.baton.v1.Task.ListEventsTask
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                         * @param {number} [l] Message length if known beforehand
                         * @returns {c1.connectorapi.baton.v1.Task.ListEventsTask & c1.connectorapi.baton.v1.Task.ListEventsTask.$Shape} ListEventsTask
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        ListEventsTask.decode = function (r, l, z, q, g) {
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
                            m = g || new $root.c1.connectorapi.baton.v1.Task.ListEventsTask();
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
                         * Creates a ListEventsTask message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof c1.connectorapi.baton.v1.Task.ListEventsTask
                         * @static
                         * @param {Object.<string,*>} d Plain object
                         * @returns {c1.connectorapi.baton.v1.Task.ListEventsTask} ListEventsTask
                         */
                        ListEventsTask.fromObject = function (d, q) {
                            if (d instanceof $root.c1.connectorapi.baton.v1.Task.ListEventsTask)
                                return d;
                            if (!$util.isObject(d))
                                throw $TypeError(".c1.connectorapi.baton.v1.Task.ListEventsTask: object expected");
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            return new $root.c1.connectorapi.baton.v1.Task.ListEventsTask();
                        };

                        /**
                         * Creates a plain object from a ListEventsTask message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof c1.connectorapi.baton.v1.Task.ListEventsTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.ListEventsTask} m ListEventsTask
                         * @param {$protobuf.IConversionOptions} [o] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        ListEventsTask.toObject = function () {
                            return {};
                        };

                        /**
                         * Converts this ListEventsTask to JSON.
                         * @function toJSON
                         * @memberof c1.connectorapi.baton.v1.Task.ListEventsTask
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        ListEventsTask.prototype.toJSON = function() {
                            return ListEventsTask.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for ListEventsTask
                         * @function getTypeUrl
                         * @memberof c1.connectorapi.baton.v1.Task.ListEventsTask
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        ListEventsTask.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/c1.connectorapi.baton.v1.Task.ListEventsTask";
                        };

                        return ListEventsTask;
                    })();

                    Task.IssueCredentialTask = (function() {

                        /**
                         * Properties of an IssueCredentialTask.
                         * @typedef {Object} c1.connectorapi.baton.v1.Task.IssueCredentialTask.$Properties
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of an IssueCredentialTask.
                         * @memberof c1.connectorapi.baton.v1.Task
                         * @interface IIssueCredentialTask
                         * @augments c1.connectorapi.baton.v1.Task.IssueCredentialTask.$Properties
                         * @deprecated Use c1.connectorapi.baton.v1.Task.IssueCredentialTask.$Properties instead.
                         */

                        /**
                         * Shape of an IssueCredentialTask.
                         * @typedef {c1.connectorapi.baton.v1.Task.IssueCredentialTask.$Properties} c1.connectorapi.baton.v1.Task.IssueCredentialTask.$Shape
                         */

                        /**
                         * Constructs a new IssueCredentialTask.
                         * @memberof c1.connectorapi.baton.v1.Task
                         * @classdesc Represents an IssueCredentialTask.
                         * @constructor
                         * @param {c1.connectorapi.baton.v1.Task.IssueCredentialTask.$Properties=} [p] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const IssueCredentialTask = function (p) {
                            if (p)
                                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                                        this[ks[i]] = p[ks[i]];
                        };

                        /**
                         * Creates a new IssueCredentialTask instance using the specified properties.
                         * @function create
                         * @memberof c1.connectorapi.baton.v1.Task.IssueCredentialTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.IssueCredentialTask.$Properties=} [properties] Properties to set
                         * @returns {c1.connectorapi.baton.v1.Task.IssueCredentialTask} IssueCredentialTask instance
                         * @type {{
                         *   (properties: c1.connectorapi.baton.v1.Task.IssueCredentialTask.$Shape): c1.connectorapi.baton.v1.Task.IssueCredentialTask & c1.connectorapi.baton.v1.Task.IssueCredentialTask.$Shape;
                         *   (properties?: c1.connectorapi.baton.v1.Task.IssueCredentialTask.$Properties): c1.connectorapi.baton.v1.Task.IssueCredentialTask;
                         * }}
                         */
                        IssueCredentialTask.create = function(properties) {
                            return new IssueCredentialTask(properties);
                        };

                        /**
                         * Encodes the specified IssueCredentialTask message. Does not implicitly {@link c1.connectorapi.baton.v1.Task.IssueCredentialTask.verify|verify} messages.
                         * @function encode
                         * @memberof c1.connectorapi.baton.v1.Task.IssueCredentialTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.IssueCredentialTask.$Properties} m IssueCredentialTask message or plain object to encode
                         * @param {$protobuf.Writer} [w] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        IssueCredentialTask.encode = function (m, w, q) {
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
                         * Decodes an IssueCredentialTask message from the specified reader or buffer.
                         * @function decode
                         * @memberof c1.connectorapi.baton.v1.Task.IssueCredentialTask
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                         * @param {number} [l] Message length if known beforehand
                         * @returns {c1.connectorapi.baton.v1.Task.IssueCredentialTask & c1.connectorapi.baton.v1.Task.IssueCredentialTask.$Shape} IssueCredentialTask
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        IssueCredentialTask.decode = function (r, l, z, q, g) {
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
                            m = g || new $root.c1.connectorapi.baton.v1.Task.IssueCredentialTask();
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
                         * Creates an IssueCredentialTask message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof c1.connectorapi.baton.v1.Task.IssueCredentialTask
                         * @static
                         * @param {Object.<string,*>} d Plain object
                         * @returns {c1.connectorapi.baton.v1.Task.IssueCredentialTask} IssueCredentialTask
                         */
                        IssueCredentialTask.fromObject = function (d, q) {
                            if (d instanceof $root.c1.connectorapi.baton.v1.Task.IssueCredentialTask)
                                return d;
                            if (!$util.isObject(d))
                                throw $TypeError(".c1.connectorapi.baton.v1.Task.IssueCredentialTask: object expected");
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            return new $root.c1.connectorapi.baton.v1.Task.IssueCredentialTask();
                        };

                        /**
                         * Creates a plain object from an IssueCredentialTask message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof c1.connectorapi.baton.v1.Task.IssueCredentialTask
                         * @static
                         * @param {c1.connectorapi.baton.v1.Task.IssueCredentialTask} m IssueCredentialTask
                         * @param {$protobuf.IConversionOptions} [o] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        IssueCredentialTask.toObject = function () {
                            return {};
                        };

                        /**
                         * Converts this IssueCredentialTask to JSON.
                         * @function toJSON
                         * @memberof c1.connectorapi.baton.v1.Task.IssueCredentialTask
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        IssueCredentialTask.prototype.toJSON = function() {
                            return IssueCredentialTask.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for IssueCredentialTask
                         * @function getTypeUrl
                         * @memberof c1.connectorapi.baton.v1.Task.IssueCredentialTask
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        IssueCredentialTask.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/c1.connectorapi.baton.v1.Task.IssueCredentialTask";
                        };

                        return IssueCredentialTask;
                    })();

                    return Task;
                })();

                v1.BatonServiceHelloRequest = (function() {

                    /**
                     * Properties of a BatonServiceHelloRequest.
                     * @typedef {Object} c1.connectorapi.baton.v1.BatonServiceHelloRequest.$Properties
                     * @property {string|null} [hostId] BatonServiceHelloRequest hostId
                     * @property {string|null} [taskId] BatonServiceHelloRequest taskId
                     * @property {c1.connectorapi.baton.v1.BatonServiceHelloRequest.BuildInfo.$Properties|null} [buildInfo] BatonServiceHelloRequest buildInfo
                     * @property {c1.connectorapi.baton.v1.BatonServiceHelloRequest.OSInfo.$Properties|null} [osInfo] BatonServiceHelloRequest osInfo
                     * @property {c1.connector.v2.ConnectorMetadata.$Properties|null} [connectorMetadata] BatonServiceHelloRequest connectorMetadata
                     * @property {Array.<google.protobuf.Any.$Properties>|null} [annotations] BatonServiceHelloRequest annotations
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a BatonServiceHelloRequest.
                     * @memberof c1.connectorapi.baton.v1
                     * @interface IBatonServiceHelloRequest
                     * @augments c1.connectorapi.baton.v1.BatonServiceHelloRequest.$Properties
                     * @deprecated Use c1.connectorapi.baton.v1.BatonServiceHelloRequest.$Properties instead.
                     */

                    /**
                     * Shape of a BatonServiceHelloRequest.
                     * @typedef {c1.connectorapi.baton.v1.BatonServiceHelloRequest.$Properties} c1.connectorapi.baton.v1.BatonServiceHelloRequest.$Shape
                     */

                    /**
                     * Constructs a new BatonServiceHelloRequest.
                     * @memberof c1.connectorapi.baton.v1
                     * @classdesc Represents a BatonServiceHelloRequest.
                     * @constructor
                     * @param {c1.connectorapi.baton.v1.BatonServiceHelloRequest.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const BatonServiceHelloRequest = function (p) {
                        this.annotations = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * BatonServiceHelloRequest hostId.
                     * @member {string} hostId
                     * @memberof c1.connectorapi.baton.v1.BatonServiceHelloRequest
                     * @instance
                     */
                    BatonServiceHelloRequest.prototype.hostId = "";

                    /**
                     * BatonServiceHelloRequest taskId.
                     * @member {string} taskId
                     * @memberof c1.connectorapi.baton.v1.BatonServiceHelloRequest
                     * @instance
                     */
                    BatonServiceHelloRequest.prototype.taskId = "";

                    /**
                     * BatonServiceHelloRequest buildInfo.
                     * @member {c1.connectorapi.baton.v1.BatonServiceHelloRequest.BuildInfo.$Properties|null|undefined} buildInfo
                     * @memberof c1.connectorapi.baton.v1.BatonServiceHelloRequest
                     * @instance
                     */
                    BatonServiceHelloRequest.prototype.buildInfo = null;

                    /**
                     * BatonServiceHelloRequest osInfo.
                     * @member {c1.connectorapi.baton.v1.BatonServiceHelloRequest.OSInfo.$Properties|null|undefined} osInfo
                     * @memberof c1.connectorapi.baton.v1.BatonServiceHelloRequest
                     * @instance
                     */
                    BatonServiceHelloRequest.prototype.osInfo = null;

                    /**
                     * BatonServiceHelloRequest connectorMetadata.
                     * @member {c1.connector.v2.ConnectorMetadata.$Properties|null|undefined} connectorMetadata
                     * @memberof c1.connectorapi.baton.v1.BatonServiceHelloRequest
                     * @instance
                     */
                    BatonServiceHelloRequest.prototype.connectorMetadata = null;

                    /**
                     * BatonServiceHelloRequest annotations.
                     * @member {Array.<google.protobuf.Any.$Properties>} annotations
                     * @memberof c1.connectorapi.baton.v1.BatonServiceHelloRequest
                     * @instance
                     */
                    BatonServiceHelloRequest.prototype.annotations = $util.emptyArray;

                    /**
                     * Creates a new BatonServiceHelloRequest instance using the specified properties.
                     * @function create
                     * @memberof c1.connectorapi.baton.v1.BatonServiceHelloRequest
                     * @static
                     * @param {c1.connectorapi.baton.v1.BatonServiceHelloRequest.$Properties=} [properties] Properties to set
                     * @returns {c1.connectorapi.baton.v1.BatonServiceHelloRequest} BatonServiceHelloRequest instance
                     * @type {{
                     *   (properties: c1.connectorapi.baton.v1.BatonServiceHelloRequest.$Shape): c1.connectorapi.baton.v1.BatonServiceHelloRequest & c1.connectorapi.baton.v1.BatonServiceHelloRequest.$Shape;
                     *   (properties?: c1.connectorapi.baton.v1.BatonServiceHelloRequest.$Properties): c1.connectorapi.baton.v1.BatonServiceHelloRequest;
                     * }}
                     */
                    BatonServiceHelloRequest.create = function(properties) {
                        return new BatonServiceHelloRequest(properties);
                    };

                    /**
                     * Encodes the specified BatonServiceHelloRequest message. Does not implicitly {@link c1.connectorapi.baton.v1.BatonServiceHelloRequest.verify|verify} messages.
                     * @function encode
                     * @memberof c1.connectorapi.baton.v1.BatonServiceHelloRequest
                     * @static
                     * @param {c1.connectorapi.baton.v1.BatonServiceHelloRequest.$Properties} m BatonServiceHelloRequest message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    BatonServiceHelloRequest.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.hostId != null && $Object.hasOwnProperty.call(m, "hostId") && m.hostId !== "")
                            w.uint32(/* id 1, wireType 2 =*/10).string(m.hostId);
                        if (m.taskId != null && $Object.hasOwnProperty.call(m, "taskId") && m.taskId !== "")
                            w.uint32(/* id 2, wireType 2 =*/18).string(m.taskId);
                        if (m.buildInfo != null && $Object.hasOwnProperty.call(m, "buildInfo"))
                            $root.c1.connectorapi.baton.v1.BatonServiceHelloRequest.BuildInfo.encode(m.buildInfo, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                        if (m.osInfo != null && $Object.hasOwnProperty.call(m, "osInfo"))
                            $root.c1.connectorapi.baton.v1.BatonServiceHelloRequest.OSInfo.encode(m.osInfo, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                        if (m.connectorMetadata != null && $Object.hasOwnProperty.call(m, "connectorMetadata"))
                            $root.c1.connector.v2.ConnectorMetadata.encode(m.connectorMetadata, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                        if (m.annotations != null && m.annotations.length) {
                            for (var i = 0; i < m.annotations.length; ++i)
                                $root.google.protobuf.Any.encode(m.annotations[i], w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                        }
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes a BatonServiceHelloRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof c1.connectorapi.baton.v1.BatonServiceHelloRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {c1.connectorapi.baton.v1.BatonServiceHelloRequest & c1.connectorapi.baton.v1.BatonServiceHelloRequest.$Shape} BatonServiceHelloRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    BatonServiceHelloRequest.decode = function (r, l, z, q, g) {
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
                        m = g || new $root.c1.connectorapi.baton.v1.BatonServiceHelloRequest();
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
                                        m.hostId = v;
                                    else
                                        delete m.hostId;
                                    continue;
                                }
                            case 2: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.stringVerify()).length)
                                        m.taskId = v;
                                    else
                                        delete m.taskId;
                                    continue;
                                }
                            case 3: {
                                    if (u !== 2)
                                        break;
                                    m.buildInfo = $root.c1.connectorapi.baton.v1.BatonServiceHelloRequest.BuildInfo.decode(r, r.size(), $undefined, q + 1, m.buildInfo);
                                    continue;
                                }
                            case 4: {
                                    if (u !== 2)
                                        break;
                                    m.osInfo = $root.c1.connectorapi.baton.v1.BatonServiceHelloRequest.OSInfo.decode(r, r.size(), $undefined, q + 1, m.osInfo);
                                    continue;
                                }
                            case 5: {
                                    if (u !== 2)
                                        break;
                                    m.connectorMetadata = $root.c1.connector.v2.ConnectorMetadata.decode(r, r.size(), $undefined, q + 1, m.connectorMetadata);
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
                     * Creates a BatonServiceHelloRequest message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof c1.connectorapi.baton.v1.BatonServiceHelloRequest
                     * @static
                     * @param {Object.<string,*>} d Plain object
                     * @returns {c1.connectorapi.baton.v1.BatonServiceHelloRequest} BatonServiceHelloRequest
                     */
                    BatonServiceHelloRequest.fromObject = function (d, q) {
                        if (d instanceof $root.c1.connectorapi.baton.v1.BatonServiceHelloRequest)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".c1.connectorapi.baton.v1.BatonServiceHelloRequest: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.c1.connectorapi.baton.v1.BatonServiceHelloRequest();
                        if (d.hostId != null) {
                            if (typeof d.hostId !== "string" || d.hostId.length) {
                                m.hostId = $String(d.hostId);
                            }
                        }
                        if (d.taskId != null) {
                            if (typeof d.taskId !== "string" || d.taskId.length) {
                                m.taskId = $String(d.taskId);
                            }
                        }
                        if (d.buildInfo != null) {
                            if (!$util.isObject(d.buildInfo))
                                throw $TypeError(".c1.connectorapi.baton.v1.BatonServiceHelloRequest.buildInfo: object expected");
                            m.buildInfo = $root.c1.connectorapi.baton.v1.BatonServiceHelloRequest.BuildInfo.fromObject(d.buildInfo, q + 1);
                        }
                        if (d.osInfo != null) {
                            if (!$util.isObject(d.osInfo))
                                throw $TypeError(".c1.connectorapi.baton.v1.BatonServiceHelloRequest.osInfo: object expected");
                            m.osInfo = $root.c1.connectorapi.baton.v1.BatonServiceHelloRequest.OSInfo.fromObject(d.osInfo, q + 1);
                        }
                        if (d.connectorMetadata != null) {
                            if (!$util.isObject(d.connectorMetadata))
                                throw $TypeError(".c1.connectorapi.baton.v1.BatonServiceHelloRequest.connectorMetadata: object expected");
                            m.connectorMetadata = $root.c1.connector.v2.ConnectorMetadata.fromObject(d.connectorMetadata, q + 1);
                        }
                        if (d.annotations) {
                            if (!$Array.isArray(d.annotations))
                                throw $TypeError(".c1.connectorapi.baton.v1.BatonServiceHelloRequest.annotations: array expected");
                            m.annotations = $Array(d.annotations.length);
                            for (var i = 0; i < d.annotations.length; ++i) {
                                if (!$util.isObject(d.annotations[i]))
                                    throw $TypeError(".c1.connectorapi.baton.v1.BatonServiceHelloRequest.annotations: object expected");
                                m.annotations[i] = $root.google.protobuf.Any.fromObject(d.annotations[i], q + 1);
                            }
                        }
                        return m;
                    };

                    /**
                     * Creates a plain object from a BatonServiceHelloRequest message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof c1.connectorapi.baton.v1.BatonServiceHelloRequest
                     * @static
                     * @param {c1.connectorapi.baton.v1.BatonServiceHelloRequest} m BatonServiceHelloRequest
                     * @param {$protobuf.IConversionOptions} [o] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    BatonServiceHelloRequest.toObject = function (m, o, q) {
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
                            d.hostId = "";
                            d.taskId = "";
                            d.buildInfo = null;
                            d.osInfo = null;
                            d.connectorMetadata = null;
                        }
                        if (m.hostId != null && $Object.hasOwnProperty.call(m, "hostId")) {
                            d.hostId = m.hostId;
                        }
                        if (m.taskId != null && $Object.hasOwnProperty.call(m, "taskId")) {
                            d.taskId = m.taskId;
                        }
                        if (m.buildInfo != null && $Object.hasOwnProperty.call(m, "buildInfo")) {
                            d.buildInfo = $root.c1.connectorapi.baton.v1.BatonServiceHelloRequest.BuildInfo.toObject(m.buildInfo, o, q + 1);
                        }
                        if (m.osInfo != null && $Object.hasOwnProperty.call(m, "osInfo")) {
                            d.osInfo = $root.c1.connectorapi.baton.v1.BatonServiceHelloRequest.OSInfo.toObject(m.osInfo, o, q + 1);
                        }
                        if (m.connectorMetadata != null && $Object.hasOwnProperty.call(m, "connectorMetadata")) {
                            d.connectorMetadata = $root.c1.connector.v2.ConnectorMetadata.toObject(m.connectorMetadata, o, q + 1);
                        }
                        if (m.annotations && m.annotations.length) {
                            d.annotations = $Array(m.annotations.length);
                            for (var j = 0; j < m.annotations.length; ++j) {
                                d.annotations[j] = $root.google.protobuf.Any.toObject(m.annotations[j], o, q + 1);
                            }
                        }
                        return d;
                    };

                    /**
                     * Converts this BatonServiceHelloRequest to JSON.
                     * @function toJSON
                     * @memberof c1.connectorapi.baton.v1.BatonServiceHelloRequest
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    BatonServiceHelloRequest.prototype.toJSON = function() {
                        return BatonServiceHelloRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for BatonServiceHelloRequest
                     * @function getTypeUrl
                     * @memberof c1.connectorapi.baton.v1.BatonServiceHelloRequest
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    BatonServiceHelloRequest.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/c1.connectorapi.baton.v1.BatonServiceHelloRequest";
                    };

                    BatonServiceHelloRequest.BuildInfo = (function() {

                        /**
                         * Properties of a BuildInfo.
                         * @typedef {Object} c1.connectorapi.baton.v1.BatonServiceHelloRequest.BuildInfo.$Properties
                         * @property {string|null} [langVersion] BuildInfo langVersion
                         * @property {string|null} ["package"] BuildInfo package
                         * @property {string|null} [packageVersion] BuildInfo packageVersion
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of a BuildInfo.
                         * @memberof c1.connectorapi.baton.v1.BatonServiceHelloRequest
                         * @interface IBuildInfo
                         * @augments c1.connectorapi.baton.v1.BatonServiceHelloRequest.BuildInfo.$Properties
                         * @deprecated Use c1.connectorapi.baton.v1.BatonServiceHelloRequest.BuildInfo.$Properties instead.
                         */

                        /**
                         * Shape of a BuildInfo.
                         * @typedef {c1.connectorapi.baton.v1.BatonServiceHelloRequest.BuildInfo.$Properties} c1.connectorapi.baton.v1.BatonServiceHelloRequest.BuildInfo.$Shape
                         */

                        /**
                         * Constructs a new BuildInfo.
                         * @memberof c1.connectorapi.baton.v1.BatonServiceHelloRequest
                         * @classdesc Represents a BuildInfo.
                         * @constructor
                         * @param {c1.connectorapi.baton.v1.BatonServiceHelloRequest.BuildInfo.$Properties=} [p] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const BuildInfo = function (p) {
                            if (p)
                                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                                        this[ks[i]] = p[ks[i]];
                        };

                        /**
                         * BuildInfo langVersion.
                         * @member {string} langVersion
                         * @memberof c1.connectorapi.baton.v1.BatonServiceHelloRequest.BuildInfo
                         * @instance
                         */
                        BuildInfo.prototype.langVersion = "";

                        /**
                         * BuildInfo package.
                         * @member {string} package
                         * @memberof c1.connectorapi.baton.v1.BatonServiceHelloRequest.BuildInfo
                         * @instance
                         */
                        BuildInfo.prototype["package"] = "";

                        /**
                         * BuildInfo packageVersion.
                         * @member {string} packageVersion
                         * @memberof c1.connectorapi.baton.v1.BatonServiceHelloRequest.BuildInfo
                         * @instance
                         */
                        BuildInfo.prototype.packageVersion = "";

                        /**
                         * Creates a new BuildInfo instance using the specified properties.
                         * @function create
                         * @memberof c1.connectorapi.baton.v1.BatonServiceHelloRequest.BuildInfo
                         * @static
                         * @param {c1.connectorapi.baton.v1.BatonServiceHelloRequest.BuildInfo.$Properties=} [properties] Properties to set
                         * @returns {c1.connectorapi.baton.v1.BatonServiceHelloRequest.BuildInfo} BuildInfo instance
                         * @type {{
                         *   (properties: c1.connectorapi.baton.v1.BatonServiceHelloRequest.BuildInfo.$Shape): c1.connectorapi.baton.v1.BatonServiceHelloRequest.BuildInfo & c1.connectorapi.baton.v1.BatonServiceHelloRequest.BuildInfo.$Shape;
                         *   (properties?: c1.connectorapi.baton.v1.BatonServiceHelloRequest.BuildInfo.$Properties): c1.connectorapi.baton.v1.BatonServiceHelloRequest.BuildInfo;
                         * }}
                         */
                        BuildInfo.create = function(properties) {
                            return new BuildInfo(properties);
                        };

                        /**
                         * Encodes the specified BuildInfo message. Does not implicitly {@link c1.connectorapi.baton.v1.BatonServiceHelloRequest.BuildInfo.verify|verify} messages.
                         * @function encode
                         * @memberof c1.connectorapi.baton.v1.BatonServiceHelloRequest.BuildInfo
                         * @static
                         * @param {c1.connectorapi.baton.v1.BatonServiceHelloRequest.BuildInfo.$Properties} m BuildInfo message or plain object to encode
                         * @param {$protobuf.Writer} [w] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        BuildInfo.encode = function (m, w, q) {
                            if (!w)
                                w = $Writer.create();
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (m.langVersion != null && $Object.hasOwnProperty.call(m, "langVersion") && m.langVersion !== "")
                                w.uint32(/* id 1, wireType 2 =*/10).string(m.langVersion);
                            if (m["package"] != null && $Object.hasOwnProperty.call(m, "package") && m["package"] !== "")
                                w.uint32(/* id 2, wireType 2 =*/18).string(m["package"]);
                            if (m.packageVersion != null && $Object.hasOwnProperty.call(m, "packageVersion") && m.packageVersion !== "")
                                w.uint32(/* id 3, wireType 2 =*/26).string(m.packageVersion);
                            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                                for (var i = 0; i < m.$unknowns.length; ++i)
                                    w.raw(m.$unknowns[i]);
                            return w;
                        };

                        /**
                         * Decodes a BuildInfo message from the specified reader or buffer.
                         * @function decode
                         * @memberof c1.connectorapi.baton.v1.BatonServiceHelloRequest.BuildInfo
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                         * @param {number} [l] Message length if known beforehand
                         * @returns {c1.connectorapi.baton.v1.BatonServiceHelloRequest.BuildInfo & c1.connectorapi.baton.v1.BatonServiceHelloRequest.BuildInfo.$Shape} BuildInfo
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        BuildInfo.decode = function (r, l, z, q, g) {
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
                            m = g || new $root.c1.connectorapi.baton.v1.BatonServiceHelloRequest.BuildInfo();
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
                                            m.langVersion = v;
                                        else
                                            delete m.langVersion;
                                        continue;
                                    }
                                case 2: {
                                        if (u !== 2)
                                            break;
                                        if ((v = r.stringVerify()).length)
                                            m["package"] = v;
                                        else
                                            delete m["package"];
                                        continue;
                                    }
                                case 3: {
                                        if (u !== 2)
                                            break;
                                        if ((v = r.stringVerify()).length)
                                            m.packageVersion = v;
                                        else
                                            delete m.packageVersion;
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
                         * Creates a BuildInfo message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof c1.connectorapi.baton.v1.BatonServiceHelloRequest.BuildInfo
                         * @static
                         * @param {Object.<string,*>} d Plain object
                         * @returns {c1.connectorapi.baton.v1.BatonServiceHelloRequest.BuildInfo} BuildInfo
                         */
                        BuildInfo.fromObject = function (d, q) {
                            if (d instanceof $root.c1.connectorapi.baton.v1.BatonServiceHelloRequest.BuildInfo)
                                return d;
                            if (!$util.isObject(d))
                                throw $TypeError(".c1.connectorapi.baton.v1.BatonServiceHelloRequest.BuildInfo: object expected");
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            var m = new $root.c1.connectorapi.baton.v1.BatonServiceHelloRequest.BuildInfo();
                            if (d.langVersion != null) {
                                if (typeof d.langVersion !== "string" || d.langVersion.length) {
                                    m.langVersion = $String(d.langVersion);
                                }
                            }
                            if (d["package"] != null) {
                                if (typeof d["package"] !== "string" || d["package"].length) {
                                    m["package"] = $String(d["package"]);
                                }
                            }
                            if (d.packageVersion != null) {
                                if (typeof d.packageVersion !== "string" || d.packageVersion.length) {
                                    m.packageVersion = $String(d.packageVersion);
                                }
                            }
                            return m;
                        };

                        /**
                         * Creates a plain object from a BuildInfo message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof c1.connectorapi.baton.v1.BatonServiceHelloRequest.BuildInfo
                         * @static
                         * @param {c1.connectorapi.baton.v1.BatonServiceHelloRequest.BuildInfo} m BuildInfo
                         * @param {$protobuf.IConversionOptions} [o] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        BuildInfo.toObject = function (m, o, q) {
                            if (!o)
                                o = {};
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            var d = {};
                            if (o.defaults) {
                                d.langVersion = "";
                                d["package"] = "";
                                d.packageVersion = "";
                            }
                            if (m.langVersion != null && $Object.hasOwnProperty.call(m, "langVersion")) {
                                d.langVersion = m.langVersion;
                            }
                            if (m["package"] != null && $Object.hasOwnProperty.call(m, "package")) {
                                d["package"] = m["package"];
                            }
                            if (m.packageVersion != null && $Object.hasOwnProperty.call(m, "packageVersion")) {
                                d.packageVersion = m.packageVersion;
                            }
                            return d;
                        };

                        /**
                         * Converts this BuildInfo to JSON.
                         * @function toJSON
                         * @memberof c1.connectorapi.baton.v1.BatonServiceHelloRequest.BuildInfo
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        BuildInfo.prototype.toJSON = function() {
                            return BuildInfo.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for BuildInfo
                         * @function getTypeUrl
                         * @memberof c1.connectorapi.baton.v1.BatonServiceHelloRequest.BuildInfo
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        BuildInfo.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/c1.connectorapi.baton.v1.BatonServiceHelloRequest.BuildInfo";
                        };

                        return BuildInfo;
                    })();

                    BatonServiceHelloRequest.OSInfo = (function() {

                        /**
                         * Properties of a OSInfo.
                         * @typedef {Object} c1.connectorapi.baton.v1.BatonServiceHelloRequest.OSInfo.$Properties
                         * @property {string|null} [hostname] OSInfo hostname
                         * @property {string|null} [os] OSInfo os
                         * @property {string|null} [platform] OSInfo platform
                         * @property {string|null} [platformVersion] OSInfo platformVersion
                         * @property {string|null} [platformFamily] OSInfo platformFamily
                         * @property {string|null} [kernelVersion] OSInfo kernelVersion
                         * @property {string|null} [kernelArch] OSInfo kernelArch
                         * @property {string|null} [virtualizationSystem] OSInfo virtualizationSystem
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of a OSInfo.
                         * @memberof c1.connectorapi.baton.v1.BatonServiceHelloRequest
                         * @interface IOSInfo
                         * @augments c1.connectorapi.baton.v1.BatonServiceHelloRequest.OSInfo.$Properties
                         * @deprecated Use c1.connectorapi.baton.v1.BatonServiceHelloRequest.OSInfo.$Properties instead.
                         */

                        /**
                         * Shape of a OSInfo.
                         * @typedef {c1.connectorapi.baton.v1.BatonServiceHelloRequest.OSInfo.$Properties} c1.connectorapi.baton.v1.BatonServiceHelloRequest.OSInfo.$Shape
                         */

                        /**
                         * Constructs a new OSInfo.
                         * @memberof c1.connectorapi.baton.v1.BatonServiceHelloRequest
                         * @classdesc Represents a OSInfo.
                         * @constructor
                         * @param {c1.connectorapi.baton.v1.BatonServiceHelloRequest.OSInfo.$Properties=} [p] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const OSInfo = function (p) {
                            if (p)
                                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                                        this[ks[i]] = p[ks[i]];
                        };

                        /**
                         * OSInfo hostname.
                         * @member {string} hostname
                         * @memberof c1.connectorapi.baton.v1.BatonServiceHelloRequest.OSInfo
                         * @instance
                         */
                        OSInfo.prototype.hostname = "";

                        /**
                         * OSInfo os.
                         * @member {string} os
                         * @memberof c1.connectorapi.baton.v1.BatonServiceHelloRequest.OSInfo
                         * @instance
                         */
                        OSInfo.prototype.os = "";

                        /**
                         * OSInfo platform.
                         * @member {string} platform
                         * @memberof c1.connectorapi.baton.v1.BatonServiceHelloRequest.OSInfo
                         * @instance
                         */
                        OSInfo.prototype.platform = "";

                        /**
                         * OSInfo platformVersion.
                         * @member {string} platformVersion
                         * @memberof c1.connectorapi.baton.v1.BatonServiceHelloRequest.OSInfo
                         * @instance
                         */
                        OSInfo.prototype.platformVersion = "";

                        /**
                         * OSInfo platformFamily.
                         * @member {string} platformFamily
                         * @memberof c1.connectorapi.baton.v1.BatonServiceHelloRequest.OSInfo
                         * @instance
                         */
                        OSInfo.prototype.platformFamily = "";

                        /**
                         * OSInfo kernelVersion.
                         * @member {string} kernelVersion
                         * @memberof c1.connectorapi.baton.v1.BatonServiceHelloRequest.OSInfo
                         * @instance
                         */
                        OSInfo.prototype.kernelVersion = "";

                        /**
                         * OSInfo kernelArch.
                         * @member {string} kernelArch
                         * @memberof c1.connectorapi.baton.v1.BatonServiceHelloRequest.OSInfo
                         * @instance
                         */
                        OSInfo.prototype.kernelArch = "";

                        /**
                         * OSInfo virtualizationSystem.
                         * @member {string} virtualizationSystem
                         * @memberof c1.connectorapi.baton.v1.BatonServiceHelloRequest.OSInfo
                         * @instance
                         */
                        OSInfo.prototype.virtualizationSystem = "";

                        /**
                         * Creates a new OSInfo instance using the specified properties.
                         * @function create
                         * @memberof c1.connectorapi.baton.v1.BatonServiceHelloRequest.OSInfo
                         * @static
                         * @param {c1.connectorapi.baton.v1.BatonServiceHelloRequest.OSInfo.$Properties=} [properties] Properties to set
                         * @returns {c1.connectorapi.baton.v1.BatonServiceHelloRequest.OSInfo} OSInfo instance
                         * @type {{
                         *   (properties: c1.connectorapi.baton.v1.BatonServiceHelloRequest.OSInfo.$Shape): c1.connectorapi.baton.v1.BatonServiceHelloRequest.OSInfo & c1.connectorapi.baton.v1.BatonServiceHelloRequest.OSInfo.$Shape;
                         *   (properties?: c1.connectorapi.baton.v1.BatonServiceHelloRequest.OSInfo.$Properties): c1.connectorapi.baton.v1.BatonServiceHelloRequest.OSInfo;
                         * }}
                         */
                        OSInfo.create = function(properties) {
                            return new OSInfo(properties);
                        };

                        /**
                         * Encodes the specified OSInfo message. Does not implicitly {@link c1.connectorapi.baton.v1.BatonServiceHelloRequest.OSInfo.verify|verify} messages.
                         * @function encode
                         * @memberof c1.connectorapi.baton.v1.BatonServiceHelloRequest.OSInfo
                         * @static
                         * @param {c1.connectorapi.baton.v1.BatonServiceHelloRequest.OSInfo.$Properties} m OSInfo message or plain object to encode
                         * @param {$protobuf.Writer} [w] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        OSInfo.encode = function (m, w, q) {
                            if (!w)
                                w = $Writer.create();
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (m.hostname != null && $Object.hasOwnProperty.call(m, "hostname") && m.hostname !== "")
                                w.uint32(/* id 1, wireType 2 =*/10).string(m.hostname);
                            if (m.os != null && $Object.hasOwnProperty.call(m, "os") && m.os !== "")
                                w.uint32(/* id 2, wireType 2 =*/18).string(m.os);
                            if (m.platform != null && $Object.hasOwnProperty.call(m, "platform") && m.platform !== "")
                                w.uint32(/* id 3, wireType 2 =*/26).string(m.platform);
                            if (m.platformVersion != null && $Object.hasOwnProperty.call(m, "platformVersion") && m.platformVersion !== "")
                                w.uint32(/* id 4, wireType 2 =*/34).string(m.platformVersion);
                            if (m.platformFamily != null && $Object.hasOwnProperty.call(m, "platformFamily") && m.platformFamily !== "")
                                w.uint32(/* id 5, wireType 2 =*/42).string(m.platformFamily);
                            if (m.kernelVersion != null && $Object.hasOwnProperty.call(m, "kernelVersion") && m.kernelVersion !== "")
                                w.uint32(/* id 6, wireType 2 =*/50).string(m.kernelVersion);
                            if (m.kernelArch != null && $Object.hasOwnProperty.call(m, "kernelArch") && m.kernelArch !== "")
                                w.uint32(/* id 7, wireType 2 =*/58).string(m.kernelArch);
                            if (m.virtualizationSystem != null && $Object.hasOwnProperty.call(m, "virtualizationSystem") && m.virtualizationSystem !== "")
                                w.uint32(/* id 8, wireType 2 =*/66).string(m.virtualizationSystem);
                            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                                for (var i = 0; i < m.$unknowns.length; ++i)
                                    w.raw(m.$unknowns[i]);
                            return w;
                        };

                        /**
                         * Decodes a OSInfo message from the specified reader or buffer.
                         * @function decode
                         * @memberof c1.connectorapi.baton.v1.BatonServiceHelloRequest.OSInfo
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                         * @param {number} [l] Message length if known beforehand
                         * @returns {c1.connectorapi.baton.v1.BatonServiceHelloRequest.OSInfo & c1.connectorapi.baton.v1.BatonServiceHelloRequest.OSInfo.$Shape} OSInfo
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        OSInfo.decode = function (r, l, z, q, g) {
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
                            m = g || new $root.c1.connectorapi.baton.v1.BatonServiceHelloRequest.OSInfo();
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
                                            m.hostname = v;
                                        else
                                            delete m.hostname;
                                        continue;
                                    }
                                case 2: {
                                        if (u !== 2)
                                            break;
                                        if ((v = r.stringVerify()).length)
                                            m.os = v;
                                        else
                                            delete m.os;
                                        continue;
                                    }
                                case 3: {
                                        if (u !== 2)
                                            break;
                                        if ((v = r.stringVerify()).length)
                                            m.platform = v;
                                        else
                                            delete m.platform;
                                        continue;
                                    }
                                case 4: {
                                        if (u !== 2)
                                            break;
                                        if ((v = r.stringVerify()).length)
                                            m.platformVersion = v;
                                        else
                                            delete m.platformVersion;
                                        continue;
                                    }
                                case 5: {
                                        if (u !== 2)
                                            break;
                                        if ((v = r.stringVerify()).length)
                                            m.platformFamily = v;
                                        else
                                            delete m.platformFamily;
                                        continue;
                                    }
                                case 6: {
                                        if (u !== 2)
                                            break;
                                        if ((v = r.stringVerify()).length)
                                            m.kernelVersion = v;
                                        else
                                            delete m.kernelVersion;
                                        continue;
                                    }
                                case 7: {
                                        if (u !== 2)
                                            break;
                                        if ((v = r.stringVerify()).length)
                                            m.kernelArch = v;
                                        else
                                            delete m.kernelArch;
                                        continue;
                                    }
                                case 8: {
                                        if (u !== 2)
                                            break;
                                        if ((v = r.stringVerify()).length)
                                            m.virtualizationSystem = v;
                                        else
                                            delete m.virtualizationSystem;
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
                         * Creates a OSInfo message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof c1.connectorapi.baton.v1.BatonServiceHelloRequest.OSInfo
                         * @static
                         * @param {Object.<string,*>} d Plain object
                         * @returns {c1.connectorapi.baton.v1.BatonServiceHelloRequest.OSInfo} OSInfo
                         */
                        OSInfo.fromObject = function (d, q) {
                            if (d instanceof $root.c1.connectorapi.baton.v1.BatonServiceHelloRequest.OSInfo)
                                return d;
                            if (!$util.isObject(d))
                                throw $TypeError(".c1.connectorapi.baton.v1.BatonServiceHelloRequest.OSInfo: object expected");
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            var m = new $root.c1.connectorapi.baton.v1.BatonServiceHelloRequest.OSInfo();
                            if (d.hostname != null) {
                                if (typeof d.hostname !== "string" || d.hostname.length) {
                                    m.hostname = $String(d.hostname);
                                }
                            }
                            if (d.os != null) {
                                if (typeof d.os !== "string" || d.os.length) {
                                    m.os = $String(d.os);
                                }
                            }
                            if (d.platform != null) {
                                if (typeof d.platform !== "string" || d.platform.length) {
                                    m.platform = $String(d.platform);
                                }
                            }
                            if (d.platformVersion != null) {
                                if (typeof d.platformVersion !== "string" || d.platformVersion.length) {
                                    m.platformVersion = $String(d.platformVersion);
                                }
                            }
                            if (d.platformFamily != null) {
                                if (typeof d.platformFamily !== "string" || d.platformFamily.length) {
                                    m.platformFamily = $String(d.platformFamily);
                                }
                            }
                            if (d.kernelVersion != null) {
                                if (typeof d.kernelVersion !== "string" || d.kernelVersion.length) {
                                    m.kernelVersion = $String(d.kernelVersion);
                                }
                            }
                            if (d.kernelArch != null) {
                                if (typeof d.kernelArch !== "string" || d.kernelArch.length) {
                                    m.kernelArch = $String(d.kernelArch);
                                }
                            }
                            if (d.virtualizationSystem != null) {
                                if (typeof d.virtualizationSystem !== "string" || d.virtualizationSystem.length) {
                                    m.virtualizationSystem = $String(d.virtualizationSystem);
                                }
                            }
                            return m;
                        };

                        /**
                         * Creates a plain object from a OSInfo message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof c1.connectorapi.baton.v1.BatonServiceHelloRequest.OSInfo
                         * @static
                         * @param {c1.connectorapi.baton.v1.BatonServiceHelloRequest.OSInfo} m OSInfo
                         * @param {$protobuf.IConversionOptions} [o] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        OSInfo.toObject = function (m, o, q) {
                            if (!o)
                                o = {};
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            var d = {};
                            if (o.defaults) {
                                d.hostname = "";
                                d.os = "";
                                d.platform = "";
                                d.platformVersion = "";
                                d.platformFamily = "";
                                d.kernelVersion = "";
                                d.kernelArch = "";
                                d.virtualizationSystem = "";
                            }
                            if (m.hostname != null && $Object.hasOwnProperty.call(m, "hostname")) {
                                d.hostname = m.hostname;
                            }
                            if (m.os != null && $Object.hasOwnProperty.call(m, "os")) {
                                d.os = m.os;
                            }
                            if (m.platform != null && $Object.hasOwnProperty.call(m, "platform")) {
                                d.platform = m.platform;
                            }
                            if (m.platformVersion != null && $Object.hasOwnProperty.call(m, "platformVersion")) {
                                d.platformVersion = m.platformVersion;
                            }
                            if (m.platformFamily != null && $Object.hasOwnProperty.call(m, "platformFamily")) {
                                d.platformFamily = m.platformFamily;
                            }
                            if (m.kernelVersion != null && $Object.hasOwnProperty.call(m, "kernelVersion")) {
                                d.kernelVersion = m.kernelVersion;
                            }
                            if (m.kernelArch != null && $Object.hasOwnProperty.call(m, "kernelArch")) {
                                d.kernelArch = m.kernelArch;
                            }
                            if (m.virtualizationSystem != null && $Object.hasOwnProperty.call(m, "virtualizationSystem")) {
                                d.virtualizationSystem = m.virtualizationSystem;
                            }
                            return d;
                        };

                        /**
                         * Converts this OSInfo to JSON.
                         * @function toJSON
                         * @memberof c1.connectorapi.baton.v1.BatonServiceHelloRequest.OSInfo
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        OSInfo.prototype.toJSON = function() {
                            return OSInfo.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for OSInfo
                         * @function getTypeUrl
                         * @memberof c1.connectorapi.baton.v1.BatonServiceHelloRequest.OSInfo
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        OSInfo.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/c1.connectorapi.baton.v1.BatonServiceHelloRequest.OSInfo";
                        };

                        return OSInfo;
                    })();

                    return BatonServiceHelloRequest;
                })();

                v1.BatonServiceHelloResponse = (function() {

                    /**
                     * Properties of a BatonServiceHelloResponse.
                     * @typedef {Object} c1.connectorapi.baton.v1.BatonServiceHelloResponse.$Properties
                     * @property {Array.<google.protobuf.Any.$Properties>|null} [annotations] BatonServiceHelloResponse annotations
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a BatonServiceHelloResponse.
                     * @memberof c1.connectorapi.baton.v1
                     * @interface IBatonServiceHelloResponse
                     * @augments c1.connectorapi.baton.v1.BatonServiceHelloResponse.$Properties
                     * @deprecated Use c1.connectorapi.baton.v1.BatonServiceHelloResponse.$Properties instead.
                     */

                    /**
                     * Shape of a BatonServiceHelloResponse.
                     * @typedef {c1.connectorapi.baton.v1.BatonServiceHelloResponse.$Properties} c1.connectorapi.baton.v1.BatonServiceHelloResponse.$Shape
                     */

                    /**
                     * Constructs a new BatonServiceHelloResponse.
                     * @memberof c1.connectorapi.baton.v1
                     * @classdesc Represents a BatonServiceHelloResponse.
                     * @constructor
                     * @param {c1.connectorapi.baton.v1.BatonServiceHelloResponse.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const BatonServiceHelloResponse = function (p) {
                        this.annotations = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * BatonServiceHelloResponse annotations.
                     * @member {Array.<google.protobuf.Any.$Properties>} annotations
                     * @memberof c1.connectorapi.baton.v1.BatonServiceHelloResponse
                     * @instance
                     */
                    BatonServiceHelloResponse.prototype.annotations = $util.emptyArray;

                    /**
                     * Creates a new BatonServiceHelloResponse instance using the specified properties.
                     * @function create
                     * @memberof c1.connectorapi.baton.v1.BatonServiceHelloResponse
                     * @static
                     * @param {c1.connectorapi.baton.v1.BatonServiceHelloResponse.$Properties=} [properties] Properties to set
                     * @returns {c1.connectorapi.baton.v1.BatonServiceHelloResponse} BatonServiceHelloResponse instance
                     * @type {{
                     *   (properties: c1.connectorapi.baton.v1.BatonServiceHelloResponse.$Shape): c1.connectorapi.baton.v1.BatonServiceHelloResponse & c1.connectorapi.baton.v1.BatonServiceHelloResponse.$Shape;
                     *   (properties?: c1.connectorapi.baton.v1.BatonServiceHelloResponse.$Properties): c1.connectorapi.baton.v1.BatonServiceHelloResponse;
                     * }}
                     */
                    BatonServiceHelloResponse.create = function(properties) {
                        return new BatonServiceHelloResponse(properties);
                    };

                    /**
                     * Encodes the specified BatonServiceHelloResponse message. Does not implicitly {@link c1.connectorapi.baton.v1.BatonServiceHelloResponse.verify|verify} messages.
                     * @function encode
                     * @memberof c1.connectorapi.baton.v1.BatonServiceHelloResponse
                     * @static
                     * @param {c1.connectorapi.baton.v1.BatonServiceHelloResponse.$Properties} m BatonServiceHelloResponse message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    BatonServiceHelloResponse.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.annotations != null && m.annotations.length) {
                            for (var i = 0; i < m.annotations.length; ++i)
                                $root.google.protobuf.Any.encode(m.annotations[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        }
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes a BatonServiceHelloResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof c1.connectorapi.baton.v1.BatonServiceHelloResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {c1.connectorapi.baton.v1.BatonServiceHelloResponse & c1.connectorapi.baton.v1.BatonServiceHelloResponse.$Shape} BatonServiceHelloResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    BatonServiceHelloResponse.decode = function (r, l, z, q, g) {
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
                        m = g || new $root.c1.connectorapi.baton.v1.BatonServiceHelloResponse();
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
                     * Creates a BatonServiceHelloResponse message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof c1.connectorapi.baton.v1.BatonServiceHelloResponse
                     * @static
                     * @param {Object.<string,*>} d Plain object
                     * @returns {c1.connectorapi.baton.v1.BatonServiceHelloResponse} BatonServiceHelloResponse
                     */
                    BatonServiceHelloResponse.fromObject = function (d, q) {
                        if (d instanceof $root.c1.connectorapi.baton.v1.BatonServiceHelloResponse)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".c1.connectorapi.baton.v1.BatonServiceHelloResponse: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.c1.connectorapi.baton.v1.BatonServiceHelloResponse();
                        if (d.annotations) {
                            if (!$Array.isArray(d.annotations))
                                throw $TypeError(".c1.connectorapi.baton.v1.BatonServiceHelloResponse.annotations: array expected");
                            m.annotations = $Array(d.annotations.length);
                            for (var i = 0; i < d.annotations.length; ++i) {
                                if (!$util.isObject(d.annotations[i]))
                                    throw $TypeError(".c1.connectorapi.baton.v1.BatonServiceHelloResponse.annotations: object expected");
                                m.annotations[i] = $root.google.protobuf.Any.fromObject(d.annotations[i], q + 1);
                            }
                        }
                        return m;
                    };

                    /**
                     * Creates a plain object from a BatonServiceHelloResponse message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof c1.connectorapi.baton.v1.BatonServiceHelloResponse
                     * @static
                     * @param {c1.connectorapi.baton.v1.BatonServiceHelloResponse} m BatonServiceHelloResponse
                     * @param {$protobuf.IConversionOptions} [o] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    BatonServiceHelloResponse.toObject = function (m, o, q) {
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
                        if (m.annotations && m.annotations.length) {
                            d.annotations = $Array(m.annotations.length);
                            for (var j = 0; j < m.annotations.length; ++j) {
                                d.annotations[j] = $root.google.protobuf.Any.toObject(m.annotations[j], o, q + 1);
                            }
                        }
                        return d;
                    };

                    /**
                     * Converts this BatonServiceHelloResponse to JSON.
                     * @function toJSON
                     * @memberof c1.connectorapi.baton.v1.BatonServiceHelloResponse
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    BatonServiceHelloResponse.prototype.toJSON = function() {
                        return BatonServiceHelloResponse.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for BatonServiceHelloResponse
                     * @function getTypeUrl
                     * @memberof c1.connectorapi.baton.v1.BatonServiceHelloResponse
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    BatonServiceHelloResponse.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/c1.connectorapi.baton.v1.BatonServiceHelloResponse";
                    };

                    return BatonServiceHelloResponse;
                })();

                v1.BatonServiceGetTaskRequest = (function() {

                    /**
                     * Properties of a BatonServiceGetTaskRequest.
                     * @typedef {Object} c1.connectorapi.baton.v1.BatonServiceGetTaskRequest.$Properties
                     * @property {string|null} [hostId] BatonServiceGetTaskRequest hostId
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a BatonServiceGetTaskRequest.
                     * @memberof c1.connectorapi.baton.v1
                     * @interface IBatonServiceGetTaskRequest
                     * @augments c1.connectorapi.baton.v1.BatonServiceGetTaskRequest.$Properties
                     * @deprecated Use c1.connectorapi.baton.v1.BatonServiceGetTaskRequest.$Properties instead.
                     */

                    /**
                     * Shape of a BatonServiceGetTaskRequest.
                     * @typedef {c1.connectorapi.baton.v1.BatonServiceGetTaskRequest.$Properties} c1.connectorapi.baton.v1.BatonServiceGetTaskRequest.$Shape
                     */

                    /**
                     * Constructs a new BatonServiceGetTaskRequest.
                     * @memberof c1.connectorapi.baton.v1
                     * @classdesc Represents a BatonServiceGetTaskRequest.
                     * @constructor
                     * @param {c1.connectorapi.baton.v1.BatonServiceGetTaskRequest.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const BatonServiceGetTaskRequest = function (p) {
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * BatonServiceGetTaskRequest hostId.
                     * @member {string} hostId
                     * @memberof c1.connectorapi.baton.v1.BatonServiceGetTaskRequest
                     * @instance
                     */
                    BatonServiceGetTaskRequest.prototype.hostId = "";

                    /**
                     * Creates a new BatonServiceGetTaskRequest instance using the specified properties.
                     * @function create
                     * @memberof c1.connectorapi.baton.v1.BatonServiceGetTaskRequest
                     * @static
                     * @param {c1.connectorapi.baton.v1.BatonServiceGetTaskRequest.$Properties=} [properties] Properties to set
                     * @returns {c1.connectorapi.baton.v1.BatonServiceGetTaskRequest} BatonServiceGetTaskRequest instance
                     * @type {{
                     *   (properties: c1.connectorapi.baton.v1.BatonServiceGetTaskRequest.$Shape): c1.connectorapi.baton.v1.BatonServiceGetTaskRequest & c1.connectorapi.baton.v1.BatonServiceGetTaskRequest.$Shape;
                     *   (properties?: c1.connectorapi.baton.v1.BatonServiceGetTaskRequest.$Properties): c1.connectorapi.baton.v1.BatonServiceGetTaskRequest;
                     * }}
                     */
                    BatonServiceGetTaskRequest.create = function(properties) {
                        return new BatonServiceGetTaskRequest(properties);
                    };

                    /**
                     * Encodes the specified BatonServiceGetTaskRequest message. Does not implicitly {@link c1.connectorapi.baton.v1.BatonServiceGetTaskRequest.verify|verify} messages.
                     * @function encode
                     * @memberof c1.connectorapi.baton.v1.BatonServiceGetTaskRequest
                     * @static
                     * @param {c1.connectorapi.baton.v1.BatonServiceGetTaskRequest.$Properties} m BatonServiceGetTaskRequest message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    BatonServiceGetTaskRequest.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.hostId != null && $Object.hasOwnProperty.call(m, "hostId") && m.hostId !== "")
                            w.uint32(/* id 1, wireType 2 =*/10).string(m.hostId);
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes a BatonServiceGetTaskRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof c1.connectorapi.baton.v1.BatonServiceGetTaskRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {c1.connectorapi.baton.v1.BatonServiceGetTaskRequest & c1.connectorapi.baton.v1.BatonServiceGetTaskRequest.$Shape} BatonServiceGetTaskRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    BatonServiceGetTaskRequest.decode = function (r, l, z, q, g) {
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
                        m = g || new $root.c1.connectorapi.baton.v1.BatonServiceGetTaskRequest();
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
                                        m.hostId = v;
                                    else
                                        delete m.hostId;
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
                     * Creates a BatonServiceGetTaskRequest message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof c1.connectorapi.baton.v1.BatonServiceGetTaskRequest
                     * @static
                     * @param {Object.<string,*>} d Plain object
                     * @returns {c1.connectorapi.baton.v1.BatonServiceGetTaskRequest} BatonServiceGetTaskRequest
                     */
                    BatonServiceGetTaskRequest.fromObject = function (d, q) {
                        if (d instanceof $root.c1.connectorapi.baton.v1.BatonServiceGetTaskRequest)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".c1.connectorapi.baton.v1.BatonServiceGetTaskRequest: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.c1.connectorapi.baton.v1.BatonServiceGetTaskRequest();
                        if (d.hostId != null) {
                            if (typeof d.hostId !== "string" || d.hostId.length) {
                                m.hostId = $String(d.hostId);
                            }
                        }
                        return m;
                    };

                    /**
                     * Creates a plain object from a BatonServiceGetTaskRequest message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof c1.connectorapi.baton.v1.BatonServiceGetTaskRequest
                     * @static
                     * @param {c1.connectorapi.baton.v1.BatonServiceGetTaskRequest} m BatonServiceGetTaskRequest
                     * @param {$protobuf.IConversionOptions} [o] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    BatonServiceGetTaskRequest.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (o.defaults) {
                            d.hostId = "";
                        }
                        if (m.hostId != null && $Object.hasOwnProperty.call(m, "hostId")) {
                            d.hostId = m.hostId;
                        }
                        return d;
                    };

                    /**
                     * Converts this BatonServiceGetTaskRequest to JSON.
                     * @function toJSON
                     * @memberof c1.connectorapi.baton.v1.BatonServiceGetTaskRequest
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    BatonServiceGetTaskRequest.prototype.toJSON = function() {
                        return BatonServiceGetTaskRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for BatonServiceGetTaskRequest
                     * @function getTypeUrl
                     * @memberof c1.connectorapi.baton.v1.BatonServiceGetTaskRequest
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    BatonServiceGetTaskRequest.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/c1.connectorapi.baton.v1.BatonServiceGetTaskRequest";
                    };

                    return BatonServiceGetTaskRequest;
                })();

                v1.BatonServiceGetTaskResponse = (function() {

                    /**
                     * Properties of a BatonServiceGetTaskResponse.
                     * @typedef {Object} c1.connectorapi.baton.v1.BatonServiceGetTaskResponse.$Properties
                     * @property {c1.connectorapi.baton.v1.Task.$Properties|null} [task] BatonServiceGetTaskResponse task
                     * @property {google.protobuf.Duration.$Properties|null} [nextPoll] BatonServiceGetTaskResponse nextPoll
                     * @property {google.protobuf.Duration.$Properties|null} [nextHeartbeat] BatonServiceGetTaskResponse nextHeartbeat
                     * @property {Array.<google.protobuf.Any.$Properties>|null} [annotations] BatonServiceGetTaskResponse annotations
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a BatonServiceGetTaskResponse.
                     * @memberof c1.connectorapi.baton.v1
                     * @interface IBatonServiceGetTaskResponse
                     * @augments c1.connectorapi.baton.v1.BatonServiceGetTaskResponse.$Properties
                     * @deprecated Use c1.connectorapi.baton.v1.BatonServiceGetTaskResponse.$Properties instead.
                     */

                    /**
                     * Shape of a BatonServiceGetTaskResponse.
                     * @typedef {{
                     *   task?: c1.connectorapi.baton.v1.Task.$Shape|null;
                     *   nextPoll?: google.protobuf.Duration.$Shape|null;
                     *   nextHeartbeat?: google.protobuf.Duration.$Shape|null;
                     *   annotations?: Array.<google.protobuf.Any.$Shape>|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} c1.connectorapi.baton.v1.BatonServiceGetTaskResponse.$Shape
                     */

                    /**
                     * Constructs a new BatonServiceGetTaskResponse.
                     * @memberof c1.connectorapi.baton.v1
                     * @classdesc Represents a BatonServiceGetTaskResponse.
                     * @constructor
                     * @param {c1.connectorapi.baton.v1.BatonServiceGetTaskResponse.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const BatonServiceGetTaskResponse = function (p) {
                        this.annotations = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * BatonServiceGetTaskResponse task.
                     * @member {c1.connectorapi.baton.v1.Task.$Properties|null|undefined} task
                     * @memberof c1.connectorapi.baton.v1.BatonServiceGetTaskResponse
                     * @instance
                     */
                    BatonServiceGetTaskResponse.prototype.task = null;

                    /**
                     * BatonServiceGetTaskResponse nextPoll.
                     * @member {google.protobuf.Duration.$Properties|null|undefined} nextPoll
                     * @memberof c1.connectorapi.baton.v1.BatonServiceGetTaskResponse
                     * @instance
                     */
                    BatonServiceGetTaskResponse.prototype.nextPoll = null;

                    /**
                     * BatonServiceGetTaskResponse nextHeartbeat.
                     * @member {google.protobuf.Duration.$Properties|null|undefined} nextHeartbeat
                     * @memberof c1.connectorapi.baton.v1.BatonServiceGetTaskResponse
                     * @instance
                     */
                    BatonServiceGetTaskResponse.prototype.nextHeartbeat = null;

                    /**
                     * BatonServiceGetTaskResponse annotations.
                     * @member {Array.<google.protobuf.Any.$Properties>} annotations
                     * @memberof c1.connectorapi.baton.v1.BatonServiceGetTaskResponse
                     * @instance
                     */
                    BatonServiceGetTaskResponse.prototype.annotations = $util.emptyArray;

                    /**
                     * Creates a new BatonServiceGetTaskResponse instance using the specified properties.
                     * @function create
                     * @memberof c1.connectorapi.baton.v1.BatonServiceGetTaskResponse
                     * @static
                     * @param {c1.connectorapi.baton.v1.BatonServiceGetTaskResponse.$Properties=} [properties] Properties to set
                     * @returns {c1.connectorapi.baton.v1.BatonServiceGetTaskResponse} BatonServiceGetTaskResponse instance
                     * @type {{
                     *   (properties: c1.connectorapi.baton.v1.BatonServiceGetTaskResponse.$Shape): c1.connectorapi.baton.v1.BatonServiceGetTaskResponse & c1.connectorapi.baton.v1.BatonServiceGetTaskResponse.$Shape;
                     *   (properties?: c1.connectorapi.baton.v1.BatonServiceGetTaskResponse.$Properties): c1.connectorapi.baton.v1.BatonServiceGetTaskResponse;
                     * }}
                     */
                    BatonServiceGetTaskResponse.create = function(properties) {
                        return new BatonServiceGetTaskResponse(properties);
                    };

                    /**
                     * Encodes the specified BatonServiceGetTaskResponse message. Does not implicitly {@link c1.connectorapi.baton.v1.BatonServiceGetTaskResponse.verify|verify} messages.
                     * @function encode
                     * @memberof c1.connectorapi.baton.v1.BatonServiceGetTaskResponse
                     * @static
                     * @param {c1.connectorapi.baton.v1.BatonServiceGetTaskResponse.$Properties} m BatonServiceGetTaskResponse message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    BatonServiceGetTaskResponse.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.task != null && $Object.hasOwnProperty.call(m, "task"))
                            $root.c1.connectorapi.baton.v1.Task.encode(m.task, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        if (m.nextPoll != null && $Object.hasOwnProperty.call(m, "nextPoll"))
                            $root.google.protobuf.Duration.encode(m.nextPoll, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                        if (m.nextHeartbeat != null && $Object.hasOwnProperty.call(m, "nextHeartbeat"))
                            $root.google.protobuf.Duration.encode(m.nextHeartbeat, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                        if (m.annotations != null && m.annotations.length) {
                            for (var i = 0; i < m.annotations.length; ++i)
                                $root.google.protobuf.Any.encode(m.annotations[i], w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                        }
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes a BatonServiceGetTaskResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof c1.connectorapi.baton.v1.BatonServiceGetTaskResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {c1.connectorapi.baton.v1.BatonServiceGetTaskResponse & c1.connectorapi.baton.v1.BatonServiceGetTaskResponse.$Shape} BatonServiceGetTaskResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    BatonServiceGetTaskResponse.decode = function (r, l, z, q, g) {
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
                        m = g || new $root.c1.connectorapi.baton.v1.BatonServiceGetTaskResponse();
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
                                    m.task = $root.c1.connectorapi.baton.v1.Task.decode(r, r.size(), $undefined, q + 1, m.task);
                                    continue;
                                }
                            case 2: {
                                    if (u !== 2)
                                        break;
                                    m.nextPoll = $root.google.protobuf.Duration.decode(r, r.size(), $undefined, q + 1, m.nextPoll);
                                    continue;
                                }
                            case 3: {
                                    if (u !== 2)
                                        break;
                                    m.nextHeartbeat = $root.google.protobuf.Duration.decode(r, r.size(), $undefined, q + 1, m.nextHeartbeat);
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
                     * Creates a BatonServiceGetTaskResponse message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof c1.connectorapi.baton.v1.BatonServiceGetTaskResponse
                     * @static
                     * @param {Object.<string,*>} d Plain object
                     * @returns {c1.connectorapi.baton.v1.BatonServiceGetTaskResponse} BatonServiceGetTaskResponse
                     */
                    BatonServiceGetTaskResponse.fromObject = function (d, q) {
                        if (d instanceof $root.c1.connectorapi.baton.v1.BatonServiceGetTaskResponse)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".c1.connectorapi.baton.v1.BatonServiceGetTaskResponse: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.c1.connectorapi.baton.v1.BatonServiceGetTaskResponse();
                        if (d.task != null) {
                            if (!$util.isObject(d.task))
                                throw $TypeError(".c1.connectorapi.baton.v1.BatonServiceGetTaskResponse.task: object expected");
                            m.task = $root.c1.connectorapi.baton.v1.Task.fromObject(d.task, q + 1);
                        }
                        if (d.nextPoll != null) {
                            if (!$util.isObject(d.nextPoll))
                                throw $TypeError(".c1.connectorapi.baton.v1.BatonServiceGetTaskResponse.nextPoll: object expected");
                            m.nextPoll = $root.google.protobuf.Duration.fromObject(d.nextPoll, q + 1);
                        }
                        if (d.nextHeartbeat != null) {
                            if (!$util.isObject(d.nextHeartbeat))
                                throw $TypeError(".c1.connectorapi.baton.v1.BatonServiceGetTaskResponse.nextHeartbeat: object expected");
                            m.nextHeartbeat = $root.google.protobuf.Duration.fromObject(d.nextHeartbeat, q + 1);
                        }
                        if (d.annotations) {
                            if (!$Array.isArray(d.annotations))
                                throw $TypeError(".c1.connectorapi.baton.v1.BatonServiceGetTaskResponse.annotations: array expected");
                            m.annotations = $Array(d.annotations.length);
                            for (var i = 0; i < d.annotations.length; ++i) {
                                if (!$util.isObject(d.annotations[i]))
                                    throw $TypeError(".c1.connectorapi.baton.v1.BatonServiceGetTaskResponse.annotations: object expected");
                                m.annotations[i] = $root.google.protobuf.Any.fromObject(d.annotations[i], q + 1);
                            }
                        }
                        return m;
                    };

                    /**
                     * Creates a plain object from a BatonServiceGetTaskResponse message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof c1.connectorapi.baton.v1.BatonServiceGetTaskResponse
                     * @static
                     * @param {c1.connectorapi.baton.v1.BatonServiceGetTaskResponse} m BatonServiceGetTaskResponse
                     * @param {$protobuf.IConversionOptions} [o] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    BatonServiceGetTaskResponse.toObject = function (m, o, q) {
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
                            d.task = null;
                            d.nextPoll = null;
                            d.nextHeartbeat = null;
                        }
                        if (m.task != null && $Object.hasOwnProperty.call(m, "task")) {
                            d.task = $root.c1.connectorapi.baton.v1.Task.toObject(m.task, o, q + 1);
                        }
                        if (m.nextPoll != null && $Object.hasOwnProperty.call(m, "nextPoll")) {
                            d.nextPoll = $root.google.protobuf.Duration.toObject(m.nextPoll, o, q + 1);
                        }
                        if (m.nextHeartbeat != null && $Object.hasOwnProperty.call(m, "nextHeartbeat")) {
                            d.nextHeartbeat = $root.google.protobuf.Duration.toObject(m.nextHeartbeat, o, q + 1);
                        }
                        if (m.annotations && m.annotations.length) {
                            d.annotations = $Array(m.annotations.length);
                            for (var j = 0; j < m.annotations.length; ++j) {
                                d.annotations[j] = $root.google.protobuf.Any.toObject(m.annotations[j], o, q + 1);
                            }
                        }
                        return d;
                    };

                    /**
                     * Converts this BatonServiceGetTaskResponse to JSON.
                     * @function toJSON
                     * @memberof c1.connectorapi.baton.v1.BatonServiceGetTaskResponse
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    BatonServiceGetTaskResponse.prototype.toJSON = function() {
                        return BatonServiceGetTaskResponse.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for BatonServiceGetTaskResponse
                     * @function getTypeUrl
                     * @memberof c1.connectorapi.baton.v1.BatonServiceGetTaskResponse
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    BatonServiceGetTaskResponse.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/c1.connectorapi.baton.v1.BatonServiceGetTaskResponse";
                    };

                    return BatonServiceGetTaskResponse;
                })();

                v1.BatonServiceHeartbeatRequest = (function() {

                    /**
                     * Properties of a BatonServiceHeartbeatRequest.
                     * @typedef {Object} c1.connectorapi.baton.v1.BatonServiceHeartbeatRequest.$Properties
                     * @property {string|null} [hostId] BatonServiceHeartbeatRequest hostId
                     * @property {string|null} [taskId] BatonServiceHeartbeatRequest taskId
                     * @property {Array.<google.protobuf.Any.$Properties>|null} [annotations] BatonServiceHeartbeatRequest annotations
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a BatonServiceHeartbeatRequest.
                     * @memberof c1.connectorapi.baton.v1
                     * @interface IBatonServiceHeartbeatRequest
                     * @augments c1.connectorapi.baton.v1.BatonServiceHeartbeatRequest.$Properties
                     * @deprecated Use c1.connectorapi.baton.v1.BatonServiceHeartbeatRequest.$Properties instead.
                     */

                    /**
                     * Shape of a BatonServiceHeartbeatRequest.
                     * @typedef {c1.connectorapi.baton.v1.BatonServiceHeartbeatRequest.$Properties} c1.connectorapi.baton.v1.BatonServiceHeartbeatRequest.$Shape
                     */

                    /**
                     * Constructs a new BatonServiceHeartbeatRequest.
                     * @memberof c1.connectorapi.baton.v1
                     * @classdesc Represents a BatonServiceHeartbeatRequest.
                     * @constructor
                     * @param {c1.connectorapi.baton.v1.BatonServiceHeartbeatRequest.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const BatonServiceHeartbeatRequest = function (p) {
                        this.annotations = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * BatonServiceHeartbeatRequest hostId.
                     * @member {string} hostId
                     * @memberof c1.connectorapi.baton.v1.BatonServiceHeartbeatRequest
                     * @instance
                     */
                    BatonServiceHeartbeatRequest.prototype.hostId = "";

                    /**
                     * BatonServiceHeartbeatRequest taskId.
                     * @member {string} taskId
                     * @memberof c1.connectorapi.baton.v1.BatonServiceHeartbeatRequest
                     * @instance
                     */
                    BatonServiceHeartbeatRequest.prototype.taskId = "";

                    /**
                     * BatonServiceHeartbeatRequest annotations.
                     * @member {Array.<google.protobuf.Any.$Properties>} annotations
                     * @memberof c1.connectorapi.baton.v1.BatonServiceHeartbeatRequest
                     * @instance
                     */
                    BatonServiceHeartbeatRequest.prototype.annotations = $util.emptyArray;

                    /**
                     * Creates a new BatonServiceHeartbeatRequest instance using the specified properties.
                     * @function create
                     * @memberof c1.connectorapi.baton.v1.BatonServiceHeartbeatRequest
                     * @static
                     * @param {c1.connectorapi.baton.v1.BatonServiceHeartbeatRequest.$Properties=} [properties] Properties to set
                     * @returns {c1.connectorapi.baton.v1.BatonServiceHeartbeatRequest} BatonServiceHeartbeatRequest instance
                     * @type {{
                     *   (properties: c1.connectorapi.baton.v1.BatonServiceHeartbeatRequest.$Shape): c1.connectorapi.baton.v1.BatonServiceHeartbeatRequest & c1.connectorapi.baton.v1.BatonServiceHeartbeatRequest.$Shape;
                     *   (properties?: c1.connectorapi.baton.v1.BatonServiceHeartbeatRequest.$Properties): c1.connectorapi.baton.v1.BatonServiceHeartbeatRequest;
                     * }}
                     */
                    BatonServiceHeartbeatRequest.create = function(properties) {
                        return new BatonServiceHeartbeatRequest(properties);
                    };

                    /**
                     * Encodes the specified BatonServiceHeartbeatRequest message. Does not implicitly {@link c1.connectorapi.baton.v1.BatonServiceHeartbeatRequest.verify|verify} messages.
                     * @function encode
                     * @memberof c1.connectorapi.baton.v1.BatonServiceHeartbeatRequest
                     * @static
                     * @param {c1.connectorapi.baton.v1.BatonServiceHeartbeatRequest.$Properties} m BatonServiceHeartbeatRequest message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    BatonServiceHeartbeatRequest.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.hostId != null && $Object.hasOwnProperty.call(m, "hostId") && m.hostId !== "")
                            w.uint32(/* id 1, wireType 2 =*/10).string(m.hostId);
                        if (m.taskId != null && $Object.hasOwnProperty.call(m, "taskId") && m.taskId !== "")
                            w.uint32(/* id 2, wireType 2 =*/18).string(m.taskId);
                        if (m.annotations != null && m.annotations.length) {
                            for (var i = 0; i < m.annotations.length; ++i)
                                $root.google.protobuf.Any.encode(m.annotations[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                        }
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes a BatonServiceHeartbeatRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof c1.connectorapi.baton.v1.BatonServiceHeartbeatRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {c1.connectorapi.baton.v1.BatonServiceHeartbeatRequest & c1.connectorapi.baton.v1.BatonServiceHeartbeatRequest.$Shape} BatonServiceHeartbeatRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    BatonServiceHeartbeatRequest.decode = function (r, l, z, q, g) {
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
                        m = g || new $root.c1.connectorapi.baton.v1.BatonServiceHeartbeatRequest();
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
                                        m.hostId = v;
                                    else
                                        delete m.hostId;
                                    continue;
                                }
                            case 2: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.stringVerify()).length)
                                        m.taskId = v;
                                    else
                                        delete m.taskId;
                                    continue;
                                }
                            case 3: {
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
                     * Creates a BatonServiceHeartbeatRequest message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof c1.connectorapi.baton.v1.BatonServiceHeartbeatRequest
                     * @static
                     * @param {Object.<string,*>} d Plain object
                     * @returns {c1.connectorapi.baton.v1.BatonServiceHeartbeatRequest} BatonServiceHeartbeatRequest
                     */
                    BatonServiceHeartbeatRequest.fromObject = function (d, q) {
                        if (d instanceof $root.c1.connectorapi.baton.v1.BatonServiceHeartbeatRequest)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".c1.connectorapi.baton.v1.BatonServiceHeartbeatRequest: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.c1.connectorapi.baton.v1.BatonServiceHeartbeatRequest();
                        if (d.hostId != null) {
                            if (typeof d.hostId !== "string" || d.hostId.length) {
                                m.hostId = $String(d.hostId);
                            }
                        }
                        if (d.taskId != null) {
                            if (typeof d.taskId !== "string" || d.taskId.length) {
                                m.taskId = $String(d.taskId);
                            }
                        }
                        if (d.annotations) {
                            if (!$Array.isArray(d.annotations))
                                throw $TypeError(".c1.connectorapi.baton.v1.BatonServiceHeartbeatRequest.annotations: array expected");
                            m.annotations = $Array(d.annotations.length);
                            for (var i = 0; i < d.annotations.length; ++i) {
                                if (!$util.isObject(d.annotations[i]))
                                    throw $TypeError(".c1.connectorapi.baton.v1.BatonServiceHeartbeatRequest.annotations: object expected");
                                m.annotations[i] = $root.google.protobuf.Any.fromObject(d.annotations[i], q + 1);
                            }
                        }
                        return m;
                    };

                    /**
                     * Creates a plain object from a BatonServiceHeartbeatRequest message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof c1.connectorapi.baton.v1.BatonServiceHeartbeatRequest
                     * @static
                     * @param {c1.connectorapi.baton.v1.BatonServiceHeartbeatRequest} m BatonServiceHeartbeatRequest
                     * @param {$protobuf.IConversionOptions} [o] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    BatonServiceHeartbeatRequest.toObject = function (m, o, q) {
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
                            d.hostId = "";
                            d.taskId = "";
                        }
                        if (m.hostId != null && $Object.hasOwnProperty.call(m, "hostId")) {
                            d.hostId = m.hostId;
                        }
                        if (m.taskId != null && $Object.hasOwnProperty.call(m, "taskId")) {
                            d.taskId = m.taskId;
                        }
                        if (m.annotations && m.annotations.length) {
                            d.annotations = $Array(m.annotations.length);
                            for (var j = 0; j < m.annotations.length; ++j) {
                                d.annotations[j] = $root.google.protobuf.Any.toObject(m.annotations[j], o, q + 1);
                            }
                        }
                        return d;
                    };

                    /**
                     * Converts this BatonServiceHeartbeatRequest to JSON.
                     * @function toJSON
                     * @memberof c1.connectorapi.baton.v1.BatonServiceHeartbeatRequest
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    BatonServiceHeartbeatRequest.prototype.toJSON = function() {
                        return BatonServiceHeartbeatRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for BatonServiceHeartbeatRequest
                     * @function getTypeUrl
                     * @memberof c1.connectorapi.baton.v1.BatonServiceHeartbeatRequest
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    BatonServiceHeartbeatRequest.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/c1.connectorapi.baton.v1.BatonServiceHeartbeatRequest";
                    };

                    return BatonServiceHeartbeatRequest;
                })();

                v1.BatonServiceHeartbeatResponse = (function() {

                    /**
                     * Properties of a BatonServiceHeartbeatResponse.
                     * @typedef {Object} c1.connectorapi.baton.v1.BatonServiceHeartbeatResponse.$Properties
                     * @property {google.protobuf.Duration.$Properties|null} [nextHeartbeat] BatonServiceHeartbeatResponse nextHeartbeat
                     * @property {boolean|null} [cancelled] BatonServiceHeartbeatResponse cancelled
                     * @property {Array.<google.protobuf.Any.$Properties>|null} [annotations] BatonServiceHeartbeatResponse annotations
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a BatonServiceHeartbeatResponse.
                     * @memberof c1.connectorapi.baton.v1
                     * @interface IBatonServiceHeartbeatResponse
                     * @augments c1.connectorapi.baton.v1.BatonServiceHeartbeatResponse.$Properties
                     * @deprecated Use c1.connectorapi.baton.v1.BatonServiceHeartbeatResponse.$Properties instead.
                     */

                    /**
                     * Shape of a BatonServiceHeartbeatResponse.
                     * @typedef {c1.connectorapi.baton.v1.BatonServiceHeartbeatResponse.$Properties} c1.connectorapi.baton.v1.BatonServiceHeartbeatResponse.$Shape
                     */

                    /**
                     * Constructs a new BatonServiceHeartbeatResponse.
                     * @memberof c1.connectorapi.baton.v1
                     * @classdesc Represents a BatonServiceHeartbeatResponse.
                     * @constructor
                     * @param {c1.connectorapi.baton.v1.BatonServiceHeartbeatResponse.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const BatonServiceHeartbeatResponse = function (p) {
                        this.annotations = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * BatonServiceHeartbeatResponse nextHeartbeat.
                     * @member {google.protobuf.Duration.$Properties|null|undefined} nextHeartbeat
                     * @memberof c1.connectorapi.baton.v1.BatonServiceHeartbeatResponse
                     * @instance
                     */
                    BatonServiceHeartbeatResponse.prototype.nextHeartbeat = null;

                    /**
                     * BatonServiceHeartbeatResponse cancelled.
                     * @member {boolean} cancelled
                     * @memberof c1.connectorapi.baton.v1.BatonServiceHeartbeatResponse
                     * @instance
                     */
                    BatonServiceHeartbeatResponse.prototype.cancelled = false;

                    /**
                     * BatonServiceHeartbeatResponse annotations.
                     * @member {Array.<google.protobuf.Any.$Properties>} annotations
                     * @memberof c1.connectorapi.baton.v1.BatonServiceHeartbeatResponse
                     * @instance
                     */
                    BatonServiceHeartbeatResponse.prototype.annotations = $util.emptyArray;

                    /**
                     * Creates a new BatonServiceHeartbeatResponse instance using the specified properties.
                     * @function create
                     * @memberof c1.connectorapi.baton.v1.BatonServiceHeartbeatResponse
                     * @static
                     * @param {c1.connectorapi.baton.v1.BatonServiceHeartbeatResponse.$Properties=} [properties] Properties to set
                     * @returns {c1.connectorapi.baton.v1.BatonServiceHeartbeatResponse} BatonServiceHeartbeatResponse instance
                     * @type {{
                     *   (properties: c1.connectorapi.baton.v1.BatonServiceHeartbeatResponse.$Shape): c1.connectorapi.baton.v1.BatonServiceHeartbeatResponse & c1.connectorapi.baton.v1.BatonServiceHeartbeatResponse.$Shape;
                     *   (properties?: c1.connectorapi.baton.v1.BatonServiceHeartbeatResponse.$Properties): c1.connectorapi.baton.v1.BatonServiceHeartbeatResponse;
                     * }}
                     */
                    BatonServiceHeartbeatResponse.create = function(properties) {
                        return new BatonServiceHeartbeatResponse(properties);
                    };

                    /**
                     * Encodes the specified BatonServiceHeartbeatResponse message. Does not implicitly {@link c1.connectorapi.baton.v1.BatonServiceHeartbeatResponse.verify|verify} messages.
                     * @function encode
                     * @memberof c1.connectorapi.baton.v1.BatonServiceHeartbeatResponse
                     * @static
                     * @param {c1.connectorapi.baton.v1.BatonServiceHeartbeatResponse.$Properties} m BatonServiceHeartbeatResponse message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    BatonServiceHeartbeatResponse.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.nextHeartbeat != null && $Object.hasOwnProperty.call(m, "nextHeartbeat"))
                            $root.google.protobuf.Duration.encode(m.nextHeartbeat, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        if (m.cancelled != null && $Object.hasOwnProperty.call(m, "cancelled") && m.cancelled !== false)
                            w.uint32(/* id 2, wireType 0 =*/16).bool(m.cancelled);
                        if (m.annotations != null && m.annotations.length) {
                            for (var i = 0; i < m.annotations.length; ++i)
                                $root.google.protobuf.Any.encode(m.annotations[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                        }
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes a BatonServiceHeartbeatResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof c1.connectorapi.baton.v1.BatonServiceHeartbeatResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {c1.connectorapi.baton.v1.BatonServiceHeartbeatResponse & c1.connectorapi.baton.v1.BatonServiceHeartbeatResponse.$Shape} BatonServiceHeartbeatResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    BatonServiceHeartbeatResponse.decode = function (r, l, z, q, g) {
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
                        m = g || new $root.c1.connectorapi.baton.v1.BatonServiceHeartbeatResponse();
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
                                    m.nextHeartbeat = $root.google.protobuf.Duration.decode(r, r.size(), $undefined, q + 1, m.nextHeartbeat);
                                    continue;
                                }
                            case 2: {
                                    if (u !== 0)
                                        break;
                                    if (v = r.bool())
                                        m.cancelled = v;
                                    else
                                        delete m.cancelled;
                                    continue;
                                }
                            case 3: {
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
                     * Creates a BatonServiceHeartbeatResponse message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof c1.connectorapi.baton.v1.BatonServiceHeartbeatResponse
                     * @static
                     * @param {Object.<string,*>} d Plain object
                     * @returns {c1.connectorapi.baton.v1.BatonServiceHeartbeatResponse} BatonServiceHeartbeatResponse
                     */
                    BatonServiceHeartbeatResponse.fromObject = function (d, q) {
                        if (d instanceof $root.c1.connectorapi.baton.v1.BatonServiceHeartbeatResponse)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".c1.connectorapi.baton.v1.BatonServiceHeartbeatResponse: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.c1.connectorapi.baton.v1.BatonServiceHeartbeatResponse();
                        if (d.nextHeartbeat != null) {
                            if (!$util.isObject(d.nextHeartbeat))
                                throw $TypeError(".c1.connectorapi.baton.v1.BatonServiceHeartbeatResponse.nextHeartbeat: object expected");
                            m.nextHeartbeat = $root.google.protobuf.Duration.fromObject(d.nextHeartbeat, q + 1);
                        }
                        if (d.cancelled != null) {
                            if (d.cancelled) {
                                m.cancelled = $Boolean(d.cancelled);
                            }
                        }
                        if (d.annotations) {
                            if (!$Array.isArray(d.annotations))
                                throw $TypeError(".c1.connectorapi.baton.v1.BatonServiceHeartbeatResponse.annotations: array expected");
                            m.annotations = $Array(d.annotations.length);
                            for (var i = 0; i < d.annotations.length; ++i) {
                                if (!$util.isObject(d.annotations[i]))
                                    throw $TypeError(".c1.connectorapi.baton.v1.BatonServiceHeartbeatResponse.annotations: object expected");
                                m.annotations[i] = $root.google.protobuf.Any.fromObject(d.annotations[i], q + 1);
                            }
                        }
                        return m;
                    };

                    /**
                     * Creates a plain object from a BatonServiceHeartbeatResponse message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof c1.connectorapi.baton.v1.BatonServiceHeartbeatResponse
                     * @static
                     * @param {c1.connectorapi.baton.v1.BatonServiceHeartbeatResponse} m BatonServiceHeartbeatResponse
                     * @param {$protobuf.IConversionOptions} [o] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    BatonServiceHeartbeatResponse.toObject = function (m, o, q) {
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
                            d.nextHeartbeat = null;
                            d.cancelled = false;
                        }
                        if (m.nextHeartbeat != null && $Object.hasOwnProperty.call(m, "nextHeartbeat")) {
                            d.nextHeartbeat = $root.google.protobuf.Duration.toObject(m.nextHeartbeat, o, q + 1);
                        }
                        if (m.cancelled != null && $Object.hasOwnProperty.call(m, "cancelled")) {
                            d.cancelled = m.cancelled;
                        }
                        if (m.annotations && m.annotations.length) {
                            d.annotations = $Array(m.annotations.length);
                            for (var j = 0; j < m.annotations.length; ++j) {
                                d.annotations[j] = $root.google.protobuf.Any.toObject(m.annotations[j], o, q + 1);
                            }
                        }
                        return d;
                    };

                    /**
                     * Converts this BatonServiceHeartbeatResponse to JSON.
                     * @function toJSON
                     * @memberof c1.connectorapi.baton.v1.BatonServiceHeartbeatResponse
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    BatonServiceHeartbeatResponse.prototype.toJSON = function() {
                        return BatonServiceHeartbeatResponse.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for BatonServiceHeartbeatResponse
                     * @function getTypeUrl
                     * @memberof c1.connectorapi.baton.v1.BatonServiceHeartbeatResponse
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    BatonServiceHeartbeatResponse.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/c1.connectorapi.baton.v1.BatonServiceHeartbeatResponse";
                    };

                    return BatonServiceHeartbeatResponse;
                })();

                v1.BatonServiceUploadAssetRequest = (function() {

                    /**
                     * Properties of a BatonServiceUploadAssetRequest.
                     * @typedef {Object} c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.$Properties
                     * @property {c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata.$Properties|null} [metadata] BatonServiceUploadAssetRequest metadata
                     * @property {c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadData.$Properties|null} [data] BatonServiceUploadAssetRequest data
                     * @property {c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadEOF.$Properties|null} [eof] BatonServiceUploadAssetRequest eof
                     * @property {"metadata"|"data"|"eof"} [msg] BatonServiceUploadAssetRequest msg
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a BatonServiceUploadAssetRequest.
                     * @memberof c1.connectorapi.baton.v1
                     * @interface IBatonServiceUploadAssetRequest
                     * @augments c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.$Properties
                     * @deprecated Use c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.$Properties instead.
                     */

                    /**
                     * Narrowed shape of a BatonServiceUploadAssetRequest.
                     * @typedef {{
                     *   metadata?: c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata.$Shape|null;
                     *   data?: c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadData.$Shape|null;
                     *   eof?: c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadEOF.$Shape|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * } & (
                     *   ({ msg?: undefined; metadata?: null; data?: null; eof?: null }|{ msg?: "metadata"; metadata: c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata.$Shape; data?: null; eof?: null }|{ msg?: "data"; metadata?: null; data: c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadData.$Shape; eof?: null }|{ msg?: "eof"; metadata?: null; data?: null; eof: c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadEOF.$Shape })
                     * )} c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.$Shape
                     */

                    /**
                     * Constructs a new BatonServiceUploadAssetRequest.
                     * @memberof c1.connectorapi.baton.v1
                     * @classdesc Represents a BatonServiceUploadAssetRequest.
                     * @constructor
                     * @param {c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const BatonServiceUploadAssetRequest = function (p) {
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * BatonServiceUploadAssetRequest metadata.
                     * @member {c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata.$Properties|null|undefined} metadata
                     * @memberof c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest
                     * @instance
                     */
                    BatonServiceUploadAssetRequest.prototype.metadata = null;

                    /**
                     * BatonServiceUploadAssetRequest data.
                     * @member {c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadData.$Properties|null|undefined} data
                     * @memberof c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest
                     * @instance
                     */
                    BatonServiceUploadAssetRequest.prototype.data = null;

                    /**
                     * BatonServiceUploadAssetRequest eof.
                     * @member {c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadEOF.$Properties|null|undefined} eof
                     * @memberof c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest
                     * @instance
                     */
                    BatonServiceUploadAssetRequest.prototype.eof = null;

                    // OneOf field names bound to virtual getters and setters
                    let $oneOfFields;

                    /**
                     * BatonServiceUploadAssetRequest msg.
                     * @member {"metadata"|"data"|"eof"|undefined} msg
                     * @memberof c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest
                     * @instance
                     */
                    $Object.defineProperty(BatonServiceUploadAssetRequest.prototype, "msg", {
                        get: $util.oneOfGetter($oneOfFields = ["metadata", "data", "eof"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    /**
                     * Creates a new BatonServiceUploadAssetRequest instance using the specified properties.
                     * @function create
                     * @memberof c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest
                     * @static
                     * @param {c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.$Properties=} [properties] Properties to set
                     * @returns {c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest} BatonServiceUploadAssetRequest instance
                     * @type {{
                     *   (properties: c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.$Shape): c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest & c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.$Shape;
                     *   (properties?: c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.$Properties): c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest;
                     * }}
                     */
                    BatonServiceUploadAssetRequest.create = function(properties) {
                        return new BatonServiceUploadAssetRequest(properties);
                    };

                    /**
                     * Encodes the specified BatonServiceUploadAssetRequest message. Does not implicitly {@link c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.verify|verify} messages.
                     * @function encode
                     * @memberof c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest
                     * @static
                     * @param {c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.$Properties} m BatonServiceUploadAssetRequest message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    BatonServiceUploadAssetRequest.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata"))
                            $root.c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata.encode(m.metadata, w.uint32(/* id 100, wireType 2 =*/802).fork(), q + 1).ldelim();
                        if (m.data != null && $Object.hasOwnProperty.call(m, "data"))
                            $root.c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadData.encode(m.data, w.uint32(/* id 101, wireType 2 =*/810).fork(), q + 1).ldelim();
                        if (m.eof != null && $Object.hasOwnProperty.call(m, "eof"))
                            $root.c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadEOF.encode(m.eof, w.uint32(/* id 102, wireType 2 =*/818).fork(), q + 1).ldelim();
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes a BatonServiceUploadAssetRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest & c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.$Shape} BatonServiceUploadAssetRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    BatonServiceUploadAssetRequest.decode = function (r, l, z, q, g) {
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
                        m = g || new $root.c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 100: {
                                    if (u !== 2)
                                        break;
                                    m.metadata = $root.c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata.decode(r, r.size(), $undefined, q + 1, m.metadata);
                                    m.msg = "metadata";
                                    continue;
                                }
                            case 101: {
                                    if (u !== 2)
                                        break;
                                    m.data = $root.c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadData.decode(r, r.size(), $undefined, q + 1, m.data);
                                    m.msg = "data";
                                    continue;
                                }
                            case 102: {
                                    if (u !== 2)
                                        break;
                                    m.eof = $root.c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadEOF.decode(r, r.size(), $undefined, q + 1, m.eof);
                                    m.msg = "eof";
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
                     * Creates a BatonServiceUploadAssetRequest message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest
                     * @static
                     * @param {Object.<string,*>} d Plain object
                     * @returns {c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest} BatonServiceUploadAssetRequest
                     */
                    BatonServiceUploadAssetRequest.fromObject = function (d, q) {
                        if (d instanceof $root.c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest();
                        if (d.metadata != null) {
                            if (!$util.isObject(d.metadata))
                                throw $TypeError(".c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.metadata: object expected");
                            m.metadata = $root.c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata.fromObject(d.metadata, q + 1);
                        }
                        if (d.data != null) {
                            if (!$util.isObject(d.data))
                                throw $TypeError(".c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.data: object expected");
                            m.data = $root.c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadData.fromObject(d.data, q + 1);
                        }
                        if (d.eof != null) {
                            if (!$util.isObject(d.eof))
                                throw $TypeError(".c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.eof: object expected");
                            m.eof = $root.c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadEOF.fromObject(d.eof, q + 1);
                        }
                        return m;
                    };

                    /**
                     * Creates a plain object from a BatonServiceUploadAssetRequest message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest
                     * @static
                     * @param {c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest} m BatonServiceUploadAssetRequest
                     * @param {$protobuf.IConversionOptions} [o] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    BatonServiceUploadAssetRequest.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata")) {
                            d.metadata = $root.c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata.toObject(m.metadata, o, q + 1);
                            if (o.oneofs)
                                d.msg = "metadata";
                        }
                        if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                            d.data = $root.c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadData.toObject(m.data, o, q + 1);
                            if (o.oneofs)
                                d.msg = "data";
                        }
                        if (m.eof != null && $Object.hasOwnProperty.call(m, "eof")) {
                            d.eof = $root.c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadEOF.toObject(m.eof, o, q + 1);
                            if (o.oneofs)
                                d.msg = "eof";
                        }
                        return d;
                    };

                    /**
                     * Converts this BatonServiceUploadAssetRequest to JSON.
                     * @function toJSON
                     * @memberof c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    BatonServiceUploadAssetRequest.prototype.toJSON = function() {
                        return BatonServiceUploadAssetRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for BatonServiceUploadAssetRequest
                     * @function getTypeUrl
                     * @memberof c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    BatonServiceUploadAssetRequest.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest";
                    };

                    BatonServiceUploadAssetRequest.UploadMetadata = (function() {

                        /**
                         * Properties of an UploadMetadata.
                         * @typedef {Object} c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata.$Properties
                         * @property {string|null} [hostId] UploadMetadata hostId
                         * @property {string|null} [taskId] UploadMetadata taskId
                         * @property {Array.<google.protobuf.Any.$Properties>|null} [annotations] UploadMetadata annotations
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of an UploadMetadata.
                         * @memberof c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest
                         * @interface IUploadMetadata
                         * @augments c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata.$Properties
                         * @deprecated Use c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata.$Properties instead.
                         */

                        /**
                         * Shape of an UploadMetadata.
                         * @typedef {c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata.$Properties} c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata.$Shape
                         */

                        /**
                         * Constructs a new UploadMetadata.
                         * @memberof c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest
                         * @classdesc Represents an UploadMetadata.
                         * @constructor
                         * @param {c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata.$Properties=} [p] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const UploadMetadata = function (p) {
                            this.annotations = [];
                            if (p)
                                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                                        this[ks[i]] = p[ks[i]];
                        };

                        /**
                         * UploadMetadata hostId.
                         * @member {string} hostId
                         * @memberof c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata
                         * @instance
                         */
                        UploadMetadata.prototype.hostId = "";

                        /**
                         * UploadMetadata taskId.
                         * @member {string} taskId
                         * @memberof c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata
                         * @instance
                         */
                        UploadMetadata.prototype.taskId = "";

                        /**
                         * UploadMetadata annotations.
                         * @member {Array.<google.protobuf.Any.$Properties>} annotations
                         * @memberof c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata
                         * @instance
                         */
                        UploadMetadata.prototype.annotations = $util.emptyArray;

                        /**
                         * Creates a new UploadMetadata instance using the specified properties.
                         * @function create
                         * @memberof c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata
                         * @static
                         * @param {c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata.$Properties=} [properties] Properties to set
                         * @returns {c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata} UploadMetadata instance
                         * @type {{
                         *   (properties: c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata.$Shape): c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata & c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata.$Shape;
                         *   (properties?: c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata.$Properties): c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata;
                         * }}
                         */
                        UploadMetadata.create = function(properties) {
                            return new UploadMetadata(properties);
                        };

                        /**
                         * Encodes the specified UploadMetadata message. Does not implicitly {@link c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata.verify|verify} messages.
                         * @function encode
                         * @memberof c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata
                         * @static
                         * @param {c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata.$Properties} m UploadMetadata message or plain object to encode
                         * @param {$protobuf.Writer} [w] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        UploadMetadata.encode = function (m, w, q) {
                            if (!w)
                                w = $Writer.create();
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (m.hostId != null && $Object.hasOwnProperty.call(m, "hostId") && m.hostId !== "")
                                w.uint32(/* id 1, wireType 2 =*/10).string(m.hostId);
                            if (m.taskId != null && $Object.hasOwnProperty.call(m, "taskId") && m.taskId !== "")
                                w.uint32(/* id 2, wireType 2 =*/18).string(m.taskId);
                            if (m.annotations != null && m.annotations.length) {
                                for (var i = 0; i < m.annotations.length; ++i)
                                    $root.google.protobuf.Any.encode(m.annotations[i], w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                            }
                            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                                for (var i = 0; i < m.$unknowns.length; ++i)
                                    w.raw(m.$unknowns[i]);
                            return w;
                        };

                        /**
                         * Decodes an UploadMetadata message from the specified reader or buffer.
                         * @function decode
                         * @memberof c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                         * @param {number} [l] Message length if known beforehand
                         * @returns {c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata & c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata.$Shape} UploadMetadata
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        UploadMetadata.decode = function (r, l, z, q, g) {
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
                            m = g || new $root.c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata();
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
                                            m.hostId = v;
                                        else
                                            delete m.hostId;
                                        continue;
                                    }
                                case 2: {
                                        if (u !== 2)
                                            break;
                                        if ((v = r.stringVerify()).length)
                                            m.taskId = v;
                                        else
                                            delete m.taskId;
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
                         * Creates an UploadMetadata message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata
                         * @static
                         * @param {Object.<string,*>} d Plain object
                         * @returns {c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata} UploadMetadata
                         */
                        UploadMetadata.fromObject = function (d, q) {
                            if (d instanceof $root.c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata)
                                return d;
                            if (!$util.isObject(d))
                                throw $TypeError(".c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata: object expected");
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            var m = new $root.c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata();
                            if (d.hostId != null) {
                                if (typeof d.hostId !== "string" || d.hostId.length) {
                                    m.hostId = $String(d.hostId);
                                }
                            }
                            if (d.taskId != null) {
                                if (typeof d.taskId !== "string" || d.taskId.length) {
                                    m.taskId = $String(d.taskId);
                                }
                            }
                            if (d.annotations) {
                                if (!$Array.isArray(d.annotations))
                                    throw $TypeError(".c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata.annotations: array expected");
                                m.annotations = $Array(d.annotations.length);
                                for (var i = 0; i < d.annotations.length; ++i) {
                                    if (!$util.isObject(d.annotations[i]))
                                        throw $TypeError(".c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata.annotations: object expected");
                                    m.annotations[i] = $root.google.protobuf.Any.fromObject(d.annotations[i], q + 1);
                                }
                            }
                            return m;
                        };

                        /**
                         * Creates a plain object from an UploadMetadata message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata
                         * @static
                         * @param {c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata} m UploadMetadata
                         * @param {$protobuf.IConversionOptions} [o] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        UploadMetadata.toObject = function (m, o, q) {
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
                                d.hostId = "";
                                d.taskId = "";
                            }
                            if (m.hostId != null && $Object.hasOwnProperty.call(m, "hostId")) {
                                d.hostId = m.hostId;
                            }
                            if (m.taskId != null && $Object.hasOwnProperty.call(m, "taskId")) {
                                d.taskId = m.taskId;
                            }
                            if (m.annotations && m.annotations.length) {
                                d.annotations = $Array(m.annotations.length);
                                for (var j = 0; j < m.annotations.length; ++j) {
                                    d.annotations[j] = $root.google.protobuf.Any.toObject(m.annotations[j], o, q + 1);
                                }
                            }
                            return d;
                        };

                        /**
                         * Converts this UploadMetadata to JSON.
                         * @function toJSON
                         * @memberof c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        UploadMetadata.prototype.toJSON = function() {
                            return UploadMetadata.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for UploadMetadata
                         * @function getTypeUrl
                         * @memberof c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        UploadMetadata.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata";
                        };

                        return UploadMetadata;
                    })();

                    BatonServiceUploadAssetRequest.UploadData = (function() {

                        /**
                         * Properties of an UploadData.
                         * @typedef {Object} c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadData.$Properties
                         * @property {Uint8Array|null} [data] UploadData data
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of an UploadData.
                         * @memberof c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest
                         * @interface IUploadData
                         * @augments c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadData.$Properties
                         * @deprecated Use c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadData.$Properties instead.
                         */

                        /**
                         * Shape of an UploadData.
                         * @typedef {c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadData.$Properties} c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadData.$Shape
                         */

                        /**
                         * Constructs a new UploadData.
                         * @memberof c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest
                         * @classdesc Represents an UploadData.
                         * @constructor
                         * @param {c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadData.$Properties=} [p] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const UploadData = function (p) {
                            if (p)
                                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                                        this[ks[i]] = p[ks[i]];
                        };

                        /**
                         * UploadData data.
                         * @member {Uint8Array} data
                         * @memberof c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadData
                         * @instance
                         */
                        UploadData.prototype.data = $util.newBuffer([]);

                        /**
                         * Creates a new UploadData instance using the specified properties.
                         * @function create
                         * @memberof c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadData
                         * @static
                         * @param {c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadData.$Properties=} [properties] Properties to set
                         * @returns {c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadData} UploadData instance
                         * @type {{
                         *   (properties: c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadData.$Shape): c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadData & c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadData.$Shape;
                         *   (properties?: c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadData.$Properties): c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadData;
                         * }}
                         */
                        UploadData.create = function(properties) {
                            return new UploadData(properties);
                        };

                        /**
                         * Encodes the specified UploadData message. Does not implicitly {@link c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadData.verify|verify} messages.
                         * @function encode
                         * @memberof c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadData
                         * @static
                         * @param {c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadData.$Properties} m UploadData message or plain object to encode
                         * @param {$protobuf.Writer} [w] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        UploadData.encode = function (m, w, q) {
                            if (!w)
                                w = $Writer.create();
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (m.data != null && $Object.hasOwnProperty.call(m, "data") && m.data.length)
                                w.uint32(/* id 1, wireType 2 =*/10).bytes(m.data);
                            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                                for (var i = 0; i < m.$unknowns.length; ++i)
                                    w.raw(m.$unknowns[i]);
                            return w;
                        };

                        /**
                         * Decodes an UploadData message from the specified reader or buffer.
                         * @function decode
                         * @memberof c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadData
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                         * @param {number} [l] Message length if known beforehand
                         * @returns {c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadData & c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadData.$Shape} UploadData
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        UploadData.decode = function (r, l, z, q, g) {
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
                            m = g || new $root.c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadData();
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
                                        if ((v = r.bytes()).length)
                                            m.data = v;
                                        else
                                            delete m.data;
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
                         * Creates an UploadData message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadData
                         * @static
                         * @param {Object.<string,*>} d Plain object
                         * @returns {c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadData} UploadData
                         */
                        UploadData.fromObject = function (d, q) {
                            if (d instanceof $root.c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadData)
                                return d;
                            if (!$util.isObject(d))
                                throw $TypeError(".c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadData: object expected");
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            var m = new $root.c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadData();
                            if (d.data != null) {
                                if (d.data.length) {
                                    if (typeof d.data === "string")
                                        $util.base64.decode(d.data, m.data = $util.newBuffer($util.base64.length(d.data)), 0);
                                    else if (d.data.length >= 0)
                                        m.data = d.data;
                                }
                            }
                            return m;
                        };

                        /**
                         * Creates a plain object from an UploadData message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadData
                         * @static
                         * @param {c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadData} m UploadData
                         * @param {$protobuf.IConversionOptions} [o] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        UploadData.toObject = function (m, o, q) {
                            if (!o)
                                o = {};
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            var d = {};
                            if (o.defaults) {
                                if (o.bytes === $String)
                                    d.data = "";
                                else {
                                    d.data = [];
                                    if (o.bytes !== $Array)
                                        d.data = $util.newBuffer(d.data);
                                }
                            }
                            if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                                d.data = o.bytes === $String ? $util.base64.encode(m.data, 0, m.data.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.data) : m.data;
                            }
                            return d;
                        };

                        /**
                         * Converts this UploadData to JSON.
                         * @function toJSON
                         * @memberof c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadData
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        UploadData.prototype.toJSON = function() {
                            return UploadData.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for UploadData
                         * @function getTypeUrl
                         * @memberof c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadData
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        UploadData.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadData";
                        };

                        return UploadData;
                    })();

                    BatonServiceUploadAssetRequest.UploadEOF = (function() {

                        /**
                         * Properties of an UploadEOF.
                         * @typedef {Object} c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadEOF.$Properties
                         * @property {Uint8Array|null} [sha256Checksum] UploadEOF sha256Checksum
                         * @property {Array.<google.protobuf.Any.$Properties>|null} [annotations] UploadEOF annotations
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of an UploadEOF.
                         * @memberof c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest
                         * @interface IUploadEOF
                         * @augments c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadEOF.$Properties
                         * @deprecated Use c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadEOF.$Properties instead.
                         */

                        /**
                         * Shape of an UploadEOF.
                         * @typedef {c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadEOF.$Properties} c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadEOF.$Shape
                         */

                        /**
                         * Constructs a new UploadEOF.
                         * @memberof c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest
                         * @classdesc Represents an UploadEOF.
                         * @constructor
                         * @param {c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadEOF.$Properties=} [p] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const UploadEOF = function (p) {
                            this.annotations = [];
                            if (p)
                                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                                        this[ks[i]] = p[ks[i]];
                        };

                        /**
                         * UploadEOF sha256Checksum.
                         * @member {Uint8Array} sha256Checksum
                         * @memberof c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadEOF
                         * @instance
                         */
                        UploadEOF.prototype.sha256Checksum = $util.newBuffer([]);

                        /**
                         * UploadEOF annotations.
                         * @member {Array.<google.protobuf.Any.$Properties>} annotations
                         * @memberof c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadEOF
                         * @instance
                         */
                        UploadEOF.prototype.annotations = $util.emptyArray;

                        /**
                         * Creates a new UploadEOF instance using the specified properties.
                         * @function create
                         * @memberof c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadEOF
                         * @static
                         * @param {c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadEOF.$Properties=} [properties] Properties to set
                         * @returns {c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadEOF} UploadEOF instance
                         * @type {{
                         *   (properties: c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadEOF.$Shape): c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadEOF & c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadEOF.$Shape;
                         *   (properties?: c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadEOF.$Properties): c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadEOF;
                         * }}
                         */
                        UploadEOF.create = function(properties) {
                            return new UploadEOF(properties);
                        };

                        /**
                         * Encodes the specified UploadEOF message. Does not implicitly {@link c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadEOF.verify|verify} messages.
                         * @function encode
                         * @memberof c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadEOF
                         * @static
                         * @param {c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadEOF.$Properties} m UploadEOF message or plain object to encode
                         * @param {$protobuf.Writer} [w] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        UploadEOF.encode = function (m, w, q) {
                            if (!w)
                                w = $Writer.create();
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (m.sha256Checksum != null && $Object.hasOwnProperty.call(m, "sha256Checksum") && m.sha256Checksum.length)
                                w.uint32(/* id 1, wireType 2 =*/10).bytes(m.sha256Checksum);
                            if (m.annotations != null && m.annotations.length) {
                                for (var i = 0; i < m.annotations.length; ++i)
                                    $root.google.protobuf.Any.encode(m.annotations[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                            }
                            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                                for (var i = 0; i < m.$unknowns.length; ++i)
                                    w.raw(m.$unknowns[i]);
                            return w;
                        };

                        /**
                         * Decodes an UploadEOF message from the specified reader or buffer.
                         * @function decode
                         * @memberof c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadEOF
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                         * @param {number} [l] Message length if known beforehand
                         * @returns {c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadEOF & c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadEOF.$Shape} UploadEOF
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        UploadEOF.decode = function (r, l, z, q, g) {
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
                            m = g || new $root.c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadEOF();
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
                                        if ((v = r.bytes()).length)
                                            m.sha256Checksum = v;
                                        else
                                            delete m.sha256Checksum;
                                        continue;
                                    }
                                case 2: {
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
                         * Creates an UploadEOF message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadEOF
                         * @static
                         * @param {Object.<string,*>} d Plain object
                         * @returns {c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadEOF} UploadEOF
                         */
                        UploadEOF.fromObject = function (d, q) {
                            if (d instanceof $root.c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadEOF)
                                return d;
                            if (!$util.isObject(d))
                                throw $TypeError(".c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadEOF: object expected");
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            var m = new $root.c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadEOF();
                            if (d.sha256Checksum != null) {
                                if (d.sha256Checksum.length) {
                                    if (typeof d.sha256Checksum === "string")
                                        $util.base64.decode(d.sha256Checksum, m.sha256Checksum = $util.newBuffer($util.base64.length(d.sha256Checksum)), 0);
                                    else if (d.sha256Checksum.length >= 0)
                                        m.sha256Checksum = d.sha256Checksum;
                                }
                            }
                            if (d.annotations) {
                                if (!$Array.isArray(d.annotations))
                                    throw $TypeError(".c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadEOF.annotations: array expected");
                                m.annotations = $Array(d.annotations.length);
                                for (var i = 0; i < d.annotations.length; ++i) {
                                    if (!$util.isObject(d.annotations[i]))
                                        throw $TypeError(".c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadEOF.annotations: object expected");
                                    m.annotations[i] = $root.google.protobuf.Any.fromObject(d.annotations[i], q + 1);
                                }
                            }
                            return m;
                        };

                        /**
                         * Creates a plain object from an UploadEOF message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadEOF
                         * @static
                         * @param {c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadEOF} m UploadEOF
                         * @param {$protobuf.IConversionOptions} [o] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        UploadEOF.toObject = function (m, o, q) {
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
                                if (o.bytes === $String)
                                    d.sha256Checksum = "";
                                else {
                                    d.sha256Checksum = [];
                                    if (o.bytes !== $Array)
                                        d.sha256Checksum = $util.newBuffer(d.sha256Checksum);
                                }
                            }
                            if (m.sha256Checksum != null && $Object.hasOwnProperty.call(m, "sha256Checksum")) {
                                d.sha256Checksum = o.bytes === $String ? $util.base64.encode(m.sha256Checksum, 0, m.sha256Checksum.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.sha256Checksum) : m.sha256Checksum;
                            }
                            if (m.annotations && m.annotations.length) {
                                d.annotations = $Array(m.annotations.length);
                                for (var j = 0; j < m.annotations.length; ++j) {
                                    d.annotations[j] = $root.google.protobuf.Any.toObject(m.annotations[j], o, q + 1);
                                }
                            }
                            return d;
                        };

                        /**
                         * Converts this UploadEOF to JSON.
                         * @function toJSON
                         * @memberof c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadEOF
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        UploadEOF.prototype.toJSON = function() {
                            return UploadEOF.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for UploadEOF
                         * @function getTypeUrl
                         * @memberof c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadEOF
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        UploadEOF.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadEOF";
                        };

                        return UploadEOF;
                    })();

                    return BatonServiceUploadAssetRequest;
                })();

                v1.BatonServiceUploadAssetResponse = (function() {

                    /**
                     * Properties of a BatonServiceUploadAssetResponse.
                     * @typedef {Object} c1.connectorapi.baton.v1.BatonServiceUploadAssetResponse.$Properties
                     * @property {Array.<google.protobuf.Any.$Properties>|null} [annotations] BatonServiceUploadAssetResponse annotations
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a BatonServiceUploadAssetResponse.
                     * @memberof c1.connectorapi.baton.v1
                     * @interface IBatonServiceUploadAssetResponse
                     * @augments c1.connectorapi.baton.v1.BatonServiceUploadAssetResponse.$Properties
                     * @deprecated Use c1.connectorapi.baton.v1.BatonServiceUploadAssetResponse.$Properties instead.
                     */

                    /**
                     * Shape of a BatonServiceUploadAssetResponse.
                     * @typedef {c1.connectorapi.baton.v1.BatonServiceUploadAssetResponse.$Properties} c1.connectorapi.baton.v1.BatonServiceUploadAssetResponse.$Shape
                     */

                    /**
                     * Constructs a new BatonServiceUploadAssetResponse.
                     * @memberof c1.connectorapi.baton.v1
                     * @classdesc Represents a BatonServiceUploadAssetResponse.
                     * @constructor
                     * @param {c1.connectorapi.baton.v1.BatonServiceUploadAssetResponse.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const BatonServiceUploadAssetResponse = function (p) {
                        this.annotations = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * BatonServiceUploadAssetResponse annotations.
                     * @member {Array.<google.protobuf.Any.$Properties>} annotations
                     * @memberof c1.connectorapi.baton.v1.BatonServiceUploadAssetResponse
                     * @instance
                     */
                    BatonServiceUploadAssetResponse.prototype.annotations = $util.emptyArray;

                    /**
                     * Creates a new BatonServiceUploadAssetResponse instance using the specified properties.
                     * @function create
                     * @memberof c1.connectorapi.baton.v1.BatonServiceUploadAssetResponse
                     * @static
                     * @param {c1.connectorapi.baton.v1.BatonServiceUploadAssetResponse.$Properties=} [properties] Properties to set
                     * @returns {c1.connectorapi.baton.v1.BatonServiceUploadAssetResponse} BatonServiceUploadAssetResponse instance
                     * @type {{
                     *   (properties: c1.connectorapi.baton.v1.BatonServiceUploadAssetResponse.$Shape): c1.connectorapi.baton.v1.BatonServiceUploadAssetResponse & c1.connectorapi.baton.v1.BatonServiceUploadAssetResponse.$Shape;
                     *   (properties?: c1.connectorapi.baton.v1.BatonServiceUploadAssetResponse.$Properties): c1.connectorapi.baton.v1.BatonServiceUploadAssetResponse;
                     * }}
                     */
                    BatonServiceUploadAssetResponse.create = function(properties) {
                        return new BatonServiceUploadAssetResponse(properties);
                    };

                    /**
                     * Encodes the specified BatonServiceUploadAssetResponse message. Does not implicitly {@link c1.connectorapi.baton.v1.BatonServiceUploadAssetResponse.verify|verify} messages.
                     * @function encode
                     * @memberof c1.connectorapi.baton.v1.BatonServiceUploadAssetResponse
                     * @static
                     * @param {c1.connectorapi.baton.v1.BatonServiceUploadAssetResponse.$Properties} m BatonServiceUploadAssetResponse message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    BatonServiceUploadAssetResponse.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.annotations != null && m.annotations.length) {
                            for (var i = 0; i < m.annotations.length; ++i)
                                $root.google.protobuf.Any.encode(m.annotations[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        }
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes a BatonServiceUploadAssetResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof c1.connectorapi.baton.v1.BatonServiceUploadAssetResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {c1.connectorapi.baton.v1.BatonServiceUploadAssetResponse & c1.connectorapi.baton.v1.BatonServiceUploadAssetResponse.$Shape} BatonServiceUploadAssetResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    BatonServiceUploadAssetResponse.decode = function (r, l, z, q, g) {
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
                        m = g || new $root.c1.connectorapi.baton.v1.BatonServiceUploadAssetResponse();
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
                     * Creates a BatonServiceUploadAssetResponse message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof c1.connectorapi.baton.v1.BatonServiceUploadAssetResponse
                     * @static
                     * @param {Object.<string,*>} d Plain object
                     * @returns {c1.connectorapi.baton.v1.BatonServiceUploadAssetResponse} BatonServiceUploadAssetResponse
                     */
                    BatonServiceUploadAssetResponse.fromObject = function (d, q) {
                        if (d instanceof $root.c1.connectorapi.baton.v1.BatonServiceUploadAssetResponse)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".c1.connectorapi.baton.v1.BatonServiceUploadAssetResponse: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.c1.connectorapi.baton.v1.BatonServiceUploadAssetResponse();
                        if (d.annotations) {
                            if (!$Array.isArray(d.annotations))
                                throw $TypeError(".c1.connectorapi.baton.v1.BatonServiceUploadAssetResponse.annotations: array expected");
                            m.annotations = $Array(d.annotations.length);
                            for (var i = 0; i < d.annotations.length; ++i) {
                                if (!$util.isObject(d.annotations[i]))
                                    throw $TypeError(".c1.connectorapi.baton.v1.BatonServiceUploadAssetResponse.annotations: object expected");
                                m.annotations[i] = $root.google.protobuf.Any.fromObject(d.annotations[i], q + 1);
                            }
                        }
                        return m;
                    };

                    /**
                     * Creates a plain object from a BatonServiceUploadAssetResponse message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof c1.connectorapi.baton.v1.BatonServiceUploadAssetResponse
                     * @static
                     * @param {c1.connectorapi.baton.v1.BatonServiceUploadAssetResponse} m BatonServiceUploadAssetResponse
                     * @param {$protobuf.IConversionOptions} [o] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    BatonServiceUploadAssetResponse.toObject = function (m, o, q) {
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
                        if (m.annotations && m.annotations.length) {
                            d.annotations = $Array(m.annotations.length);
                            for (var j = 0; j < m.annotations.length; ++j) {
                                d.annotations[j] = $root.google.protobuf.Any.toObject(m.annotations[j], o, q + 1);
                            }
                        }
                        return d;
                    };

                    /**
                     * Converts this BatonServiceUploadAssetResponse to JSON.
                     * @function toJSON
                     * @memberof c1.connectorapi.baton.v1.BatonServiceUploadAssetResponse
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    BatonServiceUploadAssetResponse.prototype.toJSON = function() {
                        return BatonServiceUploadAssetResponse.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for BatonServiceUploadAssetResponse
                     * @function getTypeUrl
                     * @memberof c1.connectorapi.baton.v1.BatonServiceUploadAssetResponse
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    BatonServiceUploadAssetResponse.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/c1.connectorapi.baton.v1.BatonServiceUploadAssetResponse";
                    };

                    return BatonServiceUploadAssetResponse;
                })();

                v1.BatonServiceFinishTaskRequest = (function() {

                    /**
                     * Properties of a BatonServiceFinishTaskRequest.
                     * @typedef {Object} c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.$Properties
                     * @property {string|null} [hostId] BatonServiceFinishTaskRequest hostId
                     * @property {string|null} [taskId] BatonServiceFinishTaskRequest taskId
                     * @property {google.rpc.Status.$Properties|null} [status] BatonServiceFinishTaskRequest status
                     * @property {c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error.$Properties|null} [error] BatonServiceFinishTaskRequest error
                     * @property {c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success.$Properties|null} [success] BatonServiceFinishTaskRequest success
                     * @property {"error"|"success"} [finalState] BatonServiceFinishTaskRequest finalState
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a BatonServiceFinishTaskRequest.
                     * @memberof c1.connectorapi.baton.v1
                     * @interface IBatonServiceFinishTaskRequest
                     * @augments c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.$Properties
                     * @deprecated Use c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.$Properties instead.
                     */

                    /**
                     * Narrowed shape of a BatonServiceFinishTaskRequest.
                     * @typedef {{
                     *   hostId?: string|null;
                     *   taskId?: string|null;
                     *   status?: google.rpc.Status.$Shape|null;
                     *   error?: c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error.$Shape|null;
                     *   success?: c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success.$Shape|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * } & (
                     *   ({ finalState?: undefined; error?: null; success?: null }|{ finalState?: "error"; error: c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error.$Shape; success?: null }|{ finalState?: "success"; error?: null; success: c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success.$Shape })
                     * )} c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.$Shape
                     */

                    /**
                     * Constructs a new BatonServiceFinishTaskRequest.
                     * @memberof c1.connectorapi.baton.v1
                     * @classdesc Represents a BatonServiceFinishTaskRequest.
                     * @constructor
                     * @param {c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const BatonServiceFinishTaskRequest = function (p) {
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * BatonServiceFinishTaskRequest hostId.
                     * @member {string} hostId
                     * @memberof c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest
                     * @instance
                     */
                    BatonServiceFinishTaskRequest.prototype.hostId = "";

                    /**
                     * BatonServiceFinishTaskRequest taskId.
                     * @member {string} taskId
                     * @memberof c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest
                     * @instance
                     */
                    BatonServiceFinishTaskRequest.prototype.taskId = "";

                    /**
                     * BatonServiceFinishTaskRequest status.
                     * @member {google.rpc.Status.$Properties|null|undefined} status
                     * @memberof c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest
                     * @instance
                     */
                    BatonServiceFinishTaskRequest.prototype.status = null;

                    /**
                     * BatonServiceFinishTaskRequest error.
                     * @member {c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error.$Properties|null|undefined} error
                     * @memberof c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest
                     * @instance
                     */
                    BatonServiceFinishTaskRequest.prototype.error = null;

                    /**
                     * BatonServiceFinishTaskRequest success.
                     * @member {c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success.$Properties|null|undefined} success
                     * @memberof c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest
                     * @instance
                     */
                    BatonServiceFinishTaskRequest.prototype.success = null;

                    // OneOf field names bound to virtual getters and setters
                    let $oneOfFields;

                    /**
                     * BatonServiceFinishTaskRequest finalState.
                     * @member {"error"|"success"|undefined} finalState
                     * @memberof c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest
                     * @instance
                     */
                    $Object.defineProperty(BatonServiceFinishTaskRequest.prototype, "finalState", {
                        get: $util.oneOfGetter($oneOfFields = ["error", "success"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    /**
                     * Creates a new BatonServiceFinishTaskRequest instance using the specified properties.
                     * @function create
                     * @memberof c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest
                     * @static
                     * @param {c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.$Properties=} [properties] Properties to set
                     * @returns {c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest} BatonServiceFinishTaskRequest instance
                     * @type {{
                     *   (properties: c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.$Shape): c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest & c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.$Shape;
                     *   (properties?: c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.$Properties): c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest;
                     * }}
                     */
                    BatonServiceFinishTaskRequest.create = function(properties) {
                        return new BatonServiceFinishTaskRequest(properties);
                    };

                    /**
                     * Encodes the specified BatonServiceFinishTaskRequest message. Does not implicitly {@link c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.verify|verify} messages.
                     * @function encode
                     * @memberof c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest
                     * @static
                     * @param {c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.$Properties} m BatonServiceFinishTaskRequest message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    BatonServiceFinishTaskRequest.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.hostId != null && $Object.hasOwnProperty.call(m, "hostId") && m.hostId !== "")
                            w.uint32(/* id 1, wireType 2 =*/10).string(m.hostId);
                        if (m.taskId != null && $Object.hasOwnProperty.call(m, "taskId") && m.taskId !== "")
                            w.uint32(/* id 2, wireType 2 =*/18).string(m.taskId);
                        if (m.status != null && $Object.hasOwnProperty.call(m, "status"))
                            $root.google.rpc.Status.encode(m.status, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                        if (m.error != null && $Object.hasOwnProperty.call(m, "error"))
                            $root.c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error.encode(m.error, w.uint32(/* id 100, wireType 2 =*/802).fork(), q + 1).ldelim();
                        if (m.success != null && $Object.hasOwnProperty.call(m, "success"))
                            $root.c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success.encode(m.success, w.uint32(/* id 101, wireType 2 =*/810).fork(), q + 1).ldelim();
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes a BatonServiceFinishTaskRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest & c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.$Shape} BatonServiceFinishTaskRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    BatonServiceFinishTaskRequest.decode = function (r, l, z, q, g) {
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
                        m = g || new $root.c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest();
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
                                        m.hostId = v;
                                    else
                                        delete m.hostId;
                                    continue;
                                }
                            case 2: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.stringVerify()).length)
                                        m.taskId = v;
                                    else
                                        delete m.taskId;
                                    continue;
                                }
                            case 3: {
                                    if (u !== 2)
                                        break;
                                    m.status = $root.google.rpc.Status.decode(r, r.size(), $undefined, q + 1, m.status);
                                    continue;
                                }
                            case 100: {
                                    if (u !== 2)
                                        break;
                                    m.error = $root.c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error.decode(r, r.size(), $undefined, q + 1, m.error);
                                    m.finalState = "error";
                                    continue;
                                }
                            case 101: {
                                    if (u !== 2)
                                        break;
                                    m.success = $root.c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success.decode(r, r.size(), $undefined, q + 1, m.success);
                                    m.finalState = "success";
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
                     * Creates a BatonServiceFinishTaskRequest message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest
                     * @static
                     * @param {Object.<string,*>} d Plain object
                     * @returns {c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest} BatonServiceFinishTaskRequest
                     */
                    BatonServiceFinishTaskRequest.fromObject = function (d, q) {
                        if (d instanceof $root.c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest();
                        if (d.hostId != null) {
                            if (typeof d.hostId !== "string" || d.hostId.length) {
                                m.hostId = $String(d.hostId);
                            }
                        }
                        if (d.taskId != null) {
                            if (typeof d.taskId !== "string" || d.taskId.length) {
                                m.taskId = $String(d.taskId);
                            }
                        }
                        if (d.status != null) {
                            if (!$util.isObject(d.status))
                                throw $TypeError(".c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.status: object expected");
                            m.status = $root.google.rpc.Status.fromObject(d.status, q + 1);
                        }
                        if (d.error != null) {
                            if (!$util.isObject(d.error))
                                throw $TypeError(".c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.error: object expected");
                            m.error = $root.c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error.fromObject(d.error, q + 1);
                        }
                        if (d.success != null) {
                            if (!$util.isObject(d.success))
                                throw $TypeError(".c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.success: object expected");
                            m.success = $root.c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success.fromObject(d.success, q + 1);
                        }
                        return m;
                    };

                    /**
                     * Creates a plain object from a BatonServiceFinishTaskRequest message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest
                     * @static
                     * @param {c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest} m BatonServiceFinishTaskRequest
                     * @param {$protobuf.IConversionOptions} [o] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    BatonServiceFinishTaskRequest.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (o.defaults) {
                            d.hostId = "";
                            d.taskId = "";
                            d.status = null;
                        }
                        if (m.hostId != null && $Object.hasOwnProperty.call(m, "hostId")) {
                            d.hostId = m.hostId;
                        }
                        if (m.taskId != null && $Object.hasOwnProperty.call(m, "taskId")) {
                            d.taskId = m.taskId;
                        }
                        if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                            d.status = $root.google.rpc.Status.toObject(m.status, o, q + 1);
                        }
                        if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                            d.error = $root.c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error.toObject(m.error, o, q + 1);
                            if (o.oneofs)
                                d.finalState = "error";
                        }
                        if (m.success != null && $Object.hasOwnProperty.call(m, "success")) {
                            d.success = $root.c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success.toObject(m.success, o, q + 1);
                            if (o.oneofs)
                                d.finalState = "success";
                        }
                        return d;
                    };

                    /**
                     * Converts this BatonServiceFinishTaskRequest to JSON.
                     * @function toJSON
                     * @memberof c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    BatonServiceFinishTaskRequest.prototype.toJSON = function() {
                        return BatonServiceFinishTaskRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for BatonServiceFinishTaskRequest
                     * @function getTypeUrl
                     * @memberof c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    BatonServiceFinishTaskRequest.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest";
                    };

                    BatonServiceFinishTaskRequest.Error = (function() {

                        /**
                         * Properties of an Error.
                         * @typedef {Object} c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error.$Properties
                         * @property {boolean|null} [nonRetryable] Error nonRetryable
                         * @property {Array.<google.protobuf.Any.$Properties>|null} [annotations] Error annotations
                         * @property {google.protobuf.Any.$Properties|null} [response] Error response
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of an Error.
                         * @memberof c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest
                         * @interface IError
                         * @augments c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error.$Properties
                         * @deprecated Use c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error.$Properties instead.
                         */

                        /**
                         * Shape of an Error.
                         * @typedef {c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error.$Properties} c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error.$Shape
                         */

                        /**
                         * Constructs a new Error.
                         * @memberof c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest
                         * @classdesc Represents an Error.
                         * @constructor
                         * @param {c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error.$Properties=} [p] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const Error = function (p) {
                            this.annotations = [];
                            if (p)
                                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                                        this[ks[i]] = p[ks[i]];
                        };

                        /**
                         * Error nonRetryable.
                         * @member {boolean} nonRetryable
                         * @memberof c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error
                         * @instance
                         */
                        Error.prototype.nonRetryable = false;

                        /**
                         * Error annotations.
                         * @member {Array.<google.protobuf.Any.$Properties>} annotations
                         * @memberof c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error
                         * @instance
                         */
                        Error.prototype.annotations = $util.emptyArray;

                        /**
                         * Error response.
                         * @member {google.protobuf.Any.$Properties|null|undefined} response
                         * @memberof c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error
                         * @instance
                         */
                        Error.prototype.response = null;

                        /**
                         * Creates a new Error instance using the specified properties.
                         * @function create
                         * @memberof c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error
                         * @static
                         * @param {c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error.$Properties=} [properties] Properties to set
                         * @returns {c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error} Error instance
                         * @type {{
                         *   (properties: c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error.$Shape): c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error & c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error.$Shape;
                         *   (properties?: c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error.$Properties): c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error;
                         * }}
                         */
                        Error.create = function(properties) {
                            return new Error(properties);
                        };

                        /**
                         * Encodes the specified Error message. Does not implicitly {@link c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error.verify|verify} messages.
                         * @function encode
                         * @memberof c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error
                         * @static
                         * @param {c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error.$Properties} m Error message or plain object to encode
                         * @param {$protobuf.Writer} [w] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        Error.encode = function (m, w, q) {
                            if (!w)
                                w = $Writer.create();
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (m.nonRetryable != null && $Object.hasOwnProperty.call(m, "nonRetryable") && m.nonRetryable !== false)
                                w.uint32(/* id 1, wireType 0 =*/8).bool(m.nonRetryable);
                            if (m.annotations != null && m.annotations.length) {
                                for (var i = 0; i < m.annotations.length; ++i)
                                    $root.google.protobuf.Any.encode(m.annotations[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                            }
                            if (m.response != null && $Object.hasOwnProperty.call(m, "response"))
                                $root.google.protobuf.Any.encode(m.response, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                                for (var i = 0; i < m.$unknowns.length; ++i)
                                    w.raw(m.$unknowns[i]);
                            return w;
                        };

                        /**
                         * Decodes an Error message from the specified reader or buffer.
                         * @function decode
                         * @memberof c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                         * @param {number} [l] Message length if known beforehand
                         * @returns {c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error & c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error.$Shape} Error
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        Error.decode = function (r, l, z, q, g) {
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
                            m = g || new $root.c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error();
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
                                            m.nonRetryable = v;
                                        else
                                            delete m.nonRetryable;
                                        continue;
                                    }
                                case 2: {
                                        if (u !== 2)
                                            break;
                                        if (!(m.annotations && m.annotations.length))
                                            m.annotations = [];
                                        m.annotations.push($root.google.protobuf.Any.decode(r, r.size(), $undefined, q + 1));
                                        continue;
                                    }
                                case 3: {
                                        if (u !== 2)
                                            break;
                                        m.response = $root.google.protobuf.Any.decode(r, r.size(), $undefined, q + 1, m.response);
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
                         * Creates an Error message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error
                         * @static
                         * @param {Object.<string,*>} d Plain object
                         * @returns {c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error} Error
                         */
                        Error.fromObject = function (d, q) {
                            if (d instanceof $root.c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error)
                                return d;
                            if (!$util.isObject(d))
                                throw $TypeError(".c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error: object expected");
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            var m = new $root.c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error();
                            if (d.nonRetryable != null) {
                                if (d.nonRetryable) {
                                    m.nonRetryable = $Boolean(d.nonRetryable);
                                }
                            }
                            if (d.annotations) {
                                if (!$Array.isArray(d.annotations))
                                    throw $TypeError(".c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error.annotations: array expected");
                                m.annotations = $Array(d.annotations.length);
                                for (var i = 0; i < d.annotations.length; ++i) {
                                    if (!$util.isObject(d.annotations[i]))
                                        throw $TypeError(".c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error.annotations: object expected");
                                    m.annotations[i] = $root.google.protobuf.Any.fromObject(d.annotations[i], q + 1);
                                }
                            }
                            if (d.response != null) {
                                if (!$util.isObject(d.response))
                                    throw $TypeError(".c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error.response: object expected");
                                m.response = $root.google.protobuf.Any.fromObject(d.response, q + 1);
                            }
                            return m;
                        };

                        /**
                         * Creates a plain object from an Error message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error
                         * @static
                         * @param {c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error} m Error
                         * @param {$protobuf.IConversionOptions} [o] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        Error.toObject = function (m, o, q) {
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
                                d.nonRetryable = false;
                                d.response = null;
                            }
                            if (m.nonRetryable != null && $Object.hasOwnProperty.call(m, "nonRetryable")) {
                                d.nonRetryable = m.nonRetryable;
                            }
                            if (m.annotations && m.annotations.length) {
                                d.annotations = $Array(m.annotations.length);
                                for (var j = 0; j < m.annotations.length; ++j) {
                                    d.annotations[j] = $root.google.protobuf.Any.toObject(m.annotations[j], o, q + 1);
                                }
                            }
                            if (m.response != null && $Object.hasOwnProperty.call(m, "response")) {
                                d.response = $root.google.protobuf.Any.toObject(m.response, o, q + 1);
                            }
                            return d;
                        };

                        /**
                         * Converts this Error to JSON.
                         * @function toJSON
                         * @memberof c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        Error.prototype.toJSON = function() {
                            return Error.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for Error
                         * @function getTypeUrl
                         * @memberof c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        Error.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error";
                        };

                        return Error;
                    })();

                    BatonServiceFinishTaskRequest.Success = (function() {

                        /**
                         * Properties of a Success.
                         * @typedef {Object} c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success.$Properties
                         * @property {Array.<google.protobuf.Any.$Properties>|null} [annotations] Success annotations
                         * @property {google.protobuf.Any.$Properties|null} [response] Success response
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of a Success.
                         * @memberof c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest
                         * @interface ISuccess
                         * @augments c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success.$Properties
                         * @deprecated Use c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success.$Properties instead.
                         */

                        /**
                         * Shape of a Success.
                         * @typedef {c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success.$Properties} c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success.$Shape
                         */

                        /**
                         * Constructs a new Success.
                         * @memberof c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest
                         * @classdesc Represents a Success.
                         * @constructor
                         * @param {c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success.$Properties=} [p] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const Success = function (p) {
                            this.annotations = [];
                            if (p)
                                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                                        this[ks[i]] = p[ks[i]];
                        };

                        /**
                         * Success annotations.
                         * @member {Array.<google.protobuf.Any.$Properties>} annotations
                         * @memberof c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success
                         * @instance
                         */
                        Success.prototype.annotations = $util.emptyArray;

                        /**
                         * Success response.
                         * @member {google.protobuf.Any.$Properties|null|undefined} response
                         * @memberof c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success
                         * @instance
                         */
                        Success.prototype.response = null;

                        /**
                         * Creates a new Success instance using the specified properties.
                         * @function create
                         * @memberof c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success
                         * @static
                         * @param {c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success.$Properties=} [properties] Properties to set
                         * @returns {c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success} Success instance
                         * @type {{
                         *   (properties: c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success.$Shape): c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success & c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success.$Shape;
                         *   (properties?: c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success.$Properties): c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success;
                         * }}
                         */
                        Success.create = function(properties) {
                            return new Success(properties);
                        };

                        /**
                         * Encodes the specified Success message. Does not implicitly {@link c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success.verify|verify} messages.
                         * @function encode
                         * @memberof c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success
                         * @static
                         * @param {c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success.$Properties} m Success message or plain object to encode
                         * @param {$protobuf.Writer} [w] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        Success.encode = function (m, w, q) {
                            if (!w)
                                w = $Writer.create();
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (m.annotations != null && m.annotations.length) {
                                for (var i = 0; i < m.annotations.length; ++i)
                                    $root.google.protobuf.Any.encode(m.annotations[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                            }
                            if (m.response != null && $Object.hasOwnProperty.call(m, "response"))
                                $root.google.protobuf.Any.encode(m.response, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                                for (var i = 0; i < m.$unknowns.length; ++i)
                                    w.raw(m.$unknowns[i]);
                            return w;
                        };

                        /**
                         * Decodes a Success message from the specified reader or buffer.
                         * @function decode
                         * @memberof c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                         * @param {number} [l] Message length if known beforehand
                         * @returns {c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success & c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success.$Shape} Success
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        Success.decode = function (r, l, z, q, g) {
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
                            m = g || new $root.c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success();
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
                                        if (!(m.annotations && m.annotations.length))
                                            m.annotations = [];
                                        m.annotations.push($root.google.protobuf.Any.decode(r, r.size(), $undefined, q + 1));
                                        continue;
                                    }
                                case 2: {
                                        if (u !== 2)
                                            break;
                                        m.response = $root.google.protobuf.Any.decode(r, r.size(), $undefined, q + 1, m.response);
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
                         * Creates a Success message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success
                         * @static
                         * @param {Object.<string,*>} d Plain object
                         * @returns {c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success} Success
                         */
                        Success.fromObject = function (d, q) {
                            if (d instanceof $root.c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success)
                                return d;
                            if (!$util.isObject(d))
                                throw $TypeError(".c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success: object expected");
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            var m = new $root.c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success();
                            if (d.annotations) {
                                if (!$Array.isArray(d.annotations))
                                    throw $TypeError(".c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success.annotations: array expected");
                                m.annotations = $Array(d.annotations.length);
                                for (var i = 0; i < d.annotations.length; ++i) {
                                    if (!$util.isObject(d.annotations[i]))
                                        throw $TypeError(".c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success.annotations: object expected");
                                    m.annotations[i] = $root.google.protobuf.Any.fromObject(d.annotations[i], q + 1);
                                }
                            }
                            if (d.response != null) {
                                if (!$util.isObject(d.response))
                                    throw $TypeError(".c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success.response: object expected");
                                m.response = $root.google.protobuf.Any.fromObject(d.response, q + 1);
                            }
                            return m;
                        };

                        /**
                         * Creates a plain object from a Success message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success
                         * @static
                         * @param {c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success} m Success
                         * @param {$protobuf.IConversionOptions} [o] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        Success.toObject = function (m, o, q) {
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
                                d.response = null;
                            }
                            if (m.annotations && m.annotations.length) {
                                d.annotations = $Array(m.annotations.length);
                                for (var j = 0; j < m.annotations.length; ++j) {
                                    d.annotations[j] = $root.google.protobuf.Any.toObject(m.annotations[j], o, q + 1);
                                }
                            }
                            if (m.response != null && $Object.hasOwnProperty.call(m, "response")) {
                                d.response = $root.google.protobuf.Any.toObject(m.response, o, q + 1);
                            }
                            return d;
                        };

                        /**
                         * Converts this Success to JSON.
                         * @function toJSON
                         * @memberof c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        Success.prototype.toJSON = function() {
                            return Success.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for Success
                         * @function getTypeUrl
                         * @memberof c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        Success.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success";
                        };

                        return Success;
                    })();

                    return BatonServiceFinishTaskRequest;
                })();

                v1.BatonServiceFinishTaskResponse = (function() {

                    /**
                     * Properties of a BatonServiceFinishTaskResponse.
                     * @typedef {Object} c1.connectorapi.baton.v1.BatonServiceFinishTaskResponse.$Properties
                     * @property {Array.<google.protobuf.Any.$Properties>|null} [annotations] BatonServiceFinishTaskResponse annotations
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a BatonServiceFinishTaskResponse.
                     * @memberof c1.connectorapi.baton.v1
                     * @interface IBatonServiceFinishTaskResponse
                     * @augments c1.connectorapi.baton.v1.BatonServiceFinishTaskResponse.$Properties
                     * @deprecated Use c1.connectorapi.baton.v1.BatonServiceFinishTaskResponse.$Properties instead.
                     */

                    /**
                     * Shape of a BatonServiceFinishTaskResponse.
                     * @typedef {c1.connectorapi.baton.v1.BatonServiceFinishTaskResponse.$Properties} c1.connectorapi.baton.v1.BatonServiceFinishTaskResponse.$Shape
                     */

                    /**
                     * Constructs a new BatonServiceFinishTaskResponse.
                     * @memberof c1.connectorapi.baton.v1
                     * @classdesc Represents a BatonServiceFinishTaskResponse.
                     * @constructor
                     * @param {c1.connectorapi.baton.v1.BatonServiceFinishTaskResponse.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const BatonServiceFinishTaskResponse = function (p) {
                        this.annotations = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * BatonServiceFinishTaskResponse annotations.
                     * @member {Array.<google.protobuf.Any.$Properties>} annotations
                     * @memberof c1.connectorapi.baton.v1.BatonServiceFinishTaskResponse
                     * @instance
                     */
                    BatonServiceFinishTaskResponse.prototype.annotations = $util.emptyArray;

                    /**
                     * Creates a new BatonServiceFinishTaskResponse instance using the specified properties.
                     * @function create
                     * @memberof c1.connectorapi.baton.v1.BatonServiceFinishTaskResponse
                     * @static
                     * @param {c1.connectorapi.baton.v1.BatonServiceFinishTaskResponse.$Properties=} [properties] Properties to set
                     * @returns {c1.connectorapi.baton.v1.BatonServiceFinishTaskResponse} BatonServiceFinishTaskResponse instance
                     * @type {{
                     *   (properties: c1.connectorapi.baton.v1.BatonServiceFinishTaskResponse.$Shape): c1.connectorapi.baton.v1.BatonServiceFinishTaskResponse & c1.connectorapi.baton.v1.BatonServiceFinishTaskResponse.$Shape;
                     *   (properties?: c1.connectorapi.baton.v1.BatonServiceFinishTaskResponse.$Properties): c1.connectorapi.baton.v1.BatonServiceFinishTaskResponse;
                     * }}
                     */
                    BatonServiceFinishTaskResponse.create = function(properties) {
                        return new BatonServiceFinishTaskResponse(properties);
                    };

                    /**
                     * Encodes the specified BatonServiceFinishTaskResponse message. Does not implicitly {@link c1.connectorapi.baton.v1.BatonServiceFinishTaskResponse.verify|verify} messages.
                     * @function encode
                     * @memberof c1.connectorapi.baton.v1.BatonServiceFinishTaskResponse
                     * @static
                     * @param {c1.connectorapi.baton.v1.BatonServiceFinishTaskResponse.$Properties} m BatonServiceFinishTaskResponse message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    BatonServiceFinishTaskResponse.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.annotations != null && m.annotations.length) {
                            for (var i = 0; i < m.annotations.length; ++i)
                                $root.google.protobuf.Any.encode(m.annotations[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        }
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Decodes a BatonServiceFinishTaskResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof c1.connectorapi.baton.v1.BatonServiceFinishTaskResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {c1.connectorapi.baton.v1.BatonServiceFinishTaskResponse & c1.connectorapi.baton.v1.BatonServiceFinishTaskResponse.$Shape} BatonServiceFinishTaskResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    BatonServiceFinishTaskResponse.decode = function (r, l, z, q, g) {
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
                        m = g || new $root.c1.connectorapi.baton.v1.BatonServiceFinishTaskResponse();
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
                     * Creates a BatonServiceFinishTaskResponse message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof c1.connectorapi.baton.v1.BatonServiceFinishTaskResponse
                     * @static
                     * @param {Object.<string,*>} d Plain object
                     * @returns {c1.connectorapi.baton.v1.BatonServiceFinishTaskResponse} BatonServiceFinishTaskResponse
                     */
                    BatonServiceFinishTaskResponse.fromObject = function (d, q) {
                        if (d instanceof $root.c1.connectorapi.baton.v1.BatonServiceFinishTaskResponse)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".c1.connectorapi.baton.v1.BatonServiceFinishTaskResponse: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.c1.connectorapi.baton.v1.BatonServiceFinishTaskResponse();
                        if (d.annotations) {
                            if (!$Array.isArray(d.annotations))
                                throw $TypeError(".c1.connectorapi.baton.v1.BatonServiceFinishTaskResponse.annotations: array expected");
                            m.annotations = $Array(d.annotations.length);
                            for (var i = 0; i < d.annotations.length; ++i) {
                                if (!$util.isObject(d.annotations[i]))
                                    throw $TypeError(".c1.connectorapi.baton.v1.BatonServiceFinishTaskResponse.annotations: object expected");
                                m.annotations[i] = $root.google.protobuf.Any.fromObject(d.annotations[i], q + 1);
                            }
                        }
                        return m;
                    };

                    /**
                     * Creates a plain object from a BatonServiceFinishTaskResponse message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof c1.connectorapi.baton.v1.BatonServiceFinishTaskResponse
                     * @static
                     * @param {c1.connectorapi.baton.v1.BatonServiceFinishTaskResponse} m BatonServiceFinishTaskResponse
                     * @param {$protobuf.IConversionOptions} [o] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    BatonServiceFinishTaskResponse.toObject = function (m, o, q) {
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
                        if (m.annotations && m.annotations.length) {
                            d.annotations = $Array(m.annotations.length);
                            for (var j = 0; j < m.annotations.length; ++j) {
                                d.annotations[j] = $root.google.protobuf.Any.toObject(m.annotations[j], o, q + 1);
                            }
                        }
                        return d;
                    };

                    /**
                     * Converts this BatonServiceFinishTaskResponse to JSON.
                     * @function toJSON
                     * @memberof c1.connectorapi.baton.v1.BatonServiceFinishTaskResponse
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    BatonServiceFinishTaskResponse.prototype.toJSON = function() {
                        return BatonServiceFinishTaskResponse.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for BatonServiceFinishTaskResponse
                     * @function getTypeUrl
                     * @memberof c1.connectorapi.baton.v1.BatonServiceFinishTaskResponse
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    BatonServiceFinishTaskResponse.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/c1.connectorapi.baton.v1.BatonServiceFinishTaskResponse";
                    };

                    return BatonServiceFinishTaskResponse;
                })();

                return v1;
            })();

            return baton;
        })();

        return connectorapi;
    })();

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

            /**
             * Capability enum.
             * @name c1.connector.v2.Capability
             * @enum {number}
             * @property {number} CAPABILITY_UNSPECIFIED=0 CAPABILITY_UNSPECIFIED value
             * @property {number} CAPABILITY_PROVISION=1 CAPABILITY_PROVISION value
             * @property {number} CAPABILITY_SYNC=2 CAPABILITY_SYNC value
             */
            v2.Capability = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "CAPABILITY_UNSPECIFIED"] = 0;
                values[valuesById[1] = "CAPABILITY_PROVISION"] = 1;
                values[valuesById[2] = "CAPABILITY_SYNC"] = 2;
                return values;
            })();

            v2.ResourceTypeCapability = (function() {

                /**
                 * Properties of a ResourceTypeCapability.
                 * @typedef {Object} c1.connector.v2.ResourceTypeCapability.$Properties
                 * @property {c1.connector.v2.ResourceType.$Properties|null} [resourceType] ResourceTypeCapability resourceType
                 * @property {Array.<c1.connector.v2.Capability>|null} [capabilities] ResourceTypeCapability capabilities
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ResourceTypeCapability.
                 * @memberof c1.connector.v2
                 * @interface IResourceTypeCapability
                 * @augments c1.connector.v2.ResourceTypeCapability.$Properties
                 * @deprecated Use c1.connector.v2.ResourceTypeCapability.$Properties instead.
                 */

                /**
                 * Shape of a ResourceTypeCapability.
                 * @typedef {c1.connector.v2.ResourceTypeCapability.$Properties} c1.connector.v2.ResourceTypeCapability.$Shape
                 */

                /**
                 * Constructs a new ResourceTypeCapability.
                 * @memberof c1.connector.v2
                 * @classdesc Represents a ResourceTypeCapability.
                 * @constructor
                 * @param {c1.connector.v2.ResourceTypeCapability.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ResourceTypeCapability = function (p) {
                    this.capabilities = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * ResourceTypeCapability resourceType.
                 * @member {c1.connector.v2.ResourceType.$Properties|null|undefined} resourceType
                 * @memberof c1.connector.v2.ResourceTypeCapability
                 * @instance
                 */
                ResourceTypeCapability.prototype.resourceType = null;

                /**
                 * ResourceTypeCapability capabilities.
                 * @member {Array.<c1.connector.v2.Capability>} capabilities
                 * @memberof c1.connector.v2.ResourceTypeCapability
                 * @instance
                 */
                ResourceTypeCapability.prototype.capabilities = $util.emptyArray;

                /**
                 * Creates a new ResourceTypeCapability instance using the specified properties.
                 * @function create
                 * @memberof c1.connector.v2.ResourceTypeCapability
                 * @static
                 * @param {c1.connector.v2.ResourceTypeCapability.$Properties=} [properties] Properties to set
                 * @returns {c1.connector.v2.ResourceTypeCapability} ResourceTypeCapability instance
                 * @type {{
                 *   (properties: c1.connector.v2.ResourceTypeCapability.$Shape): c1.connector.v2.ResourceTypeCapability & c1.connector.v2.ResourceTypeCapability.$Shape;
                 *   (properties?: c1.connector.v2.ResourceTypeCapability.$Properties): c1.connector.v2.ResourceTypeCapability;
                 * }}
                 */
                ResourceTypeCapability.create = function(properties) {
                    return new ResourceTypeCapability(properties);
                };

                /**
                 * Encodes the specified ResourceTypeCapability message. Does not implicitly {@link c1.connector.v2.ResourceTypeCapability.verify|verify} messages.
                 * @function encode
                 * @memberof c1.connector.v2.ResourceTypeCapability
                 * @static
                 * @param {c1.connector.v2.ResourceTypeCapability.$Properties} m ResourceTypeCapability message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ResourceTypeCapability.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.resourceType != null && $Object.hasOwnProperty.call(m, "resourceType"))
                        $root.c1.connector.v2.ResourceType.encode(m.resourceType, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (m.capabilities != null && m.capabilities.length) {
                        w.uint32(/* id 2, wireType 2 =*/18).int32s(m.capabilities);
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a ResourceTypeCapability message from the specified reader or buffer.
                 * @function decode
                 * @memberof c1.connector.v2.ResourceTypeCapability
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {c1.connector.v2.ResourceTypeCapability & c1.connector.v2.ResourceTypeCapability.$Shape} ResourceTypeCapability
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ResourceTypeCapability.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.c1.connector.v2.ResourceTypeCapability();
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
                                m.resourceType = $root.c1.connector.v2.ResourceType.decode(r, r.size(), $undefined, q + 1, m.resourceType);
                                continue;
                            }
                        case 2: {
                                if (u === 2) {
                                    if (!(m.capabilities && m.capabilities.length))
                                        m.capabilities = [];
                                    r.int32s(m.capabilities);
                                    continue;
                                }
                                if (u !== 0)
                                    break;
                                if (!(m.capabilities && m.capabilities.length))
                                    m.capabilities = [];
                                m.capabilities.push(r.int32());
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
                 * Creates a ResourceTypeCapability message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof c1.connector.v2.ResourceTypeCapability
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {c1.connector.v2.ResourceTypeCapability} ResourceTypeCapability
                 */
                ResourceTypeCapability.fromObject = function (d, q) {
                    if (d instanceof $root.c1.connector.v2.ResourceTypeCapability)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".c1.connector.v2.ResourceTypeCapability: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.c1.connector.v2.ResourceTypeCapability();
                    if (d.resourceType != null) {
                        if (!$util.isObject(d.resourceType))
                            throw $TypeError(".c1.connector.v2.ResourceTypeCapability.resourceType: object expected");
                        m.resourceType = $root.c1.connector.v2.ResourceType.fromObject(d.resourceType, q + 1);
                    }
                    if (d.capabilities) {
                        if (!$Array.isArray(d.capabilities))
                            throw $TypeError(".c1.connector.v2.ResourceTypeCapability.capabilities: array expected");
                        m.capabilities = [];
                        for (var i = 0; i < d.capabilities.length; ++i) {
                            switch (d.capabilities[i]) {
                            case "CAPABILITY_UNSPECIFIED":
                            case 0:
                                m.capabilities[m.capabilities.length] = 0;
                                break;
                            case "CAPABILITY_PROVISION":
                            case 1:
                                m.capabilities[m.capabilities.length] = 1;
                                break;
                            case "CAPABILITY_SYNC":
                            case 2:
                                m.capabilities[m.capabilities.length] = 2;
                                break;
                            default:
                                if (typeof d.capabilities[i] === "number" && (d.capabilities[i] | 0) === d.capabilities[i])
                                    m.capabilities[m.capabilities.length] = d.capabilities[i];
                            }
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a ResourceTypeCapability message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof c1.connector.v2.ResourceTypeCapability
                 * @static
                 * @param {c1.connector.v2.ResourceTypeCapability} m ResourceTypeCapability
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ResourceTypeCapability.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.capabilities = [];
                    }
                    if (o.defaults) {
                        d.resourceType = null;
                    }
                    if (m.resourceType != null && $Object.hasOwnProperty.call(m, "resourceType")) {
                        d.resourceType = $root.c1.connector.v2.ResourceType.toObject(m.resourceType, o, q + 1);
                    }
                    if (m.capabilities && m.capabilities.length) {
                        d.capabilities = $Array(m.capabilities.length);
                        for (var j = 0; j < m.capabilities.length; ++j) {
                            d.capabilities[j] = o.enums === $String ? $root.c1.connector.v2.Capability[m.capabilities[j]] === $undefined ? m.capabilities[j] : $root.c1.connector.v2.Capability[m.capabilities[j]] : m.capabilities[j];
                        }
                    }
                    return d;
                };

                /**
                 * Converts this ResourceTypeCapability to JSON.
                 * @function toJSON
                 * @memberof c1.connector.v2.ResourceTypeCapability
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ResourceTypeCapability.prototype.toJSON = function() {
                    return ResourceTypeCapability.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ResourceTypeCapability
                 * @function getTypeUrl
                 * @memberof c1.connector.v2.ResourceTypeCapability
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ResourceTypeCapability.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/c1.connector.v2.ResourceTypeCapability";
                };

                return ResourceTypeCapability;
            })();

            v2.ConnectorCapabilities = (function() {

                /**
                 * Properties of a ConnectorCapabilities.
                 * @typedef {Object} c1.connector.v2.ConnectorCapabilities.$Properties
                 * @property {Array.<c1.connector.v2.ResourceTypeCapability.$Properties>|null} [resourceTypeCapabilities] ConnectorCapabilities resourceTypeCapabilities
                 * @property {Array.<c1.connector.v2.Capability>|null} [connectorCapabilities] ConnectorCapabilities connectorCapabilities
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ConnectorCapabilities.
                 * @memberof c1.connector.v2
                 * @interface IConnectorCapabilities
                 * @augments c1.connector.v2.ConnectorCapabilities.$Properties
                 * @deprecated Use c1.connector.v2.ConnectorCapabilities.$Properties instead.
                 */

                /**
                 * Shape of a ConnectorCapabilities.
                 * @typedef {c1.connector.v2.ConnectorCapabilities.$Properties} c1.connector.v2.ConnectorCapabilities.$Shape
                 */

                /**
                 * Constructs a new ConnectorCapabilities.
                 * @memberof c1.connector.v2
                 * @classdesc Represents a ConnectorCapabilities.
                 * @constructor
                 * @param {c1.connector.v2.ConnectorCapabilities.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ConnectorCapabilities = function (p) {
                    this.resourceTypeCapabilities = [];
                    this.connectorCapabilities = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * ConnectorCapabilities resourceTypeCapabilities.
                 * @member {Array.<c1.connector.v2.ResourceTypeCapability.$Properties>} resourceTypeCapabilities
                 * @memberof c1.connector.v2.ConnectorCapabilities
                 * @instance
                 */
                ConnectorCapabilities.prototype.resourceTypeCapabilities = $util.emptyArray;

                /**
                 * ConnectorCapabilities connectorCapabilities.
                 * @member {Array.<c1.connector.v2.Capability>} connectorCapabilities
                 * @memberof c1.connector.v2.ConnectorCapabilities
                 * @instance
                 */
                ConnectorCapabilities.prototype.connectorCapabilities = $util.emptyArray;

                /**
                 * Creates a new ConnectorCapabilities instance using the specified properties.
                 * @function create
                 * @memberof c1.connector.v2.ConnectorCapabilities
                 * @static
                 * @param {c1.connector.v2.ConnectorCapabilities.$Properties=} [properties] Properties to set
                 * @returns {c1.connector.v2.ConnectorCapabilities} ConnectorCapabilities instance
                 * @type {{
                 *   (properties: c1.connector.v2.ConnectorCapabilities.$Shape): c1.connector.v2.ConnectorCapabilities & c1.connector.v2.ConnectorCapabilities.$Shape;
                 *   (properties?: c1.connector.v2.ConnectorCapabilities.$Properties): c1.connector.v2.ConnectorCapabilities;
                 * }}
                 */
                ConnectorCapabilities.create = function(properties) {
                    return new ConnectorCapabilities(properties);
                };

                /**
                 * Encodes the specified ConnectorCapabilities message. Does not implicitly {@link c1.connector.v2.ConnectorCapabilities.verify|verify} messages.
                 * @function encode
                 * @memberof c1.connector.v2.ConnectorCapabilities
                 * @static
                 * @param {c1.connector.v2.ConnectorCapabilities.$Properties} m ConnectorCapabilities message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ConnectorCapabilities.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.resourceTypeCapabilities != null && m.resourceTypeCapabilities.length) {
                        for (var i = 0; i < m.resourceTypeCapabilities.length; ++i)
                            $root.c1.connector.v2.ResourceTypeCapability.encode(m.resourceTypeCapabilities[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    }
                    if (m.connectorCapabilities != null && m.connectorCapabilities.length) {
                        w.uint32(/* id 2, wireType 2 =*/18).int32s(m.connectorCapabilities);
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a ConnectorCapabilities message from the specified reader or buffer.
                 * @function decode
                 * @memberof c1.connector.v2.ConnectorCapabilities
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {c1.connector.v2.ConnectorCapabilities & c1.connector.v2.ConnectorCapabilities.$Shape} ConnectorCapabilities
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ConnectorCapabilities.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.c1.connector.v2.ConnectorCapabilities();
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
                                if (!(m.resourceTypeCapabilities && m.resourceTypeCapabilities.length))
                                    m.resourceTypeCapabilities = [];
                                m.resourceTypeCapabilities.push($root.c1.connector.v2.ResourceTypeCapability.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        case 2: {
                                if (u === 2) {
                                    if (!(m.connectorCapabilities && m.connectorCapabilities.length))
                                        m.connectorCapabilities = [];
                                    r.int32s(m.connectorCapabilities);
                                    continue;
                                }
                                if (u !== 0)
                                    break;
                                if (!(m.connectorCapabilities && m.connectorCapabilities.length))
                                    m.connectorCapabilities = [];
                                m.connectorCapabilities.push(r.int32());
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
                 * Creates a ConnectorCapabilities message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof c1.connector.v2.ConnectorCapabilities
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {c1.connector.v2.ConnectorCapabilities} ConnectorCapabilities
                 */
                ConnectorCapabilities.fromObject = function (d, q) {
                    if (d instanceof $root.c1.connector.v2.ConnectorCapabilities)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".c1.connector.v2.ConnectorCapabilities: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.c1.connector.v2.ConnectorCapabilities();
                    if (d.resourceTypeCapabilities) {
                        if (!$Array.isArray(d.resourceTypeCapabilities))
                            throw $TypeError(".c1.connector.v2.ConnectorCapabilities.resourceTypeCapabilities: array expected");
                        m.resourceTypeCapabilities = $Array(d.resourceTypeCapabilities.length);
                        for (var i = 0; i < d.resourceTypeCapabilities.length; ++i) {
                            if (!$util.isObject(d.resourceTypeCapabilities[i]))
                                throw $TypeError(".c1.connector.v2.ConnectorCapabilities.resourceTypeCapabilities: object expected");
                            m.resourceTypeCapabilities[i] = $root.c1.connector.v2.ResourceTypeCapability.fromObject(d.resourceTypeCapabilities[i], q + 1);
                        }
                    }
                    if (d.connectorCapabilities) {
                        if (!$Array.isArray(d.connectorCapabilities))
                            throw $TypeError(".c1.connector.v2.ConnectorCapabilities.connectorCapabilities: array expected");
                        m.connectorCapabilities = [];
                        for (var i = 0; i < d.connectorCapabilities.length; ++i) {
                            switch (d.connectorCapabilities[i]) {
                            case "CAPABILITY_UNSPECIFIED":
                            case 0:
                                m.connectorCapabilities[m.connectorCapabilities.length] = 0;
                                break;
                            case "CAPABILITY_PROVISION":
                            case 1:
                                m.connectorCapabilities[m.connectorCapabilities.length] = 1;
                                break;
                            case "CAPABILITY_SYNC":
                            case 2:
                                m.connectorCapabilities[m.connectorCapabilities.length] = 2;
                                break;
                            default:
                                if (typeof d.connectorCapabilities[i] === "number" && (d.connectorCapabilities[i] | 0) === d.connectorCapabilities[i])
                                    m.connectorCapabilities[m.connectorCapabilities.length] = d.connectorCapabilities[i];
                            }
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a ConnectorCapabilities message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof c1.connector.v2.ConnectorCapabilities
                 * @static
                 * @param {c1.connector.v2.ConnectorCapabilities} m ConnectorCapabilities
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ConnectorCapabilities.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.resourceTypeCapabilities = [];
                        d.connectorCapabilities = [];
                    }
                    if (m.resourceTypeCapabilities && m.resourceTypeCapabilities.length) {
                        d.resourceTypeCapabilities = $Array(m.resourceTypeCapabilities.length);
                        for (var j = 0; j < m.resourceTypeCapabilities.length; ++j) {
                            d.resourceTypeCapabilities[j] = $root.c1.connector.v2.ResourceTypeCapability.toObject(m.resourceTypeCapabilities[j], o, q + 1);
                        }
                    }
                    if (m.connectorCapabilities && m.connectorCapabilities.length) {
                        d.connectorCapabilities = $Array(m.connectorCapabilities.length);
                        for (var j = 0; j < m.connectorCapabilities.length; ++j) {
                            d.connectorCapabilities[j] = o.enums === $String ? $root.c1.connector.v2.Capability[m.connectorCapabilities[j]] === $undefined ? m.connectorCapabilities[j] : $root.c1.connector.v2.Capability[m.connectorCapabilities[j]] : m.connectorCapabilities[j];
                        }
                    }
                    return d;
                };

                /**
                 * Converts this ConnectorCapabilities to JSON.
                 * @function toJSON
                 * @memberof c1.connector.v2.ConnectorCapabilities
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ConnectorCapabilities.prototype.toJSON = function() {
                    return ConnectorCapabilities.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ConnectorCapabilities
                 * @function getTypeUrl
                 * @memberof c1.connector.v2.ConnectorCapabilities
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ConnectorCapabilities.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/c1.connector.v2.ConnectorCapabilities";
                };

                return ConnectorCapabilities;
            })();

            v2.ConnectorMetadata = (function() {

                /**
                 * Properties of a ConnectorMetadata.
                 * @typedef {Object} c1.connector.v2.ConnectorMetadata.$Properties
                 * @property {string|null} [displayName] ConnectorMetadata displayName
                 * @property {Array.<google.protobuf.Any.$Properties>|null} [annotations] ConnectorMetadata annotations
                 * @property {string|null} [description] ConnectorMetadata description
                 * @property {c1.connector.v2.ConnectorCapabilities.$Properties|null} [capabilities] ConnectorMetadata capabilities
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ConnectorMetadata.
                 * @memberof c1.connector.v2
                 * @interface IConnectorMetadata
                 * @augments c1.connector.v2.ConnectorMetadata.$Properties
                 * @deprecated Use c1.connector.v2.ConnectorMetadata.$Properties instead.
                 */

                /**
                 * Shape of a ConnectorMetadata.
                 * @typedef {c1.connector.v2.ConnectorMetadata.$Properties} c1.connector.v2.ConnectorMetadata.$Shape
                 */

                /**
                 * Constructs a new ConnectorMetadata.
                 * @memberof c1.connector.v2
                 * @classdesc Represents a ConnectorMetadata.
                 * @constructor
                 * @param {c1.connector.v2.ConnectorMetadata.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ConnectorMetadata = function (p) {
                    this.annotations = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * ConnectorMetadata displayName.
                 * @member {string} displayName
                 * @memberof c1.connector.v2.ConnectorMetadata
                 * @instance
                 */
                ConnectorMetadata.prototype.displayName = "";

                /**
                 * ConnectorMetadata annotations.
                 * @member {Array.<google.protobuf.Any.$Properties>} annotations
                 * @memberof c1.connector.v2.ConnectorMetadata
                 * @instance
                 */
                ConnectorMetadata.prototype.annotations = $util.emptyArray;

                /**
                 * ConnectorMetadata description.
                 * @member {string} description
                 * @memberof c1.connector.v2.ConnectorMetadata
                 * @instance
                 */
                ConnectorMetadata.prototype.description = "";

                /**
                 * ConnectorMetadata capabilities.
                 * @member {c1.connector.v2.ConnectorCapabilities.$Properties|null|undefined} capabilities
                 * @memberof c1.connector.v2.ConnectorMetadata
                 * @instance
                 */
                ConnectorMetadata.prototype.capabilities = null;

                /**
                 * Creates a new ConnectorMetadata instance using the specified properties.
                 * @function create
                 * @memberof c1.connector.v2.ConnectorMetadata
                 * @static
                 * @param {c1.connector.v2.ConnectorMetadata.$Properties=} [properties] Properties to set
                 * @returns {c1.connector.v2.ConnectorMetadata} ConnectorMetadata instance
                 * @type {{
                 *   (properties: c1.connector.v2.ConnectorMetadata.$Shape): c1.connector.v2.ConnectorMetadata & c1.connector.v2.ConnectorMetadata.$Shape;
                 *   (properties?: c1.connector.v2.ConnectorMetadata.$Properties): c1.connector.v2.ConnectorMetadata;
                 * }}
                 */
                ConnectorMetadata.create = function(properties) {
                    return new ConnectorMetadata(properties);
                };

                /**
                 * Encodes the specified ConnectorMetadata message. Does not implicitly {@link c1.connector.v2.ConnectorMetadata.verify|verify} messages.
                 * @function encode
                 * @memberof c1.connector.v2.ConnectorMetadata
                 * @static
                 * @param {c1.connector.v2.ConnectorMetadata.$Properties} m ConnectorMetadata message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ConnectorMetadata.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.displayName != null && $Object.hasOwnProperty.call(m, "displayName") && m.displayName !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.displayName);
                    if (m.annotations != null && m.annotations.length) {
                        for (var i = 0; i < m.annotations.length; ++i)
                            $root.google.protobuf.Any.encode(m.annotations[i], w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                    }
                    if (m.description != null && $Object.hasOwnProperty.call(m, "description") && m.description !== "")
                        w.uint32(/* id 7, wireType 2 =*/58).string(m.description);
                    if (m.capabilities != null && $Object.hasOwnProperty.call(m, "capabilities"))
                        $root.c1.connector.v2.ConnectorCapabilities.encode(m.capabilities, w.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a ConnectorMetadata message from the specified reader or buffer.
                 * @function decode
                 * @memberof c1.connector.v2.ConnectorMetadata
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {c1.connector.v2.ConnectorMetadata & c1.connector.v2.ConnectorMetadata.$Shape} ConnectorMetadata
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ConnectorMetadata.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.c1.connector.v2.ConnectorMetadata();
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
                                    m.displayName = v;
                                else
                                    delete m.displayName;
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
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.description = v;
                                else
                                    delete m.description;
                                continue;
                            }
                        case 8: {
                                if (u !== 2)
                                    break;
                                m.capabilities = $root.c1.connector.v2.ConnectorCapabilities.decode(r, r.size(), $undefined, q + 1, m.capabilities);
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
                 * Creates a ConnectorMetadata message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof c1.connector.v2.ConnectorMetadata
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {c1.connector.v2.ConnectorMetadata} ConnectorMetadata
                 */
                ConnectorMetadata.fromObject = function (d, q) {
                    if (d instanceof $root.c1.connector.v2.ConnectorMetadata)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".c1.connector.v2.ConnectorMetadata: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.c1.connector.v2.ConnectorMetadata();
                    if (d.displayName != null) {
                        if (typeof d.displayName !== "string" || d.displayName.length) {
                            m.displayName = $String(d.displayName);
                        }
                    }
                    if (d.annotations) {
                        if (!$Array.isArray(d.annotations))
                            throw $TypeError(".c1.connector.v2.ConnectorMetadata.annotations: array expected");
                        m.annotations = $Array(d.annotations.length);
                        for (var i = 0; i < d.annotations.length; ++i) {
                            if (!$util.isObject(d.annotations[i]))
                                throw $TypeError(".c1.connector.v2.ConnectorMetadata.annotations: object expected");
                            m.annotations[i] = $root.google.protobuf.Any.fromObject(d.annotations[i], q + 1);
                        }
                    }
                    if (d.description != null) {
                        if (typeof d.description !== "string" || d.description.length) {
                            m.description = $String(d.description);
                        }
                    }
                    if (d.capabilities != null) {
                        if (!$util.isObject(d.capabilities))
                            throw $TypeError(".c1.connector.v2.ConnectorMetadata.capabilities: object expected");
                        m.capabilities = $root.c1.connector.v2.ConnectorCapabilities.fromObject(d.capabilities, q + 1);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a ConnectorMetadata message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof c1.connector.v2.ConnectorMetadata
                 * @static
                 * @param {c1.connector.v2.ConnectorMetadata} m ConnectorMetadata
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ConnectorMetadata.toObject = function (m, o, q) {
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
                        d.displayName = "";
                        d.description = "";
                        d.capabilities = null;
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
                    if (m.capabilities != null && $Object.hasOwnProperty.call(m, "capabilities")) {
                        d.capabilities = $root.c1.connector.v2.ConnectorCapabilities.toObject(m.capabilities, o, q + 1);
                    }
                    return d;
                };

                /**
                 * Converts this ConnectorMetadata to JSON.
                 * @function toJSON
                 * @memberof c1.connector.v2.ConnectorMetadata
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ConnectorMetadata.prototype.toJSON = function() {
                    return ConnectorMetadata.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ConnectorMetadata
                 * @function getTypeUrl
                 * @memberof c1.connector.v2.ConnectorMetadata
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ConnectorMetadata.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/c1.connector.v2.ConnectorMetadata";
                };

                return ConnectorMetadata;
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

            v2.GrantManagerServiceGrantResponse = (function() {

                /**
                 * Properties of a GrantManagerServiceGrantResponse.
                 * @typedef {Object} c1.connector.v2.GrantManagerServiceGrantResponse.$Properties
                 * @property {Array.<google.protobuf.Any.$Properties>|null} [annotations] GrantManagerServiceGrantResponse annotations
                 * @property {Array.<c1.connector.v2.Grant.$Properties>|null} [grants] GrantManagerServiceGrantResponse grants
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a GrantManagerServiceGrantResponse.
                 * @memberof c1.connector.v2
                 * @interface IGrantManagerServiceGrantResponse
                 * @augments c1.connector.v2.GrantManagerServiceGrantResponse.$Properties
                 * @deprecated Use c1.connector.v2.GrantManagerServiceGrantResponse.$Properties instead.
                 */

                /**
                 * Shape of a GrantManagerServiceGrantResponse.
                 * @typedef {c1.connector.v2.GrantManagerServiceGrantResponse.$Properties} c1.connector.v2.GrantManagerServiceGrantResponse.$Shape
                 */

                /**
                 * Constructs a new GrantManagerServiceGrantResponse.
                 * @memberof c1.connector.v2
                 * @classdesc Represents a GrantManagerServiceGrantResponse.
                 * @constructor
                 * @param {c1.connector.v2.GrantManagerServiceGrantResponse.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const GrantManagerServiceGrantResponse = function (p) {
                    this.annotations = [];
                    this.grants = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * GrantManagerServiceGrantResponse annotations.
                 * @member {Array.<google.protobuf.Any.$Properties>} annotations
                 * @memberof c1.connector.v2.GrantManagerServiceGrantResponse
                 * @instance
                 */
                GrantManagerServiceGrantResponse.prototype.annotations = $util.emptyArray;

                /**
                 * GrantManagerServiceGrantResponse grants.
                 * @member {Array.<c1.connector.v2.Grant.$Properties>} grants
                 * @memberof c1.connector.v2.GrantManagerServiceGrantResponse
                 * @instance
                 */
                GrantManagerServiceGrantResponse.prototype.grants = $util.emptyArray;

                /**
                 * Creates a new GrantManagerServiceGrantResponse instance using the specified properties.
                 * @function create
                 * @memberof c1.connector.v2.GrantManagerServiceGrantResponse
                 * @static
                 * @param {c1.connector.v2.GrantManagerServiceGrantResponse.$Properties=} [properties] Properties to set
                 * @returns {c1.connector.v2.GrantManagerServiceGrantResponse} GrantManagerServiceGrantResponse instance
                 * @type {{
                 *   (properties: c1.connector.v2.GrantManagerServiceGrantResponse.$Shape): c1.connector.v2.GrantManagerServiceGrantResponse & c1.connector.v2.GrantManagerServiceGrantResponse.$Shape;
                 *   (properties?: c1.connector.v2.GrantManagerServiceGrantResponse.$Properties): c1.connector.v2.GrantManagerServiceGrantResponse;
                 * }}
                 */
                GrantManagerServiceGrantResponse.create = function(properties) {
                    return new GrantManagerServiceGrantResponse(properties);
                };

                /**
                 * Encodes the specified GrantManagerServiceGrantResponse message. Does not implicitly {@link c1.connector.v2.GrantManagerServiceGrantResponse.verify|verify} messages.
                 * @function encode
                 * @memberof c1.connector.v2.GrantManagerServiceGrantResponse
                 * @static
                 * @param {c1.connector.v2.GrantManagerServiceGrantResponse.$Properties} m GrantManagerServiceGrantResponse message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GrantManagerServiceGrantResponse.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.annotations != null && m.annotations.length) {
                        for (var i = 0; i < m.annotations.length; ++i)
                            $root.google.protobuf.Any.encode(m.annotations[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    }
                    if (m.grants != null && m.grants.length) {
                        for (var i = 0; i < m.grants.length; ++i)
                            $root.c1.connector.v2.Grant.encode(m.grants[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a GrantManagerServiceGrantResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof c1.connector.v2.GrantManagerServiceGrantResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {c1.connector.v2.GrantManagerServiceGrantResponse & c1.connector.v2.GrantManagerServiceGrantResponse.$Shape} GrantManagerServiceGrantResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GrantManagerServiceGrantResponse.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.c1.connector.v2.GrantManagerServiceGrantResponse();
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
                                if (!(m.annotations && m.annotations.length))
                                    m.annotations = [];
                                m.annotations.push($root.google.protobuf.Any.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if (!(m.grants && m.grants.length))
                                    m.grants = [];
                                m.grants.push($root.c1.connector.v2.Grant.decode(r, r.size(), $undefined, q + 1));
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
                 * Creates a GrantManagerServiceGrantResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof c1.connector.v2.GrantManagerServiceGrantResponse
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {c1.connector.v2.GrantManagerServiceGrantResponse} GrantManagerServiceGrantResponse
                 */
                GrantManagerServiceGrantResponse.fromObject = function (d, q) {
                    if (d instanceof $root.c1.connector.v2.GrantManagerServiceGrantResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".c1.connector.v2.GrantManagerServiceGrantResponse: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.c1.connector.v2.GrantManagerServiceGrantResponse();
                    if (d.annotations) {
                        if (!$Array.isArray(d.annotations))
                            throw $TypeError(".c1.connector.v2.GrantManagerServiceGrantResponse.annotations: array expected");
                        m.annotations = $Array(d.annotations.length);
                        for (var i = 0; i < d.annotations.length; ++i) {
                            if (!$util.isObject(d.annotations[i]))
                                throw $TypeError(".c1.connector.v2.GrantManagerServiceGrantResponse.annotations: object expected");
                            m.annotations[i] = $root.google.protobuf.Any.fromObject(d.annotations[i], q + 1);
                        }
                    }
                    if (d.grants) {
                        if (!$Array.isArray(d.grants))
                            throw $TypeError(".c1.connector.v2.GrantManagerServiceGrantResponse.grants: array expected");
                        m.grants = $Array(d.grants.length);
                        for (var i = 0; i < d.grants.length; ++i) {
                            if (!$util.isObject(d.grants[i]))
                                throw $TypeError(".c1.connector.v2.GrantManagerServiceGrantResponse.grants: object expected");
                            m.grants[i] = $root.c1.connector.v2.Grant.fromObject(d.grants[i], q + 1);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a GrantManagerServiceGrantResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof c1.connector.v2.GrantManagerServiceGrantResponse
                 * @static
                 * @param {c1.connector.v2.GrantManagerServiceGrantResponse} m GrantManagerServiceGrantResponse
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                GrantManagerServiceGrantResponse.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.annotations = [];
                        d.grants = [];
                    }
                    if (m.annotations && m.annotations.length) {
                        d.annotations = $Array(m.annotations.length);
                        for (var j = 0; j < m.annotations.length; ++j) {
                            d.annotations[j] = $root.google.protobuf.Any.toObject(m.annotations[j], o, q + 1);
                        }
                    }
                    if (m.grants && m.grants.length) {
                        d.grants = $Array(m.grants.length);
                        for (var j = 0; j < m.grants.length; ++j) {
                            d.grants[j] = $root.c1.connector.v2.Grant.toObject(m.grants[j], o, q + 1);
                        }
                    }
                    return d;
                };

                /**
                 * Converts this GrantManagerServiceGrantResponse to JSON.
                 * @function toJSON
                 * @memberof c1.connector.v2.GrantManagerServiceGrantResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                GrantManagerServiceGrantResponse.prototype.toJSON = function() {
                    return GrantManagerServiceGrantResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for GrantManagerServiceGrantResponse
                 * @function getTypeUrl
                 * @memberof c1.connector.v2.GrantManagerServiceGrantResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                GrantManagerServiceGrantResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/c1.connector.v2.GrantManagerServiceGrantResponse";
                };

                return GrantManagerServiceGrantResponse;
            })();

            v2.GrantManagerServiceRevokeResponse = (function() {

                /**
                 * Properties of a GrantManagerServiceRevokeResponse.
                 * @typedef {Object} c1.connector.v2.GrantManagerServiceRevokeResponse.$Properties
                 * @property {Array.<google.protobuf.Any.$Properties>|null} [annotations] GrantManagerServiceRevokeResponse annotations
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a GrantManagerServiceRevokeResponse.
                 * @memberof c1.connector.v2
                 * @interface IGrantManagerServiceRevokeResponse
                 * @augments c1.connector.v2.GrantManagerServiceRevokeResponse.$Properties
                 * @deprecated Use c1.connector.v2.GrantManagerServiceRevokeResponse.$Properties instead.
                 */

                /**
                 * Shape of a GrantManagerServiceRevokeResponse.
                 * @typedef {c1.connector.v2.GrantManagerServiceRevokeResponse.$Properties} c1.connector.v2.GrantManagerServiceRevokeResponse.$Shape
                 */

                /**
                 * Constructs a new GrantManagerServiceRevokeResponse.
                 * @memberof c1.connector.v2
                 * @classdesc Represents a GrantManagerServiceRevokeResponse.
                 * @constructor
                 * @param {c1.connector.v2.GrantManagerServiceRevokeResponse.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const GrantManagerServiceRevokeResponse = function (p) {
                    this.annotations = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * GrantManagerServiceRevokeResponse annotations.
                 * @member {Array.<google.protobuf.Any.$Properties>} annotations
                 * @memberof c1.connector.v2.GrantManagerServiceRevokeResponse
                 * @instance
                 */
                GrantManagerServiceRevokeResponse.prototype.annotations = $util.emptyArray;

                /**
                 * Creates a new GrantManagerServiceRevokeResponse instance using the specified properties.
                 * @function create
                 * @memberof c1.connector.v2.GrantManagerServiceRevokeResponse
                 * @static
                 * @param {c1.connector.v2.GrantManagerServiceRevokeResponse.$Properties=} [properties] Properties to set
                 * @returns {c1.connector.v2.GrantManagerServiceRevokeResponse} GrantManagerServiceRevokeResponse instance
                 * @type {{
                 *   (properties: c1.connector.v2.GrantManagerServiceRevokeResponse.$Shape): c1.connector.v2.GrantManagerServiceRevokeResponse & c1.connector.v2.GrantManagerServiceRevokeResponse.$Shape;
                 *   (properties?: c1.connector.v2.GrantManagerServiceRevokeResponse.$Properties): c1.connector.v2.GrantManagerServiceRevokeResponse;
                 * }}
                 */
                GrantManagerServiceRevokeResponse.create = function(properties) {
                    return new GrantManagerServiceRevokeResponse(properties);
                };

                /**
                 * Encodes the specified GrantManagerServiceRevokeResponse message. Does not implicitly {@link c1.connector.v2.GrantManagerServiceRevokeResponse.verify|verify} messages.
                 * @function encode
                 * @memberof c1.connector.v2.GrantManagerServiceRevokeResponse
                 * @static
                 * @param {c1.connector.v2.GrantManagerServiceRevokeResponse.$Properties} m GrantManagerServiceRevokeResponse message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GrantManagerServiceRevokeResponse.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.annotations != null && m.annotations.length) {
                        for (var i = 0; i < m.annotations.length; ++i)
                            $root.google.protobuf.Any.encode(m.annotations[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a GrantManagerServiceRevokeResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof c1.connector.v2.GrantManagerServiceRevokeResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {c1.connector.v2.GrantManagerServiceRevokeResponse & c1.connector.v2.GrantManagerServiceRevokeResponse.$Shape} GrantManagerServiceRevokeResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GrantManagerServiceRevokeResponse.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.c1.connector.v2.GrantManagerServiceRevokeResponse();
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
                 * Creates a GrantManagerServiceRevokeResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof c1.connector.v2.GrantManagerServiceRevokeResponse
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {c1.connector.v2.GrantManagerServiceRevokeResponse} GrantManagerServiceRevokeResponse
                 */
                GrantManagerServiceRevokeResponse.fromObject = function (d, q) {
                    if (d instanceof $root.c1.connector.v2.GrantManagerServiceRevokeResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".c1.connector.v2.GrantManagerServiceRevokeResponse: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.c1.connector.v2.GrantManagerServiceRevokeResponse();
                    if (d.annotations) {
                        if (!$Array.isArray(d.annotations))
                            throw $TypeError(".c1.connector.v2.GrantManagerServiceRevokeResponse.annotations: array expected");
                        m.annotations = $Array(d.annotations.length);
                        for (var i = 0; i < d.annotations.length; ++i) {
                            if (!$util.isObject(d.annotations[i]))
                                throw $TypeError(".c1.connector.v2.GrantManagerServiceRevokeResponse.annotations: object expected");
                            m.annotations[i] = $root.google.protobuf.Any.fromObject(d.annotations[i], q + 1);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a GrantManagerServiceRevokeResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof c1.connector.v2.GrantManagerServiceRevokeResponse
                 * @static
                 * @param {c1.connector.v2.GrantManagerServiceRevokeResponse} m GrantManagerServiceRevokeResponse
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                GrantManagerServiceRevokeResponse.toObject = function (m, o, q) {
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
                    if (m.annotations && m.annotations.length) {
                        d.annotations = $Array(m.annotations.length);
                        for (var j = 0; j < m.annotations.length; ++j) {
                            d.annotations[j] = $root.google.protobuf.Any.toObject(m.annotations[j], o, q + 1);
                        }
                    }
                    return d;
                };

                /**
                 * Converts this GrantManagerServiceRevokeResponse to JSON.
                 * @function toJSON
                 * @memberof c1.connector.v2.GrantManagerServiceRevokeResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                GrantManagerServiceRevokeResponse.prototype.toJSON = function() {
                    return GrantManagerServiceRevokeResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for GrantManagerServiceRevokeResponse
                 * @function getTypeUrl
                 * @memberof c1.connector.v2.GrantManagerServiceRevokeResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                GrantManagerServiceRevokeResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/c1.connector.v2.GrantManagerServiceRevokeResponse";
                };

                return GrantManagerServiceRevokeResponse;
            })();

            v2.ListEventFeedsResponse = (function() {

                /**
                 * Properties of a ListEventFeedsResponse.
                 * @typedef {Object} c1.connector.v2.ListEventFeedsResponse.$Properties
                 * @property {Array.<google.protobuf.Any.$Properties>|null} [annotations] ListEventFeedsResponse annotations
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ListEventFeedsResponse.
                 * @memberof c1.connector.v2
                 * @interface IListEventFeedsResponse
                 * @augments c1.connector.v2.ListEventFeedsResponse.$Properties
                 * @deprecated Use c1.connector.v2.ListEventFeedsResponse.$Properties instead.
                 */

                /**
                 * Shape of a ListEventFeedsResponse.
                 * @typedef {c1.connector.v2.ListEventFeedsResponse.$Properties} c1.connector.v2.ListEventFeedsResponse.$Shape
                 */

                /**
                 * Constructs a new ListEventFeedsResponse.
                 * @memberof c1.connector.v2
                 * @classdesc Represents a ListEventFeedsResponse.
                 * @constructor
                 * @param {c1.connector.v2.ListEventFeedsResponse.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ListEventFeedsResponse = function (p) {
                    this.annotations = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * ListEventFeedsResponse annotations.
                 * @member {Array.<google.protobuf.Any.$Properties>} annotations
                 * @memberof c1.connector.v2.ListEventFeedsResponse
                 * @instance
                 */
                ListEventFeedsResponse.prototype.annotations = $util.emptyArray;

                /**
                 * Creates a new ListEventFeedsResponse instance using the specified properties.
                 * @function create
                 * @memberof c1.connector.v2.ListEventFeedsResponse
                 * @static
                 * @param {c1.connector.v2.ListEventFeedsResponse.$Properties=} [properties] Properties to set
                 * @returns {c1.connector.v2.ListEventFeedsResponse} ListEventFeedsResponse instance
                 * @type {{
                 *   (properties: c1.connector.v2.ListEventFeedsResponse.$Shape): c1.connector.v2.ListEventFeedsResponse & c1.connector.v2.ListEventFeedsResponse.$Shape;
                 *   (properties?: c1.connector.v2.ListEventFeedsResponse.$Properties): c1.connector.v2.ListEventFeedsResponse;
                 * }}
                 */
                ListEventFeedsResponse.create = function(properties) {
                    return new ListEventFeedsResponse(properties);
                };

                /**
                 * Encodes the specified ListEventFeedsResponse message. Does not implicitly {@link c1.connector.v2.ListEventFeedsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof c1.connector.v2.ListEventFeedsResponse
                 * @static
                 * @param {c1.connector.v2.ListEventFeedsResponse.$Properties} m ListEventFeedsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ListEventFeedsResponse.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.annotations != null && m.annotations.length) {
                        for (var i = 0; i < m.annotations.length; ++i)
                            $root.google.protobuf.Any.encode(m.annotations[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a ListEventFeedsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof c1.connector.v2.ListEventFeedsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {c1.connector.v2.ListEventFeedsResponse & c1.connector.v2.ListEventFeedsResponse.$Shape} ListEventFeedsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ListEventFeedsResponse.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.c1.connector.v2.ListEventFeedsResponse();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 2: {
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
                 * Creates a ListEventFeedsResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof c1.connector.v2.ListEventFeedsResponse
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {c1.connector.v2.ListEventFeedsResponse} ListEventFeedsResponse
                 */
                ListEventFeedsResponse.fromObject = function (d, q) {
                    if (d instanceof $root.c1.connector.v2.ListEventFeedsResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".c1.connector.v2.ListEventFeedsResponse: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.c1.connector.v2.ListEventFeedsResponse();
                    if (d.annotations) {
                        if (!$Array.isArray(d.annotations))
                            throw $TypeError(".c1.connector.v2.ListEventFeedsResponse.annotations: array expected");
                        m.annotations = $Array(d.annotations.length);
                        for (var i = 0; i < d.annotations.length; ++i) {
                            if (!$util.isObject(d.annotations[i]))
                                throw $TypeError(".c1.connector.v2.ListEventFeedsResponse.annotations: object expected");
                            m.annotations[i] = $root.google.protobuf.Any.fromObject(d.annotations[i], q + 1);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a ListEventFeedsResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof c1.connector.v2.ListEventFeedsResponse
                 * @static
                 * @param {c1.connector.v2.ListEventFeedsResponse} m ListEventFeedsResponse
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ListEventFeedsResponse.toObject = function (m, o, q) {
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
                    if (m.annotations && m.annotations.length) {
                        d.annotations = $Array(m.annotations.length);
                        for (var j = 0; j < m.annotations.length; ++j) {
                            d.annotations[j] = $root.google.protobuf.Any.toObject(m.annotations[j], o, q + 1);
                        }
                    }
                    return d;
                };

                /**
                 * Converts this ListEventFeedsResponse to JSON.
                 * @function toJSON
                 * @memberof c1.connector.v2.ListEventFeedsResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ListEventFeedsResponse.prototype.toJSON = function() {
                    return ListEventFeedsResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ListEventFeedsResponse
                 * @function getTypeUrl
                 * @memberof c1.connector.v2.ListEventFeedsResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ListEventFeedsResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/c1.connector.v2.ListEventFeedsResponse";
                };

                return ListEventFeedsResponse;
            })();

            v2.ListActionSchemasResponse = (function() {

                /**
                 * Properties of a ListActionSchemasResponse.
                 * @typedef {Object} c1.connector.v2.ListActionSchemasResponse.$Properties
                 * @property {Array.<google.protobuf.Any.$Properties>|null} [annotations] ListActionSchemasResponse annotations
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ListActionSchemasResponse.
                 * @memberof c1.connector.v2
                 * @interface IListActionSchemasResponse
                 * @augments c1.connector.v2.ListActionSchemasResponse.$Properties
                 * @deprecated Use c1.connector.v2.ListActionSchemasResponse.$Properties instead.
                 */

                /**
                 * Shape of a ListActionSchemasResponse.
                 * @typedef {c1.connector.v2.ListActionSchemasResponse.$Properties} c1.connector.v2.ListActionSchemasResponse.$Shape
                 */

                /**
                 * Constructs a new ListActionSchemasResponse.
                 * @memberof c1.connector.v2
                 * @classdesc Represents a ListActionSchemasResponse.
                 * @constructor
                 * @param {c1.connector.v2.ListActionSchemasResponse.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ListActionSchemasResponse = function (p) {
                    this.annotations = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * ListActionSchemasResponse annotations.
                 * @member {Array.<google.protobuf.Any.$Properties>} annotations
                 * @memberof c1.connector.v2.ListActionSchemasResponse
                 * @instance
                 */
                ListActionSchemasResponse.prototype.annotations = $util.emptyArray;

                /**
                 * Creates a new ListActionSchemasResponse instance using the specified properties.
                 * @function create
                 * @memberof c1.connector.v2.ListActionSchemasResponse
                 * @static
                 * @param {c1.connector.v2.ListActionSchemasResponse.$Properties=} [properties] Properties to set
                 * @returns {c1.connector.v2.ListActionSchemasResponse} ListActionSchemasResponse instance
                 * @type {{
                 *   (properties: c1.connector.v2.ListActionSchemasResponse.$Shape): c1.connector.v2.ListActionSchemasResponse & c1.connector.v2.ListActionSchemasResponse.$Shape;
                 *   (properties?: c1.connector.v2.ListActionSchemasResponse.$Properties): c1.connector.v2.ListActionSchemasResponse;
                 * }}
                 */
                ListActionSchemasResponse.create = function(properties) {
                    return new ListActionSchemasResponse(properties);
                };

                /**
                 * Encodes the specified ListActionSchemasResponse message. Does not implicitly {@link c1.connector.v2.ListActionSchemasResponse.verify|verify} messages.
                 * @function encode
                 * @memberof c1.connector.v2.ListActionSchemasResponse
                 * @static
                 * @param {c1.connector.v2.ListActionSchemasResponse.$Properties} m ListActionSchemasResponse message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ListActionSchemasResponse.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.annotations != null && m.annotations.length) {
                        for (var i = 0; i < m.annotations.length; ++i)
                            $root.google.protobuf.Any.encode(m.annotations[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a ListActionSchemasResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof c1.connector.v2.ListActionSchemasResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {c1.connector.v2.ListActionSchemasResponse & c1.connector.v2.ListActionSchemasResponse.$Shape} ListActionSchemasResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ListActionSchemasResponse.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.c1.connector.v2.ListActionSchemasResponse();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 2: {
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
                 * Creates a ListActionSchemasResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof c1.connector.v2.ListActionSchemasResponse
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {c1.connector.v2.ListActionSchemasResponse} ListActionSchemasResponse
                 */
                ListActionSchemasResponse.fromObject = function (d, q) {
                    if (d instanceof $root.c1.connector.v2.ListActionSchemasResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".c1.connector.v2.ListActionSchemasResponse: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.c1.connector.v2.ListActionSchemasResponse();
                    if (d.annotations) {
                        if (!$Array.isArray(d.annotations))
                            throw $TypeError(".c1.connector.v2.ListActionSchemasResponse.annotations: array expected");
                        m.annotations = $Array(d.annotations.length);
                        for (var i = 0; i < d.annotations.length; ++i) {
                            if (!$util.isObject(d.annotations[i]))
                                throw $TypeError(".c1.connector.v2.ListActionSchemasResponse.annotations: object expected");
                            m.annotations[i] = $root.google.protobuf.Any.fromObject(d.annotations[i], q + 1);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a ListActionSchemasResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof c1.connector.v2.ListActionSchemasResponse
                 * @static
                 * @param {c1.connector.v2.ListActionSchemasResponse} m ListActionSchemasResponse
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ListActionSchemasResponse.toObject = function (m, o, q) {
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
                    if (m.annotations && m.annotations.length) {
                        d.annotations = $Array(m.annotations.length);
                        for (var j = 0; j < m.annotations.length; ++j) {
                            d.annotations[j] = $root.google.protobuf.Any.toObject(m.annotations[j], o, q + 1);
                        }
                    }
                    return d;
                };

                /**
                 * Converts this ListActionSchemasResponse to JSON.
                 * @function toJSON
                 * @memberof c1.connector.v2.ListActionSchemasResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ListActionSchemasResponse.prototype.toJSON = function() {
                    return ListActionSchemasResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ListActionSchemasResponse
                 * @function getTypeUrl
                 * @memberof c1.connector.v2.ListActionSchemasResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ListActionSchemasResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/c1.connector.v2.ListActionSchemasResponse";
                };

                return ListActionSchemasResponse;
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

        protobuf.Duration = (function() {

            /**
             * Properties of a Duration.
             * @typedef {Object} google.protobuf.Duration.$Properties
             * @property {number|null} [seconds] Duration seconds
             * @property {number|null} [nanos] Duration nanos
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Duration.
             * @memberof google.protobuf
             * @interface IDuration
             * @augments google.protobuf.Duration.$Properties
             * @deprecated Use google.protobuf.Duration.$Properties instead.
             */

            /**
             * Shape of a Duration.
             * @typedef {google.protobuf.Duration.$Properties} google.protobuf.Duration.$Shape
             */

            /**
             * Constructs a new Duration.
             * @memberof google.protobuf
             * @classdesc Represents a Duration.
             * @constructor
             * @param {google.protobuf.Duration.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Duration = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Duration seconds.
             * @member {number} seconds
             * @memberof google.protobuf.Duration
             * @instance
             */
            Duration.prototype.seconds = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Duration nanos.
             * @member {number} nanos
             * @memberof google.protobuf.Duration
             * @instance
             */
            Duration.prototype.nanos = 0;

            /**
             * Creates a new Duration instance using the specified properties.
             * @function create
             * @memberof google.protobuf.Duration
             * @static
             * @param {google.protobuf.Duration.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.Duration} Duration instance
             * @type {{
             *   (properties: google.protobuf.Duration.$Shape): google.protobuf.Duration & google.protobuf.Duration.$Shape;
             *   (properties?: google.protobuf.Duration.$Properties): google.protobuf.Duration;
             * }}
             */
            Duration.create = function(properties) {
                return new Duration(properties);
            };

            /**
             * Encodes the specified Duration message. Does not implicitly {@link google.protobuf.Duration.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Duration
             * @static
             * @param {google.protobuf.Duration.$Properties} m Duration message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Duration.encode = function (m, w, q) {
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
             * Decodes a Duration message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Duration
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {google.protobuf.Duration & google.protobuf.Duration.$Shape} Duration
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Duration.decode = function (r, l, z, q, g) {
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
                m = g || new $root.google.protobuf.Duration();
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
             * Creates a Duration message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.Duration
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {google.protobuf.Duration} Duration
             */
            Duration.fromObject = function (d, q) {
                if (d instanceof $root.google.protobuf.Duration)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".google.protobuf.Duration: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.google.protobuf.Duration();
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
             * Creates a plain object from a Duration message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.Duration
             * @static
             * @param {google.protobuf.Duration} m Duration
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Duration.toObject = function (m, o, q) {
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
             * Converts this Duration to JSON.
             * @function toJSON
             * @memberof google.protobuf.Duration
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Duration.prototype.toJSON = function() {
                return Duration.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Duration
             * @function getTypeUrl
             * @memberof google.protobuf.Duration
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Duration.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.Duration";
            };

            return Duration;
        })();

        return protobuf;
    })();

    google.rpc = (function() {

        /**
         * Namespace rpc.
         * @memberof google
         * @namespace
         */
        const rpc = {};

        rpc.Status = (function() {

            /**
             * Properties of a Status.
             * @typedef {Object} google.rpc.Status.$Properties
             * @property {number|null} [code] Status code
             * @property {string|null} [message] Status message
             * @property {Array.<google.protobuf.Any.$Properties>|null} [details] Status details
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Status.
             * @memberof google.rpc
             * @interface IStatus
             * @augments google.rpc.Status.$Properties
             * @deprecated Use google.rpc.Status.$Properties instead.
             */

            /**
             * Shape of a Status.
             * @typedef {google.rpc.Status.$Properties} google.rpc.Status.$Shape
             */

            /**
             * Constructs a new Status.
             * @memberof google.rpc
             * @classdesc Represents a Status.
             * @constructor
             * @param {google.rpc.Status.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Status = function (p) {
                this.details = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Status code.
             * @member {number} code
             * @memberof google.rpc.Status
             * @instance
             */
            Status.prototype.code = 0;

            /**
             * Status message.
             * @member {string} message
             * @memberof google.rpc.Status
             * @instance
             */
            Status.prototype.message = "";

            /**
             * Status details.
             * @member {Array.<google.protobuf.Any.$Properties>} details
             * @memberof google.rpc.Status
             * @instance
             */
            Status.prototype.details = $util.emptyArray;

            /**
             * Creates a new Status instance using the specified properties.
             * @function create
             * @memberof google.rpc.Status
             * @static
             * @param {google.rpc.Status.$Properties=} [properties] Properties to set
             * @returns {google.rpc.Status} Status instance
             * @type {{
             *   (properties: google.rpc.Status.$Shape): google.rpc.Status & google.rpc.Status.$Shape;
             *   (properties?: google.rpc.Status.$Properties): google.rpc.Status;
             * }}
             */
            Status.create = function(properties) {
                return new Status(properties);
            };

            /**
             * Encodes the specified Status message. Does not implicitly {@link google.rpc.Status.verify|verify} messages.
             * @function encode
             * @memberof google.rpc.Status
             * @static
             * @param {google.rpc.Status.$Properties} m Status message or plain object to encode
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
                if (m.code != null && $Object.hasOwnProperty.call(m, "code") && m.code !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).int32(m.code);
                if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.message);
                if (m.details != null && m.details.length) {
                    for (var i = 0; i < m.details.length; ++i)
                        $root.google.protobuf.Any.encode(m.details[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Status message from the specified reader or buffer.
             * @function decode
             * @memberof google.rpc.Status
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {google.rpc.Status & google.rpc.Status.$Shape} Status
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
                m = g || new $root.google.rpc.Status();
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
                                m.code = v;
                            else
                                delete m.code;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.message = v;
                            else
                                delete m.message;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.details && m.details.length))
                                m.details = [];
                            m.details.push($root.google.protobuf.Any.decode(r, r.size(), $undefined, q + 1));
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
             * @memberof google.rpc.Status
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {google.rpc.Status} Status
             */
            Status.fromObject = function (d, q) {
                if (d instanceof $root.google.rpc.Status)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".google.rpc.Status: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.google.rpc.Status();
                if (d.code != null) {
                    if ($Number(d.code) !== 0) {
                        m.code = d.code | 0;
                    }
                }
                if (d.message != null) {
                    if (typeof d.message !== "string" || d.message.length) {
                        m.message = $String(d.message);
                    }
                }
                if (d.details) {
                    if (!$Array.isArray(d.details))
                        throw $TypeError(".google.rpc.Status.details: array expected");
                    m.details = $Array(d.details.length);
                    for (var i = 0; i < d.details.length; ++i) {
                        if (!$util.isObject(d.details[i]))
                            throw $TypeError(".google.rpc.Status.details: object expected");
                        m.details[i] = $root.google.protobuf.Any.fromObject(d.details[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Status message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.rpc.Status
             * @static
             * @param {google.rpc.Status} m Status
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
                if (o.arrays || o.defaults) {
                    d.details = [];
                }
                if (o.defaults) {
                    d.code = 0;
                    d.message = "";
                }
                if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                    d.code = m.code;
                }
                if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                    d.message = m.message;
                }
                if (m.details && m.details.length) {
                    d.details = $Array(m.details.length);
                    for (var j = 0; j < m.details.length; ++j) {
                        d.details[j] = $root.google.protobuf.Any.toObject(m.details[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this Status to JSON.
             * @function toJSON
             * @memberof google.rpc.Status
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Status.prototype.toJSON = function() {
                return Status.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Status
             * @function getTypeUrl
             * @memberof google.rpc.Status
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Status.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.rpc.Status";
            };

            return Status;
        })();

        rpc.RetryInfo = (function() {

            /**
             * Properties of a RetryInfo.
             * @typedef {Object} google.rpc.RetryInfo.$Properties
             * @property {google.protobuf.Duration.$Properties|null} [retryDelay] RetryInfo retryDelay
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RetryInfo.
             * @memberof google.rpc
             * @interface IRetryInfo
             * @augments google.rpc.RetryInfo.$Properties
             * @deprecated Use google.rpc.RetryInfo.$Properties instead.
             */

            /**
             * Shape of a RetryInfo.
             * @typedef {google.rpc.RetryInfo.$Properties} google.rpc.RetryInfo.$Shape
             */

            /**
             * Constructs a new RetryInfo.
             * @memberof google.rpc
             * @classdesc Represents a RetryInfo.
             * @constructor
             * @param {google.rpc.RetryInfo.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RetryInfo = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * RetryInfo retryDelay.
             * @member {google.protobuf.Duration.$Properties|null|undefined} retryDelay
             * @memberof google.rpc.RetryInfo
             * @instance
             */
            RetryInfo.prototype.retryDelay = null;

            /**
             * Creates a new RetryInfo instance using the specified properties.
             * @function create
             * @memberof google.rpc.RetryInfo
             * @static
             * @param {google.rpc.RetryInfo.$Properties=} [properties] Properties to set
             * @returns {google.rpc.RetryInfo} RetryInfo instance
             * @type {{
             *   (properties: google.rpc.RetryInfo.$Shape): google.rpc.RetryInfo & google.rpc.RetryInfo.$Shape;
             *   (properties?: google.rpc.RetryInfo.$Properties): google.rpc.RetryInfo;
             * }}
             */
            RetryInfo.create = function(properties) {
                return new RetryInfo(properties);
            };

            /**
             * Encodes the specified RetryInfo message. Does not implicitly {@link google.rpc.RetryInfo.verify|verify} messages.
             * @function encode
             * @memberof google.rpc.RetryInfo
             * @static
             * @param {google.rpc.RetryInfo.$Properties} m RetryInfo message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RetryInfo.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.retryDelay != null && $Object.hasOwnProperty.call(m, "retryDelay"))
                    $root.google.protobuf.Duration.encode(m.retryDelay, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a RetryInfo message from the specified reader or buffer.
             * @function decode
             * @memberof google.rpc.RetryInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {google.rpc.RetryInfo & google.rpc.RetryInfo.$Shape} RetryInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RetryInfo.decode = function (r, l, z, q, g) {
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
                m = g || new $root.google.rpc.RetryInfo();
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
                            m.retryDelay = $root.google.protobuf.Duration.decode(r, r.size(), $undefined, q + 1, m.retryDelay);
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
             * Creates a RetryInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.rpc.RetryInfo
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {google.rpc.RetryInfo} RetryInfo
             */
            RetryInfo.fromObject = function (d, q) {
                if (d instanceof $root.google.rpc.RetryInfo)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".google.rpc.RetryInfo: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.google.rpc.RetryInfo();
                if (d.retryDelay != null) {
                    if (!$util.isObject(d.retryDelay))
                        throw $TypeError(".google.rpc.RetryInfo.retryDelay: object expected");
                    m.retryDelay = $root.google.protobuf.Duration.fromObject(d.retryDelay, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a RetryInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.rpc.RetryInfo
             * @static
             * @param {google.rpc.RetryInfo} m RetryInfo
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RetryInfo.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.retryDelay = null;
                }
                if (m.retryDelay != null && $Object.hasOwnProperty.call(m, "retryDelay")) {
                    d.retryDelay = $root.google.protobuf.Duration.toObject(m.retryDelay, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this RetryInfo to JSON.
             * @function toJSON
             * @memberof google.rpc.RetryInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RetryInfo.prototype.toJSON = function() {
                return RetryInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RetryInfo
             * @function getTypeUrl
             * @memberof google.rpc.RetryInfo
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RetryInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.rpc.RetryInfo";
            };

            return RetryInfo;
        })();

        rpc.ErrorInfo = (function() {

            /**
             * Properties of an ErrorInfo.
             * @typedef {Object} google.rpc.ErrorInfo.$Properties
             * @property {string|null} [reason] ErrorInfo reason
             * @property {string|null} [domain] ErrorInfo domain
             * @property {Object.<string,string>|null} [metadata] ErrorInfo metadata
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ErrorInfo.
             * @memberof google.rpc
             * @interface IErrorInfo
             * @augments google.rpc.ErrorInfo.$Properties
             * @deprecated Use google.rpc.ErrorInfo.$Properties instead.
             */

            /**
             * Shape of an ErrorInfo.
             * @typedef {google.rpc.ErrorInfo.$Properties} google.rpc.ErrorInfo.$Shape
             */

            /**
             * Constructs a new ErrorInfo.
             * @memberof google.rpc
             * @classdesc Represents an ErrorInfo.
             * @constructor
             * @param {google.rpc.ErrorInfo.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ErrorInfo = function (p) {
                this.metadata = {};
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ErrorInfo reason.
             * @member {string} reason
             * @memberof google.rpc.ErrorInfo
             * @instance
             */
            ErrorInfo.prototype.reason = "";

            /**
             * ErrorInfo domain.
             * @member {string} domain
             * @memberof google.rpc.ErrorInfo
             * @instance
             */
            ErrorInfo.prototype.domain = "";

            /**
             * ErrorInfo metadata.
             * @member {Object.<string,string>} metadata
             * @memberof google.rpc.ErrorInfo
             * @instance
             */
            ErrorInfo.prototype.metadata = $util.emptyObject;

            /**
             * Creates a new ErrorInfo instance using the specified properties.
             * @function create
             * @memberof google.rpc.ErrorInfo
             * @static
             * @param {google.rpc.ErrorInfo.$Properties=} [properties] Properties to set
             * @returns {google.rpc.ErrorInfo} ErrorInfo instance
             * @type {{
             *   (properties: google.rpc.ErrorInfo.$Shape): google.rpc.ErrorInfo & google.rpc.ErrorInfo.$Shape;
             *   (properties?: google.rpc.ErrorInfo.$Properties): google.rpc.ErrorInfo;
             * }}
             */
            ErrorInfo.create = function(properties) {
                return new ErrorInfo(properties);
            };

            /**
             * Encodes the specified ErrorInfo message. Does not implicitly {@link google.rpc.ErrorInfo.verify|verify} messages.
             * @function encode
             * @memberof google.rpc.ErrorInfo
             * @static
             * @param {google.rpc.ErrorInfo.$Properties} m ErrorInfo message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ErrorInfo.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.reason);
                if (m.domain != null && $Object.hasOwnProperty.call(m, "domain") && m.domain !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.domain);
                if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata")) {
                    for (var ks = $Object.keys(m.metadata), i = 0; i < ks.length; ++i) {
                        w.uint32(/* id 3, wireType 2 =*/26).fork().uint32(/* id 1, wireType 2 =*/10).string(ks[i]).uint32(/* id 2, wireType 2 =*/18).string(m.metadata[ks[i]]).ldelim();
                    }
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an ErrorInfo message from the specified reader or buffer.
             * @function decode
             * @memberof google.rpc.ErrorInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {google.rpc.ErrorInfo & google.rpc.ErrorInfo.$Shape} ErrorInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ErrorInfo.decode = function (r, l, z, q, g) {
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
                m = g || new $root.google.rpc.ErrorInfo();
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
                                m.reason = v;
                            else
                                delete m.reason;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.domain = v;
                            else
                                delete m.domain;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (m.metadata === $util.emptyObject)
                                m.metadata = {};
                            var c2 = r.size() + r.pos;
                            if (c2 > r.len)
                                throw $RangeError("index out of range");
                            r.len = c2;
                            k = "";
                            v = "";
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
                                    v = r.stringVerify();
                                    continue;
                                }
                                r.skipType(u, q, t2);
                            }
                            if (r.pos !== c2)
                                throw $RangeError("index out of range");
                            r.len = c;
                            if (k === "__proto__")
                                $util.makeProp(m.metadata, k);
                            m.metadata[k] = v;
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
             * Creates an ErrorInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.rpc.ErrorInfo
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {google.rpc.ErrorInfo} ErrorInfo
             */
            ErrorInfo.fromObject = function (d, q) {
                if (d instanceof $root.google.rpc.ErrorInfo)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".google.rpc.ErrorInfo: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.google.rpc.ErrorInfo();
                if (d.reason != null) {
                    if (typeof d.reason !== "string" || d.reason.length) {
                        m.reason = $String(d.reason);
                    }
                }
                if (d.domain != null) {
                    if (typeof d.domain !== "string" || d.domain.length) {
                        m.domain = $String(d.domain);
                    }
                }
                if (d.metadata) {
                    if (!$util.isObject(d.metadata))
                        throw $TypeError(".google.rpc.ErrorInfo.metadata: object expected");
                    m.metadata = {};
                    for (var ks = $Object.keys(d.metadata), i = 0; i < ks.length; ++i) {
                        if (ks[i] === "__proto__")
                            $util.makeProp(m.metadata, ks[i]);
                        m.metadata[ks[i]] = $String(d.metadata[ks[i]]);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an ErrorInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.rpc.ErrorInfo
             * @static
             * @param {google.rpc.ErrorInfo} m ErrorInfo
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ErrorInfo.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.objects || o.defaults) {
                    d.metadata = {};
                }
                if (o.defaults) {
                    d.reason = "";
                    d.domain = "";
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    d.reason = m.reason;
                }
                if (m.domain != null && $Object.hasOwnProperty.call(m, "domain")) {
                    d.domain = m.domain;
                }
                var ks2;
                if (m.metadata && (ks2 = $Object.keys(m.metadata)).length) {
                    d.metadata = {};
                    for (var j = 0; j < ks2.length; ++j) {
                        if (ks2[j] === "__proto__")
                            $util.makeProp(d.metadata, ks2[j]);
                        d.metadata[ks2[j]] = m.metadata[ks2[j]];
                    }
                }
                return d;
            };

            /**
             * Converts this ErrorInfo to JSON.
             * @function toJSON
             * @memberof google.rpc.ErrorInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ErrorInfo.prototype.toJSON = function() {
                return ErrorInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ErrorInfo
             * @function getTypeUrl
             * @memberof google.rpc.ErrorInfo
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ErrorInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.rpc.ErrorInfo";
            };

            return ErrorInfo;
        })();

        return rpc;
    })();

    return google;
})();

export {
  $root as default
};
