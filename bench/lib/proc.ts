/**
 * Child processes for the benchmarks: timing a command, and the bare HTTP
 * server. Every child runs in its own process group, has a deadline, and is
 * killed (the whole group) when it overruns or when this process exits.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { signalGroup } from '../../scripts/lib/pid.mjs';
import { fileURLToPath } from 'node:url';

export const BENCH_DIR = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
export const ROOT = path.resolve(BENCH_DIR, '..');
export const BIN = path.join(ROOT, 'node_modules', '.bin');

const live = new Set<number>();
process.on('exit', () => {
  for (const pid of live) signalGroup(pid, 'SIGKILL');
});

export interface Timed {
  ms: number;
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

/**
 * Run a command to completion and time it (spawn to exit, wall clock).
 * Output is kept (the last 1 MB of each stream). Kills the process group
 * after timeoutMs.
 */
export function timeCommand(cmd: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs: number }): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    let child: ChildProcess;
    try {
      child = spawn(cmd, args, { cwd: opts.cwd ?? ROOT, env: opts.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    } catch (err) {
      reject(err);
      return;
    }
    const pid = child.pid;
    if (pid !== undefined) live.add(pid);
    let stdout = '';
    let stderr = '';
    const keep = (s: string, chunk: string) => (s.length > 1_000_000 ? s.slice(-500_000) : s) + chunk;
    child.stdout!.setEncoding('utf8').on('data', (c: string) => (stdout = keep(stdout, c)));
    child.stderr!.setEncoding('utf8').on('data', (c: string) => (stderr = keep(stderr, c)));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      if (pid !== undefined) signalGroup(pid, 'SIGKILL');
    }, opts.timeoutMs);
    child.once('error', (err) => {
      clearTimeout(timer);
      if (pid !== undefined) live.delete(pid);
      reject(new Error(`could not run ${cmd}: ${err.message}`));
    });
    child.once('close', (code, signal) => {
      const ms = performance.now() - t0;
      clearTimeout(timer);
      if (pid !== undefined) {
        // Leave no straggler of the group behind (npx, shells).
        signalGroup(pid, 'SIGKILL');
        live.delete(pid);
      }
      resolve({ ms, code, signal, stdout, stderr, timedOut });
    });
  });
}

/** Last lines of a command's output, for error messages. */
export function tail(t: Timed, n = 15): string {
  return `${t.stdout}\n${t.stderr}`.trim().split('\n').slice(-n).join('\n');
}

export interface BareServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * Start bench/lib/http-server.mjs in its own process: it answers every request
 * with the bytes of `bodyFile`. Resolves once it listens.
 */
export function startBareServer(bodyFile: string, contentType = 'application/json'): Promise<BareServer> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(BENCH_DIR, 'lib', 'http-server.mjs'), bodyFile, contentType], {
      stdio: ['pipe', 'pipe', 'inherit'],
      detached: true,
    });
    const pid = child.pid;
    if (pid === undefined) {
      child.once('error', (err) => reject(new Error(`bare server: could not start: ${err.message}`)));
      return;
    }
    live.add(pid);
    child.stdin!.on('error', () => {});
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    const stop = async () => {
      child.stdin!.end();
      signalGroup(pid, 'SIGTERM');
      await Promise.race([exited, sleep(3000)]);
      signalGroup(pid, 'SIGKILL');
      live.delete(pid);
    };
    const timer = setTimeout(() => {
      void stop();
      reject(new Error('bare server: did not report its port within 10 s'));
    }, 10_000);
    let buf = '';
    child.stdout!.setEncoding('utf8').on('data', (c: string) => {
      buf += c;
      const line = buf.split('\n')[0];
      if (line === undefined || !buf.includes('\n')) return;
      clearTimeout(timer);
      try {
        const { port } = JSON.parse(line) as { port: number };
        resolve({ url: `http://127.0.0.1:${port}`, stop });
      } catch {
        void stop();
        reject(new Error(`bare server: unexpected output ${JSON.stringify(line)}`));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`bare server: exited early (code ${code})`));
    });
  });
}
