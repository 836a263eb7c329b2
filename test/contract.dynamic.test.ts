/**
 * Prism in dynamic mode (`Prefer: dynamic=true` on the shared mock): responses
 * generated from the schemas instead of the examples. A bounded batch of them,
 * for every declared status, must validate against the contract's response
 * validators, i.e. the schemas are self-consistent and generable, and the
 * client accepts what a schema-faithful server could send.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { ApiError, createConnectCallClient } from '../src/index.ts';
import { operations } from '../generated/operations.ts';
import * as validators from '../generated/validators.js';

const op = operations.connectCall;
const prismUrl = inject('prismUrl');
const minimal = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, 'fixtures/minimal-request.json'), 'utf8'));
type Validator = ((d: unknown) => boolean) & { errors?: unknown };
const validatorFor = (status: string) => (validators as unknown as Record<string, Validator>)[`validateConnectCallResponse${status}`]!;

/** Total generated responses checked; split between the 200 and the error statuses. */
const BATCH = 300;
const CONCURRENCY = 8;

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

describe('dynamic responses validate against the response schemas', () => {
  const statuses = Object.keys(op.responses);
  // 200 gets half the batch; the error statuses share the rest.
  const plan = [...Array.from({ length: BATCH / 2 }, () => '200'), ...Array.from({ length: BATCH / 2 }, (_, i) => statuses.filter((s) => s !== '200')[i % (statuses.length - 1)]!)];

  it(`${BATCH} generated responses across ${statuses.join(', ')} all validate`, async () => {
    const results = await pool(plan.length, async (i) => {
      const status = plan[i]!;
      const res = await fetch(`${prismUrl}${op.path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer test-token', prefer: `code=${status}, dynamic=true` },
        body: JSON.stringify(minimal),
      });
      const text = await res.text();
      return { status, got: res.status, contentType: res.headers.get('content-type') ?? '', text };
    });
    const failures: string[] = [];
    const distinct = new Map<string, Set<string>>();
    for (const r of results) {
      if (r.got !== Number(r.status)) {
        failures.push(`asked for ${r.status}, got ${r.got}: ${r.text.slice(0, 200)}`);
        continue;
      }
      const expectedType = (op.responses as Record<string, { contentType: string }>)[r.status]!.contentType;
      if (!r.contentType.startsWith(expectedType)) failures.push(`${r.status}: content-type ${r.contentType}, expected ${expectedType}`);
      const body = JSON.parse(r.text);
      const validate = validatorFor(r.status);
      if (!validate(body)) failures.push(`${r.status}: ${JSON.stringify(validate.errors)} in ${r.text.slice(0, 300)}`);
      (distinct.get(r.status) ?? distinct.set(r.status, new Set()).get(r.status)!).add(r.text);
    }
    expect(failures, failures.slice(0, 5).join('\n')).toEqual([]);
    // They really are generated: many different bodies per status, not the one example.
    for (const status of statuses) expect(distinct.get(status)?.size ?? 0, `distinct dynamic ${status} bodies`).toBeGreaterThan(5);
  });

  it('the client accepts generated 200 bodies and maps generated error bodies to ApiError', async () => {
    const client = createConnectCallClient({ token: 'test-token', baseUrl: prismUrl });
    for (let i = 0; i < 20; i++) {
      const call = await client.connectCall(minimal, { headers: { Prefer: 'dynamic=true' } });
      expect(validators.validateCall(call)).toBe(true);
    }
    for (const status of statuses.filter((s) => s !== '200')) {
      const err = await client.connectCall(minimal, { headers: { Prefer: `code=${status}, dynamic=true` } }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(ApiError);
      expect((err as ApiError).status).toBe(Number(status));
      expect(validators.validateProblem((err as ApiError).problem)).toBe(true);
    }
  });
});
