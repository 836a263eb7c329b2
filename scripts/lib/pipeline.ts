/**
 * The one chain of build steps. Every command that builds from the contract
 * (`npm run pipeline`, `generate`, `dev`, `start`, the bench) calls
 * `runPipeline` with options saying which steps and targets it wants; none of
 * them chains steps itself.
 *
 * bundle once → lint (Redocly on the source, Spectral on the bundle), generate every
 * target and render the docs, side by side → then either compare with what is
 * on disk (`check`) or write everything together: all staged, then each file
 * renamed into place atomically, and validator modules the contract no longer
 * produces removed. Nothing is written when the bundle fails, lint finds
 * anything, a step throws, or the caller says the run is out of date
 * (`superseded`: a watcher that saw a newer save).
 *
 * Speed: Spectral runs in a worker thread on the second core
 * (scripts/lib/lint-thread.ts), started first thing: it loads with its
 * ruleset while this thread bundles, and lints the bundle as soon as there is
 * one (scripts/lib/lint.ts says why each linter reads what it reads). This
 * thread lints the source with Redocly (the bundler's library), generates and
 * renders meanwhile; a caller that keeps its lint threads warm (the dev
 * watcher) has Redocly's lint in a thread of its own too, so that this
 * thread only bundles, generates and writes. Each library is imported
 * when its step runs (openapi-typescript and TypeScript with generation,
 * Spectral only in the thread), so a caller that stops early never pays for
 * them.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Finding } from './contract.ts';
import type { LintReport } from './lint.ts';
import { startLintThread, type LintThread } from './lint-thread.ts';
import { writeFilesAtomic } from './atomic.ts';
import { ToolError } from './errors.ts';
import { BUNDLE_YAML, DOCS_INDEX, GENERATED_DIR, SPEC_ROOT, rel } from './paths.ts';

/** The value of a step that fulfilled, undefined for one that was skipped or rejected. */
function settledValue<T>(r: PromiseSettledResult<T>): T | undefined {
  return r.status === 'fulfilled' ? r.value : undefined;
}

export interface PipelineOptions {
  /** The contract's root file. Default openapi/openapi.yaml. */
  root?: string;
  /** Where the generated targets go. Default generated/. */
  outDir?: string;
  /** Generate generated/ (default true). */
  generate?: boolean;
  /** Render the reference docs into this file (default docs/index.html); false to skip. */
  docsFile?: string | false;
  /** Lint source and bundle before anything is written (default true). */
  lint?: boolean;
  /** Compare with the files on disk and write nothing. */
  check?: boolean;
  /** Where lint findings are printed, one line each. Default console.log. */
  log?: (line: string) => void;
  /**
   * Where lint runs: a lint thread the caller keeps (a watcher, warm
   * between runs), false for this thread, or (default) a thread started for
   * this run and stopped at its end.
   */
  lintThread?: LintThread | false;
  /**
   * Asked once the contract is bundled (`bundled`), and before the run
   * reports or writes anything (`broken`: the bundle failed; `done`): true
   * when what the run read is already out of date (a watcher saw another
   * save meanwhile). The run then stops, writes and logs nothing, and
   * returns `superseded: true`; the caller runs again on the newer files.
   */
  superseded?: (stage: SupersededStage) => boolean | Promise<boolean>;
}

/** Where a run asks whether it is out of date (PipelineOptions.superseded). */
export type SupersededStage = 'bundled' | 'broken' | 'done';

export interface PipelineResult {
  ok: boolean;
  /** Why the run failed before producing targets (a broken contract), formatted. */
  broken?: string;
  /** The run stopped before reporting or writing because `superseded()` said its input was out of date. */
  superseded?: boolean;
  findings: Finding[];
  /** Files written (or, with check, that would be), project-relative. */
  written: string[];
  /** Validator modules removed because the contract no longer produces them. */
  removed: string[];
  /** With check: every file that differs from what the contract produces, with why. */
  stale: string[];
  /** Every target file, project-relative. */
  targets: string[];
  timings: Record<string, number>;
}

/**
 * Files in folders the generator owns whole (generated/validators/) that the
 * contract no longer produces, e.g. the module of a removed operation.
 */
export function orphanFiles(targets: Map<string, string>): string[] {
  const owned = [...targets.keys()].map(path.dirname).find((d) => path.basename(d) === 'validators');
  if (!owned || !fs.existsSync(owned)) return [];
  return fs
    .readdirSync(owned, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && !d.name.startsWith('.'))
    .map((d) => path.join(d.parentPath, d.name))
    .filter((f) => !targets.has(f))
    .sort();
}

/** Files whose bytes on disk differ from what the contract produces now, and orphans. */
export function staleFiles(targets: Map<string, string>): string[] {
  const stale: string[] = [];
  for (const [file, content] of targets) {
    const onDisk = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
    if (onDisk !== content) stale.push(`${rel(file)}${onDisk === undefined ? ' (missing)' : ''}`);
  }
  for (const f of orphanFiles(targets)) stale.push(`${rel(f)} (no longer generated: delete it)`);
  return stale;
}

export async function runPipeline(opts: PipelineOptions = {}): Promise<PipelineResult> {
  const log = opts.log ?? console.log;
  const root = opts.root ?? SPEC_ROOT;
  const outDir = opts.outDir ?? GENERATED_DIR;
  const docsFile = opts.docsFile === undefined ? DOCS_INDEX : opts.docsFile;
  const timings: Record<string, number> = {};
  const t0 = performance.now();
  const result = (r: Partial<PipelineResult>): PipelineResult => {
    timings['total'] = performance.now() - t0;
    return { ok: false, findings: [], written: [], removed: [], stale: [], targets: [], timings, ...r };
  };
  const step = async <T>(name: string, fn: () => Promise<T> | T): Promise<T> => {
    const s = performance.now();
    try {
      return await fn();
    } finally {
      timings[name] = performance.now() - s;
    }
  };
  const superseded = async (stage: SupersededStage) => (await opts.superseded?.(stage)) === true;
  const lintOn = opts.lint !== false;
  // The lint thread starts before anything else happens (Spectral and its ruleset load there at once).
  const ownThread = lintOn && opts.lintThread === undefined ? startLintThread() : undefined;
  const thread = opts.lintThread === undefined ? ownThread : opts.lintThread || undefined;
  try {
    // Every module the run needs starts loading now, each awaited where it is
    // first used (measured: loading the bundler first and the rest while it
    // bundles was 0.2-0.4 s slower in all). `load` is the wait for the bundler.
    const loading = {
      contract: import('./contract.ts'),
      generate: opts.generate === false ? undefined : import('./generate.ts'),
      lint: lintOn ? import('./lint.ts') : undefined,
      docs: docsFile === false ? undefined : import('./docs.ts'),
    };
    for (const p of Object.values(loading)) p?.catch(() => undefined);
    const { bundleContract, ContractError, formatFinding } = await step('load', () => loading.contract);
    let bundled: Awaited<ReturnType<typeof bundleContract>>;
    try {
      bundled = await step('bundle', () => bundleContract(root));
    } catch (err) {
      if (!(err instanceof ContractError)) throw err;
      if (await superseded('broken')) return result({ superseded: true });
      return result({ broken: err.message, findings: err.findings });
    }
    if (await superseded('bundled')) return result({ superseded: true });
    const doc = bundled.doc;
    const files = bundled.files;
    // Lint, generation and docs do not depend on each other: run them together.
    // Spectral gets the bundle first, as data (copied into its thread now,
    // before anything else runs here): the document generated/openapi.yaml
    // and openapi.json are printed from, without printing and parsing YAML
    // on its critical path (scripts/lib/spectral-lint.ts).
    const spectralFindings = thread?.lint(doc, BUNDLE_YAML, 'bundle');
    spectralFindings?.catch(() => undefined);
    // Redocly's lint of the source: in its own thread when the caller keeps one (the watcher), else on this thread below.
    const redoclyFindings = lintOn ? thread?.lintSource?.(root, bundled.sources) : undefined;
    redoclyFindings?.catch(() => undefined);
    const none = async () => undefined;
    const settled = await Promise.allSettled([
      !lintOn
        ? none()
        : step('lint', async () =>
            (await loading.lint!).lintContract({
              root,
              bundle: doc,
              bundledFiles: files,
              sources: bundled.sources,
              ...(spectralFindings ? { spectralFindings } : {}),
              ...(redoclyFindings ? { redoclyFindings } : {}),
            }),
          ),
      !loading.generate ? none() : step('generate', async () => (await loading.generate!).generateTargets(doc, files, outDir, bundled.sources)),
      !loading.docs ? none() : step('docs', async () => (await loading.docs!).renderDocs(doc)),
    ] as const);
    const [lint, targets, html] = [settledValue(settled[0]), settledValue(settled[1]), settledValue(settled[2])];
    const failed = settled.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
    // A bug is thrown first, whatever else failed, out of date or not.
    const bug = failed.find((e) => !(e instanceof ToolError));
    if (bug !== undefined) throw bug;
    // Out of date already: report nothing, write nothing.
    if (await superseded('done')) return result({ superseded: true });
    if (failed.length) {
      // A contract that lint rejects can be one that generation or the docs
      // refuse too (two operations with one operationId): lint's errors name
      // the file and line, so they lead the report, and each step's own
      // reason follows; nothing is written. Without a lint error, the step's
      // error is the report.
      const findings = lint?.findings ?? [];
      if (!findings.some((f) => f.severity === 'error')) throw failed[0];
      for (const f of findings) log(formatFinding(f));
      for (const e of failed) log((e as Error).message);
      return result({ findings });
    }
    return finish(lint, targets, html, formatFinding);
  } finally {
    await ownThread?.close();
  }
  async function finish(lint: LintReport | undefined, targets: Map<string, string> | undefined, html: string | undefined, formatFinding: (f: Finding) => string): Promise<PipelineResult> {
    const all = new Map(targets ?? []);
    if (html !== undefined && docsFile !== false) all.set(docsFile, html);
    const names = [...all.keys()].map(rel);
    const findings = lint?.findings ?? [];
    for (const f of findings) log(formatFinding(f));
    if (findings.some((f) => f.severity === 'error' || f.severity === 'warning')) return result({ findings, targets: names });
    if (opts.check) return result({ ok: true, stale: staleFiles(all), targets: names });
    const s = performance.now();
    const written = await writeFilesAtomic(all);
    timings['write'] = performance.now() - s;
    const removed = orphanFiles(all);
    for (const f of removed) fs.rmSync(f);
    return result({ ok: true, written: written.map(rel), removed: removed.map(rel), targets: names });
  }
}

/**
 * The chain as `npm run pipeline` and `npm start` run it: when no input
 * changed since the last successful run and every output is as it was
 * written (scripts/lib/stamp.ts), stop before loading any heavy library;
 * otherwise run, and stamp a success (or clear the stamp on a failure).
 * `force` runs anyway.
 */
export async function runPipelineUnlessFresh(opts: { force?: boolean } = {}): Promise<{ upToDate: true; ms: number } | ({ upToDate: false } & PipelineResult)> {
  const t0 = performance.now();
  const { clearStamp, hashInputs, inputFiles, isFresh, writeStamp } = await import('./stamp.ts');
  const inputs = hashInputs(inputFiles());
  if (!opts.force && isFresh('pipeline', inputs)) return { upToDate: true, ms: performance.now() - t0 };
  const r = await runPipeline();
  if (r.ok) await writeStamp('pipeline', r.targets, inputs);
  else clearStamp('pipeline');
  return { upToDate: false, ...r };
}

/** What a run that found nothing to do prints. */
export function upToDateLine(command: string, ms: number): string {
  return `${command}: up to date: no input changed since the last run and every output is as it was written (${ms.toFixed(0)} ms; --force to run anyway)`;
}

/** One line that says how a run ended, the same for every command that prints one. */
export function summarizeRun(command: string, r: PipelineResult): string {
  const t = Object.entries(r.timings)
    .map(([k, v]) => `${k} ${v.toFixed(0)} ms`)
    .join(', ');
  if (r.broken !== undefined) return `${command}: FAILED: the contract is broken; nothing was written (${t})\n${r.broken}`;
  const errors = r.findings.filter((f) => f.severity === 'error').length;
  const warnings = r.findings.filter((f) => f.severity === 'warning').length;
  if (!r.ok) return `${command}: FAILED: lint found ${errors} error(s) and ${warnings} warning(s) (listed above); nothing was written. Fix them, then run it again (${t})`;
  const changed = [...r.written, ...r.removed.map((f) => `${f} (removed)`)];
  return `${command}: ok; ${r.targets.length} targets, ${changed.length} changed${changed.length ? ` (${changed.join(', ')})` : ''}; ${t}`;
}
