/**
 * npm run mock [-- --port 4010] [-- --host 127.0.0.1] [-- --dynamic] [-- --seed S] [-- --verbose | --quiet]
 *
 * Serves the contract (generated/openapi.yaml) with a real Prism mock: request
 * validation and bearer-token checks on, answers from the named examples
 * (or generated from the schemas with --dynamic). Prints the URL and a curl to
 * paste; Ctrl-C stops Prism and exits 0.
 */
import fs from 'node:fs';
import path from 'node:path';
import { operations } from '../generated/operations.ts';
import { ROOT } from './lib/paths.ts';
import { startPrism, type PrismInstance } from './lib/prism.ts';
import { parseFlags, runMain } from './lib/cli.ts';

export interface MockOptions {
  port: number;
  host: string;
  dynamic: boolean;
  seed?: string;
  quiet: boolean;
  verbose: boolean;
}

const USAGE = `usage: npm run mock [-- --port N] [-- --host H] [-- --dynamic] [-- --seed S] [-- --verbose | --quiet]
  --port N     port to listen on, 0-65535 (default 4010; 0 picks a free port)
  --host H     interface to bind (default 127.0.0.1; anything else exposes the mock beyond this machine)
  --dynamic    generate responses from the schemas instead of the named examples
  --seed S     seed for --dynamic, for repeatable generated responses
  --verbose    echo Prism's log of every request (Prism 5.14.2 can crash on some request bodies at this level)
  --quiet      echo nothing from Prism (default: its violations and errors)`;

export class UsageError extends Error {}

/** Parse and validate the flags; throws UsageError naming the bad flag. */
export function parseMockArgs(argv: string[]): MockOptions {
  const f = parseFlags(
    'mock',
    argv,
    { port: { type: 'string' }, host: { type: 'string' }, seed: { type: 'string' }, dynamic: { type: 'boolean' }, quiet: { type: 'boolean' }, verbose: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    USAGE,
    (m) => new UsageError(m),
  );
  if (f.help) throw new UsageError(USAGE);
  const opts: MockOptions = { port: 4010, host: '127.0.0.1', dynamic: Boolean(f.dynamic), quiet: Boolean(f.quiet), verbose: Boolean(f.verbose) };
  if (f.port !== undefined) {
    if (!/^\d+$/.test(f.port) || Number(f.port) > 65535) throw new UsageError(`mock: --port must be an integer from 0 to 65535, got ${JSON.stringify(f.port)}`);
    opts.port = Number(f.port);
  }
  if (f.host !== undefined) {
    if (!f.host.trim() || /[\s/]/.test(f.host)) throw new UsageError(`mock: --host must be a host name or IP address, got ${JSON.stringify(f.host)}`);
    opts.host = f.host;
  }
  if (f.seed !== undefined) opts.seed = f.seed;
  if (opts.seed !== undefined && !opts.dynamic) throw new UsageError('mock: --seed only applies with --dynamic');
  if (opts.quiet && opts.verbose) throw new UsageError('mock: --quiet and --verbose cannot be used together');
  return opts;
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** Quote a string for a POSIX shell. */
const shq = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

/** A ready-to-paste curl for the minimal request against the mock at `url`. */
export function curlExample(url: string): string {
  const op = operations.connectCall;
  const body = JSON.stringify(JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/minimal-request.json'), 'utf8')));
  return [
    `curl -sS -X ${op.method.toUpperCase()} ${shq(url + op.path)} \\`,
    `  -H 'Authorization: Bearer test-token' \\`,
    `  -H 'Content-Type: ${op.requestContentType}' \\`,
    `  -d ${shq(body)}`,
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  let opts: MockOptions;
  try {
    opts = parseMockArgs(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(err.message);
      return err.message === USAGE ? 0 : 2;
    }
    throw err;
  }
  if (!isLoopback(opts.host)) console.warn(`mock: warning: listening on ${opts.host}, reachable from other machines`);
  let ready = false;
  let prism: PrismInstance;
  try {
    prism = await startPrism({
      mode: 'mock',
      host: opts.host,
      port: opts.port,
      dynamic: opts.dynamic,
      logLevel: opts.verbose ? 'info' : 'warn',
      ...(opts.seed !== undefined ? { seed: opts.seed } : {}),
      onLog: (line) => {
        if (ready && !opts.quiet) console.log(line);
      },
    });
  } catch (err) {
    console.error(`mock: could not start Prism: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
  ready = true;
  console.log(`Prism mock (pid ${prism.pid}) is listening on ${prism.url} (ready in ${prism.readyMs} ms)`);
  console.log(`responses: ${opts.dynamic ? `generated from the schemas${opts.seed !== undefined ? ` (seed ${opts.seed})` : ''}` : 'the named examples'}; select one with a Prefer header, e.g. "Prefer: code=429" or "Prefer: example=queued"`);
  console.log(`try it:\n\n${curlExample(prism.url)}\n\nCtrl-C to stop.`);

  return new Promise<number>((resolve) => {
    let stopping = false;
    const shutdown = (signal: string): void => {
      if (stopping) return;
      stopping = true;
      console.log(`\nmock: ${signal} received, stopping Prism…`);
      prism.stop().then(
        () => {
          console.log('mock: Prism stopped');
          resolve(0);
        },
        (err: unknown) => {
          console.error(`mock: ${err instanceof Error ? err.message : String(err)}`);
          resolve(1);
        },
      );
    };
    process.on('SIGINT', () => shutdown('SIGINT'));
    process.on('SIGTERM', () => shutdown('SIGTERM'));
    // Prism dying on its own is an error: say so with its last words.
    const watch = setInterval(() => {
      if (prism.exited && !stopping) {
        clearInterval(watch);
        console.error(`mock: Prism exited unexpectedly\n${prism.logs().split('\n').slice(-20).join('\n')}`);
        resolve(1);
      }
    }, 250);
    watch.unref();
  });
}

runMain(import.meta.url, main);
