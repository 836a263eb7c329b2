/**
 * The mock's command line, shared by `npm run mock` and `npm start`: its
 * flags and help, their parsing, and the port check made before anything
 * starts. Kept apart from scripts/lib/mock.ts, which loads the generated
 * operation table and validators: `npm start` parses its flags and checks
 * the port first, runs the pipeline (which may rewrite generated/), and only
 * then loads the mock, so it serves what the pipeline just wrote.
 */
import { parseFlags, UsageError, type CommandHelp } from './cli.ts';
import { portFree } from './ports.ts';

export interface MockOptions {
  port: number;
  host: string;
  dynamic: boolean;
  /** Serve the in-memory reference server instead of Prism (set only when given). */
  stateful?: boolean;
  seed?: string;
  quiet: boolean;
  verbose: boolean;
}

export const MOCK_FLAGS: NonNullable<CommandHelp['flags']> = {
  '--port N': 'port to listen on, 0-65535 (default 4010; 0 picks a free port)',
  '--host H': 'interface to bind (default 127.0.0.1; anything else exposes the mock beyond this machine)',
  '--dynamic': 'generate responses from the schemas instead of the named examples',
  '--stateful': 'serve the in-memory reference server instead of Prism: created calls can be got, listed and ended',
  '--seed S': 'seed for --dynamic (repeatable generated responses) or --stateful (repeatable call ids)',
  '--verbose': "echo Prism's log of every request (Prism 5.14.2 can crash on some request bodies at this level)",
  '--quiet': 'echo nothing from Prism (default: its violations and errors)',
};

/** The flags as a usage line shows them (npm run mock and npm start take the same). */
export const MOCK_USAGE_FLAGS = '[-- --port N] [--host H] [--dynamic | --stateful] [--seed S] [--verbose | --quiet]';

export const MOCK_HELP: CommandHelp = {
  usage: `npm run mock ${MOCK_USAGE_FLAGS}`,
  summary:
    'Serve the contract on this machine: a real Prism mock (request validation and bearer-token checks on; answers from the named examples, selectable with a Prefer header), or with --stateful the reference server, where the calls you create can be got, listed and ended. Prints the URL and a curl to paste; Ctrl-C stops it.',
  flags: MOCK_FLAGS,
  exitCodes: { 0: 'stopped with Ctrl-C', 1: 'could not start (the port is taken, or Prism failed), or Prism died', 2: 'bad command line' },
  environment: {
    PRISM_COMPILED: "0 runs Prism's installed CLI instead of its compiled build (made once per install), to rule the build out",
    PRISM_READY_TIMEOUT_MS: 'how long to wait for Prism to answer before giving up (default 60000)',
  },
};

/** Parse and validate the flags; throws UsageError naming the bad flag (HelpRequested for --help). */
export function parseMockArgs(argv: string[], help: CommandHelp = MOCK_HELP, command = 'mock'): MockOptions {
  const f = parseFlags(
    command,
    argv,
    {
      port: { type: 'string' },
      host: { type: 'string' },
      seed: { type: 'string' },
      dynamic: { type: 'boolean' },
      stateful: { type: 'boolean' },
      quiet: { type: 'boolean' },
      verbose: { type: 'boolean' },
    },
    help,
  );
  const opts: MockOptions = { port: 4010, host: '127.0.0.1', dynamic: Boolean(f.dynamic), quiet: Boolean(f.quiet), verbose: Boolean(f.verbose) };
  if (f.port !== undefined) {
    if (!/^\d+$/.test(f.port) || Number(f.port) > 65535) throw new UsageError(`${command}: --port must be an integer from 0 to 65535, got ${JSON.stringify(f.port)}`);
    opts.port = Number(f.port);
  }
  if (f.host !== undefined) {
    if (!f.host.trim() || /[\s/]/.test(f.host)) throw new UsageError(`${command}: --host must be a host name or IP address, got ${JSON.stringify(f.host)}`);
    opts.host = f.host;
  }
  if (f.stateful) opts.stateful = true;
  if (opts.stateful && opts.dynamic) throw new UsageError(`${command}: --stateful and --dynamic cannot be used together`);
  if (f.seed !== undefined) opts.seed = f.seed;
  if (opts.seed !== undefined && !opts.dynamic && !opts.stateful) throw new UsageError(`${command}: --seed only applies with --dynamic or --stateful`);
  if (opts.quiet && opts.verbose) throw new UsageError(`${command}: --quiet and --verbose cannot be used together`);
  return opts;
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/**
 * Undefined when the mock's port is free (or 0: any free port), else what to
 * do: the message names the port and the exact command that picks another.
 */
export async function portProblem(opts: Pick<MockOptions, 'host' | 'port'>, rerun = 'npm run mock --'): Promise<string | undefined> {
  if (opts.port === 0 || (await portFree(opts.host, opts.port))) return undefined;
  return `port ${opts.port} on ${opts.host} is already in use (another mock?). Stop that process, or pick another port: ${rerun} --port ${opts.port + 1}`;
}
