/**
 * The lint thread's body (started by scripts/lib/lint-thread.ts, always from
 * its compiled build, never under tsx): both linters, loaded once and kept
 * warm. Messages in: `{ id, text, file, target }` for Spectral on one
 * document, `{ id, redocly: root }` for Redocly on the multi-file source,
 * `{ reset: true }` after .spectral.yaml or redocly.yaml changed. Answers
 * carry the findings (scripts/lib/step-thread.ts).
 */
import { prepareSpectral, redoclySourceLint, resetSpectral, spectralLint } from './lint.ts';
import { resetRedoclyConfig, type Finding } from './contract.ts';
import { serveSteps } from './step-thread.ts';

type Request = { text: string; file: string; target: Finding['target'] } | { redocly: string } | { reset: true };

// Load Spectral and its ruleset now, while the main thread bundles.
prepareSpectral();
serveSteps('scripts/lib/lint-worker.ts', (message) => {
  const m = message as Request;
  if ('reset' in m) {
    resetRedoclyConfig();
    resetSpectral();
    return prepareSpectral();
  }
  return 'redocly' in m ? redoclySourceLint(m.redocly) : spectralLint(m.text, m.file, m.target);
});
