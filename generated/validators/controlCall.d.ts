/*
 * Generated from openapi/ by `npm run generate`. Do not edit: change openapi/ and regenerate.
 * validator input sha256: 4e0c2b1465a29581932b1ace08bf203bcf932d97c9425e5a17fadf974d927802
 */

import type { components, operations } from '../schema.js';
import type { ValidateFunction } from '../validators.js';
export type { ValidateFunction, ValidatorError } from '../validators.js';

/** Validates controlCall's path parameters (an object of their values). */
export declare const validateControlCallPath: ValidateFunction<operations["controlCall"]['parameters']['path']>;
/** Validates a controlCall request body against components.schemas.ControlCallRequest. */
export declare const validateControlCallRequest: ValidateFunction<components['schemas']["ControlCallRequest"]>;
/** Validates a controlCall 200 response body against components.schemas.ControlCallResponse. */
export declare const validateControlCallResponse200: ValidateFunction<components['schemas']["ControlCallResponse"]>;
/** Validates a controlCall 400 response body against components.schemas.Problem. */
export declare const validateControlCallResponse400: ValidateFunction<components['schemas']["Problem"]>;
/** Validates a controlCall 401 response body against components.schemas.Problem. */
export declare const validateControlCallResponse401: ValidateFunction<components['schemas']["Problem"]>;
/** Validates a controlCall 404 response body against components.schemas.Problem. */
export declare const validateControlCallResponse404: ValidateFunction<components['schemas']["Problem"]>;
/** Validates a controlCall 429 response body against components.schemas.Problem. */
export declare const validateControlCallResponse429: ValidateFunction<components['schemas']["Problem"]>;
/** Validates a controlCall 500 response body against components.schemas.Problem. */
export declare const validateControlCallResponse500: ValidateFunction<components['schemas']["Problem"]>;
