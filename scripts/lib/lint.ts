/**
 * Lint, two ways, in this process: Redocly (recommended ruleset plus the rules
 * in redocly.yaml) and Spectral (spectral:oas, OWASP and the project rules in
 * .spectral.yaml), each on the multi-file source and on the bundled contract.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { lint as redoclyLint, lintFromString } from '@redocly/openapi-core';
import type { Ruleset } from '@stoplight/spectral-core';
import { redoclyConfig, redoclyFinding, type Finding } from './contract.ts';
import { loadSpectralRuleset } from './spectral-ruleset.ts';
import { BUNDLE_YAML, SPECTRAL_CONFIG, SPEC_ROOT, rel } from './paths.ts';

// Spectral's packages are CommonJS and heavy: required on first use only, so
// a run that lints in a worker thread (scripts/lib/lint-thread.ts) never
// loads them on the main thread.
const require = createRequire(import.meta.url);
let spectralModules:
  | {
      Spectral: typeof import('@stoplight/spectral-core').Spectral;
      Document: typeof import('@stoplight/spectral-core').Document;
      Yaml: typeof import('@stoplight/spectral-parsers').Yaml;
      createHttpAndFileResolver: typeof import('@stoplight/spectral-ref-resolver').createHttpAndFileResolver;
    }
  | undefined;
function spectralLib(): NonNullable<typeof spectralModules> {
  if (!spectralModules) {
    const core = require('@stoplight/spectral-core') as typeof import('@stoplight/spectral-core');
    const parsers = require('@stoplight/spectral-parsers') as typeof import('@stoplight/spectral-parsers');
    const resolver = require('@stoplight/spectral-ref-resolver') as typeof import('@stoplight/spectral-ref-resolver');
    spectralModules = { Spectral: core.Spectral, Document: core.Document, Yaml: parsers.Yaml, createHttpAndFileResolver: resolver.createHttpAndFileResolver };
  }
  return spectralModules;
}

const SPECTRAL_SEVERITY: Finding['severity'][] = ['error', 'warning', 'info', 'hint'];

let rulesetPromise: Promise<Ruleset> | undefined;
/**
 * A Spectral instance per run: the ruleset is loaded once and reused, but the
 * $ref resolver (which caches file contents) is new each time, so a watcher
 * never lints stale files.
 */
async function spectral(): Promise<InstanceType<typeof import('@stoplight/spectral-core').Spectral>> {
  const { Spectral, createHttpAndFileResolver } = spectralLib();
  // The ruleset is loaded exactly as `spectral lint` loads it (YAML migrated,
  // bundled, the OWASP package resolved from node_modules: no network); the
  // bundled source is cached by the config's hash (scripts/lib/spectral-ruleset.ts).
  prepareSpectral();
  const s = new Spectral({ resolver: createHttpAndFileResolver() });
  s.setRuleset(await rulesetPromise!);
  return s;
}
export function resetSpectral(): void {
  rulesetPromise = undefined;
}
/** Load Spectral and its ruleset ahead of the first lint (a failure surfaces at that lint). */
export function prepareSpectral(): void {
  spectralLib();
  rulesetPromise ??= loadSpectralRuleset(SPECTRAL_CONFIG).then((r) => r.ruleset);
  rulesetPromise.catch(() => undefined);
}

/**
 * Spectral 1.24's oas3-schema misreports a path item that is a `$ref` to
 * another file as having "unevaluated properties" (measured: even a
 * one-response path file triggers it). On the source only, that one finding
 * at `paths.<path>` is dropped here, in code, so it holds wherever the
 * contract lives (a config override names one path, and a copy of the
 * contract elsewhere tripped it). The bundle, with every path item inline, is
 * linted with the rule on, so nothing goes unchecked.
 */
function isRefPathItemFalsePositive(r: { code: string | number; path: Array<string | number>; message: string }, target: Finding['target']): boolean {
  return target === 'source' && r.code === 'oas3-schema' && r.path.length === 2 && r.path[0] === 'paths' && /unevaluated properties/.test(r.message);
}

/** A Spectral pass over one document: in this thread (spectralLint) or in the lint thread. */
export type SpectralLinter = (text: string, file: string, target: Finding['target']) => Promise<Finding[]>;

/** Spectral on one document (YAML text, linted as if it were `file`), in this thread. */
export async function spectralLint(text: string, file: string, target: Finding['target']): Promise<Finding[]> {
  const s = await spectral();
  const { Document, Yaml } = spectralLib();
  const results = (await s.run(new Document(text, Yaml, file))).filter((r) => !isRefPathItemFalsePositive(r, target));
  return results.map((r) => ({
    tool: 'spectral' as const,
    target,
    severity: SPECTRAL_SEVERITY[r.severity] ?? 'error',
    rule: String(r.code),
    file: rel(r.source ?? file),
    line: r.range.start.line + 1,
    column: r.range.start.character + 1,
    message: r.message,
    pointer: r.path.length ? r.path.join('.') : undefined,
  }));
}

/**
 * Files under the contract folder that the root never reaches through a
 * `$ref`. Neither linter sees them (they are not part of the document), so a
 * stray or misspelt file would otherwise go unnoticed.
 */
export function orphanFiles(root: string, bundled: string[]): Finding[] {
  const dir = path.dirname(root);
  const reached = new Set(bundled.map((f) => path.resolve(f)));
  reached.add(path.resolve(root));
  const out: Finding[] = [];
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (/\.(ya?ml|json)$/.test(e.name) && !reached.has(full)) {
        out.push({
          tool: 'project',
          target: 'source',
          severity: 'error',
          rule: 'connect-call-orphan-file',
          file: rel(full),
          line: 1,
          column: 1,
          message: 'no $ref reaches this file from the root document: reference it, or delete it',
        });
      }
    }
  };
  walk(dir);
  return out;
}

export interface LintReport {
  findings: Finding[];
  timings: Record<string, number>;
}

/**
 * Lint the source in openapi/ and, when given, the bundled contract's YAML text
 * (linted as if it were generated/openapi.yaml, before it is written).
 */
export async function lintContract(opts: { bundleYaml?: string; root?: string; bundledFiles?: string[]; spectral?: SpectralLinter } = {}): Promise<LintReport> {
  const root = opts.root ?? SPEC_ROOT;
  const runSpectral = opts.spectral ?? spectralLint;
  const config = await redoclyConfig();
  const timings: Record<string, number> = {};
  const time = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    try {
      return await fn();
    } finally {
      timings[name] = performance.now() - t0;
    }
  };
  const jobs: Promise<Finding[]>[] = [
    time('redocly:source', async () => (await redoclyLint({ ref: root, config })).map((p) => redoclyFinding(p, 'source'))),
    time('spectral:source', () => runSpectral(fs.readFileSync(root, 'utf8'), root, 'source')),
  ];
  if (opts.bundleYaml !== undefined) {
    const text = opts.bundleYaml;
    jobs.push(
      time('redocly:bundle', async () => (await lintFromString({ source: text, absoluteRef: BUNDLE_YAML, config })).map((p) => redoclyFinding(p, 'bundle'))),
      time('spectral:bundle', () => runSpectral(text, BUNDLE_YAML, 'bundle')),
    );
  }
  const findings = (await Promise.all(jobs)).flat();
  if (opts.bundledFiles) findings.push(...orphanFiles(root, opts.bundledFiles));
  findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
  return { findings, timings };
}

export function summarize(findings: Finding[]): { errors: number; warnings: number } {
  return {
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
  };
}
