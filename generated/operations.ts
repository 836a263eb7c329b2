/*
 * Generated from openapi/ by `npm run generate`. Do not edit: change openapi/ and regenerate.
 * source sha256: 2acc85f724520caf7fe5ab1003c91f51e84223d30f0ee22d4aea974bb6c19d5e
 */

import type { operations as OperationTypes } from './schema.js';

/** Every operation of the contract, keyed by operationId. The client builds one method per entry. */
export const operations = {
  "connectCall": {
    "operationId": "connectCall",
    "method": "post",
    "path": "/calls/v1/conversations/connect",
    "summary": "Connect Call",
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
  }
} as const;

export type OperationId = keyof typeof operations;

/** What the client runtime needs of each operation, and no more (kept small for browser bundles). */
export const routes = {
  connectCall: { method: "post", path: "/calls/v1/conversations/connect", hasBody: true },
} as const;

/**
 * The export of ./validators.js that checks each operation's request body.
 * Names only: the client loads the validators module lazily, so bundles that
 * never validate (or validate later) do not carry it up front.
 */
export const requestValidators = {
  connectCall: "validateConnectCallRequest",
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
   * RequestValidationError before sending when the body breaks the contract, TimeoutError, NetworkError or UserAbortError.
   * Never retried automatically: it is not idempotent.
   */
  connectCall(body: NonNullable<OperationTypes["connectCall"]['requestBody']>['content']["application/json"], options?: CallOptions): Promise<OperationTypes["connectCall"]['responses'][200]['content']["application/json"]>;
}

/** The servers the contract declares; the first is the client's default base URL. */
export const servers = [
  {
    "url": "https://api-prod.interactly.ai",
    "description": "Production environment. Calls placed here dial real phone numbers."
  },
  {
    "url": "https://api-qa.interactly.ai",
    "description": "QA (testing) environment of the platform, for integration tests. The\nAPI reference page shows only the production URL; this entry is this\ncontract's own addition.\n"
  }
] as const;

export const defaultServerUrl = "https://api-prod.interactly.ai";

/** info.version of the contract these files were generated from. */
export const contractVersion = "1.0.0";
