/**
 * The watch loop behind `npm run dev`: watch the contract folder, the lint
 * configs and (when it renders the docs) docs/assets/, the inputs the
 * pipeline's stamp counts besides its own code, and on every save run the one chain (scripts/lib/pipeline.ts) in
 * this warm process: bundle once, lint (Redocly on the source, Spectral on the
 * bundle), write nothing unless
 * lint is clean, then write every target and the docs atomically. Exactly what
 * `npm run pipeline` does, on the files that changed.
 *
 * Both linters run in threads kept for the life of the watcher
 * (scripts/lib/lint-thread.ts, `source: true`): Spectral on the bundle and
 * Redocly on the source, warm between saves, while this thread bundles,
 * generates and renders. The price is paid once, at start: the start-up run
 * waits for a third thread loading openapi-core (about 0.2 s more before the
 * first report; docs/toolchain-notes.md).
 *
 * A save starts its run at once. A change that arrives while a run is going,
 * before it starts writing, makes that run out of date: it reports and writes
 * nothing, and the next run starts when it ends, on the files as they are
 * then (after MAX_SUPERSEDED_RUNS such drops in a row, a run finishes
 * anyway). A burst of changes (a checkout, an editor that truncates a file
 * and then writes it) gives one report, on what the burst left.
 */
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { runPipeline, type PipelineResult, type SupersededStage } from './pipeline.ts';
import { resetRedoclyConfig } from './contract.ts';
import { startLintThread } from './lint-thread.ts';
import { DOCS_ASSETS_DIR, OPENAPI_DIR, REDOCLY_CONFIG, SPECTRAL_CONFIG, rel } from './paths.ts';

export interface Watcher {
  /** Stop watching. A run going on reports nothing and, unless it is already writing, writes nothing; queued runs do not start. */
  close(): void;
  /**
   * Resolves with the next run that reports (a save's, or regenerate()'s);
   * runs a newer change dropped do not count. A run that throws resolves it
   * with code 1.
   */
  next(): Promise<RunReport>;
  /**
   * Run the chain now on the files as they are; reports only what it wrote.
   * Unlike a save's run it is never dropped, and a broken contract is
   * reported at once.
   */
  regenerate(): Promise<void>;
}

export interface RunReport {
  ms: number;
  /** 0 when the run wrote (or had nothing to write), 1 when it found problems or failed. */
  code: number;
  written: string[];
  /** Runs dropped just before this one because a newer change overtook them. */
  dropped: number;
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
  /**
   * How long after a change the run starts (default 0: at once, the events
   * of one save taken together). Bursts need no wait: a run that a newer
   * change overtakes is dropped (see below).
   */
  debounceMs?: number;
  /** Called as each run starts, before it reads anything (for a tool that shows progress). */
  onRunStart?: () => void;
  /**
   * The docs' assets folder, whose files the page embeds (default docs/assets/): a change
   * there runs the chain like a save. Watched when the docs are re-rendered, or when given.
   */
  assetsDir?: string;
}

/**
 * How many runs in a row a stream of saves may make the watcher drop before
 * it lets one finish anyway: files saved again and again faster than a run
 * (a tool rewriting them in a loop) still get their output, a few runs late.
 */
export const MAX_SUPERSEDED_RUNS = 4;

/**
 * How long a save's run that found the contract broken (a file that does not
 * parse) waits for another change before it says so, stopping as soon as one
 * comes: a file caught between an editor's truncate and its write is not
 * reported. Runs that bundle go on at once; only the broken report waits, and
 * not for a run that cannot be dropped (regenerate(), or the one after
 * MAX_SUPERSEDED_RUNS drops).
 */
export const BROKEN_SETTLE_MS = 100;

/**
 * Resolves once the event loop has polled for I/O again, so that the watch
 * events of saves made while this thread was busy have been counted: the
 * first immediate runs in this turn's check phase, the second after the next
 * turn's poll.
 */
function ioDelivered(): Promise<void> {
  return new Promise((resolve) => setImmediate(() => setImmediate(resolve)));
}

export function watchContract(opts: WatchOptions = {}): Watcher {
  const dir = opts.dir ?? OPENAPI_DIR;
  const root = path.join(dir, 'openapi.yaml');
  const docs = (opts.docs ?? true) && dir === OPENAPI_DIR;
  const log = opts.log ?? console.log;
  const debounceMs = opts.debounceMs ?? 0;
  let timer: NodeJS.Timeout | undefined;
  // Runs one at a time, in order; `queued` while a save's run waits its turn.
  let queue: Promise<void> = Promise.resolve();
  let queued = false;
  // Counts changes seen; a run whose count moved on while it ran is out of date.
  let seen = 0;
  let dropped = 0;
  let closed = false;
  let waiters: Array<(r: RunReport) => void> = [];
  const settle = (r: RunReport) => {
    for (const w of waiters) w(r);
    waiters = [];
  };
  const changed = new Set<string>();
  // Both linters in threads of their own, warm between saves (scripts/lib/lint-thread.ts).
  const thread = opts.lint !== false ? startLintThread({ source: true }) : undefined;

  const run = async (why: 'start' | 'save') => {
    const files = [...changed];
    changed.clear();
    if (files.includes(REDOCLY_CONFIG)) {
      resetRedoclyConfig();
      thread?.reset('redocly');
    }
    if (files.includes(SPECTRAL_CONFIG)) thread?.reset('spectral');
    const at = seen;
    // A save's run starts at once, without waiting for the editor to finish:
    // if another save comes while it runs (before it writes), it reports and writes nothing, and
    // the next run (queued by that save) starts as soon as it ends. So a
    // burst (a checkout, a save that truncates and then writes) is one
    // report, on the files as they ended up.
    const droppable = why === 'save' && dropped < MAX_SUPERSEDED_RUNS;
    const stale = () => closed || (droppable && seen !== at);
    const superseded = async (stage: SupersededStage) => {
      // A run that cannot be dropped asks only whether the watcher was closed.
      if (!droppable) return closed;
      await ioDelivered();
      if (stage === 'broken') {
        // Wait for the rest of a half-written file, and stop waiting as soon as it comes.
        const until = performance.now() + BROKEN_SETTLE_MS;
        while (!stale() && performance.now() < until) {
          await sleep(5);
          await ioDelivered();
        }
      }
      return stale();
    };
    opts.onRunStart?.();
    let r: PipelineResult;
    try {
      r = await runPipeline({
        root,
        lint: opts.lint !== false,
        lintThread: thread ?? false,
        log,
        ...(opts.outDir ? { outDir: opts.outDir } : {}),
        ...(docs ? {} : { docsFile: false }),
        superseded,
      });
    } catch (err) {
      if (closed) throw err;
      settle({ ms: 0, code: 1, written: [], dropped });
      dropped = 0;
      throw err;
    }
    // Closed while it ran (during its writes, say): report nothing.
    if (closed) return;
    if (r.superseded) {
      dropped++;
      // The next run names these files too.
      for (const f of files) changed.add(f);
      return;
    }
    const before = dropped;
    dropped = 0;
    const ms = r.timings['total'] ?? 0;
    const written = [...r.written, ...r.removed.map((f) => `${f} (removed)`)];
    const what = why === 'save' ? `${files.map(rel).join(', ')} changed → ` : '';
    if (r.broken !== undefined) log(`dev: ${what}the contract is broken; nothing written:\n${r.broken}`);
    else if (!r.ok) log(`dev: ${what}lint found ${r.findings.length} problem(s) (above); nothing written`);
    else if (written.length) log(`dev: ${what}wrote ${written.length} file(s) in ${ms.toFixed(0)} ms: ${written.join(', ')}`);
    else log(`dev: ${what}${why === 'save' ? `nothing to write (${ms.toFixed(0)} ms)` : 'generated/ and the docs are up to date'}`);
    settle({ ms, code: r.ok ? 0 : 1, written, dropped: before });
  };
  // A run started by a save reports its own failure; regenerate()'s caller gets its run's.
  const enqueue = (why: 'start' | 'save'): Promise<void> => {
    const job = queue.then(() => {
      if (why === 'save') queued = false;
      if (closed) return undefined;
      return why === 'start' || changed.size ? run(why) : undefined;
    });
    queue = job.catch((err) => {
      if (why === 'save' && !closed) log(`dev: ${err instanceof Error ? err.message : err}`);
    });
    return job;
  };
  const schedule = (file: string) => {
    changed.add(file);
    seen++;
    clearTimeout(timer);
    // The events of one save arrive together; a zero delay takes them as one.
    timer = setTimeout(() => {
      if (queued) return;
      queued = true;
      void enqueue('save');
    }, debounceMs);
  };
  // One non-recursive watcher per directory: directory watches see editors'
  // atomic saves (write a temp file, rename it over the original), which
  // per-file watches lose when the inode changes.
  const dirWatchers = new Map<string, fs.FSWatcher>();
  const watchDir = (d: string) => {
    if (dirWatchers.has(d)) return;
    const watcher = fs.watch(d, (_event, name) => {
      if (!name) return;
      const full = path.join(d, name.toString());
      // A name can be gone by now (an editor's temp file renamed away).
      const stat = fs.statSync(full, { throwIfNoEntry: false });
      // A folder that went away (moved, deleted, a checkout): drop its watches and
      // its subfolders', so that a folder created again under that name is watched anew.
      if (!stat) forget(full);
      if (stat?.isDirectory()) {
        if (dirWatchers.has(full)) return;
        try {
          // A folder that appeared with files in it (copied, checked out): they were
          // written before its watch began, so they count as changed.
          return watchTree(full, true);
        } catch (err) {
          // A folder removed while it was being walked: its parent's watch reports that.
          if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
        }
      }
      if (/\.ya?ml$/.test(full)) schedule(full);
    });
    // A watched folder that is removed can end its watch with an error: forget it, do not crash.
    watcher.on('error', () => forget(d));
    dirWatchers.set(d, watcher);
  };
  const forget = (gone: string) => {
    for (const [d, w] of dirWatchers) {
      if (d === gone || d.startsWith(gone + path.sep)) {
        w.close();
        dirWatchers.delete(d);
      }
    }
  };
  const watchTree = (d: string, changedFiles = false) => {
    watchDir(d);
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) watchTree(full, changedFiles);
      else if (changedFiles && /\.ya?ml$/.test(e.name)) schedule(full);
    }
  };
  watchTree(dir);
  // The lint configs live in the project root: watch the directory (atomic
  // saves replace the file) and pick out their names. Any file of the docs'
  // assets folder counts, as it does for the pipeline's stamp; the folder is
  // watched from its parent too, so that one created, removed or put back
  // (a checkout) is watched again and counts as a change.
  const configs = new Set([REDOCLY_CONFIG, SPECTRAL_CONFIG]);
  const assetsDir = opts.assetsDir !== undefined ? path.resolve(opts.assetsDir) : docs ? DOCS_ASSETS_DIR : undefined;
  let assetsWatcher: fs.FSWatcher | undefined;
  const watchAssets = () => {
    assetsWatcher?.close();
    assetsWatcher = undefined;
    if (assetsDir === undefined || closed) return;
    try {
      const w = fs.watch(assetsDir, (_event, name) => {
        if (name) schedule(path.join(assetsDir, name.toString()));
      });
      // The folder went away: its parent's watch sees it come back.
      w.on('error', () => w.close());
      assetsWatcher = w;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
  };
  watchAssets();
  const parentDirs = new Set([...[...configs].map((f) => path.dirname(f)), ...(assetsDir !== undefined ? [path.dirname(assetsDir)] : [])]);
  const configWatchers = [...parentDirs]
    .filter((d) => fs.existsSync(d))
    .map((d) =>
      fs.watch(d, (_event, name) => {
        const full = name ? path.join(d, name.toString()) : '';
        if (full === assetsDir) {
          watchAssets();
          schedule(full);
        } else if (configs.has(full)) schedule(full);
      }),
    );
  return {
    close() {
      // A run going on reports nothing (and writes nothing unless it is writing already); queued runs do not start.
      closed = true;
      clearTimeout(timer);
      for (const w of dirWatchers.values()) w.close();
      for (const w of configWatchers) w.close();
      assetsWatcher?.close();
      void thread?.close();
    },
    next() {
      return new Promise((resolve) => waiters.push(resolve));
    },
    regenerate() {
      return enqueue('start');
    },
  };
}
