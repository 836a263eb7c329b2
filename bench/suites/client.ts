/**
 * Suite 2: what the client costs on top of a raw fetch. client.connectCall()
 * and a raw fetch() of the same body with the same headers, against a bare
 * node:http server (its own process) answering the reference response, both
 * keep-alive, sequential and at concurrency 32; rounds alternate the variants.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { createConnectCallClient } from '../../src/index.ts';
import { startBareServer } from '../lib/proc.ts';
import { requestExample, responseExample } from '../../scripts/lib/examples.ts';
import { runLoad, type LoadResult } from '../lib/load.ts';
import { fmtMs, fmtRatio, median, quantile, roundSpread, spread, sum, type Spread } from '../lib/stats.ts';
import { mdTable, rounds, type Row, type SuiteContext, type SuiteResult } from '../lib/report.ts';

const PATH = '/calls/v1/conversations/connect';
const TOKEN = 'bench-token';

type Variant = 'raw' | 'rawSignal' | 'client' | 'clientValidating';
const LABEL: Record<Variant, string> = {
  raw: 'raw fetch',
  rawSignal: 'raw fetch + AbortSignal (for reference)',
  client: 'client, validateRequests: false',
  clientValidating: 'client, validateRequests: true',
};

/** Headers the client puts on the wire, seen by a throwaway server, so the raw fetch can send the same. */
async function observeHeaders(send: (baseUrl: string) => Promise<unknown>): Promise<Record<string, string>> {
  let seen: http.IncomingHttpHeaders = {};
  const server = http.createServer((req, res) => {
    seen = req.headers;
    req.resume();
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  try {
    await send(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
  }
  // Headers undici adds by itself on every fetch are not the caller's choice.
  const drop = new Set(['host', 'connection', 'content-length', 'accept-encoding', 'accept-language', 'sec-fetch-mode', 'user-agent', 'accept']);
  return Object.fromEntries(
    Object.entries(seen)
      .filter(([k]) => !drop.has(k))
      .map(([k, v]) => [k, String(v)])
      .sort(),
  );
}

export async function clientSuite(ctx: SuiteContext): Promise<SuiteResult> {
  const t0 = performance.now();
  // The contract's own examples: every field the reference shows, and the queued call it answers.
  const body = requestExample('connectCall', 'full') as Record<string, unknown>;
  const expected = responseExample('connectCall', '200', 'queued');
  const answerFile = path.join(ctx.tmp, 'reference-response.json');
  fs.writeFileSync(answerFile, JSON.stringify(expected));

  // The same headers on both sides: take the client's from the wire.
  const clientHeaders = await observeHeaders((baseUrl) => createConnectCallClient({ token: TOKEN, baseUrl, validateRequests: false }).connectCall(body as never));
  const rawHeaders = await observeHeaders((baseUrl) => fetch(`${baseUrl}${PATH}`, { method: 'POST', headers: clientHeaders, body: JSON.stringify(body) }).then((r) => r.arrayBuffer()));
  const sameHeaders = JSON.stringify(clientHeaders) === JSON.stringify(rawHeaders);

  const server = await startBareServer(answerFile);
  const details: string[] = [];
  const data: Record<string, unknown> = {};
  const rows: Row[] = [];
  try {
    const url = `${server.url}${PATH}`;
    const client = createConnectCallClient({ token: TOKEN, baseUrl: server.url, validateRequests: false });
    const clientValidating = createConnectCallClient({ token: TOKEN, baseUrl: server.url, validateRequests: true });
    const send: Record<Variant, () => Promise<unknown>> = {
      raw: async () => {
        const res = await fetch(url, { method: 'POST', headers: clientHeaders, body: JSON.stringify(body) });
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        return res.json();
      },
      // What any fetch that enforces a timeout pays: an AbortController's signal in the init.
      rawSignal: async () => {
        const controller = new AbortController();
        const res = await fetch(url, { method: 'POST', headers: clientHeaders, body: JSON.stringify(body), signal: controller.signal });
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        return res.json();
      },
      client: () => client.connectCall(body as never),
      clientValidating: () => clientValidating.connectCall(body as never),
    };
    // Every variant must actually get the reference response back.
    for (const v of Object.keys(send) as Variant[]) {
      const got = await send[v]();
      if (JSON.stringify(got) !== JSON.stringify(expected)) throw new Error(`${LABEL[v]} did not return the reference response`);
    }

    const variants: Variant[] = ['raw', 'client', 'clientValidating', 'rawSignal'];
    // Many short rounds, each running every variant back to back (order rotated):
    // drift on this shared machine hits a round's variants alike, and the median
    // of many per-round ratios shrugs off the rounds a GC pause or a neighbour spoiled.
    const levels = [
      { concurrency: 1, rounds: rounds(ctx, 30, 8), block: { concurrency: 1, maxRequests: 100, maxMs: 1000 } },
      { concurrency: 32, rounds: rounds(ctx, 24, 8), block: { concurrency: 32, maxRequests: 320, maxMs: 1000 } },
    ];
    // Warm-up: connections open, JIT warm.
    for (const level of levels) for (const v of variants) await runLoad(send[v], { concurrency: level.concurrency, maxRequests: 300, maxMs: 2000 });

    for (const level of levels) {
      const seg: Record<Variant, LoadResult[]> = { raw: [], rawSignal: [], client: [], clientValidating: [] };
      for (let r = 0; r < level.rounds; r++) {
        const order = variants.map((_, i) => variants[(i + r) % variants.length]!);
        for (const v of order) {
          const res = await runLoad(send[v], level.block);
          if (res.errors) throw new Error(`${LABEL[v]}: ${res.errors} failed requests (first: ${res.firstError})`);
          seg[v].push(res);
        }
      }
      const medLat = (v: Variant) => seg[v].map((s) => median(s.latencies));
      const perReq = (v: Variant) => seg[v].map((s) => s.wallMs / s.count);
      // The target's measure: each round's median time per request over raw fetch's.
      const ratio = (v: Variant): Spread => spread(medLat(v).map((x, i) => x / medLat('raw')[i]!));
      // Beside it: wall time ÷ requests (the inverse of throughput).
      const wallRatio = (v: Variant): Spread => spread(perReq(v).map((x, i) => x / perReq('raw')[i]!));
      const all = (v: Variant) => seg[v].flatMap((s) => s.latencies);
      const rps = (v: Variant) => (sum(seg[v].map((s) => s.count)) / sum(seg[v].map((s) => s.wallMs))) * 1000;
      const rNo = ratio('client');
      const rVal = ratio('clientValidating');
      const rSig = ratio('rawSignal');
      const where = level.concurrency === 1 ? 'sequential' : `concurrency ${level.concurrency}`;
      rows.push({ metric: `Client (validateRequests: false) ÷ raw fetch, ${where}`, figure: fmtRatio(rNo), target: '≤ 1.10x', status: rNo.median <= 1.1 ? 'met' : 'missed' });
      rows.push({ metric: `Client (validateRequests: true) ÷ raw fetch, ${where}`, figure: fmtRatio(rVal), target: '≤ 1.20x', status: rVal.median <= 1.2 ? 'met' : 'missed' });
      rows.push({ metric: `Raw fetch + AbortSignal ÷ raw fetch, ${where} (the signal's share)`, figure: fmtRatio(rSig), status: 'info' });
      const key = level.concurrency === 1 ? 'sequential' : `concurrency${level.concurrency}`;
      data[key] = {
        rounds: level.rounds,
        requestsPerVariantPerRound: level.block.maxRequests,
        ratioBasis: 'median latency per request, per round',
        ratioClient: roundSpread(rNo),
        ratioClientValidating: roundSpread(rVal),
        ratioRawWithSignal: roundSpread(rSig),
        wallPerRequestRatio: Object.fromEntries(variants.filter((v) => v !== 'raw').map((v) => [v, roundSpread(wallRatio(v))])),
        medianLatencyMs: Object.fromEntries(variants.map((v) => [v, Math.round(median(all(v)) * 10000) / 10000])),
        p99LatencyMs: Object.fromEntries(variants.map((v) => [v, Math.round(quantile(all(v), 0.99) * 1000) / 1000])),
        requestsPerSecond: Object.fromEntries(variants.map((v) => [v, Math.round(rps(v))])),
        requests: Object.fromEntries(variants.map((v) => [v, all(v).length])),
      };
      details.push(
        `**${where}**: ${level.rounds} rounds × ${variants.length} variants × ${level.block.maxRequests} requests (${all('raw').length} requests per variant); the ratios are per round, shown as the median and p25–p75 of the rounds:`,
        mdTable(
          ['variant', 'median latency (all requests)', 'p99 latency', 'requests/s', 'ratio to raw fetch: median time per request', 'ratio: wall time ÷ requests'],
          variants.map((v) => [
            LABEL[v],
            fmtMs(median(all(v))),
            fmtMs(quantile(all(v), 0.99)),
            String(Math.round(rps(v))),
            v === 'raw' ? '1' : fmtRatio(ratio(v)),
            v === 'raw' ? '1' : fmtRatio(wallRatio(v)),
          ]),
        ),
      );
    }
  } finally {
    await server.stop();
  }
  details.unshift(
    `The server is bench/lib/http-server.mjs, a bare node:http server in its own process (so client and server do not share an event loop) answering every POST with Connect Call's \`queued\` 200 example (${JSON.stringify(expected).length} bytes as JSON). The body sent is its \`full\` request example, every field the reference shows (${JSON.stringify(body).length} bytes as JSON). Both sides use Node's global fetch with its default keep-alive pool; the raw fetch sends \`JSON.stringify(body)\` with the headers the client was seen to send (${Object.entries(
      clientHeaders,
    )
      .map(([k, v]) => `\`${k}: ${k === 'authorization' ? 'Bearer …' : v}\``)
      .join(
        ', ',
      )}; same on the wire: ${sameHeaders ? 'yes' : 'NO'}) and parses the JSON answer, as the client does. The client keeps its default 30 s timeout (a timer and an AbortController per call). Each round runs every variant for a short block of requests, one after another, in an order rotated every round; the ratio is the client's median time per request over the raw fetch's in the same round (at concurrency 32 a request's time includes waiting behind the other 31); the ratio of wall time ÷ requests (the inverse of throughput) is shown beside it. "raw fetch + AbortSignal" is a raw fetch that passes an AbortController's signal, as any fetch that enforces a timeout must: it shows how much of the client's overhead is the signal alone.`,
  );
  data['headers'] = { client: Object.keys(clientHeaders), raw: Object.keys(rawHeaders), same: sameHeaders };

  // --- the client's own CPU per call, without a network: an injected fetch answers at once ---
  const machinery = await machineryCost(ctx, body);
  data['noNetworkMicrosPerCall'] = machinery.data;
  rows.push({ metric: 'Client CPU per call with no network (injected fetch), added over raw fetch', figure: machinery.figure, status: 'info' });
  details.push(machinery.text, machinery.table);
  const missed = rows.filter((r) => r.status === 'missed');
  const analysis: string[] = [];
  if (missed.length) {
    const m = machinery.data as Record<string, { microsPerCall: number; addedOverRaw: number | { median: number } }>;
    const add = (k: string) => {
      const v = m[k]?.addedOverRaw;
      return typeof v === 'number' ? v : (v?.median ?? NaN);
    };
    const c32 = data['concurrency32'] as { requestsPerSecond?: Record<string, number> } | undefined;
    const rawRps = c32?.requestsPerSecond?.['raw'];
    const budget = rawRps ? 1e6 / rawRps : NaN;
    analysis.push(
      `Missed: ${missed.map((r) => `${r.metric} ${r.figure} (target ${r.target})`).join('; ')}. With no network, the client adds about ${add('client, validateRequests: false').toFixed(1)} µs of CPU per call over a raw fetch (${add('client, validateRequests: true').toFixed(1)} µs with validation). About ${add('raw fetch + AbortController and timer').toFixed(1)} µs of that is the timeout's AbortController and timer. The rest is openapi-fetch's per-call work and the client's wrapper. openapi-fetch's per-call work is: merging headers twice, each time into a new Headers; a random id and a frozen options object for the middleware; and the extra awaits. At concurrency 32 the client process is CPU-bound, so these microseconds count in full against a budget of about ${Number.isFinite(budget) ? budget.toFixed(0) : '?'} µs per request (raw fetch's ${rawRps ?? '?'} requests/s here). The per-round spread on this shared machine is about as wide as the miss: see the p25–p75 ranges.`,
      `What would change it:\n\n- Create the AbortController and timer only when a timeout or a caller's signal is in play. Callers who pass \`timeoutMs: 0\` would then pay nothing for it.\n- Have \`connectCall\` call the injected fetch directly with the generated method and path, and keep openapi-fetch for \`client.raw\`. That removes openapi-fetch's per-call share; the bearer middleware and error mapping would move into the client's own code.\n- Moving the token from the middleware into createClient's \`headers\` made no measurable difference in a probe; it is not worth doing for speed.`,
    );
  }
  return { id: 'client', title: 'Client overhead', wallMs: performance.now() - t0, rows, details, analysis, data };
}

/**
 * What the client's machinery costs per call, network left out: every variant
 * calls an injected fetch that returns a ready Response (the reference response),
 * so the difference to the raw variant is openapi-fetch, the middleware, the
 * timeout's AbortController and timer, and the client's own code.
 */
async function machineryCost(ctx: SuiteContext, body: Record<string, unknown>): Promise<{ figure: string; text: string; table: string; data: Record<string, unknown> }> {
  const answer = Buffer.from(JSON.stringify(responseExample('connectCall', '200', 'queued')));
  const respond = async (_url: string, _init: RequestInit) => new Response(answer, { status: 200, headers: { 'content-type': 'application/json', 'content-length': String(answer.length) } });
  const base = 'http://127.0.0.1:9';
  const plain = createConnectCallClient({ token: TOKEN, baseUrl: base, fetch: respond, validateRequests: false });
  const validating = createConnectCallClient({ token: TOKEN, baseUrl: base, fetch: respond, validateRequests: true });
  const headers = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
  const fns: Record<string, () => Promise<unknown>> = {
    'raw fetch': async () => (await respond(`${base}${PATH}`, { method: 'POST', headers, body: JSON.stringify(body) })).json(),
    'raw fetch + AbortController and timer': async () => {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), 30_000);
      try {
        return await (await respond(`${base}${PATH}`, { method: 'POST', headers: new Headers(headers), body: JSON.stringify(body), signal: controller.signal })).json();
      } finally {
        clearTimeout(timer);
      }
    },
    'client, validateRequests: false': () => plain.connectCall(body as never),
    'client, validateRequests: true': () => validating.connectCall(body as never),
  };
  const names = Object.keys(fns);
  const per: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  const N = 1000;
  for (const n of names) for (let i = 0; i < 300; i++) await fns[n]!();
  const roundsN = rounds(ctx, 12, 4);
  const deadline = performance.now() + 15_000;
  for (let r = 0; r < roundsN && performance.now() < deadline; r++) {
    for (let i = 0; i < names.length; i++) {
      const n = names[(i + r) % names.length]!;
      const f = fns[n]!;
      const t = performance.now();
      for (let k = 0; k < N; k++) await f();
      per[n]!.push(((performance.now() - t) / N) * 1000);
    }
  }
  const raw = per['raw fetch']!;
  const added = (n: string) => spread(per[n]!.map((x, i) => x - raw[i]!));
  const a0 = added('client, validateRequests: false');
  const a1 = added('client, validateRequests: true');
  const sig = added('raw fetch + AbortController and timer');
  return {
    figure: `+${a0.median.toFixed(1)} µs (validateRequests: false), +${a1.median.toFixed(1)} µs (true), of which the timeout's AbortController and timer ≈ +${sig.median.toFixed(1)} µs; raw fetch itself ${median(raw).toFixed(1)} µs`,
    text: `With no network at all (an injected fetch that returns the reference response at once; ${per['raw fetch']!.length} rounds × ${N} sequential calls per variant, order rotated), the CPU each call costs in this process, and what each variant adds over the raw fetch in the same round (median and p25–p75 of the rounds):`,
    table: mdTable(
      ['variant', 'µs per call', 'added over raw fetch'],
      names.map((n) => [n, median(per[n]!).toFixed(1), n === 'raw fetch' ? '' : `+${added(n).median.toFixed(1)} µs (p25–p75 ${added(n).p25.toFixed(1)}–${added(n).p75.toFixed(1)})`]),
    ),
    data: Object.fromEntries(names.map((n) => [n, { microsPerCall: Math.round(median(per[n]!) * 10) / 10, addedOverRaw: n === 'raw fetch' ? 0 : roundSpread(added(n), 1) }])),
  };
}
