/**
 * The client's runtime behaviour against a real node:http server on
 * 127.0.0.1: auth, base URL, validation before any traffic, timeouts, caller
 * aborts, error mapping, dropped connections and token redaction.
 */
import util from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ApiError,
  ConnectCallError,
  createConnectCallClient,
  NetworkError,
  RequestValidationError,
  TimeoutError,
  UserAbortError,
  defaultServerUrl,
  type ConnectCallRequest,
} from '../src/index.ts';
import { fixture } from './helpers/schemas.ts';
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
    const err = await client({ fetch }).connectCall(bad).catch((e: unknown) => e);
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
    const err = (await client().connectCall(bad).catch((e: unknown) => e)) as RequestValidationError;
    expect(err.issues).toEqual([{ path: '/assistant/startSpeakingOptions/LiveKitBaseValue', keyword: 'type', message: 'must be number' }]);
    expect(server.seen).toHaveLength(0);
  });

  it('validateRequests: false sends the body as it is', async () => {
    server.handle((_req, res) => res.writeHead(400, { 'content-type': 'application/problem+json' }).end(problem(400)));
    const err = await client({ validateRequests: false }).connectCall({ direction: 'sideways' } as any).catch((e: unknown) => e);
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
    const err = (await client().connectCall(minimal).catch((e: unknown) => e)) as ApiError;
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
    const err = (await client().connectCall(minimal).catch((e: unknown) => e)) as ApiError;
    expect(err).toBeInstanceOf(ApiError);
    expect(err.status).toBe(502);
    expect(err.problem).toBeUndefined();
    expect(err.body).toBe('<html>Bad Gateway</html>');
    expect(err.fieldErrors).toEqual([]);
  });

  it('a dropped connection becomes a NetworkError with the cause', async () => {
    server.handle((req) => req.socket.destroy());
    const err = (await client().connectCall(minimal).catch((e: unknown) => e)) as NetworkError;
    expect(err).toBeInstanceOf(NetworkError);
    expect(err.cause).toBeInstanceOf(Error);
    expect(err.message).toMatch(/network error/);
    expect(server.seen).toHaveLength(1);
  });

  it('a refused connection becomes a NetworkError', async () => {
    const closed = await startServer();
    await closed.close();
    const err = await createConnectCallClient({ token: TOKEN, baseUrl: closed.url }).connectCall(minimal).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NetworkError);
    expect(String((err as NetworkError).message)).toMatch(/ECONNREFUSED|fetch failed/);
  });
});

describe('timeouts and aborts', () => {
  it('times out with a TimeoutError when the server does not answer', async () => {
    server.handle(() => {}); // never answers
    const t0 = Date.now();
    const err = await client({ timeoutMs: 150 }).connectCall(minimal).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TimeoutError);
    expect((err as TimeoutError).timeoutMs).toBe(150);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(140);
    expect(Date.now() - t0).toBeLessThan(5000);
  });

  it('a per-call timeout overrides the client one', async () => {
    server.handle(() => {});
    const err = await client({ timeoutMs: 60_000 }).connectCall(minimal, { timeoutMs: 100 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TimeoutError);
  });

  it('times out while the body is still arriving', async () => {
    server.handle((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"id":'); // and never finishes
    });
    const err = await client({ timeoutMs: 150 }).connectCall(minimal).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TimeoutError);
  });

  it("honours the caller's signal with a UserAbortError", async () => {
    server.handle(() => {});
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('user left')), 50);
    const err = await client().connectCall(minimal, { signal: controller.signal }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserAbortError);
    expect((err as UserAbortError).cause).toEqual(new Error('user left'));
  });

  it('an already-aborted signal sends nothing', async () => {
    const fetch = vi.fn();
    const err = await client({ fetch }).connectCall(minimal, { signal: AbortSignal.abort() }).catch((e: unknown) => e);
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
    const dumps = [
      util.inspect(c, { depth: 10, showHidden: true }),
      JSON.stringify(c),
      ...errors.flatMap((e) => [util.inspect(e, { depth: 10, showHidden: true }), JSON.stringify(e), String(e), (e as Error).stack ?? '', JSON.stringify(Object.assign({}, e))]),
    ];
    for (const d of dumps) {
      expect(d).not.toContain(TOKEN);
      expect(d).not.toContain('SECRET');
    }
    expect(errors.map((e) => (e as Error).constructor.name)).toEqual(['ApiError', 'NetworkError', 'TimeoutError', 'RequestValidationError']);
  });
});

describe('options are checked by name', () => {
  it.each([
    [{ token: '' }, /"token" must be a non-empty string/],
    [{ token: TOKEN, baseUrl: 'api.example' }, /"baseUrl" must be an absolute http\(s\) URL/],
    [{ token: TOKEN, baseUrl: 'ftp://x' }, /"baseUrl"/],
    [{ token: TOKEN, timeoutMs: -1 }, /"timeoutMs" must be a number of milliseconds >= 0/],
    [{ token: TOKEN, fetch: 'nope' }, /"fetch" must be a function/],
  ])('%o', (opts, message) => {
    expect(() => createConnectCallClient(opts as any)).toThrow(message);
  });
});
