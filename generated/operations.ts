/*
 * Generated from openapi/ by `npm run generate`. Do not edit: change openapi/ and regenerate.
 * source sha256: 5b27e6bbf3614b7ccf521d7640bac420012158aec14d6851a2a35c49d0328b27
 */

import type { operations as OperationTypes, components } from './schema.js';

/** Every operation of the contract, keyed by operationId. The client builds one method per entry. */
export const operations = {
  "connectCall": {
    "operationId": "connectCall",
    "method": "post",
    "path": "/calls/v1/conversations/connect",
    "summary": "Connect Call",
    "pathParams": [],
    "queryParams": [],
    "hasBody": true,
    "bodyRequired": true,
    "requestContentType": "application/json",
    "requestSchema": "ConnectCallRequest",
    "successStatus": 200,
    "responses": {
      "200": {
        "error": false,
        "contentType": "application/json",
        "schema": "Call"
      },
      "400": {
        "error": true,
        "contentType": "application/problem+json",
        "schema": "Problem"
      },
      "401": {
        "error": true,
        "contentType": "application/problem+json",
        "schema": "Problem"
      },
      "429": {
        "error": true,
        "contentType": "application/problem+json",
        "schema": "Problem"
      },
      "500": {
        "error": true,
        "contentType": "application/problem+json",
        "schema": "Problem"
      }
    },
    "errorStatuses": [
      400,
      401,
      429,
      500
    ]
  },
  "controlCall": {
    "operationId": "controlCall",
    "method": "post",
    "path": "/calls/v1/conversations/{id}/control",
    "summary": "Control Call",
    "pathParams": [
      {
        "name": "id",
        "required": true,
        "schema": {
          "type": "string"
        }
      }
    ],
    "queryParams": [],
    "hasBody": true,
    "bodyRequired": true,
    "requestContentType": "application/json",
    "requestSchema": "ControlCallRequest",
    "successStatus": 200,
    "responses": {
      "200": {
        "error": false,
        "contentType": "application/json",
        "schema": "ControlCallResponse"
      },
      "400": {
        "error": true,
        "contentType": "application/problem+json",
        "schema": "Problem"
      },
      "401": {
        "error": true,
        "contentType": "application/problem+json",
        "schema": "Problem"
      },
      "404": {
        "error": true,
        "contentType": "application/problem+json",
        "schema": "Problem"
      },
      "429": {
        "error": true,
        "contentType": "application/problem+json",
        "schema": "Problem"
      },
      "500": {
        "error": true,
        "contentType": "application/problem+json",
        "schema": "Problem"
      }
    },
    "errorStatuses": [
      400,
      401,
      404,
      429,
      500
    ]
  },
  "getCall": {
    "operationId": "getCall",
    "method": "get",
    "path": "/calls/v1/conversations/{id}",
    "summary": "Get Call",
    "pathParams": [
      {
        "name": "id",
        "required": true,
        "schema": {
          "type": "string"
        }
      }
    ],
    "queryParams": [],
    "hasBody": false,
    "bodyRequired": false,
    "successStatus": 200,
    "responses": {
      "200": {
        "error": false,
        "contentType": "application/json",
        "schema": "Conversation"
      },
      "400": {
        "error": true,
        "contentType": "application/problem+json",
        "schema": "Problem"
      },
      "401": {
        "error": true,
        "contentType": "application/problem+json",
        "schema": "Problem"
      },
      "404": {
        "error": true,
        "contentType": "application/problem+json",
        "schema": "Problem"
      },
      "429": {
        "error": true,
        "contentType": "application/problem+json",
        "schema": "Problem"
      },
      "500": {
        "error": true,
        "contentType": "application/problem+json",
        "schema": "Problem"
      }
    },
    "errorStatuses": [
      400,
      401,
      404,
      429,
      500
    ]
  },
  "listCalls": {
    "operationId": "listCalls",
    "method": "get",
    "path": "/calls/v1/conversations",
    "summary": "List Calls",
    "pathParams": [],
    "queryParams": [
      {
        "name": "startDate",
        "required": true,
        "schema": {
          "type": "string",
          "format": "date-time"
        }
      },
      {
        "name": "endDate",
        "required": true,
        "schema": {
          "type": "string",
          "format": "date-time"
        }
      },
      {
        "name": "page",
        "required": false,
        "schema": {
          "type": "integer",
          "default": 1
        }
      },
      {
        "name": "size",
        "required": false,
        "schema": {
          "type": "integer",
          "default": 10
        }
      },
      {
        "name": "sort",
        "required": false,
        "schema": {
          "type": "string",
          "enum": [
            "startAt",
            "endAt",
            "status",
            "conversationId"
          ],
          "default": "startAt"
        }
      }
    ],
    "hasBody": false,
    "bodyRequired": false,
    "successStatus": 200,
    "responses": {
      "200": {
        "error": false,
        "contentType": "application/json",
        "schema": "ListCallsResponse"
      },
      "400": {
        "error": true,
        "contentType": "application/problem+json",
        "schema": "Problem"
      },
      "401": {
        "error": true,
        "contentType": "application/problem+json",
        "schema": "Problem"
      },
      "429": {
        "error": true,
        "contentType": "application/problem+json",
        "schema": "Problem"
      },
      "500": {
        "error": true,
        "contentType": "application/problem+json",
        "schema": "Problem"
      }
    },
    "errorStatuses": [
      400,
      401,
      429,
      500
    ]
  }
} as const;

export type OperationId = keyof typeof operations;

/**
 * What the client runtime needs of each operation, and no more (kept small for
 * browser bundles): method, path template, path parameter names in order,
 * whether it takes a query (and the defaults its parameters declare) and a body, the success status, whether that
 * status carries JSON, and the names of the validators in its module.
 */
export const routes = {
  connectCall: { method: "post", path: "/calls/v1/conversations/connect", pathParams: [], query: false, hasBody: true, json: true, status: 200, validators: {"body":"validateConnectCallRequest","responses":{"200":"validateConnectCallResponse200","400":"validateConnectCallResponse400","401":"validateConnectCallResponse401","429":"validateConnectCallResponse429","500":"validateConnectCallResponse500"}} },
  controlCall: { method: "post", path: "/calls/v1/conversations/{id}/control", pathParams: ["id"], query: false, hasBody: true, json: true, status: 200, validators: {"path":"validateControlCallPath","body":"validateControlCallRequest","responses":{"200":"validateControlCallResponse200","400":"validateControlCallResponse400","401":"validateControlCallResponse401","404":"validateControlCallResponse404","429":"validateControlCallResponse429","500":"validateControlCallResponse500"}} },
  getCall: { method: "get", path: "/calls/v1/conversations/{id}", pathParams: ["id"], query: false, hasBody: false, json: true, status: 200, validators: {"path":"validateGetCallPath","responses":{"200":"validateGetCallResponse200","400":"validateGetCallResponse400","401":"validateGetCallResponse401","404":"validateGetCallResponse404","429":"validateGetCallResponse429","500":"validateGetCallResponse500"}} },
  listCalls: { method: "get", path: "/calls/v1/conversations", pathParams: [], query: true, queryDefaults: {"page":1,"size":10,"sort":"startAt"}, hasBody: false, json: true, status: 200, validators: {"query":"validateListCallsQuery","responses":{"200":"validateListCallsResponse200","400":"validateListCallsResponse400","401":"validateListCallsResponse401","429":"validateListCallsResponse429","500":"validateListCallsResponse500"}} },
} as const;

/**
 * Each operation's validators, one module per operation, loaded on first use:
 * bundlers split every module into its own chunk, so an app that calls one
 * operation never loads (or ships up front) the others' validators.
 */
export const validatorModules = {
  connectCall: () => import('./validators/connectCall.js'),
  controlCall: () => import('./validators/controlCall.js'),
  getCall: () => import('./validators/getCall.js'),
  listCalls: () => import('./validators/listCalls.js'),
} as const;

/** One typed method per operation; CallOptions is supplied by the client runtime. */
export interface OperationMethods<CallOptions> {
  /**
   * Connect Call: `POST /calls/v1/conversations/connect`
   *
   * Asks the platform to start a phone conversation run by an AI assistant.
   * For an `outbound` call the platform dials `customer.number` from the
   * phone number identified by `phoneNumberId`. The reference does not
   * describe what the platform does differently for an `inbound` one.
   *
   * The assistant is chosen in this order: the inline `assistant` object if
   * one is given, otherwise the saved assistant named by `assistantId`,
   * otherwise the phone number's own default assistant.
   * `assistantOverrides` adjusts whichever assistant is chosen, for this
   * call only.
   *
   * A successful response means the call has been accepted and queued, not
   * that anyone has answered: the returned record normally has
   * `status: queued`. Use `monitor.controlUrl` from the response to follow and
   * control the live conversation.
   *
   * This operation places a real phone call and is not idempotent. Clients
   * must not retry it automatically, or the customer may be dialled twice.
   *
   * Resolves to the 200 response body. Throws ApiError for 400, 401, 429, 500 (and any other non-2xx status),
   * RequestValidationError before sending when the body break the contract, ResponseError for a 2xx whose body is not what the contract promises, TimeoutError, NetworkError or UserAbortError.
   * Never retried automatically: it is not idempotent.
   */
  connectCall(body: NonNullable<OperationTypes["connectCall"]['requestBody']>['content']["application/json"], options?: CallOptions): Promise<OperationTypes["connectCall"]['responses'][200]['content']["application/json"]>;
  /**
   * Control Call: `POST /calls/v1/conversations/{id}/control`
   *
   * Sends an instruction to a live call: speak a message, end the call,
   * forward it, send DTMF tones or an SMS. The page documents one body for
   * all of them, `{ type, message }`, both required; it publishes no
   * forwarding number, digits or SMS fields, so those instructions cannot be
   * described further here.
   *
   * A call record's `monitor.controlUrl` points at this operation for that
   * call, possibly on another host; the call-control guide posts to it
   * directly. The page does not say whether an instruction to a call that has
   * ended fails or is ignored.
   *
   * Not idempotent: a `say` sent twice is spoken twice. Clients must not retry
   * it automatically.
   *
   * @param id percent-encoded into the path, so it can never change which path is requested.
   * Resolves to the 200 response body. Throws ApiError for 400, 401, 404, 429, 500 (and any other non-2xx status),
   * RequestValidationError before sending when the path parameters, body break the contract, ResponseError for a 2xx whose body is not what the contract promises, TimeoutError, NetworkError or UserAbortError.
   * Never retried automatically: it is not idempotent.
   */
  controlCall(id: OperationTypes["controlCall"]['parameters']['path']["id"], body: NonNullable<OperationTypes["controlCall"]['requestBody']>['content']["application/json"], options?: CallOptions): Promise<OperationTypes["controlCall"]['responses'][200]['content']["application/json"]>;
  /**
   * Get Call: `GET /calls/v1/conversations/{id}`
   *
   * Returns one call with its transcript (`messages`). The record has its own
   * shape, not the one Connect Call returns: `callType`, `startAt`/`endAt`,
   * `userNumber`/`assistantNumber`, `phoneCallStatus`, `callEndTriggerBy`
   * and `analysis` appear here, while `customer`, `phoneNumberId` and
   * `createdAt` do not.
   *
   * The terminal `status` is `finished` on this page and `completed` in
   * Connect Call's response; both are accepted here and mean the same.
   * `monitor.controlUrl` is where Control Call instructions for a live call
   * go; its host and ID may differ from this API's base URL and the call's
   * `id`.
   *
   * @param id percent-encoded into the path, so it can never change which path is requested.
   * Resolves to the 200 response body. Throws ApiError for 400, 401, 404, 429, 500 (and any other non-2xx status),
   * RequestValidationError before sending when the path parameters break the contract, ResponseError for a 2xx whose body is not what the contract promises, TimeoutError, NetworkError or UserAbortError.
   */
  getCall(id: OperationTypes["getCall"]['parameters']['path']["id"], options?: CallOptions): Promise<OperationTypes["getCall"]['responses'][200]['content']["application/json"]>;
  /**
   * List Calls: `GET /calls/v1/conversations`
   *
   * Lists your team's calls in a time window, one page at a time. The answer
   * carries `totalCount` (matches across all pages) and no cursor: ask for
   * the next `page` until a page comes back with fewer than `size` calls.
   *
   * The page does not state the sort direction, a maximum `size`, whether the
   * window's bounds are inclusive, or which of a call's times they are
   * compared with. Each listed call is the Get Call record without
   * `messages`.
   *
   * Creating a call with `POST` on this path (the platform's "Create Call")
   * is not part of this contract: its page publishes neither required fields
   * nor a response.
   *
   * Resolves to the 200 response body. Throws ApiError for 400, 401, 429, 500 (and any other non-2xx status),
   * RequestValidationError before sending when the query break the contract, ResponseError for a 2xx whose body is not what the contract promises, TimeoutError, NetworkError or UserAbortError.
   */
  listCalls(query: OperationTypes["listCalls"]['parameters']['query'], options?: CallOptions): Promise<OperationTypes["listCalls"]['responses'][200]['content']["application/json"]>;
}

/** The server messages (the contract's webhooks), by `message.type`. */
export const serverMessages = {
  "conversation-update": { operationId: "conversationUpdateMessage", schema: "ConversationUpdateMessage", validator: "validateConversationUpdateMessage" },
  "end-of-call-report": { operationId: "endOfCallReportMessage", schema: "EndOfCallReportMessage", validator: "validateEndOfCallReportMessage" },
  "error": { operationId: "errorMessage", schema: "ErrorMessage", validator: "validateErrorMessage" },
  "hang": { operationId: "hangMessage", schema: "HangMessage", validator: "validateHangMessage" },
  "status-update": { operationId: "statusUpdateMessage", schema: "StatusUpdateMessage", validator: "validateStatusUpdateMessage" },
} as const;

export type ServerMessageType = keyof typeof serverMessages;

/** Every server message the platform may post to the assistant's server URL, narrowed by `message.type`. */
export type ServerMessage = components['schemas']["ConversationUpdateMessage"] | components['schemas']["EndOfCallReportMessage"] | components['schemas']["ErrorMessage"] | components['schemas']["HangMessage"] | components['schemas']["StatusUpdateMessage"];

/** The servers the contract declares; the first is the client's default base URL. */
export const servers = [
  {
    "name": "production",
    "url": "https://api-prod.interactly.ai",
    "description": "Production environment. Calls placed here dial real phone numbers. It\nis listed first because every sample on the platform's pages uses it;\ngenerators that take the first server as their default base URL\ntherefore default to production.\n"
  },
  {
    "name": "qa",
    "url": "https://api-qa.interactly.ai",
    "description": "QA (testing) environment of the platform, for integration tests. The\nplatform's QA documentation shows this host; its API reference pages\nshow only production.\n"
  }
] as const;

export const defaultServerUrl = "https://api-prod.interactly.ai";

/** The servers by their `x-server-name`: choose one with the client's `server` option. */
export const serverUrls = {
  "production": "https://api-prod.interactly.ai",
  "qa": "https://api-qa.interactly.ai"
} as const;

export type ServerName = keyof typeof serverUrls;

/** info.version of the contract these files were generated from. */
export const contractVersion = "1.1.0";
