/*
 * Generated from openapi/ by `npm run generate`. Do not edit: change openapi/ and regenerate.
 * source sha256: 2acc85f724520caf7fe5ab1003c91f51e84223d30f0ee22d4aea974bb6c19d5e
 */

import type { components } from './schema.js';

/** One Ajv error: instancePath is a JSON Pointer into the validated value. */
export interface ValidatorError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** An Ajv standalone validate function: returns true or false and sets `errors`. */
export interface ValidateFunction<T> {
  (data: unknown): data is T;
  errors?: ValidatorError[] | null;
}

/** Validates a value against components.schemas.ConnectCallRequest. */
export declare const validateConnectCallRequest: ValidateFunction<components['schemas']["ConnectCallRequest"]>;
/** Validates a value against components.schemas.Call. */
export declare const validateCall: ValidateFunction<components['schemas']["Call"]>;
/** Validates a connectCall 200 response body against components.schemas.Call. */
export declare const validateConnectCallResponse200: ValidateFunction<components['schemas']["Call"]>;
/** Validates a value against components.schemas.Problem. */
export declare const validateProblem: ValidateFunction<components['schemas']["Problem"]>;
/** Validates a connectCall 400 response body against components.schemas.Problem. */
export declare const validateConnectCallResponse400: ValidateFunction<components['schemas']["Problem"]>;
/** Validates a connectCall 401 response body against components.schemas.Problem. */
export declare const validateConnectCallResponse401: ValidateFunction<components['schemas']["Problem"]>;
/** Validates a connectCall 429 response body against components.schemas.Problem. */
export declare const validateConnectCallResponse429: ValidateFunction<components['schemas']["Problem"]>;
/** Validates a connectCall 500 response body against components.schemas.Problem. */
export declare const validateConnectCallResponse500: ValidateFunction<components['schemas']["Problem"]>;
