/*
 * Generated from openapi/ by `npm run generate`. Do not edit: change openapi/ and regenerate.
 * source sha256: 5b27e6bbf3614b7ccf521d7640bac420012158aec14d6851a2a35c49d0328b27
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
