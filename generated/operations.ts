/*
 * Generated from openapi/ by `npm run generate`. Do not edit: change openapi/ and regenerate.
 * source sha256: b705029c5721420e67da28e80f7333299bb0966a4e2e395f577f13f7390ed7c2
 */

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

/** The servers the contract declares; the first is the client's default base URL. */
export const servers = [
  {
    "url": "https://api-prod.interactly.ai",
    "description": "Production environment. Calls placed here dial real phone numbers."
  },
  {
    "url": "https://api-qa.interactly.ai",
    "description": "QA (testing) environment published by the platform for integration testing."
  }
] as const;

export const defaultServerUrl = "https://api-prod.interactly.ai";

/** info.version of the contract these files were generated from. */
export const contractVersion = "1.0.0";
