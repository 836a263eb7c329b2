/**
 * The compiled build of the scripts (scripts/lib/compiled.mjs): the libraries
 * are bundled in, each module keeps its own paths, and the build can make
 * itself again from inside (esbuild stays a package import).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import { HelpRequested, UsageError } from '../scripts/lib/cli.ts';
import { ToolError } from '../scripts/lib/errors.ts';
import { CHECKOUT_FILE, compiledFile, compiledKey, compiledModule, COMPILED_DIR, compiledTool, installedKey, pruneBuilds, TOOLS_DIR, withSourcePaths } from '../scripts/lib/compiled.mjs';
import { ROOT } from '../scripts/lib/paths.ts';

const dep = path.join(ROOT, 'node_modules', 'some-package', 'lib', 'index.js');

describe('withSourcePaths', () => {
  it('gives an installed CommonJS module that uses __dirname and __filename its own', () => {
    const out = withSourcePaths(dep, 'module.exports = require("path").join(__dirname, "data.json");');
    expect(out).toBe(`var __filename = ${JSON.stringify(dep)}, __dirname = ${JSON.stringify(path.dirname(dep))};module.exports = require("path").join(__dirname, "data.json");`);
    // A `#!` line stays first.
    expect(withSourcePaths(dep, '#!/usr/bin/env node\nconsole.log(__filename);')).toMatch(/^#!\/usr\/bin\/env node\nvar __filename = /);
  });

  it('leaves a module that declares them itself as it is, apart from its import.meta.url', () => {
    const esm = "import { fileURLToPath } from 'node:url';\nconst __filename = fileURLToPath(import.meta.url);\nconst __dirname = path.dirname(__filename);\n";
    const out = withSourcePaths(dep, esm);
    expect(out).not.toMatch(/var __filename/);
    expect(out).toContain(`fileURLToPath(${JSON.stringify(pathToFileURL(dep).href)})`);
    expect(withSourcePaths(dep, 'import { __dirname } from "./paths.js";\nexport const x = __dirname;')).toBeUndefined();
  });

  it('does nothing to an installed module that needs nothing; gives a project module its own import.meta.url', () => {
    expect(withSourcePaths(dep, 'module.exports = 1;')).toBeUndefined();
    const own = path.join(ROOT, 'scripts', 'lib', 'x.ts');
    expect(withSourcePaths(own, 'const here = new URL(".", import.meta.url);')).toBe(`const here = new URL(".", ${JSON.stringify(pathToFileURL(own).href)});`);
  });
});

describe('the cached build', () => {
  it('bundles the libraries but imports esbuild as a package, so that the build can make itself again', async () => {
    const worker = await compiledFile('scripts/lib/lint-worker.ts');
    const dir = path.join(COMPILED_DIR, compiledKey());
    expect(worker.startsWith(dir)).toBe(true);
    const files = fs
      .readdirSync(dir, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.mjs'));
    const text = files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n');
    // Spectral is inside (no import of it from node_modules), esbuild is not.
    expect(text).not.toMatch(/(?:from|import\()\s*["']@stoplight\/spectral-core["']/);
    expect(text).toMatch(/import\(\s*["']esbuild["']\s*\)/);
    expect(text).not.toContain('ESBUILD_BINARY_PATH');
    // No relative require left for Node to fail on at run time.
    expect(text).not.toMatch(/\brequire\d*\((["'])\.\.?\/[^"']*\1\)/);
    // Spectral's \`nimma/legacy\` is bundled as nimma's modern build: none of the legacy build's Babel helpers.
    const legacy = fs.readFileSync(path.join(ROOT, 'node_modules/nimma/dist/legacy/cjs/_virtual/_rollupPluginBabelHelpers.js'), 'utf8');
    expect(legacy).toContain('function _classExtractFieldDescriptor');
    expect(text).not.toContain('_classExtractFieldDescriptor');
    expect(text).toContain('#compiledFn'); // the modern build's private field, bundled in
    expect(fs.readFileSync(path.join(ROOT, 'node_modules/nimma/dist/cjs/core/index.js'), 'utf8')).toContain('#compiledFn');
  });

  it('hands a script running under tsx the compiled build of a library module (npm start: the chain), never the source', async () => {
    const mod = (await compiledModule('scripts/lib/pipeline.ts')) as typeof import('../scripts/lib/pipeline.ts');
    const source = await import('../scripts/lib/pipeline.ts');
    expect(typeof mod.runPipelineUnlessFresh).toBe('function');
    expect(mod.runPipelineUnlessFresh).not.toBe(source.runPipelineUnlessFresh);
    expect(mod.upToDateLine('start', 12)).toBe(source.upToDateLine('start', 12));
    await expect(compiledModule('scripts/lib/docs.ts')).rejects.toThrow(/not one of the compiled entries/);
  });

  it("a tool's error from another copy of scripts/lib/errors.ts (the compiled build's) is still a ToolError, printed as one", async () => {
    const copy = (await import('../scripts/lib/errors.ts?another-copy' as string)) as typeof import('../scripts/lib/errors.ts');
    expect(copy.ToolError).not.toBe(ToolError);
    const theirs = new copy.ToolError('the contract is broken');
    expect(theirs).toBeInstanceOf(ToolError);
    expect(new ToolError('x')).toBeInstanceOf(copy.ToolError);
    expect(new UsageError('bad flag')).toBeInstanceOf(ToolError);
    expect(Object.create(UsageError.prototype)).toBeInstanceOf(ToolError);
    // A tool's error is not every kind of tool's error.
    expect(new ToolError('x')).not.toBeInstanceOf(UsageError);
    expect(new UsageError('x')).not.toBeInstanceOf(HelpRequested);
    // Subclasses keep the plain prototype check; other errors are not tools' errors.
    expect(theirs).not.toBeInstanceOf(UsageError);
    expect(new Error('a bug')).not.toBeInstanceOf(ToolError);
    expect({ exitCode: 1, message: 'x' }).not.toBeInstanceOf(ToolError);
  });

  it("bundles Spectral's nimma/legacy as scripts/lib/spectral-nimma.ts: nimma's modern build of the same version, with the legacy build's interface", async () => {
    const from = createRequire(path.join(ROOT, 'node_modules/@stoplight/spectral-core/dist/runner/index.js'));
    const legacy = from('nimma/legacy').default;
    const modern = from('nimma').default;
    expect(modern).not.toBe(legacy);
    expect(Object.getOwnPropertyNames(modern.prototype).sort()).toEqual(Object.getOwnPropertyNames(legacy.prototype).sort());
    // One installed package: what Spectral requires and what the wrapper imports.
    const installed = fs.realpathSync(path.join(ROOT, 'node_modules/nimma/dist')) + path.sep;
    for (const id of ['nimma', 'nimma/legacy']) expect(fs.realpathSync(from.resolve(id)).startsWith(installed)).toBe(true);
    const wrapper = fs.readFileSync(path.join(ROOT, 'scripts/lib/spectral-nimma.ts'), 'utf8');
    expect(wrapper).toMatch(/^import NimmaModule from 'nimma';$/m);
  });

  it("is keyed by the checkout's path as well as its files: a worktree sharing node_modules never runs another checkout's build", () => {
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'connect-call-checkout-'));
    try {
      for (const d of ['scripts', 'src']) fs.cpSync(path.join(ROOT, d), path.join(other, d), { recursive: true });
      fs.copyFileSync(path.join(ROOT, 'package-lock.json'), path.join(other, 'package-lock.json'));
      fs.mkdirSync(path.join(other, 'node_modules'));
      fs.copyFileSync(path.join(ROOT, 'node_modules', '.package-lock.json'), path.join(other, 'node_modules', '.package-lock.json'));
      // The same files: the same key only at the same path.
      expect(compiledKey(other)).toBe(compiledKey(other));
      expect(compiledKey(other)).not.toBe(compiledKey());
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  });

  it("keeps this checkout's newest other build and other live checkouts' builds; removes older ones, those of vanished checkouts and the half-written builds of dead processes", () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'connect-call-builds-'));
    const live = fs.mkdtempSync(path.join(os.tmpdir(), 'connect-call-live-checkout-'));
    try {
      const make = (name: string, owner: string | undefined, ageS: number) => {
        fs.mkdirSync(path.join(parent, name));
        if (owner !== undefined) fs.writeFileSync(path.join(parent, name, CHECKOUT_FILE), owner);
        const t = new Date(Date.now() - ageS * 1000);
        fs.utimesSync(path.join(parent, name), t, t);
      };
      make('current', ROOT, 0);
      make('ours-newer', ROOT, 10);
      make('ours-older', ROOT, 20);
      make('unmarked', undefined, 30); // from before the marker: this checkout's
      make('worktree', live, 40);
      make('gone', path.join(live, 'deleted-worktree'), 50);
      make('building.tmp', undefined, 60);
      // Half-written builds: one of a live process (this one) stays; one whose builder died goes.
      make(`current.${process.pid}.00c0ffee.tmp`, undefined, 70);
      const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
      make(`current.${dead}.0badf00d.tmp`, undefined, 80);
      pruneBuilds(parent, 'current', ROOT);
      expect(fs.readdirSync(parent).sort()).toEqual(['building.tmp', 'current', `current.${process.pid}.00c0ffee.tmp`, 'ours-newer', 'worktree']);
    } finally {
      fs.rmSync(parent, { recursive: true, force: true });
      fs.rmSync(live, { recursive: true, force: true });
    }
  });
});

describe("an installed tool's compiled build (compiledTool)", () => {
  it('is keyed by what is installed, not by the scripts: an edit to scripts/ keeps it, a new install replaces it', () => {
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'connect-call-installed-'));
    try {
      fs.mkdirSync(path.join(other, 'node_modules'));
      fs.copyFileSync(path.join(ROOT, 'package-lock.json'), path.join(other, 'package-lock.json'));
      fs.copyFileSync(path.join(ROOT, 'node_modules', '.package-lock.json'), path.join(other, 'node_modules', '.package-lock.json'));
      const before = installedKey(other);
      fs.mkdirSync(path.join(other, 'scripts'));
      fs.writeFileSync(path.join(other, 'scripts', 'x.ts'), 'export {};\n');
      expect(installedKey(other)).toBe(before);
      fs.appendFileSync(path.join(other, 'node_modules', '.package-lock.json'), ' ');
      expect(installedKey(other)).not.toBe(before);
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  });

  it("refuses an entry that is not an installed package's", async () => {
    await expect(compiledTool('scripts/pipeline.ts')).rejects.toThrow(/not an installed tool's entry/);
    await expect(compiledTool(path.join(ROOT, 'node_modules', 'x', 'index.js'))).rejects.toThrow(/not an installed tool's entry/);
  });

  it("builds Prism's CLI into the tools folder, its UMD dependencies from their module builds, no relative require left", async () => {
    const file = await compiledTool('node_modules/@stoplight/prism-cli/dist/index.js');
    expect(path.dirname(file)).toBe(path.join(TOOLS_DIR, 'node_modules__@stoplight__prism-cli__dist__index', installedKey()));
    const text = fs.readFileSync(file, 'utf8');
    expect(text).not.toMatch(/\brequire\d*\((["'])\.\.?\/[^"']*\1\)/);
    expect(text).toContain('node_modules/@stoplight/json-schema-sampler/src/');
  });
  it('gives each tool its own folder: a second tool is built beside the first, not refused', async () => {
    const [prism, semver] = await Promise.all([compiledTool('node_modules/@stoplight/prism-cli/dist/index.js'), compiledTool('node_modules/semver/bin/semver.js')]);
    expect(fs.existsSync(prism)).toBe(true);
    expect(fs.existsSync(semver)).toBe(true);
    expect(path.dirname(path.dirname(semver))).not.toBe(path.dirname(path.dirname(prism)));
  });
});
