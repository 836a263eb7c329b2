/**
 * The Prism helper (scripts/lib/prism.ts) and `npm run mock` (scripts/mock.ts):
 * start on a free port, clear start-up errors, stop() that leaves no process,
 * no orphan when the parent is killed or interrupted, and the mock CLI's
 * flags, output and Ctrl-C (tested through npm start, which serves with the
 * same serveMock).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, inject, it, vi } from 'vitest';
import { prismArgs, prismCommandFile, prismEntry, PrismStartError, startPrism } from '../scripts/lib/prism.ts';
import { pidAlive } from '../scripts/lib/pid.mjs';
import { TOOLS_DIR } from '../scripts/lib/compiled.mjs';
import { curlExample } from '../scripts/lib/mock.ts';
import { isLoopback, parseMockArgs } from '../scripts/lib/mock-args.ts';
import { UsageError } from '../scripts/lib/cli.ts';
import { runScenarios } from '../scripts/lib/verify/run.ts';
import { contractScenarios } from '../scripts/lib/verify/scenarios.ts';
import { operations } from '../generated/operations.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'prism-test-'));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  fs.rmSync(tmp, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function waitGone(pid: number, ms = 10_000): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (!pidAlive(pid)) return true;
    await sleep(50);
  }
  return !pidAlive(pid);
}

/** Run a TypeScript file with this Node and the tsx loader (no npx, no tsx CLI wrapper in between). */
function runTs(file: string, args: string[] = []) {
  const child = spawn(process.execPath, ['--import', 'tsx', file, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  children.push(child);
  let out = '';
  child.stdout!.setEncoding('utf8').on('data', (c: string) => (out += c));
  child.stderr!.setEncoding('utf8').on('data', (c: string) => (out += c));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return {
    child,
    exited,
    output: () => out,
    async waitFor(re: RegExp, ms = 60_000): Promise<RegExpExecArray> {
      const end = Date.now() + ms;
      while (Date.now() < end) {
        const m = re.exec(out);
        if (m) return m;
        if (child.exitCode !== null || child.signalCode !== null) break;
        await sleep(25);
      }
      throw new Error(`no ${re} in output:\n${out}`);
    },
  };
}

describe('startPrism', () => {
  it('starts on a free loopback port, answers, and stop() leaves no process behind', async () => {
    const prism = await startPrism({ mode: 'mock' });
    expect(prism.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(Number(new URL(prism.url).port)).toBeGreaterThan(0);
    expect(prism.readyMs).toBeGreaterThan(0);
    expect(pidAlive(prism.pid)).toBe(true);
    // It runs Prism's compiled build (scripts/lib/compiled.mjs), not the installed entry.
    expect(fs.readFileSync(`/proc/${prism.pid}/cmdline`, 'utf8').split('\0')).toContain(await prismCommandFile());
    expect(await prismCommandFile()).toContain(TOOLS_DIR);
    const res = await fetch(`${prism.url}/calls/v1/conversations/connect`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer t' },
      body: '{"direction":"outbound","phoneNumberId":"p","customer":{}}',
    });
    expect(res.status).toBe(200);
    await res.arrayBuffer();
    expect(prism.logs()).toMatch(/Starting Prism/);
    await prism.stop();
    expect(pidAlive(prism.pid)).toBe(false);
    expect(prism.exited).toBe(true);
    await prism.stop(); // idempotent
    await expect(fetch(prism.url, { method: 'OPTIONS' })).rejects.toThrow();
  });

  it('runs the installed entry instead when PRISM_COMPILED=0', async () => {
    vi.stubEnv('PRISM_COMPILED', '0');
    try {
      expect(await prismCommandFile()).toBe(prismEntry());
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('fails with a clear error that quotes Prism when the spec has no operations, and leaves nothing running', async () => {
    const spec = path.join(tmp, 'empty.yaml');
    fs.writeFileSync(spec, 'openapi: 3.1.0\ninfo: { title: empty, version: "1" }\npaths: {}\n');
    const err = await startPrism({ mode: 'mock', spec }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(PrismStartError);
    expect((err as Error).message).toMatch(/exited before it was ready/);
    expect((err as PrismStartError).logTail).toMatch(/No operations found/);
    expect(pidAlive((err as PrismStartError).pid!)).toBe(false);
  });

  it('a port that is taken is refused before spawning, even when what listens there answers like Prism', async () => {
    // An impostor that passes the readiness probe (another Prism, say, serving another spec).
    const impostor = http.createServer((req, res) => {
      res.writeHead(204, { 'access-control-allow-methods': String(req.headers['access-control-request-method'] ?? '') }).end();
    });
    await new Promise<void>((resolve) => impostor.listen(0, '127.0.0.1', resolve));
    const { port } = impostor.address() as net.AddressInfo;
    try {
      const err = await startPrism({ mode: 'mock', port }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(PrismStartError);
      expect((err as Error).message).toMatch(new RegExp(`could not listen on 127.0.0.1:${port}: the port is already in use`));
      expect((err as PrismStartError).pid).toBeUndefined(); // nothing was spawned
    } finally {
      impostor.closeAllConnections();
      impostor.close();
    }
  });

  it('rejects a missing spec file and bad options before spawning anything', async () => {
    await expect(startPrism({ mode: 'mock', spec: path.join(tmp, 'nope.yaml') })).rejects.toThrow(/spec file not found: .*nope\.yaml/);
    expect(() => prismArgs({ mode: 'mock', port: 70000 })).toThrow(/port must be an integer 0-65535/);
    expect(() => prismArgs({ mode: 'proxy' })).toThrow(/proxy mode needs an upstream/);
    expect(() => prismArgs({ mode: 'proxy', upstream: 'not a url' })).toThrow(/upstream is not a valid URL/);
    expect(() => prismArgs({ mode: 'mock', upstream: 'http://x' })).toThrow(/only valid in proxy mode/);
  });

  it('builds the documented command line: loopback by default, flags only when asked', () => {
    const args = prismArgs({ mode: 'mock' });
    expect(args.slice(0, 2)).toEqual(['mock', path.join(ROOT, 'generated/openapi.yaml')]);
    expect(args).toEqual(expect.arrayContaining(['--host', '127.0.0.1', '--port', '0', '--verboseLevel', 'warn']));
    expect(prismArgs({ mode: 'mock', logLevel: 'info' })).toEqual(expect.arrayContaining(['--verboseLevel', 'info']));
    expect(args).not.toContain('--dynamic');
    expect(args).not.toContain('--errors');
    expect(prismArgs({ mode: 'mock', dynamic: true, seed: 's1' })).toEqual(expect.arrayContaining(['--dynamic', '--seed', 's1']));
    expect(prismArgs({ mode: 'proxy', upstream: 'http://127.0.0.1:9', errors: true }).slice(0, 3)).toEqual(['proxy', path.join(ROOT, 'generated/openapi.yaml'), 'http://127.0.0.1:9']);
  });

  it('the shared mock from globalSetup is running on loopback', () => {
    expect(inject('prismUrl')).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(pidAlive(inject('prismPid'))).toBe(true);
  });
});

describe.concurrent('no orphaned Prism', () => {
  it('SIGTERM to the parent: the cleanup handler kills Prism and the parent still dies of SIGTERM', async () => {
    const script = path.join(tmp, 'parent.mts');
    fs.writeFileSync(
      script,
      `import { startPrism } from ${JSON.stringify(pathToFileURL(path.join(ROOT, 'scripts/lib/prism.ts')).href)};\nconst p = await startPrism({ mode: 'mock' });\nconsole.log('PRISM_PID=' + p.pid);\nsetInterval(() => {}, 1000);\n`,
    );
    const run = runTs(script);
    const pid = Number((await run.waitFor(/PRISM_PID=(\d+)/))[1]);
    expect(pidAlive(pid)).toBe(true);
    run.child.kill('SIGTERM');
    expect(await run.exited).toEqual({ code: null, signal: 'SIGTERM' });
    expect(await waitGone(pid)).toBe(true);
  });

  it('npm run mock: prints the URL and a working curl, serves the contract; SIGKILL to it (no handler can run): Prism notices its stdin closing and exits', async () => {
    const run = runTs('scripts/mock.ts', ['--port', '0']);
    const [, pid, url] = (await run.waitFor(/Prism mock \(pid (\d+)\) is listening on (http:\/\/127\.0\.0\.1:\d+)/)) as unknown as [string, string, string];
    await run.waitFor(/Ctrl-C to stop/);
    const out = run.output();
    expect(out).toContain(`curl -sS -X POST '${url}/calls/v1/conversations/connect'`);
    expect(out).toContain("-H 'Authorization: Bearer test-token'");
    const minimal = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/minimal-request.json'), 'utf8'));
    expect(out).toContain(`-d '${JSON.stringify(minimal)}'`);
    // The request the curl makes, made with fetch: the mock answers 200.
    const res = await fetch(`${url}/calls/v1/conversations/connect`, {
      method: 'POST',
      headers: { authorization: 'Bearer test-token', 'content-type': 'application/json' },
      body: JSON.stringify(minimal),
    });
    expect(res.status).toBe(200);
    await res.arrayBuffer();
    // It serves every operation: verify's valid scenarios (connect, get, list, control) all get 200 and no violation.
    const { results } = await runScenarios(
      url,
      contractScenarios().filter((s) => s.expectedStatus === '200'),
      { callId: 'CC-mock' },
    );
    expect(new Set(results.map((r) => r.scenario.operationId))).toEqual(new Set(Object.keys(operations)));
    for (const r of results) expect([r.scenario.name, r.status, r.violations]).toEqual([r.scenario.name, 200, []]);
    // SIGKILL: no handler of the parent runs; Prism's watchdog sees its stdin close. (Ctrl-C, the same serveMock, is tested with npm start below.)
    expect(pidAlive(Number(pid))).toBe(true);
    run.child.kill('SIGKILL');
    expect(await run.exited).toEqual({ code: null, signal: 'SIGKILL' });
    expect(await waitGone(Number(pid))).toBe(true);
  });
});

// Concurrent with the group above: its processes wait on Prism and the pipeline, not on each other.
describe.concurrent('npm start (the main job)', () => {
  it('runs the pipeline, prints where everything is, serves the mock, and Ctrl-C stops it', async () => {
    const run = runTs('scripts/start.ts', ['--port', '0']);
    const [, pid, url] = (await run.waitFor(/Prism mock \(pid (\d+)\) is listening on (http:\/\/127\.0\.0\.1:\d+)/, 90_000)) as unknown as [string, string, string];
    await run.waitFor(/Ctrl-C to stop/);
    const out = run.output();
    // The committed tree is current: the chain rewrites nothing, or (its stamp fresh from an earlier run here) stops at once.
    expect(out).toMatch(/pipeline: (?:ok; \d+ targets, 0 changed|up to date: no input changed)/);
    expect(out).toMatch(/^ *generated +generated\//m);
    expect(out).toContain(`docs       ${pathToFileURL(path.join(ROOT, 'docs/index.html')).href}`);
    const res = await fetch(`${url}/calls/v1/conversations/connect`, {
      method: 'POST',
      headers: { authorization: 'Bearer test-token', 'content-type': 'application/json' },
      body: fs.readFileSync(path.join(ROOT, 'test/fixtures/minimal-request.json')),
    });
    expect(res.status).toBe(200);
    await res.arrayBuffer();
    // Ctrl-C in a terminal signals the whole foreground process group (serveMock, as npm run mock).
    process.kill(-run.child.pid!, 'SIGINT');
    expect(await run.exited).toEqual({ code: 0, signal: null });
    expect(run.output()).toMatch(/Prism stopped/);
    expect(pidAlive(Number(pid))).toBe(false);
  }, 120_000);

  it('a busy port is reported before the pipeline runs, with the command that picks another', async () => {
    const busy = net.createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = (busy.address() as net.AddressInfo).port;
    try {
      const t0 = performance.now();
      const run = runTs('scripts/start.ts', ['--port', String(port)]);
      expect((await run.exited).code).toBe(1);
      expect(run.output()).toContain(`start: port ${port} on 127.0.0.1 is already in use`);
      expect(run.output()).toContain(`npm start -- --port ${port + 1}`);
      expect(run.output()).not.toMatch(/pipeline:|lint:/);
      expect(performance.now() - t0).toBeLessThan(15_000);
    } finally {
      await new Promise((resolve) => busy.close(resolve));
    }
  });

  it('a bad flag fails before the pipeline runs, naming the flag', async () => {
    const run = runTs('scripts/start.ts', ['--prot', '4010']);
    expect((await run.exited).code).toBe(2);
    expect(run.output()).toMatch(/--prot/);
    expect(run.output()).not.toMatch(/lint:/);
  });
});

describe('npm run mock flags', () => {
  it('--help lists the environment variables that change how Prism is run', () => {
    let help = '';
    try {
      parseMockArgs(['--help']);
    } catch (err) {
      help = (err as Error).message;
    }
    expect(help).toMatch(/\nenvironment:\n\s+PRISM_COMPILED\s+0 runs Prism's installed CLI/);
    expect(help).toMatch(/\n\s+PRISM_READY_TIMEOUT_MS\s+how long/);
  });

  it('defaults to 127.0.0.1:4010 with example responses', () => {
    expect(parseMockArgs([])).toEqual({ port: 4010, host: '127.0.0.1', dynamic: false, quiet: false, verbose: false });
    expect(parseMockArgs(['--port', '0', '--dynamic', '--seed=abc'])).toMatchObject({ port: 0, dynamic: true, seed: 'abc' });
    expect(parseMockArgs(['--host=::1', '--port=8080'])).toMatchObject({ host: '::1', port: 8080 });
  });
  it.each([
    [['--prot', '4010'], /unknown flag "--prot"/],
    [['4010'], /unknown flag "4010"/],
    [['--port', 'abc'], /--port must be an integer from 0 to 65535, got "abc"/],
    [['--port', '70000'], /--port must be an integer from 0 to 65535, got "70000"/],
    [['--port=-1'], /--port must be an integer from 0 to 65535, got "-1"/],
    [['--port'], /--port needs a value/],
    [['--host', ''], /--host must be a host name or IP address/],
    [['--dynamic=yes'], /--dynamic takes no value/],
    [['--seed', 'x'], /--seed only applies with --dynamic/],
    [['--quiet', '--verbose'], /--quiet and --verbose cannot be used together/],
  ])('%j is rejected naming the flag', (argv, message) => {
    expect(() => parseMockArgs(argv as string[])).toThrow(UsageError);
    expect(() => parseMockArgs(argv as string[])).toThrow(message as RegExp);
  });
  it('knows which hosts are loopback', () => {
    expect(['127.0.0.1', '127.1.2.3', 'localhost', '::1'].every(isLoopback)).toBe(true);
    expect(['0.0.0.0', '192.168.1.2', '::', 'example.com'].some(isLoopback)).toBe(false);
  });
  it('the curl is valid shell even when the URL needs quoting', () => {
    expect(curlExample("http://127.0.0.1:1/it's")).toContain(`'http://127.0.0.1:1/it'\\''s/calls/v1/conversations/connect'`);
  });
});
