/**
 * Runs a real Prism (@stoplight/prism-cli) as a child process, for the mock
 * script, the test harness, `npm run verify`, the fuzzer and benchmarks.
 *
 * - Prism's JS entry is run with this Node (`process.execPath`), not through npx.
 * - Port 0 (the default) means "a free port": one is picked just before the
 *   spawn (and picked again if another process takes it first); Prism is ready
 *   when it answers an HTTP probe.
 * - Prism logs at "warn" by default. At "info" it logs every request body, and
 *   (5.14.2) passes each log line through jsonrepair, which corrupts some valid
 *   lines (a string containing "[" inside an array) so that its CLI crashes:
 *   the mock dies. "info" also costs about a third of the throughput.
 * - The child is spawned detached (its own process group) and stop() kills the
 *   whole group and waits until no process of it is left.
 * - Nothing is orphaned: live instances are killed on process exit, SIGINT,
 *   SIGTERM and SIGHUP, and the child carries a watchdog (preloaded with
 *   --import) that exits as soon as its stdin pipe closes, i.e. as soon as the
 *   parent is gone, even if the parent was SIGKILLed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import fs from 'node:fs';
import { compiledTool } from './compiled.mjs';
import { pidAlive, signalGroup } from './pid.mjs';
import { freePort, portFree } from './ports.ts';
import { GENERATED_DIR, ROOT } from './paths.ts';
import { ToolError } from './errors.ts';

export type PrismMode = 'mock' | 'proxy';
export type PrismLogLevel = 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal' | 'silent';
const LOG_LEVELS: readonly PrismLogLevel[] = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'];

export interface StartPrismOptions {
  mode: PrismMode;
  /** OpenAPI document to serve. Default: generated/openapi.yaml. */
  spec?: string;
  /** Interface to bind. Default 127.0.0.1 (loopback only). */
  host?: string;
  /** Port; 0 or omitted picks a free one. */
  port?: number;
  /** Generate responses from the schemas instead of using examples (`--dynamic`). */
  dynamic?: boolean;
  /** Turn request/response violations into error responses (`--errors`). */
  errors?: boolean;
  /** Proxy mode only: the real server to forward to. */
  upstream?: string;
  /** Seed for dynamic generation (`--seed`), for reproducible dynamic responses. */
  seed?: string;
  /**
   * Prism's log level (`-v`). Default "warn": violations and errors only. "info"
   * logs every request, and with it Prism 5.14.2 can crash on some request bodies (see above).
   */
  logLevel?: PrismLogLevel;
  /** How long to wait for Prism to answer before giving up. Default 60 s (or PRISM_READY_TIMEOUT_MS). */
  readyTimeoutMs?: number;
  /** Lines of Prism output kept for logs() and error messages. Default 2000. */
  maxLogLines?: number;
  /** Called with every line Prism prints (stdout and stderr), e.g. to echo it. */
  onLog?: (line: string) => void;
}

export interface PrismInstance {
  /** Base URL Prism answers on, e.g. http://127.0.0.1:4010 (no trailing slash). */
  url: string;
  pid: number;
  /** Milliseconds from the startPrism() call until Prism answered its readiness probe. */
  readyMs: number;
  /** The last lines Prism printed (colour codes removed). */
  logs(): string;
  /** Kill Prism's process group and wait until it has exited. Safe to call twice. */
  stop(): Promise<void>;
  /** True once Prism's main process has exited. */
  readonly exited: boolean;
}

/** Prism did not become ready, or could not be started. Its message ends with Prism's last log lines. */
export class PrismStartError extends ToolError {
  constructor(
    message: string,
    readonly logTail: string,
    /** The Prism process that was started, if one was (it has been stopped). */
    readonly pid?: number,
  ) {
    super(`${message}${logTail ? `\n--- last Prism output ---\n${logTail}` : '\n(Prism printed nothing)'}`);
  }
}

const require = createRequire(import.meta.url);

/** Absolute path of Prism's CLI entry (its package.json "bin"). */
export function prismEntry(): string {
  const pkgPath = require.resolve('@stoplight/prism-cli/package.json');
  const pkg = JSON.parse(fs.readFileSync(pkgPath, 'utf8')) as { bin: string | Record<string, string> };
  const bin = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin.prism;
  if (!bin) throw new Error(`@stoplight/prism-cli has no "prism" bin in ${pkgPath}`);
  return path.join(path.dirname(pkgPath), bin);
}

/** Set once the compiled build failed in this process: later starts go straight to the installed entry. */
let compileFailed = false;
/**
 * The file to run as Prism's CLI: its compiled build (scripts/lib/compiled.mjs:
 * Prism and its libraries in one file, which starts about a second sooner and
 * with a third less CPU than loading them from node_modules), built once per
 * install. The installed entry instead when PRISM_COMPILED=0 (to rule the
 * build out when Prism misbehaves), or, with a warning, when the build fails.
 */
export async function prismCommandFile(): Promise<string> {
  const entry = prismEntry();
  if (process.env.PRISM_COMPILED === '0' || compileFailed) return entry;
  try {
    return await compiledTool(path.relative(ROOT, entry).split(path.sep).join('/'));
  } catch (err) {
    compileFailed = true;
    process.stderr.write(`prism: running the installed CLI; its compiled build failed: ${err instanceof Error ? err.message : String(err)}\n`);
    return entry;
  }
}

/** What a start error adds when Prism ran from its compiled build. */
function compiledHint(file: string): string {
  return file === prismEntry() ? '' : ' (Prism ran from its compiled build; PRISM_COMPILED=0 runs the installed entry, to rule the build out)';
}

export const DEFAULT_SPEC = path.join(GENERATED_DIR, 'openapi.yaml');

/**
 * Preloaded into Prism: exit when our stdin pipe reaches EOF, which happens when
 * the parent process dies for any reason. Prism itself never reads stdin.
 */
const WATCHDOG = 'data:text/javascript,process.stdin.on("end",()=>process.exit(0)).on("error",()=>process.exit(0)).resume()';

// biome-ignore lint/suspicious/noControlCharactersInRegex: it matches the ESC of ANSI colour codes, to strip them from Prism's log
const ANSI = /\u001b\[[0-9;]*m/g;
const ADDRESS_IN_USE = /EADDRINUSE|address already in use/i;

/** Build Prism's argv (after the entry script). Exported for tests. */
export function prismArgs(opts: StartPrismOptions): string[] {
  const spec = path.resolve(opts.spec ?? DEFAULT_SPEC);
  const host = opts.host ?? '127.0.0.1';
  const port = opts.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new RangeError(`startPrism: port must be an integer 0-65535, got ${String(port)}`);
  if (opts.mode !== 'mock' && opts.mode !== 'proxy') throw new TypeError(`startPrism: mode must be "mock" or "proxy", got ${String(opts.mode)}`);
  const args: string[] = [opts.mode, spec];
  if (opts.mode === 'proxy') {
    if (!opts.upstream) throw new TypeError('startPrism: proxy mode needs an upstream URL');
    let u: URL;
    try {
      u = new URL(opts.upstream);
    } catch {
      throw new TypeError(`startPrism: upstream is not a valid URL: ${opts.upstream}`);
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new TypeError(`startPrism: upstream must be http(s), got ${opts.upstream}`);
    args.push(opts.upstream);
  } else if (opts.upstream) {
    throw new TypeError('startPrism: upstream is only valid in proxy mode');
  }
  const level = opts.logLevel ?? 'warn';
  if (!LOG_LEVELS.includes(level)) throw new TypeError(`startPrism: logLevel must be one of ${LOG_LEVELS.join(', ')}, got ${String(level)}`);
  args.push('--host', host, '--port', String(port), '--multiprocess=false', '--verboseLevel', level);
  if (opts.dynamic) args.push('--dynamic');
  if (opts.errors) args.push('--errors');
  if (opts.seed !== undefined) args.push('--seed', opts.seed);
  return args;
}

const live = new Set<Live>();
let handlersInstalled = false;

interface Live {
  child: ChildProcess;
  killGroup(signal: NodeJS.Signals): void;
}

function installCleanupHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  // Last chance, synchronous: the process is exiting, kill every group we own.
  process.on('exit', () => {
    for (const l of live) l.killGroup('SIGKILL');
  });
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    const onSignal = (): void => {
      for (const l of live) l.killGroup('SIGTERM');
      // If nobody else handles this signal, keep the default behaviour: die from it.
      if (process.listenerCount(sig) === 1) {
        process.removeListener(sig, onSignal);
        for (const l of live) l.killGroup('SIGKILL');
        process.kill(process.pid, sig);
      }
    };
    process.on(sig, onSignal);
  }
}

const PROBE_METHOD = 'X-PRISM-READY-PROBE';

/**
 * True once Prism answers on `url`. The probe is a CORS preflight, which Prism
 * (CORS on, its default) answers itself with 204 and echoes the requested
 * method, in mock and in proxy mode alike: it never reaches an upstream server.
 */
async function probe(url: string, timeoutMs: number): Promise<boolean> {
  try {
    const res = await fetch(`${url}/`, {
      method: 'OPTIONS',
      headers: { origin: 'http://prism-ready-probe.invalid', 'access-control-request-method': PROBE_METHOD },
      signal: AbortSignal.timeout(timeoutMs),
    });
    await res.arrayBuffer();
    return res.status === 204 && res.headers.get('access-control-allow-methods') === PROBE_METHOD;
  } catch {
    return false;
  }
}

const urlFor = (host: string, port: number): string => `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

/** Start a real Prism and resolve once it answers HTTP. */
export async function startPrism(opts: StartPrismOptions): Promise<PrismInstance> {
  prismArgs(opts); // validate the options before anything else
  const spec = path.resolve(opts.spec ?? DEFAULT_SPEC);
  if (!fs.existsSync(spec)) throw new PrismStartError(`startPrism: spec file not found: ${spec}`, '');
  const host = opts.host ?? '127.0.0.1';
  const autoPort = !opts.port;
  const t0 = performance.now();
  // A fixed port that is taken would let the readiness probe reach whatever
  // already listens there (perhaps another Prism with another spec): refuse.
  if (!autoPort && !(await portFree(host, opts.port!))) {
    throw new PrismStartError(`Prism could not listen on ${host}:${opts.port}: the port is already in use (stop what uses it, or pass another port)`, '(found before starting Prism)');
  }
  const file = await prismCommandFile();
  for (let attempt = 1; ; attempt++) {
    const port = autoPort ? await freePort(host) : opts.port!;
    try {
      return await launch(opts, file, host, port, t0);
    } catch (err) {
      // Another process took the picked port between the check and Prism's listen: pick again.
      if (autoPort && attempt < 3 && err instanceof PrismStartError && ADDRESS_IN_USE.test(err.logTail)) continue;
      throw err;
    }
  }
}

async function launch(opts: StartPrismOptions, file: string, host: string, port: number, t0: number): Promise<PrismInstance> {
  const args = prismArgs({ ...opts, host, port });
  const command = `node ${file} ${args.join(' ')}`;
  const readyTimeoutMs = opts.readyTimeoutMs ?? (Number(process.env.PRISM_READY_TIMEOUT_MS) || 60_000);
  const maxLines = opts.maxLogLines ?? 2000;
  const lines: string[] = [];
  const addLine = (line: string): void => {
    const clean = line.replace(ANSI, '').replace(/\r$/, '');
    if (!clean) return;
    lines.push(clean);
    if (lines.length > maxLines) lines.splice(0, lines.length - maxLines);
    opts.onLog?.(clean);
  };
  const tail = (n = 30): string => lines.slice(-n).join('\n');

  installCleanupHandlers();
  const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' };
  // Prism defaults to forking a worker when NODE_ENV=production; --multiprocess=false keeps one process.
  const child = spawn(process.execPath, ['--import', WATCHDOG, file, ...args], {
    detached: true,
    stdio: ['pipe', 'pipe', 'pipe'],
    env,
  });
  const pid = child.pid;
  if (pid === undefined) {
    const err = await new Promise<Error>((resolve) => child.once('error', resolve));
    throw new PrismStartError(`startPrism: could not spawn ${process.execPath}: ${err.message}`, '');
  }

  let exited = false;
  let exitInfo = '';
  const exitPromise = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      exited = true;
      exitInfo = signal ? `signal ${signal}` : `exit code ${code}`;
      resolve();
    });
  });
  const entry: Live = {
    child,
    killGroup: (signal) => signalGroup(pid, signal),
  };
  live.add(entry);
  void exitPromise.then(() => {
    // The group may still hold a straggler (e.g. a forked worker); the leader is gone.
    if (!pidAlive(-pid)) live.delete(entry);
  });

  const splitter = (stream: NodeJS.ReadableStream): void => {
    let buf = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      buf += chunk;
      let i: number;
      while ((i = buf.indexOf('\n')) >= 0) {
        addLine(buf.slice(0, i));
        buf = buf.slice(i + 1);
      }
      if (buf.length > 1_000_000) {
        addLine(`${buf.slice(0, 10_000)}…`);
        buf = '';
      }
    });
    stream.on('end', () => {
      if (buf) addLine(buf);
      buf = '';
    });
  };
  splitter(child.stdout!);
  splitter(child.stderr!);
  // A broken stdin pipe (Prism gone) must not crash us.
  child.stdin!.on('error', () => {});

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      if (pidAlive(-pid)) {
        entry.killGroup('SIGTERM');
        const deadline = performance.now() + 5000;
        while (pidAlive(-pid) && performance.now() < deadline) await sleep(25);
        if (pidAlive(-pid)) {
          entry.killGroup('SIGKILL');
          const hard = performance.now() + 5000;
          while (pidAlive(-pid) && performance.now() < hard) await sleep(25);
        }
      }
      // An unref'd timer: once Prism has exited, nothing keeps this process alive for the rest of the 5 s.
      await Promise.race([exitPromise, sleep(5000, undefined, { ref: false })]);
      child.stdin?.destroy();
      live.delete(entry);
      if (pidAlive(-pid)) throw new Error(`Prism (pid ${pid}) did not exit after SIGKILL`);
    })();
    return stopping;
  };

  // Ready = our child is alive and something answers HTTP on its port.
  const url = urlFor(host, port);
  const deadline = performance.now() + readyTimeoutMs;
  try {
    const exitedError = (): PrismStartError => {
      // Prism follows a listen error with its whole --help text: quote only the reason.
      const inUse = lines.find((l) => ADDRESS_IN_USE.test(l));
      if (inUse) return new PrismStartError(`Prism could not listen on ${host}:${port}: the port is already in use`, inUse, pid);
      return new PrismStartError(`Prism exited before it was ready (${exitInfo}). Command: ${command}${compiledHint(file)}`, tail(), pid);
    };
    for (;;) {
      if (exited) throw exitedError();
      if (await probe(url, 1000)) {
        if (exited) throw exitedError();
        break;
      }
      if (performance.now() > deadline) throw new PrismStartError(`Prism was not ready within ${readyTimeoutMs} ms. Command: ${command}${compiledHint(file)}`, tail(), pid);
      await sleep(40);
    }
  } catch (err) {
    await stop().catch(() => {});
    throw err;
  }
  const readyMs = Math.round(performance.now() - t0);

  return {
    url,
    pid,
    readyMs,
    logs: () => lines.join('\n'),
    stop,
    get exited() {
      return exited;
    },
  };
}
