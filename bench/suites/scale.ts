/**
 * Suite: how the chain scales with the contract. A synthetic contract is built
 * from the real one at 1, 10 and 100 operations (copies of the real path
 * items under new paths and operationIds, the real components and webhooks
 * unchanged) in a project copy, and for each size this measures: the cold
 * pipeline, the warm regeneration after a one-line edit (the dev loop, lint
 * included), lint, the docs page's size and the time Chromium takes to show
 * the first operation, the validators' size, and the client's bundle.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { fmtBytes, fmtMs, median } from '../lib/stats.ts';
import { mdTable, rounds, type Row, type SuiteContext, type SuiteResult } from '../lib/report.ts';
import { copyProject, type ProjectCopy } from '../lib/project-copy.ts';
import { devRegeneration, npmPipeline, PROPOSED_PIPELINE_SCRIPT, WARM_UP_SAVES } from './pipeline.ts';
import { measure } from './bundle.ts';
import { synthesize } from '../lib/synthesize.ts';
import { FIRST_ITEMS, RENDERED_ATTRIBUTE, STEP_BUDGET_MS } from '../../scripts/lib/docs-progressive.ts';

const SIZES = [1, 10, 100];
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function dirBytes(p: string): number {
  if (!fs.existsSync(p)) return 0;
  if (fs.statSync(p).isFile()) return fs.statSync(p).size;
  return fs
    .readdirSync(p, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .reduce((s, d) => s + fs.statSync(path.join(d.parentPath, d.name)).size, 0);
}

/**
 * Time from navigation to the first operation's heading being visible, and to
 * the page marking itself complete (every section rendered), `n` fresh pages.
 */
async function pageTimes(file: string, n: number): Promise<{ first: number[]; complete: number[] }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
  const out = { first: [] as number[], complete: [] as number[] };
  try {
    for (let i = 0; i < n; i++) {
      const context = await browser.newContext();
      await context.route(/^(?!file:|data:|blob:|about:)/, (route) => route.abort());
      const page = await context.newPage();
      const t0 = performance.now();
      await page.goto(`file://${file}`, { waitUntil: 'commit' });
      await page.locator('[data-section-id^="operation/"] h2').first().waitFor({ state: 'visible', timeout: 30_000 });
      out.first.push(performance.now() - t0);
      await page.waitForSelector(`html[${RENDERED_ATTRIBUTE}]`, { state: 'attached', timeout: 60_000 });
      out.complete.push(performance.now() - t0);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return out;
}

/**
 * The client as an app bundler ships it (esbuild, code splitting on, so each
 * operation's validators stay in their own lazily loaded chunk): the entry
 * chunk a page loads up front, and connectCall's validator chunk.
 */
async function clientBundle(tmp: string, copy: ProjectCopy): Promise<{ minified: number; gzipped: number; validatorGzipped: number }> {
  const m = await measure(tmp, 'client', `export { createConnectCallClient } from ${JSON.stringify(path.join(copy.dir, 'src', 'index.ts'))};\n`, { splitting: true });
  const validator = m.chunks.find((c) => c.inputs.some((i) => i.input.endsWith('generated/validators/connectCall.js')));
  return { minified: m.entryMinified, gzipped: m.entryGzipped, validatorGzipped: validator?.gzipped ?? Number.NaN };
}

/**
 * The first pipeline run on a synthetic contract. Below four operations some
 * components are no longer reached from the root, and the project's
 * orphan-file rule (rightly) fails the run: those files are deleted, as a
 * team shrinking the contract would, and the run repeated (bounded).
 */
async function firstRun(copy: ProjectCopy): Promise<void> {
  for (let attempt = 0; attempt < 4; attempt++) {
    try {
      await npmPipeline(copy, false);
      return;
    } catch (err) {
      const orphans = [...(err as Error).message.matchAll(/^(openapi\/\S+\.ya?ml):1:1 error \[project connect-call-orphan-file\]/gm)].map((m) => m[1]!);
      if (!orphans.length) throw err;
      for (const f of orphans) fs.rmSync(path.join(copy.dir, f));
    }
  }
  throw new Error('the synthetic contract still had orphan files after 4 runs');
}

interface SizeResult {
  operations: number;
  coldMs: number;
  lintMs: number;
  warmMs: number;
  warmNoLintMs: number;
  docsBytes: number;
  firstOperationMs: number;
  completeMs: number;
  validatorsBytes: number;
  clientMinified: number;
  clientGzipped: number;
  validatorGzipped: number;
}

export async function scaleSuite(ctx: SuiteContext): Promise<SuiteResult> {
  const t0 = performance.now();
  const results: SizeResult[] = [];
  const runs = rounds(ctx, 3, 2);
  for (const n of SIZES) {
    const copy = copyProject(path.join(ctx.tmp, `ops-${n}`));
    copy.setScript('pipeline', PROPOSED_PIPELINE_SCRIPT);
    synthesize(path.join(copy.dir, 'openapi'), n);
    // The first run fills the caches and writes the copy's outputs; then cold runs (--force).
    await firstRun(copy);
    const cold: number[] = [];
    const lint: number[] = [];
    for (let i = 0; i < runs; i++) {
      const r = await npmPipeline(copy, true);
      cold.push(r.t.ms);
      lint.push(r.timings['lint'] ?? NaN);
    }
    const dir = path.join(copy.dir, 'openapi');
    const edited = path.join(dir, 'components', 'schemas', 'Customer.yaml');
    const warm = await devRegeneration(dir, path.join(ctx.tmp, `ops-${n}-dev`), edited, rounds(ctx, 4, 3), true);
    const warmNoLint = await devRegeneration(dir, path.join(ctx.tmp, `ops-${n}-dev`), edited, rounds(ctx, 4, 3), false);
    const docs = path.join(copy.dir, 'docs', 'index.html');
    const shown = await pageTimes(docs, runs);
    const client = await clientBundle(ctx.tmp, copy);
    const r: SizeResult = {
      operations: n,
      coldMs: median(cold),
      lintMs: median(lint),
      warmMs: median(warm.saveToDone),
      warmNoLintMs: median(warmNoLint.saveToDone),
      docsBytes: dirBytes(docs),
      firstOperationMs: median(shown.first),
      completeMs: median(shown.complete),
      validatorsBytes: dirBytes(path.join(copy.dir, 'generated', 'validators.js')) + dirBytes(path.join(copy.dir, 'generated', 'validators')),
      clientMinified: client.minified,
      clientGzipped: client.gzipped,
      validatorGzipped: client.validatorGzipped,
    };
    results.push(r);
    ctx.log(
      `  ${n} operation(s): cold ${fmtMs(r.coldMs)}, lint ${fmtMs(r.lintMs)}, warm ${fmtMs(r.warmMs)} (no lint ${fmtMs(r.warmNoLintMs)}), docs ${fmtBytes(r.docsBytes)} first operation shown in ${fmtMs(r.firstOperationMs)} (complete ${fmtMs(r.completeMs)}), validators ${fmtBytes(r.validatorsBytes)}, client ${fmtBytes(r.clientGzipped)} gz`,
    );
    fs.rmSync(copy.dir, { recursive: true, force: true });
  }
  const at = (n: number) => results.find((r) => r.operations === n)!;
  const big = at(100);
  const small = at(10);
  // "No worse than linear": from 10 to 100 operations (10x), each cost grows at most 10x.
  const growth = (k: keyof SizeResult) => (big[k] as number) / (small[k] as number);
  const keys: Array<[keyof SizeResult, string]> = [
    ['coldMs', 'cold pipeline'],
    ['lintMs', 'lint'],
    ['warmMs', 'warm regeneration'],
    ['docsBytes', 'docs page size'],
    ['firstOperationMs', 'first operation shown'],
    ['completeMs', 'page complete'],
    ['validatorsBytes', 'validators size'],
    ['clientGzipped', 'client entry chunk'],
  ];
  const worst = keys.map(([k, name]) => ({ name, g: growth(k) })).sort((a, b) => b.g - a.g)[0]!;
  const rows: Row[] = [
    { metric: 'Scale: warm regeneration at 100 operations (dev loop, lint included)', figure: fmtMs(big.warmMs), target: '< 1 s', status: big.warmMs < 1000 ? 'met' : 'missed' },
    { metric: 'Scale: warm regeneration at 100 operations, lint off', figure: fmtMs(big.warmNoLintMs), status: 'info' },
    { metric: 'Scale: first operation shown in Chromium at 100 operations', figure: fmtMs(big.firstOperationMs), target: '< 2 s', status: big.firstOperationMs < 2000 ? 'met' : 'missed' },
    { metric: 'Scale: docs page complete (every section rendered) in Chromium at 100 operations', figure: fmtMs(big.completeMs), status: 'info' },
    { metric: 'Scale: growth from 10 to 100 operations, worst cost (10x = linear)', figure: `${worst.g.toFixed(2)}x (${worst.name})`, target: '≤ 10x', status: worst.g <= 10 ? 'met' : 'missed' },
  ];
  const details = [
    `A project copy per size, its contract rewritten to N operations: operation k is a copy of real path item k mod 4 (connectCall first) under \`/calls/v1/s<k>/…\` with operationId \`<id>S<k>\` (the first four keep their real path and id); components and the five webhooks unchanged. Cold = \`npm run pipeline -- --force\` with the proposed script (median of ${runs}); lint = the lint step it printed; warm = the dev watcher (scripts/lib/watch.ts) after a one-line edit of components/schemas/Customer.yaml, lint included, after ${WARM_UP_SAVES} warm-up saves (bench/suites/pipeline.ts) (docs are not re-rendered for a folder other than the real openapi/); first operation = Chromium (${CHROMIUM}, playwright-core, non-local requests aborted) from navigation to the first operation's heading visible on docs/index.html, and to the page marking itself complete (\`<html ${RENDERED_ATTRIBUTE}>\`, every section rendered; the page renders a few sections per browser task, scripts/lib/docs-progressive.ts) (medians of ${runs} fresh pages); validators = generated/validators.js plus generated/validators/; client = esbuild of \`createConnectCallClient\` from the copy's src/ (with its generated/), minified, code splitting on (as an app bundler treats the client's lazy \`import()\` of each operation's validators), gzip -9: the entry chunk a page loads up front, and connectCall's validator chunk, loaded on the first connectCall.`,
    mdTable(
      [
        'operations',
        'cold pipeline',
        'lint (in it)',
        'warm regeneration (lint on)',
        'warm, lint off',
        'docs page',
        'first operation shown',
        'page complete',
        'validators',
        'client entry chunk (gzip)',
        'connectCall validator chunk (gzip)',
      ],
      results.map((r) => [
        String(r.operations),
        fmtMs(r.coldMs),
        fmtMs(r.lintMs),
        fmtMs(r.warmMs),
        fmtMs(r.warmNoLintMs),
        fmtBytes(r.docsBytes),
        fmtMs(r.firstOperationMs),
        fmtMs(r.completeMs),
        fmtBytes(r.validatorsBytes),
        `${fmtBytes(r.clientGzipped)} (${fmtBytes(r.clientMinified)} min)`,
        fmtBytes(r.validatorGzipped),
      ]),
    ),
    `Growth from 10 to 100 operations (10x the operations): ${keys.map(([k, name]) => `${name} ${growth(k).toFixed(2)}x`).join(', ')}.`,
  ];
  const analysis: string[] = [];
  if (big.warmMs >= 1000)
    analysis.push(
      `Scale: warm regeneration at 100 operations took ${fmtMs(big.warmMs)} with lint (${fmtMs(big.warmNoLintMs)} without): Spectral re-lints the whole bundle and Redocly the whole source (each in a warm thread of the watcher's, beside bundling and generation on the main thread) on every save, and each grows with the operations. Redocly's example validators are kept while what they compile is unchanged (scripts/lib/redocly-ajv.ts), its walk is not. Spectral keeps its Ajv instances and compiled schemas for the thread's life (scripts/lib/spectral-ajv.ts), resolves the bundle's \`$ref\`s directly (scripts/lib/spectral-resolver.ts), walks with nimma's modern build and compiles every rule's path into that one walk; what is left of its run is that walk over the resolved document: docs/toolchain-notes.md has the profiles.`,
    );
  if (big.firstOperationMs >= 2000)
    analysis.push(
      `Scale: the first operation showed after ${fmtMs(big.firstOperationMs)} at 100 operations (the page complete after ${fmtMs(big.completeMs)}). The page renders the first ${FIRST_ITEMS} sections of each list at once and the rest in steps of about ${STEP_BUDGET_MS} ms, one per browser task (scripts/lib/docs-progressive.ts), so what is left before the first operation is Redoc's fixed cost: parsing its 1 MB bundle and the document, building its store and menu for every operation (at one operation the page shows in ${fmtMs(at(1).firstOperationMs)}); docs/toolchain-notes.md has the measurements.`,
    );
  return {
    id: 'scale',
    title: 'Scale (1, 10, 100 operations)',
    wallMs: performance.now() - t0,
    rows,
    details,
    analysis,
    data: { sizes: results.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Math.round(v as number)]))) },
  };
}
