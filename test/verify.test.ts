/**
 * `npm run verify`: Prism as a validating proxy in front of a server, with
 * scenarios for every operation chained as a user would (connect → get → list
 * page by page → control) plus each operation's negative checks. Against a
 * fixture server that keeps the contract it passes with zero violations;
 * against one that breaks every operation it fails and names each
 * violation's JSON path. Also: the chain's call ID (`--call-id`), paging, the
 * checks Prism does not do, an upstream that cannot be reached (refused, DNS,
 * TLS, timeout: its own message and exit code 3, not violations), and the CLI.
 *
 * Prism takes seconds to start on a busy machine, so the four runs that need
 * one (conforming, broken, a server that goes away after the probe, the CLI)
 * start together, once.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operations, type OperationId } from '../generated/operations.ts';
import { checkExchange, prismUnreachable, prismViolationPath } from '../scripts/lib/verify/check.ts';
import { formatReport, formatUnreachable, runScenarios, verifyUpstream, type VerifyReport } from '../scripts/lib/verify/run.ts';
import { classifyNetworkError, probeUpstream, unreachableMessage } from '../scripts/lib/verify/reach.ts';
import { contractScenarios, UNKNOWN_CALL_ID, type Scenario } from '../scripts/lib/verify/scenarios.ts';
import { requestExample, responseExample } from '../scripts/lib/examples.ts';
import { main as verifyMain, parseVerifyArgs } from '../scripts/verify.ts';
import { HelpRequested, UsageError } from '../scripts/lib/cli.ts';
import { BROKEN_VIOLATIONS, startBrokenServer } from './fixtures/servers/broken.ts';
import { startConformingServer } from './fixtures/servers/conforming.ts';
import type { FixtureServer } from './fixtures/servers/common.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const scenario = (name: string): Scenario => {
  const s = contractScenarios().find((x) => x.name === name);
  if (!s) throw new Error(`no scenario named ${name}`);
  return s;
};

async function closedPort(): Promise<number> {
  return new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(p));
    });
  });
}

interface CliRun {
  code: number | null;
  /** stdout and stderr together. */
  out: string;
  stdout: string;
  stderr: string;
}
function runCli(args: string[]): Promise<CliRun> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/verify.ts', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const run = { out: '', stdout: '', stderr: '' };
  child.stdout.setEncoding('utf8').on('data', (c: string) => ((run.out += c), (run.stdout += c)));
  child.stderr.setEncoding('utf8').on('data', (c: string) => ((run.out += c), (run.stderr += c)));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, ...run })));
}

/**
 * A server that answers the first request (the probe) with 404 and then
 * hangs up on every connection: the upstream goes away during the run. It
 * keeps its port (a closed one could be handed to Prism by the OS).
 */
function startVanishingServer(): Promise<{ url: string; requests: string[]; close(): Promise<void> }> {
  const requests: string[] = [];
  let answered = false;
  const server = http.createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    answered = true;
    res.writeHead(404, { 'content-type': 'text/plain', connection: 'close' }).end('not here');
  });
  server.prependListener('connection', (socket: net.Socket) => {
    if (answered) socket.destroy();
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`, requests, close: () => new Promise<void>((done) => server.close(() => done())) }),
    ),
  );
}

let conforming: FixtureServer;
let broken: FixtureServer;
let vanishing: Awaited<ReturnType<typeof startVanishingServer>>;
let good: VerifyReport;
let bad: VerifyReport;
let gone: VerifyReport;
let cli: CliRun;
let cliDown: CliRun;
let downUrl: string;
beforeAll(async () => {
  [conforming, broken, vanishing] = await Promise.all([startConformingServer(), startBrokenServer(), startVanishingServer()]);
  downUrl = `http://127.0.0.1:${await closedPort()}`;
  [good, bad, gone, cli, cliDown] = await Promise.all([
    verifyUpstream({ upstream: conforming.url }),
    verifyUpstream({ upstream: broken.url }),
    verifyUpstream({ upstream: vanishing.url, callId: 'CC-given' }),
    runCli(['--upstream', broken.url]),
    runCli(['--upstream', downUrl]),
  ]);
}, 120_000);
afterAll(async () => {
  await Promise.all([conforming?.close(), broken?.close(), vanishing?.close()]);
});

describe('the scenarios', () => {
  it('cover every operation: a valid request, no token, an invalid request where there is something to validate, an unknown ID where 404 is declared', () => {
    const scenarios = contractScenarios();
    for (const operationId of Object.keys(operations) as OperationId[]) {
      const op = operations[operationId];
      const statuses = new Set(scenarios.filter((s) => s.operationId === operationId).map((s) => s.expectedStatus));
      expect(statuses, operationId).toContain('200');
      expect(statuses, operationId).toContain('401');
      if (op.hasBody || op.queryParams.some((p) => p.required)) expect(statuses, operationId).toContain('400');
      if ('404' in op.responses) expect(statuses, operationId).toContain('404');
      for (const s of statuses) expect(Object.keys(op.responses), `${operationId} scenario expects an undeclared ${s}`).toContain(s);
    }
    expect(new Set(scenarios.map((s) => s.name)).size).toBe(scenarios.length);
  });

  it("send the contract's named request examples: Connect Call's full one is the published reference's request", () => {
    const reference = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/reference-request.json'), 'utf8'));
    expect(scenario('connectCall reference request').body).toEqual(reference);
    expect(scenario('connectCall minimal request').body).toEqual(requestExample('connectCall', 'minimal'));
    expect(scenario('controlCall say').body).toEqual({ type: 'say', message: 'hi there' });
    expect(() => requestExample('controlCall', 'nope')).toThrow(/no request example "nope" for controlCall/);
  });

  it("read a named response example the same way (the bench answers with Connect Call's queued one, the published reference's response)", () => {
    const reference = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/reference-response.json'), 'utf8'));
    expect(responseExample('connectCall', '200', 'queued')).toEqual(reference);
    expect(() => responseExample('connectCall', '200', 'nope')).toThrow(/no 200 response example "nope" for connectCall \(regenerate, or use one of: queued\)/);
    expect(() => responseExample('connectCall', '299', 'queued')).toThrow(/no 299 response example "queued" for connectCall/);
  });

  it('list a window around now', () => {
    const now = new Date('2025-06-01T12:00:00.000Z');
    const list = contractScenarios({ now }).find((s) => s.name === 'listCalls page 1')!;
    expect(list.query).toEqual({ startDate: '2025-05-31T12:00:00.000Z', endDate: '2025-06-01T13:00:00.000Z', page: '1', size: '10' });
    expect(() => contractScenarios({ pageSize: 0 })).toThrow(/pageSize must be an integer >= 1, got 0/);
  });
});

describe('verify against a server that keeps the contract', () => {
  it('passes every scenario with the expected status and no violation', () => {
    expect(good.violations).toEqual([]);
    expect(good.ok).toBe(true);
    expect(good.results.map((r) => [r.scenario.name, r.status])).toEqual([
      ['connectCall reference request', 200],
      ['connectCall minimal request', 200],
      ['getCall the call', 200],
      ['listCalls page 1', 200],
      ['listCalls page 2', 200],
      ['controlCall say', 200],
      ['connectCall invalid request', 400],
      ['connectCall no token', 401],
      ['getCall unknown id', 404],
      ['getCall no token', 401],
      ['listCalls without startDate', 400],
      ['listCalls no token', 401],
      ['controlCall invalid request', 400],
      ['controlCall unknown id', 404],
      ['controlCall no token', 401],
    ]);
    expect(formatReport(good)).toMatch(/all 15 scenarios keep the contract/);
  });

  it('chains: Get Call and Control Call use the ID Connect Call answered with', () => {
    const created = [...conforming.calls.keys()].filter((id) => id.startsWith('CC-'));
    expect(created).toHaveLength(2);
    expect(good.callIdFrom).toBe('connectCall reference request');
    const sent = (name: string) => good.results.find((r) => r.scenario.name === name)!.request;
    expect(sent('getCall the call')).toEqual({ method: 'GET', path: `/calls/v1/conversations/${created[0]}` });
    expect(sent('controlCall say')).toEqual({ method: 'POST', path: `/calls/v1/conversations/${created[0]}/control` });
    expect(sent('getCall unknown id').path).toBe(`/calls/v1/conversations/${UNKNOWN_CALL_ID}`);
    expect(formatReport(good)).toContain('call ID for getCall/controlCall from connectCall reference request');
  });

  it('pages List Calls until a page holds fewer than size calls (12 seeded + 2 connected = 10 + 4)', () => {
    const pages = conforming.requests.filter((r) => r.method === 'GET' && r.path.startsWith('/calls/v1/conversations?') && r.status === 200);
    expect(pages.map((r) => new URL(r.path, 'http://x').searchParams.get('page'))).toEqual(['1', '2']);
    expect(good.results.filter((r) => r.note)).toEqual([]);
  });

  it('every scenario reached the server, the invalid and unauthenticated ones included (Prism ran without --errors), after one reachability probe', () => {
    const [probe, ...sent] = conforming.requests;
    expect(probe).toEqual({ method: 'GET', path: '/', status: 404 });
    expect(sent.map((r) => `${r.method} ${r.path.split('?')[0]} ${r.status}`)).toEqual(good.results.map((r) => `${r.request.method} ${r.request.path.split('?')[0]} ${r.status}`));
  });
});

describe('verify against a server that breaks every operation', () => {
  /** What the broken server must be caught doing, scenario by scenario. */
  const expected = () =>
    bad.results.flatMap((r) =>
      BROKEN_VIOLATIONS.filter((v) => (v.operationId === '*' || v.operationId === r.scenario.operationId) && String(v.status) === r.scenario.expectedStatus).map(
        (v) => `${r.scenario.name} ${v.path} ${v.keyword}`,
      ),
    );

  it('fails, and every break is caught in every scenario that meets it', () => {
    expect(bad.ok).toBe(false);
    for (const v of BROKEN_VIOLATIONS) expect(expected().filter((e) => e.includes(` ${v.path} ${v.keyword}`)).length, `${v.bend} is met by some scenario`).toBeGreaterThan(0);
  });

  it.each(BROKEN_VIOLATIONS.filter((v) => v.operationId !== '*'))(
    '$operationId: the $keyword violation at $path is reported, by Prism and by the validators',
    ({ operationId, path: pointer, keyword }) => {
      const hit = bad.violations.filter((v) => bad.results.find((r) => r.scenario.name === v.scenario)!.scenario.operationId === operationId && v.path === pointer);
      expect(hit).toContainEqual(expect.objectContaining({ location: 'response.body', path: pointer, code: keyword }));
      expect(hit.map((v) => v.source)).toContain('prism');
      expect(hit.map((v) => v.scenario)).toContain(bad.results.find((r) => r.scenario.operationId === operationId && r.scenario.expectedStatus === '200')!.scenario.name);
    },
  );

  it('reports nothing else, and the printed report names each path', () => {
    const got = [...new Set(bad.violations.map((v) => `${v.scenario} ${v.path} ${v.code}`))].sort();
    expect(got).toEqual([...new Set(expected())].sort());
    // Deduplicated: Prism and the validators finding the same thing is one violation.
    expect(bad.violations).toHaveLength(got.length);
    const text = formatReport(bad);
    for (const v of BROKEN_VIOLATIONS) expect(text).toContain(`body ${v.path} [${v.keyword}`);
    expect(text).toMatch(new RegExp(`${got.length} violation\\(s\\) in ${bad.results.length} of ${bad.results.length} scenarios; each is listed above with its JSON path: fix the server`));
  });

  it('the chain goes on past a broken answer: the ID is still used, every page still read', () => {
    expect(bad.callIdFrom).toBe('connectCall reference request');
    expect(bad.results.filter((r) => r.scenario.operationId === 'listCalls' && r.scenario.expectedStatus === '200').map((r) => r.scenario.name)).toEqual(['listCalls page 1', 'listCalls page 2']);
  });
});

describe('the chain, without a proxy', () => {
  it('with no call ID, Get Call and Control Call are not sent and say why (pass --call-id)', async () => {
    const { results, callIdFrom } = await runScenarios(`http://127.0.0.1:${await closedPort()}`, contractScenarios());
    expect(callIdFrom).toBeUndefined();
    const chained = results.filter((r) => r.scenario.usesCallId);
    expect(chained.map((r) => r.scenario.name)).toEqual(['getCall the call', 'controlCall say', 'getCall no token', 'controlCall invalid request', 'controlCall no token']);
    for (const r of chained) expect(r.violations).toEqual([expect.objectContaining({ location: 'request', code: 'chain', message: expect.stringMatching(/no call ID .* pass --call-id/) })]);
  });

  it('--call-id is used as given, percent-encoded into the path', async () => {
    const { results, callIdFrom } = await runScenarios(`http://127.0.0.1:${await closedPort()}`, contractScenarios(), { callId: 'a/b c' });
    expect(callIdFrom).toBe('--call-id');
    expect(results.find((r) => r.scenario.name === 'controlCall say')!.request.path).toBe('/calls/v1/conversations/a%2Fb%20c/control');
  });

  it('paging stops at its bound and says so', async () => {
    const server = await startConformingServer();
    try {
      const { results } = await runScenarios(server.url, contractScenarios({ pageSize: 2, maxPages: 3 }));
      const pages = results.filter((r) => r.scenario.operationId === 'listCalls' && r.scenario.expectedStatus === '200');
      expect(pages.map((r) => [r.scenario.name, r.status])).toEqual([
        ['listCalls page 1', 200],
        ['listCalls page 2', 200],
        ['listCalls page 3', 200],
      ]);
      expect(pages[2]!.note).toBe('stopped after 3 pages; more calls match');
      // Without Prism the generated validators still check every answer.
      expect(results.flatMap((r) => r.violations)).toEqual([]);
    } finally {
      await server.close();
    }
  });
});

describe('checks Prism does not make', () => {
  const headers = (h: Record<string, string>) => new Headers(h);

  it('a status other than the expected one, and one the operation does not declare', () => {
    const v = checkExchange(
      scenario('connectCall reference request'),
      418,
      headers({ 'content-type': 'application/problem+json', 'sl-violations': JSON.stringify([{ location: ['response'], severity: 'Warning', message: 'Unable to match the returned status code' }]) }),
      '{"type":"x","title":"t","status":418}',
    );
    expect(v).toContainEqual(expect.objectContaining({ code: 'status', message: expect.stringMatching(/expected HTTP 200 .* got 418 \(a status connectCall does not declare\)/) }));
    expect(v).toContainEqual(expect.objectContaining({ source: 'prism', code: 'warning' }));
    expect(checkExchange(scenario('listCalls page 1'), 404, headers({ 'content-type': 'application/problem+json' }), '{"type":"x","title":"t","status":404}')).toContainEqual(
      expect.objectContaining({ code: 'status', message: expect.stringMatching(/got 404 \(a status listCalls does not declare\)/) }),
    );
  });

  it("each answer is checked with its own operation's validator", () => {
    expect(checkExchange(scenario('getCall unknown id'), 404, headers({ 'content-type': 'application/problem+json' }), JSON.stringify({ type: 'x', title: 'No such call.', status: 404 }))).toEqual([]);
    const v = checkExchange(scenario('getCall the call'), 200, headers({ 'content-type': 'application/json' }), JSON.stringify({ id: 'x', status: 'done', messages: [{ role: 7 }] }));
    expect(v.map((x) => `${x.source} ${x.path} ${x.code}`).sort()).toEqual(['validator /messages/0/role type', 'validator /status enum']);
  });

  it('application/json where the contract declares application/problem+json (Prism lets it through)', () => {
    const body = JSON.stringify({ type: 'about:blank', title: 'bad', status: 400 });
    const v = checkExchange(scenario('connectCall invalid request'), 400, headers({ 'content-type': 'application/json' }), body);
    expect(v).toEqual([expect.objectContaining({ location: 'response.header', path: 'content-type', code: 'media-type' })]);
  });

  it('a body that is not JSON, and a body the contract validators reject even without Prism', () => {
    const reference = scenario('connectCall reference request');
    expect(checkExchange(reference, 200, headers({ 'content-type': 'application/json' }), 'hello')).toContainEqual(expect.objectContaining({ code: 'json' }));
    const v = checkExchange(reference, 200, headers({ 'content-type': 'application/json' }), JSON.stringify({ createdAt: 'yesterday' }));
    expect(v).toContainEqual(expect.objectContaining({ source: 'validator', path: '/createdAt', code: 'format' }));
  });

  it("Prism's 500 FetchError (it could not read the server's answer) is reported as an upstream problem", () => {
    const v = checkExchange(
      scenario('connectCall reference request'),
      500,
      headers({ 'content-type': 'application/problem+json' }),
      JSON.stringify({ type: 'FetchError', title: 'invalid json response body', status: 500 }),
    );
    expect(v).toEqual([expect.objectContaining({ location: 'upstream', message: expect.stringMatching(/invalid json response body/) })]);
  });

  it("a valid scenario's request flagged by Prism is reported (verify's own request is stale); a deliberately invalid one is not", () => {
    const flagged = headers({
      'content-type': 'application/json',
      'sl-violations': JSON.stringify([{ location: ['request', 'query'], code: 'required', message: "Request query must have required property 'startdate'" }]),
    });
    const body = JSON.stringify({ totalCount: 0, conversations: [] });
    expect(checkExchange(scenario('listCalls page 1'), 200, flagged, body)).toEqual([expect.objectContaining({ location: 'request', path: '/query/startDate', code: 'required' })]);
    expect(checkExchange({ ...scenario('listCalls without startDate'), expectedStatus: '200' }, 200, flagged, body)).toEqual([]);
  });

  it('Prism paths become JSON Pointers: a missing property at its own path, parameters as /query/<name> with their declared spelling', () => {
    expect(prismViolationPath({ location: ['response', 'body', 'errors', '0'], code: 'required', message: "Response body property errors.0 must have required property 'detail'" })).toEqual({
      location: 'response.body',
      path: '/errors/0/detail',
    });
    expect(prismViolationPath({ location: ['request', 'body', 'customer'], code: 'type', message: 'must be object' })).toEqual({ location: 'request', path: '/customer' });
    // Prism 5.14.2 lower-cases query parameter names.
    const names = ['startDate', 'endDate', 'page'];
    expect(prismViolationPath({ location: ['request', 'query'], code: 'required', message: "Request query must have required property 'enddate'" }, names)).toEqual({
      location: 'request',
      path: '/query/endDate',
    });
    expect(prismViolationPath({ location: ['request', 'query', 'startdate'], code: 'format', message: 'must match format "date-time"' }, names)).toEqual({
      location: 'request',
      path: '/query/startDate',
    });
    expect(prismViolationPath({ location: ['request', 'path'], code: 'required', message: "Request path must have required property 'id'" })).toEqual({ location: 'request', path: '/path/id' });
  });
});

/** A self-signed certificate for 127.0.0.1, made with openssl; undefined when openssl is not installed. */
function selfSignedCert(): { key: string; cert: string } | undefined {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'verify-tls-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-keyout',
        path.join(dir, 'key.pem'),
        '-out',
        path.join(dir, 'cert.pem'),
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
      ],
      { stdio: 'ignore', timeout: 10_000 },
    );
    return { key: fs.readFileSync(path.join(dir, 'key.pem'), 'utf8'), cert: fs.readFileSync(path.join(dir, 'cert.pem'), 'utf8') };
  } catch {
    return undefined;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
const tls = selfSignedCert();

/** Listen on 127.0.0.1:0; resolves the port and a close that also drops open connections. */
function listen(server: net.Server): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  server.on('connection', (s: net.Socket) => (sockets.add(s), s.on('close', () => sockets.delete(s))));
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        port: (server.address() as net.AddressInfo).port,
        close: () => new Promise<void>((done) => (sockets.forEach((s) => s.destroy()), server.close(() => done()))),
      }),
    ),
  );
}

describe('an upstream that cannot be reached: its own message and exit code, not violations', () => {
  it('connection refused: found before Prism starts, nothing is sent, and the message says what to do', async () => {
    const report = await verifyUpstream({ upstream: downUrl, callId: 'CC-given' });
    expect(report).toMatchObject({ ok: false, proxyUrl: undefined, results: [], violations: [], unreachable: { kind: 'refused', code: 'ECONNREFUSED', checked: 0 } });
    const port = new URL(downUrl).port;
    expect(formatUnreachable(report)).toBe(
      `verify: cannot reach the upstream ${downUrl} (connection refused: connect ECONNREFUSED 127.0.0.1:${port}); nothing was checked. Is the server running? Check --upstream.`,
    );
  });

  it('any HTTP answer, a 404 included, means reachable', async () => {
    expect(await probeUpstream(conforming.url)).toEqual({ reachable: true, status: 404 });
  });

  it('DNS: a host that does not resolve (the lookup is stubbed, so no query leaves the machine)', async () => {
    const lookup = ((hostname: string, _options: unknown, callback: (err: NodeJS.ErrnoException) => void) => {
      callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND', hostname }));
    }) as unknown as http.RequestOptions['lookup'];
    const r = await probeUpstream('https://api.nowhere.invalid', { lookup });
    expect(r).toEqual({ reachable: false, problem: { kind: 'dns', code: 'ENOTFOUND', detail: 'getaddrinfo ENOTFOUND api.nowhere.invalid' } });
    if (r.reachable) return;
    expect(unreachableMessage('https://api.nowhere.invalid', r.problem)).toBe(
      'verify: cannot reach the upstream https://api.nowhere.invalid (DNS: the host name does not resolve: getaddrinfo ENOTFOUND api.nowhere.invalid); nothing was checked. Check the host name in --upstream (and your network or VPN).',
    );
    // A resolver that could not answer (EAI_AGAIN) is DNS too, as code or as text.
    expect(classifyNetworkError(Object.assign(new Error('getaddrinfo EAI_AGAIN api.example.invalid'), { code: 'EAI_AGAIN' }))).toMatchObject({ kind: 'dns', code: 'EAI_AGAIN' });
    expect(classifyNetworkError('request to https://x.invalid/ failed, reason: getaddrinfo EAI_AGAIN x.invalid')).toMatchObject({ kind: 'dns', code: 'EAI_AGAIN' });
  });

  it('timeout: a server that accepts the connection and never answers, within the probe bound', async () => {
    const silent = await listen(net.createServer(() => {}));
    try {
      const t0 = performance.now();
      const report = await verifyUpstream({ upstream: `http://127.0.0.1:${silent.port}`, probe: { timeoutMs: 300 } });
      expect(performance.now() - t0).toBeLessThan(5000);
      expect(report).toMatchObject({ proxyUrl: undefined, results: [], unreachable: { kind: 'timeout', detail: 'no answer within 300 ms' } });
      expect(formatUnreachable(report)).toMatch(/\(timeout: no answer within 300 ms\); nothing was checked\. Is the server up and answering .*Check --upstream\.$/);
    } finally {
      await silent.close();
    }
  });

  it.skipIf(!tls)('TLS: a self-signed certificate Node does not trust; and a scheme that does not match the server', async () => {
    const server = await listen(https.createServer(tls!, (_req, res) => res.writeHead(404).end()));
    try {
      const r = await probeUpstream(`https://127.0.0.1:${server.port}`);
      expect(r).toMatchObject({ reachable: false, problem: { kind: 'tls', code: 'DEPTH_ZERO_SELF_SIGNED_CERT' } });
      if (!r.reachable)
        expect(unreachableMessage(`https://127.0.0.1:${server.port}`, r.problem)).toMatch(
          /\(TLS: .*self-signed certificate\); nothing was checked\. Node does not trust the server's certificate: use the server's http:\/\/ URL, or start verify with NODE_EXTRA_CA_CERTS=/,
        );
      // http:// to a TLS server: the server hangs up on the plain request.
      expect(await probeUpstream(`http://127.0.0.1:${server.port}`)).toMatchObject({ reachable: false, problem: { kind: 'reset' } });
    } finally {
      await server.close();
    }
    // https:// to a plain HTTP server: the handshake fails.
    expect(await probeUpstream(conforming.url.replace('http:', 'https:'))).toMatchObject({ reachable: false, problem: { kind: 'tls' } });
  });

  it('TLS from certificate error codes and texts alone (what Prism and fetch report)', () => {
    for (const code of ['DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'CERT_HAS_EXPIRED', 'ERR_TLS_CERT_ALTNAME_INVALID']) {
      expect(classifyNetworkError(Object.assign(new Error('x'), { code })), code).toMatchObject({ kind: 'tls', code });
    }
    // fetch() wraps the reason in `cause`.
    expect(classifyNetworkError(new TypeError('fetch failed', { cause: Object.assign(new Error('certificate has expired'), { code: 'CERT_HAS_EXPIRED' }) }))).toMatchObject({
      kind: 'tls',
      code: 'CERT_HAS_EXPIRED',
    });
    expect(classifyNetworkError('request to https://127.0.0.1:9/x failed, reason: self-signed certificate')).toMatchObject({ kind: 'tls' });
    expect(classifyNetworkError(Object.assign(new Error('connect ETIMEDOUT 10.0.0.1:443'), { code: 'ETIMEDOUT' }))).toMatchObject({ kind: 'timeout' });
    // The server answered, badly: that is a contract matter, not reachability.
    expect(classifyNetworkError('invalid json response body at http://127.0.0.1:9/x reason: Unexpected token')).toBeUndefined();
  });

  it("Prism's FetchError for an upstream it cannot reach is told apart from one for an answer it could not read", () => {
    const refused = JSON.stringify({ type: 'FetchError', title: 'request to http://127.0.0.1:1/calls/v1/conversations/connect failed, reason: connect ECONNREFUSED 127.0.0.1:1', status: 500 });
    expect(prismUnreachable(500, refused)).toMatchObject({ kind: 'refused', code: 'ECONNREFUSED' });
    expect(checkExchange(scenario('connectCall reference request'), 500, new Headers({ 'content-type': 'application/problem+json' }), refused)).toEqual([
      expect.objectContaining({ location: 'upstream', code: 'unreachable', message: expect.stringMatching(/^Prism could not reach the server: connection refused: .*ECONNREFUSED/) }),
    ]);
    expect(prismUnreachable(500, JSON.stringify({ type: 'FetchError', title: 'invalid json response body', status: 500 }))).toBeUndefined();
    expect(prismUnreachable(200, refused)).toBeUndefined();
  });

  it('an upstream that goes away during the run: the run stops at the first answer that shows it, which is not counted as a violation', () => {
    // The probe reached it (one GET /), then it hung up on every connection: Prism could not forward the first scenario.
    expect(vanishing.requests).toEqual(['GET /']);
    expect(gone.ok).toBe(false);
    expect(gone.proxyUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(gone.unreachable).toMatchObject({ kind: 'reset', scenario: 'connectCall reference request', checked: 0 });
    expect(gone.results.map((r) => r.scenario.name)).toEqual(['connectCall reference request']);
    expect(gone.violations).toEqual([]);
    expect(formatReport(gone)).toMatch(/0 violation\(s\) in the 0 scenario\(s\) answered before the upstream could no longer be reached$/);
    expect(formatUnreachable(gone)).toMatch(
      new RegExp(
        `^verify: cannot reach the upstream ${gone.upstream.replace(/\./g, '\\.')} \\(the connection was closed before an answer: .*(socket hang up|ECONNRESET).*\\); the run stopped at "connectCall reference request" after 0 scenario\\(s\\) were answered; the report above is incomplete\\. Is it still running, is it an HTTP\\(S\\) server, and does the scheme in --upstream \\(http or https\\) match it\\? Check --upstream\\.$`,
      ),
    );
  });
});

describe('npm run verify (CLI)', () => {
  it('exits 1 against the broken server (reachable, but breaking the contract) and prints each violation with its path', () => {
    expect(cli.code, cli.out).toBe(1);
    for (const v of BROKEN_VIOLATIONS) expect(cli.stdout).toContain(`body ${v.path} [${v.keyword}`);
    expect(cli.out).not.toContain('test-token');
    expect(cli.out).not.toContain('cannot reach');
  });

  it('exits 3 when the upstream cannot be reached, with one line on stderr and nothing on stdout', () => {
    expect(cliDown.code, cliDown.out).toBe(3);
    expect(cliDown.stdout).toBe('');
    expect(cliDown.stderr).toBe(
      `verify: cannot reach the upstream ${downUrl} (connection refused: connect ECONNREFUSED 127.0.0.1:${new URL(downUrl).port}); nothing was checked. Is the server running? Check --upstream.\n`,
    );
  });

  it('--help documents every exit code, 3 (unreachable) included', () => {
    expect(() => parseVerifyArgs(['--help'])).toThrow(/\n {2}3 +the upstream cannot be reached: connection refused, DNS, TLS or timeout/);
    expect(() => parseVerifyArgs(['--help'])).toThrow(/\n {2}1 +violations/);
    expect(() => parseVerifyArgs(['--help'])).toThrow(/\n {2}4 +verify itself could not run/);
  });

  it('exits 2 on bad usage, naming the flag; --help documents --call-id and exits 0', async () => {
    expect(await verifyMain([])).toBe(2);
    expect(await verifyMain(['--upstream', 'ftp://x'])).toBe(2);
    expect(await verifyMain(['--help'])).toBe(0);
    expect(() => parseVerifyArgs(['-h'])).toThrow(HelpRequested);
    expect(() => parseVerifyArgs(['--help'])).toThrow(/--call-id <id> +a call the server knows, for Get Call and Control Call \(default: \$CONNECT_CALL_CALL_ID/);
    expect(() => parseVerifyArgs([])).toThrow(UsageError);
    expect(() => parseVerifyArgs(['--upstream'])).toThrow(/--upstream needs a value/);
    expect(() => parseVerifyArgs([])).toThrow(/^verify: --upstream is required; pass the server to check, e\.g\. --upstream http:\/\/127\.0\.0\.1:4010\n/);
    expect(() => parseVerifyArgs(['--upstream', 'not a url'])).toThrow(/--upstream is not a valid URL: "not a url"; pass an http\(s\) URL/);
    expect(() => parseVerifyArgs(['--upstream', 'ftp://x'])).toThrow(/--upstream must be an http\(s\) URL, got "ftp:\/\/x"; pass one such as/);
    expect(() => parseVerifyArgs(['--upstrem', 'http://x'])).toThrow(/unknown flag "--upstrem"/);
    expect(() => parseVerifyArgs(['--upstream', 'http://x', '--call-id', ' '])).toThrow(/--call-id must not be empty; pass the ID of a call the server knows, or leave the flag out/);
    expect(parseVerifyArgs(['--upstream=http://127.0.0.1:1'], {}).token).toBe('test-token');
    expect(parseVerifyArgs(['--upstream', 'http://127.0.0.1:1'], { CONNECT_CALL_TOKEN: 'from-env' }).token).toBe('from-env');
  });

  it('--call-id, or $CONNECT_CALL_CALL_ID, names the call for Get Call and Control Call', () => {
    expect(parseVerifyArgs(['--upstream', 'http://127.0.0.1:1', '--call-id', 'CC-1'], { CONNECT_CALL_CALL_ID: 'CC-env' }).callId).toBe('CC-1');
    expect(parseVerifyArgs(['--upstream', 'http://127.0.0.1:1'], { CONNECT_CALL_CALL_ID: 'CC-env' }).callId).toBe('CC-env');
    expect(parseVerifyArgs(['--upstream', 'http://127.0.0.1:1'], {}).callId).toBeUndefined();
  });

  it('real values for a real server replace the placeholders in every scenario that sends a Connect Call body', () => {
    const args = parseVerifyArgs(['--upstream', 'http://127.0.0.1:1', '--phone-number-id', 'pn_real', '--customer-number=+15550001111'], {});
    expect(args.overrides).toEqual({ phoneNumberId: 'pn_real', customerNumber: '+15550001111' });
    expect(parseVerifyArgs(['--upstream', 'http://127.0.0.1:1'], { CONNECT_CALL_PHONE_NUMBER_ID: 'pn_env' }).overrides).toEqual({ phoneNumberId: 'pn_env' });
    const scenarios = contractScenarios({ overrides: args.overrides });
    const connects = scenarios.filter((s) => s.operationId === 'connectCall');
    expect(connects).toHaveLength(4);
    for (const s of connects) {
      const body = s.body as { phoneNumberId: string; customer: { number: string } };
      expect(body.phoneNumberId, s.name).toBe('pn_real');
      expect(body.customer.number, s.name).toBe('+15550001111');
    }
    // The reference request keeps everything else it had; Control Call's body is not touched.
    expect((connects[0]!.body as { assistant: { name: string } }).assistant.name).toBe('My Assistant');
    expect(scenarios.find((s) => s.name === 'controlCall say')!.body).toEqual({ type: 'say', message: 'hi there' });
    // The defaults stay the contract's examples.
    expect((contractScenarios()[0]!.body as { phoneNumberId: string }).phoneNumberId).toBe('5f7b1b1b1b1b1b1b1b1b1b1b');
  });
});
