import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace c1. */
export namespace c1 {

    /** Namespace connectorapi. */
    namespace connectorapi {

        /** Namespace baton. */
        namespace baton {

            /** Namespace v1. */
            namespace v1 {

                /**
                 * Properties of a Task.
                 * @deprecated Use c1.connectorapi.baton.v1.Task.$Properties instead.
                 */
                interface ITask extends c1.connectorapi.baton.v1.Task.$Properties {
                }

                /** Represents a Task. */
                class Task {

                    /**
                     * Constructs a new Task.
                     * @param [p] Properties to set
                     */
                    constructor(p?: c1.connectorapi.baton.v1.Task.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Task id. */
                    id: string;

                    /** Task none. */
                    none?: (c1.connectorapi.baton.v1.Task.NoneTask.$Properties|null);

                    /** Task hello. */
                    hello?: (c1.connectorapi.baton.v1.Task.HelloTask.$Properties|null);

                    /** Task syncFull. */
                    syncFull?: (c1.connectorapi.baton.v1.Task.SyncFullTask.$Properties|null);

                    /** Task grant. */
                    grant?: (c1.connectorapi.baton.v1.Task.GrantTask.$Properties|null);

                    /** Task revoke. */
                    revoke?: (c1.connectorapi.baton.v1.Task.RevokeTask.$Properties|null);

                    /** Task createAccount. */
                    createAccount?: (c1.connectorapi.baton.v1.Task.CreateAccountTask.$Properties|null);

                    /** Task createResource. */
                    createResource?: (c1.connectorapi.baton.v1.Task.CreateResourceTask.$Properties|null);

                    /** Task deleteResource. */
                    deleteResource?: (c1.connectorapi.baton.v1.Task.DeleteResourceTask.$Properties|null);

                    /** Task rotateCredentials. */
                    rotateCredentials?: (c1.connectorapi.baton.v1.Task.RotateCredentialsTask.$Properties|null);

                    /** Task eventFeed. */
                    eventFeed?: (c1.connectorapi.baton.v1.Task.EventFeedTask.$Properties|null);

                    /** Task createTicketTask. */
                    createTicketTask?: (c1.connectorapi.baton.v1.Task.CreateTicketTask.$Properties|null);

                    /** Task listTicketSchemas. */
                    listTicketSchemas?: (c1.connectorapi.baton.v1.Task.ListTicketSchemasTask.$Properties|null);

                    /** Task getTicket. */
                    getTicket?: (c1.connectorapi.baton.v1.Task.GetTicketTask.$Properties|null);

                    /** Task bulkCreateTickets. */
                    bulkCreateTickets?: (c1.connectorapi.baton.v1.Task.BulkCreateTicketsTask.$Properties|null);

                    /** Task bulkGetTickets. */
                    bulkGetTickets?: (c1.connectorapi.baton.v1.Task.BulkGetTicketsTask.$Properties|null);

                    /** Task actionListSchemas. */
                    actionListSchemas?: (c1.connectorapi.baton.v1.Task.ActionListSchemasTask.$Properties|null);

                    /** Task actionGetSchema. */
                    actionGetSchema?: (c1.connectorapi.baton.v1.Task.ActionGetSchemaTask.$Properties|null);

                    /** Task actionInvoke. */
                    actionInvoke?: (c1.connectorapi.baton.v1.Task.ActionInvokeTask.$Properties|null);

                    /** Task actionStatus. */
                    actionStatus?: (c1.connectorapi.baton.v1.Task.ActionStatusTask.$Properties|null);

                    /** Task createSyncDiff. */
                    createSyncDiff?: (c1.connectorapi.baton.v1.Task.CreateSyncDiffTask.$Properties|null);

                    /** Task compactSyncs. */
                    compactSyncs?: (c1.connectorapi.baton.v1.Task.CompactSyncs.$Properties|null);

                    /** Task listEventFeeds. */
                    listEventFeeds?: (c1.connectorapi.baton.v1.Task.ListEventFeedsTask.$Properties|null);

                    /** Task listEvents. */
                    listEvents?: (c1.connectorapi.baton.v1.Task.ListEventsTask.$Properties|null);

                    /** Task issueCredential. */
                    issueCredential?: (c1.connectorapi.baton.v1.Task.IssueCredentialTask.$Properties|null);

                    /** Task debug. */
                    debug: boolean;

                    /** Task taskType. */
                    taskType?: ("none"|"hello"|"syncFull"|"grant"|"revoke"|"createAccount"|"createResource"|"deleteResource"|"rotateCredentials"|"eventFeed"|"createTicketTask"|"listTicketSchemas"|"getTicket"|"bulkCreateTickets"|"bulkGetTickets"|"actionListSchemas"|"actionGetSchema"|"actionInvoke"|"actionStatus"|"createSyncDiff"|"compactSyncs"|"listEventFeeds"|"listEvents"|"issueCredential");

                    /**
                     * Creates a new Task instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Task instance
                     */
                    static create(properties: c1.connectorapi.baton.v1.Task.$Shape): c1.connectorapi.baton.v1.Task & c1.connectorapi.baton.v1.Task.$Shape;
                    static create(properties?: c1.connectorapi.baton.v1.Task.$Properties): c1.connectorapi.baton.v1.Task;

                    /**
                     * Encodes the specified Task message. Does not implicitly {@link c1.connectorapi.baton.v1.Task.verify|verify} messages.
                     * @param m Task message or plain object to encode
                     * @param [w] Writer to encode to
                     * @returns Writer
                     */
                    static encode(m: c1.connectorapi.baton.v1.Task.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Task message from the specified reader or buffer.
                     * @param r Reader or buffer to decode from
                     * @param [l] Message length if known beforehand
                     * @returns {c1.connectorapi.baton.v1.Task & c1.connectorapi.baton.v1.Task.$Shape} Task
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connectorapi.baton.v1.Task & c1.connectorapi.baton.v1.Task.$Shape;

                    /**
                     * Creates a Task message from a plain object. Also converts values to their respective internal types.
                     * @param d Plain object
                     * @returns Task
                     */
                    static fromObject(d: { [k: string]: any }): c1.connectorapi.baton.v1.Task;

                    /**
                     * Creates a plain object from a Task message. Also converts values to other types if specified.
                     * @param m Task
                     * @param [o] Conversion options
                     * @returns Plain object
                     */
                    static toObject(m: c1.connectorapi.baton.v1.Task, o?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Task to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for Task
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace Task {

                    /** Properties of a Task. */
                    interface $Properties {

                        /** Task id */
                        id?: (string|null);

                        /** Task none */
                        none?: (c1.connectorapi.baton.v1.Task.NoneTask.$Properties|null);

                        /** Task hello */
                        hello?: (c1.connectorapi.baton.v1.Task.HelloTask.$Properties|null);

                        /** Task syncFull */
                        syncFull?: (c1.connectorapi.baton.v1.Task.SyncFullTask.$Properties|null);

                        /** Task grant */
                        grant?: (c1.connectorapi.baton.v1.Task.GrantTask.$Properties|null);

                        /** Task revoke */
                        revoke?: (c1.connectorapi.baton.v1.Task.RevokeTask.$Properties|null);

                        /** Task createAccount */
                        createAccount?: (c1.connectorapi.baton.v1.Task.CreateAccountTask.$Properties|null);

                        /** Task createResource */
                        createResource?: (c1.connectorapi.baton.v1.Task.CreateResourceTask.$Properties|null);

                        /** Task deleteResource */
                        deleteResource?: (c1.connectorapi.baton.v1.Task.DeleteResourceTask.$Properties|null);

                        /** Task rotateCredentials */
                        rotateCredentials?: (c1.connectorapi.baton.v1.Task.RotateCredentialsTask.$Properties|null);

                        /** Task eventFeed */
                        eventFeed?: (c1.connectorapi.baton.v1.Task.EventFeedTask.$Properties|null);

                        /** Task createTicketTask */
                        createTicketTask?: (c1.connectorapi.baton.v1.Task.CreateTicketTask.$Properties|null);

                        /** Task listTicketSchemas */
                        listTicketSchemas?: (c1.connectorapi.baton.v1.Task.ListTicketSchemasTask.$Properties|null);

                        /** Task getTicket */
                        getTicket?: (c1.connectorapi.baton.v1.Task.GetTicketTask.$Properties|null);

                        /** Task bulkCreateTickets */
                        bulkCreateTickets?: (c1.connectorapi.baton.v1.Task.BulkCreateTicketsTask.$Properties|null);

                        /** Task bulkGetTickets */
                        bulkGetTickets?: (c1.connectorapi.baton.v1.Task.BulkGetTicketsTask.$Properties|null);

                        /** Task actionListSchemas */
                        actionListSchemas?: (c1.connectorapi.baton.v1.Task.ActionListSchemasTask.$Properties|null);

                        /** Task actionGetSchema */
                        actionGetSchema?: (c1.connectorapi.baton.v1.Task.ActionGetSchemaTask.$Properties|null);

                        /** Task actionInvoke */
                        actionInvoke?: (c1.connectorapi.baton.v1.Task.ActionInvokeTask.$Properties|null);

                        /** Task actionStatus */
                        actionStatus?: (c1.connectorapi.baton.v1.Task.ActionStatusTask.$Properties|null);

                        /** Task createSyncDiff */
                        createSyncDiff?: (c1.connectorapi.baton.v1.Task.CreateSyncDiffTask.$Properties|null);

                        /** Task compactSyncs */
                        compactSyncs?: (c1.connectorapi.baton.v1.Task.CompactSyncs.$Properties|null);

                        /** Task listEventFeeds */
                        listEventFeeds?: (c1.connectorapi.baton.v1.Task.ListEventFeedsTask.$Properties|null);

                        /** Task listEvents */
                        listEvents?: (c1.connectorapi.baton.v1.Task.ListEventsTask.$Properties|null);

                        /** Task issueCredential */
                        issueCredential?: (c1.connectorapi.baton.v1.Task.IssueCredentialTask.$Properties|null);

                        /** Task debug */
                        debug?: (boolean|null);

                        /** Task taskType */
                        taskType?: ("none"|"hello"|"syncFull"|"grant"|"revoke"|"createAccount"|"createResource"|"deleteResource"|"rotateCredentials"|"eventFeed"|"createTicketTask"|"listTicketSchemas"|"getTicket"|"bulkCreateTickets"|"bulkGetTickets"|"actionListSchemas"|"actionGetSchema"|"actionInvoke"|"actionStatus"|"createSyncDiff"|"compactSyncs"|"listEventFeeds"|"listEvents"|"issueCredential");

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Narrowed shape of a Task. */
                    type $Shape = {
                      id?: string|null;
                      none?: c1.connectorapi.baton.v1.Task.NoneTask.$Shape|null;
                      hello?: c1.connectorapi.baton.v1.Task.HelloTask.$Shape|null;
                      syncFull?: c1.connectorapi.baton.v1.Task.SyncFullTask.$Shape|null;
                      grant?: c1.connectorapi.baton.v1.Task.GrantTask.$Shape|null;
                      revoke?: c1.connectorapi.baton.v1.Task.RevokeTask.$Shape|null;
                      createAccount?: c1.connectorapi.baton.v1.Task.CreateAccountTask.$Shape|null;
                      createResource?: c1.connectorapi.baton.v1.Task.CreateResourceTask.$Shape|null;
                      deleteResource?: c1.connectorapi.baton.v1.Task.DeleteResourceTask.$Shape|null;
                      rotateCredentials?: c1.connectorapi.baton.v1.Task.RotateCredentialsTask.$Shape|null;
                      eventFeed?: c1.connectorapi.baton.v1.Task.EventFeedTask.$Shape|null;
                      createTicketTask?: c1.connectorapi.baton.v1.Task.CreateTicketTask.$Shape|null;
                      listTicketSchemas?: c1.connectorapi.baton.v1.Task.ListTicketSchemasTask.$Shape|null;
                      getTicket?: c1.connectorapi.baton.v1.Task.GetTicketTask.$Shape|null;
                      bulkCreateTickets?: c1.connectorapi.baton.v1.Task.BulkCreateTicketsTask.$Shape|null;
                      bulkGetTickets?: c1.connectorapi.baton.v1.Task.BulkGetTicketsTask.$Shape|null;
                      actionListSchemas?: c1.connectorapi.baton.v1.Task.ActionListSchemasTask.$Shape|null;
                      actionGetSchema?: c1.connectorapi.baton.v1.Task.ActionGetSchemaTask.$Shape|null;
                      actionInvoke?: c1.connectorapi.baton.v1.Task.ActionInvokeTask.$Shape|null;
                      actionStatus?: c1.connectorapi.baton.v1.Task.ActionStatusTask.$Shape|null;
                      createSyncDiff?: c1.connectorapi.baton.v1.Task.CreateSyncDiffTask.$Shape|null;
                      compactSyncs?: c1.connectorapi.baton.v1.Task.CompactSyncs.$Shape|null;
                      listEventFeeds?: c1.connectorapi.baton.v1.Task.ListEventFeedsTask.$Shape|null;
                      listEvents?: c1.connectorapi.baton.v1.Task.ListEventsTask.$Shape|null;
                      issueCredential?: c1.connectorapi.baton.v1.Task.IssueCredentialTask.$Shape|null;
                      debug?: boolean|null;
                      $unknowns?: Uint8Array[];
                    } & (
                      ({ taskType?: undefined; none?: null; hello?: null; syncFull?: null; grant?: null; revoke?: null; createAccount?: null; createResource?: null; deleteResource?: null; rotateCredentials?: null; eventFeed?: null; createTicketTask?: null; listTicketSchemas?: null; getTicket?: null; bulkCreateTickets?: null; bulkGetTickets?: null; actionListSchemas?: null; actionGetSchema?: null; actionInvoke?: null; actionStatus?: null; createSyncDiff?: null; compactSyncs?: null; listEventFeeds?: null; listEvents?: null; issueCredential?: null }|{ taskType?: "none"; none: c1.connectorapi.baton.v1.Task.NoneTask.$Shape; hello?: null; syncFull?: null; grant?: null; revoke?: null; createAccount?: null; createResource?: null; deleteResource?: null; rotateCredentials?: null; eventFeed?: null; createTicketTask?: null; listTicketSchemas?: null; getTicket?: null; bulkCreateTickets?: null; bulkGetTickets?: null; actionListSchemas?: null; actionGetSchema?: null; actionInvoke?: null; actionStatus?: null; createSyncDiff?: null; compactSyncs?: null; listEventFeeds?: null; listEvents?: null; issueCredential?: null }|{ taskType?: "hello"; none?: null; hello: c1.connectorapi.baton.v1.Task.HelloTask.$Shape; syncFull?: null; grant?: null; revoke?: null; createAccount?: null; createResource?: null; deleteResource?: null; rotateCredentials?: null; eventFeed?: null; createTicketTask?: null; listTicketSchemas?: null; getTicket?: null; bulkCreateTickets?: null; bulkGetTickets?: null; actionListSchemas?: null; actionGetSchema?: null; actionInvoke?: null; actionStatus?: null; createSyncDiff?: null; compactSyncs?: null; listEventFeeds?: null; listEvents?: null; issueCredential?: null }|{ taskType?: "syncFull"; none?: null; hello?: null; syncFull: c1.connectorapi.baton.v1.Task.SyncFullTask.$Shape; grant?: null; revoke?: null; createAccount?: null; createResource?: null; deleteResource?: null; rotateCredentials?: null; eventFeed?: null; createTicketTask?: null; listTicketSchemas?: null; getTicket?: null; bulkCreateTickets?: null; bulkGetTickets?: null; actionListSchemas?: null; actionGetSchema?: null; actionInvoke?: null; actionStatus?: null; createSyncDiff?: null; compactSyncs?: null; listEventFeeds?: null; listEvents?: null; issueCredential?: null }|{ taskType?: "grant"; none?: null; hello?: null; syncFull?: null; grant: c1.connectorapi.baton.v1.Task.GrantTask.$Shape; revoke?: null; createAccount?: null; createResource?: null; deleteResource?: null; rotateCredentials?: null; eventFeed?: null; createTicketTask?: null; listTicketSchemas?: null; getTicket?: null; bulkCreateTickets?: null; bulkGetTickets?: null; actionListSchemas?: null; actionGetSchema?: null; actionInvoke?: null; actionStatus?: null; createSyncDiff?: null; compactSyncs?: null; listEventFeeds?: null; listEvents?: null; issueCredential?: null }|{ taskType?: "revoke"; none?: null; hello?: null; syncFull?: null; grant?: null; revoke: c1.connectorapi.baton.v1.Task.RevokeTask.$Shape; createAccount?: null; createResource?: null; deleteResource?: null; rotateCredentials?: null; eventFeed?: null; createTicketTask?: null; listTicketSchemas?: null; getTicket?: null; bulkCreateTickets?: null; bulkGetTickets?: null; actionListSchemas?: null; actionGetSchema?: null; actionInvoke?: null; actionStatus?: null; createSyncDiff?: null; compactSyncs?: null; listEventFeeds?: null; listEvents?: null; issueCredential?: null }|{ taskType?: "createAccount"; none?: null; hello?: null; syncFull?: null; grant?: null; revoke?: null; createAccount: c1.connectorapi.baton.v1.Task.CreateAccountTask.$Shape; createResource?: null; deleteResource?: null; rotateCredentials?: null; eventFeed?: null; createTicketTask?: null; listTicketSchemas?: null; getTicket?: null; bulkCreateTickets?: null; bulkGetTickets?: null; actionListSchemas?: null; actionGetSchema?: null; actionInvoke?: null; actionStatus?: null; createSyncDiff?: null; compactSyncs?: null; listEventFeeds?: null; listEvents?: null; issueCredential?: null }|{ taskType?: "createResource"; none?: null; hello?: null; syncFull?: null; grant?: null; revoke?: null; createAccount?: null; createResource: c1.connectorapi.baton.v1.Task.CreateResourceTask.$Shape; deleteResource?: null; rotateCredentials?: null; eventFeed?: null; createTicketTask?: null; listTicketSchemas?: null; getTicket?: null; bulkCreateTickets?: null; bulkGetTickets?: null; actionListSchemas?: null; actionGetSchema?: null; actionInvoke?: null; actionStatus?: null; createSyncDiff?: null; compactSyncs?: null; listEventFeeds?: null; listEvents?: null; issueCredential?: null }|{ taskType?: "deleteResource"; none?: null; hello?: null; syncFull?: null; grant?: null; revoke?: null; createAccount?: null; createResource?: null; deleteResource: c1.connectorapi.baton.v1.Task.DeleteResourceTask.$Shape; rotateCredentials?: null; eventFeed?: null; createTicketTask?: null; listTicketSchemas?: null; getTicket?: null; bulkCreateTickets?: null; bulkGetTickets?: null; actionListSchemas?: null; actionGetSchema?: null; actionInvoke?: null; actionStatus?: null; createSyncDiff?: null; compactSyncs?: null; listEventFeeds?: null; listEvents?: null; issueCredential?: null }|{ taskType?: "rotateCredentials"; none?: null; hello?: null; syncFull?: null; grant?: null; revoke?: null; createAccount?: null; createResource?: null; deleteResource?: null; rotateCredentials: c1.connectorapi.baton.v1.Task.RotateCredentialsTask.$Shape; eventFeed?: null; createTicketTask?: null; listTicketSchemas?: null; getTicket?: null; bulkCreateTickets?: null; bulkGetTickets?: null; actionListSchemas?: null; actionGetSchema?: null; actionInvoke?: null; actionStatus?: null; createSyncDiff?: null; compactSyncs?: null; listEventFeeds?: null; listEvents?: null; issueCredential?: null }|{ taskType?: "eventFeed"; none?: null; hello?: null; syncFull?: null; grant?: null; revoke?: null; createAccount?: null; createResource?: null; deleteResource?: null; rotateCredentials?: null; eventFeed: c1.connectorapi.baton.v1.Task.EventFeedTask.$Shape; createTicketTask?: null; listTicketSchemas?: null; getTicket?: null; bulkCreateTickets?: null; bulkGetTickets?: null; actionListSchemas?: null; actionGetSchema?: null; actionInvoke?: null; actionStatus?: null; createSyncDiff?: null; compactSyncs?: null; listEventFeeds?: null; listEvents?: null; issueCredential?: null }|{ taskType?: "createTicketTask"; none?: null; hello?: null; syncFull?: null; grant?: null; revoke?: null; createAccount?: null; createResource?: null; deleteResource?: null; rotateCredentials?: null; eventFeed?: null; createTicketTask: c1.connectorapi.baton.v1.Task.CreateTicketTask.$Shape; listTicketSchemas?: null; getTicket?: null; bulkCreateTickets?: null; bulkGetTickets?: null; actionListSchemas?: null; actionGetSchema?: null; actionInvoke?: null; actionStatus?: null; createSyncDiff?: null; compactSyncs?: null; listEventFeeds?: null; listEvents?: null; issueCredential?: null }|{ taskType?: "listTicketSchemas"; none?: null; hello?: null; syncFull?: null; grant?: null; revoke?: null; createAccount?: null; createResource?: null; deleteResource?: null; rotateCredentials?: null; eventFeed?: null; createTicketTask?: null; listTicketSchemas: c1.connectorapi.baton.v1.Task.ListTicketSchemasTask.$Shape; getTicket?: null; bulkCreateTickets?: null; bulkGetTickets?: null; actionListSchemas?: null; actionGetSchema?: null; actionInvoke?: null; actionStatus?: null; createSyncDiff?: null; compactSyncs?: null; listEventFeeds?: null; listEvents?: null; issueCredential?: null }|{ taskType?: "getTicket"; none?: null; hello?: null; syncFull?: null; grant?: null; revoke?: null; createAccount?: null; createResource?: null; deleteResource?: null; rotateCredentials?: null; eventFeed?: null; createTicketTask?: null; listTicketSchemas?: null; getTicket: c1.connectorapi.baton.v1.Task.GetTicketTask.$Shape; bulkCreateTickets?: null; bulkGetTickets?: null; actionListSchemas?: null; actionGetSchema?: null; actionInvoke?: null; actionStatus?: null; createSyncDiff?: null; compactSyncs?: null; listEventFeeds?: null; listEvents?: null; issueCredential?: null }|{ taskType?: "bulkCreateTickets"; none?: null; hello?: null; syncFull?: null; grant?: null; revoke?: null; createAccount?: null; createResource?: null; deleteResource?: null; rotateCredentials?: null; eventFeed?: null; createTicketTask?: null; listTicketSchemas?: null; getTicket?: null; bulkCreateTickets: c1.connectorapi.baton.v1.Task.BulkCreateTicketsTask.$Shape; bulkGetTickets?: null; actionListSchemas?: null; actionGetSchema?: null; actionInvoke?: null; actionStatus?: null; createSyncDiff?: null; compactSyncs?: null; listEventFeeds?: null; listEvents?: null; issueCredential?: null }|{ taskType?: "bulkGetTickets"; none?: null; hello?: null; syncFull?: null; grant?: null; revoke?: null; createAccount?: null; createResource?: null; deleteResource?: null; rotateCredentials?: null; eventFeed?: null; createTicketTask?: null; listTicketSchemas?: null; getTicket?: null; bulkCreateTickets?: null; bulkGetTickets: c1.connectorapi.baton.v1.Task.BulkGetTicketsTask.$Shape; actionListSchemas?: null; actionGetSchema?: null; actionInvoke?: null; actionStatus?: null; createSyncDiff?: null; compactSyncs?: null; listEventFeeds?: null; listEvents?: null; issueCredential?: null }|{ taskType?: "actionListSchemas"; none?: null; hello?: null; syncFull?: null; grant?: null; revoke?: null; createAccount?: null; createResource?: null; deleteResource?: null; rotateCredentials?: null; eventFeed?: null; createTicketTask?: null; listTicketSchemas?: null; getTicket?: null; bulkCreateTickets?: null; bulkGetTickets?: null; actionListSchemas: c1.connectorapi.baton.v1.Task.ActionListSchemasTask.$Shape; actionGetSchema?: null; actionInvoke?: null; actionStatus?: null; createSyncDiff?: null; compactSyncs?: null; listEventFeeds?: null; listEvents?: null; issueCredential?: null }|{ taskType?: "actionGetSchema"; none?: null; hello?: null; syncFull?: null; grant?: null; revoke?: null; createAccount?: null; createResource?: null; deleteResource?: null; rotateCredentials?: null; eventFeed?: null; createTicketTask?: null; listTicketSchemas?: null; getTicket?: null; bulkCreateTickets?: null; bulkGetTickets?: null; actionListSchemas?: null; actionGetSchema: c1.connectorapi.baton.v1.Task.ActionGetSchemaTask.$Shape; actionInvoke?: null; actionStatus?: null; createSyncDiff?: null; compactSyncs?: null; listEventFeeds?: null; listEvents?: null; issueCredential?: null }|{ taskType?: "actionInvoke"; none?: null; hello?: null; syncFull?: null; grant?: null; revoke?: null; createAccount?: null; createResource?: null; deleteResource?: null; rotateCredentials?: null; eventFeed?: null; createTicketTask?: null; listTicketSchemas?: null; getTicket?: null; bulkCreateTickets?: null; bulkGetTickets?: null; actionListSchemas?: null; actionGetSchema?: null; actionInvoke: c1.connectorapi.baton.v1.Task.ActionInvokeTask.$Shape; actionStatus?: null; createSyncDiff?: null; compactSyncs?: null; listEventFeeds?: null; listEvents?: null; issueCredential?: null }|{ taskType?: "actionStatus"; none?: null; hello?: null; syncFull?: null; grant?: null; revoke?: null; createAccount?: null; createResource?: null; deleteResource?: null; rotateCredentials?: null; eventFeed?: null; createTicketTask?: null; listTicketSchemas?: null; getTicket?: null; bulkCreateTickets?: null; bulkGetTickets?: null; actionListSchemas?: null; actionGetSchema?: null; actionInvoke?: null; actionStatus: c1.connectorapi.baton.v1.Task.ActionStatusTask.$Shape; createSyncDiff?: null; compactSyncs?: null; listEventFeeds?: null; listEvents?: null; issueCredential?: null }|{ taskType?: "createSyncDiff"; none?: null; hello?: null; syncFull?: null; grant?: null; revoke?: null; createAccount?: null; createResource?: null; deleteResource?: null; rotateCredentials?: null; eventFeed?: null; createTicketTask?: null; listTicketSchemas?: null; getTicket?: null; bulkCreateTickets?: null; bulkGetTickets?: null; actionListSchemas?: null; actionGetSchema?: null; actionInvoke?: null; actionStatus?: null; createSyncDiff: c1.connectorapi.baton.v1.Task.CreateSyncDiffTask.$Shape; compactSyncs?: null; listEventFeeds?: null; listEvents?: null; issueCredential?: null }|{ taskType?: "compactSyncs"; none?: null; hello?: null; syncFull?: null; grant?: null; revoke?: null; createAccount?: null; createResource?: null; deleteResource?: null; rotateCredentials?: null; eventFeed?: null; createTicketTask?: null; listTicketSchemas?: null; getTicket?: null; bulkCreateTickets?: null; bulkGetTickets?: null; actionListSchemas?: null; actionGetSchema?: null; actionInvoke?: null; actionStatus?: null; createSyncDiff?: null; compactSyncs: c1.connectorapi.baton.v1.Task.CompactSyncs.$Shape; listEventFeeds?: null; listEvents?: null; issueCredential?: null }|{ taskType?: "listEventFeeds"; none?: null; hello?: null; syncFull?: null; grant?: null; revoke?: null; createAccount?: null; createResource?: null; deleteResource?: null; rotateCredentials?: null; eventFeed?: null; createTicketTask?: null; listTicketSchemas?: null; getTicket?: null; bulkCreateTickets?: null; bulkGetTickets?: null; actionListSchemas?: null; actionGetSchema?: null; actionInvoke?: null; actionStatus?: null; createSyncDiff?: null; compactSyncs?: null; listEventFeeds: c1.connectorapi.baton.v1.Task.ListEventFeedsTask.$Shape; listEvents?: null; issueCredential?: null }|{ taskType?: "listEvents"; none?: null; hello?: null; syncFull?: null; grant?: null; revoke?: null; createAccount?: null; createResource?: null; deleteResource?: null; rotateCredentials?: null; eventFeed?: null; createTicketTask?: null; listTicketSchemas?: null; getTicket?: null; bulkCreateTickets?: null; bulkGetTickets?: null; actionListSchemas?: null; actionGetSchema?: null; actionInvoke?: null; actionStatus?: null; createSyncDiff?: null; compactSyncs?: null; listEventFeeds?: null; listEvents: c1.connectorapi.baton.v1.Task.ListEventsTask.$Shape; issueCredential?: null }|{ taskType?: "issueCredential"; none?: null; hello?: null; syncFull?: null; grant?: null; revoke?: null; createAccount?: null; createResource?: null; deleteResource?: null; rotateCredentials?: null; eventFeed?: null; createTicketTask?: null; listTicketSchemas?: null; getTicket?: null; bulkCreateTickets?: null; bulkGetTickets?: null; actionListSchemas?: null; actionGetSchema?: null; actionInvoke?: null; actionStatus?: null; createSyncDiff?: null; compactSyncs?: null; listEventFeeds?: null; listEvents?: null; issueCredential: c1.connectorapi.baton.v1.Task.IssueCredentialTask.$Shape })
                    );

                    /**
                     * Properties of a NoneTask.
                     * @deprecated Use c1.connectorapi.baton.v1.Task.NoneTask.$Properties instead.
                     */
                    interface INoneTask extends c1.connectorapi.baton.v1.Task.NoneTask.$Properties {
                    }

                    /** Represents a NoneTask. */
                    class NoneTask {

                        /**
                         * Constructs a new NoneTask.
                         * @param [p] Properties to set
                         */
                        constructor(p?: c1.connectorapi.baton.v1.Task.NoneTask.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /** NoneTask annotations. */
                        annotations: google.protobuf.Any.$Properties[];

                        /**
                         * Creates a new NoneTask instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns NoneTask instance
                         */
                        static create(properties: c1.connectorapi.baton.v1.Task.NoneTask.$Shape): c1.connectorapi.baton.v1.Task.NoneTask & c1.connectorapi.baton.v1.Task.NoneTask.$Shape;
                        static create(properties?: c1.connectorapi.baton.v1.Task.NoneTask.$Properties): c1.connectorapi.baton.v1.Task.NoneTask;

                        /**
                         * Encodes the specified NoneTask message. Does not implicitly {@link c1.connectorapi.baton.v1.Task.NoneTask.verify|verify} messages.
                         * @param m NoneTask message or plain object to encode
                         * @param [w] Writer to encode to
                         * @returns Writer
                         */
                        static encode(m: c1.connectorapi.baton.v1.Task.NoneTask.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes a NoneTask message from the specified reader or buffer.
                         * @param r Reader or buffer to decode from
                         * @param [l] Message length if known beforehand
                         * @returns {c1.connectorapi.baton.v1.Task.NoneTask & c1.connectorapi.baton.v1.Task.NoneTask.$Shape} NoneTask
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connectorapi.baton.v1.Task.NoneTask & c1.connectorapi.baton.v1.Task.NoneTask.$Shape;

                        /**
                         * Creates a NoneTask message from a plain object. Also converts values to their respective internal types.
                         * @param d Plain object
                         * @returns NoneTask
                         */
                        static fromObject(d: { [k: string]: any }): c1.connectorapi.baton.v1.Task.NoneTask;

                        /**
                         * Creates a plain object from a NoneTask message. Also converts values to other types if specified.
                         * @param m NoneTask
                         * @param [o] Conversion options
                         * @returns Plain object
                         */
                        static toObject(m: c1.connectorapi.baton.v1.Task.NoneTask, o?: $protobuf.IConversionOptions): { [k: string]: any };

                        /**
                         * Converts this NoneTask to JSON.
                         * @returns JSON object
                         */
                        toJSON(): { [k: string]: any };

                        /**
                         * Gets the type url for NoneTask
                         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns The type url
                         */
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace NoneTask {

                        /** Properties of a NoneTask. */
                        interface $Properties {

                            /** NoneTask annotations */
                            annotations?: (google.protobuf.Any.$Properties[]|null);

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Shape of a NoneTask. */
                        type $Shape = c1.connectorapi.baton.v1.Task.NoneTask.$Properties;
                    }

                    /**
                     * Properties of a HelloTask.
                     * @deprecated Use c1.connectorapi.baton.v1.Task.HelloTask.$Properties instead.
                     */
                    interface IHelloTask extends c1.connectorapi.baton.v1.Task.HelloTask.$Properties {
                    }

                    /** Represents a HelloTask. */
                    class HelloTask {

                        /**
                         * Constructs a new HelloTask.
                         * @param [p] Properties to set
                         */
                        constructor(p?: c1.connectorapi.baton.v1.Task.HelloTask.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /** HelloTask annotations. */
                        annotations: google.protobuf.Any.$Properties[];

                        /**
                         * Creates a new HelloTask instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns HelloTask instance
                         */
                        static create(properties: c1.connectorapi.baton.v1.Task.HelloTask.$Shape): c1.connectorapi.baton.v1.Task.HelloTask & c1.connectorapi.baton.v1.Task.HelloTask.$Shape;
                        static create(properties?: c1.connectorapi.baton.v1.Task.HelloTask.$Properties): c1.connectorapi.baton.v1.Task.HelloTask;

                        /**
                         * Encodes the specified HelloTask message. Does not implicitly {@link c1.connectorapi.baton.v1.Task.HelloTask.verify|verify} messages.
                         * @param m HelloTask message or plain object to encode
                         * @param [w] Writer to encode to
                         * @returns Writer
                         */
                        static encode(m: c1.connectorapi.baton.v1.Task.HelloTask.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes a HelloTask message from the specified reader or buffer.
                         * @param r Reader or buffer to decode from
                         * @param [l] Message length if known beforehand
                         * @returns {c1.connectorapi.baton.v1.Task.HelloTask & c1.connectorapi.baton.v1.Task.HelloTask.$Shape} HelloTask
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connectorapi.baton.v1.Task.HelloTask & c1.connectorapi.baton.v1.Task.HelloTask.$Shape;

                        /**
                         * Creates a HelloTask message from a plain object. Also converts values to their respective internal types.
                         * @param d Plain object
                         * @returns HelloTask
                         */
                        static fromObject(d: { [k: string]: any }): c1.connectorapi.baton.v1.Task.HelloTask;

                        /**
                         * Creates a plain object from a HelloTask message. Also converts values to other types if specified.
                         * @param m HelloTask
                         * @param [o] Conversion options
                         * @returns Plain object
                         */
                        static toObject(m: c1.connectorapi.baton.v1.Task.HelloTask, o?: $protobuf.IConversionOptions): { [k: string]: any };

                        /**
                         * Converts this HelloTask to JSON.
                         * @returns JSON object
                         */
                        toJSON(): { [k: string]: any };

                        /**
                         * Gets the type url for HelloTask
                         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns The type url
                         */
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace HelloTask {

                        /** Properties of a HelloTask. */
                        interface $Properties {

                            /** HelloTask annotations */
                            annotations?: (google.protobuf.Any.$Properties[]|null);

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Shape of a HelloTask. */
                        type $Shape = c1.connectorapi.baton.v1.Task.HelloTask.$Properties;
                    }

                    /**
                     * Properties of a SyncFullTask.
                     * @deprecated Use c1.connectorapi.baton.v1.Task.SyncFullTask.$Properties instead.
                     */
                    interface ISyncFullTask extends c1.connectorapi.baton.v1.Task.SyncFullTask.$Properties {
                    }

                    /** Represents a SyncFullTask. */
                    class SyncFullTask {

                        /**
                         * Constructs a new SyncFullTask.
                         * @param [p] Properties to set
                         */
                        constructor(p?: c1.connectorapi.baton.v1.Task.SyncFullTask.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /** SyncFullTask annotations. */
                        annotations: google.protobuf.Any.$Properties[];

                        /** SyncFullTask skipExpandGrants. */
                        skipExpandGrants: boolean;

                        /** SyncFullTask skipEntitlementsAndGrants. */
                        skipEntitlementsAndGrants: boolean;

                        /** SyncFullTask targetedSyncResources. */
                        targetedSyncResources: c1.connector.v2.Resource.$Properties[];

                        /** SyncFullTask syncResourceTypeIds. */
                        syncResourceTypeIds: string[];

                        /** SyncFullTask skipGrants. */
                        skipGrants: boolean;

                        /** SyncFullTask storageEngine. */
                        storageEngine: string;

                        /**
                         * Creates a new SyncFullTask instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns SyncFullTask instance
                         */
                        static create(properties: c1.connectorapi.baton.v1.Task.SyncFullTask.$Shape): c1.connectorapi.baton.v1.Task.SyncFullTask & c1.connectorapi.baton.v1.Task.SyncFullTask.$Shape;
                        static create(properties?: c1.connectorapi.baton.v1.Task.SyncFullTask.$Properties): c1.connectorapi.baton.v1.Task.SyncFullTask;

                        /**
                         * Encodes the specified SyncFullTask message. Does not implicitly {@link c1.connectorapi.baton.v1.Task.SyncFullTask.verify|verify} messages.
                         * @param m SyncFullTask message or plain object to encode
                         * @param [w] Writer to encode to
                         * @returns Writer
                         */
                        static encode(m: c1.connectorapi.baton.v1.Task.SyncFullTask.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes a SyncFullTask message from the specified reader or buffer.
                         * @param r Reader or buffer to decode from
                         * @param [l] Message length if known beforehand
                         * @returns {c1.connectorapi.baton.v1.Task.SyncFullTask & c1.connectorapi.baton.v1.Task.SyncFullTask.$Shape} SyncFullTask
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connectorapi.baton.v1.Task.SyncFullTask & c1.connectorapi.baton.v1.Task.SyncFullTask.$Shape;

                        /**
                         * Creates a SyncFullTask message from a plain object. Also converts values to their respective internal types.
                         * @param d Plain object
                         * @returns SyncFullTask
                         */
                        static fromObject(d: { [k: string]: any }): c1.connectorapi.baton.v1.Task.SyncFullTask;

                        /**
                         * Creates a plain object from a SyncFullTask message. Also converts values to other types if specified.
                         * @param m SyncFullTask
                         * @param [o] Conversion options
                         * @returns Plain object
                         */
                        static toObject(m: c1.connectorapi.baton.v1.Task.SyncFullTask, o?: $protobuf.IConversionOptions): { [k: string]: any };

                        /**
                         * Converts this SyncFullTask to JSON.
                         * @returns JSON object
                         */
                        toJSON(): { [k: string]: any };

                        /**
                         * Gets the type url for SyncFullTask
                         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns The type url
                         */
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace SyncFullTask {

                        /** Properties of a SyncFullTask. */
                        interface $Properties {

                            /** SyncFullTask annotations */
                            annotations?: (google.protobuf.Any.$Properties[]|null);

                            /** SyncFullTask skipExpandGrants */
                            skipExpandGrants?: (boolean|null);

                            /** SyncFullTask skipEntitlementsAndGrants */
                            skipEntitlementsAndGrants?: (boolean|null);

                            /** SyncFullTask targetedSyncResources */
                            targetedSyncResources?: (c1.connector.v2.Resource.$Properties[]|null);

                            /** SyncFullTask syncResourceTypeIds */
                            syncResourceTypeIds?: (string[]|null);

                            /** SyncFullTask skipGrants */
                            skipGrants?: (boolean|null);

                            /** SyncFullTask storageEngine */
                            storageEngine?: (string|null);

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Shape of a SyncFullTask. */
                        type $Shape = c1.connectorapi.baton.v1.Task.SyncFullTask.$Properties;
                    }

                    /**
                     * Properties of a GrantTask.
                     * @deprecated Use c1.connectorapi.baton.v1.Task.GrantTask.$Properties instead.
                     */
                    interface IGrantTask extends c1.connectorapi.baton.v1.Task.GrantTask.$Properties {
                    }

                    /** Represents a GrantTask. */
                    class GrantTask {

                        /**
                         * Constructs a new GrantTask.
                         * @param [p] Properties to set
                         */
                        constructor(p?: c1.connectorapi.baton.v1.Task.GrantTask.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /** GrantTask entitlement. */
                        entitlement?: (c1.connector.v2.Entitlement.$Properties|null);

                        /** GrantTask principal. */
                        principal?: (c1.connector.v2.Resource.$Properties|null);

                        /** GrantTask annotations. */
                        annotations: google.protobuf.Any.$Properties[];

                        /** GrantTask duration. */
                        duration?: (google.protobuf.Duration.$Properties|null);

                        /**
                         * Creates a new GrantTask instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns GrantTask instance
                         */
                        static create(properties: c1.connectorapi.baton.v1.Task.GrantTask.$Shape): c1.connectorapi.baton.v1.Task.GrantTask & c1.connectorapi.baton.v1.Task.GrantTask.$Shape;
                        static create(properties?: c1.connectorapi.baton.v1.Task.GrantTask.$Properties): c1.connectorapi.baton.v1.Task.GrantTask;

                        /**
                         * Encodes the specified GrantTask message. Does not implicitly {@link c1.connectorapi.baton.v1.Task.GrantTask.verify|verify} messages.
                         * @param m GrantTask message or plain object to encode
                         * @param [w] Writer to encode to
                         * @returns Writer
                         */
                        static encode(m: c1.connectorapi.baton.v1.Task.GrantTask.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes a GrantTask message from the specified reader or buffer.
                         * @param r Reader or buffer to decode from
                         * @param [l] Message length if known beforehand
                         * @returns {c1.connectorapi.baton.v1.Task.GrantTask & c1.connectorapi.baton.v1.Task.GrantTask.$Shape} GrantTask
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connectorapi.baton.v1.Task.GrantTask & c1.connectorapi.baton.v1.Task.GrantTask.$Shape;

                        /**
                         * Creates a GrantTask message from a plain object. Also converts values to their respective internal types.
                         * @param d Plain object
                         * @returns GrantTask
                         */
                        static fromObject(d: { [k: string]: any }): c1.connectorapi.baton.v1.Task.GrantTask;

                        /**
                         * Creates a plain object from a GrantTask message. Also converts values to other types if specified.
                         * @param m GrantTask
                         * @param [o] Conversion options
                         * @returns Plain object
                         */
                        static toObject(m: c1.connectorapi.baton.v1.Task.GrantTask, o?: $protobuf.IConversionOptions): { [k: string]: any };

                        /**
                         * Converts this GrantTask to JSON.
                         * @returns JSON object
                         */
                        toJSON(): { [k: string]: any };

                        /**
                         * Gets the type url for GrantTask
                         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns The type url
                         */
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace GrantTask {

                        /** Properties of a GrantTask. */
                        interface $Properties {

                            /** GrantTask entitlement */
                            entitlement?: (c1.connector.v2.Entitlement.$Properties|null);

                            /** GrantTask principal */
                            principal?: (c1.connector.v2.Resource.$Properties|null);

                            /** GrantTask annotations */
                            annotations?: (google.protobuf.Any.$Properties[]|null);

                            /** GrantTask duration */
                            duration?: (google.protobuf.Duration.$Properties|null);

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Shape of a GrantTask. */
                        type $Shape = c1.connectorapi.baton.v1.Task.GrantTask.$Properties;
                    }

                    /**
                     * Properties of a RevokeTask.
                     * @deprecated Use c1.connectorapi.baton.v1.Task.RevokeTask.$Properties instead.
                     */
                    interface IRevokeTask extends c1.connectorapi.baton.v1.Task.RevokeTask.$Properties {
                    }

                    /** Represents a RevokeTask. */
                    class RevokeTask {

                        /**
                         * Constructs a new RevokeTask.
                         * @param [p] Properties to set
                         */
                        constructor(p?: c1.connectorapi.baton.v1.Task.RevokeTask.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /** RevokeTask grant. */
                        grant?: (c1.connector.v2.Grant.$Properties|null);

                        /** RevokeTask annotations. */
                        annotations: google.protobuf.Any.$Properties[];

                        /**
                         * Creates a new RevokeTask instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns RevokeTask instance
                         */
                        static create(properties: c1.connectorapi.baton.v1.Task.RevokeTask.$Shape): c1.connectorapi.baton.v1.Task.RevokeTask & c1.connectorapi.baton.v1.Task.RevokeTask.$Shape;
                        static create(properties?: c1.connectorapi.baton.v1.Task.RevokeTask.$Properties): c1.connectorapi.baton.v1.Task.RevokeTask;

                        /**
                         * Encodes the specified RevokeTask message. Does not implicitly {@link c1.connectorapi.baton.v1.Task.RevokeTask.verify|verify} messages.
                         * @param m RevokeTask message or plain object to encode
                         * @param [w] Writer to encode to
                         * @returns Writer
                         */
                        static encode(m: c1.connectorapi.baton.v1.Task.RevokeTask.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes a RevokeTask message from the specified reader or buffer.
                         * @param r Reader or buffer to decode from
                         * @param [l] Message length if known beforehand
                         * @returns {c1.connectorapi.baton.v1.Task.RevokeTask & c1.connectorapi.baton.v1.Task.RevokeTask.$Shape} RevokeTask
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connectorapi.baton.v1.Task.RevokeTask & c1.connectorapi.baton.v1.Task.RevokeTask.$Shape;

                        /**
                         * Creates a RevokeTask message from a plain object. Also converts values to their respective internal types.
                         * @param d Plain object
                         * @returns RevokeTask
                         */
                        static fromObject(d: { [k: string]: any }): c1.connectorapi.baton.v1.Task.RevokeTask;

                        /**
                         * Creates a plain object from a RevokeTask message. Also converts values to other types if specified.
                         * @param m RevokeTask
                         * @param [o] Conversion options
                         * @returns Plain object
                         */
                        static toObject(m: c1.connectorapi.baton.v1.Task.RevokeTask, o?: $protobuf.IConversionOptions): { [k: string]: any };

                        /**
                         * Converts this RevokeTask to JSON.
                         * @returns JSON object
                         */
                        toJSON(): { [k: string]: any };

                        /**
                         * Gets the type url for RevokeTask
                         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns The type url
                         */
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace RevokeTask {

                        /** Properties of a RevokeTask. */
                        interface $Properties {

                            /** RevokeTask grant */
                            grant?: (c1.connector.v2.Grant.$Properties|null);

                            /** RevokeTask annotations */
                            annotations?: (google.protobuf.Any.$Properties[]|null);

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Shape of a RevokeTask. */
                        type $Shape = c1.connectorapi.baton.v1.Task.RevokeTask.$Properties;
                    }

                    /**
                     * Properties of a CreateAccountTask.
                     * @deprecated Use c1.connectorapi.baton.v1.Task.CreateAccountTask.$Properties instead.
                     */
                    interface ICreateAccountTask extends c1.connectorapi.baton.v1.Task.CreateAccountTask.$Properties {
                    }

                    /** Represents a CreateAccountTask. */
                    class CreateAccountTask {

                        /**
                         * Constructs a new CreateAccountTask.
                         * @param [p] Properties to set
                         */
                        constructor(p?: c1.connectorapi.baton.v1.Task.CreateAccountTask.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /**
                         * Creates a new CreateAccountTask instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns CreateAccountTask instance
                         */
                        static create(properties: c1.connectorapi.baton.v1.Task.CreateAccountTask.$Shape): c1.connectorapi.baton.v1.Task.CreateAccountTask & c1.connectorapi.baton.v1.Task.CreateAccountTask.$Shape;
                        static create(properties?: c1.connectorapi.baton.v1.Task.CreateAccountTask.$Properties): c1.connectorapi.baton.v1.Task.CreateAccountTask;

                        /**
                         * Encodes the specified CreateAccountTask message. Does not implicitly {@link c1.connectorapi.baton.v1.Task.CreateAccountTask.verify|verify} messages.
                         * @param m CreateAccountTask message or plain object to encode
                         * @param [w] Writer to encode to
                         * @returns Writer
                         */
                        static encode(m: c1.connectorapi.baton.v1.Task.CreateAccountTask.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes a CreateAccountTask message from the specified reader or buffer.
                         * @param r Reader or buffer to decode from
                         * @param [l] Message length if known beforehand
                         * @returns {c1.connectorapi.baton.v1.Task.CreateAccountTask & c1.connectorapi.baton.v1.Task.CreateAccountTask.$Shape} CreateAccountTask
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connectorapi.baton.v1.Task.CreateAccountTask & c1.connectorapi.baton.v1.Task.CreateAccountTask.$Shape;

                        /**
                         * Creates a CreateAccountTask message from a plain object. Also converts values to their respective internal types.
                         * @param d Plain object
                         * @returns CreateAccountTask
                         */
                        static fromObject(d: { [k: string]: any }): c1.connectorapi.baton.v1.Task.CreateAccountTask;

                        /**
                         * Creates a plain object from a CreateAccountTask message. Also converts values to other types if specified.
                         * @param m CreateAccountTask
                         * @param [o] Conversion options
                         * @returns Plain object
                         */
                        static toObject(m: c1.connectorapi.baton.v1.Task.CreateAccountTask, o?: $protobuf.IConversionOptions): { [k: string]: any };

                        /**
                         * Converts this CreateAccountTask to JSON.
                         * @returns JSON object
                         */
                        toJSON(): { [k: string]: any };

                        /**
                         * Gets the type url for CreateAccountTask
                         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns The type url
                         */
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace CreateAccountTask {

                        /** Properties of a CreateAccountTask. */
                        interface $Properties {

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Shape of a CreateAccountTask. */
                        type $Shape = c1.connectorapi.baton.v1.Task.CreateAccountTask.$Properties;
                    }

                    /**
                     * Properties of a CreateResourceTask.
                     * @deprecated Use c1.connectorapi.baton.v1.Task.CreateResourceTask.$Properties instead.
                     */
                    interface ICreateResourceTask extends c1.connectorapi.baton.v1.Task.CreateResourceTask.$Properties {
                    }

                    /** Represents a CreateResourceTask. */
                    class CreateResourceTask {

                        /**
                         * Constructs a new CreateResourceTask.
                         * @param [p] Properties to set
                         */
                        constructor(p?: c1.connectorapi.baton.v1.Task.CreateResourceTask.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /**
                         * Creates a new CreateResourceTask instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns CreateResourceTask instance
                         */
                        static create(properties: c1.connectorapi.baton.v1.Task.CreateResourceTask.$Shape): c1.connectorapi.baton.v1.Task.CreateResourceTask & c1.connectorapi.baton.v1.Task.CreateResourceTask.$Shape;
                        static create(properties?: c1.connectorapi.baton.v1.Task.CreateResourceTask.$Properties): c1.connectorapi.baton.v1.Task.CreateResourceTask;

                        /**
                         * Encodes the specified CreateResourceTask message. Does not implicitly {@link c1.connectorapi.baton.v1.Task.CreateResourceTask.verify|verify} messages.
                         * @param m CreateResourceTask message or plain object to encode
                         * @param [w] Writer to encode to
                         * @returns Writer
                         */
                        static encode(m: c1.connectorapi.baton.v1.Task.CreateResourceTask.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes a CreateResourceTask message from the specified reader or buffer.
                         * @param r Reader or buffer to decode from
                         * @param [l] Message length if known beforehand
                         * @returns {c1.connectorapi.baton.v1.Task.CreateResourceTask & c1.connectorapi.baton.v1.Task.CreateResourceTask.$Shape} CreateResourceTask
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connectorapi.baton.v1.Task.CreateResourceTask & c1.connectorapi.baton.v1.Task.CreateResourceTask.$Shape;

                        /**
                         * Creates a CreateResourceTask message from a plain object. Also converts values to their respective internal types.
                         * @param d Plain object
                         * @returns CreateResourceTask
                         */
                        static fromObject(d: { [k: string]: any }): c1.connectorapi.baton.v1.Task.CreateResourceTask;

                        /**
                         * Creates a plain object from a CreateResourceTask message. Also converts values to other types if specified.
                         * @param m CreateResourceTask
                         * @param [o] Conversion options
                         * @returns Plain object
                         */
                        static toObject(m: c1.connectorapi.baton.v1.Task.CreateResourceTask, o?: $protobuf.IConversionOptions): { [k: string]: any };

                        /**
                         * Converts this CreateResourceTask to JSON.
                         * @returns JSON object
                         */
                        toJSON(): { [k: string]: any };

                        /**
                         * Gets the type url for CreateResourceTask
                         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns The type url
                         */
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace CreateResourceTask {

                        /** Properties of a CreateResourceTask. */
                        interface $Properties {

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Shape of a CreateResourceTask. */
                        type $Shape = c1.connectorapi.baton.v1.Task.CreateResourceTask.$Properties;
                    }

                    /**
                     * Properties of a DeleteResourceTask.
                     * @deprecated Use c1.connectorapi.baton.v1.Task.DeleteResourceTask.$Properties instead.
                     */
                    interface IDeleteResourceTask extends c1.connectorapi.baton.v1.Task.DeleteResourceTask.$Properties {
                    }

                    /** Represents a DeleteResourceTask. */
                    class DeleteResourceTask {

                        /**
                         * Constructs a new DeleteResourceTask.
                         * @param [p] Properties to set
                         */
                        constructor(p?: c1.connectorapi.baton.v1.Task.DeleteResourceTask.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /**
                         * Creates a new DeleteResourceTask instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns DeleteResourceTask instance
                         */
                        static create(properties: c1.connectorapi.baton.v1.Task.DeleteResourceTask.$Shape): c1.connectorapi.baton.v1.Task.DeleteResourceTask & c1.connectorapi.baton.v1.Task.DeleteResourceTask.$Shape;
                        static create(properties?: c1.connectorapi.baton.v1.Task.DeleteResourceTask.$Properties): c1.connectorapi.baton.v1.Task.DeleteResourceTask;

                        /**
                         * Encodes the specified DeleteResourceTask message. Does not implicitly {@link c1.connectorapi.baton.v1.Task.DeleteResourceTask.verify|verify} messages.
                         * @param m DeleteResourceTask message or plain object to encode
                         * @param [w] Writer to encode to
                         * @returns Writer
                         */
                        static encode(m: c1.connectorapi.baton.v1.Task.DeleteResourceTask.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes a DeleteResourceTask message from the specified reader or buffer.
                         * @param r Reader or buffer to decode from
                         * @param [l] Message length if known beforehand
                         * @returns {c1.connectorapi.baton.v1.Task.DeleteResourceTask & c1.connectorapi.baton.v1.Task.DeleteResourceTask.$Shape} DeleteResourceTask
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connectorapi.baton.v1.Task.DeleteResourceTask & c1.connectorapi.baton.v1.Task.DeleteResourceTask.$Shape;

                        /**
                         * Creates a DeleteResourceTask message from a plain object. Also converts values to their respective internal types.
                         * @param d Plain object
                         * @returns DeleteResourceTask
                         */
                        static fromObject(d: { [k: string]: any }): c1.connectorapi.baton.v1.Task.DeleteResourceTask;

                        /**
                         * Creates a plain object from a DeleteResourceTask message. Also converts values to other types if specified.
                         * @param m DeleteResourceTask
                         * @param [o] Conversion options
                         * @returns Plain object
                         */
                        static toObject(m: c1.connectorapi.baton.v1.Task.DeleteResourceTask, o?: $protobuf.IConversionOptions): { [k: string]: any };

                        /**
                         * Converts this DeleteResourceTask to JSON.
                         * @returns JSON object
                         */
                        toJSON(): { [k: string]: any };

                        /**
                         * Gets the type url for DeleteResourceTask
                         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns The type url
                         */
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace DeleteResourceTask {

                        /** Properties of a DeleteResourceTask. */
                        interface $Properties {

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Shape of a DeleteResourceTask. */
                        type $Shape = c1.connectorapi.baton.v1.Task.DeleteResourceTask.$Properties;
                    }

                    /**
                     * Properties of a RotateCredentialsTask.
                     * @deprecated Use c1.connectorapi.baton.v1.Task.RotateCredentialsTask.$Properties instead.
                     */
                    interface IRotateCredentialsTask extends c1.connectorapi.baton.v1.Task.RotateCredentialsTask.$Properties {
                    }

                    /** Represents a RotateCredentialsTask. */
                    class RotateCredentialsTask {

                        /**
                         * Constructs a new RotateCredentialsTask.
                         * @param [p] Properties to set
                         */
                        constructor(p?: c1.connectorapi.baton.v1.Task.RotateCredentialsTask.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /**
                         * Creates a new RotateCredentialsTask instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns RotateCredentialsTask instance
                         */
                        static create(properties: c1.connectorapi.baton.v1.Task.RotateCredentialsTask.$Shape): c1.connectorapi.baton.v1.Task.RotateCredentialsTask & c1.connectorapi.baton.v1.Task.RotateCredentialsTask.$Shape;
                        static create(properties?: c1.connectorapi.baton.v1.Task.RotateCredentialsTask.$Properties): c1.connectorapi.baton.v1.Task.RotateCredentialsTask;

                        /**
                         * Encodes the specified RotateCredentialsTask message. Does not implicitly {@link c1.connectorapi.baton.v1.Task.RotateCredentialsTask.verify|verify} messages.
                         * @param m RotateCredentialsTask message or plain object to encode
                         * @param [w] Writer to encode to
                         * @returns Writer
                         */
                        static encode(m: c1.connectorapi.baton.v1.Task.RotateCredentialsTask.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes a RotateCredentialsTask message from the specified reader or buffer.
                         * @param r Reader or buffer to decode from
                         * @param [l] Message length if known beforehand
                         * @returns {c1.connectorapi.baton.v1.Task.RotateCredentialsTask & c1.connectorapi.baton.v1.Task.RotateCredentialsTask.$Shape} RotateCredentialsTask
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connectorapi.baton.v1.Task.RotateCredentialsTask & c1.connectorapi.baton.v1.Task.RotateCredentialsTask.$Shape;

                        /**
                         * Creates a RotateCredentialsTask message from a plain object. Also converts values to their respective internal types.
                         * @param d Plain object
                         * @returns RotateCredentialsTask
                         */
                        static fromObject(d: { [k: string]: any }): c1.connectorapi.baton.v1.Task.RotateCredentialsTask;

                        /**
                         * Creates a plain object from a RotateCredentialsTask message. Also converts values to other types if specified.
                         * @param m RotateCredentialsTask
                         * @param [o] Conversion options
                         * @returns Plain object
                         */
                        static toObject(m: c1.connectorapi.baton.v1.Task.RotateCredentialsTask, o?: $protobuf.IConversionOptions): { [k: string]: any };

                        /**
                         * Converts this RotateCredentialsTask to JSON.
                         * @returns JSON object
                         */
                        toJSON(): { [k: string]: any };

                        /**
                         * Gets the type url for RotateCredentialsTask
                         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns The type url
                         */
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace RotateCredentialsTask {

                        /** Properties of a RotateCredentialsTask. */
                        interface $Properties {

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Shape of a RotateCredentialsTask. */
                        type $Shape = c1.connectorapi.baton.v1.Task.RotateCredentialsTask.$Properties;
                    }

                    /**
                     * Properties of an EventFeedTask.
                     * @deprecated Use c1.connectorapi.baton.v1.Task.EventFeedTask.$Properties instead.
                     */
                    interface IEventFeedTask extends c1.connectorapi.baton.v1.Task.EventFeedTask.$Properties {
                    }

                    /** Represents an EventFeedTask. */
                    class EventFeedTask {

                        /**
                         * Constructs a new EventFeedTask.
                         * @param [p] Properties to set
                         */
                        constructor(p?: c1.connectorapi.baton.v1.Task.EventFeedTask.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /**
                         * Creates a new EventFeedTask instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns EventFeedTask instance
                         */
                        static create(properties: c1.connectorapi.baton.v1.Task.EventFeedTask.$Shape): c1.connectorapi.baton.v1.Task.EventFeedTask & c1.connectorapi.baton.v1.Task.EventFeedTask.$Shape;
                        static create(properties?: c1.connectorapi.baton.v1.Task.EventFeedTask.$Properties): c1.connectorapi.baton.v1.Task.EventFeedTask;

                        /**
                         * Encodes the specified EventFeedTask message. Does not implicitly {@link c1.connectorapi.baton.v1.Task.EventFeedTask.verify|verify} messages.
                         * @param m EventFeedTask message or plain object to encode
                         * @param [w] Writer to encode to
                         * @returns Writer
                         */
                        static encode(m: c1.connectorapi.baton.v1.Task.EventFeedTask.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes an EventFeedTask message from the specified reader or buffer.
                         * @param r Reader or buffer to decode from
                         * @param [l] Message length if known beforehand
                         * @returns {c1.connectorapi.baton.v1.Task.EventFeedTask & c1.connectorapi.baton.v1.Task.EventFeedTask.$Shape} EventFeedTask
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connectorapi.baton.v1.Task.EventFeedTask & c1.connectorapi.baton.v1.Task.EventFeedTask.$Shape;

                        /**
                         * Creates an EventFeedTask message from a plain object. Also converts values to their respective internal types.
                         * @param d Plain object
                         * @returns EventFeedTask
                         */
                        static fromObject(d: { [k: string]: any }): c1.connectorapi.baton.v1.Task.EventFeedTask;

                        /**
                         * Creates a plain object from an EventFeedTask message. Also converts values to other types if specified.
                         * @param m EventFeedTask
                         * @param [o] Conversion options
                         * @returns Plain object
                         */
                        static toObject(m: c1.connectorapi.baton.v1.Task.EventFeedTask, o?: $protobuf.IConversionOptions): { [k: string]: any };

                        /**
                         * Converts this EventFeedTask to JSON.
                         * @returns JSON object
                         */
                        toJSON(): { [k: string]: any };

                        /**
                         * Gets the type url for EventFeedTask
                         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns The type url
                         */
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace EventFeedTask {

                        /** Properties of an EventFeedTask. */
                        interface $Properties {

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Shape of an EventFeedTask. */
                        type $Shape = c1.connectorapi.baton.v1.Task.EventFeedTask.$Properties;
                    }

                    /**
                     * Properties of a CreateTicketTask.
                     * @deprecated Use c1.connectorapi.baton.v1.Task.CreateTicketTask.$Properties instead.
                     */
                    interface ICreateTicketTask extends c1.connectorapi.baton.v1.Task.CreateTicketTask.$Properties {
                    }

                    /** Represents a CreateTicketTask. */
                    class CreateTicketTask {

                        /**
                         * Constructs a new CreateTicketTask.
                         * @param [p] Properties to set
                         */
                        constructor(p?: c1.connectorapi.baton.v1.Task.CreateTicketTask.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /**
                         * Creates a new CreateTicketTask instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns CreateTicketTask instance
                         */
                        static create(properties: c1.connectorapi.baton.v1.Task.CreateTicketTask.$Shape): c1.connectorapi.baton.v1.Task.CreateTicketTask & c1.connectorapi.baton.v1.Task.CreateTicketTask.$Shape;
                        static create(properties?: c1.connectorapi.baton.v1.Task.CreateTicketTask.$Properties): c1.connectorapi.baton.v1.Task.CreateTicketTask;

                        /**
                         * Encodes the specified CreateTicketTask message. Does not implicitly {@link c1.connectorapi.baton.v1.Task.CreateTicketTask.verify|verify} messages.
                         * @param m CreateTicketTask message or plain object to encode
                         * @param [w] Writer to encode to
                         * @returns Writer
                         */
                        static encode(m: c1.connectorapi.baton.v1.Task.CreateTicketTask.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes a CreateTicketTask message from the specified reader or buffer.
                         * @param r Reader or buffer to decode from
                         * @param [l] Message length if known beforehand
                         * @returns {c1.connectorapi.baton.v1.Task.CreateTicketTask & c1.connectorapi.baton.v1.Task.CreateTicketTask.$Shape} CreateTicketTask
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connectorapi.baton.v1.Task.CreateTicketTask & c1.connectorapi.baton.v1.Task.CreateTicketTask.$Shape;

                        /**
                         * Creates a CreateTicketTask message from a plain object. Also converts values to their respective internal types.
                         * @param d Plain object
                         * @returns CreateTicketTask
                         */
                        static fromObject(d: { [k: string]: any }): c1.connectorapi.baton.v1.Task.CreateTicketTask;

                        /**
                         * Creates a plain object from a CreateTicketTask message. Also converts values to other types if specified.
                         * @param m CreateTicketTask
                         * @param [o] Conversion options
                         * @returns Plain object
                         */
                        static toObject(m: c1.connectorapi.baton.v1.Task.CreateTicketTask, o?: $protobuf.IConversionOptions): { [k: string]: any };

                        /**
                         * Converts this CreateTicketTask to JSON.
                         * @returns JSON object
                         */
                        toJSON(): { [k: string]: any };

                        /**
                         * Gets the type url for CreateTicketTask
                         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns The type url
                         */
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace CreateTicketTask {

                        /** Properties of a CreateTicketTask. */
                        interface $Properties {

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Shape of a CreateTicketTask. */
                        type $Shape = c1.connectorapi.baton.v1.Task.CreateTicketTask.$Properties;
                    }

                    /**
                     * Properties of a ListTicketSchemasTask.
                     * @deprecated Use c1.connectorapi.baton.v1.Task.ListTicketSchemasTask.$Properties instead.
                     */
                    interface IListTicketSchemasTask extends c1.connectorapi.baton.v1.Task.ListTicketSchemasTask.$Properties {
                    }

                    /** Represents a ListTicketSchemasTask. */
                    class ListTicketSchemasTask {

                        /**
                         * Constructs a new ListTicketSchemasTask.
                         * @param [p] Properties to set
                         */
                        constructor(p?: c1.connectorapi.baton.v1.Task.ListTicketSchemasTask.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /**
                         * Creates a new ListTicketSchemasTask instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns ListTicketSchemasTask instance
                         */
                        static create(properties: c1.connectorapi.baton.v1.Task.ListTicketSchemasTask.$Shape): c1.connectorapi.baton.v1.Task.ListTicketSchemasTask & c1.connectorapi.baton.v1.Task.ListTicketSchemasTask.$Shape;
                        static create(properties?: c1.connectorapi.baton.v1.Task.ListTicketSchemasTask.$Properties): c1.connectorapi.baton.v1.Task.ListTicketSchemasTask;

                        /**
                         * Encodes the specified ListTicketSchemasTask message. Does not implicitly {@link c1.connectorapi.baton.v1.Task.ListTicketSchemasTask.verify|verify} messages.
                         * @param m ListTicketSchemasTask message or plain object to encode
                         * @param [w] Writer to encode to
                         * @returns Writer
                         */
                        static encode(m: c1.connectorapi.baton.v1.Task.ListTicketSchemasTask.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes a ListTicketSchemasTask message from the specified reader or buffer.
                         * @param r Reader or buffer to decode from
                         * @param [l] Message length if known beforehand
                         * @returns {c1.connectorapi.baton.v1.Task.ListTicketSchemasTask & c1.connectorapi.baton.v1.Task.ListTicketSchemasTask.$Shape} ListTicketSchemasTask
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connectorapi.baton.v1.Task.ListTicketSchemasTask & c1.connectorapi.baton.v1.Task.ListTicketSchemasTask.$Shape;

                        /**
                         * Creates a ListTicketSchemasTask message from a plain object. Also converts values to their respective internal types.
                         * @param d Plain object
                         * @returns ListTicketSchemasTask
                         */
                        static fromObject(d: { [k: string]: any }): c1.connectorapi.baton.v1.Task.ListTicketSchemasTask;

                        /**
                         * Creates a plain object from a ListTicketSchemasTask message. Also converts values to other types if specified.
                         * @param m ListTicketSchemasTask
                         * @param [o] Conversion options
                         * @returns Plain object
                         */
                        static toObject(m: c1.connectorapi.baton.v1.Task.ListTicketSchemasTask, o?: $protobuf.IConversionOptions): { [k: string]: any };

                        /**
                         * Converts this ListTicketSchemasTask to JSON.
                         * @returns JSON object
                         */
                        toJSON(): { [k: string]: any };

                        /**
                         * Gets the type url for ListTicketSchemasTask
                         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns The type url
                         */
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace ListTicketSchemasTask {

                        /** Properties of a ListTicketSchemasTask. */
                        interface $Properties {

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Shape of a ListTicketSchemasTask. */
                        type $Shape = c1.connectorapi.baton.v1.Task.ListTicketSchemasTask.$Properties;
                    }

                    /**
                     * Properties of a GetTicketTask.
                     * @deprecated Use c1.connectorapi.baton.v1.Task.GetTicketTask.$Properties instead.
                     */
                    interface IGetTicketTask extends c1.connectorapi.baton.v1.Task.GetTicketTask.$Properties {
                    }

                    /** Represents a GetTicketTask. */
                    class GetTicketTask {

                        /**
                         * Constructs a new GetTicketTask.
                         * @param [p] Properties to set
                         */
                        constructor(p?: c1.connectorapi.baton.v1.Task.GetTicketTask.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /**
                         * Creates a new GetTicketTask instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns GetTicketTask instance
                         */
                        static create(properties: c1.connectorapi.baton.v1.Task.GetTicketTask.$Shape): c1.connectorapi.baton.v1.Task.GetTicketTask & c1.connectorapi.baton.v1.Task.GetTicketTask.$Shape;
                        static create(properties?: c1.connectorapi.baton.v1.Task.GetTicketTask.$Properties): c1.connectorapi.baton.v1.Task.GetTicketTask;

                        /**
                         * Encodes the specified GetTicketTask message. Does not implicitly {@link c1.connectorapi.baton.v1.Task.GetTicketTask.verify|verify} messages.
                         * @param m GetTicketTask message or plain object to encode
                         * @param [w] Writer to encode to
                         * @returns Writer
                         */
                        static encode(m: c1.connectorapi.baton.v1.Task.GetTicketTask.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes a GetTicketTask message from the specified reader or buffer.
                         * @param r Reader or buffer to decode from
                         * @param [l] Message length if known beforehand
                         * @returns {c1.connectorapi.baton.v1.Task.GetTicketTask & c1.connectorapi.baton.v1.Task.GetTicketTask.$Shape} GetTicketTask
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connectorapi.baton.v1.Task.GetTicketTask & c1.connectorapi.baton.v1.Task.GetTicketTask.$Shape;

                        /**
                         * Creates a GetTicketTask message from a plain object. Also converts values to their respective internal types.
                         * @param d Plain object
                         * @returns GetTicketTask
                         */
                        static fromObject(d: { [k: string]: any }): c1.connectorapi.baton.v1.Task.GetTicketTask;

                        /**
                         * Creates a plain object from a GetTicketTask message. Also converts values to other types if specified.
                         * @param m GetTicketTask
                         * @param [o] Conversion options
                         * @returns Plain object
                         */
                        static toObject(m: c1.connectorapi.baton.v1.Task.GetTicketTask, o?: $protobuf.IConversionOptions): { [k: string]: any };

                        /**
                         * Converts this GetTicketTask to JSON.
                         * @returns JSON object
                         */
                        toJSON(): { [k: string]: any };

                        /**
                         * Gets the type url for GetTicketTask
                         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns The type url
                         */
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace GetTicketTask {

                        /** Properties of a GetTicketTask. */
                        interface $Properties {

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Shape of a GetTicketTask. */
                        type $Shape = c1.connectorapi.baton.v1.Task.GetTicketTask.$Properties;
                    }

                    /**
                     * Properties of a BulkCreateTicketsTask.
                     * @deprecated Use c1.connectorapi.baton.v1.Task.BulkCreateTicketsTask.$Properties instead.
                     */
                    interface IBulkCreateTicketsTask extends c1.connectorapi.baton.v1.Task.BulkCreateTicketsTask.$Properties {
                    }

                    /** Represents a BulkCreateTicketsTask. */
                    class BulkCreateTicketsTask {

                        /**
                         * Constructs a new BulkCreateTicketsTask.
                         * @param [p] Properties to set
                         */
                        constructor(p?: c1.connectorapi.baton.v1.Task.BulkCreateTicketsTask.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /**
                         * Creates a new BulkCreateTicketsTask instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns BulkCreateTicketsTask instance
                         */
                        static create(properties: c1.connectorapi.baton.v1.Task.BulkCreateTicketsTask.$Shape): c1.connectorapi.baton.v1.Task.BulkCreateTicketsTask & c1.connectorapi.baton.v1.Task.BulkCreateTicketsTask.$Shape;
                        static create(properties?: c1.connectorapi.baton.v1.Task.BulkCreateTicketsTask.$Properties): c1.connectorapi.baton.v1.Task.BulkCreateTicketsTask;

                        /**
                         * Encodes the specified BulkCreateTicketsTask message. Does not implicitly {@link c1.connectorapi.baton.v1.Task.BulkCreateTicketsTask.verify|verify} messages.
                         * @param m BulkCreateTicketsTask message or plain object to encode
                         * @param [w] Writer to encode to
                         * @returns Writer
                         */
                        static encode(m: c1.connectorapi.baton.v1.Task.BulkCreateTicketsTask.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes a BulkCreateTicketsTask message from the specified reader or buffer.
                         * @param r Reader or buffer to decode from
                         * @param [l] Message length if known beforehand
                         * @returns {c1.connectorapi.baton.v1.Task.BulkCreateTicketsTask & c1.connectorapi.baton.v1.Task.BulkCreateTicketsTask.$Shape} BulkCreateTicketsTask
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connectorapi.baton.v1.Task.BulkCreateTicketsTask & c1.connectorapi.baton.v1.Task.BulkCreateTicketsTask.$Shape;

                        /**
                         * Creates a BulkCreateTicketsTask message from a plain object. Also converts values to their respective internal types.
                         * @param d Plain object
                         * @returns BulkCreateTicketsTask
                         */
                        static fromObject(d: { [k: string]: any }): c1.connectorapi.baton.v1.Task.BulkCreateTicketsTask;

                        /**
                         * Creates a plain object from a BulkCreateTicketsTask message. Also converts values to other types if specified.
                         * @param m BulkCreateTicketsTask
                         * @param [o] Conversion options
                         * @returns Plain object
                         */
                        static toObject(m: c1.connectorapi.baton.v1.Task.BulkCreateTicketsTask, o?: $protobuf.IConversionOptions): { [k: string]: any };

                        /**
                         * Converts this BulkCreateTicketsTask to JSON.
                         * @returns JSON object
                         */
                        toJSON(): { [k: string]: any };

                        /**
                         * Gets the type url for BulkCreateTicketsTask
                         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns The type url
                         */
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace BulkCreateTicketsTask {

                        /** Properties of a BulkCreateTicketsTask. */
                        interface $Properties {

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Shape of a BulkCreateTicketsTask. */
                        type $Shape = c1.connectorapi.baton.v1.Task.BulkCreateTicketsTask.$Properties;
                    }

                    /**
                     * Properties of a BulkGetTicketsTask.
                     * @deprecated Use c1.connectorapi.baton.v1.Task.BulkGetTicketsTask.$Properties instead.
                     */
                    interface IBulkGetTicketsTask extends c1.connectorapi.baton.v1.Task.BulkGetTicketsTask.$Properties {
                    }

                    /** Represents a BulkGetTicketsTask. */
                    class BulkGetTicketsTask {

                        /**
                         * Constructs a new BulkGetTicketsTask.
                         * @param [p] Properties to set
                         */
                        constructor(p?: c1.connectorapi.baton.v1.Task.BulkGetTicketsTask.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /**
                         * Creates a new BulkGetTicketsTask instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns BulkGetTicketsTask instance
                         */
                        static create(properties: c1.connectorapi.baton.v1.Task.BulkGetTicketsTask.$Shape): c1.connectorapi.baton.v1.Task.BulkGetTicketsTask & c1.connectorapi.baton.v1.Task.BulkGetTicketsTask.$Shape;
                        static create(properties?: c1.connectorapi.baton.v1.Task.BulkGetTicketsTask.$Properties): c1.connectorapi.baton.v1.Task.BulkGetTicketsTask;

                        /**
                         * Encodes the specified BulkGetTicketsTask message. Does not implicitly {@link c1.connectorapi.baton.v1.Task.BulkGetTicketsTask.verify|verify} messages.
                         * @param m BulkGetTicketsTask message or plain object to encode
                         * @param [w] Writer to encode to
                         * @returns Writer
                         */
                        static encode(m: c1.connectorapi.baton.v1.Task.BulkGetTicketsTask.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes a BulkGetTicketsTask message from the specified reader or buffer.
                         * @param r Reader or buffer to decode from
                         * @param [l] Message length if known beforehand
                         * @returns {c1.connectorapi.baton.v1.Task.BulkGetTicketsTask & c1.connectorapi.baton.v1.Task.BulkGetTicketsTask.$Shape} BulkGetTicketsTask
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connectorapi.baton.v1.Task.BulkGetTicketsTask & c1.connectorapi.baton.v1.Task.BulkGetTicketsTask.$Shape;

                        /**
                         * Creates a BulkGetTicketsTask message from a plain object. Also converts values to their respective internal types.
                         * @param d Plain object
                         * @returns BulkGetTicketsTask
                         */
                        static fromObject(d: { [k: string]: any }): c1.connectorapi.baton.v1.Task.BulkGetTicketsTask;

                        /**
                         * Creates a plain object from a BulkGetTicketsTask message. Also converts values to other types if specified.
                         * @param m BulkGetTicketsTask
                         * @param [o] Conversion options
                         * @returns Plain object
                         */
                        static toObject(m: c1.connectorapi.baton.v1.Task.BulkGetTicketsTask, o?: $protobuf.IConversionOptions): { [k: string]: any };

                        /**
                         * Converts this BulkGetTicketsTask to JSON.
                         * @returns JSON object
                         */
                        toJSON(): { [k: string]: any };

                        /**
                         * Gets the type url for BulkGetTicketsTask
                         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns The type url
                         */
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace BulkGetTicketsTask {

                        /** Properties of a BulkGetTicketsTask. */
                        interface $Properties {

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Shape of a BulkGetTicketsTask. */
                        type $Shape = c1.connectorapi.baton.v1.Task.BulkGetTicketsTask.$Properties;
                    }

                    /**
                     * Properties of an ActionListSchemasTask.
                     * @deprecated Use c1.connectorapi.baton.v1.Task.ActionListSchemasTask.$Properties instead.
                     */
                    interface IActionListSchemasTask extends c1.connectorapi.baton.v1.Task.ActionListSchemasTask.$Properties {
                    }

                    /** Represents an ActionListSchemasTask. */
                    class ActionListSchemasTask {

                        /**
                         * Constructs a new ActionListSchemasTask.
                         * @param [p] Properties to set
                         */
                        constructor(p?: c1.connectorapi.baton.v1.Task.ActionListSchemasTask.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /**
                         * Creates a new ActionListSchemasTask instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns ActionListSchemasTask instance
                         */
                        static create(properties: c1.connectorapi.baton.v1.Task.ActionListSchemasTask.$Shape): c1.connectorapi.baton.v1.Task.ActionListSchemasTask & c1.connectorapi.baton.v1.Task.ActionListSchemasTask.$Shape;
                        static create(properties?: c1.connectorapi.baton.v1.Task.ActionListSchemasTask.$Properties): c1.connectorapi.baton.v1.Task.ActionListSchemasTask;

                        /**
                         * Encodes the specified ActionListSchemasTask message. Does not implicitly {@link c1.connectorapi.baton.v1.Task.ActionListSchemasTask.verify|verify} messages.
                         * @param m ActionListSchemasTask message or plain object to encode
                         * @param [w] Writer to encode to
                         * @returns Writer
                         */
                        static encode(m: c1.connectorapi.baton.v1.Task.ActionListSchemasTask.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes an ActionListSchemasTask message from the specified reader or buffer.
                         * @param r Reader or buffer to decode from
                         * @param [l] Message length if known beforehand
                         * @returns {c1.connectorapi.baton.v1.Task.ActionListSchemasTask & c1.connectorapi.baton.v1.Task.ActionListSchemasTask.$Shape} ActionListSchemasTask
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connectorapi.baton.v1.Task.ActionListSchemasTask & c1.connectorapi.baton.v1.Task.ActionListSchemasTask.$Shape;

                        /**
                         * Creates an ActionListSchemasTask message from a plain object. Also converts values to their respective internal types.
                         * @param d Plain object
                         * @returns ActionListSchemasTask
                         */
                        static fromObject(d: { [k: string]: any }): c1.connectorapi.baton.v1.Task.ActionListSchemasTask;

                        /**
                         * Creates a plain object from an ActionListSchemasTask message. Also converts values to other types if specified.
                         * @param m ActionListSchemasTask
                         * @param [o] Conversion options
                         * @returns Plain object
                         */
                        static toObject(m: c1.connectorapi.baton.v1.Task.ActionListSchemasTask, o?: $protobuf.IConversionOptions): { [k: string]: any };

                        /**
                         * Converts this ActionListSchemasTask to JSON.
                         * @returns JSON object
                         */
                        toJSON(): { [k: string]: any };

                        /**
                         * Gets the type url for ActionListSchemasTask
                         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns The type url
                         */
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace ActionListSchemasTask {

                        /** Properties of an ActionListSchemasTask. */
                        interface $Properties {

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Shape of an ActionListSchemasTask. */
                        type $Shape = c1.connectorapi.baton.v1.Task.ActionListSchemasTask.$Properties;
                    }

                    /**
                     * Properties of an ActionGetSchemaTask.
                     * @deprecated Use c1.connectorapi.baton.v1.Task.ActionGetSchemaTask.$Properties instead.
                     */
                    interface IActionGetSchemaTask extends c1.connectorapi.baton.v1.Task.ActionGetSchemaTask.$Properties {
                    }

                    /** Represents an ActionGetSchemaTask. */
                    class ActionGetSchemaTask {

                        /**
                         * Constructs a new ActionGetSchemaTask.
                         * @param [p] Properties to set
                         */
                        constructor(p?: c1.connectorapi.baton.v1.Task.ActionGetSchemaTask.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /**
                         * Creates a new ActionGetSchemaTask instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns ActionGetSchemaTask instance
                         */
                        static create(properties: c1.connectorapi.baton.v1.Task.ActionGetSchemaTask.$Shape): c1.connectorapi.baton.v1.Task.ActionGetSchemaTask & c1.connectorapi.baton.v1.Task.ActionGetSchemaTask.$Shape;
                        static create(properties?: c1.connectorapi.baton.v1.Task.ActionGetSchemaTask.$Properties): c1.connectorapi.baton.v1.Task.ActionGetSchemaTask;

                        /**
                         * Encodes the specified ActionGetSchemaTask message. Does not implicitly {@link c1.connectorapi.baton.v1.Task.ActionGetSchemaTask.verify|verify} messages.
                         * @param m ActionGetSchemaTask message or plain object to encode
                         * @param [w] Writer to encode to
                         * @returns Writer
                         */
                        static encode(m: c1.connectorapi.baton.v1.Task.ActionGetSchemaTask.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes an ActionGetSchemaTask message from the specified reader or buffer.
                         * @param r Reader or buffer to decode from
                         * @param [l] Message length if known beforehand
                         * @returns {c1.connectorapi.baton.v1.Task.ActionGetSchemaTask & c1.connectorapi.baton.v1.Task.ActionGetSchemaTask.$Shape} ActionGetSchemaTask
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connectorapi.baton.v1.Task.ActionGetSchemaTask & c1.connectorapi.baton.v1.Task.ActionGetSchemaTask.$Shape;

                        /**
                         * Creates an ActionGetSchemaTask message from a plain object. Also converts values to their respective internal types.
                         * @param d Plain object
                         * @returns ActionGetSchemaTask
                         */
                        static fromObject(d: { [k: string]: any }): c1.connectorapi.baton.v1.Task.ActionGetSchemaTask;

                        /**
                         * Creates a plain object from an ActionGetSchemaTask message. Also converts values to other types if specified.
                         * @param m ActionGetSchemaTask
                         * @param [o] Conversion options
                         * @returns Plain object
                         */
                        static toObject(m: c1.connectorapi.baton.v1.Task.ActionGetSchemaTask, o?: $protobuf.IConversionOptions): { [k: string]: any };

                        /**
                         * Converts this ActionGetSchemaTask to JSON.
                         * @returns JSON object
                         */
                        toJSON(): { [k: string]: any };

                        /**
                         * Gets the type url for ActionGetSchemaTask
                         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns The type url
                         */
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace ActionGetSchemaTask {

                        /** Properties of an ActionGetSchemaTask. */
                        interface $Properties {

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Shape of an ActionGetSchemaTask. */
                        type $Shape = c1.connectorapi.baton.v1.Task.ActionGetSchemaTask.$Properties;
                    }

                    /**
                     * Properties of an ActionInvokeTask.
                     * @deprecated Use c1.connectorapi.baton.v1.Task.ActionInvokeTask.$Properties instead.
                     */
                    interface IActionInvokeTask extends c1.connectorapi.baton.v1.Task.ActionInvokeTask.$Properties {
                    }

                    /** Represents an ActionInvokeTask. */
                    class ActionInvokeTask {

                        /**
                         * Constructs a new ActionInvokeTask.
                         * @param [p] Properties to set
                         */
                        constructor(p?: c1.connectorapi.baton.v1.Task.ActionInvokeTask.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /**
                         * Creates a new ActionInvokeTask instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns ActionInvokeTask instance
                         */
                        static create(properties: c1.connectorapi.baton.v1.Task.ActionInvokeTask.$Shape): c1.connectorapi.baton.v1.Task.ActionInvokeTask & c1.connectorapi.baton.v1.Task.ActionInvokeTask.$Shape;
                        static create(properties?: c1.connectorapi.baton.v1.Task.ActionInvokeTask.$Properties): c1.connectorapi.baton.v1.Task.ActionInvokeTask;

                        /**
                         * Encodes the specified ActionInvokeTask message. Does not implicitly {@link c1.connectorapi.baton.v1.Task.ActionInvokeTask.verify|verify} messages.
                         * @param m ActionInvokeTask message or plain object to encode
                         * @param [w] Writer to encode to
                         * @returns Writer
                         */
                        static encode(m: c1.connectorapi.baton.v1.Task.ActionInvokeTask.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes an ActionInvokeTask message from the specified reader or buffer.
                         * @param r Reader or buffer to decode from
                         * @param [l] Message length if known beforehand
                         * @returns {c1.connectorapi.baton.v1.Task.ActionInvokeTask & c1.connectorapi.baton.v1.Task.ActionInvokeTask.$Shape} ActionInvokeTask
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connectorapi.baton.v1.Task.ActionInvokeTask & c1.connectorapi.baton.v1.Task.ActionInvokeTask.$Shape;

                        /**
                         * Creates an ActionInvokeTask message from a plain object. Also converts values to their respective internal types.
                         * @param d Plain object
                         * @returns ActionInvokeTask
                         */
                        static fromObject(d: { [k: string]: any }): c1.connectorapi.baton.v1.Task.ActionInvokeTask;

                        /**
                         * Creates a plain object from an ActionInvokeTask message. Also converts values to other types if specified.
                         * @param m ActionInvokeTask
                         * @param [o] Conversion options
                         * @returns Plain object
                         */
                        static toObject(m: c1.connectorapi.baton.v1.Task.ActionInvokeTask, o?: $protobuf.IConversionOptions): { [k: string]: any };

                        /**
                         * Converts this ActionInvokeTask to JSON.
                         * @returns JSON object
                         */
                        toJSON(): { [k: string]: any };

                        /**
                         * Gets the type url for ActionInvokeTask
                         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns The type url
                         */
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace ActionInvokeTask {

                        /** Properties of an ActionInvokeTask. */
                        interface $Properties {

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Shape of an ActionInvokeTask. */
                        type $Shape = c1.connectorapi.baton.v1.Task.ActionInvokeTask.$Properties;
                    }

                    /**
                     * Properties of an ActionStatusTask.
                     * @deprecated Use c1.connectorapi.baton.v1.Task.ActionStatusTask.$Properties instead.
                     */
                    interface IActionStatusTask extends c1.connectorapi.baton.v1.Task.ActionStatusTask.$Properties {
                    }

                    /** Represents an ActionStatusTask. */
                    class ActionStatusTask {

                        /**
                         * Constructs a new ActionStatusTask.
                         * @param [p] Properties to set
                         */
                        constructor(p?: c1.connectorapi.baton.v1.Task.ActionStatusTask.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /**
                         * Creates a new ActionStatusTask instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns ActionStatusTask instance
                         */
                        static create(properties: c1.connectorapi.baton.v1.Task.ActionStatusTask.$Shape): c1.connectorapi.baton.v1.Task.ActionStatusTask & c1.connectorapi.baton.v1.Task.ActionStatusTask.$Shape;
                        static create(properties?: c1.connectorapi.baton.v1.Task.ActionStatusTask.$Properties): c1.connectorapi.baton.v1.Task.ActionStatusTask;

                        /**
                         * Encodes the specified ActionStatusTask message. Does not implicitly {@link c1.connectorapi.baton.v1.Task.ActionStatusTask.verify|verify} messages.
                         * @param m ActionStatusTask message or plain object to encode
                         * @param [w] Writer to encode to
                         * @returns Writer
                         */
                        static encode(m: c1.connectorapi.baton.v1.Task.ActionStatusTask.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes an ActionStatusTask message from the specified reader or buffer.
                         * @param r Reader or buffer to decode from
                         * @param [l] Message length if known beforehand
                         * @returns {c1.connectorapi.baton.v1.Task.ActionStatusTask & c1.connectorapi.baton.v1.Task.ActionStatusTask.$Shape} ActionStatusTask
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connectorapi.baton.v1.Task.ActionStatusTask & c1.connectorapi.baton.v1.Task.ActionStatusTask.$Shape;

                        /**
                         * Creates an ActionStatusTask message from a plain object. Also converts values to their respective internal types.
                         * @param d Plain object
                         * @returns ActionStatusTask
                         */
                        static fromObject(d: { [k: string]: any }): c1.connectorapi.baton.v1.Task.ActionStatusTask;

                        /**
                         * Creates a plain object from an ActionStatusTask message. Also converts values to other types if specified.
                         * @param m ActionStatusTask
                         * @param [o] Conversion options
                         * @returns Plain object
                         */
                        static toObject(m: c1.connectorapi.baton.v1.Task.ActionStatusTask, o?: $protobuf.IConversionOptions): { [k: string]: any };

                        /**
                         * Converts this ActionStatusTask to JSON.
                         * @returns JSON object
                         */
                        toJSON(): { [k: string]: any };

                        /**
                         * Gets the type url for ActionStatusTask
                         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns The type url
                         */
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace ActionStatusTask {

                        /** Properties of an ActionStatusTask. */
                        interface $Properties {

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Shape of an ActionStatusTask. */
                        type $Shape = c1.connectorapi.baton.v1.Task.ActionStatusTask.$Properties;
                    }

                    /**
                     * Properties of a CreateSyncDiffTask.
                     * @deprecated Use c1.connectorapi.baton.v1.Task.CreateSyncDiffTask.$Properties instead.
                     */
                    interface ICreateSyncDiffTask extends c1.connectorapi.baton.v1.Task.CreateSyncDiffTask.$Properties {
                    }

                    /** Represents a CreateSyncDiffTask. */
                    class CreateSyncDiffTask {

                        /**
                         * Constructs a new CreateSyncDiffTask.
                         * @param [p] Properties to set
                         */
                        constructor(p?: c1.connectorapi.baton.v1.Task.CreateSyncDiffTask.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /**
                         * Creates a new CreateSyncDiffTask instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns CreateSyncDiffTask instance
                         */
                        static create(properties: c1.connectorapi.baton.v1.Task.CreateSyncDiffTask.$Shape): c1.connectorapi.baton.v1.Task.CreateSyncDiffTask & c1.connectorapi.baton.v1.Task.CreateSyncDiffTask.$Shape;
                        static create(properties?: c1.connectorapi.baton.v1.Task.CreateSyncDiffTask.$Properties): c1.connectorapi.baton.v1.Task.CreateSyncDiffTask;

                        /**
                         * Encodes the specified CreateSyncDiffTask message. Does not implicitly {@link c1.connectorapi.baton.v1.Task.CreateSyncDiffTask.verify|verify} messages.
                         * @param m CreateSyncDiffTask message or plain object to encode
                         * @param [w] Writer to encode to
                         * @returns Writer
                         */
                        static encode(m: c1.connectorapi.baton.v1.Task.CreateSyncDiffTask.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes a CreateSyncDiffTask message from the specified reader or buffer.
                         * @param r Reader or buffer to decode from
                         * @param [l] Message length if known beforehand
                         * @returns {c1.connectorapi.baton.v1.Task.CreateSyncDiffTask & c1.connectorapi.baton.v1.Task.CreateSyncDiffTask.$Shape} CreateSyncDiffTask
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connectorapi.baton.v1.Task.CreateSyncDiffTask & c1.connectorapi.baton.v1.Task.CreateSyncDiffTask.$Shape;

                        /**
                         * Creates a CreateSyncDiffTask message from a plain object. Also converts values to their respective internal types.
                         * @param d Plain object
                         * @returns CreateSyncDiffTask
                         */
                        static fromObject(d: { [k: string]: any }): c1.connectorapi.baton.v1.Task.CreateSyncDiffTask;

                        /**
                         * Creates a plain object from a CreateSyncDiffTask message. Also converts values to other types if specified.
                         * @param m CreateSyncDiffTask
                         * @param [o] Conversion options
                         * @returns Plain object
                         */
                        static toObject(m: c1.connectorapi.baton.v1.Task.CreateSyncDiffTask, o?: $protobuf.IConversionOptions): { [k: string]: any };

                        /**
                         * Converts this CreateSyncDiffTask to JSON.
                         * @returns JSON object
                         */
                        toJSON(): { [k: string]: any };

                        /**
                         * Gets the type url for CreateSyncDiffTask
                         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns The type url
                         */
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace CreateSyncDiffTask {

                        /** Properties of a CreateSyncDiffTask. */
                        interface $Properties {

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Shape of a CreateSyncDiffTask. */
                        type $Shape = c1.connectorapi.baton.v1.Task.CreateSyncDiffTask.$Properties;
                    }

                    /**
                     * Properties of a CompactSyncs.
                     * @deprecated Use c1.connectorapi.baton.v1.Task.CompactSyncs.$Properties instead.
                     */
                    interface ICompactSyncs extends c1.connectorapi.baton.v1.Task.CompactSyncs.$Properties {
                    }

                    /** Represents a CompactSyncs. */
                    class CompactSyncs {

                        /**
                         * Constructs a new CompactSyncs.
                         * @param [p] Properties to set
                         */
                        constructor(p?: c1.connectorapi.baton.v1.Task.CompactSyncs.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /**
                         * Creates a new CompactSyncs instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns CompactSyncs instance
                         */
                        static create(properties: c1.connectorapi.baton.v1.Task.CompactSyncs.$Shape): c1.connectorapi.baton.v1.Task.CompactSyncs & c1.connectorapi.baton.v1.Task.CompactSyncs.$Shape;
                        static create(properties?: c1.connectorapi.baton.v1.Task.CompactSyncs.$Properties): c1.connectorapi.baton.v1.Task.CompactSyncs;

                        /**
                         * Encodes the specified CompactSyncs message. Does not implicitly {@link c1.connectorapi.baton.v1.Task.CompactSyncs.verify|verify} messages.
                         * @param m CompactSyncs message or plain object to encode
                         * @param [w] Writer to encode to
                         * @returns Writer
                         */
                        static encode(m: c1.connectorapi.baton.v1.Task.CompactSyncs.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes a CompactSyncs message from the specified reader or buffer.
                         * @param r Reader or buffer to decode from
                         * @param [l] Message length if known beforehand
                         * @returns {c1.connectorapi.baton.v1.Task.CompactSyncs & c1.connectorapi.baton.v1.Task.CompactSyncs.$Shape} CompactSyncs
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connectorapi.baton.v1.Task.CompactSyncs & c1.connectorapi.baton.v1.Task.CompactSyncs.$Shape;

                        /**
                         * Creates a CompactSyncs message from a plain object. Also converts values to their respective internal types.
                         * @param d Plain object
                         * @returns CompactSyncs
                         */
                        static fromObject(d: { [k: string]: any }): c1.connectorapi.baton.v1.Task.CompactSyncs;

                        /**
                         * Creates a plain object from a CompactSyncs message. Also converts values to other types if specified.
                         * @param m CompactSyncs
                         * @param [o] Conversion options
                         * @returns Plain object
                         */
                        static toObject(m: c1.connectorapi.baton.v1.Task.CompactSyncs, o?: $protobuf.IConversionOptions): { [k: string]: any };

                        /**
                         * Converts this CompactSyncs to JSON.
                         * @returns JSON object
                         */
                        toJSON(): { [k: string]: any };

                        /**
                         * Gets the type url for CompactSyncs
                         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns The type url
                         */
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace CompactSyncs {

                        /** Properties of a CompactSyncs. */
                        interface $Properties {

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Shape of a CompactSyncs. */
                        type $Shape = c1.connectorapi.baton.v1.Task.CompactSyncs.$Properties;
                    }

                    /**
                     * Properties of a ListEventFeedsTask.
                     * @deprecated Use c1.connectorapi.baton.v1.Task.ListEventFeedsTask.$Properties instead.
                     */
                    interface IListEventFeedsTask extends c1.connectorapi.baton.v1.Task.ListEventFeedsTask.$Properties {
                    }

                    /** Represents a ListEventFeedsTask. */
                    class ListEventFeedsTask {

                        /**
                         * Constructs a new ListEventFeedsTask.
                         * @param [p] Properties to set
                         */
                        constructor(p?: c1.connectorapi.baton.v1.Task.ListEventFeedsTask.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /**
                         * Creates a new ListEventFeedsTask instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns ListEventFeedsTask instance
                         */
                        static create(properties: c1.connectorapi.baton.v1.Task.ListEventFeedsTask.$Shape): c1.connectorapi.baton.v1.Task.ListEventFeedsTask & c1.connectorapi.baton.v1.Task.ListEventFeedsTask.$Shape;
                        static create(properties?: c1.connectorapi.baton.v1.Task.ListEventFeedsTask.$Properties): c1.connectorapi.baton.v1.Task.ListEventFeedsTask;

                        /**
                         * Encodes the specified ListEventFeedsTask message. Does not implicitly {@link c1.connectorapi.baton.v1.Task.ListEventFeedsTask.verify|verify} messages.
                         * @param m ListEventFeedsTask message or plain object to encode
                         * @param [w] Writer to encode to
                         * @returns Writer
                         */
                        static encode(m: c1.connectorapi.baton.v1.Task.ListEventFeedsTask.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes a ListEventFeedsTask message from the specified reader or buffer.
                         * @param r Reader or buffer to decode from
                         * @param [l] Message length if known beforehand
                         * @returns {c1.connectorapi.baton.v1.Task.ListEventFeedsTask & c1.connectorapi.baton.v1.Task.ListEventFeedsTask.$Shape} ListEventFeedsTask
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connectorapi.baton.v1.Task.ListEventFeedsTask & c1.connectorapi.baton.v1.Task.ListEventFeedsTask.$Shape;

                        /**
                         * Creates a ListEventFeedsTask message from a plain object. Also converts values to their respective internal types.
                         * @param d Plain object
                         * @returns ListEventFeedsTask
                         */
                        static fromObject(d: { [k: string]: any }): c1.connectorapi.baton.v1.Task.ListEventFeedsTask;

                        /**
                         * Creates a plain object from a ListEventFeedsTask message. Also converts values to other types if specified.
                         * @param m ListEventFeedsTask
                         * @param [o] Conversion options
                         * @returns Plain object
                         */
                        static toObject(m: c1.connectorapi.baton.v1.Task.ListEventFeedsTask, o?: $protobuf.IConversionOptions): { [k: string]: any };

                        /**
                         * Converts this ListEventFeedsTask to JSON.
                         * @returns JSON object
                         */
                        toJSON(): { [k: string]: any };

                        /**
                         * Gets the type url for ListEventFeedsTask
                         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns The type url
                         */
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace ListEventFeedsTask {

                        /** Properties of a ListEventFeedsTask. */
                        interface $Properties {

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Shape of a ListEventFeedsTask. */
                        type $Shape = c1.connectorapi.baton.v1.Task.ListEventFeedsTask.$Properties;
                    }

                    /**
                     * Properties of a ListEventsTask.
                     * @deprecated Use c1.connectorapi.baton.v1.Task.ListEventsTask.$Properties instead.
                     */
                    interface IListEventsTask extends c1.connectorapi.baton.v1.Task.ListEventsTask.$Properties {
                    }

                    /** Represents a ListEventsTask. */
                    class ListEventsTask {

                        /**
                         * Constructs a new ListEventsTask.
                         * @param [p] Properties to set
                         */
                        constructor(p?: c1.connectorapi.baton.v1.Task.ListEventsTask.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /**
                         * Creates a new ListEventsTask instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns ListEventsTask instance
                         */
                        static create(properties: c1.connectorapi.baton.v1.Task.ListEventsTask.$Shape): c1.connectorapi.baton.v1.Task.ListEventsTask & c1.connectorapi.baton.v1.Task.ListEventsTask.$Shape;
                        static create(properties?: c1.connectorapi.baton.v1.Task.ListEventsTask.$Properties): c1.connectorapi.baton.v1.Task.ListEventsTask;

                        /**
                         * Encodes the specified ListEventsTask message. Does not implicitly {@link c1.connectorapi.baton.v1.Task.ListEventsTask.verify|verify} messages.
                         * @param m ListEventsTask message or plain object to encode
                         * @param [w] Writer to encode to
                         * @returns Writer
                         */
                        static encode(m: c1.connectorapi.baton.v1.Task.ListEventsTask.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes a ListEventsTask message from the specified reader or buffer.
                         * @param r Reader or buffer to decode from
                         * @param [l] Message length if known beforehand
                         * @returns {c1.connectorapi.baton.v1.Task.ListEventsTask & c1.connectorapi.baton.v1.Task.ListEventsTask.$Shape} ListEventsTask
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connectorapi.baton.v1.Task.ListEventsTask & c1.connectorapi.baton.v1.Task.ListEventsTask.$Shape;

                        /**
                         * Creates a ListEventsTask message from a plain object. Also converts values to their respective internal types.
                         * @param d Plain object
                         * @returns ListEventsTask
                         */
                        static fromObject(d: { [k: string]: any }): c1.connectorapi.baton.v1.Task.ListEventsTask;

                        /**
                         * Creates a plain object from a ListEventsTask message. Also converts values to other types if specified.
                         * @param m ListEventsTask
                         * @param [o] Conversion options
                         * @returns Plain object
                         */
                        static toObject(m: c1.connectorapi.baton.v1.Task.ListEventsTask, o?: $protobuf.IConversionOptions): { [k: string]: any };

                        /**
                         * Converts this ListEventsTask to JSON.
                         * @returns JSON object
                         */
                        toJSON(): { [k: string]: any };

                        /**
                         * Gets the type url for ListEventsTask
                         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns The type url
                         */
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace ListEventsTask {

                        /** Properties of a ListEventsTask. */
                        interface $Properties {

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Shape of a ListEventsTask. */
                        type $Shape = c1.connectorapi.baton.v1.Task.ListEventsTask.$Properties;
                    }

                    /**
                     * Properties of an IssueCredentialTask.
                     * @deprecated Use c1.connectorapi.baton.v1.Task.IssueCredentialTask.$Properties instead.
                     */
                    interface IIssueCredentialTask extends c1.connectorapi.baton.v1.Task.IssueCredentialTask.$Properties {
                    }

                    /** Represents an IssueCredentialTask. */
                    class IssueCredentialTask {

                        /**
                         * Constructs a new IssueCredentialTask.
                         * @param [p] Properties to set
                         */
                        constructor(p?: c1.connectorapi.baton.v1.Task.IssueCredentialTask.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /**
                         * Creates a new IssueCredentialTask instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns IssueCredentialTask instance
                         */
                        static create(properties: c1.connectorapi.baton.v1.Task.IssueCredentialTask.$Shape): c1.connectorapi.baton.v1.Task.IssueCredentialTask & c1.connectorapi.baton.v1.Task.IssueCredentialTask.$Shape;
                        static create(properties?: c1.connectorapi.baton.v1.Task.IssueCredentialTask.$Properties): c1.connectorapi.baton.v1.Task.IssueCredentialTask;

                        /**
                         * Encodes the specified IssueCredentialTask message. Does not implicitly {@link c1.connectorapi.baton.v1.Task.IssueCredentialTask.verify|verify} messages.
                         * @param m IssueCredentialTask message or plain object to encode
                         * @param [w] Writer to encode to
                         * @returns Writer
                         */
                        static encode(m: c1.connectorapi.baton.v1.Task.IssueCredentialTask.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes an IssueCredentialTask message from the specified reader or buffer.
                         * @param r Reader or buffer to decode from
                         * @param [l] Message length if known beforehand
                         * @returns {c1.connectorapi.baton.v1.Task.IssueCredentialTask & c1.connectorapi.baton.v1.Task.IssueCredentialTask.$Shape} IssueCredentialTask
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connectorapi.baton.v1.Task.IssueCredentialTask & c1.connectorapi.baton.v1.Task.IssueCredentialTask.$Shape;

                        /**
                         * Creates an IssueCredentialTask message from a plain object. Also converts values to their respective internal types.
                         * @param d Plain object
                         * @returns IssueCredentialTask
                         */
                        static fromObject(d: { [k: string]: any }): c1.connectorapi.baton.v1.Task.IssueCredentialTask;

                        /**
                         * Creates a plain object from an IssueCredentialTask message. Also converts values to other types if specified.
                         * @param m IssueCredentialTask
                         * @param [o] Conversion options
                         * @returns Plain object
                         */
                        static toObject(m: c1.connectorapi.baton.v1.Task.IssueCredentialTask, o?: $protobuf.IConversionOptions): { [k: string]: any };

                        /**
                         * Converts this IssueCredentialTask to JSON.
                         * @returns JSON object
                         */
                        toJSON(): { [k: string]: any };

                        /**
                         * Gets the type url for IssueCredentialTask
                         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns The type url
                         */
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace IssueCredentialTask {

                        /** Properties of an IssueCredentialTask. */
                        interface $Properties {

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Shape of an IssueCredentialTask. */
                        type $Shape = c1.connectorapi.baton.v1.Task.IssueCredentialTask.$Properties;
                    }
                }

                /**
                 * Properties of a BatonServiceHelloRequest.
                 * @deprecated Use c1.connectorapi.baton.v1.BatonServiceHelloRequest.$Properties instead.
                 */
                interface IBatonServiceHelloRequest extends c1.connectorapi.baton.v1.BatonServiceHelloRequest.$Properties {
                }

                /** Represents a BatonServiceHelloRequest. */
                class BatonServiceHelloRequest {

                    /**
                     * Constructs a new BatonServiceHelloRequest.
                     * @param [p] Properties to set
                     */
                    constructor(p?: c1.connectorapi.baton.v1.BatonServiceHelloRequest.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** BatonServiceHelloRequest hostId. */
                    hostId: string;

                    /** BatonServiceHelloRequest taskId. */
                    taskId: string;

                    /** BatonServiceHelloRequest buildInfo. */
                    buildInfo?: (c1.connectorapi.baton.v1.BatonServiceHelloRequest.BuildInfo.$Properties|null);

                    /** BatonServiceHelloRequest osInfo. */
                    osInfo?: (c1.connectorapi.baton.v1.BatonServiceHelloRequest.OSInfo.$Properties|null);

                    /** BatonServiceHelloRequest connectorMetadata. */
                    connectorMetadata?: (c1.connector.v2.ConnectorMetadata.$Properties|null);

                    /** BatonServiceHelloRequest annotations. */
                    annotations: google.protobuf.Any.$Properties[];

                    /**
                     * Creates a new BatonServiceHelloRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns BatonServiceHelloRequest instance
                     */
                    static create(properties: c1.connectorapi.baton.v1.BatonServiceHelloRequest.$Shape): c1.connectorapi.baton.v1.BatonServiceHelloRequest & c1.connectorapi.baton.v1.BatonServiceHelloRequest.$Shape;
                    static create(properties?: c1.connectorapi.baton.v1.BatonServiceHelloRequest.$Properties): c1.connectorapi.baton.v1.BatonServiceHelloRequest;

                    /**
                     * Encodes the specified BatonServiceHelloRequest message. Does not implicitly {@link c1.connectorapi.baton.v1.BatonServiceHelloRequest.verify|verify} messages.
                     * @param m BatonServiceHelloRequest message or plain object to encode
                     * @param [w] Writer to encode to
                     * @returns Writer
                     */
                    static encode(m: c1.connectorapi.baton.v1.BatonServiceHelloRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a BatonServiceHelloRequest message from the specified reader or buffer.
                     * @param r Reader or buffer to decode from
                     * @param [l] Message length if known beforehand
                     * @returns {c1.connectorapi.baton.v1.BatonServiceHelloRequest & c1.connectorapi.baton.v1.BatonServiceHelloRequest.$Shape} BatonServiceHelloRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connectorapi.baton.v1.BatonServiceHelloRequest & c1.connectorapi.baton.v1.BatonServiceHelloRequest.$Shape;

                    /**
                     * Creates a BatonServiceHelloRequest message from a plain object. Also converts values to their respective internal types.
                     * @param d Plain object
                     * @returns BatonServiceHelloRequest
                     */
                    static fromObject(d: { [k: string]: any }): c1.connectorapi.baton.v1.BatonServiceHelloRequest;

                    /**
                     * Creates a plain object from a BatonServiceHelloRequest message. Also converts values to other types if specified.
                     * @param m BatonServiceHelloRequest
                     * @param [o] Conversion options
                     * @returns Plain object
                     */
                    static toObject(m: c1.connectorapi.baton.v1.BatonServiceHelloRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this BatonServiceHelloRequest to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for BatonServiceHelloRequest
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace BatonServiceHelloRequest {

                    /** Properties of a BatonServiceHelloRequest. */
                    interface $Properties {

                        /** BatonServiceHelloRequest hostId */
                        hostId?: (string|null);

                        /** BatonServiceHelloRequest taskId */
                        taskId?: (string|null);

                        /** BatonServiceHelloRequest buildInfo */
                        buildInfo?: (c1.connectorapi.baton.v1.BatonServiceHelloRequest.BuildInfo.$Properties|null);

                        /** BatonServiceHelloRequest osInfo */
                        osInfo?: (c1.connectorapi.baton.v1.BatonServiceHelloRequest.OSInfo.$Properties|null);

                        /** BatonServiceHelloRequest connectorMetadata */
                        connectorMetadata?: (c1.connector.v2.ConnectorMetadata.$Properties|null);

                        /** BatonServiceHelloRequest annotations */
                        annotations?: (google.protobuf.Any.$Properties[]|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a BatonServiceHelloRequest. */
                    type $Shape = c1.connectorapi.baton.v1.BatonServiceHelloRequest.$Properties;

                    /**
                     * Properties of a BuildInfo.
                     * @deprecated Use c1.connectorapi.baton.v1.BatonServiceHelloRequest.BuildInfo.$Properties instead.
                     */
                    interface IBuildInfo extends c1.connectorapi.baton.v1.BatonServiceHelloRequest.BuildInfo.$Properties {
                    }

                    /** Represents a BuildInfo. */
                    class BuildInfo {

                        /**
                         * Constructs a new BuildInfo.
                         * @param [p] Properties to set
                         */
                        constructor(p?: c1.connectorapi.baton.v1.BatonServiceHelloRequest.BuildInfo.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /** BuildInfo langVersion. */
                        langVersion: string;

                        /** BuildInfo package. */
                        package: string;

                        /** BuildInfo packageVersion. */
                        packageVersion: string;

                        /**
                         * Creates a new BuildInfo instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns BuildInfo instance
                         */
                        static create(properties: c1.connectorapi.baton.v1.BatonServiceHelloRequest.BuildInfo.$Shape): c1.connectorapi.baton.v1.BatonServiceHelloRequest.BuildInfo & c1.connectorapi.baton.v1.BatonServiceHelloRequest.BuildInfo.$Shape;
                        static create(properties?: c1.connectorapi.baton.v1.BatonServiceHelloRequest.BuildInfo.$Properties): c1.connectorapi.baton.v1.BatonServiceHelloRequest.BuildInfo;

                        /**
                         * Encodes the specified BuildInfo message. Does not implicitly {@link c1.connectorapi.baton.v1.BatonServiceHelloRequest.BuildInfo.verify|verify} messages.
                         * @param m BuildInfo message or plain object to encode
                         * @param [w] Writer to encode to
                         * @returns Writer
                         */
                        static encode(m: c1.connectorapi.baton.v1.BatonServiceHelloRequest.BuildInfo.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes a BuildInfo message from the specified reader or buffer.
                         * @param r Reader or buffer to decode from
                         * @param [l] Message length if known beforehand
                         * @returns {c1.connectorapi.baton.v1.BatonServiceHelloRequest.BuildInfo & c1.connectorapi.baton.v1.BatonServiceHelloRequest.BuildInfo.$Shape} BuildInfo
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connectorapi.baton.v1.BatonServiceHelloRequest.BuildInfo & c1.connectorapi.baton.v1.BatonServiceHelloRequest.BuildInfo.$Shape;

                        /**
                         * Creates a BuildInfo message from a plain object. Also converts values to their respective internal types.
                         * @param d Plain object
                         * @returns BuildInfo
                         */
                        static fromObject(d: { [k: string]: any }): c1.connectorapi.baton.v1.BatonServiceHelloRequest.BuildInfo;

                        /**
                         * Creates a plain object from a BuildInfo message. Also converts values to other types if specified.
                         * @param m BuildInfo
                         * @param [o] Conversion options
                         * @returns Plain object
                         */
                        static toObject(m: c1.connectorapi.baton.v1.BatonServiceHelloRequest.BuildInfo, o?: $protobuf.IConversionOptions): { [k: string]: any };

                        /**
                         * Converts this BuildInfo to JSON.
                         * @returns JSON object
                         */
                        toJSON(): { [k: string]: any };

                        /**
                         * Gets the type url for BuildInfo
                         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns The type url
                         */
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace BuildInfo {

                        /** Properties of a BuildInfo. */
                        interface $Properties {

                            /** BuildInfo langVersion */
                            langVersion?: (string|null);

                            /** BuildInfo package */
                            "package"?: (string|null);

                            /** BuildInfo packageVersion */
                            packageVersion?: (string|null);

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Shape of a BuildInfo. */
                        type $Shape = c1.connectorapi.baton.v1.BatonServiceHelloRequest.BuildInfo.$Properties;
                    }

                    /**
                     * Properties of a OSInfo.
                     * @deprecated Use c1.connectorapi.baton.v1.BatonServiceHelloRequest.OSInfo.$Properties instead.
                     */
                    interface IOSInfo extends c1.connectorapi.baton.v1.BatonServiceHelloRequest.OSInfo.$Properties {
                    }

                    /** Represents a OSInfo. */
                    class OSInfo {

                        /**
                         * Constructs a new OSInfo.
                         * @param [p] Properties to set
                         */
                        constructor(p?: c1.connectorapi.baton.v1.BatonServiceHelloRequest.OSInfo.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /** OSInfo hostname. */
                        hostname: string;

                        /** OSInfo os. */
                        os: string;

                        /** OSInfo platform. */
                        platform: string;

                        /** OSInfo platformVersion. */
                        platformVersion: string;

                        /** OSInfo platformFamily. */
                        platformFamily: string;

                        /** OSInfo kernelVersion. */
                        kernelVersion: string;

                        /** OSInfo kernelArch. */
                        kernelArch: string;

                        /** OSInfo virtualizationSystem. */
                        virtualizationSystem: string;

                        /**
                         * Creates a new OSInfo instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns OSInfo instance
                         */
                        static create(properties: c1.connectorapi.baton.v1.BatonServiceHelloRequest.OSInfo.$Shape): c1.connectorapi.baton.v1.BatonServiceHelloRequest.OSInfo & c1.connectorapi.baton.v1.BatonServiceHelloRequest.OSInfo.$Shape;
                        static create(properties?: c1.connectorapi.baton.v1.BatonServiceHelloRequest.OSInfo.$Properties): c1.connectorapi.baton.v1.BatonServiceHelloRequest.OSInfo;

                        /**
                         * Encodes the specified OSInfo message. Does not implicitly {@link c1.connectorapi.baton.v1.BatonServiceHelloRequest.OSInfo.verify|verify} messages.
                         * @param m OSInfo message or plain object to encode
                         * @param [w] Writer to encode to
                         * @returns Writer
                         */
                        static encode(m: c1.connectorapi.baton.v1.BatonServiceHelloRequest.OSInfo.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes a OSInfo message from the specified reader or buffer.
                         * @param r Reader or buffer to decode from
                         * @param [l] Message length if known beforehand
                         * @returns {c1.connectorapi.baton.v1.BatonServiceHelloRequest.OSInfo & c1.connectorapi.baton.v1.BatonServiceHelloRequest.OSInfo.$Shape} OSInfo
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connectorapi.baton.v1.BatonServiceHelloRequest.OSInfo & c1.connectorapi.baton.v1.BatonServiceHelloRequest.OSInfo.$Shape;

                        /**
                         * Creates a OSInfo message from a plain object. Also converts values to their respective internal types.
                         * @param d Plain object
                         * @returns OSInfo
                         */
                        static fromObject(d: { [k: string]: any }): c1.connectorapi.baton.v1.BatonServiceHelloRequest.OSInfo;

                        /**
                         * Creates a plain object from a OSInfo message. Also converts values to other types if specified.
                         * @param m OSInfo
                         * @param [o] Conversion options
                         * @returns Plain object
                         */
                        static toObject(m: c1.connectorapi.baton.v1.BatonServiceHelloRequest.OSInfo, o?: $protobuf.IConversionOptions): { [k: string]: any };

                        /**
                         * Converts this OSInfo to JSON.
                         * @returns JSON object
                         */
                        toJSON(): { [k: string]: any };

                        /**
                         * Gets the type url for OSInfo
                         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns The type url
                         */
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace OSInfo {

                        /** Properties of a OSInfo. */
                        interface $Properties {

                            /** OSInfo hostname */
                            hostname?: (string|null);

                            /** OSInfo os */
                            os?: (string|null);

                            /** OSInfo platform */
                            platform?: (string|null);

                            /** OSInfo platformVersion */
                            platformVersion?: (string|null);

                            /** OSInfo platformFamily */
                            platformFamily?: (string|null);

                            /** OSInfo kernelVersion */
                            kernelVersion?: (string|null);

                            /** OSInfo kernelArch */
                            kernelArch?: (string|null);

                            /** OSInfo virtualizationSystem */
                            virtualizationSystem?: (string|null);

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Shape of a OSInfo. */
                        type $Shape = c1.connectorapi.baton.v1.BatonServiceHelloRequest.OSInfo.$Properties;
                    }
                }

                /**
                 * Properties of a BatonServiceHelloResponse.
                 * @deprecated Use c1.connectorapi.baton.v1.BatonServiceHelloResponse.$Properties instead.
                 */
                interface IBatonServiceHelloResponse extends c1.connectorapi.baton.v1.BatonServiceHelloResponse.$Properties {
                }

                /** Represents a BatonServiceHelloResponse. */
                class BatonServiceHelloResponse {

                    /**
                     * Constructs a new BatonServiceHelloResponse.
                     * @param [p] Properties to set
                     */
                    constructor(p?: c1.connectorapi.baton.v1.BatonServiceHelloResponse.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** BatonServiceHelloResponse annotations. */
                    annotations: google.protobuf.Any.$Properties[];

                    /**
                     * Creates a new BatonServiceHelloResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns BatonServiceHelloResponse instance
                     */
                    static create(properties: c1.connectorapi.baton.v1.BatonServiceHelloResponse.$Shape): c1.connectorapi.baton.v1.BatonServiceHelloResponse & c1.connectorapi.baton.v1.BatonServiceHelloResponse.$Shape;
                    static create(properties?: c1.connectorapi.baton.v1.BatonServiceHelloResponse.$Properties): c1.connectorapi.baton.v1.BatonServiceHelloResponse;

                    /**
                     * Encodes the specified BatonServiceHelloResponse message. Does not implicitly {@link c1.connectorapi.baton.v1.BatonServiceHelloResponse.verify|verify} messages.
                     * @param m BatonServiceHelloResponse message or plain object to encode
                     * @param [w] Writer to encode to
                     * @returns Writer
                     */
                    static encode(m: c1.connectorapi.baton.v1.BatonServiceHelloResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a BatonServiceHelloResponse message from the specified reader or buffer.
                     * @param r Reader or buffer to decode from
                     * @param [l] Message length if known beforehand
                     * @returns {c1.connectorapi.baton.v1.BatonServiceHelloResponse & c1.connectorapi.baton.v1.BatonServiceHelloResponse.$Shape} BatonServiceHelloResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connectorapi.baton.v1.BatonServiceHelloResponse & c1.connectorapi.baton.v1.BatonServiceHelloResponse.$Shape;

                    /**
                     * Creates a BatonServiceHelloResponse message from a plain object. Also converts values to their respective internal types.
                     * @param d Plain object
                     * @returns BatonServiceHelloResponse
                     */
                    static fromObject(d: { [k: string]: any }): c1.connectorapi.baton.v1.BatonServiceHelloResponse;

                    /**
                     * Creates a plain object from a BatonServiceHelloResponse message. Also converts values to other types if specified.
                     * @param m BatonServiceHelloResponse
                     * @param [o] Conversion options
                     * @returns Plain object
                     */
                    static toObject(m: c1.connectorapi.baton.v1.BatonServiceHelloResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this BatonServiceHelloResponse to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for BatonServiceHelloResponse
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace BatonServiceHelloResponse {

                    /** Properties of a BatonServiceHelloResponse. */
                    interface $Properties {

                        /** BatonServiceHelloResponse annotations */
                        annotations?: (google.protobuf.Any.$Properties[]|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a BatonServiceHelloResponse. */
                    type $Shape = c1.connectorapi.baton.v1.BatonServiceHelloResponse.$Properties;
                }

                /**
                 * Properties of a BatonServiceGetTaskRequest.
                 * @deprecated Use c1.connectorapi.baton.v1.BatonServiceGetTaskRequest.$Properties instead.
                 */
                interface IBatonServiceGetTaskRequest extends c1.connectorapi.baton.v1.BatonServiceGetTaskRequest.$Properties {
                }

                /** Represents a BatonServiceGetTaskRequest. */
                class BatonServiceGetTaskRequest {

                    /**
                     * Constructs a new BatonServiceGetTaskRequest.
                     * @param [p] Properties to set
                     */
                    constructor(p?: c1.connectorapi.baton.v1.BatonServiceGetTaskRequest.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** BatonServiceGetTaskRequest hostId. */
                    hostId: string;

                    /**
                     * Creates a new BatonServiceGetTaskRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns BatonServiceGetTaskRequest instance
                     */
                    static create(properties: c1.connectorapi.baton.v1.BatonServiceGetTaskRequest.$Shape): c1.connectorapi.baton.v1.BatonServiceGetTaskRequest & c1.connectorapi.baton.v1.BatonServiceGetTaskRequest.$Shape;
                    static create(properties?: c1.connectorapi.baton.v1.BatonServiceGetTaskRequest.$Properties): c1.connectorapi.baton.v1.BatonServiceGetTaskRequest;

                    /**
                     * Encodes the specified BatonServiceGetTaskRequest message. Does not implicitly {@link c1.connectorapi.baton.v1.BatonServiceGetTaskRequest.verify|verify} messages.
                     * @param m BatonServiceGetTaskRequest message or plain object to encode
                     * @param [w] Writer to encode to
                     * @returns Writer
                     */
                    static encode(m: c1.connectorapi.baton.v1.BatonServiceGetTaskRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a BatonServiceGetTaskRequest message from the specified reader or buffer.
                     * @param r Reader or buffer to decode from
                     * @param [l] Message length if known beforehand
                     * @returns {c1.connectorapi.baton.v1.BatonServiceGetTaskRequest & c1.connectorapi.baton.v1.BatonServiceGetTaskRequest.$Shape} BatonServiceGetTaskRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connectorapi.baton.v1.BatonServiceGetTaskRequest & c1.connectorapi.baton.v1.BatonServiceGetTaskRequest.$Shape;

                    /**
                     * Creates a BatonServiceGetTaskRequest message from a plain object. Also converts values to their respective internal types.
                     * @param d Plain object
                     * @returns BatonServiceGetTaskRequest
                     */
                    static fromObject(d: { [k: string]: any }): c1.connectorapi.baton.v1.BatonServiceGetTaskRequest;

                    /**
                     * Creates a plain object from a BatonServiceGetTaskRequest message. Also converts values to other types if specified.
                     * @param m BatonServiceGetTaskRequest
                     * @param [o] Conversion options
                     * @returns Plain object
                     */
                    static toObject(m: c1.connectorapi.baton.v1.BatonServiceGetTaskRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this BatonServiceGetTaskRequest to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for BatonServiceGetTaskRequest
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace BatonServiceGetTaskRequest {

                    /** Properties of a BatonServiceGetTaskRequest. */
                    interface $Properties {

                        /** BatonServiceGetTaskRequest hostId */
                        hostId?: (string|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a BatonServiceGetTaskRequest. */
                    type $Shape = c1.connectorapi.baton.v1.BatonServiceGetTaskRequest.$Properties;
                }

                /**
                 * Properties of a BatonServiceGetTaskResponse.
                 * @deprecated Use c1.connectorapi.baton.v1.BatonServiceGetTaskResponse.$Properties instead.
                 */
                interface IBatonServiceGetTaskResponse extends c1.connectorapi.baton.v1.BatonServiceGetTaskResponse.$Properties {
                }

                /** Represents a BatonServiceGetTaskResponse. */
                class BatonServiceGetTaskResponse {

                    /**
                     * Constructs a new BatonServiceGetTaskResponse.
                     * @param [p] Properties to set
                     */
                    constructor(p?: c1.connectorapi.baton.v1.BatonServiceGetTaskResponse.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** BatonServiceGetTaskResponse task. */
                    task?: (c1.connectorapi.baton.v1.Task.$Properties|null);

                    /** BatonServiceGetTaskResponse nextPoll. */
                    nextPoll?: (google.protobuf.Duration.$Properties|null);

                    /** BatonServiceGetTaskResponse nextHeartbeat. */
                    nextHeartbeat?: (google.protobuf.Duration.$Properties|null);

                    /** BatonServiceGetTaskResponse annotations. */
                    annotations: google.protobuf.Any.$Properties[];

                    /**
                     * Creates a new BatonServiceGetTaskResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns BatonServiceGetTaskResponse instance
                     */
                    static create(properties: c1.connectorapi.baton.v1.BatonServiceGetTaskResponse.$Shape): c1.connectorapi.baton.v1.BatonServiceGetTaskResponse & c1.connectorapi.baton.v1.BatonServiceGetTaskResponse.$Shape;
                    static create(properties?: c1.connectorapi.baton.v1.BatonServiceGetTaskResponse.$Properties): c1.connectorapi.baton.v1.BatonServiceGetTaskResponse;

                    /**
                     * Encodes the specified BatonServiceGetTaskResponse message. Does not implicitly {@link c1.connectorapi.baton.v1.BatonServiceGetTaskResponse.verify|verify} messages.
                     * @param m BatonServiceGetTaskResponse message or plain object to encode
                     * @param [w] Writer to encode to
                     * @returns Writer
                     */
                    static encode(m: c1.connectorapi.baton.v1.BatonServiceGetTaskResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a BatonServiceGetTaskResponse message from the specified reader or buffer.
                     * @param r Reader or buffer to decode from
                     * @param [l] Message length if known beforehand
                     * @returns {c1.connectorapi.baton.v1.BatonServiceGetTaskResponse & c1.connectorapi.baton.v1.BatonServiceGetTaskResponse.$Shape} BatonServiceGetTaskResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connectorapi.baton.v1.BatonServiceGetTaskResponse & c1.connectorapi.baton.v1.BatonServiceGetTaskResponse.$Shape;

                    /**
                     * Creates a BatonServiceGetTaskResponse message from a plain object. Also converts values to their respective internal types.
                     * @param d Plain object
                     * @returns BatonServiceGetTaskResponse
                     */
                    static fromObject(d: { [k: string]: any }): c1.connectorapi.baton.v1.BatonServiceGetTaskResponse;

                    /**
                     * Creates a plain object from a BatonServiceGetTaskResponse message. Also converts values to other types if specified.
                     * @param m BatonServiceGetTaskResponse
                     * @param [o] Conversion options
                     * @returns Plain object
                     */
                    static toObject(m: c1.connectorapi.baton.v1.BatonServiceGetTaskResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this BatonServiceGetTaskResponse to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for BatonServiceGetTaskResponse
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace BatonServiceGetTaskResponse {

                    /** Properties of a BatonServiceGetTaskResponse. */
                    interface $Properties {

                        /** BatonServiceGetTaskResponse task */
                        task?: (c1.connectorapi.baton.v1.Task.$Properties|null);

                        /** BatonServiceGetTaskResponse nextPoll */
                        nextPoll?: (google.protobuf.Duration.$Properties|null);

                        /** BatonServiceGetTaskResponse nextHeartbeat */
                        nextHeartbeat?: (google.protobuf.Duration.$Properties|null);

                        /** BatonServiceGetTaskResponse annotations */
                        annotations?: (google.protobuf.Any.$Properties[]|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a BatonServiceGetTaskResponse. */
                    type $Shape = {
                      task?: c1.connectorapi.baton.v1.Task.$Shape|null;
                      nextPoll?: google.protobuf.Duration.$Shape|null;
                      nextHeartbeat?: google.protobuf.Duration.$Shape|null;
                      annotations?: google.protobuf.Any.$Shape[]|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                /**
                 * Properties of a BatonServiceHeartbeatRequest.
                 * @deprecated Use c1.connectorapi.baton.v1.BatonServiceHeartbeatRequest.$Properties instead.
                 */
                interface IBatonServiceHeartbeatRequest extends c1.connectorapi.baton.v1.BatonServiceHeartbeatRequest.$Properties {
                }

                /** Represents a BatonServiceHeartbeatRequest. */
                class BatonServiceHeartbeatRequest {

                    /**
                     * Constructs a new BatonServiceHeartbeatRequest.
                     * @param [p] Properties to set
                     */
                    constructor(p?: c1.connectorapi.baton.v1.BatonServiceHeartbeatRequest.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** BatonServiceHeartbeatRequest hostId. */
                    hostId: string;

                    /** BatonServiceHeartbeatRequest taskId. */
                    taskId: string;

                    /** BatonServiceHeartbeatRequest annotations. */
                    annotations: google.protobuf.Any.$Properties[];

                    /**
                     * Creates a new BatonServiceHeartbeatRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns BatonServiceHeartbeatRequest instance
                     */
                    static create(properties: c1.connectorapi.baton.v1.BatonServiceHeartbeatRequest.$Shape): c1.connectorapi.baton.v1.BatonServiceHeartbeatRequest & c1.connectorapi.baton.v1.BatonServiceHeartbeatRequest.$Shape;
                    static create(properties?: c1.connectorapi.baton.v1.BatonServiceHeartbeatRequest.$Properties): c1.connectorapi.baton.v1.BatonServiceHeartbeatRequest;

                    /**
                     * Encodes the specified BatonServiceHeartbeatRequest message. Does not implicitly {@link c1.connectorapi.baton.v1.BatonServiceHeartbeatRequest.verify|verify} messages.
                     * @param m BatonServiceHeartbeatRequest message or plain object to encode
                     * @param [w] Writer to encode to
                     * @returns Writer
                     */
                    static encode(m: c1.connectorapi.baton.v1.BatonServiceHeartbeatRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a BatonServiceHeartbeatRequest message from the specified reader or buffer.
                     * @param r Reader or buffer to decode from
                     * @param [l] Message length if known beforehand
                     * @returns {c1.connectorapi.baton.v1.BatonServiceHeartbeatRequest & c1.connectorapi.baton.v1.BatonServiceHeartbeatRequest.$Shape} BatonServiceHeartbeatRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connectorapi.baton.v1.BatonServiceHeartbeatRequest & c1.connectorapi.baton.v1.BatonServiceHeartbeatRequest.$Shape;

                    /**
                     * Creates a BatonServiceHeartbeatRequest message from a plain object. Also converts values to their respective internal types.
                     * @param d Plain object
                     * @returns BatonServiceHeartbeatRequest
                     */
                    static fromObject(d: { [k: string]: any }): c1.connectorapi.baton.v1.BatonServiceHeartbeatRequest;

                    /**
                     * Creates a plain object from a BatonServiceHeartbeatRequest message. Also converts values to other types if specified.
                     * @param m BatonServiceHeartbeatRequest
                     * @param [o] Conversion options
                     * @returns Plain object
                     */
                    static toObject(m: c1.connectorapi.baton.v1.BatonServiceHeartbeatRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this BatonServiceHeartbeatRequest to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for BatonServiceHeartbeatRequest
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace BatonServiceHeartbeatRequest {

                    /** Properties of a BatonServiceHeartbeatRequest. */
                    interface $Properties {

                        /** BatonServiceHeartbeatRequest hostId */
                        hostId?: (string|null);

                        /** BatonServiceHeartbeatRequest taskId */
                        taskId?: (string|null);

                        /** BatonServiceHeartbeatRequest annotations */
                        annotations?: (google.protobuf.Any.$Properties[]|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a BatonServiceHeartbeatRequest. */
                    type $Shape = c1.connectorapi.baton.v1.BatonServiceHeartbeatRequest.$Properties;
                }

                /**
                 * Properties of a BatonServiceHeartbeatResponse.
                 * @deprecated Use c1.connectorapi.baton.v1.BatonServiceHeartbeatResponse.$Properties instead.
                 */
                interface IBatonServiceHeartbeatResponse extends c1.connectorapi.baton.v1.BatonServiceHeartbeatResponse.$Properties {
                }

                /** Represents a BatonServiceHeartbeatResponse. */
                class BatonServiceHeartbeatResponse {

                    /**
                     * Constructs a new BatonServiceHeartbeatResponse.
                     * @param [p] Properties to set
                     */
                    constructor(p?: c1.connectorapi.baton.v1.BatonServiceHeartbeatResponse.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** BatonServiceHeartbeatResponse nextHeartbeat. */
                    nextHeartbeat?: (google.protobuf.Duration.$Properties|null);

                    /** BatonServiceHeartbeatResponse cancelled. */
                    cancelled: boolean;

                    /** BatonServiceHeartbeatResponse annotations. */
                    annotations: google.protobuf.Any.$Properties[];

                    /**
                     * Creates a new BatonServiceHeartbeatResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns BatonServiceHeartbeatResponse instance
                     */
                    static create(properties: c1.connectorapi.baton.v1.BatonServiceHeartbeatResponse.$Shape): c1.connectorapi.baton.v1.BatonServiceHeartbeatResponse & c1.connectorapi.baton.v1.BatonServiceHeartbeatResponse.$Shape;
                    static create(properties?: c1.connectorapi.baton.v1.BatonServiceHeartbeatResponse.$Properties): c1.connectorapi.baton.v1.BatonServiceHeartbeatResponse;

                    /**
                     * Encodes the specified BatonServiceHeartbeatResponse message. Does not implicitly {@link c1.connectorapi.baton.v1.BatonServiceHeartbeatResponse.verify|verify} messages.
                     * @param m BatonServiceHeartbeatResponse message or plain object to encode
                     * @param [w] Writer to encode to
                     * @returns Writer
                     */
                    static encode(m: c1.connectorapi.baton.v1.BatonServiceHeartbeatResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a BatonServiceHeartbeatResponse message from the specified reader or buffer.
                     * @param r Reader or buffer to decode from
                     * @param [l] Message length if known beforehand
                     * @returns {c1.connectorapi.baton.v1.BatonServiceHeartbeatResponse & c1.connectorapi.baton.v1.BatonServiceHeartbeatResponse.$Shape} BatonServiceHeartbeatResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connectorapi.baton.v1.BatonServiceHeartbeatResponse & c1.connectorapi.baton.v1.BatonServiceHeartbeatResponse.$Shape;

                    /**
                     * Creates a BatonServiceHeartbeatResponse message from a plain object. Also converts values to their respective internal types.
                     * @param d Plain object
                     * @returns BatonServiceHeartbeatResponse
                     */
                    static fromObject(d: { [k: string]: any }): c1.connectorapi.baton.v1.BatonServiceHeartbeatResponse;

                    /**
                     * Creates a plain object from a BatonServiceHeartbeatResponse message. Also converts values to other types if specified.
                     * @param m BatonServiceHeartbeatResponse
                     * @param [o] Conversion options
                     * @returns Plain object
                     */
                    static toObject(m: c1.connectorapi.baton.v1.BatonServiceHeartbeatResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this BatonServiceHeartbeatResponse to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for BatonServiceHeartbeatResponse
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace BatonServiceHeartbeatResponse {

                    /** Properties of a BatonServiceHeartbeatResponse. */
                    interface $Properties {

                        /** BatonServiceHeartbeatResponse nextHeartbeat */
                        nextHeartbeat?: (google.protobuf.Duration.$Properties|null);

                        /** BatonServiceHeartbeatResponse cancelled */
                        cancelled?: (boolean|null);

                        /** BatonServiceHeartbeatResponse annotations */
                        annotations?: (google.protobuf.Any.$Properties[]|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a BatonServiceHeartbeatResponse. */
                    type $Shape = c1.connectorapi.baton.v1.BatonServiceHeartbeatResponse.$Properties;
                }

                /**
                 * Properties of a BatonServiceUploadAssetRequest.
                 * @deprecated Use c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.$Properties instead.
                 */
                interface IBatonServiceUploadAssetRequest extends c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.$Properties {
                }

                /** Represents a BatonServiceUploadAssetRequest. */
                class BatonServiceUploadAssetRequest {

                    /**
                     * Constructs a new BatonServiceUploadAssetRequest.
                     * @param [p] Properties to set
                     */
                    constructor(p?: c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** BatonServiceUploadAssetRequest metadata. */
                    metadata?: (c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata.$Properties|null);

                    /** BatonServiceUploadAssetRequest data. */
                    data?: (c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadData.$Properties|null);

                    /** BatonServiceUploadAssetRequest eof. */
                    eof?: (c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadEOF.$Properties|null);

                    /** BatonServiceUploadAssetRequest msg. */
                    msg?: ("metadata"|"data"|"eof");

                    /**
                     * Creates a new BatonServiceUploadAssetRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns BatonServiceUploadAssetRequest instance
                     */
                    static create(properties: c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.$Shape): c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest & c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.$Shape;
                    static create(properties?: c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.$Properties): c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest;

                    /**
                     * Encodes the specified BatonServiceUploadAssetRequest message. Does not implicitly {@link c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.verify|verify} messages.
                     * @param m BatonServiceUploadAssetRequest message or plain object to encode
                     * @param [w] Writer to encode to
                     * @returns Writer
                     */
                    static encode(m: c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a BatonServiceUploadAssetRequest message from the specified reader or buffer.
                     * @param r Reader or buffer to decode from
                     * @param [l] Message length if known beforehand
                     * @returns {c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest & c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.$Shape} BatonServiceUploadAssetRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest & c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.$Shape;

                    /**
                     * Creates a BatonServiceUploadAssetRequest message from a plain object. Also converts values to their respective internal types.
                     * @param d Plain object
                     * @returns BatonServiceUploadAssetRequest
                     */
                    static fromObject(d: { [k: string]: any }): c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest;

                    /**
                     * Creates a plain object from a BatonServiceUploadAssetRequest message. Also converts values to other types if specified.
                     * @param m BatonServiceUploadAssetRequest
                     * @param [o] Conversion options
                     * @returns Plain object
                     */
                    static toObject(m: c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this BatonServiceUploadAssetRequest to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for BatonServiceUploadAssetRequest
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace BatonServiceUploadAssetRequest {

                    /** Properties of a BatonServiceUploadAssetRequest. */
                    interface $Properties {

                        /** BatonServiceUploadAssetRequest metadata */
                        metadata?: (c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata.$Properties|null);

                        /** BatonServiceUploadAssetRequest data */
                        data?: (c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadData.$Properties|null);

                        /** BatonServiceUploadAssetRequest eof */
                        eof?: (c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadEOF.$Properties|null);

                        /** BatonServiceUploadAssetRequest msg */
                        msg?: ("metadata"|"data"|"eof");

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Narrowed shape of a BatonServiceUploadAssetRequest. */
                    type $Shape = {
                      metadata?: c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata.$Shape|null;
                      data?: c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadData.$Shape|null;
                      eof?: c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadEOF.$Shape|null;
                      $unknowns?: Uint8Array[];
                    } & (
                      ({ msg?: undefined; metadata?: null; data?: null; eof?: null }|{ msg?: "metadata"; metadata: c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata.$Shape; data?: null; eof?: null }|{ msg?: "data"; metadata?: null; data: c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadData.$Shape; eof?: null }|{ msg?: "eof"; metadata?: null; data?: null; eof: c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadEOF.$Shape })
                    );

                    /**
                     * Properties of an UploadMetadata.
                     * @deprecated Use c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata.$Properties instead.
                     */
                    interface IUploadMetadata extends c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata.$Properties {
                    }

                    /** Represents an UploadMetadata. */
                    class UploadMetadata {

                        /**
                         * Constructs a new UploadMetadata.
                         * @param [p] Properties to set
                         */
                        constructor(p?: c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /** UploadMetadata hostId. */
                        hostId: string;

                        /** UploadMetadata taskId. */
                        taskId: string;

                        /** UploadMetadata annotations. */
                        annotations: google.protobuf.Any.$Properties[];

                        /**
                         * Creates a new UploadMetadata instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns UploadMetadata instance
                         */
                        static create(properties: c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata.$Shape): c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata & c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata.$Shape;
                        static create(properties?: c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata.$Properties): c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata;

                        /**
                         * Encodes the specified UploadMetadata message. Does not implicitly {@link c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata.verify|verify} messages.
                         * @param m UploadMetadata message or plain object to encode
                         * @param [w] Writer to encode to
                         * @returns Writer
                         */
                        static encode(m: c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes an UploadMetadata message from the specified reader or buffer.
                         * @param r Reader or buffer to decode from
                         * @param [l] Message length if known beforehand
                         * @returns {c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata & c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata.$Shape} UploadMetadata
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata & c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata.$Shape;

                        /**
                         * Creates an UploadMetadata message from a plain object. Also converts values to their respective internal types.
                         * @param d Plain object
                         * @returns UploadMetadata
                         */
                        static fromObject(d: { [k: string]: any }): c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata;

                        /**
                         * Creates a plain object from an UploadMetadata message. Also converts values to other types if specified.
                         * @param m UploadMetadata
                         * @param [o] Conversion options
                         * @returns Plain object
                         */
                        static toObject(m: c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata, o?: $protobuf.IConversionOptions): { [k: string]: any };

                        /**
                         * Converts this UploadMetadata to JSON.
                         * @returns JSON object
                         */
                        toJSON(): { [k: string]: any };

                        /**
                         * Gets the type url for UploadMetadata
                         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns The type url
                         */
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace UploadMetadata {

                        /** Properties of an UploadMetadata. */
                        interface $Properties {

                            /** UploadMetadata hostId */
                            hostId?: (string|null);

                            /** UploadMetadata taskId */
                            taskId?: (string|null);

                            /** UploadMetadata annotations */
                            annotations?: (google.protobuf.Any.$Properties[]|null);

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Shape of an UploadMetadata. */
                        type $Shape = c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadMetadata.$Properties;
                    }

                    /**
                     * Properties of an UploadData.
                     * @deprecated Use c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadData.$Properties instead.
                     */
                    interface IUploadData extends c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadData.$Properties {
                    }

                    /** Represents an UploadData. */
                    class UploadData {

                        /**
                         * Constructs a new UploadData.
                         * @param [p] Properties to set
                         */
                        constructor(p?: c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadData.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /** UploadData data. */
                        data: Uint8Array;

                        /**
                         * Creates a new UploadData instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns UploadData instance
                         */
                        static create(properties: c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadData.$Shape): c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadData & c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadData.$Shape;
                        static create(properties?: c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadData.$Properties): c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadData;

                        /**
                         * Encodes the specified UploadData message. Does not implicitly {@link c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadData.verify|verify} messages.
                         * @param m UploadData message or plain object to encode
                         * @param [w] Writer to encode to
                         * @returns Writer
                         */
                        static encode(m: c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadData.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes an UploadData message from the specified reader or buffer.
                         * @param r Reader or buffer to decode from
                         * @param [l] Message length if known beforehand
                         * @returns {c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadData & c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadData.$Shape} UploadData
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadData & c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadData.$Shape;

                        /**
                         * Creates an UploadData message from a plain object. Also converts values to their respective internal types.
                         * @param d Plain object
                         * @returns UploadData
                         */
                        static fromObject(d: { [k: string]: any }): c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadData;

                        /**
                         * Creates a plain object from an UploadData message. Also converts values to other types if specified.
                         * @param m UploadData
                         * @param [o] Conversion options
                         * @returns Plain object
                         */
                        static toObject(m: c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadData, o?: $protobuf.IConversionOptions): { [k: string]: any };

                        /**
                         * Converts this UploadData to JSON.
                         * @returns JSON object
                         */
                        toJSON(): { [k: string]: any };

                        /**
                         * Gets the type url for UploadData
                         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns The type url
                         */
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace UploadData {

                        /** Properties of an UploadData. */
                        interface $Properties {

                            /** UploadData data */
                            data?: (Uint8Array|null);

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Shape of an UploadData. */
                        type $Shape = c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadData.$Properties;
                    }

                    /**
                     * Properties of an UploadEOF.
                     * @deprecated Use c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadEOF.$Properties instead.
                     */
                    interface IUploadEOF extends c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadEOF.$Properties {
                    }

                    /** Represents an UploadEOF. */
                    class UploadEOF {

                        /**
                         * Constructs a new UploadEOF.
                         * @param [p] Properties to set
                         */
                        constructor(p?: c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadEOF.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /** UploadEOF sha256Checksum. */
                        sha256Checksum: Uint8Array;

                        /** UploadEOF annotations. */
                        annotations: google.protobuf.Any.$Properties[];

                        /**
                         * Creates a new UploadEOF instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns UploadEOF instance
                         */
                        static create(properties: c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadEOF.$Shape): c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadEOF & c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadEOF.$Shape;
                        static create(properties?: c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadEOF.$Properties): c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadEOF;

                        /**
                         * Encodes the specified UploadEOF message. Does not implicitly {@link c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadEOF.verify|verify} messages.
                         * @param m UploadEOF message or plain object to encode
                         * @param [w] Writer to encode to
                         * @returns Writer
                         */
                        static encode(m: c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadEOF.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes an UploadEOF message from the specified reader or buffer.
                         * @param r Reader or buffer to decode from
                         * @param [l] Message length if known beforehand
                         * @returns {c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadEOF & c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadEOF.$Shape} UploadEOF
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadEOF & c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadEOF.$Shape;

                        /**
                         * Creates an UploadEOF message from a plain object. Also converts values to their respective internal types.
                         * @param d Plain object
                         * @returns UploadEOF
                         */
                        static fromObject(d: { [k: string]: any }): c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadEOF;

                        /**
                         * Creates a plain object from an UploadEOF message. Also converts values to other types if specified.
                         * @param m UploadEOF
                         * @param [o] Conversion options
                         * @returns Plain object
                         */
                        static toObject(m: c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadEOF, o?: $protobuf.IConversionOptions): { [k: string]: any };

                        /**
                         * Converts this UploadEOF to JSON.
                         * @returns JSON object
                         */
                        toJSON(): { [k: string]: any };

                        /**
                         * Gets the type url for UploadEOF
                         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns The type url
                         */
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace UploadEOF {

                        /** Properties of an UploadEOF. */
                        interface $Properties {

                            /** UploadEOF sha256Checksum */
                            sha256Checksum?: (Uint8Array|null);

                            /** UploadEOF annotations */
                            annotations?: (google.protobuf.Any.$Properties[]|null);

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Shape of an UploadEOF. */
                        type $Shape = c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.UploadEOF.$Properties;
                    }
                }

                /**
                 * Properties of a BatonServiceUploadAssetResponse.
                 * @deprecated Use c1.connectorapi.baton.v1.BatonServiceUploadAssetResponse.$Properties instead.
                 */
                interface IBatonServiceUploadAssetResponse extends c1.connectorapi.baton.v1.BatonServiceUploadAssetResponse.$Properties {
                }

                /** Represents a BatonServiceUploadAssetResponse. */
                class BatonServiceUploadAssetResponse {

                    /**
                     * Constructs a new BatonServiceUploadAssetResponse.
                     * @param [p] Properties to set
                     */
                    constructor(p?: c1.connectorapi.baton.v1.BatonServiceUploadAssetResponse.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** BatonServiceUploadAssetResponse annotations. */
                    annotations: google.protobuf.Any.$Properties[];

                    /**
                     * Creates a new BatonServiceUploadAssetResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns BatonServiceUploadAssetResponse instance
                     */
                    static create(properties: c1.connectorapi.baton.v1.BatonServiceUploadAssetResponse.$Shape): c1.connectorapi.baton.v1.BatonServiceUploadAssetResponse & c1.connectorapi.baton.v1.BatonServiceUploadAssetResponse.$Shape;
                    static create(properties?: c1.connectorapi.baton.v1.BatonServiceUploadAssetResponse.$Properties): c1.connectorapi.baton.v1.BatonServiceUploadAssetResponse;

                    /**
                     * Encodes the specified BatonServiceUploadAssetResponse message. Does not implicitly {@link c1.connectorapi.baton.v1.BatonServiceUploadAssetResponse.verify|verify} messages.
                     * @param m BatonServiceUploadAssetResponse message or plain object to encode
                     * @param [w] Writer to encode to
                     * @returns Writer
                     */
                    static encode(m: c1.connectorapi.baton.v1.BatonServiceUploadAssetResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a BatonServiceUploadAssetResponse message from the specified reader or buffer.
                     * @param r Reader or buffer to decode from
                     * @param [l] Message length if known beforehand
                     * @returns {c1.connectorapi.baton.v1.BatonServiceUploadAssetResponse & c1.connectorapi.baton.v1.BatonServiceUploadAssetResponse.$Shape} BatonServiceUploadAssetResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connectorapi.baton.v1.BatonServiceUploadAssetResponse & c1.connectorapi.baton.v1.BatonServiceUploadAssetResponse.$Shape;

                    /**
                     * Creates a BatonServiceUploadAssetResponse message from a plain object. Also converts values to their respective internal types.
                     * @param d Plain object
                     * @returns BatonServiceUploadAssetResponse
                     */
                    static fromObject(d: { [k: string]: any }): c1.connectorapi.baton.v1.BatonServiceUploadAssetResponse;

                    /**
                     * Creates a plain object from a BatonServiceUploadAssetResponse message. Also converts values to other types if specified.
                     * @param m BatonServiceUploadAssetResponse
                     * @param [o] Conversion options
                     * @returns Plain object
                     */
                    static toObject(m: c1.connectorapi.baton.v1.BatonServiceUploadAssetResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this BatonServiceUploadAssetResponse to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for BatonServiceUploadAssetResponse
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace BatonServiceUploadAssetResponse {

                    /** Properties of a BatonServiceUploadAssetResponse. */
                    interface $Properties {

                        /** BatonServiceUploadAssetResponse annotations */
                        annotations?: (google.protobuf.Any.$Properties[]|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a BatonServiceUploadAssetResponse. */
                    type $Shape = c1.connectorapi.baton.v1.BatonServiceUploadAssetResponse.$Properties;
                }

                /**
                 * Properties of a BatonServiceFinishTaskRequest.
                 * @deprecated Use c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.$Properties instead.
                 */
                interface IBatonServiceFinishTaskRequest extends c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.$Properties {
                }

                /** Represents a BatonServiceFinishTaskRequest. */
                class BatonServiceFinishTaskRequest {

                    /**
                     * Constructs a new BatonServiceFinishTaskRequest.
                     * @param [p] Properties to set
                     */
                    constructor(p?: c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** BatonServiceFinishTaskRequest hostId. */
                    hostId: string;

                    /** BatonServiceFinishTaskRequest taskId. */
                    taskId: string;

                    /** BatonServiceFinishTaskRequest status. */
                    status?: (google.rpc.Status.$Properties|null);

                    /** BatonServiceFinishTaskRequest error. */
                    error?: (c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error.$Properties|null);

                    /** BatonServiceFinishTaskRequest success. */
                    success?: (c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success.$Properties|null);

                    /** BatonServiceFinishTaskRequest finalState. */
                    finalState?: ("error"|"success");

                    /**
                     * Creates a new BatonServiceFinishTaskRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns BatonServiceFinishTaskRequest instance
                     */
                    static create(properties: c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.$Shape): c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest & c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.$Shape;
                    static create(properties?: c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.$Properties): c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest;

                    /**
                     * Encodes the specified BatonServiceFinishTaskRequest message. Does not implicitly {@link c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.verify|verify} messages.
                     * @param m BatonServiceFinishTaskRequest message or plain object to encode
                     * @param [w] Writer to encode to
                     * @returns Writer
                     */
                    static encode(m: c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a BatonServiceFinishTaskRequest message from the specified reader or buffer.
                     * @param r Reader or buffer to decode from
                     * @param [l] Message length if known beforehand
                     * @returns {c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest & c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.$Shape} BatonServiceFinishTaskRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest & c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.$Shape;

                    /**
                     * Creates a BatonServiceFinishTaskRequest message from a plain object. Also converts values to their respective internal types.
                     * @param d Plain object
                     * @returns BatonServiceFinishTaskRequest
                     */
                    static fromObject(d: { [k: string]: any }): c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest;

                    /**
                     * Creates a plain object from a BatonServiceFinishTaskRequest message. Also converts values to other types if specified.
                     * @param m BatonServiceFinishTaskRequest
                     * @param [o] Conversion options
                     * @returns Plain object
                     */
                    static toObject(m: c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this BatonServiceFinishTaskRequest to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for BatonServiceFinishTaskRequest
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace BatonServiceFinishTaskRequest {

                    /** Properties of a BatonServiceFinishTaskRequest. */
                    interface $Properties {

                        /** BatonServiceFinishTaskRequest hostId */
                        hostId?: (string|null);

                        /** BatonServiceFinishTaskRequest taskId */
                        taskId?: (string|null);

                        /** BatonServiceFinishTaskRequest status */
                        status?: (google.rpc.Status.$Properties|null);

                        /** BatonServiceFinishTaskRequest error */
                        error?: (c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error.$Properties|null);

                        /** BatonServiceFinishTaskRequest success */
                        success?: (c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success.$Properties|null);

                        /** BatonServiceFinishTaskRequest finalState */
                        finalState?: ("error"|"success");

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Narrowed shape of a BatonServiceFinishTaskRequest. */
                    type $Shape = {
                      hostId?: string|null;
                      taskId?: string|null;
                      status?: google.rpc.Status.$Shape|null;
                      error?: c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error.$Shape|null;
                      success?: c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success.$Shape|null;
                      $unknowns?: Uint8Array[];
                    } & (
                      ({ finalState?: undefined; error?: null; success?: null }|{ finalState?: "error"; error: c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error.$Shape; success?: null }|{ finalState?: "success"; error?: null; success: c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success.$Shape })
                    );

                    /**
                     * Properties of an Error.
                     * @deprecated Use c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error.$Properties instead.
                     */
                    interface IError extends c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error.$Properties {
                    }

                    /** Represents an Error. */
                    class Error {

                        /**
                         * Constructs a new Error.
                         * @param [p] Properties to set
                         */
                        constructor(p?: c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /** Error nonRetryable. */
                        nonRetryable: boolean;

                        /** Error annotations. */
                        annotations: google.protobuf.Any.$Properties[];

                        /** Error response. */
                        response?: (google.protobuf.Any.$Properties|null);

                        /**
                         * Creates a new Error instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns Error instance
                         */
                        static create(properties: c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error.$Shape): c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error & c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error.$Shape;
                        static create(properties?: c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error.$Properties): c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error;

                        /**
                         * Encodes the specified Error message. Does not implicitly {@link c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error.verify|verify} messages.
                         * @param m Error message or plain object to encode
                         * @param [w] Writer to encode to
                         * @returns Writer
                         */
                        static encode(m: c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes an Error message from the specified reader or buffer.
                         * @param r Reader or buffer to decode from
                         * @param [l] Message length if known beforehand
                         * @returns {c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error & c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error.$Shape} Error
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error & c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error.$Shape;

                        /**
                         * Creates an Error message from a plain object. Also converts values to their respective internal types.
                         * @param d Plain object
                         * @returns Error
                         */
                        static fromObject(d: { [k: string]: any }): c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error;

                        /**
                         * Creates a plain object from an Error message. Also converts values to other types if specified.
                         * @param m Error
                         * @param [o] Conversion options
                         * @returns Plain object
                         */
                        static toObject(m: c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error, o?: $protobuf.IConversionOptions): { [k: string]: any };

                        /**
                         * Converts this Error to JSON.
                         * @returns JSON object
                         */
                        toJSON(): { [k: string]: any };

                        /**
                         * Gets the type url for Error
                         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns The type url
                         */
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace Error {

                        /** Properties of an Error. */
                        interface $Properties {

                            /** Error nonRetryable */
                            nonRetryable?: (boolean|null);

                            /** Error annotations */
                            annotations?: (google.protobuf.Any.$Properties[]|null);

                            /** Error response */
                            response?: (google.protobuf.Any.$Properties|null);

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Shape of an Error. */
                        type $Shape = c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Error.$Properties;
                    }

                    /**
                     * Properties of a Success.
                     * @deprecated Use c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success.$Properties instead.
                     */
                    interface ISuccess extends c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success.$Properties {
                    }

                    /** Represents a Success. */
                    class Success {

                        /**
                         * Constructs a new Success.
                         * @param [p] Properties to set
                         */
                        constructor(p?: c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /** Success annotations. */
                        annotations: google.protobuf.Any.$Properties[];

                        /** Success response. */
                        response?: (google.protobuf.Any.$Properties|null);

                        /**
                         * Creates a new Success instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns Success instance
                         */
                        static create(properties: c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success.$Shape): c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success & c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success.$Shape;
                        static create(properties?: c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success.$Properties): c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success;

                        /**
                         * Encodes the specified Success message. Does not implicitly {@link c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success.verify|verify} messages.
                         * @param m Success message or plain object to encode
                         * @param [w] Writer to encode to
                         * @returns Writer
                         */
                        static encode(m: c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes a Success message from the specified reader or buffer.
                         * @param r Reader or buffer to decode from
                         * @param [l] Message length if known beforehand
                         * @returns {c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success & c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success.$Shape} Success
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success & c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success.$Shape;

                        /**
                         * Creates a Success message from a plain object. Also converts values to their respective internal types.
                         * @param d Plain object
                         * @returns Success
                         */
                        static fromObject(d: { [k: string]: any }): c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success;

                        /**
                         * Creates a plain object from a Success message. Also converts values to other types if specified.
                         * @param m Success
                         * @param [o] Conversion options
                         * @returns Plain object
                         */
                        static toObject(m: c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success, o?: $protobuf.IConversionOptions): { [k: string]: any };

                        /**
                         * Converts this Success to JSON.
                         * @returns JSON object
                         */
                        toJSON(): { [k: string]: any };

                        /**
                         * Gets the type url for Success
                         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns The type url
                         */
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace Success {

                        /** Properties of a Success. */
                        interface $Properties {

                            /** Success annotations */
                            annotations?: (google.protobuf.Any.$Properties[]|null);

                            /** Success response */
                            response?: (google.protobuf.Any.$Properties|null);

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Shape of a Success. */
                        type $Shape = c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.Success.$Properties;
                    }
                }

                /**
                 * Properties of a BatonServiceFinishTaskResponse.
                 * @deprecated Use c1.connectorapi.baton.v1.BatonServiceFinishTaskResponse.$Properties instead.
                 */
                interface IBatonServiceFinishTaskResponse extends c1.connectorapi.baton.v1.BatonServiceFinishTaskResponse.$Properties {
                }

                /** Represents a BatonServiceFinishTaskResponse. */
                class BatonServiceFinishTaskResponse {

                    /**
                     * Constructs a new BatonServiceFinishTaskResponse.
                     * @param [p] Properties to set
                     */
                    constructor(p?: c1.connectorapi.baton.v1.BatonServiceFinishTaskResponse.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** BatonServiceFinishTaskResponse annotations. */
                    annotations: google.protobuf.Any.$Properties[];

                    /**
                     * Creates a new BatonServiceFinishTaskResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns BatonServiceFinishTaskResponse instance
                     */
                    static create(properties: c1.connectorapi.baton.v1.BatonServiceFinishTaskResponse.$Shape): c1.connectorapi.baton.v1.BatonServiceFinishTaskResponse & c1.connectorapi.baton.v1.BatonServiceFinishTaskResponse.$Shape;
                    static create(properties?: c1.connectorapi.baton.v1.BatonServiceFinishTaskResponse.$Properties): c1.connectorapi.baton.v1.BatonServiceFinishTaskResponse;

                    /**
                     * Encodes the specified BatonServiceFinishTaskResponse message. Does not implicitly {@link c1.connectorapi.baton.v1.BatonServiceFinishTaskResponse.verify|verify} messages.
                     * @param m BatonServiceFinishTaskResponse message or plain object to encode
                     * @param [w] Writer to encode to
                     * @returns Writer
                     */
                    static encode(m: c1.connectorapi.baton.v1.BatonServiceFinishTaskResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a BatonServiceFinishTaskResponse message from the specified reader or buffer.
                     * @param r Reader or buffer to decode from
                     * @param [l] Message length if known beforehand
                     * @returns {c1.connectorapi.baton.v1.BatonServiceFinishTaskResponse & c1.connectorapi.baton.v1.BatonServiceFinishTaskResponse.$Shape} BatonServiceFinishTaskResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connectorapi.baton.v1.BatonServiceFinishTaskResponse & c1.connectorapi.baton.v1.BatonServiceFinishTaskResponse.$Shape;

                    /**
                     * Creates a BatonServiceFinishTaskResponse message from a plain object. Also converts values to their respective internal types.
                     * @param d Plain object
                     * @returns BatonServiceFinishTaskResponse
                     */
                    static fromObject(d: { [k: string]: any }): c1.connectorapi.baton.v1.BatonServiceFinishTaskResponse;

                    /**
                     * Creates a plain object from a BatonServiceFinishTaskResponse message. Also converts values to other types if specified.
                     * @param m BatonServiceFinishTaskResponse
                     * @param [o] Conversion options
                     * @returns Plain object
                     */
                    static toObject(m: c1.connectorapi.baton.v1.BatonServiceFinishTaskResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this BatonServiceFinishTaskResponse to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for BatonServiceFinishTaskResponse
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace BatonServiceFinishTaskResponse {

                    /** Properties of a BatonServiceFinishTaskResponse. */
                    interface $Properties {

                        /** BatonServiceFinishTaskResponse annotations */
                        annotations?: (google.protobuf.Any.$Properties[]|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a BatonServiceFinishTaskResponse. */
                    type $Shape = c1.connectorapi.baton.v1.BatonServiceFinishTaskResponse.$Properties;
                }
            }
        }
    }

    /** Namespace connector. */
    namespace connector {

        /** Namespace v2. */
        namespace v2 {

            /** Capability enum. */
            enum Capability {

                /** CAPABILITY_UNSPECIFIED value */
                CAPABILITY_UNSPECIFIED = 0,

                /** CAPABILITY_PROVISION value */
                CAPABILITY_PROVISION = 1,

                /** CAPABILITY_SYNC value */
                CAPABILITY_SYNC = 2
            }

            /**
             * Properties of a ResourceTypeCapability.
             * @deprecated Use c1.connector.v2.ResourceTypeCapability.$Properties instead.
             */
            interface IResourceTypeCapability extends c1.connector.v2.ResourceTypeCapability.$Properties {
            }

            /** Represents a ResourceTypeCapability. */
            class ResourceTypeCapability {

                /**
                 * Constructs a new ResourceTypeCapability.
                 * @param [p] Properties to set
                 */
                constructor(p?: c1.connector.v2.ResourceTypeCapability.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ResourceTypeCapability resourceType. */
                resourceType?: (c1.connector.v2.ResourceType.$Properties|null);

                /** ResourceTypeCapability capabilities. */
                capabilities: c1.connector.v2.Capability[];

                /**
                 * Creates a new ResourceTypeCapability instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ResourceTypeCapability instance
                 */
                static create(properties: c1.connector.v2.ResourceTypeCapability.$Shape): c1.connector.v2.ResourceTypeCapability & c1.connector.v2.ResourceTypeCapability.$Shape;
                static create(properties?: c1.connector.v2.ResourceTypeCapability.$Properties): c1.connector.v2.ResourceTypeCapability;

                /**
                 * Encodes the specified ResourceTypeCapability message. Does not implicitly {@link c1.connector.v2.ResourceTypeCapability.verify|verify} messages.
                 * @param m ResourceTypeCapability message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: c1.connector.v2.ResourceTypeCapability.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ResourceTypeCapability message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {c1.connector.v2.ResourceTypeCapability & c1.connector.v2.ResourceTypeCapability.$Shape} ResourceTypeCapability
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connector.v2.ResourceTypeCapability & c1.connector.v2.ResourceTypeCapability.$Shape;

                /**
                 * Creates a ResourceTypeCapability message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns ResourceTypeCapability
                 */
                static fromObject(d: { [k: string]: any }): c1.connector.v2.ResourceTypeCapability;

                /**
                 * Creates a plain object from a ResourceTypeCapability message. Also converts values to other types if specified.
                 * @param m ResourceTypeCapability
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: c1.connector.v2.ResourceTypeCapability, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ResourceTypeCapability to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ResourceTypeCapability
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ResourceTypeCapability {

                /** Properties of a ResourceTypeCapability. */
                interface $Properties {

                    /** ResourceTypeCapability resourceType */
                    resourceType?: (c1.connector.v2.ResourceType.$Properties|null);

                    /** ResourceTypeCapability capabilities */
                    capabilities?: (c1.connector.v2.Capability[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ResourceTypeCapability. */
                type $Shape = c1.connector.v2.ResourceTypeCapability.$Properties;
            }

            /**
             * Properties of a ConnectorCapabilities.
             * @deprecated Use c1.connector.v2.ConnectorCapabilities.$Properties instead.
             */
            interface IConnectorCapabilities extends c1.connector.v2.ConnectorCapabilities.$Properties {
            }

            /** Represents a ConnectorCapabilities. */
            class ConnectorCapabilities {

                /**
                 * Constructs a new ConnectorCapabilities.
                 * @param [p] Properties to set
                 */
                constructor(p?: c1.connector.v2.ConnectorCapabilities.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ConnectorCapabilities resourceTypeCapabilities. */
                resourceTypeCapabilities: c1.connector.v2.ResourceTypeCapability.$Properties[];

                /** ConnectorCapabilities connectorCapabilities. */
                connectorCapabilities: c1.connector.v2.Capability[];

                /**
                 * Creates a new ConnectorCapabilities instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ConnectorCapabilities instance
                 */
                static create(properties: c1.connector.v2.ConnectorCapabilities.$Shape): c1.connector.v2.ConnectorCapabilities & c1.connector.v2.ConnectorCapabilities.$Shape;
                static create(properties?: c1.connector.v2.ConnectorCapabilities.$Properties): c1.connector.v2.ConnectorCapabilities;

                /**
                 * Encodes the specified ConnectorCapabilities message. Does not implicitly {@link c1.connector.v2.ConnectorCapabilities.verify|verify} messages.
                 * @param m ConnectorCapabilities message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: c1.connector.v2.ConnectorCapabilities.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ConnectorCapabilities message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {c1.connector.v2.ConnectorCapabilities & c1.connector.v2.ConnectorCapabilities.$Shape} ConnectorCapabilities
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connector.v2.ConnectorCapabilities & c1.connector.v2.ConnectorCapabilities.$Shape;

                /**
                 * Creates a ConnectorCapabilities message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns ConnectorCapabilities
                 */
                static fromObject(d: { [k: string]: any }): c1.connector.v2.ConnectorCapabilities;

                /**
                 * Creates a plain object from a ConnectorCapabilities message. Also converts values to other types if specified.
                 * @param m ConnectorCapabilities
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: c1.connector.v2.ConnectorCapabilities, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ConnectorCapabilities to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ConnectorCapabilities
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ConnectorCapabilities {

                /** Properties of a ConnectorCapabilities. */
                interface $Properties {

                    /** ConnectorCapabilities resourceTypeCapabilities */
                    resourceTypeCapabilities?: (c1.connector.v2.ResourceTypeCapability.$Properties[]|null);

                    /** ConnectorCapabilities connectorCapabilities */
                    connectorCapabilities?: (c1.connector.v2.Capability[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ConnectorCapabilities. */
                type $Shape = c1.connector.v2.ConnectorCapabilities.$Properties;
            }

            /**
             * Properties of a ConnectorMetadata.
             * @deprecated Use c1.connector.v2.ConnectorMetadata.$Properties instead.
             */
            interface IConnectorMetadata extends c1.connector.v2.ConnectorMetadata.$Properties {
            }

            /** Represents a ConnectorMetadata. */
            class ConnectorMetadata {

                /**
                 * Constructs a new ConnectorMetadata.
                 * @param [p] Properties to set
                 */
                constructor(p?: c1.connector.v2.ConnectorMetadata.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ConnectorMetadata displayName. */
                displayName: string;

                /** ConnectorMetadata annotations. */
                annotations: google.protobuf.Any.$Properties[];

                /** ConnectorMetadata description. */
                description: string;

                /** ConnectorMetadata capabilities. */
                capabilities?: (c1.connector.v2.ConnectorCapabilities.$Properties|null);

                /**
                 * Creates a new ConnectorMetadata instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ConnectorMetadata instance
                 */
                static create(properties: c1.connector.v2.ConnectorMetadata.$Shape): c1.connector.v2.ConnectorMetadata & c1.connector.v2.ConnectorMetadata.$Shape;
                static create(properties?: c1.connector.v2.ConnectorMetadata.$Properties): c1.connector.v2.ConnectorMetadata;

                /**
                 * Encodes the specified ConnectorMetadata message. Does not implicitly {@link c1.connector.v2.ConnectorMetadata.verify|verify} messages.
                 * @param m ConnectorMetadata message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: c1.connector.v2.ConnectorMetadata.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ConnectorMetadata message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {c1.connector.v2.ConnectorMetadata & c1.connector.v2.ConnectorMetadata.$Shape} ConnectorMetadata
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connector.v2.ConnectorMetadata & c1.connector.v2.ConnectorMetadata.$Shape;

                /**
                 * Creates a ConnectorMetadata message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns ConnectorMetadata
                 */
                static fromObject(d: { [k: string]: any }): c1.connector.v2.ConnectorMetadata;

                /**
                 * Creates a plain object from a ConnectorMetadata message. Also converts values to other types if specified.
                 * @param m ConnectorMetadata
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: c1.connector.v2.ConnectorMetadata, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ConnectorMetadata to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ConnectorMetadata
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ConnectorMetadata {

                /** Properties of a ConnectorMetadata. */
                interface $Properties {

                    /** ConnectorMetadata displayName */
                    displayName?: (string|null);

                    /** ConnectorMetadata annotations */
                    annotations?: (google.protobuf.Any.$Properties[]|null);

                    /** ConnectorMetadata description */
                    description?: (string|null);

                    /** ConnectorMetadata capabilities */
                    capabilities?: (c1.connector.v2.ConnectorCapabilities.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ConnectorMetadata. */
                type $Shape = c1.connector.v2.ConnectorMetadata.$Properties;
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

            /**
             * Properties of a GrantManagerServiceGrantResponse.
             * @deprecated Use c1.connector.v2.GrantManagerServiceGrantResponse.$Properties instead.
             */
            interface IGrantManagerServiceGrantResponse extends c1.connector.v2.GrantManagerServiceGrantResponse.$Properties {
            }

            /** Represents a GrantManagerServiceGrantResponse. */
            class GrantManagerServiceGrantResponse {

                /**
                 * Constructs a new GrantManagerServiceGrantResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: c1.connector.v2.GrantManagerServiceGrantResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GrantManagerServiceGrantResponse annotations. */
                annotations: google.protobuf.Any.$Properties[];

                /** GrantManagerServiceGrantResponse grants. */
                grants: c1.connector.v2.Grant.$Properties[];

                /**
                 * Creates a new GrantManagerServiceGrantResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GrantManagerServiceGrantResponse instance
                 */
                static create(properties: c1.connector.v2.GrantManagerServiceGrantResponse.$Shape): c1.connector.v2.GrantManagerServiceGrantResponse & c1.connector.v2.GrantManagerServiceGrantResponse.$Shape;
                static create(properties?: c1.connector.v2.GrantManagerServiceGrantResponse.$Properties): c1.connector.v2.GrantManagerServiceGrantResponse;

                /**
                 * Encodes the specified GrantManagerServiceGrantResponse message. Does not implicitly {@link c1.connector.v2.GrantManagerServiceGrantResponse.verify|verify} messages.
                 * @param m GrantManagerServiceGrantResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: c1.connector.v2.GrantManagerServiceGrantResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GrantManagerServiceGrantResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {c1.connector.v2.GrantManagerServiceGrantResponse & c1.connector.v2.GrantManagerServiceGrantResponse.$Shape} GrantManagerServiceGrantResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connector.v2.GrantManagerServiceGrantResponse & c1.connector.v2.GrantManagerServiceGrantResponse.$Shape;

                /**
                 * Creates a GrantManagerServiceGrantResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns GrantManagerServiceGrantResponse
                 */
                static fromObject(d: { [k: string]: any }): c1.connector.v2.GrantManagerServiceGrantResponse;

                /**
                 * Creates a plain object from a GrantManagerServiceGrantResponse message. Also converts values to other types if specified.
                 * @param m GrantManagerServiceGrantResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: c1.connector.v2.GrantManagerServiceGrantResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GrantManagerServiceGrantResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GrantManagerServiceGrantResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GrantManagerServiceGrantResponse {

                /** Properties of a GrantManagerServiceGrantResponse. */
                interface $Properties {

                    /** GrantManagerServiceGrantResponse annotations */
                    annotations?: (google.protobuf.Any.$Properties[]|null);

                    /** GrantManagerServiceGrantResponse grants */
                    grants?: (c1.connector.v2.Grant.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GrantManagerServiceGrantResponse. */
                type $Shape = c1.connector.v2.GrantManagerServiceGrantResponse.$Properties;
            }

            /**
             * Properties of a GrantManagerServiceRevokeResponse.
             * @deprecated Use c1.connector.v2.GrantManagerServiceRevokeResponse.$Properties instead.
             */
            interface IGrantManagerServiceRevokeResponse extends c1.connector.v2.GrantManagerServiceRevokeResponse.$Properties {
            }

            /** Represents a GrantManagerServiceRevokeResponse. */
            class GrantManagerServiceRevokeResponse {

                /**
                 * Constructs a new GrantManagerServiceRevokeResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: c1.connector.v2.GrantManagerServiceRevokeResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GrantManagerServiceRevokeResponse annotations. */
                annotations: google.protobuf.Any.$Properties[];

                /**
                 * Creates a new GrantManagerServiceRevokeResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GrantManagerServiceRevokeResponse instance
                 */
                static create(properties: c1.connector.v2.GrantManagerServiceRevokeResponse.$Shape): c1.connector.v2.GrantManagerServiceRevokeResponse & c1.connector.v2.GrantManagerServiceRevokeResponse.$Shape;
                static create(properties?: c1.connector.v2.GrantManagerServiceRevokeResponse.$Properties): c1.connector.v2.GrantManagerServiceRevokeResponse;

                /**
                 * Encodes the specified GrantManagerServiceRevokeResponse message. Does not implicitly {@link c1.connector.v2.GrantManagerServiceRevokeResponse.verify|verify} messages.
                 * @param m GrantManagerServiceRevokeResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: c1.connector.v2.GrantManagerServiceRevokeResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GrantManagerServiceRevokeResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {c1.connector.v2.GrantManagerServiceRevokeResponse & c1.connector.v2.GrantManagerServiceRevokeResponse.$Shape} GrantManagerServiceRevokeResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connector.v2.GrantManagerServiceRevokeResponse & c1.connector.v2.GrantManagerServiceRevokeResponse.$Shape;

                /**
                 * Creates a GrantManagerServiceRevokeResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns GrantManagerServiceRevokeResponse
                 */
                static fromObject(d: { [k: string]: any }): c1.connector.v2.GrantManagerServiceRevokeResponse;

                /**
                 * Creates a plain object from a GrantManagerServiceRevokeResponse message. Also converts values to other types if specified.
                 * @param m GrantManagerServiceRevokeResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: c1.connector.v2.GrantManagerServiceRevokeResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GrantManagerServiceRevokeResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GrantManagerServiceRevokeResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GrantManagerServiceRevokeResponse {

                /** Properties of a GrantManagerServiceRevokeResponse. */
                interface $Properties {

                    /** GrantManagerServiceRevokeResponse annotations */
                    annotations?: (google.protobuf.Any.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GrantManagerServiceRevokeResponse. */
                type $Shape = c1.connector.v2.GrantManagerServiceRevokeResponse.$Properties;
            }

            /**
             * Properties of a ListEventFeedsResponse.
             * @deprecated Use c1.connector.v2.ListEventFeedsResponse.$Properties instead.
             */
            interface IListEventFeedsResponse extends c1.connector.v2.ListEventFeedsResponse.$Properties {
            }

            /** Represents a ListEventFeedsResponse. */
            class ListEventFeedsResponse {

                /**
                 * Constructs a new ListEventFeedsResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: c1.connector.v2.ListEventFeedsResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListEventFeedsResponse annotations. */
                annotations: google.protobuf.Any.$Properties[];

                /**
                 * Creates a new ListEventFeedsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ListEventFeedsResponse instance
                 */
                static create(properties: c1.connector.v2.ListEventFeedsResponse.$Shape): c1.connector.v2.ListEventFeedsResponse & c1.connector.v2.ListEventFeedsResponse.$Shape;
                static create(properties?: c1.connector.v2.ListEventFeedsResponse.$Properties): c1.connector.v2.ListEventFeedsResponse;

                /**
                 * Encodes the specified ListEventFeedsResponse message. Does not implicitly {@link c1.connector.v2.ListEventFeedsResponse.verify|verify} messages.
                 * @param m ListEventFeedsResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: c1.connector.v2.ListEventFeedsResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListEventFeedsResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {c1.connector.v2.ListEventFeedsResponse & c1.connector.v2.ListEventFeedsResponse.$Shape} ListEventFeedsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connector.v2.ListEventFeedsResponse & c1.connector.v2.ListEventFeedsResponse.$Shape;

                /**
                 * Creates a ListEventFeedsResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns ListEventFeedsResponse
                 */
                static fromObject(d: { [k: string]: any }): c1.connector.v2.ListEventFeedsResponse;

                /**
                 * Creates a plain object from a ListEventFeedsResponse message. Also converts values to other types if specified.
                 * @param m ListEventFeedsResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: c1.connector.v2.ListEventFeedsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListEventFeedsResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ListEventFeedsResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListEventFeedsResponse {

                /** Properties of a ListEventFeedsResponse. */
                interface $Properties {

                    /** ListEventFeedsResponse annotations */
                    annotations?: (google.protobuf.Any.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListEventFeedsResponse. */
                type $Shape = c1.connector.v2.ListEventFeedsResponse.$Properties;
            }

            /**
             * Properties of a ListActionSchemasResponse.
             * @deprecated Use c1.connector.v2.ListActionSchemasResponse.$Properties instead.
             */
            interface IListActionSchemasResponse extends c1.connector.v2.ListActionSchemasResponse.$Properties {
            }

            /** Represents a ListActionSchemasResponse. */
            class ListActionSchemasResponse {

                /**
                 * Constructs a new ListActionSchemasResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: c1.connector.v2.ListActionSchemasResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListActionSchemasResponse annotations. */
                annotations: google.protobuf.Any.$Properties[];

                /**
                 * Creates a new ListActionSchemasResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ListActionSchemasResponse instance
                 */
                static create(properties: c1.connector.v2.ListActionSchemasResponse.$Shape): c1.connector.v2.ListActionSchemasResponse & c1.connector.v2.ListActionSchemasResponse.$Shape;
                static create(properties?: c1.connector.v2.ListActionSchemasResponse.$Properties): c1.connector.v2.ListActionSchemasResponse;

                /**
                 * Encodes the specified ListActionSchemasResponse message. Does not implicitly {@link c1.connector.v2.ListActionSchemasResponse.verify|verify} messages.
                 * @param m ListActionSchemasResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: c1.connector.v2.ListActionSchemasResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListActionSchemasResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {c1.connector.v2.ListActionSchemasResponse & c1.connector.v2.ListActionSchemasResponse.$Shape} ListActionSchemasResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): c1.connector.v2.ListActionSchemasResponse & c1.connector.v2.ListActionSchemasResponse.$Shape;

                /**
                 * Creates a ListActionSchemasResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns ListActionSchemasResponse
                 */
                static fromObject(d: { [k: string]: any }): c1.connector.v2.ListActionSchemasResponse;

                /**
                 * Creates a plain object from a ListActionSchemasResponse message. Also converts values to other types if specified.
                 * @param m ListActionSchemasResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: c1.connector.v2.ListActionSchemasResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListActionSchemasResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ListActionSchemasResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListActionSchemasResponse {

                /** Properties of a ListActionSchemasResponse. */
                interface $Properties {

                    /** ListActionSchemasResponse annotations */
                    annotations?: (google.protobuf.Any.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListActionSchemasResponse. */
                type $Shape = c1.connector.v2.ListActionSchemasResponse.$Properties;
            }
        }
    }
}

/** Namespace google. */
export namespace google {

    /** Namespace protobuf. */
    namespace protobuf {

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

        /**
         * Properties of a Duration.
         * @deprecated Use google.protobuf.Duration.$Properties instead.
         */
        interface IDuration extends google.protobuf.Duration.$Properties {
        }

        /** Represents a Duration. */
        class Duration {

            /**
             * Constructs a new Duration.
             * @param [p] Properties to set
             */
            constructor(p?: google.protobuf.Duration.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Duration seconds. */
            seconds: number;

            /** Duration nanos. */
            nanos: number;

            /**
             * Creates a new Duration instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Duration instance
             */
            static create(properties: google.protobuf.Duration.$Shape): google.protobuf.Duration & google.protobuf.Duration.$Shape;
            static create(properties?: google.protobuf.Duration.$Properties): google.protobuf.Duration;

            /**
             * Encodes the specified Duration message. Does not implicitly {@link google.protobuf.Duration.verify|verify} messages.
             * @param m Duration message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: google.protobuf.Duration.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Duration message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {google.protobuf.Duration & google.protobuf.Duration.$Shape} Duration
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): google.protobuf.Duration & google.protobuf.Duration.$Shape;

            /**
             * Creates a Duration message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Duration
             */
            static fromObject(d: { [k: string]: any }): google.protobuf.Duration;

            /**
             * Creates a plain object from a Duration message. Also converts values to other types if specified.
             * @param m Duration
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: google.protobuf.Duration, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Duration to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Duration
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Duration {

            /** Properties of a Duration. */
            interface $Properties {

                /** Duration seconds */
                seconds?: (number|null);

                /** Duration nanos */
                nanos?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Duration. */
            type $Shape = google.protobuf.Duration.$Properties;
        }
    }

    /** Namespace rpc. */
    namespace rpc {

        /**
         * Properties of a Status.
         * @deprecated Use google.rpc.Status.$Properties instead.
         */
        interface IStatus extends google.rpc.Status.$Properties {
        }

        /** Represents a Status. */
        class Status {

            /**
             * Constructs a new Status.
             * @param [p] Properties to set
             */
            constructor(p?: google.rpc.Status.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Status code. */
            code: number;

            /** Status message. */
            message: string;

            /** Status details. */
            details: google.protobuf.Any.$Properties[];

            /**
             * Creates a new Status instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Status instance
             */
            static create(properties: google.rpc.Status.$Shape): google.rpc.Status & google.rpc.Status.$Shape;
            static create(properties?: google.rpc.Status.$Properties): google.rpc.Status;

            /**
             * Encodes the specified Status message. Does not implicitly {@link google.rpc.Status.verify|verify} messages.
             * @param m Status message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: google.rpc.Status.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Status message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {google.rpc.Status & google.rpc.Status.$Shape} Status
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): google.rpc.Status & google.rpc.Status.$Shape;

            /**
             * Creates a Status message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Status
             */
            static fromObject(d: { [k: string]: any }): google.rpc.Status;

            /**
             * Creates a plain object from a Status message. Also converts values to other types if specified.
             * @param m Status
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: google.rpc.Status, o?: $protobuf.IConversionOptions): { [k: string]: any };

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

                /** Status code */
                code?: (number|null);

                /** Status message */
                message?: (string|null);

                /** Status details */
                details?: (google.protobuf.Any.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Status. */
            type $Shape = google.rpc.Status.$Properties;
        }

        /**
         * Properties of a RetryInfo.
         * @deprecated Use google.rpc.RetryInfo.$Properties instead.
         */
        interface IRetryInfo extends google.rpc.RetryInfo.$Properties {
        }

        /** Represents a RetryInfo. */
        class RetryInfo {

            /**
             * Constructs a new RetryInfo.
             * @param [p] Properties to set
             */
            constructor(p?: google.rpc.RetryInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RetryInfo retryDelay. */
            retryDelay?: (google.protobuf.Duration.$Properties|null);

            /**
             * Creates a new RetryInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RetryInfo instance
             */
            static create(properties: google.rpc.RetryInfo.$Shape): google.rpc.RetryInfo & google.rpc.RetryInfo.$Shape;
            static create(properties?: google.rpc.RetryInfo.$Properties): google.rpc.RetryInfo;

            /**
             * Encodes the specified RetryInfo message. Does not implicitly {@link google.rpc.RetryInfo.verify|verify} messages.
             * @param m RetryInfo message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: google.rpc.RetryInfo.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RetryInfo message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {google.rpc.RetryInfo & google.rpc.RetryInfo.$Shape} RetryInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): google.rpc.RetryInfo & google.rpc.RetryInfo.$Shape;

            /**
             * Creates a RetryInfo message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns RetryInfo
             */
            static fromObject(d: { [k: string]: any }): google.rpc.RetryInfo;

            /**
             * Creates a plain object from a RetryInfo message. Also converts values to other types if specified.
             * @param m RetryInfo
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: google.rpc.RetryInfo, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RetryInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RetryInfo
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RetryInfo {

            /** Properties of a RetryInfo. */
            interface $Properties {

                /** RetryInfo retryDelay */
                retryDelay?: (google.protobuf.Duration.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RetryInfo. */
            type $Shape = google.rpc.RetryInfo.$Properties;
        }

        /**
         * Properties of an ErrorInfo.
         * @deprecated Use google.rpc.ErrorInfo.$Properties instead.
         */
        interface IErrorInfo extends google.rpc.ErrorInfo.$Properties {
        }

        /** Represents an ErrorInfo. */
        class ErrorInfo {

            /**
             * Constructs a new ErrorInfo.
             * @param [p] Properties to set
             */
            constructor(p?: google.rpc.ErrorInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ErrorInfo reason. */
            reason: string;

            /** ErrorInfo domain. */
            domain: string;

            /** ErrorInfo metadata. */
            metadata: { [k: string]: string };

            /**
             * Creates a new ErrorInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ErrorInfo instance
             */
            static create(properties: google.rpc.ErrorInfo.$Shape): google.rpc.ErrorInfo & google.rpc.ErrorInfo.$Shape;
            static create(properties?: google.rpc.ErrorInfo.$Properties): google.rpc.ErrorInfo;

            /**
             * Encodes the specified ErrorInfo message. Does not implicitly {@link google.rpc.ErrorInfo.verify|verify} messages.
             * @param m ErrorInfo message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: google.rpc.ErrorInfo.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ErrorInfo message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {google.rpc.ErrorInfo & google.rpc.ErrorInfo.$Shape} ErrorInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): google.rpc.ErrorInfo & google.rpc.ErrorInfo.$Shape;

            /**
             * Creates an ErrorInfo message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ErrorInfo
             */
            static fromObject(d: { [k: string]: any }): google.rpc.ErrorInfo;

            /**
             * Creates a plain object from an ErrorInfo message. Also converts values to other types if specified.
             * @param m ErrorInfo
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: google.rpc.ErrorInfo, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ErrorInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ErrorInfo
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ErrorInfo {

            /** Properties of an ErrorInfo. */
            interface $Properties {

                /** ErrorInfo reason */
                reason?: (string|null);

                /** ErrorInfo domain */
                domain?: (string|null);

                /** ErrorInfo metadata */
                metadata?: ({ [k: string]: string }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ErrorInfo. */
            type $Shape = google.rpc.ErrorInfo.$Properties;
        }
    }
}
