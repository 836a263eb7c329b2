/**
 * Spectral's ruleset, loaded as `spectral lint` loads it, with the expensive
 * part cached. The CLI's loader migrates .spectral.yaml to JavaScript and
 * bundles it (and the rulesets it extends) with rollup on every start: about
 * 250–300 ms warm, plus importing rollup, the migrator and the bundler. The
 * bundled CommonJS source only depends on the config's bytes and on the
 * installed packages, so it is kept in node_modules/.cache/, keyed by the
 * sha256 of the config and of package-lock.json. A hit evaluates the cached
 * source exactly as the CLI's own `load` does; a miss runs the CLI's steps
 * (migrate, then bundle with the same plugins) and stores the result.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Ruleset } from '@stoplight/spectral-core';
import { writeFileAtomic } from './atomic.ts';
import { ROOT } from './paths.ts';
import { spectralModules, type SpectralModules } from './spectral-modules.ts';

const require = createRequire(import.meta.url);
/** spectral-cli's own loader module: its folder is where the bundled source resolves its requires from. */
const CLI_LOADER = require.resolve('@stoplight/spectral-cli/dist/services/linter/utils/getRuleset.js');
const CACHE_DIR = path.join(ROOT, 'node_modules', '.cache', 'calls-api-contract', 'spectral-ruleset');
/** Bump when the way the source is produced or loaded changes. */
const FORMAT = '2';

export function rulesetCacheKey(configFile: string): string {
  const h = crypto.createHash('sha256').update(FORMAT).update('\0').update(path.resolve(configFile)).update('\0').update(fs.readFileSync(configFile));
  const lock = path.join(ROOT, 'package-lock.json');
  if (fs.existsSync(lock)) h.update('\0').update(fs.readFileSync(lock));
  return h.digest('hex').slice(0, 32);
}

/** Where the CLI evaluates a migrated YAML/JSON ruleset from (it names it `.spectral.js` beside the config). */
function isBasic(configFile: string): boolean {
  return /\.(ya?ml|json)$/.test(configFile);
}
function evaluatedAs(configFile: string): string {
  return isBasic(configFile) ? path.join(path.dirname(configFile), '.spectral.js') : configFile;
}

/** The rollup step of the CLI's getRuleset, returning the bundled CommonJS source. */
async function bundleSource(configFile: string): Promise<string> {
  const { migrateRuleset } = require('@stoplight/spectral-ruleset-migrator') as typeof import('@stoplight/spectral-ruleset-migrator');
  const { bundleRuleset } = require('@stoplight/spectral-ruleset-bundler') as typeof import('@stoplight/spectral-ruleset-bundler');
  const { node } = require('@stoplight/spectral-ruleset-bundler/presets/node') as typeof import('@stoplight/spectral-ruleset-bundler/presets/node');
  const { commonjs } = require('@stoplight/spectral-ruleset-bundler/plugins/commonjs') as typeof import('@stoplight/spectral-ruleset-bundler/plugins/commonjs');
  const { stdin } = require('@stoplight/spectral-ruleset-bundler/plugins/stdin') as typeof import('@stoplight/spectral-ruleset-bundler/plugins/stdin');
  const { builtins } = require('@stoplight/spectral-ruleset-bundler/plugins/builtins') as typeof import('@stoplight/spectral-ruleset-bundler/plugins/builtins');
  const { fetch } = require('@stoplight/spectral-runtime') as typeof import('@stoplight/spectral-runtime');
  const io = { fs, fetch };
  if (isBasic(configFile)) {
    const migrated = await migrateRuleset(configFile, { format: 'esm', fs: fs as never });
    const as = evaluatedAs(configFile);
    return bundleRuleset(as, { target: 'node', format: 'commonjs', plugins: [stdin(migrated, as), builtins(), commonjs(), ...node(io as never)] });
  }
  return bundleRuleset(configFile, { target: 'node', format: 'commonjs', plugins: [builtins(), commonjs(), ...node(io as never)] });
}

/**
 * The bundler's `builtins` plugin does not inline Spectral's own packages: the
 * bundled source reads them from a registry on globalThis, under a random
 * instance id that the plugin filled in with its own copies while bundling.
 * The source is stored with that id replaced by a fixed one, and this thread's
 * instances (scripts/lib/spectral-modules.ts, the same the linter runs on) are
 * registered under it before each evaluation: a cache hit in a fresh process
 * and a miss read the very same modules, bundled in the compiled build.
 */
const BUILTINS = Symbol.for('@stoplight-spectral/builtins');
const INSTANCE = 'calls-api-contract';
/** The registry read the bundler writes, `[Symbol.for('@stoplight-spectral/builtins')]['<id>']`, in either quote style. */
const INSTANCE_ID = /(\[Symbol\.for\((['"])@stoplight-spectral\/builtins\2\)\]\[)(['"])(\d+)\3(\])/g;
export function withFixedInstance(source: string): string {
  const fixed = source.replace(INSTANCE_ID, (_m, a: string, _q: string, q: string, _id: string, b: string) => `${a}${q}${INSTANCE}${q}${b}`);
  // Every read of the registry must now name the fixed id: one left with a random id would
  // work in this process (the bundler registered it) and fail in the next one, from the cache.
  const reads = fixed.match(/Symbol\.for\((['"])@stoplight-spectral\/builtins\1\)\]\[[^\]]*\]/g) ?? [];
  const mentions = fixed.match(/Symbol\.for\((['"])@stoplight-spectral\/builtins\1\)/g)?.length ?? 0;
  const unknown = reads.filter((r) => !r.endsWith(`'${INSTANCE}']`) && !r.endsWith(`"${INSTANCE}"]`));
  if (unknown.length || mentions !== reads.length) {
    throw new Error(
      `the bundled Spectral ruleset reads Spectral's packages in a way scripts/lib/spectral-ruleset.ts does not know${unknown.length ? `: ${unknown[0]}` : ''} (expected every read as [Symbol.for('@stoplight-spectral/builtins')]['<id>'])`,
    );
  }
  return fixed;
}
function registerBuiltins(modules: SpectralModules): void {
  const registry = ((globalThis as Record<symbol, Record<string, Record<string, unknown>>>)[BUILTINS] ??= {});
  // spectral-runtime (fetch and fs for rulesets that read files) is required only if a ruleset reads it.
  registry[INSTANCE] = { ...modules };
  Object.defineProperty(registry[INSTANCE], '@stoplight/spectral-runtime', { enumerable: true, configurable: true, get: () => require('@stoplight/spectral-runtime') });
}

/** The CLI's `load`: evaluate bundled CommonJS with a require that resolves beside the ruleset, then beside the CLI. */
function evaluate(source: string, uri: string): unknown {
  const req = createRequire(uri);
  const paths = [path.dirname(uri), path.dirname(CLI_LOADER)];
  const m: { exports?: unknown } = {};
  Function('module, require', source)(m, (id: string) => req(req.resolve(id, { paths })));
  if (m.exports === null || typeof m.exports !== 'object') throw new Error(`${configName(uri)}: the bundled Spectral ruleset exports nothing`);
  return m.exports;
}
const configName = (f: string) => path.relative(ROOT, f) || f;

/** What the CLI passes as sourceContext: locations inside the config for ruleset errors. */
function sourceContext(configFile: string, parsers: SpectralModules['@stoplight/spectral-parsers']): unknown {
  if (!isBasic(configFile)) return undefined;
  try {
    const input = fs.readFileSync(configFile, 'utf8');
    const p = configFile.endsWith('.json') ? parsers.Json : parsers.Yaml;
    const parsed = (p.parse as (s: string) => any)(input);
    return { source: configFile, getLocationForJsonPath: (jsonPath: unknown) => (p.getLocationForJsonPath as (a: unknown, b: unknown) => unknown)(parsed, jsonPath) };
  } catch {
    return undefined;
  }
}

export interface LoadedRuleset {
  ruleset: Ruleset;
  /** Whether the bundled source came from the cache. */
  cached: boolean;
}

/** Load the ruleset of `configFile` (e.g. .spectral.yaml) as `spectral lint -r configFile` would. */
export async function loadSpectralRuleset(configFile: string): Promise<LoadedRuleset> {
  const modules = await spectralModules();
  const RulesetClass = modules['@stoplight/spectral-core'].Ruleset;
  const cacheFile = path.join(CACHE_DIR, `${rulesetCacheKey(configFile)}.cjs`);
  let source: string | undefined;
  try {
    source = fs.readFileSync(cacheFile, 'utf8');
  } catch {
    source = undefined;
  }
  const cached = source !== undefined;
  if (source === undefined) {
    source = withFixedInstance(await bundleSource(configFile));
    await writeFileAtomic(cacheFile, source); // creates CACHE_DIR when it is missing
  }
  registerBuiltins(modules);
  const as = evaluatedAs(configFile);
  const ruleset = new RulesetClass(evaluate(source, as) as never, { severity: 'recommended', source: as, sourceContext: sourceContext(configFile, modules['@stoplight/spectral-parsers']) } as never);
  return { ruleset, cached };
}
