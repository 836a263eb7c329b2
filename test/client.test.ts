/**
 * The client's runtime behaviour against a real node:http server on
 * 127.0.0.1: auth, base URL, the generated method signatures, path encoding,
 * validation before any traffic, timeouts, caller aborts, error mapping,
 * 2xx bodies that are not JSON, response validation, paging, controlUrl and
 * trusted origins, dropped connections and token redaction; and the
 * server-message receiver.
 */
import util from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ApiError,
  ConnectCallError,
  createConnectCallClient,
  InvalidServerMessageError,
  isTerminalStatus,
  NetworkError,
  PageLimitError,
  parseServerMessage,
  RequestValidationError,
  ResponseError,
  ResponseValidationError,
  serverMessages,
  TimeoutError,
  UntrustedUrlError,
  UserAbortError,
  defaultServerUrl,
  operations,
  type ConnectCallRequest,
  type ConversationSummary,
} from '../src/index.ts';
import { routes } from '../generated/operations.ts';
import { bundled, fixture, ROOT } from './helpers/schemas.ts';
import { startServer } from './helpers/server.ts';

const TOKEN = 'sk_live_0123456789abcdef-SECRET';
const referenceRequest: ConnectCallRequest = fixture('reference-request.json');
const referenceResponse = fixture('reference-response.json');
const minimal: ConnectCallRequest = fixture('minimal-request.json');

let server: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.seen.length = 0;
  server.handle((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(referenceResponse));
  });
});

const client = (opts: Partial<Parameters<typeof createConnectCallClient>[0]> = {}) => createConnectCallClient({ token: TOKEN, baseUrl: server.url, ...opts });

const problem = (status: number, extra: object = {}) => JSON.stringify({ type: 'about:blank', title: `title ${status}`, status, detail: `detail ${status}`, ...extra });
const json = (res: import('node:http').ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) =>
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
const example = (name: string): any => structuredClone(bundled.components.examples[name].value);
const conversation = example('ConversationFinished');
const summary: ConversationSummary = (({ messages: _m, ...rest }) => rest)(conversation);
const controlApplied = example('ControlCallApplied');
const say = { type: 'say', message: 'hi there' } as const;
const range = { startDate: '2024-11-01T00:00:00.000Z', endDate: '2024-11-30T23:59:59.999Z' };
/** One page of `count` calls (ids call-<n>), out of `total`. */
const page = (count: number, total: number, first = 1) => ({ totalCount: total, conversations: Array.from({ length: count }, (_, i) => ({ ...summary, id: `call-${first + i}` })) });
async function drain<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}
const searchOf = (url: string) => Object.fromEntries(new URL(url, 'http://x').searchParams);

describe('requests', () => {
  it('POSTs the JSON body to the contract path with the bearer token, and resolves to the 200 body', async () => {
    const call = await client({ headers: { 'x-team': 'blue' } }).connectCall(referenceRequest, { headers: { 'x-trace': 't1' } });
    expect(call).toEqual(referenceResponse);
    expect(server.seen).toHaveLength(1);
    const [seen] = server.seen;
    expect(seen!.method).toBe('POST');
    expect(seen!.url).toBe('/calls/v1/conversations/connect');
    expect(seen!.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(seen!.headers['content-type']).toBe('application/json');
    expect(seen!.headers['x-team']).toBe('blue');
    expect(seen!.headers['x-trace']).toBe('t1');
    expect(JSON.parse(seen!.body)).toEqual(referenceRequest);
  });

  it('the token cannot be replaced through the headers option', async () => {
    await client({ headers: { Authorization: 'Bearer other' } }).connectCall(minimal, { headers: { authorization: 'Bearer x' } });
    expect(server.seen[0]!.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('keeps a base URL path prefix and drops a trailing slash', async () => {
    await client({ baseUrl: `${server.url}/proxy/v9/` }).connectCall(minimal);
    expect(server.seen[0]!.url).toBe('/proxy/v9/calls/v1/conversations/connect');
  });

  it('defaults the base URL to the production server of the contract', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify(referenceResponse), { status: 200, headers: { 'content-type': 'application/json' } }));
    const c = createConnectCallClient({ token: TOKEN, fetch });
    expect(c.baseUrl).toBe('https://api-prod.interactly.ai');
    expect(defaultServerUrl).toBe('https://api-prod.interactly.ai');
    await c.connectCall(minimal);
    expect(fetch).toHaveBeenCalledOnce();
    expect((fetch.mock.calls[0] as unknown as [string])[0]).toBe('https://api-prod.interactly.ai/calls/v1/conversations/connect');
  });

  it('exposes the underlying openapi-fetch client with the same auth', async () => {
    const { data, response } = await client().raw.POST('/calls/v1/conversations/connect', { body: minimal });
    expect(response.status).toBe(200);
    expect(data?.id).toBe(referenceResponse.id);
    expect(server.seen[0]!.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });
});

describe('validation before sending', () => {
  it('rejects a bad body listing every offending JSON path, and sends nothing', async () => {
    const fetch = vi.fn();
    const bad = { ...referenceRequest, direction: 'sideways', phoneNumberId: 7, customer: undefined } as unknown as ConnectCallRequest;
    const err = await client({ fetch })
      .connectCall(bad)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RequestValidationError);
    expect(err).toBeInstanceOf(ConnectCallError);
    const issues = (err as RequestValidationError).issues;
    expect(issues.map((i) => i.path).sort()).toEqual(['/customer', '/direction', '/phoneNumberId']);
    expect(issues.find((i) => i.path === '/direction')!.message).toMatch(/inbound, outbound/);
    expect((err as Error).message).toMatch(/nothing was sent/);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('reports nested paths', async () => {
    const bad = structuredClone(referenceRequest) as any;
    bad.assistant.startSpeakingOptions.LiveKitBaseValue = 'high';
    const err = (await client()
      .connectCall(bad)
      .catch((e: unknown) => e)) as RequestValidationError;
    expect(err.issues).toEqual([{ path: '/assistant/startSpeakingOptions/LiveKitBaseValue', keyword: 'type', message: 'must be number' }]);
    expect(server.seen).toHaveLength(0);
  });

  it('validateRequests: false sends the body as it is', async () => {
    server.handle((_req, res) => res.writeHead(400, { 'content-type': 'application/problem+json' }).end(problem(400)));
    const err = await client({ validateRequests: false })
      .connectCall({ direction: 'sideways' } as any)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(server.seen).toHaveLength(1);
  });
});

describe('error mapping', () => {
  it.each([400, 401, 429, 500])('HTTP %i becomes an ApiError with status, problem and request id', async (status) => {
    const headers: Record<string, string> = { 'content-type': 'application/problem+json', 'x-request-id': `req-${status}` };
    if (status === 429) headers['retry-after'] = '17';
    const fieldErrors = status === 400 ? [{ pointer: '/direction', detail: 'must be inbound or outbound' }] : undefined;
    server.handle((_req, res) => res.writeHead(status, headers).end(problem(status, fieldErrors ? { errors: fieldErrors } : {})));
    const err = (await client()
      .connectCall(minimal)
      .catch((e: unknown) => e)) as ApiError;
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toBeInstanceOf(ConnectCallError);
    expect(err.status).toBe(status);
    expect(err.problem).toMatchObject({ status, title: `title ${status}` });
    expect(err.requestId).toBe(`req-${status}`);
    expect(err.fieldErrors).toEqual(fieldErrors ?? []);
    expect(err.retryAfter).toBe(status === 429 ? 17 : undefined);
    expect(err.message).toContain(`HTTP ${status}`);
    expect(err.message).toContain(`req-${status}`);
    if (status === 400) expect(err.message).toContain('/direction: must be inbound or outbound');
    expect(server.seen).toHaveLength(1); // never retried, not even on 429 or 500
  });

  it('a non-JSON error body is kept as text, with no problem', async () => {
    server.handle((_req, res) => res.writeHead(502, { 'content-type': 'text/html' }).end('<html>Bad Gateway</html>'));
    const err = (await client()
      .connectCall(minimal)
      .catch((e: unknown) => e)) as ApiError;
    expect(err).toBeInstanceOf(ApiError);
    expect(err.status).toBe(502);
    expect(err.problem).toBeUndefined();
    expect(err.body).toBe('<html>Bad Gateway</html>');
    expect(err.fieldErrors).toEqual([]);
  });

  it('a dropped connection becomes a NetworkError with the cause', async () => {
    server.handle((req) => req.socket.destroy());
    const err = (await client()
      .connectCall(minimal)
      .catch((e: unknown) => e)) as NetworkError;
    expect(err).toBeInstanceOf(NetworkError);
    expect(err.cause).toBeInstanceOf(Error);
    expect(err.message).toMatch(/network error/);
    expect(server.seen).toHaveLength(1);
  });

  it('a refused connection becomes a NetworkError', async () => {
    const closed = await startServer();
    await closed.close();
    const err = await createConnectCallClient({ token: TOKEN, baseUrl: closed.url })
      .connectCall(minimal)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NetworkError);
    expect(String((err as NetworkError).message)).toMatch(/ECONNREFUSED|fetch failed/);
  });
});

describe('timeouts and aborts', () => {
  it('times out with a TimeoutError when the server does not answer', async () => {
    server.handle(() => {}); // never answers
    const t0 = Date.now();
    const err = await client({ timeoutMs: 150 })
      .connectCall(minimal)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TimeoutError);
    expect((err as TimeoutError).timeoutMs).toBe(150);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(140);
    expect(Date.now() - t0).toBeLessThan(5000);
  });

  it('a per-call timeout overrides the client one', async () => {
    server.handle(() => {});
    const err = await client({ timeoutMs: 60_000 })
      .connectCall(minimal, { timeoutMs: 100 })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TimeoutError);
  });

  it('times out while the body is still arriving', async () => {
    server.handle((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"id":'); // and never finishes
    });
    const err = await client({ timeoutMs: 150 })
      .connectCall(minimal)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TimeoutError);
  });

  it("honours the caller's signal with a UserAbortError", async () => {
    server.handle(() => {});
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('user left')), 50);
    const err = await client()
      .connectCall(minimal, { signal: controller.signal })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserAbortError);
    expect((err as UserAbortError).cause).toEqual(new Error('user left'));
  });

  it('an already-aborted signal sends nothing', async () => {
    const fetch = vi.fn();
    const err = await client({ fetch })
      .connectCall(minimal, { signal: AbortSignal.abort() })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserAbortError);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('timeoutMs: 0 turns the timeout off (per client and per call)', async () => {
    server.handle((_req, res) => setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'), 150));
    // A short default that would fire first, overridden by 0 for this call.
    await expect(client({ timeoutMs: 40 }).connectCall(minimal, { timeoutMs: 0 })).resolves.toEqual({});
    await expect(client({ timeoutMs: 0 }).connectCall(minimal)).resolves.toEqual({});
    await expect(client({ timeoutMs: 40 }).connectCall(minimal)).rejects.toBeInstanceOf(TimeoutError);
  });

  it('a bad per-call timeoutMs is an error naming the option, and nothing is sent', async () => {
    await expect(client().connectCall(minimal, { timeoutMs: -5 })).rejects.toThrow(/option "timeoutMs" must be a number of milliseconds >= 0/);
    await expect(client().connectCall(minimal, { timeoutMs: Number.NaN })).rejects.toThrow(/timeoutMs/);
    expect(server.seen).toHaveLength(0);
  });
});

describe('the token stays secret', () => {
  it('is absent from the client, errors, JSON and util.inspect', async () => {
    const c = client();
    server.handle((_req, res) => res.writeHead(401, { 'content-type': 'application/problem+json' }).end(problem(401)));
    const errors: unknown[] = [await c.connectCall(minimal).catch((e: unknown) => e)];
    server.handle((req) => req.socket.destroy());
    errors.push(await c.connectCall(minimal).catch((e: unknown) => e));
    server.handle(() => {});
    errors.push(await c.connectCall(minimal, { timeoutMs: 50 }).catch((e: unknown) => e));
    errors.push(await c.connectCall({} as any).catch((e: unknown) => e));
    server.handle((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html>portal</html>'));
    errors.push(await c.connectCall(minimal).catch((e: unknown) => e));
    server.handle((_req, res) => json(res, 200, { status: 'done' }));
    errors.push(
      await client({ validateResponses: true })
        .getCall('x')
        .catch((e: unknown) => e),
    );
    errors.push(await c.controlCallAt(`https://evil.example.com/calls/v1/conversations/x/control?sig=${TOKEN}`, say).catch((e: unknown) => e));
    server.handle((req, res) => json(res, 200, page(Number(new URL(req.url!, 'http://x').searchParams.get('size')), 1_000_000)));
    errors.push(await drain(c.listAllCalls(range, { maxPages: 2 })).catch((e: unknown) => e));
    const dumps = [
      util.inspect(c, { depth: 10, showHidden: true }),
      JSON.stringify(c),
      ...errors.flatMap((e) => [util.inspect(e, { depth: 10, showHidden: true }), JSON.stringify(e), String(e), (e as Error).stack ?? '', JSON.stringify(Object.assign({}, e))]),
    ];
    for (const d of dumps) {
      expect(d).not.toContain(TOKEN);
      expect(d).not.toContain('SECRET');
    }
    expect(errors.map((e) => (e as Error).constructor.name)).toEqual([
      'ApiError',
      'NetworkError',
      'TimeoutError',
      'RequestValidationError',
      'ResponseError',
      'ResponseValidationError',
      'UntrustedUrlError',
      'PageLimitError',
    ]);
  });
});

describe('options are checked by name', () => {
  it.each([
    [{ token: '' }, /"token" must be a non-empty string/],
    [{ token: TOKEN, baseUrl: 'api.example' }, /"baseUrl" must be an absolute http\(s\) URL/],
    [{ token: TOKEN, baseUrl: 'ftp://x' }, /"baseUrl"/],
    [{ token: TOKEN, timeoutMs: -1 }, /"timeoutMs" must be a number of milliseconds >= 0/],
    [{ token: TOKEN, fetch: 'nope' }, /"fetch" must be a function/],
    [{ token: TOKEN, baseUrl: 'https://me:pw@api.example' }, /"baseUrl" must be an absolute http\(s\) URL without user info/],
    [{ token: TOKEN, trustedOrigins: 'https://a.example' }, /"trustedOrigins" must be an array of origins/],
  ])('%o', (opts, message) => {
    expect(() => createConnectCallClient(opts as any)).toThrow(message);
  });
});

describe('methods follow the generated signatures', () => {
  it('getCall(id), listCalls(query), controlCall(id, body), connectCall(body)', async () => {
    server.handle((req, res) => {
      const url = new URL(req.url!, 'http://x');
      if (req.method === 'GET' && url.pathname === '/calls/v1/conversations') return json(res, 200, page(1, 1));
      if (req.method === 'GET') return json(res, 200, conversation);
      if (url.pathname.endsWith('/control')) return json(res, 200, controlApplied);
      return json(res, 200, referenceResponse);
    });
    const c = client({ validateResponses: true });
    expect(await c.getCall('a12f9c88', { headers: { 'x-op': 'get' } })).toEqual(conversation);
    expect(await c.listCalls({ ...range, page: 2, size: 5, sort: 'endAt' })).toEqual(page(1, 1));
    expect(await c.controlCall('a12f9c88', say)).toEqual(controlApplied);
    expect(await c.connectCall(minimal)).toEqual(referenceResponse);
    expect(server.seen.map((s) => `${s.method} ${s.url}`)).toEqual([
      'GET /calls/v1/conversations/a12f9c88',
      'GET /calls/v1/conversations?startDate=2024-11-01T00%3A00%3A00.000Z&endDate=2024-11-30T23%3A59%3A59.999Z&page=2&size=5&sort=endAt',
      'POST /calls/v1/conversations/a12f9c88/control',
      'POST /calls/v1/conversations/connect',
    ]);
    expect(server.seen[0]!.headers['x-op']).toBe('get');
    expect(server.seen[0]!.headers['content-type']).toBeUndefined();
    expect(JSON.parse(server.seen[2]!.body)).toEqual(say);
    expect(server.seen.every((s) => s.headers.authorization === `Bearer ${TOKEN}`)).toBe(true);
  });

  it('every operation of the route table is a method taking path params, query, body, options in that order (no per-operation code)', async () => {
    const fetch = vi.fn(async () => new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } }));
    const c = createConnectCallClient({ token: TOKEN, baseUrl: 'https://api.test', fetch, validateRequests: false }) as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
    for (const [op, route] of Object.entries(routes)) {
      const args: unknown[] = route.pathParams.map((n) => `v-${n}`);
      if (route.query) args.push({ q: `q-${op}` });
      if (route.hasBody) args.push({ b: op });
      args.push({ headers: { 'x-op': op } });
      fetch.mockClear();
      await c[op]!(...args);
      const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
      const expectedPath = route.pathParams.reduce<string>((p, n) => p.replace(`{${n}}`, `v-${n}`), route.path);
      expect(url).toBe(`https://api.test${expectedPath}${route.query ? `?q=q-${op}` : ''}`);
      expect(init.method).toBe(route.method.toUpperCase());
      expect(init.body ?? undefined).toEqual(route.hasBody ? JSON.stringify({ b: op }) : undefined);
      expect(new Headers(init.headers).get('x-op')).toBe(op);
    }
    expect(Object.keys(routes).sort()).toEqual(Object.keys(operations).sort());
  });

  it('undefined query values are left out', async () => {
    server.handle((_req, res) => json(res, 200, page(0, 0)));
    await client().listCalls({ ...range, page: undefined, size: 3 });
    expect(searchOf(server.seen[0]!.url)).toEqual({ ...range, size: '3' });
  });
});

describe('path parameters are always encoded', () => {
  it.each(['../x', 'a/b', '?x', '#', 'a b', '%2F', 'é/ü?', '📞', '.x', 'a..b', '...', '..%2F', 'id;x=1'])('%j stays one segment and reaches the server unchanged', async (id) => {
    server.handle((_req, res) => json(res, 200, controlApplied));
    await client().controlCall(id, say);
    const url = server.seen[0]!.url;
    const match = /^\/calls\/v1\/conversations\/([^/?#]+)\/control$/.exec(url);
    expect(match, url).not.toBeNull();
    expect(decodeURIComponent(match![1]!)).toBe(id);
    expect(match![1]).not.toMatch(/[.]/); // dots are sent as %2E too
  });

  it.each([
    ['', 'must be a non-empty string'],
    ['.', 'must not be "."'],
    ['..', 'must not be ".."'],
    [42, 'must be a non-empty string'],
    [undefined, 'must be a non-empty string'],
    [null, 'must be a non-empty string'],
  ])('%j is a RequestValidationError at /path/id and nothing is sent, even with validation off', async (id, message) => {
    for (const validateRequests of [true, false]) {
      const err = (await client({ validateRequests })
        .getCall(id as string)
        .catch((e: unknown) => e)) as RequestValidationError;
      expect(err).toBeInstanceOf(RequestValidationError);
      expect(err.issues).toEqual([expect.objectContaining({ path: '/path/id', message: expect.stringContaining(message) })]);
    }
    expect(server.seen).toHaveLength(0);
  });

  it('client.raw encodes path parameters the same way and refuses dot segments', async () => {
    server.handle((_req, res) => json(res, 200, conversation));
    await client().raw.GET('/calls/v1/conversations/{id}', { params: { path: { id: '../x?y' } } });
    expect(server.seen[0]!.url).toBe('/calls/v1/conversations/%2E%2E%2Fx%3Fy');
    await expect(client().raw.GET('/calls/v1/conversations/{id}', { params: { path: { id: '..' } } })).rejects.toThrow(/path parameter "id" must not be ".."/);
    expect(server.seen).toHaveLength(1);
  });
});

describe('query and path validation', () => {
  it('reports every query issue at /query/<name>, and sends nothing', async () => {
    const bad = { startDate: 'yesterday', page: '2', sort: 'newest' } as any;
    const err = (await client()
      .listCalls(bad)
      .catch((e: unknown) => e)) as RequestValidationError;
    expect(err).toBeInstanceOf(RequestValidationError);
    expect(err.issues.map((i) => i.path).sort()).toEqual(['/query/endDate', '/query/page', '/query/sort', '/query/startDate']);
    expect(err.issues.find((i) => i.path === '/query/sort')!.message).toMatch(/startAt, endAt, status, conversationId/);
    expect(err.message).toMatch(/nothing was sent/);
    expect(server.seen).toHaveLength(0);
  });

  it('a missing query is reported at /query', async () => {
    const err = (await client()
      .listCalls(undefined as any)
      .catch((e: unknown) => e)) as RequestValidationError;
    expect(err.issues).toEqual([expect.objectContaining({ path: '/query', keyword: 'type' })]);
  });

  it('path, and body issues are reported together; body pointers stay as they are', async () => {
    const err = (await client()
      .controlCall('', { type: 'shout' } as any)
      .catch((e: unknown) => e)) as RequestValidationError;
    expect(err.issues.map((i) => i.path).sort()).toEqual(['/message', '/path/id', '/type']);
    expect(server.seen).toHaveLength(0);
  });

  it('validateRequests: false sends the query as it is', async () => {
    server.handle((_req, res) => json(res, 200, page(0, 0)));
    await client({ validateRequests: false }).listCalls({ startDate: 'yesterday' } as any);
    expect(server.seen[0]!.url).toBe('/calls/v1/conversations?startDate=yesterday');
  });
});

describe('2xx bodies that are not what the contract promises', () => {
  it('HTML on a 200 is a ResponseError (not a NetworkError) that says the call may have been placed', async () => {
    const html = `<html><body>${'x'.repeat(2000)}</body></html>`;
    server.handle((_req, res) => res.writeHead(200, { 'content-type': 'text/html', 'x-request-id': 'r-9' }).end(html));
    const err = (await client()
      .connectCall(minimal)
      .catch((e: unknown) => e)) as ResponseError;
    expect(err).toBeInstanceOf(ResponseError);
    expect(err).toBeInstanceOf(ConnectCallError);
    expect(err).not.toBeInstanceOf(NetworkError);
    expect(err.status).toBe(200);
    expect(err.operationId).toBe('connectCall');
    expect(err.contentType).toBe('text/html');
    expect(err.requestId).toBe('r-9');
    expect(err.body.startsWith('<html><body>xxx')).toBe(true);
    expect(err.body.length).toBeLessThanOrEqual(501);
    expect(err.message).toMatch(/not JSON/);
    expect(err.message).toMatch(/the call may well have been placed/);
    expect(err.cause).toBeInstanceOf(SyntaxError);
  });

  it.each([
    ['Content-Length: 0', (res: import('node:http').ServerResponse) => res.writeHead(200, { 'content-type': 'application/json', 'content-length': '0' }).end()],
    ['chunked, no bytes', (res: import('node:http').ServerResponse) => res.writeHead(200, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' }).end()],
    ['204', (res: import('node:http').ServerResponse) => res.writeHead(204).end()],
  ])('an empty 2xx body (%s) where the contract promises JSON is a ResponseError', async (_name, answer) => {
    server.handle((_req, res) => answer(res));
    const err = (await client()
      .getCall('x')
      .catch((e: unknown) => e)) as ResponseError;
    expect(err).toBeInstanceOf(ResponseError);
    expect(err.body).toBe('');
    expect(err.message).toMatch(/empty body/);
    expect(err.message).not.toMatch(/placed/); // a GET changes nothing
  });

  it('whitespace or truncated JSON on a 200 is a ResponseError too', async () => {
    for (const text of [' ', '{"id":']) {
      server.handle((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(text));
      await expect(client().getCall('x')).rejects.toBeInstanceOf(ResponseError);
    }
  });
});

describe('validateResponses', () => {
  it('is off by default: an off-contract body is returned as it is', async () => {
    server.handle((_req, res) => json(res, 200, { status: 'done' }));
    await expect(client().getCall('x')).resolves.toEqual({ status: 'done' });
  });

  it('contract bodies pass', async () => {
    server.handle((_req, res) => json(res, 200, conversation));
    await expect(client({ validateResponses: true }).getCall('x')).resolves.toEqual(conversation);
  });

  it('an off-contract 2xx body is a ResponseValidationError listing JSON Pointers', async () => {
    server.handle((_req, res) => json(res, 200, { totalCount: 'many', conversations: [{ ...summary, status: 'done', startAt: 'noon' }] }));
    const err = (await client({ validateResponses: true })
      .listCalls(range)
      .catch((e: unknown) => e)) as ResponseValidationError;
    expect(err).toBeInstanceOf(ResponseValidationError);
    expect(err.status).toBe(200);
    expect(err.issues.map((i) => i.path).sort()).toEqual(['/conversations/0/startAt', '/conversations/0/status', '/totalCount']);
    expect(err.body).toMatchObject({ totalCount: 'many' });
  });

  it('an off-contract error body is a ResponseValidationError whose cause is the ApiError', async () => {
    server.handle((_req, res) => json(res, 404, { oops: true }));
    const err = (await client({ validateResponses: true })
      .getCall('x')
      .catch((e: unknown) => e)) as ResponseValidationError;
    expect(err).toBeInstanceOf(ResponseValidationError);
    expect(err.status).toBe(404);
    expect(err.issues.map((i) => i.path).sort()).toEqual(['/status', '/title', '/type']);
    expect(err.cause).toBeInstanceOf(ApiError);
    // A contract error body is still the plain ApiError.
    server.handle((_req, res) => res.writeHead(404, { 'content-type': 'application/problem+json' }).end(problem(404)));
    await expect(client({ validateResponses: true }).getCall('x')).rejects.toBeInstanceOf(ApiError);
  });

  it.each([
    [418, 'error'],
    [201, 'success'],
  ])('an undeclared status (%i) is reported', async (status) => {
    server.handle((_req, res) => json(res, status, status < 300 ? conversation : { type: 'about:blank', title: 'teapot', status }));
    const err = (await client({ validateResponses: true })
      .getCall('x')
      .catch((e: unknown) => e)) as ResponseValidationError;
    expect(err).toBeInstanceOf(ResponseValidationError);
    expect(err.issues).toEqual([
      expect.objectContaining({
        keyword: 'status',
        message: expect.stringMatching(new RegExp(`HTTP ${status} is not a status the contract declares for getCall \\(declared: 200, 400, 401, 404, 429, 500\\)`)),
      }),
    ]);
  });
});

describe('listAllCalls', () => {
  /** 25 calls, paged as the server would page them; the size defaults to the contract's. */
  const serve = (total: number, opts: { full?: boolean; noTotal?: boolean } = {}) =>
    server.handle((req, res) => {
      const q = new URL(req.url!, 'http://x').searchParams;
      const p = Number(q.get('page') ?? 1);
      const size = Number(q.get('size') ?? 10);
      const first = (p - 1) * size + 1;
      const count = opts.full ? size : Math.max(0, Math.min(size, total - first + 1));
      const body: Record<string, unknown> = page(count, total, first);
      if (opts.noTotal) delete body['totalCount'];
      json(res, 200, body);
    });

  it('yields every call of every page in order, with the contract default size', async () => {
    serve(25);
    const calls = await drain(client().listAllCalls(range));
    expect(calls.map((c) => c.id)).toEqual(Array.from({ length: 25 }, (_, i) => `call-${i + 1}`));
    const defaultSize = (operations.listCalls.queryParams.find((p) => p.name === 'size')!.schema as { default: number }).default;
    expect(defaultSize).toBe(10);
    expect(server.seen.map((s) => searchOf(s.url))).toEqual([1, 2, 3].map((p) => ({ ...range, page: String(p), size: '10' })));
  });

  it('starts at query.page with query.size, and stops once totalCount calls are seen even on a full page', async () => {
    serve(20);
    const calls = await drain(client().listAllCalls({ ...range, page: 2, size: 5, sort: 'status' }));
    expect(calls.map((c) => c.id)).toEqual(Array.from({ length: 15 }, (_, i) => `call-${i + 6}`));
    expect(server.seen.map((s) => searchOf(s.url)['page'])).toEqual(['2', '3', '4']);
    expect(searchOf(server.seen[0]!.url)['sort']).toBe('status');
  });

  it('stops on an empty page when there is no totalCount', async () => {
    serve(20, { noTotal: true });
    expect(await drain(client().listAllCalls(range))).toHaveLength(20);
    expect(server.seen).toHaveLength(3);
  });

  it('a server that always answers full pages stops at maxPages with a PageLimitError', async () => {
    serve(1_000_000, { full: true });
    const got: string[] = [];
    const err = await (async () => {
      for await (const c of client().listAllCalls({ ...range, size: 2 }, { maxPages: 3 })) got.push(c.id!);
    })().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PageLimitError);
    expect(err).toMatchObject({ maxPages: 3, nextPage: 4, operationId: 'listCalls' });
    expect((err as Error).message).toMatch(/stopped after 3 pages/);
    expect(got).toHaveLength(6);
    expect(server.seen).toHaveLength(3);
  });

  it('maxPages defaults to 1000 and must be an integer >= 1', async () => {
    const { DEFAULT_MAX_PAGES } = await import('../src/index.ts');
    expect(DEFAULT_MAX_PAGES).toBe(1000);
    for (const maxPages of [0, -1, 1.5, Number.NaN]) await expect(drain(client().listAllCalls(range, { maxPages }))).rejects.toThrow(/option "maxPages" must be an integer >= 1/);
    expect(server.seen).toHaveLength(0);
  });

  it('an abort between pages stops before the next request', async () => {
    serve(25);
    const controller = new AbortController();
    const err = await (async () => {
      for await (const c of client().listAllCalls(range, { signal: controller.signal })) if (c.id === 'call-3') controller.abort(new Error('enough'));
    })().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserAbortError);
    expect(server.seen).toHaveLength(1);
  });

  it('an abort during a page rejects with UserAbortError', async () => {
    server.handle((req, res) => {
      if (searchOf(req.url!)['page'] === '1') json(res, 200, page(10, 25));
      // page 2 never answers
    });
    const controller = new AbortController();
    const it = client().listAllCalls(range, { signal: controller.signal });
    const err = await (async () => {
      for await (const c of it) if (c.id === 'call-10') setTimeout(() => controller.abort(), 50);
    })().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserAbortError);
    expect(server.seen).toHaveLength(2);
  });

  it("validates each page's query like listCalls, before any request", async () => {
    const err = (await drain(client().listAllCalls({ ...range, startDate: 'last week' })).catch((e: unknown) => e)) as RequestValidationError;
    expect(err).toBeInstanceOf(RequestValidationError);
    expect(err.issues.map((i) => i.path)).toEqual(['/query/startDate']);
    expect(server.seen).toHaveLength(0);
  });
});

describe('controlCallAt and trusted origins', () => {
  let other: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    other = await startServer();
  });
  afterAll(() => other.close());
  beforeEach(() => {
    other.seen.length = 0;
    other.handle((_req, res) => json(res, 200, controlApplied));
    server.handle((_req, res) => json(res, 200, controlApplied));
  });

  it("POSTs the body to the controlUrl's path on the baseUrl's origin, with the token", async () => {
    const result = await client({ validateResponses: true }).controlCallAt(`${server.url}/calls/v1/convesations/7420f27a/control?leg=2`, say, { headers: { 'x-trace': 't' } });
    expect(result).toEqual(controlApplied);
    expect(server.seen).toHaveLength(1);
    expect(server.seen[0]).toMatchObject({ method: 'POST', url: '/calls/v1/convesations/7420f27a/control?leg=2' });
    expect(server.seen[0]!.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(server.seen[0]!.headers['x-trace']).toBe('t');
    expect(JSON.parse(server.seen[0]!.body)).toEqual(say);
  });

  it.each([
    ['another host', () => `${other.url.replace('127.0.0.1', 'localhost')}/calls/v1/conversations/x/control`, /localhost/],
    ['another scheme on the same host', () => `${server.url.replace('http:', 'https:')}/calls/v1/conversations/x/control`, /https:\/\/127\.0\.0\.1/],
    ['another port on the same host', () => `${other.url}/calls/v1/conversations/x/control`, /to http:\/\/127\.0\.0\.1:\d+: it is not a trusted origin/],
    ['user info', () => `${server.url.replace('//', '//me:pw@')}/calls/v1/conversations/x/control`, /user info/],
    ['a relative URL', () => '/calls/v1/conversations/x/control', /not an absolute URL/],
    ["the contract's <domain> placeholder", () => 'https://<domain>.interactly.ai/calls/v1/conversations/<random-id>/control', /placeholder <domain>/],
    ['an empty string', () => '', /non-empty string/],
    ['a lookalike host', () => 'https://api-prod.interactly.ai.evil.example/calls/v1/conversations/x/control', /api-prod\.interactly\.ai\.evil\.example/],
  ])('refuses %s with UntrustedUrlError and makes no request', async (_name, url, message) => {
    const err = (await client()
      .controlCallAt(url(), say)
      .catch((e: unknown) => e)) as UntrustedUrlError;
    expect(err).toBeInstanceOf(UntrustedUrlError);
    expect(err.operationId).toBe('controlCall');
    expect(err.message).toMatch(message);
    expect(err.message).toMatch(/nothing was sent/);
    expect(server.seen).toHaveLength(0);
    expect(other.seen).toHaveLength(0);
  });

  it('names the origin only, never the path or query of the refused URL', async () => {
    const err = (await client()
      .controlCallAt('https://evil.example.com/steal/me?key=abc123', say)
      .catch((e: unknown) => e)) as UntrustedUrlError;
    expect(err.origin).toBe('https://evil.example.com');
    expect(err.message).toContain('https://evil.example.com');
    expect(err.message).not.toMatch(/steal|abc123/);
  });

  it("trusts the contract's servers by default, and trustedOrigins adds exact origins", async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify(controlApplied), { status: 200, headers: { 'content-type': 'application/json' } }));
    const c = createConnectCallClient({ token: TOKEN, baseUrl: server.url, fetch });
    expect(c.trustedOrigins).toEqual([server.url, 'https://api-prod.interactly.ai', 'https://api-qa.interactly.ai']);
    await c.controlCallAt('https://api-qa.interactly.ai/calls/v1/conversations/x/control', say);
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('https://api-qa.interactly.ai/calls/v1/conversations/x/control');
    expect(new Headers(init.headers).get('authorization')).toBe(`Bearer ${TOKEN}`);

    const localhost = other.url.replace('127.0.0.1', 'localhost');
    const extended = client({ trustedOrigins: [`${localhost}/`] });
    expect(extended.trustedOrigins).toContain(localhost);
    await extended.controlCallAt(`${localhost}/calls/v1/conversations/x/control`, say);
    expect(other.seen).toHaveLength(1);
    expect(other.seen[0]!.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it.each([
    ['https://*.example.com', /no wildcards/],
    ['http://calls.example.com', /must use https:/],
    ['https://calls.example.com/path', /origins only/],
    ['https://u:p@calls.example.com', /origins only/],
    ['calls.example.com', /absolute origins/],
    [42, /exact origins/],
  ])('trustedOrigins %j is refused by name', (origin, message) => {
    expect(() => client({ trustedOrigins: [origin as string] })).toThrow(message);
    expect(() => client({ trustedOrigins: [origin as string] })).toThrow(/option "trustedOrigins"/);
  });

  it('validates the body like controlCall and sends nothing when it is wrong', async () => {
    const err = (await client()
      .controlCallAt(`${server.url}/calls/v1/conversations/x/control`, { type: 'shout' } as any)
      .catch((e: unknown) => e)) as RequestValidationError;
    expect(err).toBeInstanceOf(RequestValidationError);
    expect(err.issues.map((i) => i.path).sort()).toEqual(['/message', '/type']);
    expect(server.seen).toHaveLength(0);
  });

  it('validates the response like controlCall with validateResponses', async () => {
    server.handle((_req, res) => json(res, 200, { data: { success: 'yes' } }));
    const err = (await client({ validateResponses: true })
      .controlCallAt(`${server.url}/c/control`, say)
      .catch((e: unknown) => e)) as ResponseValidationError;
    expect(err).toBeInstanceOf(ResponseValidationError);
    expect(err.issues.map((i) => i.path)).toEqual(['/data/success']);
  });

  it('client.raw refuses an untrusted per-request baseUrl before sending', async () => {
    const err = await client()
      .raw.GET('/calls/v1/conversations/{id}', { baseUrl: other.url.replace('127.0.0.1', 'localhost'), params: { path: { id: 'x' } } })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UntrustedUrlError);
    expect(other.seen).toHaveLength(0);
  });
});

describe('parseServerMessage', () => {
  const events = ['StatusUpdateCompleted', 'StatusUpdateOngoing', 'ConversationUpdateExample', 'HangExample', 'EndOfCallReportExample', 'ErrorExample'];
  const fail = (input: unknown, options?: Parameters<typeof parseServerMessage>[1]) => {
    try {
      parseServerMessage(input, options);
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidServerMessageError);
      expect(e).toBeInstanceOf(ConnectCallError);
      return e as InvalidServerMessageError;
    }
    throw new Error('parseServerMessage accepted the input');
  };

  it.each(events)("accepts the contract's %s example as an object, a string and bytes", (name) => {
    const body = example(name);
    const text = JSON.stringify(body);
    for (const input of [body, text, new TextEncoder().encode(text)]) expect(parseServerMessage(input)).toEqual(body);
  });

  it('every message type has a validator (a new event needs no code here)', () => {
    for (const type of Object.keys(serverMessages)) {
      const err = fail({ message: { type, timestamp: 'not a number' } });
      expect(err.issues).toEqual([expect.objectContaining({ path: '/message/timestamp', keyword: 'type' })]);
      expect(err.operationId).toBe(serverMessages[type as keyof typeof serverMessages].operationId);
      expect(err.messageType).toBe(type);
    }
  });

  it('names each JSON Pointer of an off-contract message', () => {
    const err = fail({ message: { type: 'conversation-update', call: { id: 5 }, messages: [{ role: 'user', timestamp: true }] } });
    expect(err.issues.map((i) => i.path).sort()).toEqual(['/message/call/id', '/message/messages/0/timestamp']);
    expect(err.message).toMatch(/\/message\/call\/id/);
  });

  it('an unknown type lists the known ones', () => {
    const err = fail({ message: { type: 'tool-calls' } });
    expect(err.issues).toEqual([expect.objectContaining({ path: '/message/type', keyword: 'enum' })]);
    expect(err.message).toContain('conversation-update, end-of-call-report, error, hang, status-update');
    for (const type of ['__proto__', 'constructor', 'toString']) expect(fail({ message: { type } }).issues[0]!.keyword).toBe('enum');
  });

  it.each([
    [null, ''],
    [42, ''],
    [[], ''],
    [true, ''],
    ['null', ''],
    ['"text"', ''],
    [{}, '/message'],
    [{ message: 'hang' }, '/message'],
    [{ message: [] }, '/message'],
    [{ message: {} }, '/message/type'],
    [{ message: { type: 7 } }, '/message/type'],
  ])('refuses %j at %j', (input, pointer) => {
    expect(fail(input).issues[0]!.path).toBe(pointer);
  });

  it('refuses text that is not JSON, and bytes that are not UTF-8', () => {
    expect(fail('{"message":').issues[0]!.keyword).toBe('json');
    expect(fail('').issues[0]!.keyword).toBe('json');
    expect(fail(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])).issues[0]!.keyword).toBe('encoding');
  });

  it('refuses input over maxSize (1 MiB by default) before parsing it', () => {
    const big = JSON.stringify({ message: { type: 'hang', call: { id: 'x'.repeat(1024 * 1024) } } });
    expect(fail(big).issues[0]).toMatchObject({ keyword: 'maxSize' });
    expect(fail(new TextEncoder().encode(big)).issues[0]).toMatchObject({ keyword: 'maxSize' });
    expect(fail('{"message":{"type":"hang"}}', { maxSize: 10 }).issues[0]).toMatchObject({ keyword: 'maxSize' });
    expect(parseServerMessage(big, { maxSize: 2 * 1024 * 1024 })).toBeTruthy();
    expect(() => parseServerMessage('{}', { maxSize: 0 })).toThrow(/option "maxSize" must be an integer >= 1/);
  });

  it('refuses 100k-deep nesting with a typed error, as text and as a parsed value, without overflowing the stack', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(fail(deep).issues[0]).toMatchObject({ keyword: 'maxDepth' });
    const inside = `{"message":{"type":"hang","call":{"metrics":${deep}}}}`;
    const err = fail(inside);
    expect(err.issues[0]!.keyword).toBe('maxDepth');
    expect(err.issues[0]!.path.startsWith('/message/call/metrics/0/0/')).toBe(true);
    let parsed: unknown = [];
    for (let i = 0; i < 100_000; i++) parsed = [parsed];
    expect(fail({ message: { type: 'hang', phone: { x: parsed } } }).issues[0]!.keyword).toBe('maxDepth');
    const cyclic: any = { message: { type: 'hang', phone: {} } };
    cyclic.message.phone.self = cyclic;
    expect(fail(cyclic).issues[0]!.keyword).toBe('maxDepth');
  });

  it('refuses prototype-pollution keys and pollutes nothing', () => {
    const err = fail('{"message":{"type":"hang","phone":{"__proto__":{"polluted":true}}}}');
    expect(err.issues).toEqual([expect.objectContaining({ path: '/message/phone/__proto__', keyword: 'forbidden' })]);
    expect(fail('{"message":{"type":"hang","customer":{"constructor":{"prototype":{"polluted":true}}}}}').issues[0]!.path).toBe('/message/customer/constructor/prototype');
    expect(fail(JSON.parse('{"__proto__":{"polluted":true},"message":{"type":"hang"}}')).issues[0]!.path).toBe('/__proto__');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('a value that throws when read is a typed error, not a crash', () => {
    const hostile = { message: { type: 'hang' } } as Record<string, unknown>;
    Object.defineProperty(hostile['message'], 'phone', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    expect(fail(hostile).issues[0]!.keyword).toBe('unreadable');
    expect(
      fail(
        new Proxy(
          {},
          {
            ownKeys: () => {
              throw new Error('trap');
            },
          },
        ),
      ).issues[0]!.keyword,
    ).toBe('unreadable');
  });

  it("isTerminalStatus: finished and completed (the contract's two spellings), nothing else", () => {
    const statuses: string[] = bundled.components.schemas.ConversationStatus.enum;
    expect(statuses.filter((s) => isTerminalStatus(s)).sort()).toEqual(['completed', 'finished']);
    expect(isTerminalStatus(undefined)).toBe(false);
    expect(isTerminalStatus('forwarded')).toBe(false);
  });
});

describe('bundles', () => {
  it("parseServerMessage does not grow the client's bundle, and the client does not grow the receiver's", async () => {
    const bundle = async (entry: string) => {
      const r = await build({
        stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' },
        bundle: true,
        minify: true,
        format: 'esm',
        platform: 'browser',
        write: false,
        splitting: true,
        outdir: '/tmp/unused',
        logLevel: 'silent',
      });
      return r.outputFiles.find((f) => /stdin\.js$/.test(f.path))!.text;
    };
    const clientOnly = await bundle("export { createConnectCallClient } from './src/index.ts';");
    const receiverOnly = await bundle("export { parseServerMessage } from './src/index.ts';");
    expect(clientOnly).not.toMatch(/prototype-pollution|invalid server message|validateStatusUpdateMessage|end-of-call-report/);
    expect(receiverOnly).toMatch(/prototype-pollution/);
    expect(receiverOnly).not.toMatch(/Bearer |openapi-fetch|listAllCalls/);
  }, 30_000);
});

describe('configuration from the environment and named servers', () => {
  afterAll(() => vi.unstubAllEnvs());
  it('reads the token from INTERACTLY_API_KEY and the base URL from INTERACTLY_BASE_URL when they are not passed', async () => {
    vi.stubEnv('INTERACTLY_API_KEY', TOKEN);
    vi.stubEnv('INTERACTLY_BASE_URL', server.url);
    const c = createConnectCallClient();
    expect(c.baseUrl).toBe(server.url);
    await c.connectCall(minimal);
    expect(server.seen[0]!.headers.authorization).toBe(`Bearer ${TOKEN}`);
    vi.unstubAllEnvs();
  });
  it('options win over the environment', () => {
    vi.stubEnv('INTERACTLY_API_KEY', 'from-env');
    vi.stubEnv('INTERACTLY_BASE_URL', 'http://127.0.0.1:1');
    expect(createConnectCallClient({ token: TOKEN, baseUrl: server.url }).baseUrl).toBe(server.url);
    expect(createConnectCallClient({ server: 'qa' }).baseUrl).toBe('https://api-qa.interactly.ai');
    vi.unstubAllEnvs();
  });
  it('a missing token says both ways to give one', () => {
    vi.stubEnv('INTERACTLY_API_KEY', '');
    expect(() => createConnectCallClient({})).toThrow(/no API key: pass \{ token \} or set the INTERACTLY_API_KEY environment variable/);
    expect(() => createConnectCallClient()).toThrow(/INTERACTLY_API_KEY/);
    vi.unstubAllEnvs();
  });
  it("server picks one of the contract's servers by name; production is the default", () => {
    vi.stubEnv('INTERACTLY_BASE_URL', '');
    expect(createConnectCallClient({ token: TOKEN }).baseUrl).toBe('https://api-prod.interactly.ai');
    expect(createConnectCallClient({ token: TOKEN, server: 'production' }).baseUrl).toBe('https://api-prod.interactly.ai');
    expect(createConnectCallClient({ token: TOKEN, server: 'qa' }).baseUrl).toBe('https://api-qa.interactly.ai');
    expect(() => createConnectCallClient({ token: TOKEN, server: 'staging' as never })).toThrow(/"server" must be one of "production", "qa", got "staging"/);
    expect(() => createConnectCallClient({ token: TOKEN, server: 'qa', baseUrl: server.url })).toThrow(/either option "server" or option "baseUrl", not both/);
    vi.unstubAllEnvs();
  });
});

describe('request ids', () => {
  it("come from the problem's instance (urn:request:<id>), where the contract carries them", async () => {
    server.handle((_req, res) => {
      res.writeHead(404, { 'content-type': 'application/problem+json' }).end(JSON.stringify(example('ProblemNotFound')));
    });
    const err = (await client()
      .getCall('nope')
      .catch((e: unknown) => e)) as ApiError;
    expect(err).toBeInstanceOf(ApiError);
    expect(err.requestId).toBe('0b9d8c7e-6f5a-4b3c-8d2e-1f0a9b8c7d6e');
    expect(err.message).toContain('(request id 0b9d8c7e-6f5a-4b3c-8d2e-1f0a9b8c7d6e)');
  });
});
