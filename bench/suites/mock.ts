/**
 * Suite 4: the Prism mock. Time to ready over a few starts; throughput and
 * p50/p99 latency at concurrency 1 and 16 beside a bare node:http server that
 * returns the same JSON (the most any server could do here, measured with the
 * same load generator); and the wall time of the contract test suite.
 */
import fs from 'node:fs';
import path from 'node:path';
import { startPrism, type PrismInstance } from '../../scripts/lib/prism.ts';
import { BIN, ROOT, startBareServer, tail, timeCommand } from '../lib/proc.ts';
import { requestExample } from '../../scripts/lib/examples.ts';
import { httpPoster, runLoad, type LoadResult } from '../lib/load.ts';
import { fmtMs, fmtRatio, fmtSpreadMs, median, quantile, roundSpread, spread } from '../lib/stats.ts';
import { mdTable, rounds, type Row, type SuiteContext, type SuiteResult } from '../lib/report.ts';

const PATH = '/calls/v1/conversations/connect';
const CONTRACT_BUDGET_MS = 20_000;

/**
 * The contract tests: test/contract*.test.ts files that talk to the Prism mock
 * (test/contract-schema.test.ts checks schemas offline and is not one of them).
 * BENCH_CONTRACT_TESTS (comma-separated paths) overrides the discovery.
 */
export function contractTestFiles(): string[] {
  const env = process.env['BENCH_CONTRACT_TESTS'];
  if (env)
    return env
      .split(',')
      .map((f) => f.trim())
      .filter(Boolean);
  const dir = path.join(ROOT, 'test');
  return fs
    .readdirSync(dir)
    .filter((f) => /^contract[\w.-]*\.test\.ts$/.test(f))
    .filter((f) => /prismUrl|startPrism/.test(fs.readFileSync(path.join(dir, f), 'utf8')))
    .sort()
    .map((f) => `test/${f}`);
}

export async function mockSuite(ctx: SuiteContext): Promise<SuiteResult> {
  const t0 = performance.now();
  const rows: Row[] = [];
  const details: string[] = [];
  const data: Record<string, unknown> = {};
  const body = JSON.stringify(requestExample('connectCall', 'full'));
  const headers = { 'content-type': 'application/json', authorization: 'Bearer bench-token', accept: 'application/json' };

  // --- time to ready ---
  const starts = rounds(ctx, 3, 2);
  const ready: number[] = [];
  const stops: number[] = [];
  let prism: PrismInstance | undefined;
  let bare: Awaited<ReturnType<typeof startBareServer>> | undefined;
  try {
    for (let i = 0; i < starts; i++) {
      const p = await startPrism({ mode: 'mock', port: 0 });
      ready.push(p.readyMs);
      const s0 = performance.now();
      await p.stop();
      stops.push(performance.now() - s0);
    }
    // One more start, kept for the load test (its start counts too).
    prism = await startPrism({ mode: 'mock', port: 0 });
    ready.push(prism.readyMs);
    const readySpread = spread(ready);
    rows.push({ metric: `Prism: spawn → ready (${ready.length} starts)`, figure: fmtSpreadMs(readySpread), status: 'info' });
    data['readyMs'] = ready;
    data['stopMs'] = stops.map(Math.round);

    // --- throughput and latency vs a bare server with the same answer ---
    const first = await fetch(`${prism.url}${PATH}`, { method: 'POST', headers, body });
    const answer = Buffer.from(await first.arrayBuffer());
    if (first.status !== 200) throw new Error(`Prism answered the reference request with HTTP ${first.status}: ${answer.toString('utf8').slice(0, 300)}`);
    const answerFile = path.join(ctx.tmp, 'prism-answer.json');
    fs.writeFileSync(answerFile, answer);
    bare = await startBareServer(answerFile, first.headers.get('content-type') ?? 'application/json');

    const levels = [
      { concurrency: 1, maxRequests: 5000, maxMs: 1500 },
      { concurrency: 16, maxRequests: 20000, maxMs: 1500 },
    ];
    const n = rounds(ctx, 3, 2);
    const table: string[][] = [];
    for (const level of levels) {
      const targets = { prism: prism.url, bare: bare.url };
      const posters = Object.fromEntries(Object.entries(targets).map(([k, u]) => [k, httpPoster(`${u}${PATH}`, body, headers, level.concurrency)])) as Record<
        'prism' | 'bare',
        ReturnType<typeof httpPoster>
      >;
      const seg: Record<'prism' | 'bare', LoadResult[]> = { prism: [], bare: [] };
      try {
        for (const k of ['prism', 'bare'] as const) await runLoad(posters[k].post, { concurrency: level.concurrency, maxRequests: 200, maxMs: 1000 });
        for (let r = 0; r < n; r++) {
          const order: Array<'prism' | 'bare'> = r % 2 === 0 ? ['prism', 'bare'] : ['bare', 'prism'];
          for (const k of order) {
            const res = await runLoad(posters[k].post, level);
            if (res.errors) throw new Error(`${k} at concurrency ${level.concurrency}: ${res.errors} failed requests (first: ${res.firstError})`);
            seg[k].push(res);
          }
        }
      } finally {
        for (const p of Object.values(posters)) p.close();
      }
      const all = (k: 'prism' | 'bare') => seg[k].flatMap((s) => s.latencies);
      const rps = (k: 'prism' | 'bare') => seg[k].map((s) => s.rps);
      const share = spread(rps('prism').map((x, i) => x / rps('bare')[i]!));
      const summary = (k: 'prism' | 'bare') => ({
        requestsPerSecond: roundSpread(spread(rps(k)), 0),
        p50Ms: Math.round(quantile(all(k), 0.5) * 1000) / 1000,
        p99Ms: Math.round(quantile(all(k), 0.99) * 1000) / 1000,
        requests: all(k).length,
      });
      const ps = summary('prism');
      const bs = summary('bare');
      data[`concurrency${level.concurrency}`] = { rounds: n, prism: ps, bare: bs, prismShareOfBare: roundSpread(share) };
      rows.push({
        metric: `Prism at concurrency ${level.concurrency}: requests/s, p50 / p99`,
        figure: `${Math.round(ps.requestsPerSecond.median)} req/s, ${fmtMs(ps.p50Ms)} / ${fmtMs(ps.p99Ms)}; ${fmtRatio(share)} of bare node:http (${Math.round(bs.requestsPerSecond.median)} req/s, ${fmtMs(bs.p50Ms)} / ${fmtMs(bs.p99Ms)})`,
        status: 'info',
      });
      for (const [k, s] of [
        ['Prism mock', ps],
        ['bare node:http', bs],
      ] as const) {
        table.push([
          k,
          String(level.concurrency),
          `${Math.round(s.requestsPerSecond.median)} (${Math.round(s.requestsPerSecond.min)}–${Math.round(s.requestsPerSecond.max)})`,
          fmtMs(s.p50Ms),
          fmtMs(s.p99Ms),
          String(s.requests),
        ]);
      }
    }
    details.push(
      `Prism ${prismVersion()} is started through scripts/lib/prism.ts (\`startPrism({ mode: 'mock', port: 0 })\`: its CLI's compiled build, scripts/lib/compiled.mjs, run by this Node, \`--multiprocess=false\`, ready = it printed its URL and answered an HTTP probe). ${ready.length} starts: ${ready.map((r) => fmtMs(r)).join(', ')}; stopping took ${stops.map((s) => fmtMs(s)).join(', ')}.`,
      `Load: a closed loop of keep-alive node:http POSTs of the reference request (with a bearer token, so Prism validates it and answers 200 from the \`queued\` example) at concurrency 1 and 16, ${n} rounds alternating Prism and the bare server (bench/lib/http-server.mjs in its own process, answering with the exact bytes Prism answered), each segment up to ${levels[0]!.maxMs / 1000} s. The bare server is the upper limit of this load generator on this machine. p50/p99 are over every request of the rounds.`,
      mdTable(['server', 'concurrency', 'requests/s: median (min–max) of rounds', 'p50', 'p99', 'requests'], table),
    );
  } finally {
    await bare?.stop();
    await prism?.stop();
  }

  // --- the contract test suite, Prism start included ---
  const files = contractTestFiles();
  if (!files.length) {
    rows.push({ metric: 'Contract test suite wall time (Prism start included)', figure: 'no contract test files in test/ yet', target: '< 20 s', status: 'not measured' });
    details.push(
      'Contract tests: no test/contract*.test.ts file that uses the Prism mock was found, so the suite could not be timed (set BENCH_CONTRACT_TESTS to a comma-separated list of files to time others).',
    );
  } else {
    const outFile = path.join(ctx.tmp, 'vitest.json');
    const t = await timeCommand(path.join(BIN, 'vitest'), ['run', ...files, '--reporter=json', `--outputFile=${outFile}`], {
      timeoutMs: 180_000,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    let counts = '';
    let ok = t.code === 0;
    try {
      const j = JSON.parse(fs.readFileSync(outFile, 'utf8')) as { numTotalTests: number; numPassedTests: number; numFailedTests: number; success: boolean };
      counts = `${j.numPassedTests}/${j.numTotalTests} tests passed`;
      ok &&= j.success;
    } catch {
      counts = 'no test report';
      ok = false;
    }
    const within = t.ms < CONTRACT_BUDGET_MS;
    rows.push({
      metric: `Contract test suite wall time (Prism start included): ${files.join(', ')}`,
      figure: `${fmtMs(t.ms)}${ok ? '' : ' (the tests FAILED)'}; ${counts}`,
      target: '< 20 s',
      status: within && ok ? 'met' : 'missed',
    });
    data['contractSuite'] = { files, wallMs: Math.round(t.ms), exitCode: t.code, ok, counts };
    details.push(
      `Contract tests: \`node_modules/.bin/vitest run ${files.join(' ')}\` as its own process (vitest's global setup starts the Prism mock), timed from spawn to exit: ${fmtMs(t.ms)}, ${counts}${ok ? '' : `; exit code ${t.code}. Last output:\n\n\`\`\`\n${tail(t, 12)}\n\`\`\``}.`,
    );
  }
  const analysis: string[] = [];
  const cs = data['contractSuite'] as { wallMs: number; ok: boolean } | undefined;
  if (cs && (!cs.ok || cs.wallMs >= CONTRACT_BUDGET_MS)) {
    analysis.push(
      `The contract suite took ${fmtMs(cs.wallMs)}${cs.ok ? '' : ' and FAILED'}. Prism's start is ${fmtMs(median(ready))} of it (median over this run's starts). The rest is vitest's start-up and the tests themselves: run \`npx vitest run ${contractTestFiles().join(' ')} --reporter=verbose\` to see which tests are slow.`,
    );
  }
  return { id: 'mock', title: 'Mock (Prism)', wallMs: performance.now() - t0, rows, details, analysis, data };
}

function prismVersion(): string {
  try {
    return (JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', '@stoplight', 'prism-cli', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '';
  }
}
