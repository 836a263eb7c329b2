/**
 * npm run dev: watch openapi/ (and the lint configs) and regenerate generated/
 * and docs/index.html on every save, in this one warm process. After each regeneration the
 * contract is linted too, and the findings printed. Ctrl-C stops it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { runGenerate } from './generate.ts';
import { computeDocs, docsStaleness } from './docs.ts';
import { DOCS_INDEX } from './lib/docs.ts';
import { writeFileAtomic } from './lib/atomic.ts';
import { lintContract, resetSpectral, summarize } from './lib/lint.ts';
import { formatFinding, resetRedoclyConfig } from './lib/contract.ts';
import { OPENAPI_DIR, REDOCLY_CONFIG, SPECTRAL_CONFIG, rel } from './lib/paths.ts';
import { isMain } from './lib/cli.ts';

export interface Watcher {
  close(): void;
  /** Resolves after the regeneration that follows the next change. */
  next(): Promise<{ ms: number; code: number }>;
  /** Regenerate (and lint) now, as if the root had been saved. */
  regenerate(): Promise<void>;
}

export interface WatchOptions {
  /** The contract folder to watch. Default openapi/. Its openapi.yaml is the root. */
  dir?: string;
  /** Where generated files go. Default generated/. */
  outDir?: string;
  /** Re-render docs/index.html too (only when watching the real openapi/). Default true. */
  docs?: boolean;
  lint?: boolean;
  log?: (l: string) => void;
  debounceMs?: number;
}

export function watchContract(opts: WatchOptions = {}): Watcher {
  const dir = opts.dir ?? OPENAPI_DIR;
  const root = path.join(dir, 'openapi.yaml');
  const renderDocs = (opts.docs ?? true) && dir === OPENAPI_DIR;
  const log = opts.log ?? console.log;
  const debounceMs = opts.debounceMs ?? 30;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let waiters: Array<(r: { ms: number; code: number }) => void> = [];
  const changed = new Set<string>();

  const run = async () => {
    const files = [...changed];
    changed.clear();
    if (files.some((f) => f === REDOCLY_CONFIG)) resetRedoclyConfig();
    if (files.some((f) => f === SPECTRAL_CONFIG)) resetSpectral();
    const t0 = performance.now();
    let code = await runGenerate({ log, error: log, root, ...(opts.outDir ? { outDir: opts.outDir } : {}) });
    if (code === 0 && renderDocs) {
      // Keep the reference docs in step too (a few ms once warm).
      try {
        const html = await computeDocs();
        if (docsStaleness(html)) writeFileAtomic(DOCS_INDEX, html);
      } catch (err) {
        log(`dev: docs not rendered: ${err instanceof Error ? err.message : err}`);
        code = 1;
      }
    }
    const ms = performance.now() - t0;
    log(`dev: ${files.map(rel).join(', ')} changed → regenerated in ${ms.toFixed(0)} ms`);
    for (const w of waiters) w({ ms, code });
    waiters = [];
    if (opts.lint !== false && code === 0) {
      const { findings } = await lintContract({ root });
      for (const f of findings) log(formatFinding(f));
      const { errors, warnings } = summarize(findings);
      log(`dev: lint ${errors} error(s), ${warnings} warning(s)`);
    }
  };
  const schedule = (file: string) => {
    changed.add(file);
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(run, run).catch((err) => log(`dev: ${err instanceof Error ? err.message : err}`));
    }, debounceMs);
  };
  // One non-recursive watcher per directory: directory watches see editors'
  // atomic saves (write a temp file, rename it over the original), which
  // per-file watches lose when the inode changes.
  const dirWatchers = new Map<string, fs.FSWatcher>();
  const watchDir = (dir: string) => {
    if (dirWatchers.has(dir)) return;
    dirWatchers.set(
      dir,
      fs.watch(dir, (_event, name) => {
        if (!name) return;
        const full = path.join(dir, name.toString());
        if (fs.existsSync(full) && fs.statSync(full).isDirectory()) return watchTree(full);
        if (/\.ya?ml$/.test(full)) schedule(full);
      }),
    );
  };
  const watchTree = (dir: string) => {
    watchDir(dir);
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) if (e.isDirectory()) watchTree(path.join(dir, e.name));
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
    },
    next() {
      return new Promise((resolve) => waiters.push(resolve));
    },
    regenerate() {
      changed.add(root);
      running = running.then(run, run);
      return running;
    },
  };
}

if (isMain(import.meta.url)) {
  if (process.argv.length > 2) {
    console.error(`dev: unexpected argument(s) ${process.argv.slice(2).join(' ')} (npm run dev takes none)`);
    process.exit(2);
  }
  const w = watchContract();
  // Regenerate once at start (generated/ and the docs), so the watch begins from a current tree.
  await w.regenerate();
  console.log(`dev: watching ${rel(OPENAPI_DIR)}/, redocly.yaml and .spectral.yaml; Ctrl-C to stop`);
  process.on('SIGINT', () => {
    w.close();
    console.log('\ndev: stopped');
    process.exit(0);
  });
}
