/** Where things live. Every script resolves paths from here, never from the caller's cwd. */
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const ROOT = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const OPENAPI_DIR = path.join(ROOT, 'openapi');
export const SPEC_ROOT = path.join(OPENAPI_DIR, 'openapi.yaml');
export const GENERATED_DIR = path.join(ROOT, 'generated');
export const DOCS_DIR = path.join(ROOT, 'docs');
/** The rendered reference docs (one self-contained page). */
export const DOCS_INDEX = path.join(DOCS_DIR, 'index.html');
/** What the docs page embeds from disk besides the contract (the attribution image). */
export const DOCS_ASSETS_DIR = path.join(DOCS_DIR, 'assets');
export const REDOCLY_CONFIG = path.join(ROOT, 'redocly.yaml');
export const SPECTRAL_CONFIG = path.join(ROOT, '.spectral.yaml');
/** The path the bundled contract is linted under (it is linted in memory, before it is written). */
export const BUNDLE_YAML = path.join(GENERATED_DIR, 'openapi.yaml');

/** Project-relative, forward-slashed path for messages. */
export function rel(p: string): string {
  return path.relative(ROOT, p).split(path.sep).join('/');
}
