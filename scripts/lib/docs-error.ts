import { ToolError } from './errors.ts';

/** Why the reference docs could not be rendered or checked; the message starts with `docs:`. */
export class DocsError extends ToolError {
  constructor(message: string) {
    super(`docs: ${message}`);
  }
}
