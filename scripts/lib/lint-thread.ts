/**
 * Spectral on the second core: a worker thread that loads Spectral and its
 * ruleset as soon as it starts and lints each document it is sent, while the
 * main thread bundles, lints the source with Redocly, generates and renders.
 * (Redocly runs on the main thread: it uses the library the bundler has
 * loaded already, and the work then splits evenly between the two cores:
 * measured, a cold `npm run pipeline -- --force` took 3.35 s against 3.82 s
 * with both linters in the thread, and a warm save at 100 operations 1.21 s
 * against 1.37 s: medians of alternated runs, docs/toolchain-notes.md.) The worker runs the compiled build of
 * scripts/lib/lint-worker.ts (scripts/lib/compiled.mjs), so it loads plain
 * JavaScript whether the caller runs under tsx, vitest or compiled.
 *
 * A thread is started per pipeline run (`npm run pipeline`) or kept for the
 * life of a watcher (`npm run dev`: Spectral stays warm between saves).
 */
import path from 'node:path';
import { startStepThread } from './step-thread.ts';
import type { Finding } from './findings.ts';
import type { SpectralLinter } from './spectral-lint.ts';

export interface LintThread {
  lint: SpectralLinter;
  /** Reload Spectral's ruleset before the next lint (.spectral.yaml changed). */
  reset(): void;
  /** Stop the thread; pending lints reject. */
  close(): Promise<void>;
}

export function startLintThread(): LintThread {
  const thread = startStepThread('scripts/lib/lint-worker.ts', 'lint thread');
  return {
    lint: (input, file, target) => thread.ask<Finding[]>({ input, file: path.resolve(file), target }),
    reset: () => thread.tell({ reset: true }),
    close: () => thread.close(),
  };
}
