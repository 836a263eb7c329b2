/**
 * The MSW target (@interactly/connect-call/msw) in Node: msw/node's
 * setupServer intercepts the client's fetch in-process, no server process
 * and no socket (the base URL points at a closed port). The client's contract
 * scenarios for every operation: named examples (selectable per test and by
 * Prefer), the 401 and 400 problems Prism would send, and the stateful mode
 * with the reference server's lifecycle, deterministic given a seed and a clock.
 */
import fs from 'node:fs';
import path from 'node:path';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, createConnectCallClient, type ConnectCallRequest } from '../src/index.ts';
import { handlers, statefulHandlers, createCallStore, steppingClock } from '../src/msw/index.ts';
import { routes, type OperationId } from '../generated/operations.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const json = (rel: string): any => JSON.parse(fs.readFileSync(path.join(ROOT, rel), 'utf8'));
const bundle = json('generated/openapi.json');
const referenceRequest: ConnectCallRequest = json('test/fixtures/reference-request.json');
const minimal: ConnectCallRequest = json('test/fixtures/minimal-request.json');
/** Nothing listens here: a request that escaped MSW would fail with ECONNREFUSED. */
const BASE = 'http://127.0.0.1:9';
const WINDOW = { startDate: '2024-11-01T00:00:00.000Z', endDate: '2024-11-30T23:59:59.999Z' };

/** The value of a named example of the bundled contract. */
const example = (name: string) => bundle.components.examples[name].value;

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const client = () => createConnectCallClient({ token: 'test-token', baseUrl: BASE, timeoutMs: 5_000 });
const raw = (p: string, init: RequestInit = {}) => fetch(`${BASE}${p}`, init);

describe('handlers(): the named examples, through the client', () => {
  it('covers every operation of the contract', () => {
    expect(
      handlers()
        .map((h) => h.info.header)
        .sort(),
    ).toEqual((Object.keys(routes) as OperationId[]).map((id) => `${routes[id].method.toUpperCase()} *${routes[id].path.replace(/\{(\w+)\}/g, ':$1')}`).sort());
  });

  it('every operation answers its first named example by default, as Prism does', async () => {
    server.use(...handlers());
    const c = client();
    expect(await c.connectCall(referenceRequest)).toEqual(example('CallQueued'));
    expect(await c.getCall('any-id')).toEqual(example('ConversationFinished'));
    expect(await c.listCalls(WINDOW)).toEqual(example('ListCallsFirstPage'));
    expect(await c.controlCall('any-id', { type: 'say', message: 'hi' })).toEqual(example('ControlCallApplied'));
  });

  it('an example is selectable per test, and per request with Prefer', async () => {
    server.use(...handlers({ examples: { controlCall: 'notApplied', listCalls: 'lastPage' } }));
    const c = client();
    expect(await c.controlCall('x', { type: 'end', message: 'bye' })).toEqual(example('ControlCallNotApplied'));
    expect(await c.listCalls(WINDOW)).toEqual(example('ListCallsLastPage'));
    expect(await c.listCalls(WINDOW, { headers: { prefer: 'example=firstPage' } })).toEqual(example('ListCallsFirstPage'));
  });

  it('an unknown example name or operation fails at setup, naming the choices', () => {
    expect(() => handlers({ examples: { getCall: 'done' } })).toThrow(/getCall has no 200 example named "done" \(its examples: finished\)/);
    expect(() => handlers({ examples: { deleteCall: 'x' } as never })).toThrow(/examples\.deleteCall is not an operation of the contract/);
  });

  it('another declared status per test (status option) or per request (Prefer: code=…), with its declared headers', async () => {
    server.use(...handlers({ status: { getCall: 404 } }));
    const c = client();
    const notFound = await c.getCall('x').catch((e: unknown) => e);
    expect(notFound).toBeInstanceOf(ApiError);
    expect((notFound as ApiError).problem).toEqual(example('ProblemNotFound'));
    const limited = await c.connectCall(minimal, { headers: { prefer: 'code=429' } }).catch((e: unknown) => e);
    expect((limited as ApiError).status).toBe(429);
    expect((limited as ApiError).retryAfter).toBe(30);
  });

  it('401 problem without a bearer token (before the body is looked at), as Prism sends', async () => {
    server.use(...handlers());
    const res = await raw('/calls/v1/conversations/connect', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"direction":"sideways"}' });
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(await res.json()).toMatchObject({ status: 401, title: expect.any(String) });
  });

  it('400 problem naming each invalid body field, query and path parameter by JSON Pointer', async () => {
    server.use(...handlers());
    const auth = { authorization: 'Bearer t', 'content-type': 'application/json' };
    const body = await raw('/calls/v1/conversations/connect', { method: 'POST', headers: auth, body: JSON.stringify({ ...minimal, direction: 'sideways' }) });
    expect(body.status).toBe(400);
    expect(body.headers.get('content-type')).toBe('application/problem+json');
    expect((await body.json()).errors).toEqual([{ pointer: '/direction', detail: 'must be equal to one of the allowed values: inbound, outbound' }]);
    const query = await raw('/calls/v1/conversations?endDate=2024-11-30T00:00:00Z&size=ten&sort=length', { headers: auth });
    expect(query.status).toBe(400);
    expect((await query.json()).errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual(['/query/size', '/query/sort', '/query/startDate']);
    const control = await raw('/calls/v1/conversations/x/control', { method: 'POST', headers: auth, body: JSON.stringify({ type: 'hangup' }) });
    expect((await control.json()).errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual(['/message', '/type']);
  });

  it('a client-side invalid request still never reaches MSW (the client validates first)', async () => {
    server.use(...handlers());
    await expect(client().connectCall({ ...minimal, direction: 'sideways' as never })).rejects.toThrow(/direction/);
  });

  it('only the given origin is mocked when baseUrl is set', async () => {
    server.use(...handlers({ baseUrl: 'https://api-qa.interactly.ai' }));
    const qa = createConnectCallClient({ token: 't', baseUrl: 'https://api-qa.interactly.ai' });
    expect((await qa.getCall('x')).id).toBe(example('ConversationFinished').id);
    await expect(client().getCall('x')).rejects.toThrow();
    expect(() => handlers({ baseUrl: 'api-qa.interactly.ai' })).toThrow(/baseUrl must be "\*" or an http\(s\) origin/);
  });
});

describe('statefulHandlers(): calls created, got, listed and ended, in-process', () => {
  it('the lifecycle, through the client', async () => {
    server.use(...statefulHandlers({ seed: 'msw', now: steppingClock('2024-11-10T09:00:00.000Z', 1000) }));
    const c = client();
    const a = await c.connectCall(minimal);
    const b = await c.connectCall({ ...minimal, direction: 'inbound' });
    expect(a).toMatchObject({ id: expect.stringMatching(/^CC-/), status: 'queued', phoneNumberId: minimal.phoneNumberId, customer: minimal.customer, createdAt: '2024-11-10T09:00:00.000Z' });
    expect(a.monitor?.controlUrl).toBe(`${BASE}/calls/v1/conversations/${a.id}/control`);
    expect(await c.getCall(b.id!)).toMatchObject({ id: b.id, direction: 'inbound', status: 'queued' });
    expect(await c.listCalls({ ...WINDOW, size: 1, page: 2 })).toEqual({ totalCount: 2, conversations: [expect.objectContaining({ id: b.id })] });
    await c.controlCall(a.id!, { type: 'end', message: 'Goodbye!' });
    expect(await c.getCall(a.id!)).toMatchObject({ status: 'finished', endAt: expect.any(String) });
    const missing = await c.getCall('CC-unknown').catch((e: unknown) => e);
    expect((missing as ApiError).status).toBe(404);
  });

  it('is deterministic given a seed and a clock: two runs give the same answers', async () => {
    const run = async () => {
      server.resetHandlers(...statefulHandlers({ seed: 7, now: steppingClock('2024-11-02T00:00:00Z', 500) }));
      const c = client();
      const made = [await c.connectCall(minimal), await c.connectCall(minimal)];
      await c.controlCall(made[0]!.id!, { type: 'end', message: 'x' });
      return { made, list: await c.listCalls(WINDOW) };
    };
    const first = await run();
    expect(await run()).toEqual(first);
  });

  it('a store passed in is the one answered from (to pre-fill or inspect it)', async () => {
    const store = createCallStore({ seed: 1 });
    const pre = store.create(minimal, BASE);
    server.use(...statefulHandlers({ store }));
    expect((await client().getCall(pre.id!)).id).toBe(pre.id);
    await client().connectCall(minimal);
    expect(store.size).toBe(2);
  });

  it('checks requests like the example mode: 401 and 400 before the store is touched', async () => {
    const store = createCallStore({ seed: 2 });
    server.use(...statefulHandlers({ store }));
    expect((await raw('/calls/v1/conversations/connect', { method: 'POST', body: JSON.stringify(minimal) })).status).toBe(401);
    expect((await raw('/calls/v1/conversations/connect', { method: 'POST', headers: { authorization: 'Bearer t', 'content-type': 'application/json' }, body: '{}' })).status).toBe(400);
    expect(store.size).toBe(0);
  });
});
