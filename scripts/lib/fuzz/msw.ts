/**
 * The MSW target against Prism: the fuzzer's seeded HTTP cases
 * (scripts/lib/fuzz/cases.ts) are sent to a Prism mock and, in-process,
 * to the MSW handlers (msw's getResponse: no interception, no socket), and
 * the two accept/reject verdicts are compared case by case.
 *
 * A verdict is "accept" for a 2xx answer and "reject" for a 4xx one. A
 * request no MSW handler matches counts as rejected: it is one the WHATWG URL
 * parser rewrites before any handler sees it (a "." or ".." path segment,
 * which fetch normalises too), and Prism answers such a path 404/405. A 5xx
 * from either side is a disagreement.
 */
import { getResponse } from 'msw';
import { loadContractSchemas } from './contract-schemas.ts';
import type { FuzzCase } from './case-types.ts';
import { generateCases } from './cases.ts';
import { askMock } from './judges.ts';
import { handlers } from '../../../src/msw/index.ts';

export interface MswComparison {
  seed: number;
  /** HTTP cases compared (the server-message cases have no HTTP side). */
  sent: number;
  accepted: number;
  rejected: number;
  disagreements: { index: number; kind: string; request: string; prism: number | string; msw: number | 'no handler' }[];
  elapsedMs: number;
}

const MSW_ORIGIN = 'http://msw.invalid';
type Verdict = 'accept' | 'reject' | 'error';
const verdictOf = (status: number | 'no handler'): Verdict => (status === 'no handler' || (status >= 400 && status < 500) ? 'reject' : status >= 200 && status < 300 ? 'accept' : 'error');

/** The case as a Request to the MSW handlers, with the headers askMock sends to Prism. */
function asRequest(c: FuzzCase): Request {
  const headers: Record<string, string> = { authorization: 'Bearer fuzz-token' };
  if (c.contentType !== null) headers['content-type'] = c.contentType;
  return new Request(`${MSW_ORIGIN}${c.url}`, { method: c.method, headers, ...(c.body === null ? {} : { body: c.contentType === null ? new Blob([c.body]) : c.body }) });
}

export async function compareMswWithPrism(opts: { prismUrl: string; seed: number; count: number; concurrency?: number; seconds?: number }): Promise<MswComparison> {
  const t0 = performance.now();
  const deadline = t0 + (opts.seconds ?? 300) * 1000;
  const cases = generateCases(loadContractSchemas(), opts.seed, opts.count).filter((c) => c.channel === 'http');
  const mocks = handlers({ baseUrl: MSW_ORIGIN, validateResponses: true });
  const out: MswComparison = { seed: opts.seed, sent: 0, accepted: 0, rejected: 0, disagreements: [], elapsedMs: 0 };
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < cases.length && performance.now() < deadline) {
      const c = cases[next++]!;
      // A request Prism does not answer at all is a finding of its own, not a crash of the run.
      const prism: number | string = await askMock(opts.prismUrl, c).then(
        (a) => a.status,
        (err: unknown) => `no answer (${err instanceof Error ? ((err.cause as Error | undefined)?.message ?? err.message) : String(err)})`,
      );
      const answer = await getResponse(mocks, asRequest(c));
      const msw = answer ? answer.status : ('no handler' as const);
      await answer?.arrayBuffer();
      out.sent++;
      const [p, m] = [typeof prism === 'number' ? verdictOf(prism) : 'error', verdictOf(msw)];
      if (p === m && p !== 'error') out[p === 'accept' ? 'accepted' : 'rejected']++;
      else out.disagreements.push({ index: c.index, kind: c.kind, request: `${c.method} ${c.url.slice(0, 300)} (content-type ${c.contentType ?? 'none'})`, prism, msw });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, opts.concurrency ?? 4) }, worker));
  out.elapsedMs = Math.round(performance.now() - t0);
  return out;
}
