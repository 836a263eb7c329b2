/*
 * Generated from openapi/ by `npm run generate`. Do not edit: change openapi/ and regenerate.
 * validator input sha256: 4e0c2b1465a29581932b1ace08bf203bcf932d97c9425e5a17fadf974d927802
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
