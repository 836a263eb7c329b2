/** Shared command-line plumbing for scripts/*.ts. */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { ToolError } from './errors.ts';

/** True when the module at `metaUrl` is the script node was asked to run (works for paths with spaces too). */
export function isMain(metaUrl: string): boolean {
  const entry = process.argv[1];
  return Boolean(entry) && metaUrl === pathToFileURL(path.resolve(entry!)).href;
}

/** A command line the command cannot run: the message names the flag; exit code 2. */
export class UsageError extends ToolError {
  override readonly exitCode: number = 2;
}

/** `--help` or `-h`: the message is the help text, printed on stdout; exit code 0. */
export class HelpRequested extends UsageError {
  override readonly exitCode: number = 0;
}

/** What `--help` prints for a command. */
export interface CommandHelp {
  /** e.g. 'npm run generate [-- --check] [--root <openapi.yaml>]' */
  usage: string;
  /** One or two sentences: what the command does. */
  summary: string;
  /** Flag (as typed) → what it does. */
  flags?: Record<string, string>;
  /** Exit code → meaning. Default: 0 done, 1 failed, 2 bad command line. */
  exitCodes?: Record<number, string>;
  /** Environment variable → what it changes. */
  environment?: Record<string, string>;
}

export function formatHelp(help: CommandHelp): string {
  const exit = help.exitCodes ?? { 0: 'done', 1: 'failed (the reason is printed)', 2: 'bad command line (the flag is named)' };
  const flags = Object.entries(help.flags ?? {});
  const env = Object.entries(help.environment ?? {});
  const width = Math.max(10, ...flags.map(([f]) => f.length), ...Object.keys(exit).map((c) => c.length), ...env.map(([v]) => v.length));
  return [
    `usage: ${help.usage}`,
    '',
    help.summary,
    ...(flags.length
      ? ['', 'flags:', ...flags.map(([f, d]) => `  ${f.padEnd(width)}  ${d}`), `  ${'--help, -h'.padEnd(width)}  print this help and exit 0`]
      : ['', `  ${'--help, -h'.padEnd(width)}  print this help and exit 0`]),
    '',
    'exit codes:',
    ...Object.entries(exit).map(([c, d]) => `  ${c.padEnd(width)}  ${d}`),
    ...(env.length ? ['', 'environment:', ...env.map(([v, d]) => `  ${v.padEnd(width)}  ${d}`)] : []),
  ].join('\n');
}

/**
 * What an entry does with an error from parsing its command line: help goes
 * to stdout (exit 0), a usage error to stderr (exit 2); returns the exit code.
 * Anything else is rethrown.
 */
export function reportUsage(err: unknown): number {
  if (err instanceof HelpRequested) {
    console.log(err.message);
    return 0;
  }
  if (err instanceof UsageError) {
    console.error(err.message);
    return 2;
  }
  throw err;
}

/**
 * Run `main(argv)` when this module is the entry script, and exit with the
 * code it returns. A HelpRequested or UsageError thrown by main is printed as
 * reportUsage does; an unexpected error prints its stack and exits `failCode`.
 */
export function runMain(metaUrl: string, main: (argv: string[]) => Promise<number>, failCode = 1): void {
  if (!isMain(metaUrl)) return;
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err) => {
      if (err instanceof UsageError) process.exit(reportUsage(err));
      if (err instanceof ToolError) {
        console.error(err.message);
        process.exit(err.exitCode ?? 1);
      }
      console.error(err instanceof Error ? (err.stack ?? err.message) : err);
      process.exit(failCode);
    },
  );
}

/** Quote a string for a POSIX shell (single quotes; a quote inside becomes '\\''). */
export function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

export type FlagSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;
export type FlagValues<T extends FlagSpec> = { [K in keyof T]?: T[K]['type'] extends 'string' ? string : boolean };

/**
 * Parse `--flag value`, `--flag=value` and boolean `--flag` with node:util's
 * parseArgs (strict: no unknown flags, no positionals). Its errors are
 * rethrown in this project's words, naming the flag, followed by the usage.
 * `--help`/`-h` anywhere throws HelpRequested carrying the help text.
 */
export function parseFlags<T extends FlagSpec>(
  command: string,
  argv: string[],
  flags: T,
  usage: string | CommandHelp,
  makeError: (message: string) => Error = (m) => new UsageError(m),
): FlagValues<T> {
  if (argv.includes('--help') || argv.includes('-h')) {
    throw new HelpRequested(typeof usage === 'string' ? formatHelp({ usage: usage.replace(/^usage: /, ''), summary: `npm run ${command}` }) : formatHelp(usage));
  }
  if (typeof usage !== 'string') usage = `usage: ${usage.usage} (--help for more)`;
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
