/**
 * npm run build [-- --pack [--pack-destination <dir>]]
 *
 * Stages the npm package in dist/: a complete, publishable folder, so that
 * what users install is exactly what was built and tested, and the
 * repository root (the contributors' workspace, `"private": true`) is never
 * packed by mistake.
 *
 *   dist/package.json     derived from the root one: the published fields only
 *                         (no scripts, no devDependencies), exports rewritten
 *                         to this layout
 *   dist/README.md        package/README.md, written for someone who only ran
 *                         `npm install` (the root README is the contributors' guide)
 *   dist/CHANGELOG.md     the contract's changelog
 *   dist/src/             the client, server and MSW entry points, compiled (ESM + .d.ts)
 *   dist/generated/       operations compiled, plus the generated files that
 *                         are already JavaScript or declarations: validators,
 *                         schema types, the bundled contract (json and yaml)
 *   dist/docs/index.html  the reference docs (one offline file)
 *
 * Built into a temp folder and swapped in, so a failed build never leaves a
 * half-written dist/. `--pack` then runs `npm pack dist/` (the tarball lands
 * in the project root, or in --pack-destination). `--prepack` is what the
 * root's prepack hook runs: it refuses, since the root is not the package.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { ROOT, GENERATED_DIR, DOCS_INDEX, rel } from './lib/paths.ts';
import { parseFlags, reportUsage, runMain, UsageError, type CommandHelp } from './lib/cli.ts';
import { ToolError } from './lib/errors.ts';

const require = createRequire(import.meta.url);
export const DIST_DIR = path.join(ROOT, 'dist');
/** The README the package ships: for users of the package, not contributors. */
export const PACKAGE_README = path.join(ROOT, 'package', 'README.md');
const CHANGELOG = path.join(ROOT, 'CHANGELOG.md');
/** Shipped when there is one (npm packs a LICENSE whatever `files` says). */
const LICENSE = path.join(ROOT, 'LICENSE');
/** Generated files copied as they are (operations.ts is compiled with src/). */
const COPIED = ['schema.d.ts', 'validators.js', 'validators.d.ts', 'validators', 'openapi.json', 'openapi.yaml'];
/** The root manifest's fields that the published manifest carries, in this order. Everything else (scripts, devDependencies, private) stays home. */
export const PUBLISHED_FIELDS = [
  'name',
  'version',
  'description',
  'keywords',
  'homepage',
  'bugs',
  'repository',
  'license',
  'type',
  'engines',
  'exports',
  'types',
  'sideEffects',
  'dependencies',
  'peerDependencies',
  'peerDependenciesMeta',
] as const;
/** What the tarball holds besides package.json (npm adds that itself). */
export const PUBLISHED_FILES = ['src', 'generated', 'docs', 'README.md', 'CHANGELOG.md'];

export class BuildError extends ToolError {}

type Manifest = Record<string, unknown>;
/** The root's build output folder, as the root manifest's exports name it. */
const STAGED_PREFIX = './dist/';

/** A root export target ('./dist/src/index.js') as the staged package sees it ('./src/index.js'). */
function restage(target: string, where: string): string {
  if (target === './package.json') return target;
  if (!target.startsWith(STAGED_PREFIX))
    throw new BuildError(`build: ${where} is ${JSON.stringify(target)}; every export of the root package.json must point into ${STAGED_PREFIX} (the staged package)`);
  return `./${target.slice(STAGED_PREFIX.length)}`;
}

function restageExports(value: unknown, where: string): unknown {
  if (typeof value === 'string') return restage(value, where);
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, restageExports(v, `${where}[${JSON.stringify(k)}]`)]));
  }
  throw new BuildError(`build: ${where} must be a path or an object of conditions, got ${JSON.stringify(value)}`);
}

/** Every file path an exports map (or types) points at. */
function targets(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(targets);
  return [];
}

/**
 * The published package.json from the root one: the published fields only,
 * exports and types rewritten from the root's view (./dist/…) to the staged
 * folder's (./…), and the list of files to pack.
 */
export function stagedManifest(root: Manifest): Manifest {
  for (const field of ['name', 'version', 'exports'] as const) {
    if (root[field] === undefined) throw new BuildError(`build: the root package.json has no "${field}"`);
  }
  const out: Manifest = {};
  for (const field of PUBLISHED_FIELDS) {
    const value = root[field];
    if (value === undefined) continue;
    if (field === 'exports') out[field] = restageExports(value, 'exports');
    else if (field === 'types') out[field] = restage(String(value), 'types');
    else out[field] = structuredClone(value);
  }
  out['files'] = PUBLISHED_FILES;
  return out;
}

const readJson = (file: string): Manifest => JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
const need = (file: string, fix: string): string => {
  if (!fs.existsSync(file)) throw new BuildError(`build: ${rel(file)} is missing; ${fix}`);
  return file;
};

/**
 * Stage the package in `outDir` (default dist/) from `root`, the root
 * manifest (default: package.json). Throws BuildError (or the compiler's
 * failure) and leaves the old outDir as it was.
 */
export function build(outDir = DIST_DIR, root: Manifest = readJson(path.join(ROOT, 'package.json'))): { outDir: string; manifest: Manifest } {
  const manifest = stagedManifest(root);
  const contractVersion = (readJson(need(path.join(GENERATED_DIR, 'openapi.json'), 'run `npm run generate`'))['info'] as { version?: unknown } | undefined)?.version;
  if (contractVersion !== root['version']) {
    throw new BuildError(
      `build: package.json version ${JSON.stringify(root['version'])} is not the contract's info.version ${JSON.stringify(contractVersion)} (generated/openapi.json); they are one version: \`npm run release\` sets package.json from openapi/openapi.yaml`,
    );
  }
  const readme = need(PACKAGE_README, 'it is the README the package ships');
  const docs = need(DOCS_INDEX, 'run `npm run docs`');
  const tmp = `${outDir}.tmp-${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  try {
    const tsc = require.resolve('typescript/bin/tsc');
    execFileSync(process.execPath, [tsc, '-p', path.join(ROOT, 'tsconfig.build.json'), '--outDir', tmp], { stdio: 'inherit', cwd: ROOT });
    for (const f of COPIED) fs.cpSync(need(path.join(GENERATED_DIR, f), 'run `npm run generate`'), path.join(tmp, 'generated', f), { recursive: true });
    fs.mkdirSync(path.join(tmp, 'docs'));
    fs.copyFileSync(docs, path.join(tmp, 'docs', 'index.html'));
    fs.copyFileSync(readme, path.join(tmp, 'README.md'));
    for (const file of [CHANGELOG, LICENSE]) if (fs.existsSync(file)) fs.copyFileSync(file, path.join(tmp, path.basename(file)));
    fs.writeFileSync(path.join(tmp, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    const missing = [...targets(manifest['exports']), ...targets(manifest['types'])].filter((t) => !fs.existsSync(path.join(tmp, t)));
    if (missing.length) throw new BuildError(`build: the package's exports point at files the build did not produce: ${[...new Set(missing)].join(', ')}`);
    fs.rmSync(outDir, { recursive: true, force: true });
    fs.renameSync(tmp, outDir);
  } catch (err) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
  return { outDir, manifest };
}

export interface PackResult {
  /** The tarball's absolute path. */
  tarball: string;
  /** Every path inside the tarball (without the leading package/), sorted. */
  files: string[];
}

/** `npm pack <dir>` of a staged package: the tarball goes to `destination`. */
export function pack(dir = DIST_DIR, destination = ROOT): PackResult {
  fs.mkdirSync(destination, { recursive: true });
  const out = execFileSync('npm', ['pack', dir, '--json', '--pack-destination', destination], {
    cwd: destination,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false', npm_config_loglevel: 'error' },
  });
  const [info] = JSON.parse(out) as Array<{ filename: string; files: Array<{ path: string }> }>;
  if (!info) throw new BuildError(`build: npm pack printed no result for ${rel(dir)}`);
  return { tarball: path.join(destination, info.filename), files: info.files.map((f) => f.path).sort() };
}

export const HELP: CommandHelp = {
  usage: 'npm run build [-- --pack [--pack-destination <dir>]]   (npm run package = build --pack)',
  summary:
    "Stage the npm package in dist/: its own package.json (published fields only, exports rewritten), the package README (package/README.md), CHANGELOG.md, the compiled client, server and MSW entry points, the generated validators, types and bundled contract, and docs/index.html. Built in a temp folder and swapped in, so a failed build leaves the old dist/. Refuses when package.json's version is not the contract's info.version.",
  flags: {
    '--pack': "then run `npm pack dist/` and print the tarball's path (this is `npm run package`)",
    '--pack-destination <dir>': 'where --pack writes the tarball (default: the project root)',
    '--prepack': 'what `npm pack` in the project root runs: refuse (the root is not the package), exit 1',
  },
  exitCodes: { 0: 'dist/ written (and packed with --pack)', 1: "failed, dist/ left as it was (the compiler's errors, or the reason, are printed); or --prepack", 2: 'bad command line' },
};

runMain(import.meta.url, async (argv) => {
  const spec = { pack: { type: 'boolean' }, 'pack-destination': { type: 'string' }, prepack: { type: 'boolean' } } as const;
  let flags: ReturnType<typeof parseFlags<typeof spec>>;
  try {
    flags = parseFlags('build', argv, spec, HELP);
  } catch (err) {
    return reportUsage(err);
  }
  if (flags.prepack) {
    console.error(
      'npm pack: refused; the project root is the contributors\' workspace ("private": true), not the package. `npm run package` stages the package in dist/ and packs it (or `npm run build`, then `npm pack ./dist`).',
    );
    return 1;
  }
  if (flags['pack-destination'] !== undefined && !flags.pack) return reportUsage(new UsageError('build: --pack-destination needs --pack'));
  const t0 = performance.now();
  try {
    build();
    console.log(`build: dist/ written in ${(performance.now() - t0).toFixed(0)} ms`);
  } catch (err) {
    // Anything else is a bug: runMain prints its stack.
    if (!(err instanceof BuildError)) {
      console.error('build: failed, dist/ left as it was (an unexpected error, below)');
      throw err;
    }
    console.error(`${err.message}; dist/ left as it was`);
    return 1;
  }
  if (!flags.pack) return 0;
  try {
    const out = pack(DIST_DIR, path.resolve(flags['pack-destination'] ?? ROOT));
    const shown = path.relative(process.cwd(), out.tarball);
    console.log(`build: packed ${out.files.length} files into ${shown.startsWith('..') ? out.tarball : shown}`);
    return 0;
  } catch (err) {
    const e = err as { stderr?: string; message?: string };
    console.error(`build: npm pack failed: ${(e.stderr || e.message || String(err)).trim()}`);
    return 1;
  }
});
