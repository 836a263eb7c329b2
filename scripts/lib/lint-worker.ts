/**
 * The lint thread's body (started by scripts/lib/lint-thread.ts, always from
 * its compiled build, never under tsx): Spectral, loaded once and kept warm.
 * Messages in: `{ id, text, file, target }` for Spectral on one document,
 * `{ reset: true }` after .spectral.yaml changed. Answers carry the findings
 * (scripts/lib/step-thread.ts).
 */
import { prepareSpectral, resetSpectral, spectralLint } from './spectral-lint.ts';
import type { Finding } from './findings.ts';
import { serveSteps } from './step-thread.ts';

type Request = { text: string; file: string; target: Finding['target'] } | { reset: true };

// Load Spectral and its ruleset now, while the main thread bundles.
prepareSpectral();
serveSteps('scripts/lib/lint-worker.ts', (message) => {
  const m = message as Request;
  if ('reset' in m) {
    resetSpectral();
    return prepareSpectral();
  }
  return spectralLint(m.text, m.file, m.target);
});
