/**
 * Lint on other cores: a worker thread that loads Spectral and its ruleset
 * as soon as it starts and lints each document it is sent, while the main
 * thread bundles, lints the source with Redocly, generates and renders.
 * (Redocly runs on the main thread by default: it uses the library the
 * bundler has loaded already, and the work then splits evenly between the two cores:
 * measured, a cold `npm run pipeline -- --force` took 3.35 s against 3.82 s
 * with both linters in the thread, and a warm save at 100 operations 1.21 s
 * against 1.37 s: medians of alternated runs, docs/toolchain-notes.md.)
 *
 * With `source: true` (the dev watcher), Redocly's lint of the source runs in
 * a second thread (scripts/lib/source-lint-worker.ts), kept warm like the
 * first: a save's run then lints with both linters while the main thread
 * generates, instead of linting with Redocly first (docs/toolchain-notes.md,
 * "The dev loop, seventh stop"). Each worker runs the compiled build of its
 * module (scripts/lib/compiled.mjs), so it loads plain JavaScript whether the
 * caller runs under tsx, vitest or compiled.
 *
 * Threads are started per pipeline run (`npm run pipeline`) or kept for the
 * life of a watcher (`npm run dev`: the linters stay warm between saves).
 */
import path from 'node:path';
import { startStepThread } from './step-thread.ts';
import type { Finding } from './findings.ts';
import type { SourceFiles } from './contract.ts';
import type { SpectralLinter } from './spectral-lint.ts';

/** Redocly on the multi-file source: the root file and the bytes the run's bundle read. */
export type SourceLinter = (root: string, sources: SourceFiles) => Promise<Finding[]>;

export interface LintThread {
  /** Spectral on a document. */
  lint: SpectralLinter;
  /** Redocly on the source, in its own thread; only when started with `source: true`. */
  lintSource?: SourceLinter;
  /** Reload a linter's config before its next lint (.spectral.yaml or redocly.yaml changed). */
  reset(config: 'spectral' | 'redocly'): void;
  /** Stop the threads; pending lints reject. */
  close(): Promise<void>;
}

export function startLintThread(opts: { source?: boolean } = {}): LintThread {
  const thread = startStepThread('scripts/lib/lint-worker.ts', 'lint thread');
  const sourceThread = opts.source ? startStepThread('scripts/lib/source-lint-worker.ts', 'source lint thread') : undefined;
  return {
    lint: (input, file, target) => thread.ask<Finding[]>({ input, file: path.resolve(file), target }),
    ...(sourceThread ? { lintSource: (root: string, sources: SourceFiles) => sourceThread.ask<Finding[]>({ root: path.resolve(root), files: [...sources] }) } : {}),
    reset: (config) => (config === 'spectral' ? thread : sourceThread)?.tell({ reset: true }),
    close: async () => {
      await Promise.all([thread.close(), sourceThread?.close()]);
    },
  };
}
