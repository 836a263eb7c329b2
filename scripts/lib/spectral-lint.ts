/**
 * Spectral's pass: spectral:oas, OWASP and the project rules in
 * .spectral.yaml over one document (the bundle), with the ruleset loaded once
 * per thread. The lint thread (scripts/lib/lint-worker.ts) runs it on the
 * second core; scripts/lib/lint.ts places its findings in the source.
 * Spectral's packages are heavy: imported on first use only
 * (scripts/lib/spectral-modules.ts), so a thread that never lints with
 * Spectral never loads them.
 */
import type { Ruleset } from '@stoplight/spectral-core';
import type { Resolver } from '@stoplight/spectral-ref-resolver';
import type { Finding, OpenApiDocument } from './findings.ts';
import { SPECTRAL_CONFIG, rel } from './paths.ts';
import { installSpectralAjvCache } from './spectral-ajv.ts';
import { bundleResolver } from './spectral-resolver.ts';
import { spectralModules } from './spectral-modules.ts';
import { loadSpectralRuleset } from './spectral-ruleset.ts';

const SPECTRAL_SEVERITY: Finding['severity'][] = ['error', 'warning', 'info', 'hint'];

let rulesetPromise: Promise<Ruleset> | undefined;
/**
 * A Spectral instance per run: the ruleset is loaded once and reused, but the
 * $ref resolver (which caches file contents) is new each time, so a watcher
 * never lints stale files. The bundle's local `$ref`s are resolved directly
 * (scripts/lib/spectral-resolver.ts), with the same result as the library's
 * resolver, which still handles any other document.
 */
async function spectral(): Promise<InstanceType<typeof import('@stoplight/spectral-core').Spectral>> {
  const modules = await spectralModules();
  const { Spectral } = modules['@stoplight/spectral-core'];
  const { createHttpAndFileResolver, ResolverDepGraph } = modules['@stoplight/spectral-ref-resolver'];
  // Validators compiled by an earlier run in this thread are reused while
  // their schema is unchanged (scripts/lib/spectral-ajv.ts).
  installSpectralAjvCache(modules['@stoplight/spectral-functions/dist/schema/ajv.js']);
  // The ruleset is loaded exactly as `spectral lint` loads it (YAML migrated,
  // bundled, the OWASP package resolved from node_modules: no network); the
  // bundled source is cached by the config's hash (scripts/lib/spectral-ruleset.ts).
  prepareSpectral();
  const { pathToPointer, pointerToPath, startsWith } = modules['@stoplight/json'];
  const resolver = bundleResolver(createHttpAndFileResolver(), { DepGraph: ResolverDepGraph, pathToPointer, pointerToPath, startsWith });
  // Spectral types the option as json-ref-resolver's class; it calls `resolve` and reads `uriCache`.
  const s = new Spectral({ resolver: resolver as unknown as Resolver });
  s.setRuleset(await rulesetPromise!);
  return s;
}
export function resetSpectral(): void {
  rulesetPromise = undefined;
}
/** Load Spectral and its ruleset ahead of the first lint (a failure surfaces at that lint). */
export function prepareSpectral(): void {
  spectralModules().catch(() => undefined);
  rulesetPromise ??= loadSpectralRuleset(SPECTRAL_CONFIG).then((r) => r.ruleset);
  rulesetPromise.catch(() => undefined);
}

/**
 * What Spectral lints: YAML text (its findings then carry that text's lines),
 * or a document already parsed (the pipeline's bundle: the same data the
 * bundle's YAML and JSON are written from, handed over without being
 * printed and parsed again; its findings carry paths, which the pipeline
 * places in the source, and line 1 in the document). The same findings as on
 * the text printed from it, but where Spectral's YAML parser misreads that
 * text: a `<<` key it merges, a `__proto__` key, some block scalars (`|+`,
 * `|2`); scripts/lib/lint-keys.ts reports those two keys.
 */
export type SpectralInput = string | OpenApiDocument;

/** A Spectral pass over one document: in this thread (spectralLint) or in the lint thread. */
export type SpectralLinter = (input: SpectralInput, file: string, target: Finding['target']) => Promise<Finding[]>;

/**
 * Spectral on one document, linted as if it were `file`, in this thread. A
 * parsed document is linted as it is given (Spectral's rules and resolver
 * read it and change nothing; the lint thread gets its own copy anyway).
 */
export async function spectralLint(input: SpectralInput, file: string, target: Finding['target']): Promise<Finding[]> {
  const s = await spectral();
  const modules = await spectralModules();
  const { Document } = modules['@stoplight/spectral-core'];
  const { Yaml } = modules['@stoplight/spectral-parsers'];
  // A parsed document goes in as a parser's result with no positions: Spectral
  // (spectral-core's isParsedResult) lints its data as is, and every finding
  // gets the document's first line.
  const document: Parameters<typeof s.run>[0] =
    typeof input === 'string'
      ? new Document(input, Yaml, file)
      : { source: file, parsed: { data: input, diagnostics: [], ast: undefined, lineMap: undefined }, getLocationForJsonPath: () => undefined };
  const results = await s.run(document);
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
    segments: r.path,
  }));
}
