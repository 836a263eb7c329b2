/**
 * Spectral's packages, loaded once per thread on first use and shared by the
 * linter (scripts/lib/spectral-lint.ts) and the cached ruleset
 * (scripts/lib/spectral-ruleset.ts), so that both see the same instances.
 *
 * Each is imported with a literal specifier so that the compiled build
 * (scripts/lib/compiled.mjs) bundles it like every other library; under tsx
 * or vitest it loads from node_modules. They are CommonJS packages: each
 * value is the package's `module.exports`.
 */
export interface SpectralModules {
  /** Pointer helpers (scripts/lib/spectral-resolver.ts keys its map with the same function as the library). */
  '@stoplight/json': typeof import('@stoplight/json');
  '@stoplight/spectral-core': typeof import('@stoplight/spectral-core');
  '@stoplight/spectral-formats': typeof import('@stoplight/spectral-formats');
  '@stoplight/spectral-functions': typeof import('@stoplight/spectral-functions');
  /** The `schema` function's Ajv instances (scripts/lib/spectral-ajv.ts keeps them warm). */
  '@stoplight/spectral-functions/dist/schema/ajv.js': typeof import('@stoplight/spectral-functions/dist/schema/ajv.js');
  '@stoplight/spectral-parsers': typeof import('@stoplight/spectral-parsers');
  '@stoplight/spectral-ref-resolver': typeof import('@stoplight/spectral-ref-resolver');
  '@stoplight/spectral-rulesets': typeof import('@stoplight/spectral-rulesets');
}

/** A CommonJS package's exports from its ES namespace (Node and esbuild both put them on `default`). */
const exportsOf = <T>(ns: T): T => (ns as { default?: T }).default ?? ns;

let loading: Promise<SpectralModules> | undefined;
export function spectralModules(): Promise<SpectralModules> {
  loading ??= Promise.all([
    import('@stoplight/json'),
    import('@stoplight/spectral-core'),
    import('@stoplight/spectral-formats'),
    import('@stoplight/spectral-functions'),
    import('@stoplight/spectral-functions/dist/schema/ajv.js'),
    import('@stoplight/spectral-parsers'),
    import('@stoplight/spectral-ref-resolver'),
    import('@stoplight/spectral-rulesets'),
  ]).then(([json, core, formats, functions, functionsAjv, parsers, resolver, rulesets]) => ({
    '@stoplight/json': exportsOf(json),
    '@stoplight/spectral-core': exportsOf(core),
    '@stoplight/spectral-formats': exportsOf(formats),
    '@stoplight/spectral-functions': exportsOf(functions),
    '@stoplight/spectral-functions/dist/schema/ajv.js': exportsOf(functionsAjv),
    '@stoplight/spectral-parsers': exportsOf(parsers),
    '@stoplight/spectral-ref-resolver': exportsOf(resolver),
    '@stoplight/spectral-rulesets': exportsOf(rulesets),
  }));
  return loading;
}
