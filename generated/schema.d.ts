/*
 * Generated from openapi/ by `npm run generate`. Do not edit: change openapi/ and regenerate.
 * source sha256: 2acc85f724520caf7fe5ab1003c91f51e84223d30f0ee22d4aea974bb6c19d5e
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * Direction
         * @description Who starts the conversation. `inbound`: the customer called in.
         *     `outbound`: the platform dials the customer on the assistant's behalf.
         * @default outbound
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
         * @default queued
         * @example queued
         * @enum {string}
         */
        CallStatus: "queued" | "ongoing" | "completed" | "forwarded";
        /**
         * PhoneVendor
         * @description The telephony carrier that provides the phone number used for the call.
         * @default twilio
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
         * FieldError
         * @description One invalid field in a request, as reported inside a `Problem`. Part of this contract's own error design.
         */
        FieldError: {
            /**
             * @description JSON Pointer (RFC 6901) to the offending value inside the request body, e.g. `/customer`.
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
             * @description A URI reference identifying this occurrence, for support requests.
             * @example urn:request:7f3c2a9e-0b5d-4c51-9b0e-2f6d3b1a4c88
             */
            instance?: string;
            /** @description For validation problems, one entry per offending field. Empty or absent otherwise. */
            errors?: components["schemas"]["FieldError"][];
        };
    };
    responses: {
        /**
         * @description The request body is not valid JSON or does not match the request schema. `errors` lists every offending field by JSON Pointer.
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
    };
    parameters: never;
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
}
