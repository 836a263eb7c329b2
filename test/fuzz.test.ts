/**
 * Differential fuzzing (scripts/lib/fuzz/): the generators follow the
 * contract's tables and are reproducible, the judges and their modelling
 * rules behave as documented, the fuzzer catches a mock that disagrees, and a
 * seeded slice covering every operation and server message, plus every
 * date-time edge, against the shared real Prism mock finds no disagreement
 * and leaves the mock answering. The one known defect that kills Prism is
 * shown on a Prism of its own, started at the beginning so that its start-up
 * overlaps the other tests.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { FuzzSchemaError, loadContractSchemas } from '../scripts/lib/fuzz/contract-schemas.ts';
import { DATE_TIME_EDGES } from '../scripts/lib/fuzz/date-times.ts';
import { schemaArbitrary } from '../scripts/lib/fuzz/schema-values.ts';
import type { FuzzCase } from '../scripts/lib/fuzz/case-types.ts';
import { dateTimeEdgeCases, generateCases } from '../scripts/lib/fuzz/cases.ts';
import { encodePair } from '../scripts/lib/fuzz/url-encoding.ts';
import { targetIds } from '../scripts/lib/fuzz/targets.ts';
import { clientVerdict, decodeQueryContract, decodeQueryPrism, prismModel } from '../scripts/lib/fuzz/judges.ts';
import { KNOWN_PRISM_DEFECTS } from '../scripts/lib/fuzz/known-issues.ts';
import { runCases, runFuzz } from '../scripts/lib/fuzz/runner.ts';
import { formatFuzzResult, fuzzOk } from '../scripts/lib/fuzz/report.ts';
import { DEFAULT_COUNT, parseFuzzArgs } from '../scripts/fuzz.ts';
import { HelpRequested } from '../scripts/lib/cli.ts';
import { startPrism, type PrismInstance } from '../scripts/lib/prism.ts';
import { pidAlive } from '../scripts/lib/pid.mjs';
import { operations, serverMessages } from '../generated/operations.ts';

const prismUrl = inject('prismUrl');
const contract = loadContractSchemas();
const SEED = 20261125;
const SLICE = 320;
const SLICE_OPTIONS = { bigBytes: 500_000, maxDepth: 3000 };
const allTargets = [...Object.keys(operations), ...Object.values(serverMessages).map((m) => m.operationId)];
const listParams = operations.listCalls.queryParams;
const START = 'startDate=2024-11-01T00%3A00%3A00Z&endDate=2024-11-30T23%3A59%3A59.999Z';
/** The seeded slice: generated once, checked as planned here and sent to the shared Prism below. */
const slice = generateCases(contract, SEED, SLICE, SLICE_OPTIONS);

// A Prism of its own for the defect that kills it: starting now, it is ready by the last test.
let doomed: Promise<PrismInstance> | undefined;
beforeAll(() => {
  doomed = startPrism({ mode: 'mock' });
  doomed.catch(() => undefined);
});
afterAll(async () => {
  await (await doomed?.catch(() => undefined))?.stop();
});

describe('case generation', () => {
  const cases = slice;

  it('is reproducible: same seed and count, same requests; another seed, other requests', () => {
    const view = (list: FuzzCase[]) => list.map((c) => [c.target, c.kind, c.url, c.contentType, c.body]);
    const first = generateCases(contract, SEED, 40);
    expect(view(generateCases(contract, SEED, 40))).toEqual(view(first));
    expect(view(generateCases(contract, SEED + 1, 40))).not.toEqual(view(first));
  });

  it('covers every operation and server message of the tables, each with cases built to be accepted and to be rejected', () => {
    expect(targetIds().sort()).toEqual([...allTargets].sort());
    for (const t of allTargets) {
      const mine = cases.filter((c) => c.target === t);
      expect(
        mine.some((c) => c.expected === 'accept'),
        `${t} has valid cases`,
      ).toBe(true);
      expect(
        mine.some((c) => c.expected === 'reject'),
        `${t} has invalid cases`,
      ).toBe(true);
    }
    const kinds = new Set(cases.map((c) => c.kind));
    for (const k of [
      'path-valid',
      'path-invalid',
      'query-valid',
      'query-invalid-value',
      'query-missing-required',
      'query-repeated',
      'query-unknown',
      'query-name-case',
      'query-date-time-edge',
      'malformed-json',
      'deep-valid',
      'big-valid',
      'big-invalid',
    ])
      expect(kinds, k).toContain(k);
    expect(kinds).not.toContain('known-prism-defect');
  });

  it('date-time edge cases are regular cases that take the edges in turn; dateTimeEdgeCases holds each edge once, the parameters in turn', () => {
    const edges = cases.filter((c) => c.kind === 'query-date-time-edge');
    expect(edges.length).toBeGreaterThan(1);
    edges.forEach((c, k) => expect(decodeURIComponent(c.url), c.description).toContain(`=${DATE_TIME_EDGES[k % DATE_TIME_EDGES.length]!.text}`));
    const all = dateTimeEdgeCases(contract);
    const dateTimeParams = Object.values(operations).flatMap((op) => op.queryParams.filter((p) => (p.schema as { format?: string }).format === 'date-time').map((p) => `${op.operationId} ${p.name}`));
    expect(dateTimeParams).toEqual(['listCalls startDate', 'listCalls endDate']);
    expect(all.length).toBe(DATE_TIME_EDGES.length);
    DATE_TIME_EDGES.forEach((e, i) => {
      const name = i % 2 ? 'endDate' : 'startDate';
      expect(new URLSearchParams(all[i]!.url.split('?')[1]).get(name), `edge ${i} in ${name}`).toBe(e.text);
      expect(all[i]!.expected).toBe(e.valid ? 'accept' : 'reject');
    });
    // Both verdicts, including the forms RFC 3339 excludes but Prism's check (and so the validators') accepts.
    expect(DATE_TIME_EDGES.filter((e) => e.valid).map((e) => e.text)).toEqual(
      expect.arrayContaining([
        '2000-02-29T12:00:00Z',
        '2024-12-31T23:59:60Z',
        '2024-11-01t00:00:00z',
        '2024-11-01 00:00:00Z',
        '2024-01-01T00:00:00+24:00',
        '2024-01-01T00:00:00+0100',
        '2024-01-01T00:00:00+01',
      ]),
    );
    expect(DATE_TIME_EDGES.filter((e) => !e.valid).map((e) => e.text)).toEqual(expect.arrayContaining(['1900-02-29T12:00:00Z', '2024-02-30T00:00:00Z', '2024-01-01T24:00:00Z', '2024-11-01T00:00:00']));
  });

  it('the generator and the client judge agree on every case, and each mutation is named at its path', () => {
    for (const c of [...cases, ...dateTimeEdgeCases(contract)]) {
      const v = clientVerdict(c);
      expect(v.verdict, `#${c.index} ${c.target} ${c.kind} ${c.description}: ${v.reason}`).toBe(c.expected);
      if (c.pointer !== undefined && c.expected === 'reject') expect(v.pointers, `#${c.index} ${c.description}`).toContain(c.pointer);
    }
  });

  it('path values are encoded as the client does: one segment whatever they hold', () => {
    const paths = cases.filter((c) => c.target === 'getCall' && c.kind === 'path-valid').map((c) => c.url);
    expect(paths.length).toBeGreaterThan(10);
    for (const p of paths) expect(p).toMatch(/^\/calls\/v1\/conversations\/[^/?#.]+$/);
  });

  it('a schema keyword the generator cannot honour is an error, not silently ignored', () => {
    expect(() => schemaArbitrary(contract, { type: 'object', oneOf: [{ type: 'object' }] }, '#/x')).toThrow(FuzzSchemaError);
    expect(() => schemaArbitrary(contract, { type: 'string', format: 'ipv6' }, '#/y')).toThrow(/format "ipv6" at #\/y/);
    expect(() => contract.resolve({ allOf: [{ type: 'object', additionalProperties: false }, { type: 'object' }] })).toThrow(/restricts additionalProperties/);
  });
});

describe('the judges and their modelling rules', () => {
  const http = (
    target: 'getCall' | 'listCalls' | 'controlCall' | 'connectCall',
    url: string,
    body: string | null = null,
    contentType: string | null = body === null ? null : 'application/json',
  ): FuzzCase => ({ index: 0, target, channel: 'http', kind: 'valid', expected: 'accept', description: '', method: operations[target].method.toUpperCase(), url, contentType, body });

  it("decodes a query the contract's way (C1-C4) and Prism's way (P1-P3)", () => {
    expect(decodeQueryContract(listParams, `${START}&page=1e3&size=abc&sort=a&sort=b&x=1`)).toEqual({
      startDate: '2024-11-01T00:00:00Z',
      endDate: '2024-11-30T23:59:59.999Z',
      page: 1000,
      size: 'abc',
      sort: ['a', 'b'],
      x: '1',
    });
    const p = decodeQueryPrism(listParams, `${START}&page=0x10&size=&SORT=endAt`);
    expect(p.value).toEqual({ startDate: '2024-11-01T00:00:00Z', endDate: '2024-11-30T23:59:59.999Z', page: 16, sort: 'endAt' });
    expect([...p.rules].sort()).toEqual(['P1 query names are case-insensitive', 'P2 an empty query value is absent', 'P3 integers are coerced with Number()']);
  });

  it.each([
    [`${START}`, 'accept', 'accept', []],
    [`${START}&page=abc`, 'reject', 'reject', []],
    [`${START}&page=%201`, 'reject', 'accept', ['P3 integers are coerced with Number()']],
    [`${START}&page=`, 'reject', 'accept', ['P2 an empty query value is absent']],
    [`${START}&Sort=bad`, 'accept', 'reject', ['P1 query names are case-insensitive']],
    [`${START}&sort=startAt&sort=startAt`, 'reject', 'reject', []],
    [`endDate=2024-11-30T23%3A59%3A59Z`, 'reject', 'reject', []],
  ] as const)('listCalls ?%s: client %s, Prism %s', (query, client, prism, rules) => {
    const c = http('listCalls', `/calls/v1/conversations?${query}`);
    expect(clientVerdict(c).verdict).toBe(client);
    const m = prismModel(c);
    expect(m.verdict).toBe(prism);
    expect(m.rules).toEqual(rules);
  });

  it('path values that cannot be a segment are refused (C5, C6); dot segments reach another route in Prism (P5)', () => {
    expect(clientVerdict(http('getCall', '/calls/v1/conversations/a%2Fb%3F%23')).verdict).toBe('accept');
    expect(clientVerdict(http('getCall', '/calls/v1/conversations/')).pointers).toEqual(['/path/id']);
    expect(clientVerdict(http('getCall', '/calls/v1/conversations/%2E%2E')).verdict).toBe('reject');
    expect(clientVerdict(http('getCall', '/calls/v1/conversations/%FF')).verdict).toBe('reject');
    const m = prismModel(http('controlCall', '/calls/v1/conversations/%2E%2E/control', '{"type":"say","message":"hi"}'));
    expect(m).toMatchObject({ verdict: 'reject', rules: ['P5 dot segments are resolved'], rejectStatuses: [400, 404, 405] });
  });

  it.each([
    ['application/json', '{"direction":"outbound","phoneNumberId":"p","customer":{}}', 'accept'],
    ['Application/JSON; charset=utf-8', '{"direction":"outbound","phoneNumberId":"p","customer":{}}', 'accept'],
    ['application/vnd.api+json', '{"direction":"outbound","phoneNumberId":"p","customer":{}}', 'reject'],
    [null, '{"direction":"outbound","phoneNumberId":"p","customer":{}}', 'reject'],
    ['application/json', '', 'reject'],
    ['application/json', '{"direction":', 'reject'],
    ['application/json', '{"direction":"outbound","phoneNumberId":"p"}', 'reject'],
  ] as const)('connectCall body as %s %s → %s', (contentType, body, verdict) => {
    expect(clientVerdict(http('connectCall', '/calls/v1/conversations/connect', body, contentType)).verdict).toBe(verdict);
  });

  it('encodes query pairs as openapi-fetch does', () => {
    expect(encodePair('sort', 'a b&c=d+é')).toBe('sort=a%20b%26c%3Dd%2B%C3%A9');
  });
});

describe('the fuzzer catches a mock that does not keep the contract', () => {
  let server: http.Server;
  let url = '';
  beforeAll(async () => {
    // Accepts everything: every invalid HTTP case must be reported as a disagreement.
    server = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('reports each disagreement with the request that caused it, and fails the run', async () => {
    const result = await runFuzz({ url, seed: SEED, count: 60, seconds: 20, target: 'listCalls' });
    expect(fuzzOk(result)).toBe(false);
    const cases = generateCases(contract, SEED, 60, { target: 'listCalls' });
    // Every case Prism (as modelled) rejects is a disagreement with a mock that accepts all.
    expect(result.disagreements.length).toBe(cases.filter((c) => prismModel(c).verdict === 'reject').length);
    expect(result.disagreements.length).toBeGreaterThan(10);
    const d = result.disagreements[0]!;
    expect(d.problem).toMatch(/the mock accepted \(200\) but/);
    expect(d.request).toMatch(/^#\d+ listCalls [a-z-]+: .*\n {4}GET \/calls\/v1\/conversations/);
    const report = formatFuzzResult(result);
    expect(report).toMatch(new RegExp(`seed ${SEED}`));
    expect(report).toMatch(/DISAGREEMENT/);
    expect(report).toMatch(new RegExp(`replay: npm run fuzz -- --seed ${SEED} --count 60 --operation listCalls`));
  });
});

describe('npm run fuzz flags', () => {
  it('has bounded defaults and validates each flag by name', () => {
    const d = parseFuzzArgs([]);
    expect(d).toMatchObject({ count: DEFAULT_COUNT, seconds: 300, concurrency: 4, maxDepth: 10_000, operation: undefined, includeKnownDefects: false, prismLogLevel: 'warn' });
    expect(DEFAULT_COUNT).toBeGreaterThanOrEqual(10_000);
    expect(parseFuzzArgs(['--seed', '42', '--count=10', '--seconds', '5', '--operation', 'hangMessage'])).toMatchObject({ seed: 42, count: 10, seconds: 5, operation: 'hangMessage' });
    expect(() => parseFuzzArgs(['--count', '0'])).toThrow(/--count must be an integer from 1 to 200000, got "0"/);
    expect(() => parseFuzzArgs(['--seconds', 'lots'])).toThrow(/--seconds must be an integer/);
    expect(() => parseFuzzArgs(['--operation', 'deleteCall'])).toThrow(/--operation must be one of connectCall, .*statusUpdateMessage, got "deleteCall"/);
    expect(() => parseFuzzArgs(['--sed', '1'])).toThrow(/unknown flag "--sed"/);
    expect(() => parseFuzzArgs(['--seed'])).toThrow(/--seed needs a value/);
    expect(() => parseFuzzArgs(['--prism-log-level', 'loud'])).toThrow(/--prism-log-level must be one of/);
    expect(() => parseFuzzArgs(['--known-validator-gaps'])).toThrow(/unknown flag "--known-validator-gaps"/);
    expect(parseFuzzArgs(['--against', 'msw'])).toMatchObject({ against: 'msw' });
    expect(parseFuzzArgs([]).against).toBe('validators');
    expect(() => parseFuzzArgs(['--against', 'prism'])).toThrow(/--against must be msw or validators, got "prism"/);
    expect(() => parseFuzzArgs(['--against', 'msw', '--operation', 'getCall'])).toThrow(/--against msw runs the whole seeded corpus/);
  });

  it('--help answers usage, flags and exit codes', () => {
    let help: unknown;
    try {
      parseFuzzArgs(['--help']);
    } catch (err) {
      help = err;
    }
    expect(help).toBeInstanceOf(HelpRequested);
    const text = (help as Error).message;
    for (const s of ['usage: npm run fuzz', '--seed N', '--count N', '--seconds N', '--operation <id>', '--known-prism-defects', 'exit codes:', 'statusUpdateMessage']) expect(text).toContain(s);
    expect(text).toMatch(/ 0 +no disagreement/);
  });
});

describe('seeded slice against the shared Prism mock', () => {
  const expectClean = (result: Awaited<ReturnType<typeof runCases>>, sent: number) => {
    expect(result.disagreements.map((d) => `${d.problem}\n${d.request}`)).toEqual([]);
    expect(result.sent).toBe(sent);
    expect(result.accepted + result.rejected + result.modelled).toBe(sent);
    expect(result.aliveAfter).toBe(true);
    expect(pidAlive(inject('prismPid'))).toBe(true);
    expect(fuzzOk(result)).toBe(true);
  };

  it(`${SLICE} cases (seed ${SEED}) over every operation and server message: no disagreement, and the mock still answers`, async () => {
    const result = await runCases(slice, { url: prismUrl, seed: SEED, seconds: 60, concurrency: 4, ...SLICE_OPTIONS });
    console.log(formatFuzzResult(result));
    expectClean(result, SLICE);
    // Both verdicts occur for every target: a judge that always rejects (or always accepts) fails here.
    for (const t of allTargets) {
      expect(result.byTarget[t]?.accepted, `${t} accepted by both`).toBeGreaterThan(0);
      expect(result.byTarget[t]?.rejected, `${t} rejected by both`).toBeGreaterThan(0);
    }
  });

  it('every date-time edge: the client and Prism give the same verdict, with no modelling rule', async () => {
    const cases = dateTimeEdgeCases(contract);
    const result = await runCases(cases, { url: prismUrl, seed: 1, seconds: 30, concurrency: 4 });
    expectClean(result, cases.length);
    expect(result.modelled).toBe(0);
    expect(result.accepted).toBe(cases.filter((c) => c.expected === 'accept').length);
    expect(result.rejected).toBe(cases.filter((c) => c.expected === 'reject').length);
  });

  it('the known Prism defects are still there (if this fails, revisit scripts/lib/fuzz/known-issues.ts)', async () => {
    const status = async (url: string, path: string, init: RequestInit = {}) => {
      const res = await fetch(`${url}${path}`, { ...init, headers: { authorization: 'Bearer t', ...(init.headers as Record<string, string>) } });
      await res.arrayBuffer();
      return res.status;
    };
    const minimal = '{"direction":"outbound","phoneNumberId":"p","customer":{}}';
    const post = (contentType: string) => status(prismUrl, '/calls/v1/conversations/connect', { method: 'POST', headers: { 'content-type': contentType }, body: minimal });
    for (const type of KNOWN_PRISM_DEFECTS.serverErrorContentTypes) expect(await post(type), type).toBe(500);
    for (const type of KNOWN_PRISM_DEFECTS.lenientContentTypes) expect(await post(type), type).toBe(200);
    for (const id of KNOWN_PRISM_DEFECTS.rawCommaPathValues) expect(await status(prismUrl, `/calls/v1/conversations/${id}`), id).toBe(400);
    expect(pidAlive(inject('prismPid'))).toBe(true);
    // A path that is not UTF-8 percent-encoding kills the mock (on the Prism of its own).
    const own = await doomed!;
    const [malformed] = KNOWN_PRISM_DEFECTS.malformedPathEncodings;
    expect(await status(own.url, '/calls/v1/conversations/x'), 'before').toBe(200);
    await expect(status(own.url, `/calls/v1/conversations/${malformed}`)).rejects.toThrow(/fetch failed/);
    const t0 = Date.now();
    while (!own.exited && Date.now() - t0 < 5000) await new Promise((r) => setTimeout(r, 20));
    expect(own.exited, `Prism still running after GET …/${malformed}`).toBe(true);
  });
});
