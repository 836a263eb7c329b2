/**
 * `npm run verify`: Prism as a validating proxy in front of a server, with
 * scenarios for every operation chained as a user would (connect → get → list
 * page by page → control) plus each operation's negative checks. Against a
 * fixture server that keeps the contract it passes with zero violations;
 * against one that breaks every operation it fails and names each
 * violation's JSON path. Also: the chain's call ID (`--call-id`), paging, the
 * checks Prism does not do, a server that is down, and the CLI.
 *
 * Prism takes seconds to start on a busy machine, so the four runs that need
 * one (conforming, broken, server down, the CLI) start together, once.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operations, type OperationId } from '../generated/operations.ts';
import { checkExchange, prismViolationPath } from '../scripts/lib/verify/check.ts';
import { formatReport, runScenarios, verifyUpstream, type VerifyReport } from '../scripts/lib/verify/run.ts';
import { contractScenarios, UNKNOWN_CALL_ID, type Scenario } from '../scripts/lib/verify/scenarios.ts';
import { requestExample } from '../scripts/lib/examples.ts';
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

function runCli(args: string[]): Promise<{ code: number | null; out: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/verify.ts', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (out += c));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, out })));
}

let conforming: FixtureServer;
let broken: FixtureServer;
let good: VerifyReport;
let bad: VerifyReport;
let down: VerifyReport;
let cli: { code: number | null; out: string };
beforeAll(async () => {
  [conforming, broken] = await Promise.all([startConformingServer(), startBrokenServer()]);
  const downUrl = `http://127.0.0.1:${await closedPort()}`;
  [good, bad, down, cli] = await Promise.all([
    verifyUpstream({ upstream: conforming.url }),
    verifyUpstream({ upstream: broken.url }),
    verifyUpstream({ upstream: downUrl, callId: 'CC-given' }),
    runCli(['--upstream', broken.url]),
  ]);
}, 120_000);
afterAll(async () => {
  await Promise.all([conforming?.close(), broken?.close()]);
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

  it('every scenario reached the server, the invalid and unauthenticated ones included (Prism ran without --errors)', () => {
    expect(conforming.requests.map((r) => `${r.method} ${r.path.split('?')[0]} ${r.status}`)).toEqual(good.results.map((r) => `${r.request.method} ${r.request.path.split('?')[0]} ${r.status}`));
  });
});

describe('verify against a server that breaks every operation', () => {
  /** What the broken server must be caught doing, scenario by scenario. */
  const expected = () =>
    bad.results.flatMap((r) =>
      BROKEN_VIOLATIONS.filter((v) => (v.operationId === '*' || v.operationId === r.scenario.operationId) && String(v.status) === r.scenario.expectedStatus).map((v) => `${r.scenario.name} ${v.path} ${v.keyword}`),
    );

  it('fails, and every break is caught in every scenario that meets it', () => {
    expect(bad.ok).toBe(false);
    for (const v of BROKEN_VIOLATIONS) expect(expected().filter((e) => e.includes(` ${v.path} ${v.keyword}`)).length, `${v.bend} is met by some scenario`).toBeGreaterThan(0);
  });

  it.each(BROKEN_VIOLATIONS.filter((v) => v.operationId !== '*'))('$operationId: the $keyword violation at $path is reported, by Prism and by the validators', ({ operationId, path: pointer, keyword }) => {
    const hit = bad.violations.filter((v) => bad.results.find((r) => r.scenario.name === v.scenario)!.scenario.operationId === operationId && v.path === pointer);
    expect(hit).toContainEqual(expect.objectContaining({ location: 'response.body', path: pointer, code: keyword }));
    expect(hit.map((v) => v.source)).toContain('prism');
    expect(hit.map((v) => v.scenario)).toContain(bad.results.find((r) => r.scenario.operationId === operationId && r.scenario.expectedStatus === '200')!.scenario.name);
  });

  it('reports nothing else, and the printed report names each path', () => {
    const got = [...new Set(bad.violations.map((v) => `${v.scenario} ${v.path} ${v.code}`))].sort();
    expect(got).toEqual([...new Set(expected())].sort());
    // Deduplicated: Prism and the validators finding the same thing is one violation.
    expect(bad.violations).toHaveLength(got.length);
    const text = formatReport(bad);
    for (const v of BROKEN_VIOLATIONS) expect(text).toContain(`body ${v.path} [${v.keyword}`);
    expect(text).toMatch(new RegExp(`${got.length} violation\\(s\\) in ${bad.results.length} of ${bad.results.length} scenarios`));
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
    const v = checkExchange(scenario('connectCall reference request'), 418, headers({ 'content-type': 'application/problem+json', 'sl-violations': JSON.stringify([{ location: ['response'], severity: 'Warning', message: 'Unable to match the returned status code' }]) }), '{"type":"x","title":"t","status":418}');
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
    const v = checkExchange(scenario('connectCall reference request'), 500, headers({ 'content-type': 'application/problem+json' }), JSON.stringify({ type: 'FetchError', title: 'invalid json response body', status: 500 }));
    expect(v).toEqual([expect.objectContaining({ location: 'upstream', message: expect.stringMatching(/invalid json response body/) })]);
  });

  it("a valid scenario's request flagged by Prism is reported (verify's own request is stale); a deliberately invalid one is not", () => {
    const flagged = headers({ 'content-type': 'application/json', 'sl-violations': JSON.stringify([{ location: ['request', 'query'], code: 'required', message: "Request query must have required property 'startdate'" }]) });
    const body = JSON.stringify({ totalCount: 0, conversations: [] });
    expect(checkExchange(scenario('listCalls page 1'), 200, flagged, body)).toEqual([expect.objectContaining({ location: 'request', path: '/query/startDate', code: 'required' })]);
    expect(checkExchange({ ...scenario('listCalls without startDate'), expectedStatus: '200' }, 200, flagged, body)).toEqual([]);
  });

  it('Prism paths become JSON Pointers: a missing property at its own path, parameters as /query/<name> with their declared spelling', () => {
    expect(prismViolationPath({ location: ['response', 'body', 'errors', '0'], code: 'required', message: "Response body property errors.0 must have required property 'detail'" })).toEqual({ location: 'response.body', path: '/errors/0/detail' });
    expect(prismViolationPath({ location: ['request', 'body', 'customer'], code: 'type', message: 'must be object' })).toEqual({ location: 'request', path: '/customer' });
    // Prism 5.14.2 lower-cases query parameter names.
    const names = ['startDate', 'endDate', 'page'];
    expect(prismViolationPath({ location: ['request', 'query'], code: 'required', message: "Request query must have required property 'enddate'" }, names)).toEqual({ location: 'request', path: '/query/endDate' });
    expect(prismViolationPath({ location: ['request', 'query', 'startdate'], code: 'format', message: 'must match format "date-time"' }, names)).toEqual({ location: 'request', path: '/query/startDate' });
    expect(prismViolationPath({ location: ['request', 'path'], code: 'required', message: "Request path must have required property 'id'" })).toEqual({ location: 'request', path: '/path/id' });
  });
});

describe('verify when the server is down', () => {
  it('reports every scenario as an upstream failure (with --call-id every scenario is still sent)', () => {
    expect(down.ok).toBe(false);
    expect(down.callIdFrom).toBe('--call-id');
    expect(down.results).toHaveLength(contractScenarios().length);
    for (const r of down.results) expect(r.violations, r.scenario.name).toEqual([expect.objectContaining({ location: 'upstream', message: expect.stringMatching(/ECONNREFUSED/) })]);
  });
});

describe('npm run verify (CLI)', () => {
  it('exits 1 against the broken server and prints each violation with its path', () => {
    expect(cli.code, cli.out).toBe(1);
    for (const v of BROKEN_VIOLATIONS) expect(cli.out).toContain(`body ${v.path} [${v.keyword}`);
    expect(cli.out).not.toContain('test-token');
  });

  it('exits 2 on bad usage, naming the flag; --help documents --call-id and exits 0', async () => {
    expect(await verifyMain([])).toBe(2);
    expect(await verifyMain(['--upstream', 'ftp://x'])).toBe(2);
    expect(await verifyMain(['--help'])).toBe(0);
    expect(() => parseVerifyArgs(['-h'])).toThrow(HelpRequested);
    expect(() => parseVerifyArgs(['--help'])).toThrow(/--call-id <id> +a call the server knows, for Get Call and Control Call \(default: \$CONNECT_CALL_CALL_ID/);
    expect(() => parseVerifyArgs([])).toThrow(UsageError);
    expect(() => parseVerifyArgs(['--upstream'])).toThrow(/--upstream needs a value/);
    expect(() => parseVerifyArgs(['--upstream', 'not a url'])).toThrow(/--upstream is not a valid URL/);
    expect(() => parseVerifyArgs(['--upstrem', 'http://x'])).toThrow(/unknown flag "--upstrem"/);
    expect(() => parseVerifyArgs(['--upstream', 'http://x', '--call-id', ' '])).toThrow(/--call-id must not be empty/);
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
