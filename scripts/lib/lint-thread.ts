/**
 * Lint on the second core: a worker thread that lints the multi-file source
 * with Redocly as soon as it is asked (no bundle needed) and loads Spectral
 * and its ruleset meanwhile, then lints each document it is sent with
 * Spectral, while the main thread bundles, generates and renders. The worker
 * runs the compiled build of
 * scripts/lib/lint-worker.ts (scripts/lib/compiled.mjs), so it loads plain
 * JavaScript whether the caller runs under tsx, vitest or compiled.
 *
 * A thread is started per pipeline run (`npm run pipeline`) or kept for the
 * life of a watcher (`npm run dev`: both linters stay warm between saves).
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { compiledFile } from './compiled.mjs';
import type { Finding } from './contract.ts';
import type { SpectralLinter } from './lint.ts';

export interface LintThread {
  lint: SpectralLinter;
  /** Redocly on the multi-file source at `root`, in the thread. */
  redocly(root: string): Promise<Finding[]>;
  /** Reload both linters' configs before the next lint (.spectral.yaml or redocly.yaml changed). */
  reset(): void;
  /** Stop the thread; pending lints reject. */
  close(): Promise<void>;
}

type Reply = { id: number; findings?: Finding[]; error?: string };

export function startLintThread(): LintThread {
  let nextId = 0;
  const pending = new Map<number, { resolve: (f: Finding[]) => void; reject: (e: Error) => void }>();
  let current: Worker | undefined;
  // The thread keeps the process alive only while a lint is pending.
  const settle = () => {
    if (!pending.size) current?.unref();
  };
  const failAll = (err: Error) => {
    for (const p of pending.values()) p.reject(err);
    pending.clear();
    settle();
  };
  const worker: Promise<Worker> = compiledFile('scripts/lib/lint-worker.ts').then((file) => {
    const w = new Worker(file, { stdout: false, stderr: false });
    current = w;
    w.unref();
    w.on('message', (m: Reply) => {
      const p = pending.get(m.id);
      if (!p) return;
      pending.delete(m.id);
      settle();
      if (m.error !== undefined) p.reject(new Error(`lint thread: ${m.error}`));
      else p.resolve(m.findings ?? []);
    });
    w.on('error', (err) => failAll(err));
    w.on('exit', (code) => failAll(new Error(`the lint thread exited (code ${code})`)));
    return w;
  });
  const ask = async (message: Record<string, unknown>): Promise<Finding[]> => {
    const w = await worker;
    const id = nextId++;
    return new Promise<Finding[]>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      w.ref();
      w.postMessage({ id, ...message });
    });
  };
  return {
    lint: (text, file, target) => ask({ text, file: path.resolve(file), target }),
    redocly: (root) => ask({ redocly: path.resolve(root) }),
    reset() {
      void worker.then((w) => w.postMessage({ reset: true }));
    },
    async close() {
      const w = await worker.catch(() => undefined);
      failAll(new Error('the lint thread was closed'));
      await w?.terminate();
    },
  };
}
