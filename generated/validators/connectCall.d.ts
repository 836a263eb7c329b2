/*
 * Generated from openapi/ by `npm run generate`. Do not edit: change openapi/ and regenerate.
 * validator input sha256: 4e0c2b1465a29581932b1ace08bf203bcf932d97c9425e5a17fadf974d927802
 */

import type { components, operations } from '../schema.js';
import type { ValidateFunction } from '../validators.js';
export type { ValidateFunction, ValidatorError } from '../validators.js';

/** Validates a connectCall request body against components.schemas.ConnectCallRequest. */
export declare const validateConnectCallRequest: ValidateFunction<components['schemas']["ConnectCallRequest"]>;
/** Validates a connectCall 200 response body against components.schemas.Call. */
export declare const validateConnectCallResponse200: ValidateFunction<components['schemas']["Call"]>;
/** Validates a connectCall 400 response body against components.schemas.Problem. */
export declare const validateConnectCallResponse400: ValidateFunction<components['schemas']["Problem"]>;
/** Validates a connectCall 401 response body against components.schemas.Problem. */
export declare const validateConnectCallResponse401: ValidateFunction<components['schemas']["Problem"]>;
/** Validates a connectCall 429 response body against components.schemas.Problem. */
export declare const validateConnectCallResponse429: ValidateFunction<components['schemas']["Problem"]>;
/** Validates a connectCall 500 response body against components.schemas.Problem. */
export declare const validateConnectCallResponse500: ValidateFunction<components['schemas']["Problem"]>;
