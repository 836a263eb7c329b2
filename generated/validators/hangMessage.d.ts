/*
 * Generated from openapi/ by `npm run generate`. Do not edit: change openapi/ and regenerate.
 * source sha256: 5b27e6bbf3614b7ccf521d7640bac420012158aec14d6851a2a35c49d0328b27
 */

import type { components, operations } from '../schema.js';
import type { ValidateFunction } from '../validators.js';
export type { ValidateFunction, ValidatorError } from '../validators.js';

/** Validates a value against components.schemas.HangMessage. */
export declare const validateHangMessage: ValidateFunction<components['schemas']["HangMessage"]>;
