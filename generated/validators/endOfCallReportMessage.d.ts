/*
 * Generated from openapi/ by `npm run generate`. Do not edit: change openapi/ and regenerate.
 * source sha256: a4bb7518f7bb48dce4b1a9d93a7481d75fca26019450bb8fab80bbeb2f650937
 */

import type { components, operations } from '../schema.js';
import type { ValidateFunction } from '../validators.js';
export type { ValidateFunction, ValidatorError } from '../validators.js';

/** Validates a value against components.schemas.EndOfCallReportMessage. */
export declare const validateEndOfCallReportMessage: ValidateFunction<components['schemas']["EndOfCallReportMessage"]>;
