/**
 * The reference docs: one self-contained HTML file (docs/index.html) that
 * opens from file:// or any static host and makes no network request.
 *
 * It inlines the Redoc 2.5.4 standalone bundle (the `redoc` package, which has
 * no telemetry), the docs' copy of the bundled contract (with generated
 * `x-codeSamples`) and the Redoc options from the `openapi` section of
 * redocly.yaml. The one remote asset Redoc 2.5.4 loads, the attribution image
 * in the side menu, is replaced at build time by a local `data:` image; that
 * substitution fails loudly when the upstream string is no longer there. A
 * Content-Security-Policy with per-script hashes forbids anything else from
 * leaving the page. See docs/reference-docs.md.
 *
 * Deterministic: the same contract, options and Redoc bundle give the same bytes.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { OpenApiDocument } from './contract.ts';
import { redoclyConfig } from './contract.ts';
import { withCodeSamples, type CodeSampleOptions } from './code-samples.ts';
import { DOCS_ASSETS_DIR, DOCS_DIR } from './paths.ts';
import { DocsError } from './docs-error.ts';
import { withProgressiveRendering } from './docs-progressive.ts';

export { DocsError };

/** The image that stands in for Redoc's remote attribution logo. */
export const ATTRIBUTION_ASSET = path.join(DOCS_ASSETS_DIR, 'attribution-mark.svg');

/** The Redoc version the docs are built with; the bundle on disk must be this one. */
export const REDOC_VERSION = '2.5.4';
/**
 * The exact text in redoc.standalone.js that loads the attribution image from
 * Redocly's CDN. It is replaced by a `data:` URL; if an upgrade moves or
 * renames it, the build stops with an error naming this string.
 */
export const REDOC_REMOTE_LOGO = 'src:"https://cdn.redoc.ly/redoc/logo-mini.svg"';

export type RedocOptions = Record<string, unknown>;

export interface RenderDocsOptions {
  /** Redoc options (theme, expandResponses, ...). Default: the `openapi` section of redocly.yaml. */
  redocOptions?: RedocOptions;
  /** Options for the generated code samples. */
  codeSamples?: CodeSampleOptions;
  /** Redoc's standalone bundle source. Default: the installed `redoc` package's, with the logo substituted. */
  redocBundle?: string;
}

const require = createRequire(import.meta.url);

/** Path of the installed Redoc standalone bundle; throws naming the package when it is missing or the wrong version. */
export function redocBundlePath(): string {
  let pkgFile: string;
  try {
    pkgFile = require.resolve('redoc/package.json');
  } catch {
    throw new DocsError(`the \`redoc\` package is not installed; run \`npm install\` (devDependency redoc@${REDOC_VERSION})`);
  }
  const version = (JSON.parse(fs.readFileSync(pkgFile, 'utf8')) as { version?: string }).version;
  if (version !== REDOC_VERSION) {
    throw new DocsError(
      `redoc ${version} is installed but the docs are built and checked with redoc ${REDOC_VERSION}; re-check the privacy substitution (docs/reference-docs.md) before changing REDOC_VERSION`,
    );
  }
  return path.join(path.dirname(pkgFile), 'bundles', 'redoc.standalone.js');
}

/** `data:` URL of the local attribution image. */
export function attributionDataUrl(file: string = ATTRIBUTION_ASSET): string {
  let svg: Buffer;
  try {
    svg = fs.readFileSync(file);
  } catch {
    throw new DocsError(`cannot read the attribution image ${path.relative(DOCS_DIR, file)} under docs/`);
  }
  return `data:image/svg+xml;base64,${svg.toString('base64')}`;
}

/**
 * Replace the remote attribution image in Redoc's bundle by a local data: URL.
 * Throws, naming the string, unless it occurs exactly once.
 */
export function substituteRemoteLogo(bundle: string, dataUrl: string): string {
  const count = bundle.split(REDOC_REMOTE_LOGO).length - 1;
  if (count !== 1) {
    throw new DocsError(
      `expected the Redoc bundle to contain \`${REDOC_REMOTE_LOGO}\` exactly once, found it ${count} time(s). ` +
        'The bundle changed: find how it loads the attribution image now and update the substitution in scripts/lib/docs.ts, or the docs would fetch from a CDN.',
    );
  }
  return bundle.replace(REDOC_REMOTE_LOGO, () => `src:${JSON.stringify(dataUrl)}`);
}

/**
 * Patterns by which a page starts a request by itself: stylesheets or fonts
 * from a URL, external scripts, remote images set in JS or CSS. After the
 * substitution, none may point outside the page.
 */
const REMOTE_FETCH_PATTERNS: Array<[string, RegExp]> = [
  // Lower-case on purpose: CSS is written `url(`, while JS's `new URL("https://" + host)` only parses.
  ['CSS url() to http(s)', /(?<![A-Za-z])url\(\s*['"]?\s*(?:https?:)?\/\//g],
  ['CSS @import', /@import\s+(?:url\()?\s*['"]?\s*(?:https?:)?\/\//gi],
  ['web font (@font-face)', /@font-face/gi],
  ['<link href> to http(s)', /<link\b[^>]*\bhref\s*=\s*['"]?\s*(?:https?:)?\/\//gi],
  ['<script src>', /<script\b[^>]*\bsrc\s*=/gi],
  ['<img|iframe|source src> to http(s)', /<(?:img|iframe|source|video|audio|embed)\b[^>]*\bsrc\s*=\s*['"]?\s*(?:https?:)?\/\//gi],
  ['src property set to http(s)', /\bsrc\s*:\s*["'`](?:https?:)?\/\//gi],
  ['importScripts/fetch of http(s)', /(?:importScripts|fetch)\(\s*["'`]https?:\/\//gi],
  // Inside the embedded contract: Markdown images and raw HTML in descriptions, which Redoc renders.
  ['Markdown image from http(s) in the contract', /!\[[^\]]*\]\(\s*<?\s*(?:https?:)?\/\//g],
  ['HTML element with a remote src in the contract', /\\u003c(?:img|iframe|source|video|audio|embed|script)\b[^"]*?\bsrc\s*=\s*(?:\\"|')?\s*(?:https?:)?\/\//gi],
];

/** Every place in `text` that would make the page fetch something remote. */
export function findRemoteFetches(text: string): string[] {
  const found: string[] = [];
  for (const [what, re] of REMOTE_FETCH_PATTERNS) {
    for (const m of text.matchAll(re)) {
      const at = m.index ?? 0;
      found.push(`${what}: …${text.slice(Math.max(0, at - 40), at + 80).replace(/\s+/g, ' ')}…`);
    }
  }
  return found;
}

let bundleCache: { key: string; source: string } | undefined;
/**
 * The Redoc standalone bundle with the attribution image made local and
 * progressive rendering (scripts/lib/docs-progressive.ts); cached per process.
 */
export function privateRedocBundle(): string {
  const file = redocBundlePath();
  const st = fs.statSync(file);
  const asset = fs.statSync(ATTRIBUTION_ASSET, { throwIfNoEntry: false });
  const key = `${file}:${st.size}:${st.mtimeMs}:${asset?.size}:${asset?.mtimeMs}`;
  if (bundleCache?.key === key) return bundleCache.source;
  const source = withProgressiveRendering(substituteRemoteLogo(fs.readFileSync(file, 'utf8'), attributionDataUrl()));
  bundleCache = { key, source };
  return source;
}

let bundleScanned: { bundle: string; hash: string; endsScript: boolean; remote: string[] } | undefined;
/** What renderDocs checks of the bundle's inline script, computed once per bundle text. */
function scanBundle(bundle: string): { hash: string; endsScript: boolean; remote: string[] } {
  if (bundleScanned?.bundle !== bundle) {
    bundleScanned = { bundle, hash: sha256(bundle), endsScript: /<\/script/i.test(bundle), remote: findRemoteFetches(`<script>${bundle}</script>`) };
  }
  return bundleScanned;
}

/**
 * The Redoc options: the `openapi` section of redocly.yaml, with the few
 * settings the offline page depends on forced.
 */
export async function redocOptionsFromConfig(): Promise<RedocOptions> {
  const config = await redoclyConfig();
  // Not through `config.resolvedConfig`'s own type: resolving it (@redocly/config,
  // 78k lines of declarations) took tsc 4.5 s, and asserting it against a small
  // shape 8 s, a quarter of the whole type check (tsc --generateTrace).
  const section = (config as unknown as { resolvedConfig: { openapi?: unknown } }).resolvedConfig.openapi;
  if (section !== undefined && (typeof section !== 'object' || section === null || Array.isArray(section))) {
    throw new DocsError('redocly.yaml: `openapi` must be a mapping of Redoc options');
  }
  return { ...(section as RedocOptions | undefined) };
}

/** Options that would make the page load something from elsewhere, refused by name. */
const REMOTE_OPTIONS = ['specUrl', 'htmlTemplate', 'corsProxyUrl'];

/** JSON safe to place inside a <script> element (no `</script`, `<!--`, or line separators). */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function sha256(s: string): string {
  return `'sha256-${crypto.createHash('sha256').update(s, 'utf8').digest('base64')}'`;
}

/** The small script that starts Redoc on the embedded document. */
const BOOT_SCRIPT = `
(function () {
  var spec = JSON.parse(document.getElementById('openapi-document').textContent);
  var options = JSON.parse(document.getElementById('redoc-options').textContent);
  Redoc.init(spec, options, document.getElementById('redoc'));
})();
`;

/** The docs' copy of the contract: the bundle plus generated code samples. */
export function docsDocument(doc: OpenApiDocument, options: CodeSampleOptions = {}): OpenApiDocument {
  return withCodeSamples(doc, options);
}

/**
 * Render the reference docs for a bundled contract: a complete, self-contained
 * HTML page. Pure apart from reading the Redoc bundle, the attribution image
 * and redocly.yaml; writes nothing.
 */
export async function renderDocs(doc: OpenApiDocument, options: RenderDocsOptions = {}): Promise<string> {
  const redocOptions = options.redocOptions ?? (await redocOptionsFromConfig());
  for (const k of REMOTE_OPTIONS) {
    if (k in redocOptions) throw new DocsError(`redocly.yaml: openapi.${k} is not supported: the docs page must not load anything from elsewhere`);
  }
  const bundle = options.redocBundle ?? privateRedocBundle();
  const scanned = scanBundle(bundle);
  if (scanned.endsScript) throw new DocsError('the Redoc bundle contains "</script", which would end the inline <script> early');
  const spec = docsDocument(doc, options.codeSamples);
  const info = spec.info;
  const title = `${info.title} ${info.version} reference`;
  const description = typeof info.summary === 'string' ? info.summary : `Reference documentation for ${info.title}`;
  const bootScript = BOOT_SCRIPT;
  const csp = [
    "default-src 'none'",
    `script-src ${scanned.hash} ${sha256(bootScript)}`,
    // Redoc's search index runs in a Web Worker that the (hash-pinned) bundle
    // creates from a blob: URL; allowed only when search is on.
    ...(redocOptions.disableSearch === true ? [] : ['worker-src blob:']),
    // styled-components writes <style> elements at run time.
    "style-src 'unsafe-inline'",
    'img-src data:',
    "font-src 'none'",
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const head = [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="description" content="${escapeHtml(description)}">`,
    `<meta name="generator" content="scripts/docs.ts with Redoc ${REDOC_VERSION}">`,
    `<title>${escapeHtml(title)}</title>`,
    // An empty data: icon: the browser does not go looking for /favicon.ico.
    '<link rel="icon" href="data:,">',
    '<style>body{margin:0;padding:0}</style>',
    '</head>',
    '<body>',
    `<noscript>This API reference needs JavaScript to display. The same description, as OpenAPI 3.1, ships in the npm package @interactly/connect-call as openapi.json and openapi.yaml (import "@interactly/connect-call/openapi.json").</noscript>`,
    '<div id="redoc"></div>',
    `<script type="application/json" id="openapi-document">${scriptJson(spec)}</script>`,
    `<script type="application/json" id="redoc-options">${scriptJson(redocOptions)}</script>`,
  ].join('\n');
  const tail = [`<script>${bootScript}</script>`, '</body>', '</html>', ''].join('\n');
  const html = `${head}\n<script>${bundle}</script>\n${tail}`;
  // The bundle's own line is scanned once per bundle (it is the same 1 MB on every save); the
  // lines around it on every render. Every pattern needs its construct whole inside one of these
  // parts (a tag, a CSS rule, a call): a real fetch cannot start in the contract's JSON and end in
  // the bundle.
  const remote = [...findRemoteFetches(head), ...scanned.remote, ...findRemoteFetches(tail)];
  if (remote.length) {
    throw new DocsError(`the page would fetch from outside itself:\n${remote.map((r) => `  ${r}`).join('\n')}`);
  }
  return html;
}
