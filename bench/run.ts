/**
 * npm run bench: run every benchmark suite, print a table of the figures, and
 * write bench/results.json and docs/benchmarks.md from this one run.
 *
 *   npm run bench                       all suites, writes both files
 *   npm run bench -- --only client,bundle   some suites; prints, writes nothing
 *   npm run bench -- --quick            fewer rounds (a smoke run; writes nothing)
 *
 * Comparisons are measured side by side in the same run (A and B alternating,
 * round after round) and reported as the median and spread of the per-round
 * ratios, because this machine is shared and its speed drifts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeFileAtomic } from '../scripts/lib/atomic.ts';
import { parseFlags, reportUsage, runMain, UsageError, type CommandHelp } from '../scripts/lib/cli.ts';
import { BENCH_DIR, ROOT } from './lib/proc.ts';
import { fmtMs } from './lib/stats.ts';
import type { Row, SuiteContext, SuiteResult } from './lib/report.ts';
import { renderMarkdown, type BenchRun } from './lib/markdown.ts';
import { pipelineSuite } from './suites/pipeline.ts';
import { clientSuite } from './suites/client.ts';
import { validatorsSuite } from './suites/validators.ts';
import { mockSuite } from './suites/mock.ts';
import { bundleSuite } from './suites/bundle.ts';
import { scaleSuite } from './suites/scale.ts';

const SUITES: Record<string, { title: string; run: (ctx: SuiteContext) => Promise<SuiteResult> }> = {
  pipeline: { title: 'Pipeline and dev loop', run: pipelineSuite },
  client: { title: 'Client overhead', run: clientSuite },
  validators: { title: 'Validators', run: validatorsSuite },
  mock: { title: 'Mock (Prism)', run: mockSuite },
  bundle: { title: 'Browser bundle', run: bundleSuite },
  scale: { title: 'Scale (1, 10, 100 operations)', run: scaleSuite },
};

/** A run that overruns this is stuck: stop it (children are killed on exit). */
const HARD_LIMIT_MS = 30 * 60_000;

export const RESULTS_JSON = path.join(BENCH_DIR, 'results.json');
export const BENCHMARKS_MD = path.join(ROOT, 'docs', 'benchmarks.md');

export const HELP: CommandHelp = {
  usage: 'npm run bench [-- --only <suite,suite>] [--quick]',
  summary:
    'Benchmarks, kept out of npm test: the build chain against the chained CLIs, the client against raw fetch, the validators, the mock and the bundle sizes. Figures are ratios measured side by side in one run, every server on 127.0.0.1 and every loop bounded. A full run writes bench/results.json and docs/benchmarks.md.',
  flags: {
    '--only <list>': `run only these suites (comma-separated: ${Object.keys(SUITES).join(', ')}); nothing is written`,
    '--quick': 'fewer rounds, for a look; nothing is written',
  },
  exitCodes: { 0: 'done (a missed target is reported, not an error)', 1: 'a suite failed or the run overran its time limit', 2: 'bad command line' },
};

function parseArgs(argv: string[]): { only: string[]; quick: boolean } {
  const f = parseFlags('bench', argv, { only: { type: 'string' }, quick: { type: 'boolean' } }, HELP);
  let only = Object.keys(SUITES);
  if (f.only !== undefined) {
    only = f.only
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const unknown = only.filter((s) => !(s in SUITES));
    if (!only.length || unknown.length) throw new UsageError(`bench: unknown suite(s) ${unknown.join(', ') || '(none given)'}; the suites are ${Object.keys(SUITES).join(', ')}`);
  }
  return { only, quick: Boolean(f.quick) };
}

export function machine(): BenchRun['machine'] {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    memoryGb: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    loadAvgAtStart: os.loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

function printTable(rows: Array<Row & { suite: string }>): void {
  const cells = rows.map((r) => [r.suite, r.metric, r.figure, r.target ?? '', r.status === 'info' ? '' : r.status.toUpperCase()]);
  const header = ['suite', 'metric', 'figure: median (spread)', 'target', 'status'];
  const widths = header.map((h, i) => Math.min(70, Math.max(h.length, ...cells.map((c) => c[i]!.length))));
  const line = (c: string[]) => c.map((x, i) => (x.length > widths[i]! ? `${x.slice(0, widths[i]! - 1)}…` : x.padEnd(widths[i]!))).join('  ');
  console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const c of cells) console.log(line(c));
}

async function main(argv: string[]): Promise<number> {
  let only: string[];
  let quick: boolean;
  try {
    ({ only, quick } = parseArgs(argv));
  } catch (err) {
    return reportUsage(err);
  }
  const write = !quick && only.length === Object.keys(SUITES).length;
  const hard = setTimeout(() => {
    console.error(`bench: still running after ${HARD_LIMIT_MS / 60_000} min; stopping (nothing written)`);
    process.exit(1);
  }, HARD_LIMIT_MS);
  hard.unref();
  const started = new Date();
  const m = machine();
  console.log(`bench: ${only.join(', ')} on ${m.cpu}, ${m.cores} cores, Node ${m.node}, load ${m.loadAvgAtStart.join(' ')}${quick ? ' (quick)' : ''}`);
  const t0 = performance.now();
  const results: SuiteResult[] = [];
  const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'connect-call-bench-'));
  try {
    for (const id of only) {
      const suite = SUITES[id]!;
      console.log(`\n▶ ${suite.title}`);
      const tmp = fs.mkdtempSync(path.join(tmpRoot, `${id}-`));
      const ctx: SuiteContext = { scale: quick ? 0.4 : 1, log: (l) => console.log(l), tmp };
      const s0 = performance.now();
      try {
        const r = await suite.run(ctx);
        results.push(r);
        console.log(`  done in ${fmtMs(r.wallMs)}`);
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        console.error(`  ${suite.title} FAILED: ${message}`);
        results.push({
          id,
          title: suite.title,
          wallMs: performance.now() - s0,
          rows: [{ metric: `${suite.title}: could not run`, figure: message.split('\n')[0]!.slice(0, 200), status: 'not measured' }],
          details: [`This suite failed: \`${message.split('\n')[0]}\``],
          data: {},
          error: message,
        });
      } finally {
        fs.rmSync(tmp, { recursive: true, force: true });
      }
    }
  } finally {
    fs.rmSync(tmpRoot, { recursive: true, force: true });
  }
  const totalWallMs = performance.now() - t0;
  const run: BenchRun = {
    generatedAt: started.toISOString(),
    command: 'npm run bench',
    machine: { ...m, loadAvgAtEnd: os.loadavg().map((l) => Math.round(l * 100) / 100) },
    totalWallMs: Math.round(totalWallMs),
    suites: results,
  };
  const allRows = results.flatMap((r) => r.rows.map((row) => ({ ...row, suite: r.id })));
  printTable(allRows);
  const missed = allRows.filter((r) => r.status === 'missed');
  const failed = results.filter((r) => r.error);
  console.log(
    `\nbench: ${allRows.filter((r) => r.status === 'met').length} target(s) met, ${missed.length} missed${failed.length ? `, ${failed.length} suite(s) failed` : ''}; total ${fmtMs(totalWallMs)}`,
  );
  if (write) {
    const json = {
      ...run,
      suites: results.map((r) => ({ id: r.id, title: r.title, wallMs: Math.round(r.wallMs), rows: r.rows, data: r.data, ...(r.error ? { error: r.error } : {}) })),
    };
    await writeFileAtomic(RESULTS_JSON, `${JSON.stringify(json, null, 2)}\n`);
    await writeFileAtomic(BENCHMARKS_MD, renderMarkdown(run));
    console.log(`bench: wrote ${path.relative(ROOT, RESULTS_JSON)} and ${path.relative(ROOT, BENCHMARKS_MD)}`);
  } else {
    console.log('bench: partial or quick run; bench/results.json and docs/benchmarks.md were not written (run `npm run bench` with no arguments)');
  }
  return failed.length ? 1 : 0;
}

// One runner for every command (scripts/lib/cli.ts): an unexpected error prints its stack and exits 1.
runMain(import.meta.url, main);
