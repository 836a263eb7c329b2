/*
 * Generated from openapi/ by `npm run generate`. Do not edit: change openapi/ and regenerate.
 * source sha256: 5b27e6bbf3614b7ccf521d7640bac420012158aec14d6851a2a35c49d0328b27
 */

export type $Read<T> = {
    readonly $read: T;
};
export type $Write<T> = {
    readonly $write: T;
};
export type Readable<T> = T extends $Write<any> ? never : T extends $Read<infer U> ? Readable<U> : T extends (infer E)[] ? Readable<E>[] : T extends object ? {
    [K in keyof T as NonNullable<T[K]> extends $Write<any> ? never : K]: Readable<T[K]>;
} : T;
export type Writable<T> = T extends $Read<any> ? never : T extends $Write<infer U> ? Writable<U> : T extends (infer E)[] ? Writable<E>[] : T extends object ? {
    [K in keyof T as NonNullable<T[K]> extends $Read<any> ? never : K]: Writable<T[K]>;
} & {
    [K in keyof T as NonNullable<T[K]> extends $Read<any> ? K : never]?: never;
} : T;
export interface paths {
    "/calls/v1/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Calls
         * @description Lists your team's calls in a time window, one page at a time. The answer
         *     carries `totalCount` (matches across all pages) and no cursor: ask for
         *     the next `page` until a page comes back with fewer than `size` calls.
         *
         *     The page does not state the sort direction, a maximum `size`, whether the
         *     window's bounds are inclusive, or which of a call's times they are
         *     compared with. Each listed call is the Get Call record without
         *     `messages`.
         *
         *     Creating a call with `POST` on this path (the platform's "Create Call")
         *     is not part of this contract: its page publishes neither required fields
         *     nor a response.
         */
        get: operations["listCalls"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calls/v1/conversations/connect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Connect Call
         * @description Asks the platform to start a phone conversation run by an AI assistant.
         *     For an `outbound` call the platform dials `customer.number` from the
         *     phone number identified by `phoneNumberId`. The reference does not
         *     describe what the platform does differently for an `inbound` one.
         *
         *     The assistant is chosen in this order: the inline `assistant` object if
         *     one is given, otherwise the saved assistant named by `assistantId`,
         *     otherwise the phone number's own default assistant.
         *     `assistantOverrides` adjusts whichever assistant is chosen, for this
         *     call only.
         *
         *     A successful response means the call has been accepted and queued, not
         *     that anyone has answered: the returned record normally has
         *     `status: queued`. Use `monitor.controlUrl` from the response to follow and
         *     control the live conversation.
         *
         *     This operation places a real phone call and is not idempotent. Clients
         *     must not retry it automatically, or the customer may be dialled twice.
         */
        post: operations["connectCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calls/v1/conversations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The call's ID, as returned in `id` by List Calls (Connect Call's record
                 *     carries an `id` too). The pages show IDs in several formats (a plain UUID, a
                 *     `CC-` or `WC-` prefix) and state none, so any string is accepted; clients
                 *     must percent-encode it into the path.
                 * @example a12f9c88-c155-461f-9771-4d240cdc9a04
                 */
                id: components["parameters"]["CallId"];
            };
            cookie?: never;
        };
        /**
         * Get Call
         * @description Returns one call with its transcript (`messages`). The record has its own
         *     shape, not the one Connect Call returns: `callType`, `startAt`/`endAt`,
         *     `userNumber`/`assistantNumber`, `phoneCallStatus`, `callEndTriggerBy`
         *     and `analysis` appear here, while `customer`, `phoneNumberId` and
         *     `createdAt` do not.
         *
         *     The terminal `status` is `finished` on this page and `completed` in
         *     Connect Call's response; both are accepted here and mean the same.
         *     `monitor.controlUrl` is where Control Call instructions for a live call
         *     go; its host and ID may differ from this API's base URL and the call's
         *     `id`.
         */
        get: operations["getCall"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calls/v1/conversations/{id}/control": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The call's ID, as returned in `id` by List Calls (Connect Call's record
                 *     carries an `id` too). The pages show IDs in several formats (a plain UUID, a
                 *     `CC-` or `WC-` prefix) and state none, so any string is accepted; clients
                 *     must percent-encode it into the path.
                 * @example a12f9c88-c155-461f-9771-4d240cdc9a04
                 */
                id: components["parameters"]["CallId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Control Call
         * @description Sends an instruction to a live call: speak a message, end the call,
         *     forward it, send DTMF tones or an SMS. The page documents one body for
         *     all of them, `{ type, message }`, both required; it publishes no
         *     forwarding number, digits or SMS fields, so those instructions cannot be
         *     described further here.
         *
         *     A call record's `monitor.controlUrl` points at this operation for that
         *     call, possibly on another host; the call-control guide posts to it
         *     directly. The page does not say whether an instruction to a call that has
         *     ended fails or is ignored.
         *
         *     Not idempotent: a `say` sent twice is spoken twice. Clients must not retry
         *     it automatically.
         */
        post: operations["controlCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "status-update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Status update
         * @description The platform posts this to the assistant's server URL each time the
         *     call's status changes (`queued`, `ongoing`, `forwarded`, then
         *     `finished` or `completed`). The pages disagree on where the status is:
         *     `message.call.status` on the status-update page, `message.status` in the
         *     server-URL events page's example; read both.
         *
         *     What the receiver must answer, whether the platform retries a delivery
         *     that fails, and how `assistantServer.secret` reaches the receiver (if it
         *     is sent at all) are not stated on the platform's pages. This contract
         *     assumes a `2xx` acknowledges the message.
         */
        post: operations["statusUpdateMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "conversation-update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Conversation update
         * @description Posted after each user message (as transcribed), each assistant message
         *     and the welcome message. `messages` holds the whole conversation since
         *     the call began, so a receiver can replace, not append, what it has.
         *     Message timestamps are Unix milliseconds here (Get Call shows ISO 8601).
         *
         *     What the receiver must answer, whether the platform retries a delivery
         *     that fails, and how `assistantServer.secret` reaches the receiver (if it
         *     is sent at all) are not stated on the platform's pages. This contract
         *     assumes a `2xx` acknowledges the message.
         */
        post: operations["conversationUpdateMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    hang: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hang
         * @description Posted when the assistant has gone five seconds or more without
         *     answering: a slow or failing model, a backlog, or network trouble.
         *     `analysis` is empty at this point.
         *
         *     What the receiver must answer, whether the platform retries a delivery
         *     that fails, and how `assistantServer.secret` reaches the receiver (if it
         *     is sent at all) are not stated on the platform's pages. This contract
         *     assumes a `2xx` acknowledges the message.
         */
        post: operations["hangMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "end-of-call-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End-of-call report
         * @description Posted once per call when it ends, whatever ended it (either side hanging
         *     up, a timeout, a dropped connection, a completed forward). It carries the
         *     final call record (with `endAt`, `cost`, `metrics` and `recording`),
         *     the whole conversation and the analysis.
         *
         *     What the receiver must answer, whether the platform retries a delivery
         *     that fails, and how `assistantServer.secret` reaches the receiver (if it
         *     is sent at all) are not stated on the platform's pages. This contract
         *     assumes a `2xx` acknowledges the message.
         */
        post: operations["endOfCallReportMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    error: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Error
         * @description Posted when a service the call depends on fails: the language model,
         *     speech-to-text, authentication with a provider, a quota, or the network.
         *     `error` says what failed and whether a retry may help.
         *
         *     What the receiver must answer, whether the platform retries a delivery
         *     that fails, and how `assistantServer.secret` reaches the receiver (if it
         *     is sent at all) are not stated on the platform's pages. This contract
         *     assumes a `2xx` acknowledges the message.
         */
        post: operations["errorMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /**
         * ConversationStatus
         * @description Where a call stands, as Get Call, List Calls and the server messages report
         *     it. The platform's pages disagree on the terminal value: Get Call and the
         *     status-update event list `queued`, `ongoing`, `forwarded` and `finished`,
         *     while Connect Call's response (and the example body on the server-URL
         *     events page) use `completed`. This contract accepts both values here, so a
         *     real answer of either kind is not rejected, and clients must treat
         *     `finished` and `completed` as the same terminal state. The pages do not
         *     describe when a call moves from one value to another.
         * @example finished
         * @enum {string}
         */
        ConversationStatus: "queued" | "ongoing" | "forwarded" | "finished" | "completed";
        /**
         * PhoneCallStatus
         * @description What the telephone network reports about the call, finer-grained than
         *     `status`. `trying`: the call has been started; `early-media`: a tone or
         *     early media is playing; `ringing`: the callee's phone rings; `in-progress`:
         *     the call is live; `busy`: the callee was unavailable; `no-answer`: nobody
         *     picked up; `failed`: the attempt did not go through; `completed`: the call
         *     is over.
         * @example ringing
         * @enum {string}
         */
        PhoneCallStatus: "trying" | "early-media" | "ringing" | "in-progress" | "busy" | "no-answer" | "failed" | "completed";
        /**
         * CallMonitor
         * @description Handles for watching and steering the live conversation.
         */
        CallMonitor: {
            /**
             * @description Address for controlling the live call. The reference does not document
             *     the commands it accepts.
             * @example https://<domain>.interactly.ai/calls/v1/conversations/<random-id>/control
             */
            controlUrl?: string;
        };
        /**
         * ConversationAnalysis
         * @description What the assistant's post-call analysis produced for this call. Get Call
         *     shows only an example of this object (its field table was not published),
         *     so every field is optional and further fields may appear.
         */
        ConversationAnalysis: {
            /**
             * @description A short prose account of the conversation.
             * @example The user called Dentistry to schedule an appointment.
             */
            summary?: string;
            /**
             * @description The verdict of the success evaluation. The pages do not fix its
             *     vocabulary: Get Call's example says `success`, the end-of-call report
             *     page names `Excellent`, `Good`, `Fair` and `Poor`; it depends on the
             *     rubric the assistant was configured with.
             * @example success
             */
            successEvaluation?: string;
            /**
             * @description The fields extracted from the conversation, shaped by the assistant's structured-data settings.
             * @example {}
             */
            structuredData?: {
                [key: string]: unknown;
            };
        };
        /**
         * ConversationSummary
         * @description A call as List Calls returns it: the call record of Get Call without its
         *     `messages`. This is not the shape Connect Call returns (see `Call`). None of
         *     the fields is marked required on the platform's pages, so a client should
         *     treat each one as optional.
         */
        ConversationSummary: {
            /**
             * @description The call's ID, the `{id}` of Get Call and Control Call. The pages show no fixed format.
             * @example a12f9c88-c155-461f-9771-4d240cdc9a04
             */
            id?: string;
            /**
             * @description ID of the team (account) the call belongs to.
             * @example 1f7b1b1b1b1b1b1b1b1b1b1b
             */
            teamId?: string;
            /**
             * @description ID of the assistant that ran the call.
             * @example 3f7b1b1b1b1b1b1b1b1b1b1b
             */
            assistantId?: string;
            /**
             * @description Whether the conversation happened in a browser (`web`) or over the telephone network (`phone`).
             * @example web
             * @enum {string}
             */
            callType?: "web" | "phone";
            /**
             * @description Who started the conversation: `inbound` (the user called in) or
             *     `outbound` (the platform dialled the user). Same values as Connect
             *     Call's `Direction`; unlike the request field it has no default, since a
             *     response reports what happened.
             * @example inbound
             * @enum {string}
             */
            direction?: "inbound" | "outbound";
            /**
             * Format: date-time
             * @description When the call started (ISO 8601).
             * @example 2020-10-05T00:00:00.000Z
             */
            startAt?: string;
            /**
             * Format: date-time
             * @description When the call ended (ISO 8601); presumably absent while the call is live (the pages do not say).
             * @example 2020-10-05T00:00:00.000Z
             */
            endAt?: string;
            /**
             * @description The user's phone number. The page gives only an example, a string.
             * @example +919867543210
             */
            userNumber?: string;
            /**
             * @description The number the assistant spoke from. The page gives only an example, a string.
             * @example +19867543211
             */
            assistantNumber?: string;
            status?: components["schemas"]["ConversationStatus"];
            phoneCallStatus?: components["schemas"]["PhoneCallStatus"];
            /**
             * @description Which side ended the call.
             * @example user
             * @enum {string}
             */
            callEndTriggerBy?: "user" | "assistant";
            monitor?: components["schemas"]["CallMonitor"];
            analysis?: components["schemas"]["ConversationAnalysis"];
        };
        /**
         * ListCallsResponse
         * @description One page of calls. The page shows no cursor or next-page field: page
         *     through the results with the `page` and `size` query parameters until a
         *     page holds fewer than `size` calls or `page * size` reaches `totalCount`.
         */
        ListCallsResponse: {
            /**
             * @description How many calls match the query across all pages, before paging is applied.
             * @example 10
             */
            totalCount?: number;
            /** @description The calls on this page. */
            conversations?: components["schemas"]["ConversationSummary"][];
        };
        /**
         * FieldError
         * @description One invalid field in a request, as reported inside a `Problem`. Part of this contract's own error design.
         */
        FieldError: {
            /**
             * @description JSON Pointer (RFC 6901) to the offending value inside the request body,
             *     e.g. `/customer`. A path or query parameter is named as `/path/{name}`
             *     or `/query/{name}`, e.g. `/query/startDate` (no request body of this
             *     API has a top-level `path` or `query` field).
             * @example /direction
             */
            pointer: string;
            /**
             * @description What is wrong with the value.
             * @example must be equal to one of the allowed values
             */
            detail: string;
        };
        /**
         * Problem
         * @description Error body shared by every error response, following RFC 9457 (Problem
         *     Details for HTTP APIs). This schema is this contract's own design: the
         *     published reference documents only the successful response.
         */
        Problem: {
            /**
             * @description A URI reference that names the kind of problem; `about:blank` when nothing more specific applies.
             * @example https://api-prod.interactly.ai/problems/validation-error
             */
            type: string;
            /**
             * @description A short, human-readable summary of the kind of problem, the same for every occurrence.
             * @example Your request is not valid.
             */
            title: string;
            /**
             * @description The HTTP status code of the response, repeated for convenience.
             * @example 400
             */
            status: number;
            /**
             * @description A human-readable explanation of this particular occurrence.
             * @example The request body has 1 invalid field.
             */
            detail?: string;
            /**
             * @description A URI reference identifying this occurrence, for support requests. In
             *     this contract it is `urn:request:` followed by the request's id (the
             *     error design is this contract's own, and this is where it carries the
             *     id: the platform documents no request-id header). Clients show the id
             *     to the user and quote it to support.
             * @example urn:request:7f3c2a9e-0b5d-4c51-9b0e-2f6d3b1a4c88
             */
            instance?: string;
            /** @description For validation problems, one entry per offending field. Empty or absent otherwise. */
            errors?: components["schemas"]["FieldError"][];
        };
        /**
         * Direction
         * @description Who starts the conversation. `inbound`: the customer called in.
         *     `outbound`: the platform dials the customer on the assistant's behalf.
         *
         *     The published reference lists `outbound` as the default. This contract
         *     keeps that fact as `x-reference-default` rather than as a JSON Schema
         *     `default`: in a request `direction` is required, so a default could never
         *     apply there, and code generators read a `default` as "optional, fill in
         *     `outbound`", which would let a body without `direction` dial out. A
         *     client must always send `direction`; in a response, the value is what the
         *     platform reports, never filled in.
         * @example outbound
         * @enum {string}
         */
        Direction: "inbound" | "outbound";
        /**
         * Customer
         * @description The person on the other end of the call. The reference shows only
         *     placeholder values, so it leaves open the number format (E.164 is the
         *     usual choice) and which of these fields the platform insists on.
         */
        Customer: {
            /**
             * @description The customer's phone number, dialled for an outbound call.
             * @example <string>
             */
            number?: string;
            /**
             * @description The customer's name, for records and for the assistant to use.
             * @example <string>
             */
            name?: string;
        };
        /**
         * Metadata
         * @description Free-form key/value data you attach to the conversation; the reference's
         *     example response shows it again on the call record. The reference sets no
         *     limits on keys or values.
         * @example {
         *       "key": "value"
         *     }
         */
        Metadata: {
            [key: string]: unknown;
        };
        /**
         * SpeechToText
         * @description The speech-recognition service that transcribes the customer.
         */
        SpeechToText: {
            /**
             * @description Speech-to-text provider. The reference shows `microsoft` and does not
             *     list the others.
             * @example microsoft
             */
            vendor?: string;
            /**
             * @description Language to recognise, as a locale tag. Although the name is plural the
             *     reference shows a single string, not a list.
             * @example en-US
             */
            languages?: string;
        };
        /**
         * TextToSpeech
         * @description One voice the assistant speaks with.
         */
        TextToSpeech: {
            /**
             * @description Text-to-speech provider. The reference shows `eleven-labs` and does not
             *     list the others.
             * @example eleven-labs
             */
            vendor?: string;
            /**
             * @description Language the voice speaks, as a locale tag.
             * @example en-US
             */
            language?: string;
            /**
             * @description The provider's identifier of the voice.
             * @example ZeK6O9RfGNGj0cJT2HoJ
             */
            voice?: string;
        };
        /**
         * SpeechConfig
         * @description How the assistant hears (speech-to-text) and speaks (text-to-speech).
         */
        SpeechConfig: {
            stt?: components["schemas"]["SpeechToText"];
            /**
             * @description Text-to-speech voices for the assistant. The reference shows one entry
             *     and does not explain how several entries are used.
             */
            ttsData?: components["schemas"]["TextToSpeech"][];
        };
        /**
         * AssistantConfig
         * @description Voice settings of the assistant, grouped under `speech`.
         */
        AssistantConfig: {
            speech?: components["schemas"]["SpeechConfig"];
        };
        /**
         * StartSpeakingOptions
         * @description When the assistant decides the customer has finished and starts its reply
         *     (endpointing). The reference gives example values only; it does not state
         *     ranges or how the options combine.
         */
        StartSpeakingOptions: {
            /**
             * @description Extra pause, in seconds, before the assistant starts speaking.
             * @example 0
             */
            waitSeconds?: number;
            /**
             * @description Which end-of-turn detection model to use. The reference shows
             *     `Interactly` and does not list the others.
             * @example Interactly
             */
            smartEndpointing?: string;
            /**
             * @description Seconds to wait when the transcript so far ends in punctuation.
             * @example 0
             */
            onPunctuationSeconds?: number;
            /**
             * @description Seconds to wait when the transcript so far does not end in punctuation.
             * @example 0
             */
            onNoPunctuationSeconds?: number;
            /**
             * @description Seconds to wait when the transcript so far ends in a number, which the customer may still be reading out.
             * @example 0
             */
            onNumberSeconds?: number;
            /**
             * @description Base value for the LiveKit end-of-turn detector. The reference does not
             *     give its unit or range. The capitalised name is the wire name.
             * @example 100
             */
            LiveKitBaseValue?: number;
            /**
             * @description Scale value for the LiveKit end-of-turn detector. The reference does not
             *     give its unit or range. The capitalised name is the wire name.
             * @example 1000
             */
            LiveKitScaleValue?: number;
        };
        /**
         * StopSpeakingOptions
         * @description When the assistant stops talking because the customer talks over it.
         */
        StopSpeakingOptions: {
            /**
             * @description How many words the customer must say before the assistant yields (a
             *     count; the reference states only that it is a number).
             * @example 3
             */
            numberOfWords?: number;
            /**
             * @description How many seconds of customer speech make the assistant yield.
             * @example 0
             */
            voiceSeconds?: number;
        };
        /**
         * AssistantPredefinedTools
         * @description Switches for the built-in tools the assistant may use during the call.
         */
        AssistantPredefinedTools: {
            /**
             * @description Lets the assistant search the knowledge bases in `assistantKnowledgeBaseIds`.
             * @example false
             */
            knowledgeBase?: boolean;
            /**
             * @description Lets the assistant hang up by itself (see `endCallToolDescription`).
             * @example false
             */
            endCall?: boolean;
            /**
             * @description Lets the assistant work with appointments. The reference does not detail what it can do.
             * @example false
             */
            appointment?: boolean;
            /**
             * @description Lets the assistant change its speaking volume when asked.
             * @example false
             */
            volumeControl?: boolean;
            /**
             * @description Lets the assistant work with a wait list. The reference does not detail what it can do.
             * @example false
             */
            waitList?: boolean;
            /**
             * @description Lets the assistant transfer the call to the destination in `callForwardData`.
             * @example false
             */
            callForward?: boolean;
        };
        /**
         * CallForwardData
         * @description Where the call goes when the assistant forwards it.
         */
        CallForwardData: {
            /**
             * @description Number the call is transferred to.
             * @example +1234567890
             */
            phoneNumber?: string;
            /**
             * @description Extension to dial after the transfer connects; empty when there is none.
             * @example
             */
            extension?: string;
            /**
             * @description A label for the forwarding destination.
             * @example call-forward-name
             */
            name?: string;
        };
        /**
         * SummaryAnalysis
         * @description Writes a short summary of the conversation after it ends.
         */
        SummaryAnalysis: {
            /**
             * @description Whether the summary is produced.
             * @example false
             */
            enabled?: boolean;
            /**
             * @description Instructions given to the model that writes the summary.
             * @example Generate a summary of the call.
             */
            prompt?: string;
            /**
             * @description Seconds the summary step may take before it is abandoned.
             * @example 30
             */
            timeoutSeconds?: number;
        };
        /**
         * SuccessEvaluationAnalysis
         * @description Grades how well the conversation met its goal.
         */
        SuccessEvaluationAnalysis: {
            /**
             * @description Whether the evaluation is run.
             * @example false
             */
            enabled?: boolean;
            /**
             * @description Instructions given to the model that grades the call.
             * @example Evaluate the success of the call.
             */
            prompt?: string;
            /**
             * @description The scale the grade is expressed on. The reference shows `NumericScale`
             *     and does not list the other rubrics.
             * @example NumericScale
             */
            rubric?: string;
            /**
             * @description Seconds the evaluation step may take before it is abandoned.
             * @example 30
             */
            timeoutSeconds?: number;
        };
        /**
         * StructuredDataAnalysis
         * @description Pulls structured fields out of the conversation, shaped by a JSON Schema you supply.
         */
        StructuredDataAnalysis: {
            /**
             * @description Whether the extraction is run.
             * @example false
             */
            enabled?: boolean;
            /**
             * @description Instructions given to the model that extracts the data.
             * @example Extract structured data from the call.
             */
            prompt?: string;
            /**
             * @description Seconds the extraction step may take before it is abandoned.
             * @example 30
             */
            timeoutSeconds?: number;
            /**
             * @description A JSON Schema, sent as data, describing the fields to extract. It is
             *     free-form here: this contract does not validate it as a schema.
             * @example {
             *       "type": "object",
             *       "properties": {
             *         "name": {
             *           "type": "string",
             *           "description": "This is the name of the user.",
             *           "example": "John Doe"
             *         },
             *         "dob": {
             *           "type": "string",
             *           "format": "date",
             *           "description": "This is the date of birth of the user.",
             *           "example": "1990-03-08"
             *         }
             *       }
             *     }
             */
            schema?: {
                [key: string]: unknown;
            };
        };
        /**
         * AssistantAnalysis
         * @description Post-call analysis the platform runs on the finished conversation.
         */
        AssistantAnalysis: {
            summary?: components["schemas"]["SummaryAnalysis"];
            successEvaluation?: components["schemas"]["SuccessEvaluationAnalysis"];
            structuredData?: components["schemas"]["StructuredDataAnalysis"];
        };
        /**
         * AssistantOverrides
         * @description Settings that replace the chosen assistant's own for this call only. Used
         *     at the top level of the request and inside `Assistant`; the reference does
         *     not say which wins when both are given.
         */
        AssistantOverrides: {
            /**
             * @description Replaces the assistant's opening line for this call.
             * @example Hello, how can I help you today?
             */
            welcomeMessage?: string;
            /**
             * @description Replaces who talks first. The reference shows `assistant-speaks-first`
             *     and does not list the other values.
             * @example assistant-speaks-first
             */
            welcomeMessageMode?: string;
            /**
             * @description Replaces whether the customer can interrupt the opening line.
             * @example false
             */
            welcomeMessageInterruptionsEnabled?: boolean;
            /**
             * @description Whether the call audio is recorded.
             * @example true
             */
            recordingEnabled?: boolean;
            /**
             * @description Where the recording is stored. The reference does not define the storage this path refers to.
             * @example /recordings
             */
            recordingPath?: string;
            /**
             * @description Free-form values substituted into the assistant's messages and prompts
             *     for this call. The reference does not describe the placeholder syntax.
             * @example {
             *       "user_name": "John Doe"
             *     }
             */
            dynamicVariables?: {
                [key: string]: unknown;
            };
        };
        /**
         * AssistantServer
         * @description A webhook of yours that the platform calls with events during and after the conversation.
         */
        AssistantServer: {
            /**
             * @description Address the platform sends events to.
             * @example https://api.example.com/v1/getUserDetails
             */
            url?: string;
            /**
             * @description Seconds the platform waits for your server to answer.
             * @example 20
             */
            timeoutSeconds?: number;
            /**
             * @description Shared secret the platform presents to your server so that it can trust
             *     the request. How it is presented is not stated in the reference.
             * @example my-secret
             */
            secret?: string;
            /**
             * @description Extra HTTP headers sent with every event, as free-form name/value pairs.
             * @example {}
             */
            headers?: {
                [key: string]: unknown;
            };
            /**
             * @description Whether events are sent to this server.
             * @example false
             */
            enabled?: boolean;
            /**
             * @description Which kinds of event are sent. The reference shows the four below and
             *     does not say whether there are others.
             * @example [
             *       "status-update",
             *       "conversation-update",
             *       "hang",
             *       "end-of-call-report"
             *     ]
             */
            messages?: string[];
        };
        /**
         * Assistant
         * @description A complete assistant configuration used for this call only. When present it
         *     takes precedence over `assistantId`. None of its fields are marked required
         *     by the reference; fields left out fall back to platform defaults, which the
         *     reference does not list.
         */
        Assistant: {
            /**
             * @description A label for the assistant, shown in the dashboard and call records.
             * @example My Assistant
             */
            name?: string;
            /**
             * @description The first thing the assistant says when the call connects.
             * @example Hello! How can I help you?
             */
            welcomeMessage?: string;
            /**
             * @description Decides who talks first when the call connects. The reference shows
             *     `assistant-speaks-first` but does not list the other accepted values.
             * @example assistant-speaks-first
             */
            welcomeMessageMode?: string;
            /**
             * @description Whether the customer can cut into the welcome message by speaking.
             * @example false
             */
            welcomeMessageInterruptionsEnabled?: boolean;
            /**
             * @description The large-language-model provider behind the assistant. The reference
             *     shows `openai`; the full list of providers is not published there.
             * @example openai
             */
            assistantProvider?: string;
            /**
             * @description The provider's model name that generates the assistant's replies.
             * @example gpt-4o-mini
             */
            assistantModel?: string;
            /**
             * @description Address of a custom language-model endpoint. The reference gives only a
             *     placeholder and does not say when it is used or in what format.
             * @example <string>
             */
            assistantLLMUrl?: string;
            /**
             * @description Instructions that set the assistant's role, tone and limits for the whole call.
             * @example You are AI assistant to help patients with their health care needs.
             */
            assistantSystemPrompt?: string;
            /**
             * @description Sampling temperature passed to the model; lower values make replies
             *     more predictable. The reference does not state the allowed range.
             * @example 0
             */
            assistantTemperature?: number;
            /**
             * @description Upper limit, in tokens, on the length of each reply the model
             *     generates. A whole number in practice; the reference states only that
             *     it is a number.
             * @example 256
             */
            assistantMaxTokens?: number;
            /**
             * @description Character(s) at which a generated reply is cut into pieces that are
             *     spoken as soon as each is ready.
             * @example ,
             */
            assistantResponseSplitter?: string;
            config?: components["schemas"]["AssistantConfig"];
            /**
             * @description Words or phrases (names, jargon) that help speech recognition pick the
             *     right transcription.
             * @example [
             *       "<string>"
             *     ]
             */
            hints?: string[];
            /**
             * @description Whether ambient background sound plays under the assistant's voice. The
             *     reference shows `enable` and does not list the other values.
             * @example enable
             */
            backgroundSound?: string;
            /**
             * @description Loudness of the background sound, in percent. The reference shows `50`
             *     and does not state the range.
             * @example 50
             */
            backgroundSoundVolume?: number;
            /**
             * @description Whether the assistant makes short listening cues ("mm-hmm", "right") while the customer talks.
             * @example false
             */
            assistantBackchannelingEnabled?: boolean;
            /**
             * @description Whether the assistant reacts to keypad (DTMF) tones pressed by the customer.
             * @example false
             */
            dtmfInputEnabled?: boolean;
            /**
             * @description Longest the call may last, in seconds, before the platform ends it.
             * @example 900
             */
            maxCallDuration?: number;
            /**
             * @description Seconds of silence from the customer after which the assistant speaks up.
             * @example 20
             */
            idleTimeout?: number;
            /**
             * @description How many idle prompts the assistant may say in a row without an answer
             *     from the customer (a count; the reference states only that it is a
             *     number). What happens after that is not stated in the reference.
             * @example 3
             */
            maxIdleMessagesInSequence?: number;
            startSpeakingOptions?: components["schemas"]["StartSpeakingOptions"];
            stopSpeakingOptions?: components["schemas"]["StopSpeakingOptions"];
            /**
             * @description Identifiers of saved tools the assistant may call during the
             *     conversation. The reference shows only an empty list, so the form of an
             *     entry is left open here (other IDs in this API are strings).
             * @example []
             */
            assistantToolIds?: unknown[];
            assistantPredefinedTools?: components["schemas"]["AssistantPredefinedTools"];
            /**
             * @description Identifiers of knowledge bases the assistant may look answers up in.
             *     The reference shows only an empty list, so the form of an entry is left
             *     open here (other IDs in this API are strings).
             * @example []
             */
            assistantKnowledgeBaseIds?: unknown[];
            /**
             * @description What the assistant says just before it hangs up.
             * @example Goodbye!
             */
            endCallMessage?: string;
            /**
             * @description Guidance given to the model about when it should use its end-call tool.
             * @example Trigger the end call only when the user is done with the conversation.
             */
            endCallToolDescription?: string;
            /**
             * @description Phrases that, when spoken, end the call.
             * @example [
             *       "goodbye",
             *       "bye"
             *     ]
             */
            endCallPhrases?: string[];
            callForwardData?: components["schemas"]["CallForwardData"];
            assistantAnalysis?: components["schemas"]["AssistantAnalysis"];
            assistantOverrides?: components["schemas"]["AssistantOverrides"];
            assistantServer?: components["schemas"]["AssistantServer"];
        };
        /**
         * ConnectCallRequest
         * @description The body of a Connect Call request. Only `direction`, `phoneNumberId` and
         *     `customer` are required. The assistant that runs the conversation comes
         *     from `assistant` if present, else from `assistantId`, else from the phone
         *     number's own default assistant. The reference does not say whether
         *     unknown fields are rejected, so this contract accepts them.
         */
        ConnectCallRequest: {
            direction: components["schemas"]["Direction"];
            /**
             * @description Identifier of one of your team's phone numbers; the call is placed from
             *     (or received on) this number. The reference shows a 24-character hex
             *     identifier but does not fix the format.
             * @example 5f7b1b1b1b1b1b1b1b1b1b1b
             */
            phoneNumberId: string;
            customer: components["schemas"]["Customer"];
            metadata?: components["schemas"]["Metadata"];
            assistant?: components["schemas"]["Assistant"];
            /**
             * @description Identifier of a saved assistant to run this call, as a lighter
             *     alternative to sending a full `assistant` object. Ignored when
             *     `assistant` is also sent.
             * @example 678a253ca6d866573043502e
             */
            assistantId?: string;
            assistantOverrides?: components["schemas"]["AssistantOverrides"];
        };
        /**
         * CallStatus
         * @description Where the call stands. Connect Call returns a new call as `queued` (the
         *     reference's example). The reference lists these four values only and does
         *     not describe when a call moves from one to another; `forwarded` presumably
         *     means the call was handed to another number.
         *
         *     The reference lists `queued` as the default. It is kept as
         *     `x-reference-default`, not as a JSON Schema `default`, because in a response
         *     a default would make generated parsers fill in a status the server never
         *     sent.
         * @example queued
         * @enum {string}
         */
        CallStatus: "queued" | "ongoing" | "completed" | "forwarded";
        /**
         * PhoneVendor
         * @description The telephony carrier that provides the phone number used for the call.
         *     The reference lists `twilio` as the default; it is kept as
         *     `x-reference-default`, not as a JSON Schema `default`, because in a
         *     response a default would make generated parsers fill in a carrier the
         *     server never sent.
         * @example twilio
         * @enum {string}
         */
        PhoneVendor: "twilio" | "bandwidth";
        /**
         * PhoneVendorDetails
         * @description Carrier-specific data about how the call was set up. The reference shows
         *     Twilio's shape only and does not describe what other carriers return.
         */
        PhoneVendorDetails: {
            /**
             * @description The number the call is placed from.
             * @example +1234567890
             */
            from?: string;
            /**
             * @description The number the call is placed to.
             * @example +1234567890
             */
            to?: string;
            /**
             * @description Call instructions handed to the carrier (TwiML for Twilio).
             * @example twiml-response-tobe-given-to-twilio
             */
            twiml?: string;
            /**
             * @description Media type of `twiml`.
             * @example text/xml
             */
            responseType?: string;
            /**
             * @description Address the carrier reports call progress to.
             * @example https://<domain>.interactly.ai/voice/twilio/call-status/<call-id>
             */
            statusCallback?: string;
            /**
             * @description Which progress events the carrier reports to `statusCallback`.
             * @example [
             *       "initiated"
             *     ]
             */
            statusCallbackEvent?: string[];
        };
        /**
         * Call
         * @description The call record created by Connect Call. The reference marks none of its
         *     fields as always present, so a client should treat each one as optional.
         */
        Call: {
            /**
             * @description The call's ID, assigned by the platform; quote it when asking about this call.
             * @example CC-897ee2d4-ea2f-4958-889f-df381bdfc939
             */
            id?: string;
            /**
             * @description ID of the team (account) the call is billed and listed under.
             * @example 1f7b1b1b1b1b1b1b1b1b1b1b
             */
            teamId?: string;
            /**
             * @description Identifier of the assistant that runs the call.
             * @example 678a253ca6d866573043502e
             */
            assistantId?: string;
            /**
             * @description Identifier of the team phone number the call uses.
             * @example 5f7b1b1b1b1b1b1b1b1b1b1b
             */
            phoneNumberId?: string;
            direction?: components["schemas"]["Direction"];
            /**
             * Format: date-time
             * @description When the call record was created (ISO 8601 / RFC 3339).
             * @example 2020-10-05T00:00:00.000Z
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description When the call record last changed (ISO 8601 / RFC 3339).
             * @example 2020-10-05T00:00:00.000Z
             */
            updatedAt?: string;
            customer?: components["schemas"]["Customer"];
            status?: components["schemas"]["CallStatus"];
            metadata?: components["schemas"]["Metadata"];
            phoneVendor?: components["schemas"]["PhoneVendor"];
            phoneVendorDetails?: components["schemas"]["PhoneVendorDetails"];
            monitor?: components["schemas"]["CallMonitor"];
        };
        /**
         * ConversationMessage
         * @description One turn of the conversation: something the user said (as transcribed) or
         *     something the assistant said. Get Call shows only an example of this object;
         *     the conversation-update event documents the same fields plus `metrics` and
         *     `skippedAssistantMessages`. Every field is optional.
         */
        ConversationMessage: {
            /**
             * @description Identifier of this message.
             * @example 5f7b1b1b1b1b1b1b1b1b1b1b
             */
            messageId?: string;
            /**
             * @description Who spoke. The conversation-update page names `user` and `assistant`;
             *     no page gives a closed list, so other values are not rejected.
             * @example user
             */
            role?: string;
            /**
             * @description The words spoken, transcribed for the user or generated for the assistant.
             * @example Hello! How can I help you?
             */
            text?: string;
            /**
             * @description When the message was spoken. The pages disagree: Get Call's example is
             *     an ISO 8601 string, the conversation-update event documents Unix time in
             *     milliseconds (a number). Both forms are accepted; a client must handle
             *     either.
             * @example 2020-10-05T00:00:00.000Z
             */
            timestamp?: string | number;
            /**
             * @description Timing measurements for this message (the event page names
             *     `totalElapsedTimeMs` first; the rest of the list was not published).
             */
            metrics?: {
                [key: string]: unknown;
            };
            /** @description Assistant messages that were not spoken because the user interrupted. The item shape is not published. */
            skippedAssistantMessages?: unknown[];
        };
        /**
         * Conversation
         * @description A call as Get Call returns it: every field of `ConversationSummary` plus the
         *     transcript in `messages`. None of the fields is marked required on the
         *     page.
         */
        Conversation: components["schemas"]["ConversationSummary"] & {
            /** @description The conversation so far, oldest first (the page shows a single message; the order is not stated). */
            messages?: components["schemas"]["ConversationMessage"][];
        };
        /**
         * ControlCallRequest
         * @description An instruction for a live call. The Control Call page documents this one
         *     shape for every kind of instruction, with `message` required even for
         *     `end`; it publishes no field for a forwarding number, DTMF digits or SMS
         *     details, and the call-control guide lists only `say`, `end` and `forward`.
         *     This contract keeps exactly what the reference page states.
         */
        ControlCallRequest: {
            /**
             * @description What to do: `say` a message, `end` the call, `forward` it, send `dtmf`
             *     tones or send an `sms`. Only `say` is described in any detail.
             * @example say
             * @enum {string}
             */
            type: "say" | "end" | "forward" | "dtmf" | "sms";
            /**
             * @description The text for the assistant to speak (for `say`); the page does not say what it means for the other types.
             * @example hi there
             */
            message: string;
        };
        /**
         * ControlCallResponse
         * @description What the platform answers to a control instruction. Neither field is marked required on the page.
         */
        ControlCallResponse: {
            /**
             * @description A human-readable outcome.
             * @example Call controlled successfully.
             */
            message?: string;
            /** @description The outcome in machine-readable form. */
            data?: {
                /**
                 * @description True when the instruction was applied to the call.
                 * @example true
                 */
                success?: boolean;
            };
        };
        /**
         * ServerMessageCall
         * @description The call as the server messages describe it. The event pages list these
         *     fields as plain strings (their value lists end in "etc."), so no value is
         *     restricted here; further fields were not published and are allowed. The
         *     end-of-call report adds `endAt`, `cost`, `metrics` and `recording`.
         */
        ServerMessageCall: {
            /**
             * @description The call's ID.
             * @example WC-82015760-c3bd-427d-a23b-ba9b07e4ab85
             */
            id?: string;
            /** @description ID of the team (account) the call belongs to. */
            teamId?: string;
            /** @description ID of the assistant handling the call. */
            assistantId?: string;
            /** @description How the conversation happens; the pages name `web` and `phone` among others. */
            callType?: string;
            /** @description `inbound` or `outbound`. */
            direction?: string;
            /** @description When the call started (an ISO 8601 string). */
            startAt?: string;
            /**
             * @description When the call ended (an ISO 8601 string). The status-update page says it
             *     is only present in the end-of-call report, but the Server Message
             *     reference's status-update example carries it too.
             */
            endAt?: string;
            /** @description The user's phone number or other identifier. */
            userNumber?: string;
            /** @description The assistant's phone number or other identifier. */
            assistantNumber?: string;
            /** @description Where the call stands; see `ConversationStatus` for the values the pages name, including the `finished`/`completed` disagreement. */
            status?: string;
            /** @description What the telephone network reports, e.g. `in-progress` or `completed` (see `PhoneCallStatus`). */
            phoneCallStatus?: string;
            /** @description A human-readable reason for `phoneCallStatus`. */
            phoneCallStatusReason?: string;
            /** @description What ended the call. */
            callEndTriggerBy?: string;
            /** @description Cost broken down by service (end-of-call report only; the fields are not published). */
            cost?: {
                [key: string]: unknown;
            };
            /** @description Performance measurements for the call (end-of-call report only; the fields are not published). */
            metrics?: {
                [key: string]: unknown;
            };
            /** @description Where the recording is stored, and its details (end-of-call report only; the fields are not published). */
            recording?: {
                [key: string]: unknown;
            };
            /** @description The conversation; the server-URL events page says the call object of a conversation-update carries it. */
            messages?: components["schemas"]["ConversationMessage"][];
        };
        /**
         * ServerMessageAnalysis
         * @description The post-call analysis as the server messages carry it: filled in the
         *     end-of-call report, empty (`{}`) in a hang or error message. Further fields
         *     were not published and are allowed.
         */
        ServerMessageAnalysis: {
            /** @description A prose summary of the conversation. */
            summary?: string;
            /** @description The success verdict; the end-of-call report page names `Excellent`, `Good`, `Fair` and `Poor` (Get Call's example says `success`). */
            successEvaluation?: string;
            /** @description Data extracted as the assistant's structured-data settings ask. */
            structuredData?: {
                [key: string]: unknown;
            };
            /** @description How the call's outcome was classified. */
            outcome?: string;
            /** @description The guardrails result, or `DISABLED` (the page's text stops there). */
            guardrails?: string;
        };
        /**
         * ServerMessageFields
         * @description The fields every server message may carry inside its `message` envelope,
         *     besides `type`. The pages name the assistant, phone and customer objects
         *     without publishing their fields, so they are open objects here. Only
         *     `type` is required: the pages mark no field required, but a message is
         *     told apart by it.
         */
        ServerMessageFields: {
            /**
             * @description When the event happened, in Unix time (milliseconds).
             * @example 1772702523935
             */
            timestamp?: number;
            call?: components["schemas"]["ServerMessageCall"];
            /** @description The assistant handling the call (the Server Message reference shows the same object as Create Call; its fields are not restated here). */
            assistant?: {
                [key: string]: unknown;
            };
            /** @description The phone number in use; its fields are not published. */
            phone?: {
                [key: string]: unknown;
            };
            /** @description The person called; its fields are not published. */
            customer?: {
                [key: string]: unknown;
            };
            analysis?: components["schemas"]["ServerMessageAnalysis"];
            /** @description The conversation so far. */
            messages?: components["schemas"]["ConversationMessage"][];
        };
        /**
         * StatusUpdateMessage
         * @description Sent when the call's status changes.
         */
        StatusUpdateMessage: {
            /** @description The envelope of a `status-update` message. */
            message: components["schemas"]["ServerMessageFields"] & {
                /**
                 * @description Always `status-update`.
                 * @constant
                 */
                type: "status-update";
                /**
                 * @description The new status. The server-URL events page's example puts it
                 *     here (with the value `completed`); the status-update page puts
                 *     it at `call.status`. Read both.
                 * @example completed
                 */
                status?: string;
            };
        };
        /**
         * ConversationUpdateMessage
         * @description Sent after every user message (as transcribed), every assistant message and
         *     the welcome message; `messages` carries the whole conversation so far.
         */
        ConversationUpdateMessage: {
            /** @description The envelope of a `conversation-update` message. */
            message: components["schemas"]["ServerMessageFields"] & {
                /**
                 * @description Always `conversation-update`.
                 * @constant
                 */
                type: "conversation-update";
            };
        };
        /**
         * HangMessage
         * @description Sent when the assistant has not answered for five seconds or more (slow or
         *     failing model, queues, network).
         */
        HangMessage: {
            /** @description The envelope of a `hang` message. */
            message: components["schemas"]["ServerMessageFields"] & {
                /**
                 * @description Always `hang`.
                 * @constant
                 */
                type: "hang";
            };
        };
        /**
         * EndOfCallReportMessage
         * @description Sent once when the call ends, with the final call record, the whole
         *     conversation and the analysis.
         */
        EndOfCallReportMessage: {
            /** @description The envelope of a `end-of-call-report` message. */
            message: components["schemas"]["ServerMessageFields"] & {
                /**
                 * @description Always `end-of-call-report`.
                 * @constant
                 */
                type: "end-of-call-report";
            };
        };
        /**
         * ServerMessageError
         * @description What went wrong, in an `error` server message. No field is marked required on the page.
         */
        ServerMessageError: {
            /**
             * @description Which part failed; the page names `llm_error` and `stt_error`.
             * @example llm_error
             */
            type?: string;
            /** @description The failing provider's own error code. */
            code?: string;
            /** @description A human-readable explanation. */
            message?: string;
            /** @description The provider that failed. */
            provider?: string;
            /** @description Whether trying again may succeed. */
            retryable?: boolean;
        };
        /**
         * ErrorMessage
         * @description Sent when a model, speech-to-text or another service the call depends on
         *     fails.
         */
        ErrorMessage: {
            /** @description The envelope of a `error` message. */
            message: components["schemas"]["ServerMessageFields"] & {
                /**
                 * @description Always `error`.
                 * @constant
                 */
                type: "error";
                error?: components["schemas"]["ServerMessageError"];
            };
        };
    };
    responses: {
        /**
         * @description The request breaks the contract: the body is not valid JSON or does not
         *     match its schema, or a path or query parameter is missing or invalid.
         *     `errors` lists every offending value by JSON Pointer.
         *     This response is this contract's own addition; the published reference
         *     documents only `200`.
         */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description The `Authorization` header is missing, is not a bearer token, or names a key the platform does not accept.
         *     This response is this contract's own addition; the published reference
         *     documents only `200`.
         */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description Too many requests in too short a time. Wait for the number of seconds in
         *     `Retry-After` before sending another. This response is this contract's own
         *     addition; the published reference documents only `200`.
         */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description The platform failed for a reason of its own. Connect Call is not idempotent: find out whether the call was placed before sending it again.
         *     This response is this contract's own addition; the published reference
         *     documents only `200`.
         */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description No call with this ID exists in your team. This response is this contract's
         *     own design: the platform's pages document only `200` and do not say what
         *     an unknown ID returns.
         */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /**
         * @description Only calls from this moment on (ISO 8601). The page does not say whether
         *     the bound is inclusive or which of the call's times it is compared with.
         * @example 2024-11-01T00:00:00.000Z
         */
        StartDate: string;
        /**
         * @description Only calls up to this moment (ISO 8601). The page does not say whether the
         *     bound is inclusive or which of the call's times it is compared with.
         * @example 2024-11-30T23:59:59.999Z
         */
        EndDate: string;
        /**
         * @description Which page of results to return, counting from 1. The page states no upper bound.
         * @example 1
         */
        Page: number;
        /**
         * @description How many calls a page holds. The page states no maximum.
         * @example 10
         */
        Size: number;
        /**
         * @description The field the calls are ordered by. The page does not say whether the order
         *     is ascending or descending.
         * @example startAt
         */
        Sort: "startAt" | "endAt" | "status" | "conversationId";
        /**
         * @description The call's ID, as returned in `id` by List Calls (Connect Call's record
         *     carries an `id` too). The pages show IDs in several formats (a plain UUID, a
         *     `CC-` or `WC-` prefix) and state none, so any string is accepted; clients
         *     must percent-encode it into the path.
         * @example a12f9c88-c155-461f-9771-4d240cdc9a04
         */
        CallId: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description Seconds to wait before sending another request. This header is part of
         *     this contract's own error design; the published reference does not
         *     document rate limiting.
         * @example 30
         */
        RetryAfter: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listCalls: {
        parameters: {
            query: {
                /**
                 * @description Only calls from this moment on (ISO 8601). The page does not say whether
                 *     the bound is inclusive or which of the call's times it is compared with.
                 * @example 2024-11-01T00:00:00.000Z
                 */
                startDate: components["parameters"]["StartDate"];
                /**
                 * @description Only calls up to this moment (ISO 8601). The page does not say whether the
                 *     bound is inclusive or which of the call's times it is compared with.
                 * @example 2024-11-30T23:59:59.999Z
                 */
                endDate: components["parameters"]["EndDate"];
                /**
                 * @description Which page of results to return, counting from 1. The page states no upper bound.
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description How many calls a page holds. The page states no maximum.
                 * @example 10
                 */
                size?: components["parameters"]["Size"];
                /**
                 * @description The field the calls are ordered by. The page does not say whether the order
                 *     is ascending or descending.
                 * @example startAt
                 */
                sort?: components["parameters"]["Sort"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of calls. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListCallsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    connectCall: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description What to call, from which number, and which assistant runs the conversation. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConnectCallRequest"];
            };
        };
        responses: {
            /** @description The call was accepted and queued. The body is the new call record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Call"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getCall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The call's ID, as returned in `id` by List Calls (Connect Call's record
                 *     carries an `id` too). The pages show IDs in several formats (a plain UUID, a
                 *     `CC-` or `WC-` prefix) and state none, so any string is accepted; clients
                 *     must percent-encode it into the path.
                 * @example a12f9c88-c155-461f-9771-4d240cdc9a04
                 */
                id: components["parameters"]["CallId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The call, with its messages. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    controlCall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The call's ID, as returned in `id` by List Calls (Connect Call's record
                 *     carries an `id` too). The pages show IDs in several formats (a plain UUID, a
                 *     `CC-` or `WC-` prefix) and state none, so any string is accepted; clients
                 *     must percent-encode it into the path.
                 * @example a12f9c88-c155-461f-9771-4d240cdc9a04
                 */
                id: components["parameters"]["CallId"];
            };
            cookie?: never;
        };
        /** @description The instruction. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ControlCallRequest"];
            };
        };
        responses: {
            /** @description The instruction was received; `data.success` says whether it was applied. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlCallResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    statusUpdateMessage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The message, wrapped in its `message` envelope. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["StatusUpdateMessage"];
            };
        };
        responses: {
            /** @description The receiver accepted the message (this contract's assumption; the pages do not state the expected answer). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    conversationUpdateMessage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The message, wrapped in its `message` envelope. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversationUpdateMessage"];
            };
        };
        responses: {
            /** @description The receiver accepted the message (this contract's assumption; the pages do not state the expected answer). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    hangMessage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The message, wrapped in its `message` envelope. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["HangMessage"];
            };
        };
        responses: {
            /** @description The receiver accepted the message (this contract's assumption; the pages do not state the expected answer). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    endOfCallReportMessage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The message, wrapped in its `message` envelope. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndOfCallReportMessage"];
            };
        };
        responses: {
            /** @description The receiver accepted the message (this contract's assumption; the pages do not state the expected answer). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    errorMessage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The message, wrapped in its `message` envelope. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ErrorMessage"];
            };
        };
        responses: {
            /** @description The receiver accepted the message (this contract's assumption; the pages do not state the expected answer). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
