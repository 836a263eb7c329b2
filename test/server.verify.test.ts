/**
 * `npm run verify -- --upstream <reference server>`: the reference server
 * (the server target over the in-memory fake) keeps the contract in every
 * verify scenario, for every operation, with Prism as the validating proxy.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatReport, verifyUpstream, type VerifyReport } from '../scripts/lib/verify/run.ts';
import { startReferenceServer, type ReferenceServer } from '../scripts/lib/reference-server.ts';
import { routes } from '../generated/operations.ts';
import type { ResponseViolation } from '../src/server/index.ts';

let server: ReferenceServer;
let report: VerifyReport;
const ownViolations: ResponseViolation[] = [];

beforeAll(async () => {
  server = await startReferenceServer({ seed: 'verify', onResponseViolation: (v) => ownViolations.push(v) });
  report = await verifyUpstream({ upstream: server.url });
}, 60_000);
afterAll(async () => {
  await server?.close();
});

describe('verify against the reference server', () => {
  it('reports zero violations', () => {
    expect(report.violations, formatReport(report)).toEqual([]);
    expect(report.ok).toBe(true);
    expect(ownViolations).toEqual([]);
  });

  it('every operation of the contract was exercised, with every status verify expects', () => {
    expect(new Set(report.results.map((r) => r.scenario.operationId))).toEqual(new Set(Object.keys(routes)));
    for (const r of report.results) expect(r.status, r.scenario.name).toBe(Number(r.scenario.expectedStatus));
    expect(new Set(report.results.map((r) => r.status))).toEqual(new Set([200, 400, 401, 404]));
  });

  it("the chain ran on the server's own state: the created call was got and controlled", () => {
    expect(report.callIdFrom).toBe('connectCall reference request');
    expect(server.store.size).toBe(2); // the two valid connectCall scenarios
    const got = report.results.find((r) => r.scenario.name === 'getCall the call')!;
    const id = decodeURIComponent(got.request.path.split('/').pop()!);
    expect(server.store.get(id)?.messages).toEqual([expect.objectContaining({ role: 'assistant' })]);
  });
});
