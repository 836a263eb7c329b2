/**
 * The lint thread's body (started by scripts/lib/lint-thread.ts, always from
 * its compiled build, never under tsx): Spectral, loaded once and kept warm.
 * Messages in: `{ id, input, file, target }` for Spectral on one document
 * (YAML text or a parsed document),
 * `{ reset: true }` after .spectral.yaml changed. Answers carry the findings
 * (scripts/lib/step-thread.ts).
 */
import { prepareSpectral, resetSpectral, spectralLint, type SpectralInput } from './spectral-lint.ts';
import type { Finding } from './findings.ts';
import { serveSteps } from './step-thread.ts';

type Request = { input: SpectralInput; file: string; target: Finding['target'] } | { reset: true };

// Load Spectral and its ruleset now, while the main thread bundles.
prepareSpectral();
serveSteps('scripts/lib/lint-worker.ts', (message) => {
  const m = message as Request;
  if ('reset' in m) {
    resetSpectral();
    return prepareSpectral();
  }
  return spectralLint(m.input, m.file, m.target);
});
