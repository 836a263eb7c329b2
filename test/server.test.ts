/**
 * The server target (@interactly/connect-call/server) and the reference
 * server built on it: routing for every operation of the contract, request
 * validation before any handler runs (401, 400 with JSON Pointers), query
 * coercion and defaults, response validation in development, and the
 * reference server's call lifecycle, driven by the real client over real
 * HTTP; `npm run mock -- --stateful` serves it.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { build } from 'esbuild';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConnectCallServer, checkRequest, readQuery, type Handlers, type HandlerContext, type ResponseViolation } from '../src/server/index.ts';
import { routes, type OperationId } from '../generated/operations.ts';
import { createConnectCallClient, ApiError } from '../src/index.ts';
import { startReferenceServer, type ReferenceServer } from '../scripts/lib/reference-server.ts';
import { createCallStore, steppingClock } from '../src/fake/store.ts';
import { parseMockArgs } from '../scripts/lib/mock-args.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const AUTH = { authorization: 'Bearer t', 'content-type': 'application/json' };
const minimal = { direction: 'outbound', phoneNumberId: 'p', customer: { number: '+15555550100' } } as const;
const WINDOW = { startDate: '2024-11-01T00:00:00.000Z', endDate: '2024-11-30T23:59:59.999Z' };

/** Handlers that record what they were given and answer with fixed, valid bodies. */
function recordingHandlers() {
  const seen: { op: OperationId; ctx: Omit<HandlerContext<OperationId>, 'request'> }[] = [];
  const rec = (op: OperationId, ctx: HandlerContext<OperationId>) => seen.push({ op, ctx: { operationId: ctx.operationId, params: ctx.params, query: ctx.query, body: ctx.body } as never });
  const handlers: Handlers = {
    connectCall: (ctx) => (rec('connectCall', ctx as never), { status: 200, body: { id: 'c1', status: 'queued' } }),
    getCall: (ctx) => (rec('getCall', ctx as never), { status: 200, body: { id: ctx.params.id } }),
    listCalls: (ctx) => (rec('listCalls', ctx as never), { status: 200, body: { totalCount: 0, conversations: [] } }),
    controlCall: (ctx) => (rec('controlCall', ctx as never), { status: 200, body: { data: { success: true } } }),
  };
  return { handlers, seen };
}

const call = async (app: { request: (p: string, i?: RequestInit) => Response | Promise<Response> }, method: string, p: string, body?: unknown, headers: Record<string, string> = AUTH) => {
  const res = await app.request(`http://api.test${p}`, { method, headers, ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }) });
  const text = await res.text();
  return { status: res.status, type: res.headers.get('content-type'), body: text ? JSON.parse(text) : undefined };
};

describe('createConnectCallServer: routing', () => {
  it('routes every operation of the contract to its handler', async () => {
    const { handlers, seen } = recordingHandlers();
    const app = createConnectCallServer({ handlers });
    const paths: Record<OperationId, [string, unknown]> = {
      connectCall: ['/calls/v1/conversations/connect', minimal],
      getCall: ['/calls/v1/conversations/abc', undefined],
      listCalls: [`/calls/v1/conversations?startDate=${WINDOW.startDate}&endDate=${WINDOW.endDate}`, undefined],
      controlCall: ['/calls/v1/conversations/abc/control', { type: 'say', message: 'hi' }],
    };
    expect(Object.keys(paths).sort()).toEqual(Object.keys(routes).sort());
    for (const [op, [p, body]] of Object.entries(paths) as [OperationId, [string, unknown]][]) {
      const r = await call(app, routes[op].method.toUpperCase(), p, body);
      expect(r.status, op).toBe(200);
      expect(r.type, op).toBe('application/json');
      expect(seen.at(-1)!.op).toBe(op);
    }
  });

  it('refuses a handler map missing an operation, or naming one the contract lacks', () => {
    const { handlers } = recordingHandlers();
    const { getCall: _, ...missing } = handlers;
    expect(() => createConnectCallServer({ handlers: missing as Handlers })).toThrow(/no handler for getCall/);
    expect(() => createConnectCallServer({ handlers: { ...handlers, deleteCall: () => ({}) } as unknown as Handlers })).toThrow(/deleteCall is not an operation of the contract/);
  });

  it('an unknown path is a 404 problem', async () => {
    const r = await call(createConnectCallServer(recordingHandlers()), 'GET', '/nothing');
    expect(r).toMatchObject({ status: 404, type: 'application/problem+json', body: { status: 404 } });
  });

  it('decodes path parameters before the handler sees them', async () => {
    const { handlers, seen } = recordingHandlers();
    const r = await call(createConnectCallServer({ handlers }), 'GET', `/calls/v1/conversations/${encodeURIComponent('a b/c')}`);
    expect(r.status).toBe(200);
    expect(seen[0]!.ctx.params).toEqual({ id: 'a b/c' });
  });
});

describe('createConnectCallServer: requests are checked before any handler runs', () => {
  it('401 problem without a bearer token, or with one the pluggable check refuses; the handler never runs', async () => {
    const { handlers, seen } = recordingHandlers();
    const app = createConnectCallServer({ handlers, authenticate: (token) => token === 'good' });
    for (const headers of [{ 'content-type': 'application/json' }, { ...AUTH, authorization: 'Basic dTpw' }, { ...AUTH, authorization: 'Bearer bad' }]) {
      const r = await call(app, 'POST', '/calls/v1/conversations/connect', minimal, headers);
      expect(r).toMatchObject({ status: 401, type: 'application/problem+json', body: { status: 401, title: expect.any(String) } });
      expect(JSON.stringify(r.body)).not.toContain('bad');
    }
    expect((await call(app, 'POST', '/calls/v1/conversations/connect', minimal, { ...AUTH, authorization: 'Bearer good' })).status).toBe(200);
    expect(seen).toHaveLength(1);
  });

  it('400 problem listing every invalid body field by JSON Pointer', async () => {
    const { handlers, seen } = recordingHandlers();
    const r = await call(createConnectCallServer({ handlers }), 'POST', '/calls/v1/conversations/connect', { direction: 'sideways', phoneNumberId: 'p' });
    expect(r.status).toBe(400);
    expect(r.type).toBe('application/problem+json');
    expect(r.body.errors).toEqual(
      expect.arrayContaining([
        { pointer: '/direction', detail: 'must be equal to one of the allowed values: inbound, outbound' },
        { pointer: '/customer', detail: "must have required property 'customer'" },
      ]),
    );
    expect(seen).toEqual([]);
  });

  it('400 for a body that is not JSON, or missing', async () => {
    const app = createConnectCallServer(recordingHandlers());
    expect((await call(app, 'POST', '/calls/v1/conversations/connect', '{"direction":')).body.errors).toEqual([{ pointer: '', detail: 'the request body is not valid JSON' }]);
    expect((await call(app, 'POST', '/calls/v1/conversations/abc/control')).body.errors).toEqual([{ pointer: '', detail: 'the request body is required' }]);
  });

  it('400 for invalid query parameters, pointed at /query/<name>', async () => {
    const r = await call(createConnectCallServer(recordingHandlers()), 'GET', '/calls/v1/conversations?startDate=yesterday&page=two&sort=duration');
    expect(r.status).toBe(400);
    expect(r.body.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual(['/query/endDate', '/query/page', '/query/sort', '/query/startDate']);
  });

  it('path parameters are validated too, pointed at /path/<name>', async () => {
    const checked = await checkRequest('getCall', new Request('http://api.test/x', { headers: AUTH }), {});
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect((await checked.response.json()).errors).toEqual([{ pointer: '/path/id', detail: "must have required property 'id'" }]);
  });

  it('query strings are coerced per the parameter schemas and defaults applied before the handler sees them', async () => {
    const { handlers, seen } = recordingHandlers();
    const app = createConnectCallServer({ handlers });
    await call(app, 'GET', `/calls/v1/conversations?startDate=${WINDOW.startDate}&endDate=${WINDOW.endDate}`);
    expect(seen[0]!.ctx.query).toEqual({ ...WINDOW, page: 1, size: 10, sort: 'startAt' });
    await call(app, 'GET', `/calls/v1/conversations?startDate=${WINDOW.startDate}&endDate=${WINDOW.endDate}&page=3&size=25&sort=status`);
    expect(seen[1]!.ctx.query).toEqual({ ...WINDOW, page: 3, size: 25, sort: 'status' });
    expect(typeof (seen[1]!.ctx.query as { page: unknown }).page).toBe('number');
  });
});

describe('reading a query string', () => {
  const q = (s: string, reading?: 'exact' | 'prism') => readQuery('listCalls', new URLSearchParams(s), reading);
  it('exact (the server): names are case-sensitive, a repeated parameter is an array, an empty value is a value', () => {
    expect(q('startDate=a&Page=2')).toEqual({ startDate: 'a', page: 1, size: 10, sort: 'startAt' });
    expect(q('page=1&page=2')).toMatchObject({ page: [1, 2] });
    expect(q('page=')).toMatchObject({ page: '' });
    expect(q('size=1e400')).toMatchObject({ size: Infinity });
  });
  it('prism (the MSW target): names case-insensitive (the later spelling wins), empty is absent, huge integers accepted', () => {
    expect(q('STARTDATE=a&Page=2', 'prism')).toMatchObject({ startDate: 'a', page: 2 });
    expect(q('sort=endAt&SORT=status', 'prism')).toMatchObject({ sort: 'status' });
    expect(q('page=', 'prism')).toMatchObject({ page: 1 });
    expect(q('size=1e400', 'prism')).toMatchObject({ size: Number.MAX_SAFE_INTEGER });
  });
});

describe('createConnectCallServer: responses are checked in development', () => {
  const broken = (result: unknown): Handlers => ({ ...recordingHandlers().handlers, getCall: () => result as never });

  it('a body that breaks the contract becomes a 500 problem, and the violation is reported with its pointer', async () => {
    const violations: ResponseViolation[] = [];
    const app = createConnectCallServer({ handlers: broken({ status: 200, body: { id: 1, status: 'lost' } }), validateResponses: true, onResponseViolation: (v) => violations.push(v) });
    const r = await call(app, 'GET', '/calls/v1/conversations/x');
    expect(r).toMatchObject({ status: 500, type: 'application/problem+json' });
    expect(violations).toEqual([
      { operationId: 'getCall', status: 200, errors: expect.arrayContaining([expect.objectContaining({ pointer: '/id' }), expect.objectContaining({ pointer: '/status' })]) },
    ]);
  });

  it('an undeclared status is reported too', async () => {
    const violations: ResponseViolation[] = [];
    const app = createConnectCallServer({ handlers: broken({ status: 418, body: {} }), validateResponses: true, onResponseViolation: (v) => violations.push(v) });
    expect((await call(app, 'GET', '/calls/v1/conversations/x')).status).toBe(500);
    expect(violations[0]!.errors[0]!.detail).toMatch(/HTTP 418 is not a status the contract declares for getCall/);
  });

  it('with validation off (production) the answer is sent as the handler gave it', async () => {
    const app = createConnectCallServer({ handlers: broken({ status: 200, body: { status: 'lost' } }), validateResponses: false });
    expect(await call(app, 'GET', '/calls/v1/conversations/x')).toMatchObject({ status: 200, body: { status: 'lost' } });
  });

  it('a handler that throws gets the client a 500 problem; the error goes to onError only', async () => {
    const errors: unknown[] = [];
    const app = createConnectCallServer({
      handlers: {
        ...recordingHandlers().handlers,
        getCall: () => {
          throw new Error('db password is hunter2');
        },
      },
      onError: (e) => errors.push(e),
    });
    const r = await call(app, 'GET', '/calls/v1/conversations/x');
    expect(r.status).toBe(500);
    expect(JSON.stringify(r.body)).not.toContain('hunter2');
    expect(errors).toHaveLength(1);
  });

  it('headers a status declares (Retry-After on 429) are sent', async () => {
    const app = createConnectCallServer({ handlers: broken({ status: 429, body: { type: 'about:blank', title: 'Too many requests.', status: 429 }, headers: { 'Retry-After': 7 } }) });
    const res = await app.request('http://api.test/calls/v1/conversations/x', { headers: AUTH });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('7');
    expect(res.headers.get('content-type')).toBe('application/problem+json');
  });
});

describe('the reference server (in memory, over real HTTP, driven by the client)', () => {
  let server: ReferenceServer;
  const violations: ResponseViolation[] = [];
  beforeAll(async () => {
    server = await startReferenceServer({ seed: 'test', now: steppingClock('2024-11-05T10:00:00.000Z', 60_000), onResponseViolation: (v) => violations.push(v) });
  });
  afterAll(async () => {
    await server?.close();
    expect(violations).toEqual([]);
  });

  it('connectCall creates a call with a fresh id echoing the request; getCall returns it; control end finishes it', async () => {
    const client = createConnectCallClient({ token: 't', baseUrl: server.url });
    const created = await client.connectCall({ ...minimal, metadata: { order: 42 }, assistantId: 'asst-1' });
    expect(created).toMatchObject({
      id: expect.stringMatching(/^CC-/),
      status: 'queued',
      direction: 'outbound',
      phoneNumberId: 'p',
      customer: minimal.customer,
      metadata: { order: 42 },
      assistantId: 'asst-1',
    });
    expect(created.monitor?.controlUrl).toBe(`${server.url}/calls/v1/conversations/${created.id}/control`);
    const other = await client.connectCall(minimal);
    expect(other.id).not.toBe(created.id);

    expect(await client.getCall(created.id!)).toMatchObject({ id: created.id, status: 'queued', userNumber: '+15555550100', messages: [] });
    expect(await client.controlCall(created.id!, { type: 'say', message: 'Hello there' })).toEqual({ message: 'Call controlled successfully.', data: { success: true } });
    expect(await client.controlCall(created.id!, { type: 'end', message: 'Goodbye!' })).toMatchObject({ data: { success: true } });
    const ended = await client.getCall(created.id!);
    expect(ended).toMatchObject({ status: 'finished', endAt: expect.any(String), messages: [expect.objectContaining({ role: 'assistant', text: 'Hello there' })] });
    // An ended call takes no more instructions.
    expect(await client.controlCall(created.id!, { type: 'say', message: 'still there?' })).toMatchObject({ data: { success: false } });
  });

  it('404 problem for an unknown id, on getCall and controlCall', async () => {
    const client = createConnectCallClient({ token: 't', baseUrl: server.url });
    for (const attempt of [() => client.getCall('CC-nope'), () => client.controlCall('CC-nope', { type: 'end', message: 'x' })]) {
      const err = await attempt().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ApiError);
      expect((err as ApiError).status).toBe(404);
      expect((err as ApiError).problem?.detail).toContain('CC-nope');
    }
  });

  it('listCalls pages over the created calls, honouring sort, page, size and the date window', async () => {
    const client = createConnectCallClient({ token: 't', baseUrl: server.url });
    server.store.clear();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await client.connectCall(minimal)).id!);
    const all = await client.listCalls({ startDate: '2000-01-01T00:00:00Z', endDate: '2100-01-01T00:00:00Z', size: 100 });
    expect(all.totalCount).toBe(5);
    expect(all.conversations!.map((c) => c.id)).toEqual(ids); // sort=startAt, ascending
    const p2 = await client.listCalls({ startDate: '2000-01-01T00:00:00Z', endDate: '2100-01-01T00:00:00Z', page: 2, size: 2 });
    expect(p2).toEqual({ totalCount: 5, conversations: all.conversations!.slice(2, 4) });
    const last = await client.listCalls({ startDate: '2000-01-01T00:00:00Z', endDate: '2100-01-01T00:00:00Z', page: 3, size: 2 });
    expect(last.conversations!.map((c) => c.id)).toEqual([ids[4]]);
    const byId = await client.listCalls({ startDate: '2000-01-01T00:00:00Z', endDate: '2100-01-01T00:00:00Z', sort: 'conversationId', size: 100 });
    expect(byId.conversations!.map((c) => c.id)).toEqual([...ids].sort());
    // The window: only the calls whose startAt falls inside it.
    const starts = all.conversations!.map((c) => c.startAt!);
    const windowed = await client.listCalls({ startDate: starts[1]!, endDate: starts[3]! });
    expect(windowed.conversations!.map((c) => c.id)).toEqual(ids.slice(1, 4));
    expect(windowed.totalCount).toBe(3);
  });

  it('is deterministic given a seed and a clock', () => {
    const a = createCallStore({ seed: 42, now: steppingClock('2024-01-01T00:00:00Z') });
    const b = createCallStore({ seed: 42, now: steppingClock('2024-01-01T00:00:00Z') });
    const made = (s: typeof a) => [s.create(minimal, 'http://x'), s.create(minimal, 'http://x')];
    expect(made(a)).toEqual(made(b));
    expect(createCallStore({ seed: 43 }).create(minimal, 'http://x').id).not.toBe(made(createCallStore({ seed: 42 }))[0]!.id);
  });
});

describe('the client entry point stays as it was', () => {
  it('its bundle pulls in nothing of the server or MSW targets, nor their frameworks', async () => {
    const result = await build({ entryPoints: [path.join(ROOT, 'src/index.ts')], bundle: true, format: 'esm', platform: 'browser', write: false, metafile: true, logLevel: 'silent' });
    const inputs = Object.keys(result.metafile!.inputs);
    expect(inputs.some((f) => f.startsWith('src/client'))).toBe(true);
    expect(inputs.filter((f) => /^src\/(server|msw|fake)\/|node_modules\/(hono|msw|@hono|@mswjs)\//.test(f))).toEqual([]);
  });
  it('the server and MSW entries are separate exports, their frameworks optional peer dependencies', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.exports['./server'].default).toBe('./dist/src/server/index.js');
    expect(pkg.exports['./msw'].default).toBe('./dist/src/msw/index.js');
    expect(Object.keys(pkg.dependencies)).not.toEqual(expect.arrayContaining(['hono']));
    expect(Object.keys(pkg.dependencies)).not.toEqual(expect.arrayContaining(['msw']));
    expect(pkg.peerDependenciesMeta).toEqual({ hono: { optional: true }, msw: { optional: true } });
    expect(pkg.sideEffects).toBe(false);
  });
});

describe('npm run mock -- --stateful', () => {
  it('takes --seed (repeatable ids) and refuses --dynamic alongside, naming the flags', () => {
    expect(parseMockArgs(['--stateful', '--seed', 'x'])).toMatchObject({ stateful: true, seed: 'x', port: 4010, host: '127.0.0.1' });
    expect(() => parseMockArgs(['--stateful', '--dynamic'])).toThrow(/--stateful and --dynamic cannot be used together/);
    expect(parseMockArgs([])).not.toHaveProperty('stateful');
  });

  it('serves the reference server on the given port; a created call can be got; Ctrl-C stops it', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/mock.ts', '--stateful', '--port', '0', '--seed', 's1'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (out += c));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    try {
      const deadline = Date.now() + 30_000;
      let m: RegExpExecArray | null = null;
      // The banner may arrive in more than one chunk: wait for its curl line too.
      while (!((m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)) && out.includes('curl')) && Date.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 25));
      expect(m, out).not.toBeNull();
      const url = m![1]!;
      expect(out).toContain('curl');
      const client = createConnectCallClient({ token: 't', baseUrl: url });
      const created = await client.connectCall(minimal);
      expect(await client.getCall(created.id!)).toMatchObject({ id: created.id, status: 'queued' });
      child.kill('SIGINT');
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 40_000);
});
