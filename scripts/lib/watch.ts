/**
 * The watch loop behind `npm run dev`: watch the contract folder and the lint
 * configs, and on every save run the one chain (scripts/lib/pipeline.ts) in
 * this warm process: bundle once, lint (Redocly on the source, Spectral on the
 * bundle), write nothing unless
 * lint is clean, then write every target and the docs atomically. Exactly what
 * `npm run pipeline` does, on the files that changed.
 *
 * Spectral runs in a lint thread kept for the life of the watcher
 * (scripts/lib/lint-thread.ts): warm between saves, and on the second core
 * while this thread bundles, lints the source with Redocly, generates and
 * renders.
 */
import fs from 'node:fs';
import path from 'node:path';
import { runPipeline } from './pipeline.ts';
import { resetRedoclyConfig } from './contract.ts';
import { startLintThread } from './lint-thread.ts';
import { OPENAPI_DIR, REDOCLY_CONFIG, SPECTRAL_CONFIG, rel } from './paths.ts';

export interface Watcher {
  close(): void;
  /** Resolves after the run that follows the next change. */
  next(): Promise<{ ms: number; code: number; written: string[] }>;
  /** Run the chain now, as if the root had been saved; reports only what it wrote. */
  regenerate(): Promise<void>;
}

export interface WatchOptions {
  /** The contract folder to watch. Default openapi/. Its openapi.yaml is the root. */
  dir?: string;
  /** Where generated files go. Default generated/. */
  outDir?: string;
  /** Re-render docs/index.html too (only when watching the real openapi/). Default true. */
  docs?: boolean;
  /** Lint before writing (default true, as in `npm run pipeline`). */
  lint?: boolean;
  log?: (l: string) => void;
  debounceMs?: number;
}

export function watchContract(opts: WatchOptions = {}): Watcher {
  const dir = opts.dir ?? OPENAPI_DIR;
  const root = path.join(dir, 'openapi.yaml');
  const docs = (opts.docs ?? true) && dir === OPENAPI_DIR;
  const log = opts.log ?? console.log;
  const debounceMs = opts.debounceMs ?? 30;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let waiters: Array<(r: { ms: number; code: number; written: string[] }) => void> = [];
  const changed = new Set<string>();
  const thread = opts.lint !== false ? startLintThread() : undefined;

  const run = async (why: 'start' | 'save') => {
    const files = [...changed];
    changed.clear();
    if (files.includes(REDOCLY_CONFIG)) resetRedoclyConfig();
    if (files.includes(SPECTRAL_CONFIG)) thread?.reset();
    const r = await runPipeline({ root, lint: opts.lint !== false, lintThread: thread ?? false, log, ...(opts.outDir ? { outDir: opts.outDir } : {}), ...(docs ? {} : { docsFile: false }) });
    const ms = r.timings['total'] ?? 0;
    const written = [...r.written, ...r.removed.map((f) => `${f} (removed)`)];
    const what = why === 'save' ? `${files.map(rel).join(', ')} changed → ` : '';
    if (r.broken !== undefined) log(`dev: ${what}the contract is broken; nothing written:\n${r.broken}`);
    else if (!r.ok) log(`dev: ${what}lint found ${r.findings.length} problem(s) (above); nothing written`);
    else if (written.length) log(`dev: ${what}wrote ${written.length} file(s) in ${ms.toFixed(0)} ms: ${written.join(', ')}`);
    else log(`dev: ${what}${why === 'save' ? `nothing to write (${ms.toFixed(0)} ms)` : 'generated/ and the docs are up to date'}`);
    for (const w of waiters) w({ ms, code: r.ok ? 0 : 1, written });
    waiters = [];
  };
  const schedule = (file: string) => {
    changed.add(file);
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(() => run('save')).catch((err) => log(`dev: ${err instanceof Error ? err.message : err}`));
    }, debounceMs);
  };
  // One non-recursive watcher per directory: directory watches see editors'
  // atomic saves (write a temp file, rename it over the original), which
  // per-file watches lose when the inode changes.
  const dirWatchers = new Map<string, fs.FSWatcher>();
  const watchDir = (d: string) => {
    if (dirWatchers.has(d)) return;
    dirWatchers.set(
      d,
      fs.watch(d, (_event, name) => {
        if (!name) return;
        const full = path.join(d, name.toString());
        if (fs.existsSync(full) && fs.statSync(full).isDirectory()) return watchTree(full);
        if (/\.ya?ml$/.test(full)) schedule(full);
      }),
    );
  };
  const watchTree = (d: string) => {
    watchDir(d);
    for (const e of fs.readdirSync(d, { withFileTypes: true })) if (e.isDirectory()) watchTree(path.join(d, e.name));
  };
  watchTree(dir);
  // The lint configs live in the project root: watch the directory (atomic
  // saves replace the file) and pick out their names.
  const configs = new Set([REDOCLY_CONFIG, SPECTRAL_CONFIG]);
  const configWatchers = [...new Set([...configs].map((f) => path.dirname(f)))].map((d) =>
    fs.watch(d, (_event, name) => {
      const full = name ? path.join(d, name.toString()) : '';
      if (configs.has(full)) schedule(full);
    }),
  );
  return {
    close() {
      clearTimeout(timer);
      for (const w of dirWatchers.values()) w.close();
      for (const w of configWatchers) w.close();
      void thread?.close();
    },
    next() {
      return new Promise((resolve) => waiters.push(resolve));
    },
    regenerate() {
      running = running.then(() => run('start'));
      return running;
    },
  };
}
