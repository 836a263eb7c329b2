/*
 * Generated from openapi/ by `npm run generate`. Do not edit: change openapi/ and regenerate.
 * source sha256: 13bce3971c35ce08b4f1600dc47c227237c193ed511b49fa495838da4310e6f9
 */

import type { components, operations } from '../schema.js';
import type { ValidateFunction } from '../validators.js';
export type { ValidateFunction, ValidatorError } from '../validators.js';

/** Validates listCalls's query parameters (an object of typed values, not strings). */
export declare const validateListCallsQuery: ValidateFunction<NonNullable<operations["listCalls"]['parameters']['query']>>;
/** Validates a listCalls 200 response body against components.schemas.ListCallsResponse. */
export declare const validateListCallsResponse200: ValidateFunction<components['schemas']["ListCallsResponse"]>;
/** Validates a listCalls 400 response body against components.schemas.Problem. */
export declare const validateListCallsResponse400: ValidateFunction<components['schemas']["Problem"]>;
/** Validates a listCalls 401 response body against components.schemas.Problem. */
export declare const validateListCallsResponse401: ValidateFunction<components['schemas']["Problem"]>;
/** Validates a listCalls 429 response body against components.schemas.Problem. */
export declare const validateListCallsResponse429: ValidateFunction<components['schemas']["Problem"]>;
/** Validates a listCalls 500 response body against components.schemas.Problem. */
export declare const validateListCallsResponse500: ValidateFunction<components['schemas']["Problem"]>;
