/**
 * Run the build scripts as compiled JavaScript instead of through tsx.
 *
 * tsx costs about 150 ms at start and sends every import through its loader
 * hooks (a worker thread must register them again). This module bundles the
 * scripts that the build chain runs (scripts/pipeline.ts, scripts/dev.ts and
 * the lint worker, scripts/lib/lint-worker.ts) with esbuild, project code
 * inlined and packages left as imports, into
 * node_modules/.cache/calls-api-contract/js/<key>/, where <key> is the sha256
 * of every file under scripts/ and src/ and of package-lock.json: any edit to the
 * scripts, or a new install, gives a new build on the next run (about 0.2 s),
 * and the output is never stale. Every module keeps its own `import.meta.url`
 * (the source file's URL), so paths computed from it are those of the source.
 *
 * It is plain JavaScript so that Node runs it with no loader:
 *
 *   node scripts/lib/compiled.mjs scripts/pipeline.ts [flags]
 *
 * runs that script's compiled build as if it were the entry (its argv[1] is
 * the .ts path, so the script's runMain fires). Only node: built-ins are
 * imported before the build is found; esbuild is imported on a miss only.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const COMPILED_DIR = path.join(ROOT, 'node_modules', '.cache', 'calls-api-contract', 'js');
/** The scripts that are built (all together, one key): project-relative. */
// npm start is not among them: it bundles generated/ and src/ code (the mock's
// operation table, validators and reference server), which the key below does
// not cover, so it runs under tsx and always loads the current files.
export const COMPILED_ENTRIES = ['scripts/pipeline.ts', 'scripts/dev.ts', 'scripts/lib/lint-worker.ts'];
/** Bump when the build options below change. */
const FORMAT = '1';

function listFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.(ts|mts|mjs|js|json)$/.test(d.name))
    .map((d) => path.join(d.parentPath, d.name))
    .sort();
}

/** sha256 (hex, 32 chars) over every file under scripts/ and src/ (the scripts import src/pointer.ts) and the lockfile. */
export function compiledKey() {
  const h = crypto.createHash('sha256').update(FORMAT).update('\0').update(process.version).update('\0');
  for (const f of [...listFiles(path.join(ROOT, 'scripts')), ...listFiles(path.join(ROOT, 'src')), path.join(ROOT, 'package-lock.json')]) {
    if (!fs.existsSync(f)) continue;
    h.update(path.relative(ROOT, f)).update('\0').update(fs.readFileSync(f)).update('\0');
  }
  return h.digest('hex').slice(0, 32);
}

/** Output file of one entry inside a build folder. */
function outFile(dir, entry) {
  return path.join(dir, `${entry.replace(/\.ts$/, '').replace(/[\\/]/g, '__')}.mjs`);
}

/** An esbuild plugin that gives each project module its own source URL as import.meta.url. */
const keepMetaUrl = {
  name: 'keep-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.(ts|mts|mjs|js)$/ }, async (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const text = await fs.promises.readFile(args.path, 'utf8');
      const contents = text.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href));
      return { contents, loader: /\.m?ts$/.test(args.path) ? 'ts' : 'js' };
    });
  },
};

let building;
/**
 * The compiled file of `entry` (one of COMPILED_ENTRIES), built first when
 * this tree's build is not cached yet. Concurrent builders each write their
 * own folder and rename it into place; the first rename wins.
 */
export async function compiledFile(entry, key = compiledKey()) {
  if (!COMPILED_ENTRIES.includes(entry)) throw new Error(`compiled.mjs: ${entry} is not one of the compiled entries (${COMPILED_ENTRIES.join(', ')})`);
  const dir = path.join(COMPILED_DIR, key);
  const file = outFile(dir, entry);
  if (fs.existsSync(file)) return file;
  building ??= build(dir).finally(() => {
    building = undefined;
  });
  await building;
  return file;
}

/**
 * Bundle project scripts (paths relative to the root) into `outdir` the way
 * the cached build does; each output is named after its entry with `/` as
 * `__` (scripts/lib/x.ts → scripts__lib__x.mjs). The bench uses it for its
 * own entries.
 */
export async function bundleScripts(entries, outdir) {
  const { build: esbuild } = await import('esbuild');
  const entryPoints = Object.fromEntries(entries.map((e) => [path.basename(outFile(outdir, e), '.mjs'), path.join(ROOT, e)]));
  await esbuild({
    entryPoints,
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    chunkNames: 'chunks/[name]-[hash]',
    logLevel: 'silent',
    plugins: [keepMetaUrl],
  });
  return Object.fromEntries(entries.map((e) => [e, outFile(outdir, e)]));
}

async function build(dir) {
  const tmp = `${dir}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
  try {
    await bundleScripts(COMPILED_ENTRIES, tmp);
    fs.mkdirSync(path.dirname(dir), { recursive: true });
    try {
      fs.renameSync(tmp, dir);
    } catch (err) {
      // Another process renamed its identical build into place first.
      if (!fs.existsSync(dir)) throw err;
    }
    // Keep only this build and the one before it.
    const others = fs.readdirSync(path.dirname(dir)).filter((d) => d !== path.basename(dir) && !d.endsWith('.tmp'));
    for (const d of others.sort((a, b) => fs.statSync(path.join(path.dirname(dir), b)).mtimeMs - fs.statSync(path.join(path.dirname(dir), a)).mtimeMs).slice(1)) {
      fs.rmSync(path.join(path.dirname(dir), d), { recursive: true, force: true });
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** `node scripts/lib/compiled.mjs <entry.ts> [args]`: run that entry's compiled build as the main script. */
async function launch() {
  const [entryArg, ...args] = process.argv.slice(2);
  const entry = entryArg ? path.relative(ROOT, path.resolve(entryArg)).split(path.sep).join('/') : '';
  if (!COMPILED_ENTRIES.includes(entry)) {
    console.error(`usage: node scripts/lib/compiled.mjs <${COMPILED_ENTRIES.filter((e) => !e.includes('/lib/')).join('|')}> [flags]`);
    process.exit(2);
  }
  const file = await compiledFile(entry);
  // The script's runMain compares its import.meta.url (its .ts source) with argv[1].
  process.argv = [process.argv[0], path.join(ROOT, entry), ...args];
  await import(pathToFileURL(file).href);
}

// Main only when node was asked to run this very file (not when another bundle inlines it).
if (process.argv[1] && path.basename(process.argv[1]) === 'compiled.mjs' && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) {
  launch().catch((err) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : err);
    process.exit(1);
  });
}
