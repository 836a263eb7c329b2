/** Shared command-line plumbing for scripts/*.ts. */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

/** True when the module at `metaUrl` is the script node was asked to run (works for paths with spaces too). */
export function isMain(metaUrl: string): boolean {
  const entry = process.argv[1];
  return Boolean(entry) && metaUrl === pathToFileURL(path.resolve(entry!)).href;
}

/**
 * Run `main(argv)` when this module is the entry script, and exit with the
 * code it returns; an unexpected error prints its stack and exits `failCode`.
 */
export function runMain(metaUrl: string, main: (argv: string[]) => Promise<number>, failCode = 1): void {
  if (!isMain(metaUrl)) return;
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err) => {
      console.error(err instanceof Error ? (err.stack ?? err.message) : err);
      process.exit(failCode);
    },
  );
}

export type FlagSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;
export type FlagValues<T extends FlagSpec> = { [K in keyof T]?: T[K]['type'] extends 'string' ? string : boolean };

/**
 * Parse `--flag value`, `--flag=value` and boolean `--flag` with node:util's
 * parseArgs (strict: no unknown flags, no positionals). Its errors are
 * rethrown in this project's words, naming the flag, followed by the usage.
 */
export function parseFlags<T extends FlagSpec>(command: string, argv: string[], flags: T, usage: string, makeError: (message: string) => Error = (m) => new Error(m)): FlagValues<T> {
  try {
    return parseArgs({ args: argv, options: flags, strict: true, allowPositionals: false }).values as FlagValues<T>;
  } catch (err) {
    const e = err as { code?: string; message: string };
    const flag = /'([^' ]+)/.exec(e.message)?.[1] ?? '';
    const tail = usage ? `\n${usage}` : '';
    if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || e.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') throw makeError(`${command}: unknown flag ${JSON.stringify(flag)}${tail}`);
    if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      throw makeError(e.message.includes('does not take an argument') ? `${command}: ${flag} takes no value${tail}` : `${command}: ${flag} needs a value${tail}`);
    }
    throw err;
  }
}
