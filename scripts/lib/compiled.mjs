/**
 * Run the build scripts as compiled JavaScript instead of through tsx.
 *
 * tsx costs about 150 ms at start and sends every import through its loader
 * hooks (a worker thread must register them again). This module bundles the
 * scripts that run the build chain (scripts/pipeline.ts, scripts/dev.ts and
 * the lint workers, scripts/lib/*-worker.ts) with esbuild into
 * node_modules/.cache/calls-api-contract/js/<key>/, where <key> is the sha256
 * of the checkout's path (the build records each module's source path), of
 * every file under scripts/ and src/, of package-lock.json and of npm's
 * record of what is installed (node_modules/.package-lock.json, which
 * `npm link` and `--no-save` installs update too): any edit to the scripts, or
 * a new install, gives a new build on the next run (about 3 s). A hand edit
 * inside node_modules is not seen: delete
 * node_modules/.cache/calls-api-contract/js/ after one.
 *
 * The libraries are bundled too (whitespace and syntax minified, names kept):
 * loading them file by file was most of a cold run. Node resolves, reads and
 * compiles each of their thousands of modules, and an ES module importing a
 * CommonJS package has it scanned for its exports first (TypeScript's 9 MB
 * through openapi-typescript). Measured: the main thread's libraries loaded
 * in 0.85 s as one bundle against 1.7-2.1 s from node_modules
 * (docs/toolchain-notes.md). Every module keeps its own `import.meta.url`,
 * `__dirname` and `__filename` (those of its source file), so paths computed
 * from them are those of the source and of the installed package.
 *
 * It is plain JavaScript so that Node runs it with no loader:
 *
 *   node scripts/lib/compiled.mjs scripts/pipeline.ts [flags]
 *
 * runs that script's compiled build as if it were the entry (its argv[1] is
 * the .ts path, so the script's runMain fires). Only node: built-ins (and
 * scripts/lib/pid.mjs, which imports nothing) are imported before the build
 * is found; esbuild is imported on a miss only.
 *
 * Installed command-line tools the project runs as child processes (Prism's
 * CLI, scripts/lib/prism.ts) are built the same way by compiledTool(), under
 * a key of the installed packages alone (an edit to scripts/ does not rebuild
 * them), in node_modules/.cache/calls-api-contract/tools/<key>/.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { pidAlive } from './pid.mjs';

export const ROOT = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const COMPILED_DIR = path.join(ROOT, 'node_modules', '.cache', 'calls-api-contract', 'js');
/** Where compiledTool() keeps its builds. */
export const TOOLS_DIR = path.join(ROOT, 'node_modules', '.cache', 'calls-api-contract', 'tools');
/** The scripts that are built (all together, one key): project-relative. */
// npm start is not among them: it bundles generated/ and src/ code (the mock's
// operation table, validators and reference server), which the key below does
// not cover, so it runs under tsx and always loads the current files. It
// imports the chain itself compiled (scripts/lib/pipeline.ts, whose modules
// import nothing of generated/), as a module: compiledModule().
export const COMPILED_ENTRIES = ['scripts/pipeline.ts', 'scripts/dev.ts', 'scripts/lib/pipeline.ts', 'scripts/lib/lint-worker.ts', 'scripts/lib/source-lint-worker.ts'];
/** In each build folder: the checkout it was built from. */
export const CHECKOUT_FILE = 'checkout.txt';
/** Bump when the build options below change. */
const FORMAT = '4';

function listFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.(ts|mts|mjs|js|json)$/.test(d.name))
    .map((d) => path.join(d.parentPath, d.name))
    .sort();
}

/**
 * The files the build chain's code is made of: everything under scripts/ and
 * src/ (the scripts import src/pointer.ts and src/ref.ts), the lockfile and
 * npm's record of what is installed. The compiled build's key and the
 * pipeline's no-change stamp (scripts/lib/stamp.ts) both hash this list.
 */
export function codeFiles(root = ROOT) {
  return [...listFiles(path.join(root, 'scripts')), ...listFiles(path.join(root, 'src')), path.join(root, 'package-lock.json'), path.join(root, 'node_modules', '.package-lock.json')].filter((f) =>
    fs.existsSync(f),
  );
}

/** sha256 (hex, 32 chars) over the build format, Node's version, the checkout's path and each of `files` (its path and bytes). */
function buildKey(root, files) {
  const h = crypto.createHash('sha256').update(FORMAT).update('\0').update(process.version).update('\0').update(path.resolve(root)).update('\0');
  for (const f of files) h.update(path.relative(root, f)).update('\0').update(fs.readFileSync(f)).update('\0');
  return h.digest('hex').slice(0, 32);
}

/** The key of the scripts' build: the checkout's path and its codeFiles. */
export function compiledKey(root = ROOT) {
  // The project's own path too: the build records each module's source path
  // (its import.meta.url), so it belongs to one checkout. Two checkouts that
  // share node_modules (a git worktree with a symlink) get a build each.
  return buildKey(root, codeFiles(root));
}

/**
 * The key of compiledTool()'s builds: the checkout's path, what is installed
 * and this file (its bundling options).
 */
export function installedKey(root = ROOT) {
  // The wrappers too: a tool's build would bundle one in place of the import it stands for.
  const files = [
    fileURLToPath(import.meta.url),
    ...Object.values(WRAPPERS).map((f) => path.join(root, f)),
    path.join(root, 'package-lock.json'),
    path.join(root, 'node_modules', '.package-lock.json'),
  ];
  return buildKey(
    root,
    files.filter((f) => fs.existsSync(f)),
  );
}

/** Output file of one entry inside a build folder. */
function outFile(dir, entry) {
  return path.join(dir, `${entry.replace(/\.[cm]?[jt]s$/, '').replace(/[\\/]/g, '__')}.mjs`);
}

const IN_NODE_MODULES = `${path.sep}node_modules${path.sep}`;
const DECLARES_PATH_NAMES = /\b(?:var|let|const|function|class)\s+__(?:dirname|filename)\b|\bimport\b[^;]*\b__(?:dirname|filename)\b/;
// Spelled in parts: this file is bundled too, and the plugin must not rewrite its own search string.
const META_URL = ['import', 'meta', 'url'].join('.');
/**
 * What esbuild loads for the module `file` with source `text`: its own
 * `import.meta.url`, and, for an installed module that uses `__dirname` or
 * `__filename` without declaring them (an ES module bundle has neither;
 * TypeScript reads them at load), its own; `undefined` when an installed
 * module needs nothing. A module that declares them itself (an ES module's
 * `const __dirname = path.dirname(fileURLToPath(import.meta.url))`) keeps its
 * declaration.
 */
export function withSourcePaths(file, text) {
  const dep = file.includes(IN_NODE_MODULES);
  const names = dep && /\b__(?:dirname|filename)\b/.test(text) && !DECLARES_PATH_NAMES.test(text);
  if (dep && !names && !text.includes(META_URL)) return undefined;
  let out = text.replaceAll(META_URL, JSON.stringify(pathToFileURL(file).href));
  if (names) {
    const decl = `var __filename = ${JSON.stringify(file)}, __dirname = ${JSON.stringify(path.dirname(file))};`;
    // After a `#!` line, which must stay first.
    out = out.startsWith('#!') ? out.replace(/^(#![^\n]*\n)/, `$1${decl}`) : decl + out;
  }
  return out;
}

/** The esbuild plugin that applies withSourcePaths to every module. */
const keepSourcePaths = {
  name: 'keep-source-paths',
  setup(build) {
    build.onLoad({ filter: /\.(ts|mts|mjs|cjs|js)$/ }, async (args) => {
      const text = withSourcePaths(args.path, await fs.promises.readFile(args.path, 'utf8'));
      return text === undefined ? undefined : { contents: text, loader: /\.m?ts$/.test(args.path) ? 'ts' : 'js' };
    });
    // UMD packages hand `require` to a factory, where esbuild cannot follow it: their ES module build instead.
    build.onResolve({ filter: new RegExp(`^(?:${UMD_PACKAGES.join('|')})$`) }, (args) => {
      // The copy the importing module would get, as Node resolves it from there.
      const pkgFile = createRequire(path.join(args.resolveDir, 'index.js')).resolve(`${args.path}/package.json`);
      const module = JSON.parse(fs.readFileSync(pkgFile, 'utf8')).module;
      if (typeof module !== 'string') throw new Error(`${args.path} has no "module" entry: it cannot be bundled (see UMD_PACKAGES in scripts/lib/compiled.mjs)`);
      return { path: path.join(path.dirname(pkgFile), module) };
    });
    // A package import bundled as a project module that stands in for it (WRAPPERS).
    build.onResolve({ filter: new RegExp(`^(?:${Object.keys(WRAPPERS).join('|')})$`) }, (args) => ({ path: path.join(ROOT, WRAPPERS[args.path]) }));
  },
};
/**
 * Package imports bundled as a project module that stands in for them.
 * @stoplight/spectral-core requires `nimma/legacy`; scripts/lib/spectral-nimma.ts
 * is nimma's modern build of the same version, with each compiled query kept
 * (its comment says why both).
 */
export const WRAPPERS = { 'nimma/legacy': 'scripts/lib/spectral-nimma.ts' };
/** Installed packages whose `main` is UMD (scripts/lib/compiled.mjs bundles their `module` build). */
const UMD_PACKAGES = ['jsonc-parser', '@stoplight/json-schema-sampler'];
/** A `require("./x")` left in a bundle is a module esbuild could not follow (UMD-style): it would fail at run time. */
function assertNoRelativeRequire(dir) {
  for (const f of fs.readdirSync(dir, { recursive: true })) {
    if (!String(f).endsWith('.mjs')) continue;
    const text = fs.readFileSync(path.join(dir, String(f)), 'utf8');
    const m = /\brequire\d*\((["'])\.\.?\/[^"']*\1\)/.exec(text);
    if (m) {
      const pkg = /node_modules\/((?:@[^/]+\/)?[^/"]+)/g;
      const before = text.slice(Math.max(0, m.index - 200_000), m.index);
      const owner = [...before.matchAll(pkg)].pop()?.[1] ?? 'a bundled package';
      throw new Error(`compiled.mjs: ${owner} requires ${m[0].slice(m[0].indexOf('(') + 1, -1)} in a way esbuild cannot bundle; add it to UMD_PACKAGES (its "module" build) or leave it external`);
    }
  }
}

/** Builds under way in this process, by folder. */
const building = new Map();
/** `file` once the build folder `dir` of `entries` exists, building it first when it does not. */
async function builtFile(dir, entries, file, what) {
  if (fs.existsSync(file)) return file;
  let done = building.get(dir);
  if (!done) {
    done = build(dir, entries, what).finally(() => building.delete(dir));
    building.set(dir, done);
  }
  await done;
  if (!fs.existsSync(file)) throw new Error(`compiled.mjs: ${path.relative(ROOT, file)} is missing after its build`);
  return file;
}

/**
 * The compiled file of `entry` (one of COMPILED_ENTRIES), built first when
 * this tree's build is not cached yet. Concurrent builders each write their
 * own folder and rename it into place; the first rename wins.
 */
export async function compiledFile(entry, key = compiledKey()) {
  if (!COMPILED_ENTRIES.includes(entry)) throw new Error(`compiled.mjs: ${entry} is not one of the compiled entries (${COMPILED_ENTRIES.join(', ')})`);
  const dir = path.join(COMPILED_DIR, key);
  return builtFile(dir, COMPILED_ENTRIES, outFile(dir, entry), 'the scripts with their libraries, once after a change to scripts/, src/ or the installed packages');
}

/**
 * The module `entry` (one of COMPILED_ENTRIES) imported from its compiled
 * build, for a script that runs under tsx but wants one step at full speed.
 */
export async function compiledModule(entry) {
  return import(pathToFileURL(await compiledFile(entry)).href);
}

/**
 * The compiled build of an installed tool's command-line entry (a path
 * relative to the project root, inside node_modules/), with its libraries,
 * built first when the installed packages changed since. Run it with `node`
 * as the tool's own entry.
 */
export async function compiledTool(entry, key = installedKey()) {
  if (!entry.startsWith('node_modules/') || path.isAbsolute(entry)) throw new Error(`compiled.mjs: ${entry} is not an installed tool's entry (a project-relative path under node_modules/)`);
  // A folder per tool (its builds pruned among themselves), a build per key in it.
  const dir = path.join(TOOLS_DIR, path.basename(outFile('', entry), '.mjs'), key);
  return builtFile(
    dir,
    [entry],
    outFile(dir, entry),
    `${entry
      .split('/')
      .slice(1, entry.startsWith('node_modules/@') ? 3 : 2)
      .join('/')}, once after an install`,
  );
}

/**
 * Bundle project scripts (paths relative to the root) into `outdir` the way
 * the cached build does; each output is named after its entry with `/` as
 * `__` (scripts/lib/x.ts → scripts__lib__x.mjs). `inlinePackages: false`
 * leaves the installed packages as imports (test/cli-help.test.ts bundles
 * every entry that way, Prism and the browser driver included, for `--help`
 * alone). The bench uses it for its own entries.
 */
export async function bundleScripts(entries, outdir, { inlinePackages = true } = {}) {
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
    chunkNames: 'chunks/[name]-[hash]',
    logLevel: 'silent',
    plugins: [keepSourcePaths],
    ...(inlinePackages
      ? {
          // Whitespace and syntax only: a smaller file parses faster; names stay for stack traces.
          // esbuild itself stays a package import: its JS API finds its native binary beside it
          // (this file is bundled too, and builds again when the key changes).
          external: ['esbuild'],
          minifyWhitespace: true,
          minifySyntax: true,
          // The CommonJS code inside an ES module bundle calls `require` for Node's built-ins.
          banner: { js: `import { createRequire as __compiledCreateRequire } from 'node:module'; const require = __compiledCreateRequire(${META_URL});` },
        }
      : { packages: 'external' }),
  });
  if (inlinePackages) assertNoRelativeRequire(outdir);
  return Object.fromEntries(entries.map((e) => [e, outFile(outdir, e)]));
}

async function build(dir, entries, what) {
  const tmp = `${dir}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
  // On stderr: stdout stays the command's own (a pause of seconds should say why).
  process.stderr.write(`compiled.mjs: building ${what} (a few seconds)\n`);
  try {
    await bundleScripts(entries, tmp);
    // Whose build this is: pruning below leaves other checkouts' builds alone.
    fs.writeFileSync(path.join(tmp, CHECKOUT_FILE), ROOT);
    fs.mkdirSync(path.dirname(dir), { recursive: true });
    try {
      fs.renameSync(tmp, dir);
    } catch (err) {
      // Another process renamed its identical build into place first.
      if (!fs.existsSync(dir)) throw err;
    }
    pruneBuilds(path.dirname(dir), path.basename(dir));
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * In the build folder `parent`, after `current` was built: keep this
 * checkout's newest other build (a watcher may still be loading from it), and
 * the builds of other checkouts that share node_modules (a git worktree);
 * remove this checkout's older ones, those of checkouts that no longer
 * exist, and half-written builds whose process is gone. Another process may
 * be pruning too: a folder that vanished meanwhile is no error.
 */
export function pruneBuilds(parent, current, root = ROOT) {
  const owner = (d) => {
    try {
      return fs.readFileSync(path.join(parent, d, CHECKOUT_FILE), 'utf8');
    } catch {
      return root; // a build from before the marker: treated as this checkout's
    }
  };
  const mtime = (d) => fs.statSync(path.join(parent, d), { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const entries = fs.readdirSync(parent);
  const others = entries.filter((d) => d !== current && !d.endsWith('.tmp')).map((d) => ({ d, owner: owner(d), mtime: mtime(d) }));
  const ours = others.filter((b) => b.owner === root).sort((a, b) => b.mtime - a.mtime);
  const orphaned = others.filter((b) => b.owner !== root && !fs.existsSync(b.owner));
  // A build still being written is named `<key>.<pid>.<random>.tmp` (build() above): one whose
  // builder is gone (stopped by Ctrl-C between esbuild's write and the rename) is left over.
  const abandoned = entries.filter((d) => {
    const pid = /\.(\d+)\.[0-9a-f]+\.tmp$/.exec(d)?.[1];
    return pid !== undefined && !pidAlive(Number(pid));
  });
  for (const d of [...ours.slice(1), ...orphaned].map((b) => b.d).concat(abandoned)) fs.rmSync(path.join(parent, d), { recursive: true, force: true });
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
