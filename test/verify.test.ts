/**
 * `npm run verify`: Prism as a validating proxy in front of a server. Against
 * a fixture server that keeps the contract it passes; against one that breaks
 * it (wrong enum value, missing required Problem field, wrong type) it fails
 * and names each violation's JSON path. Also: the checks Prism does not do
 * (status, media type, unreadable upstream), and the CLI's exit codes.
 */
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkExchange, contractScenarios, formatReport, prismViolationPath, verifyUpstream, type VerifyReport } from '../scripts/lib/verify.ts';
import { main as verifyMain, parseVerifyArgs } from '../scripts/verify.ts';
import { BROKEN_VIOLATIONS, startBrokenServer } from './fixtures/servers/broken.ts';
import { startConformingServer } from './fixtures/servers/conforming.ts';
import type { FixtureServer } from './fixtures/servers/common.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const scenarioFor = (status: number) => contractScenarios().find((s) => Number(s.expectedStatus) === status)!.name;

let conforming: FixtureServer;
let broken: FixtureServer;
beforeAll(async () => {
  [conforming, broken] = await Promise.all([startConformingServer(), startBrokenServer()]);
});
afterAll(async () => {
  await Promise.all([conforming?.close(), broken?.close()]);
});

describe('verify against a server that keeps the contract', () => {
  let report: VerifyReport;
  beforeAll(async () => {
    conforming.requests.length = 0;
    report = await verifyUpstream({ upstream: conforming.url });
  });

  it('passes every scenario with the expected status and no violation', () => {
    expect(report.violations).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.results.map((r) => [r.scenario.name, r.status])).toEqual([
      ['reference request', 200],
      ['minimal request', 200],
      ['invalid request', 400],
      ['no token', 401],
    ]);
    expect(formatReport(report)).toMatch(/all 4 scenarios keep the contract/);
  });

  it('every scenario reached the server, the invalid and unauthenticated ones included (Prism ran without --errors)', () => {
    expect(conforming.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(['200', '200', '400', '401'].map((s) => `POST /calls/v1/conversations/connect ${s}`));
  });
});

describe('verify against a server that breaks the contract', () => {
  let report: VerifyReport;
  beforeAll(async () => {
    report = await verifyUpstream({ upstream: broken.url });
  });

  it('fails', () => {
    expect(report.ok).toBe(false);
  });

  it.each(BROKEN_VIOLATIONS.map((v) => ({ ...v, scenario: scenarioFor(v.status) })))('reports the $keyword violation at $path in the $status answer ($scenario)', ({ scenario, path: pointer, keyword }) => {
    expect(report.violations).toContainEqual(expect.objectContaining({ scenario, location: 'response.body', path: pointer, code: keyword }));
    // Found by Prism itself, not only by the contract's validators.
    expect(report.violations).toContainEqual(expect.objectContaining({ scenario, path: pointer, source: 'prism' }));
  });

  it('reports nothing else, and the printed report names each path', () => {
    const pointers = report.violations.map((v) => `${v.scenario} ${v.path} ${v.code}`).sort();
    // The 200 violation shows up in both valid scenarios.
    expect(pointers).toEqual(['invalid request /errors/0/pointer type', 'minimal request /status enum', 'no token /title required', 'reference request /status enum']);
    const text = formatReport(report);
    for (const v of BROKEN_VIOLATIONS) expect(text).toContain(`body ${v.path} [${v.keyword}`);
    expect(text).toMatch(/4 violation\(s\) in 4 of 4 scenarios/);
  });
});

describe('checks Prism does not make', () => {
  const [reference, , invalid] = contractScenarios();
  const headers = (h: Record<string, string>) => new Headers(h);

  it('a status other than the expected one, and one the contract does not declare', () => {
    const v = checkExchange(reference!, 418, headers({ 'content-type': 'application/problem+json', 'sl-violations': JSON.stringify([{ location: ['response'], severity: 'Warning', message: 'Unable to match the returned status code' }]) }), '{"type":"x","title":"t","status":418}');
    expect(v).toContainEqual(expect.objectContaining({ code: 'status', message: expect.stringMatching(/expected HTTP 200 .* got 418 \(a status the contract does not declare\)/) }));
    expect(v).toContainEqual(expect.objectContaining({ source: 'prism', code: 'warning' }));
  });

  it('application/json where the contract declares application/problem+json (Prism lets it through)', () => {
    const body = JSON.stringify({ type: 'about:blank', title: 'bad', status: 400 });
    const v = checkExchange(invalid!, 400, headers({ 'content-type': 'application/json' }), body);
    expect(v).toEqual([expect.objectContaining({ location: 'response.header', path: 'content-type', code: 'media-type' })]);
  });

  it('a body that is not JSON, and a body the contract validators reject even without Prism', () => {
    expect(checkExchange(reference!, 200, headers({ 'content-type': 'application/json' }), 'hello')).toContainEqual(expect.objectContaining({ code: 'json' }));
    const v = checkExchange(reference!, 200, headers({ 'content-type': 'application/json' }), JSON.stringify({ createdAt: 'yesterday' }));
    expect(v).toContainEqual(expect.objectContaining({ source: 'validator', path: '/createdAt', code: 'format' }));
  });

  it("Prism's 500 FetchError (it could not read the server's answer) is reported as an upstream problem", () => {
    const v = checkExchange(reference!, 500, headers({ 'content-type': 'application/problem+json' }), JSON.stringify({ type: 'FetchError', title: 'invalid json response body', status: 500 }));
    expect(v).toEqual([expect.objectContaining({ location: 'upstream', message: expect.stringMatching(/invalid json response body/) })]);
  });

  it('a missing required property is reported at its own path, like the client does', () => {
    expect(prismViolationPath({ location: ['response', 'body', 'errors', '0'], code: 'required', message: "Response body property errors.0 must have required property 'detail'" })).toEqual({ location: 'response.body', path: '/errors/0/detail' });
    expect(prismViolationPath({ location: ['request', 'body', 'customer'], code: 'type', message: 'must be object' })).toEqual({ location: 'request', path: '/customer' });
  });
});

describe('verify when the server is down', () => {
  it('reports every scenario as an upstream failure', async () => {
    const port = await new Promise<number>((resolve) => {
      const s = net.createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as net.AddressInfo).port;
        s.close(() => resolve(p));
      });
    });
    const report = await verifyUpstream({ upstream: `http://127.0.0.1:${port}` });
    expect(report.ok).toBe(false);
    expect(report.results.every((r) => r.violations.some((v) => v.location === 'upstream' && /ECONNREFUSED/.test(v.message)))).toBe(true);
  });
});

describe('npm run verify (CLI)', () => {
  it('exits 1 against the broken server and prints each violation with its path', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/verify.ts', '--upstream', broken.url], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (out += c));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code, out).toBe(1);
    for (const v of BROKEN_VIOLATIONS) expect(out).toContain(`body ${v.path} [${v.keyword}`);
  });

  it('exits 2 on bad usage, naming the flag', async () => {
    expect(await verifyMain([])).toBe(2);
    expect(await verifyMain(['--upstream', 'ftp://x'])).toBe(2);
    expect(() => parseVerifyArgs(['--upstream'])).toThrow(/--upstream needs a value/);
    expect(() => parseVerifyArgs(['--upstream', 'not a url'])).toThrow(/--upstream is not a valid URL/);
    expect(() => parseVerifyArgs(['--upstrem', 'http://x'])).toThrow(/unknown flag "--upstrem"/);
    expect(parseVerifyArgs(['--upstream=http://127.0.0.1:1'], {}).token).toBe('test-token');
    expect(parseVerifyArgs(['--upstream', 'http://127.0.0.1:1'], { CONNECT_CALL_TOKEN: 'from-env' }).token).toBe('from-env');
  });

  it('real values for a real server replace the placeholders in every scenario that sends them', () => {
    const args = parseVerifyArgs(['--upstream', 'http://127.0.0.1:1', '--phone-number-id', 'pn_real', '--customer-number=+15550001111'], {});
    expect(args.overrides).toEqual({ phoneNumberId: 'pn_real', customerNumber: '+15550001111' });
    expect(parseVerifyArgs(['--upstream', 'http://127.0.0.1:1'], { CONNECT_CALL_PHONE_NUMBER_ID: 'pn_env' }).overrides).toEqual({ phoneNumberId: 'pn_env' });
    const scenarios = contractScenarios(args.overrides);
    for (const s of scenarios) {
      const body = s.body as { phoneNumberId: string; customer: { number: string } };
      expect(body.phoneNumberId, s.name).toBe('pn_real');
      expect(body.customer.number, s.name).toBe('+15550001111');
    }
    // The reference request keeps everything else it had.
    expect((scenarios[0]!.body as { assistant: { name: string } }).assistant.name).toBe('My Assistant');
    // The defaults stay the fixtures'.
    expect((contractScenarios()[0]!.body as { phoneNumberId: string }).phoneNumberId).toBe('5f7b1b1b1b1b1b1b1b1b1b1b');
  });
});
