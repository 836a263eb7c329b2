/*
 * Generated from openapi/ by `npm run generate`. Do not edit: change openapi/ and regenerate.
 * validator input sha256: 4e0c2b1465a29581932b1ace08bf203bcf932d97c9425e5a17fadf974d927802
 */

import type { components, operations } from '../schema.js';
import type { ValidateFunction } from '../validators.js';
export type { ValidateFunction, ValidatorError } from '../validators.js';

/** Validates getCall's path parameters (an object of their values). */
export declare const validateGetCallPath: ValidateFunction<operations["getCall"]['parameters']['path']>;
/** Validates a getCall 200 response body against components.schemas.Conversation. */
export declare const validateGetCallResponse200: ValidateFunction<components['schemas']["Conversation"]>;
/** Validates a getCall 400 response body against components.schemas.Problem. */
export declare const validateGetCallResponse400: ValidateFunction<components['schemas']["Problem"]>;
/** Validates a getCall 401 response body against components.schemas.Problem. */
export declare const validateGetCallResponse401: ValidateFunction<components['schemas']["Problem"]>;
/** Validates a getCall 404 response body against components.schemas.Problem. */
export declare const validateGetCallResponse404: ValidateFunction<components['schemas']["Problem"]>;
/** Validates a getCall 429 response body against components.schemas.Problem. */
export declare const validateGetCallResponse429: ValidateFunction<components['schemas']["Problem"]>;
/** Validates a getCall 500 response body against components.schemas.Problem. */
export declare const validateGetCallResponse500: ValidateFunction<components['schemas']["Problem"]>;
