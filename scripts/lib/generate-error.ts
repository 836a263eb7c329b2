/** The generation step's error, in a module that loads nothing heavy (the tables, the validators and the tests import it). */
import { ToolError } from './errors.ts';

/**
 * The contract has a shape the generated targets cannot express (a missing
 * operationId, one used twice, a parameter kind or schema keyword the
 * generator does not support): the message names the operation and what to
 * change; nothing is written.
 */
export class GenerateError extends ToolError {}
