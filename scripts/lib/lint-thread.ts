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
import { startStepThread } from './step-thread.ts';
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

export function startLintThread(): LintThread {
  const thread = startStepThread('scripts/lib/lint-worker.ts', 'lint thread');
  return {
    lint: (text, file, target) => thread.ask<Finding[]>({ text, file: path.resolve(file), target }),
    redocly: (root) => thread.ask<Finding[]>({ redocly: path.resolve(root) }),
    reset: () => thread.tell({ reset: true }),
    close: () => thread.close(),
  };
}
