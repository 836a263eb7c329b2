/**
 * Spectral's compiled JSON Schemas, kept for the life of the thread.
 *
 * Spectral's `schema` function (@stoplight/spectral-functions, used by
 * oas3-schema, the example rules and the OWASP rules) makes a new set of Ajv
 * instances for every run: every lint compiles the OpenAPI 3.1 meta-schema,
 * each rule's option schemas and each example's schema again (the library
 * keeps them for one run on purpose, spectral#1845). In the lint thread that
 * stays warm between saves (`npm run dev`) that compilation was most of a
 * run's rule time (docs/toolchain-notes.md).
 *
 * `installSpectralAjvCache` replaces the function that makes those per-run
 * instances (`createAjvInstances`, read by the `schema` function at each run)
 * with one that hands every run the same validators, keyed by what Ajv
 * compiles: dialect, the allErrors flag and the schema's JSON text. An edited
 * schema is new text, so it is compiled afresh; an unchanged one is not
 * compiled again. A schema with an `$id` that Ajv already holds under other
 * content is compiled in a fresh set of instances, as the library would in a
 * new run. The cache is dropped whole when it holds `MAX_SCHEMAS`, so a long
 * editing session does not grow it without bound.
 */

type Validator = ((data: unknown) => boolean) & { errors?: unknown };
type Assign = (schema: Record<string, unknown>, dialect: string, allErrors: boolean) => Validator;
interface AjvModule {
  createAjvInstances: () => Assign;
}

/** Distinct schemas kept before the cache starts over (a full run holds about 300 at 100 operations). */
export const MAX_SCHEMAS = 5_000;

export interface SpectralAjvCache {
  /** Validators compiled since the cache was installed (a hit compiles nothing). */
  readonly compiled: number;
  /** Validators handed out from the cache. */
  readonly hits: number;
}

const installed = new WeakMap<AjvModule, SpectralAjvCache>();

/**
 * Install the cache on @stoplight/spectral-functions' `dist/schema/ajv`
 * module exports (`module`), once per module instance; returns its counters.
 */
export function installSpectralAjvCache(module: AjvModule, maxSchemas = MAX_SCHEMAS): SpectralAjvCache {
  const existing = installed.get(module);
  if (existing) return existing;
  const perRun = module.createAjvInstances;
  if (typeof perRun !== 'function') {
    throw new Error('@stoplight/spectral-functions/dist/schema/ajv no longer exports createAjvInstances: revisit scripts/lib/spectral-ajv.ts');
  }
  const stats = { compiled: 0, hits: 0 };
  let shared = perRun();
  let byContent = new Map<string, Validator>();
  /** The content each `$id` was compiled from in `shared`. */
  let idContent = new Map<string, string>();
  const assign: Assign = (schema, dialect, allErrors) => {
    const key = `${dialect}\u0000${allErrors ? 1 : 0}\u0000${JSON.stringify(schema)}`;
    const hit = byContent.get(key);
    if (hit) {
      stats.hits++;
      return hit;
    }
    if (byContent.size >= maxSchemas) {
      shared = perRun();
      byContent = new Map();
      idContent = new Map();
    }
    // (Keyed by the $id alone: two dialects may share one Ajv instance.)
    const id = typeof schema['$id'] === 'string' ? schema['$id'] : undefined;
    // The shared instances hold this $id already, compiled from other content:
    // compile this one where no stale copy can answer for it.
    const clash = id !== undefined && idContent.has(id) && idContent.get(id) !== key;
    const validator = clash ? perRun()(schema, dialect, allErrors) : shared(schema, dialect, allErrors);
    if (id !== undefined && !clash) idContent.set(id, key);
    stats.compiled++;
    byContent.set(key, validator);
    return validator;
  };
  const cached = () => assign;
  // A read-only view of the exports (an ES namespace, a getter, a frozen
  // object) would leave the library making its own instances: say so.
  try {
    module.createAjvInstances = cached;
  } catch {
    // reported below
  }
  if (module.createAjvInstances !== cached) {
    throw new Error('could not replace createAjvInstances on @stoplight/spectral-functions/dist/schema/ajv (not the module exports object): revisit scripts/lib/spectral-ajv.ts');
  }
  const counters: SpectralAjvCache = {
    get compiled() {
      return stats.compiled;
    },
    get hits() {
      return stats.hits;
    },
  };
  installed.set(module, counters);
  return counters;
}
