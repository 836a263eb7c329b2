/**
 * The one base class of the tools' own failures: a step that stopped for a
 * reason it can name (a broken contract, lint findings, a stale tree, a bad
 * command line, a mock that would not start). Every entry prints one the same
 * way: its message, no stack trace, exit code 1 (2 for a UsageError). Any
 * other error is a bug and is printed with its stack.
 */
export class ToolError extends Error {
  /** The exit code an entry ends with when this error reaches it. */
  readonly exitCode: number = 1;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}
