/*
 * Generated from openapi/ by `npm run generate`. Do not edit: change openapi/ and regenerate.
 * source sha256: 732cc541a430018f0598053345feefaec63ffdbec1d1f570f50d95a1ef9fe971
 */

import type { components, operations } from '../schema.js';
import type { ValidateFunction } from '../validators.js';
export type { ValidateFunction, ValidatorError } from '../validators.js';

/** Validates a value against components.schemas.EndOfCallReportMessage. */
export declare const validateEndOfCallReportMessage: ValidateFunction<components['schemas']["EndOfCallReportMessage"]>;
