/**
 * The one base class of the tools' own failures: a step that stopped for a
 * reason it can name (a broken contract, lint findings, a stale tree, a bad
 * command line, a mock that would not start). Every entry prints one the same
 * way: its message, no stack trace, exit code 1 (2 for a UsageError). Any
 * other error is a bug and is printed with its stack.
 *
 * `instanceof ToolError` holds across copies of this module: a script under
 * tsx that runs a step from the compiled build (npm start's chain,
 * scripts/lib/compiled.mjs's compiledModule) gets that build's errors, whose
 * class is the build's own ToolError. Each instance carries a brand shared by
 * every copy, and `instanceof ToolError` checks the brand; subclasses
 * (`instanceof UsageError`…) check their prototype chain as usual, so code
 * that gets errors from another copy tells them apart by `name`.
 */
const BRAND = Symbol.for('@interactly/connect-call/ToolError');

export class ToolError extends Error {
  /** The exit code an entry ends with when this error reaches it. */
  readonly exitCode: number = 1;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    Object.defineProperty(this, BRAND, { value: true });
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    // `this` is the class asked about: ToolError itself, or a subclass that inherits this method
    // (the class is not named here: a class that names itself in its own body is renamed in the
    // compiled build, and would be called `_ToolError` there).
    // biome-ignore lint/complexity/noThisInStatic: the subclass asked about, see above
    const ordinary = Function.prototype[Symbol.hasInstance].call(this, value);
    // biome-ignore lint/complexity/noThisInStatic: the subclass asked about, see above
    if (ordinary || !Object.hasOwn(this, Symbol.hasInstance)) return ordinary;
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
  }
}
