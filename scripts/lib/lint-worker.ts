/**
 * The lint thread's body (started by scripts/lib/lint-thread.ts, always from
 * its compiled build, never under tsx): both linters, loaded once and kept
 * warm. Messages in: `{ id, text, file, target }` for Spectral on one
 * document, `{ id, redocly: root }` for Redocly on the multi-file source,
 * `{ reset: true }` after .spectral.yaml or redocly.yaml changed. Out: `{ id,
 * findings }` or `{ id, error }`.
 */
import { parentPort } from 'node:worker_threads';
import { prepareSpectral, redoclySourceLint, resetSpectral, spectralLint } from './lint.ts';
import { resetRedoclyConfig, type Finding } from './contract.ts';

type Request = { id: number; text: string; file: string; target: Finding['target'] } | { id: number; redocly: string } | { reset: true };

if (!parentPort) throw new Error('scripts/lib/lint-worker.ts runs as a worker thread (see scripts/lib/lint-thread.ts)');
const port = parentPort;
// Load Spectral and its ruleset now, while the main thread bundles.
prepareSpectral();
port.on('message', (m: Request) => {
  if ('reset' in m) {
    resetRedoclyConfig();
    resetSpectral();
    return prepareSpectral();
  }
  ('redocly' in m ? redoclySourceLint(m.redocly) : spectralLint(m.text, m.file, m.target)).then(
    (findings) => port.postMessage({ id: m.id, findings }),
    (err: unknown) => port.postMessage({ id: m.id, error: err instanceof Error ? (err.stack ?? err.message) : String(err) }),
  );
});
