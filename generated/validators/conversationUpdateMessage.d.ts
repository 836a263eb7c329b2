/*
 * Generated from openapi/ by `npm run generate`. Do not edit: change openapi/ and regenerate.
 * source sha256: 13bce3971c35ce08b4f1600dc47c227237c193ed511b49fa495838da4310e6f9
 */

import type { components, operations } from '../schema.js';
import type { ValidateFunction } from '../validators.js';
export type { ValidateFunction, ValidatorError } from '../validators.js';

/** Validates a value against components.schemas.ConversationUpdateMessage. */
export declare const validateConversationUpdateMessage: ValidateFunction<components['schemas']["ConversationUpdateMessage"]>;
