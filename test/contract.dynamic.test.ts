/**
 * Prism in dynamic mode (`Prefer: dynamic=true` on the shared mock): responses
 * generated from the schemas instead of the examples. For EVERY operation a
 * bounded batch of them, across every declared status, must validate against
 * the contract's generated response validators (the schemas are
 * self-consistent and generable), and the client with `validateResponses: true`
 * must accept what a schema-faithful server could send.
 */
import { describe, expect, inject, it } from 'vitest';
import { ApiError, createConnectCallClient, ResponseValidationError, type ConnectCallClient } from '../src/index.ts';
import { operations, routes, type OperationId } from '../generated/operations.ts';
import { responseValidator } from '../scripts/lib/verify/check.ts';
import { requestExample } from '../scripts/lib/examples.ts';

const prismUrl = inject('prismUrl');
const OPERATION_IDS = Object.keys(operations) as OperationId[];

/** Generated responses checked per operation: half of them 200, the rest shared by the error statuses. */
const PER_OPERATION = 50;
const CONCURRENCY = 8;
/** Through the client, per operation: this many 200s, then every error status once. */
const CLIENT_OKS = 5;

/** A valid request of each operation (the dynamic answer does not depend on it, but Prism validates it first). */
const REQUESTS: Record<OperationId, { path: string; query?: Record<string, string>; body?: unknown }> = {
  connectCall: { path: operations.connectCall.path, body: requestExample('connectCall', 'minimal') },
  getCall: { path: operations.getCall.path.replace('{id}', 'CC-dynamic') },
  listCalls: { path: operations.listCalls.path, query: { startDate: '2024-11-01T00:00:00.000Z', endDate: '2024-11-30T23:59:59.999Z' } },
  controlCall: { path: operations.controlCall.path.replace('{id}', 'CC-dynamic'), body: requestExample('controlCall', 'say') },
};

async function pool<T>(n: number, worker: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = new Array(n);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(CONCURRENCY, n) }, async () => {
      while (next < n) {
        const i = next++;
        out[i] = await worker(i);
      }
    }),
  );
  return out;
}

function ask(id: OperationId, prefer: string) {
  const req = REQUESTS[id];
  const query = req.query ? `?${new URLSearchParams(req.query).toString()}` : '';
  return fetch(`${prismUrl}${req.path}${query}`, {
    method: operations[id].method.toUpperCase(),
    headers: { authorization: 'Bearer test-token', prefer, ...(req.body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(req.body === undefined ? {} : { body: JSON.stringify(req.body) }),
  });
}

/** Call an operation's client method with the request above: path parameters, query, body, options. */
function invoke(c: ConnectCallClient, id: OperationId, headers: Record<string, string>): Promise<unknown> {
  const req = REQUESTS[id];
  const route = routes[id];
  const args = [...route.pathParams.map(() => 'CC-dynamic'), ...(route.query ? [req.query] : []), ...(route.hasBody ? [req.body] : []), { headers }];
  return (c as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[id]!(...args);
}

it('every operation has a request here', () => {
  expect(Object.keys(REQUESTS).sort()).toEqual([...OPERATION_IDS].sort());
});

describe.each(OPERATION_IDS)('%s: dynamic responses validate against the response schemas', (id) => {
  const statuses = Object.keys(operations[id].responses);
  const errors = statuses.filter((s) => s !== '200');
  const plan = [...Array.from({ length: PER_OPERATION / 2 }, () => '200'), ...Array.from({ length: PER_OPERATION / 2 }, (_, i) => errors[i % errors.length]!)];

  it(`${PER_OPERATION} generated responses across ${statuses.join(', ')} all validate`, async () => {
    const results = await pool(plan.length, async (i) => {
      const status = plan[i]!;
      const res = await ask(id, `code=${status}, dynamic=true`);
      return { status, got: res.status, contentType: res.headers.get('content-type') ?? '', text: await res.text() };
    });
    const failures: string[] = [];
    const distinct = new Map<string, Set<string>>();
    for (const r of results) {
      if (r.got !== Number(r.status)) {
        failures.push(`asked for ${r.status}, got ${r.got}: ${r.text.slice(0, 200)}`);
        continue;
      }
      const expectedType = (operations[id].responses as Record<string, { contentType: string }>)[r.status]!.contentType;
      if (!r.contentType.startsWith(expectedType)) failures.push(`${r.status}: content-type ${r.contentType}, expected ${expectedType}`);
      const validate = responseValidator(id, r.status)!;
      if (!validate(JSON.parse(r.text))) failures.push(`${r.status}: ${JSON.stringify(validate.errors)} in ${r.text.slice(0, 300)}`);
      (distinct.get(r.status) ?? distinct.set(r.status, new Set()).get(r.status)!).add(r.text);
    }
    expect(failures, failures.slice(0, 5).join('\n')).toEqual([]);
    // They really are generated: the 200s differ from one another, and so do each status's error bodies.
    expect(distinct.get('200')?.size ?? 0, 'distinct dynamic 200 bodies').toBeGreaterThan(PER_OPERATION / 4);
    for (const status of errors) expect(distinct.get(status)?.size ?? 0, `distinct dynamic ${status} bodies`).toBeGreaterThan(1);
  });

  it(`the client (validateResponses on) accepts ${CLIENT_OKS} generated 200 bodies and maps each generated error body to ApiError`, async () => {
    const client = createConnectCallClient({ token: 'test-token', baseUrl: prismUrl, validateResponses: true });
    for (let i = 0; i < CLIENT_OKS; i++) {
      const value = await invoke(client, id, { Prefer: 'dynamic=true' });
      expect(responseValidator(id, '200')!(value)).toBe(true);
    }
    for (const status of errors) {
      const err = await invoke(client, id, { Prefer: `code=${status}, dynamic=true` }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err, status).not.toBeInstanceOf(ResponseValidationError);
      expect(err, status).toBeInstanceOf(ApiError);
      expect((err as ApiError).status).toBe(Number(status));
    }
  });
});
